import CLlama
import Foundation
import ObservatoireCore

/// A GGUF sentence-embedding model (e5) run in this process by llama.cpp.
///
/// Texts get the `query: ` / `passage: ` prefix e5 was trained with, are packed several to a
/// batch (one sequence id each), mean-pooled as the GGUF file says, and L2-normalised.
public actor LlamaEmbedder: Embedder {
  private let executor = DedicatedThreadExecutor(name: "llama-embedder")
  public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
  public nonisolated let modelDescription: String
  public nonisolated let dimensions: Int
  public nonisolated let modelPath: String
  /// Whether to put e5's `query: ` / `passage: ` before each text.
  public nonisolated let usesRolePrefixes: Bool
  private let model: LlamaModel
  private let context: LlamaContext
  private let batchSize: Int
  private let maxSequences: Int
  private let maxTokensPerText: Int
  /// Accumulated accounting of every call, for `observatoire models bench` and the run's energy.
  public private(set) var usage = Usage.zero

  public init(modelPath: String, threads: Int = 2, batchSize: Int = 512, usesRolePrefixes: Bool = true)
    throws
  {
    let model = try LlamaModel(path: modelPath)
    let trainingContext = model.trainingContextLength > 0 ? model.trainingContextLength : 512
    let batchSize = max(batchSize, trainingContext)
    // Measured on e5-small, 2 threads: 4 short texts per decode ran about 2× faster than 16 or 64,
    // whose attention spans the whole batch.
    let maxSequences = 4
    var parameters = llama_context_default_params()
    parameters.embeddings = true
    parameters.n_ctx = UInt32(batchSize)
    parameters.n_batch = UInt32(batchSize)
    // Encoder models see a whole sequence at once: the physical batch must hold the logical one.
    parameters.n_ubatch = UInt32(batchSize)
    parameters.n_seq_max = UInt32(maxSequences)
    parameters.n_threads = Int32(max(1, threads))
    parameters.n_threads_batch = Int32(max(1, threads))
    parameters.no_perf = true
    self.context = try LlamaContext(model: model, parameters: parameters)
    guard llama_pooling_type(context.pointer) != LLAMA_POOLING_TYPE_NONE else {
      throw InferenceError.modelUnreadable(
        path: modelPath, reason: "ce modèle ne produit pas de plongements de phrase")
    }
    self.model = model
    self.modelPath = modelPath
    self.modelDescription = model.description
    self.dimensions = Int(llama_model_n_embd_out(model.pointer))
    self.batchSize = batchSize
    self.maxSequences = maxSequences
    self.maxTokensPerText = trainingContext
    self.usesRolePrefixes = usesRolePrefixes
  }

  deinit { executor.stop() }

  public func embed(_ texts: [String], role: EmbeddingRole) async throws -> [[Float]] {
    let startWall = ProcessClock.wallSeconds()
    let startCPU = ProcessClock.cpuSeconds()
    let prefix = usesRolePrefixes ? "\(role.rawValue): " : ""
    let tokenized = texts.map { text -> [llama_token] in
      var tokens = model.tokenize(prefix + text, addSpecial: true, parseSpecial: false)
      if tokens.count > maxTokensPerText {
        // Keep the closing special token (e5's </s>) that tokenisation added at the end.
        let last = tokens[tokens.count - 1]
        tokens = Array(tokens.prefix(maxTokensPerText - 1)) + [last]
      }
      return tokens
    }
    var vectors: [[Float]] = []
    vectors.reserveCapacity(texts.count)
    var batch = llama_batch_init(Int32(batchSize), 0, 1)
    defer { llama_batch_free(batch) }
    var next = 0
    while next < tokenized.count {
      try Task.checkCancellation()
      batch.n_tokens = 0
      var sequences = 0
      while next + sequences < tokenized.count, sequences < maxSequences,
        Int(batch.n_tokens) + tokenized[next + sequences].count <= batchSize
      {
        for (position, token) in tokenized[next + sequences].enumerated() {
          let i = Int(batch.n_tokens)
          batch.token[i] = token
          batch.pos[i] = llama_pos(position)
          batch.n_seq_id[i] = 1
          batch.seq_id[i]![0] = llama_seq_id(sequences)
          batch.logits[i] = 1
          batch.n_tokens += 1
        }
        sequences += 1
      }
      if let memory = context.memory { llama_memory_clear(memory, true) }
      let code = llama_decode(context.pointer, batch)
      guard code == 0 else { throw InferenceError.decodeFailed(code: code) }
      for sequence in 0..<sequences {
        guard let pointer = llama_get_embeddings_seq(context.pointer, llama_seq_id(sequence)) else {
          throw InferenceError.decodeFailed(code: -2)
        }
        vectors.append(Self.normalised(Array(UnsafeBufferPointer(start: pointer, count: dimensions))))
      }
      next += sequences
    }
    usage += Usage(
      promptTokens: tokenized.reduce(0) { $0 + $1.count }, seconds: ProcessClock.wallSeconds() - startWall,
      cpuSeconds: ProcessClock.cpuSeconds() - startCPU, calls: 1)
    return vectors
  }

  static func normalised(_ vector: [Float]) -> [Float] {
    let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return norm > 0 ? vector.map { $0 / norm } : vector
  }
}
