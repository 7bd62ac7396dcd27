import CLlama
import Foundation
import ObservatoireCore

/// How the in-process engine is sized.
public struct LlamaConfiguration: Sendable, Hashable {
  /// CPU threads for llama.cpp; keep it at or below the cores actually free.
  public var threads: Int
  /// Context length (prompt + answer) available to each sequence.
  public var contextPerSequence: Int
  /// Most tokens handed to one `llama_decode` call; longer prompts are fed in chunks.
  public var batchSize: Int
  /// How many conversations decode together (`generate(batch:)`, `generateEach`): the slots of
  /// continuous batching.
  public var parallelSequences: Int
  /// With a JSON schema, choose each token freely and check it against the grammar, applying the
  /// grammar to the whole vocabulary only when it refuses (2.3× faster extraction here, same
  /// tokens when decoding greedily). False applies the grammar first, at every step.
  public var checksGrammarAfterSampling: Bool
  /// In continuous batching, evaluate a new request's prompt in the same `llama_decode` calls as
  /// the other slots' next tokens (true), or only in steps where no slot is generating (false).
  public var promptsJoinGenerationBatches: Bool
  /// Requests that start together evaluate their shared instructions once, in one slot, and the
  /// other slots copy that prefix's KV cache (true); false evaluates it in every slot.
  public var copiesSharedPrefix: Bool

  public init(
    threads: Int = 2, contextPerSequence: Int = 2048, batchSize: Int = 512, parallelSequences: Int = 8,
    checksGrammarAfterSampling: Bool = true, promptsJoinGenerationBatches: Bool = true,
    copiesSharedPrefix: Bool = true
  ) {
    self.copiesSharedPrefix = copiesSharedPrefix
    self.threads = max(1, threads)
    self.contextPerSequence = max(64, contextPerSequence)
    self.batchSize = max(8, batchSize)
    self.parallelSequences = max(1, parallelSequences)
    self.checksGrammarAfterSampling = checksGrammarAfterSampling
    self.promptsJoinGenerationBatches = promptsJoinGenerationBatches
  }

  /// A thread count for llama.cpp from the cores not busy right now: the core count minus the
  /// cores other work keeps busy (a core counts as busy from 0.75 on), at least 1. llama.cpp's
  /// threads spin while they wait for each other, so a thread on a busy core slows them all
  /// (measured on 2 cores with other processes busy: 2.7 tokens/s with 2 threads, 38.6 with 1).
  ///
  /// The use is measured now rather than read from the one-minute load average: that average lags
  /// by minutes, so the tail of a finished build — or this process's own import — left a quiet
  /// machine at one thread (`analyse --extraction regles` on the example: 353 s at 100 % CPU with
  /// the load average at 1.07 and nothing else running; docs/benchmarks/pipeline.md).
  public static func threadsForFreeCores(
    cores: Int = ProcessInfo.processInfo.activeProcessorCount, busyCores: Double? = measuredBusyCores()
  ) -> Int {
    let cores = max(1, cores)
    guard let busyCores, busyCores.isFinite, busyCores > 0 else { return cores }
    let busy = Int(max(0, min(busyCores, Double(cores)) - 0.25).rounded())
    return min(cores, max(1, cores - busy))
  }

  /// The CPU time every process used over `interval` seconds, in cores (1.5: one core and a half
  /// busy), from two readings of `/proc/stat`; nil where it cannot be read (not Linux).
  public static func measuredBusyCores(interval: Double = 0.2, procStat path: String = "/proc/stat")
    -> Double?
  {
    guard let before = cpuTimes(procStat: path) else { return nil }
    Thread.sleep(forTimeInterval: interval)
    guard let after = cpuTimes(procStat: path) else { return nil }
    return busyCores(from: before, to: after)
  }

  /// Busy and total jiffies, and the core count, from `/proc/stat`'s aggregate `cpu` line
  /// (`user nice system idle iowait irq softirq steal …`; idle and iowait are not busy).
  public static func cpuTimes(fromProcStat text: String) -> CPUTimes? {
    let lines = text.split(separator: "\n")
    guard let aggregate = lines.first(where: { $0.hasPrefix("cpu ") }) else { return nil }
    let fields = aggregate.split(separator: " ").dropFirst().prefix(8).compactMap { UInt64($0) }
    guard fields.count >= 5 else { return nil }
    let total = fields.reduce(0, +)
    let idle = fields[3] + fields[4]
    let cores = lines.filter { $0.hasPrefix("cpu") && !$0.hasPrefix("cpu ") }.count
    return CPUTimes(busy: total - idle, total: total, cores: max(1, cores))
  }

  /// Cores busy between two readings; nil when no time passed between them.
  public static func busyCores(from before: CPUTimes, to after: CPUTimes) -> Double? {
    guard after.total > before.total, after.busy >= before.busy else { return nil }
    return Double(after.busy - before.busy) / Double(after.total - before.total) * Double(after.cores)
  }

  static func cpuTimes(procStat path: String) -> CPUTimes? {
    (try? String(contentsOfFile: path, encoding: .utf8)).flatMap(cpuTimes(fromProcStat:))
  }

  /// Cumulative CPU time from `/proc/stat`, in jiffies.
  public struct CPUTimes: Sendable, Hashable {
    public var busy: UInt64
    public var total: UInt64
    public var cores: Int
    public init(busy: UInt64, total: UInt64, cores: Int) {
      self.busy = busy
      self.total = total
      self.cores = cores
    }
  }
}

/// Timings of the most recent call, split between prompt evaluation and generation.
public struct GenerationTimings: Sendable, Hashable, Codable {
  /// Prompt tokens actually evaluated (those reused from the KV cache are not counted).
  public var evaluatedPromptTokens: Int = 0
  /// Prompt tokens found in the KV cache from a previous call and not evaluated again.
  public var reusedPromptTokens: Int = 0
  public var promptSeconds: Double = 0
  public var generatedTokens: Int = 0
  public var generationSeconds: Double = 0
  public init() {}
  public var promptTokensPerSecond: Double {
    promptSeconds > 0 ? Double(evaluatedPromptTokens) / promptSeconds : 0
  }
  public var generationTokensPerSecond: Double {
    generationSeconds > 0 ? Double(generatedTokens) / generationSeconds : 0
  }
}

/// Throughput of the engine, measured like `llama-bench` (pp = prompt processing, tg = generation).
public struct ThroughputMeasurement: Sendable, Hashable, Codable {
  public var sequences: Int
  public var threads: Int
  public var promptTokens = 0
  public var promptSeconds = 0.0
  /// Tokens decoded in the generation phase, all sequences together.
  public var generatedTokens = 0
  public var generationSeconds = 0.0
  public init(sequences: Int, threads: Int) {
    self.sequences = sequences
    self.threads = threads
  }
  public var promptTokensPerSecond: Double { promptSeconds > 0 ? Double(promptTokens) / promptSeconds : 0 }
  /// Aggregate over all sequences.
  public var generationTokensPerSecond: Double {
    generationSeconds > 0 ? Double(generatedTokens) / generationSeconds : 0
  }
}

/// Owns a llama.cpp context and frees it with the last reference.
final class LlamaContext: @unchecked Sendable {
  let pointer: OpaquePointer
  init(model: LlamaModel, parameters: llama_context_params) throws(InferenceError) {
    guard let context = LlamaRuntime.loading.withLock({ llama_init_from_model(model.pointer, parameters) })
    else {
      throw .contextCreationFailed(path: model.path)
    }
    pointer = context
  }
  deinit { llama_free(pointer) }
  var memory: OpaquePointer? { llama_get_memory(pointer) }
}

/// A GGUF chat model run in this process by llama.cpp.
///
/// The model is loaded once; the actor serialises access to its context, so one instance can be
/// shared by any number of tasks. Requests run in `parallelSequences` slots (continuous batching,
/// see `generateEach`). Each slot keeps the tokens of its last request in the KV cache, and a new
/// prompt that starts the same way (a shared system prompt) only evaluates what differs.
public actor LlamaGenerator: TextGenerator {
  private let executor = DedicatedThreadExecutor(name: "llama-generator")
  public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
  public nonisolated let modelDescription: String
  public nonisolated let configuration: LlamaConfiguration
  public nonisolated let modelPath: String
  private let model: LlamaModel
  private let context: LlamaContext
  private let template: String
  private var cachedTokens: [[llama_token]]
  /// Scratch space for one sampling step over the whole vocabulary.
  private var candidates: [llama_token_data] = []
  /// Timings of the last `generate` call, for benchmarks and `observatoire models bench`.
  public private(set) var lastTimings = GenerationTimings()

  public init(modelPath: String, configuration: LlamaConfiguration = LlamaConfiguration()) throws {
    let model = try LlamaModel(path: modelPath)
    var parameters = llama_context_default_params()
    parameters.n_seq_max = UInt32(configuration.parallelSequences)
    parameters.n_ctx = UInt32(configuration.contextPerSequence * configuration.parallelSequences)
    parameters.n_batch = UInt32(configuration.batchSize)
    parameters.n_ubatch = UInt32(configuration.batchSize)
    parameters.n_threads = Int32(configuration.threads)
    parameters.n_threads_batch = Int32(configuration.threads)
    parameters.kv_unified = false
    parameters.no_perf = true
    self.context = try LlamaContext(model: model, parameters: parameters)
    self.model = model
    self.configuration = configuration
    self.modelPath = modelPath
    self.modelDescription = model.description
    // Without a template in the file, ChatML is the most common format of instruct models.
    self.template = model.chatTemplate ?? "chatml"
    self.cachedTokens = Array(repeating: [], count: configuration.parallelSequences)
  }

  deinit { executor.stop() }

  public func generate(_ messages: [ChatMessage], options: GenerationOptions) async throws -> Generation {
    try generateAll([GenerationRequest(messages: messages, options: options)])[0]
  }

  /// Decodes the conversations together, continuously: a slot freed by a finished conversation takes
  /// the next one at once.
  public func generate(batch: [[ChatMessage]], options: GenerationOptions) async throws -> [Generation] {
    try generateAll(batch.map { GenerationRequest(messages: $0, options: options) })
  }

  /// Continuous batching: up to `parallelSequences` requests decode together, one token each per
  /// `llama_decode`; a finished request is yielded at once and the next one takes its slot, its
  /// prompt evaluated in the same `llama_decode` calls as the other slots' next tokens. Every request
  /// is checked (template, length, schema) before any work starts. Other calls on this generator
  /// wait until the whole stream is done.
  public nonisolated func generateEach(_ requests: [GenerationRequest]) -> AsyncThrowingStream<
    IndexedGeneration, any Error
  > {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          try await self.runEach(requests) { continuation.yield($0) }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  private func runEach(_ requests: [GenerationRequest], deliver: @Sendable (IndexedGeneration) -> Void) throws
  {
    let prepared = try prepare(requests)
    var timings = GenerationTimings()
    try run(prepared, timings: &timings) { index, generation in
      deliver(IndexedGeneration(index: index, generation: generation))
    }
    lastTimings = timings
  }

  private func generateAll(_ requests: [GenerationRequest]) throws -> [Generation] {
    let prepared = try prepare(requests)
    var results = [Generation?](repeating: nil, count: requests.count)
    var timings = GenerationTimings()
    try run(prepared, timings: &timings) { index, generation in results[index] = generation }
    lastTimings = timings
    return results.map { $0! }
  }

  /// The prompt text the chat template makes of these messages.
  public func formattedPrompt(_ messages: [ChatMessage]) throws -> String {
    try applyTemplate(messages)
  }

  /// Number of tokens of a text for this model.
  public nonisolated func tokenCount(_ text: String) -> Int {
    model.tokenize(text, addSpecial: false, parseSpecial: false).count
  }

  /// Measures the engine the way `llama-bench` does (pp: a prompt of random tokens; tg: tokens
  /// generated one decode at a time from an empty context, end-of-text ignored), but through this
  /// class's own prompt and decoding loops, sampling included.
  public func measureThroughput(promptTokens: Int, generatedTokens: Int, sequences: Int = 1) throws
    -> ThroughputMeasurement
  {
    let sequences = min(max(1, sequences), configuration.parallelSequences)
    var measurement = ThroughputMeasurement(sequences: sequences, threads: configuration.threads)
    var random = SystemRandomNumberGenerator()
    let vocabularySize = Int(llama_vocab_n_tokens(model.vocab))
    func randomTokens(_ count: Int) -> [llama_token] {
      (0..<count).map { _ in llama_token(Int.random(in: 0..<vocabularySize, using: &random)) }
    }
    if promptTokens > 0 {
      clearAllSequences()
      var timings = GenerationTimings()
      let request = PreparedRequest(
        prompt: randomTokens(min(promptTokens, limitForPrompt)), options: GenerationOptions(maxTokens: 1),
        grammar: nil)
      try run([request], timings: &timings) { _, _ in }
      measurement.promptTokens = timings.evaluatedPromptTokens
      measurement.promptSeconds = timings.promptSeconds
    }
    if generatedTokens > 0 {
      clearAllSequences()
      // One-token prompts: the first decode is the prompt step, every later one a generation step.
      let options = GenerationOptions(maxTokens: generatedTokens + 1)
      let requests = (0..<sequences).map { _ in
        PreparedRequest(prompt: randomTokens(1), options: options, grammar: nil, ignoresEndOfGeneration: true)
      }
      var timings = GenerationTimings()
      var generated = 0
      try run(requests, timings: &timings) { _, generation in
        generated += generation.usage.generatedTokens - 1
      }
      measurement.generationSeconds = timings.generationSeconds
      measurement.generatedTokens = generated
    }
    clearAllSequences()
    return measurement
  }

  private var limitForPrompt: Int { configuration.contextPerSequence - 1 }

  private func clearAllSequences() {
    if let memory = context.memory { llama_memory_clear(memory, true) }
    cachedTokens = Array(repeating: [], count: configuration.parallelSequences)
  }

  // MARK: - Engine

  /// A request ready to run: its prompt tokens and its grammar (GBNF, nil without a schema).
  private struct PreparedRequest {
    var prompt: [llama_token]
    var options: GenerationOptions
    var grammar: String?
    /// Benchmarks generate a fixed number of tokens, as llama-bench does.
    var ignoresEndOfGeneration = false
  }

  /// A request in a slot. The slot's sequence id in the KV cache is the slot's index.
  private struct SequenceState {
    /// Its position among the requests of the call.
    var request: Int
    var prompt: [llama_token]
    var options: GenerationOptions
    /// Prompt tokens still to evaluate (what differs from the slot's cached prefix).
    var pending: ArraySlice<llama_token> = []
    var sampler: UnsafeMutablePointer<llama_sampler>
    /// The JSON-schema grammar, kept out of `sampler`: see `sample(_:batchIndex:)`.
    var grammar: UnsafeMutablePointer<llama_sampler>? = nil
    /// The sampled token still to feed; nil while the prompt is evaluated and once finished.
    var nextToken: llama_token? = nil
    var generatedCount = 0
    var bytes: [UInt8] = []
    var stopAt: Int? = nil
    var finish: Generation.FinishReason? = nil
    var ignoresEndOfGeneration = false
    /// This request's share of the wall and CPU time of the decodes it took part in.
    var seconds = 0.0
    var cpuSeconds = 0.0

    init(
      request: Int, prepared: PreparedRequest, sampler: UnsafeMutablePointer<llama_sampler>,
      grammar: UnsafeMutablePointer<llama_sampler>?
    ) {
      self.request = request
      self.prompt = prepared.prompt
      self.options = prepared.options
      self.sampler = sampler
      self.grammar = grammar
      self.ignoresEndOfGeneration = prepared.ignoresEndOfGeneration
    }
  }

  private func applyTemplate(_ messages: [ChatMessage]) throws -> String {
    guard messages.contains(where: { !$0.content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
    else { throw InferenceError.emptyPrompt }
    let roles = messages.map { strdup($0.role.rawValue) }
    let contents = messages.map { strdup($0.content) }
    defer {
      for pointer in roles + contents { free(pointer) }
    }
    let chat = zip(roles, contents).map { llama_chat_message(role: $0, content: $1) }
    let totalLength = messages.reduce(0) { $0 + $1.content.utf8.count } * 2 + 1024
    var buffer = [CChar](repeating: 0, count: totalLength)
    var length = llama_chat_apply_template(template, chat, chat.count, true, &buffer, Int32(buffer.count))
    if length > buffer.count {
      buffer = [CChar](repeating: 0, count: Int(length) + 1)
      length = llama_chat_apply_template(template, chat, chat.count, true, &buffer, Int32(buffer.count))
    }
    if length < 0 {
      // A template llama.cpp does not know: fall back to ChatML rather than fail.
      length = llama_chat_apply_template("chatml", chat, chat.count, true, &buffer, Int32(buffer.count))
    }
    guard length >= 0 else { throw InferenceError.emptyPrompt }
    return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private func makeSampler(options: GenerationOptions, grammar: String?) throws -> UnsafeMutablePointer<
    llama_sampler
  > {
    guard let chain = llama_sampler_chain_init(llama_sampler_chain_default_params()) else {
      throw InferenceError.decodeFailed(code: -100)
    }
    if let grammar {
      guard let grammarSampler = llama_sampler_init_grammar(model.vocab, grammar, "root") else {
        llama_sampler_free(chain)
        throw InferenceError.invalidJSONSchema(reason: "la grammaire produite est refusée par llama.cpp")
      }
      llama_sampler_chain_add(chain, grammarSampler)
    }
    appendSelection(to: chain, options: options)
    return chain
  }

  private func appendSelection(to chain: UnsafeMutablePointer<llama_sampler>, options: GenerationOptions) {
    if options.temperature <= 0 {
      llama_sampler_chain_add(chain, llama_sampler_init_greedy())
    } else {
      llama_sampler_chain_add(chain, llama_sampler_init_top_k(40))
      llama_sampler_chain_add(chain, llama_sampler_init_top_p(0.95, 1))
      llama_sampler_chain_add(chain, llama_sampler_init_temp(Float(options.temperature)))
      llama_sampler_chain_add(chain, llama_sampler_init_dist(options.seed))
    }
  }

  /// The sampler of one sequence and, apart, its grammar (nil without a schema).
  private func makeSamplers(options: GenerationOptions, grammar: String?) throws -> (
    UnsafeMutablePointer<llama_sampler>, UnsafeMutablePointer<llama_sampler>?
  ) {
    guard configuration.checksGrammarAfterSampling else {
      return (try makeSampler(options: options, grammar: grammar), nil)
    }
    let chain = try makeSampler(options: options, grammar: nil)
    guard let grammar else { return (chain, nil) }
    guard let grammarSampler = llama_sampler_init_grammar(model.vocab, grammar, "root") else {
      llama_sampler_free(chain)
      throw InferenceError.invalidJSONSchema(reason: "la grammaire produite est refusée par llama.cpp")
    }
    return (chain, grammarSampler)
  }

  /// The next token of a sequence. With a grammar, the token is first chosen freely and only
  /// checked against the grammar; the grammar is applied to the whole vocabulary (≈ 150,000
  /// candidates, the slow part) only when that token is refused — as llama.cpp's own tools do.
  /// For greedy decoding the result is the same token either way.
  private func sample(_ state: inout SequenceState, batchIndex: Int32) -> llama_token {
    guard let grammar = state.grammar else {
      return llama_sampler_sample(state.sampler, context.pointer, batchIndex)
    }
    // The free choice, in C (llama.cpp also accepts the token into the chain: a no-op for the
    // greedy and top-k/top-p/temperature/dist samplers used here).
    var token = llama_sampler_sample(state.sampler, context.pointer, batchIndex)
    var single = llama_token_data(id: token, logit: 1, p: 0)
    let allowed = withUnsafeMutablePointer(to: &single) { pointer in
      var array = llama_token_data_array(data: pointer, size: 1, selected: -1, sorted: false)
      llama_sampler_apply(grammar, &array)
      return pointer.pointee.logit.isFinite
    }
    if !allowed, let logits = llama_get_logits_ith(context.pointer, batchIndex) {
      // Refused: the grammar over the whole vocabulary, then the same selection. With a seed the
      // draws stay reproducible: the same token is refused at the same step.
      let count = Int(llama_vocab_n_tokens(model.vocab))
      if candidates.count != count { candidates = [llama_token_data](repeating: .init(), count: count) }
      token = candidates.withUnsafeMutableBufferPointer { buffer in
        for index in 0..<count {
          buffer[index] = llama_token_data(id: llama_token(index), logit: logits[index], p: 0)
        }
        var array = llama_token_data_array(
          data: buffer.baseAddress, size: count, selected: -1, sorted: false)
        llama_sampler_apply(grammar, &array)
        llama_sampler_apply(state.sampler, &array)
        return buffer[Int(array.selected)].id
      }
      llama_sampler_accept(state.sampler, token)
    }
    llama_sampler_accept(grammar, token)
    return token
  }

  /// Applies the template, tokenises and checks every request, before any work starts: a bad
  /// request fails the call without spending time on the others.
  private func prepare(_ requests: [GenerationRequest]) throws -> [PreparedRequest] {
    let limit = configuration.contextPerSequence
    var grammars: [String: String] = [:]
    return try requests.map { request in
      let tokens = model.tokenize(try applyTemplate(request.messages), addSpecial: true, parseSpecial: true)
      guard !tokens.isEmpty else { throw InferenceError.emptyPrompt }
      guard tokens.count < limit else {
        throw InferenceError.promptTooLong(tokens: tokens.count, limit: limit)
      }
      var grammar: String? = nil
      if let schema = request.options.jsonSchema {
        if let known = grammars[schema] {
          grammar = known
        } else {
          let converted = try JSONSchemaGrammar.gbnf(fromSchema: schema)
          grammars[schema] = converted
          grammar = converted
        }
      }
      return PreparedRequest(prompt: tokens, options: request.options, grammar: grammar)
    }
  }

  /// The continuous-batching loop. Each step: fill the free slots with the next requests (reusing
  /// each slot's cached prefix), put in one batch the next token of every generating slot and then
  /// as many pending prompt tokens as fit in `batchSize`, decode, sample, hand over the finished
  /// requests. On error or cancellation the slots in flight are forgotten (KV cells and cached
  /// tokens), so the cache never holds a half-evaluated prompt that a later request would trust.
  private func run(
    _ requests: [PreparedRequest], timings: inout GenerationTimings,
    onFinish: (_ index: Int, _ generation: Generation) -> Void
  ) throws {
    guard !requests.isEmpty else { return }
    let capacity = configuration.batchSize
    let slotCount = min(configuration.parallelSequences, capacity)
    var slots = [SequenceState?](repeating: nil, count: slotCount)
    var batch = llama_batch_init(Int32(capacity), 0, 1)
    defer {
      llama_batch_free(batch)
      for state in slots { if let state { release(state) } }
    }
    var next = 0
    // Time spent evaluating the shared prefix belongs to the first request that uses it.
    var warmup = try evaluateSharedPrefix(
      of: requests, slotCount: slotCount, batch: &batch, timings: &timings)
    var markWall = ProcessClock.wallSeconds()
    var markCPU = ProcessClock.cpuSeconds()
    do {
      while true {
        try Task.checkCancellation()
        while next < requests.count, let slot = bestFreeSlot(for: requests[next].prompt, in: slots) {
          slots[slot] = try start(requests[next], index: next, inSlot: slot, timings: &timings)
          slots[slot]!.seconds += warmup.wall
          slots[slot]!.cpuSeconds += warmup.cpu
          warmup = (0, 0)
          next += 1
        }
        guard slots.contains(where: { $0 != nil }) else { break }

        batch.n_tokens = 0
        var outputs: [(slot: Int, batchIndex: Int32)] = []
        var fedToken = [llama_token?](repeating: nil, count: slotCount)
        var fedPrompt = [ArraySlice<llama_token>](repeating: [], count: slotCount)
        for slot in slots.indices {
          guard let token = slots[slot]?.nextToken else { continue }
          add(token, position: cachedTokens[slot].count, sequence: slot, wantsLogits: true, to: &batch)
          outputs.append((slot, batch.n_tokens - 1))
          fedToken[slot] = token
        }
        var promptTokens = 0
        if configuration.promptsJoinGenerationBatches || outputs.isEmpty {
          for slot in slots.indices where Int(batch.n_tokens) < capacity {
            guard let pending = slots[slot]?.pending, !pending.isEmpty else { continue }
            let chunk = pending.prefix(capacity - Int(batch.n_tokens))
            let basePosition = cachedTokens[slot].count
            for (offset, token) in chunk.enumerated() {
              add(token, position: basePosition + offset, sequence: slot, wantsLogits: false, to: &batch)
            }
            slots[slot]!.pending = pending.dropFirst(chunk.count)
            fedPrompt[slot] = chunk
            promptTokens += chunk.count
            if slots[slot]!.pending.isEmpty {
              // The last prompt token's logits give the first answer token.
              batch.logits[Int(batch.n_tokens) - 1] = 1
              outputs.append((slot, batch.n_tokens - 1))
            }
          }
        }
        try decode(batch)
        // The KV cache now holds what was fed: keep `cachedTokens` in step with it.
        for slot in slots.indices {
          if let token = fedToken[slot] {
            cachedTokens[slot].append(token)
            slots[slot]!.nextToken = nil
          }
          cachedTokens[slot] += fedPrompt[slot]
        }
        for (slot, batchIndex) in outputs {
          let token = sample(&slots[slot]!, batchIndex: batchIndex)
          accept(token, into: &slots[slot]!)
        }

        // Each request in this step gets a share of its time in proportion to the tokens it fed.
        let wall = ProcessClock.wallSeconds()
        let cpu = ProcessClock.cpuSeconds()
        let total = Double(batch.n_tokens)
        for slot in slots.indices where slots[slot] != nil {
          let share = Double(fedPrompt[slot].count + (fedToken[slot] == nil ? 0 : 1)) / total
          slots[slot]!.seconds += (wall - markWall) * share
          slots[slot]!.cpuSeconds += (cpu - markCPU) * share
        }
        if promptTokens > 0 {
          timings.promptSeconds += wall - markWall
        } else {
          timings.generationSeconds += wall - markWall
        }
        markWall = wall
        markCPU = cpu

        for slot in slots.indices {
          guard let state = slots[slot], state.finish != nil else { continue }
          slots[slot] = nil
          release(state)
          timings.generatedTokens += state.generatedCount
          onFinish(state.request, generation(of: state))
        }
      }
    } catch {
      for slot in slots.indices where slots[slot] != nil { forgetSequence(slot) }
      throw error
    }
  }

  /// A shared prefix shorter than this is evaluated in each slot rather than copied between slots.
  static let minimumSharedPrefix = 32

  /// Requests of one call usually share their instructions (the system prompt). Evaluated once in
  /// one slot before any request starts, they are then copied into the other slots' KV cache
  /// (`start`), instead of being evaluated again in each slot the first requests land in.
  private func evaluateSharedPrefix(
    of requests: [PreparedRequest], slotCount: Int, batch: inout llama_batch, timings: inout GenerationTimings
  ) throws -> (wall: Double, cpu: Double) {
    guard configuration.copiesSharedPrefix, requests.count > 1, slotCount > 1, let memory = context.memory
    else { return (0, 0) }
    var shared = requests[0].prompt.count - 1
    for request in requests.dropFirst() {
      shared = min(shared, commonPrefixLength(requests[0].prompt, request.prompt), request.prompt.count - 1)
    }
    guard shared >= Self.minimumSharedPrefix else { return (0, 0) }
    let prefix = Array(requests[0].prompt.prefix(shared))
    let held = (0..<slotCount).map { commonPrefixLength(cachedTokens[$0], prefix) }
    let slot = held.indices.max { held[$0] < held[$1] || (held[$0] == held[$1] && $0 > $1) }!
    guard held[slot] < shared else { return (0, 0) }
    let wall = ProcessClock.wallSeconds()
    let cpu = ProcessClock.cpuSeconds()
    if !llama_memory_seq_rm(memory, llama_seq_id(slot), llama_pos(held[slot]), -1) {
      _ = llama_memory_seq_rm(memory, llama_seq_id(slot), -1, -1)
      cachedTokens[slot] = []
    } else {
      cachedTokens[slot] = Array(prefix.prefix(held[slot]))
    }
    var position = cachedTokens[slot].count
    do {
      while position < shared {
        batch.n_tokens = 0
        let end = min(shared, position + configuration.batchSize)
        for index in position..<end {
          add(prefix[index], position: index, sequence: slot, wantsLogits: false, to: &batch)
        }
        try decode(batch)
        cachedTokens[slot] += prefix[position..<end]
        timings.evaluatedPromptTokens += end - position
        position = end
      }
    } catch {
      forgetSequence(slot)
      throw error
    }
    let elapsed = ProcessClock.wallSeconds() - wall
    timings.promptSeconds += elapsed
    return (elapsed, ProcessClock.cpuSeconds() - cpu)
  }

  /// The free slot whose cached tokens share the longest prefix with this prompt (the lowest one
  /// on a tie); nil when every slot is busy.
  private func bestFreeSlot(for prompt: [llama_token], in slots: [SequenceState?]) -> Int? {
    var best: (slot: Int, common: Int)? = nil
    for slot in slots.indices where slots[slot] == nil {
      let common = commonPrefixLength(cachedTokens[slot], prompt)
      if best == nil || common > best!.common { best = (slot, common) }
    }
    return best?.slot
  }

  private func commonPrefixLength(_ a: [llama_token], _ b: [llama_token]) -> Int {
    var common = 0
    while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
    return common
  }

  /// Puts a request in a slot: its samplers, and its prompt minus the prefix the slot's KV cache
  /// already holds (the last prompt token is always evaluated again: its logits give the first
  /// answer token). Everything the slot cached after that prefix is removed from the KV cache.
  private func start(
    _ request: PreparedRequest, index: Int, inSlot slot: Int, timings: inout GenerationTimings
  ) throws -> SequenceState {
    let (sampler, grammar) = try makeSamplers(options: request.options, grammar: request.grammar)
    let prompt = request.prompt
    copyLongestPrefix(of: prompt, into: slot)
    var keep = min(commonPrefixLength(cachedTokens[slot], prompt), prompt.count - 1)
    if let memory = context.memory, !llama_memory_seq_rm(memory, llama_seq_id(slot), llama_pos(keep), -1) {
      _ = llama_memory_seq_rm(memory, llama_seq_id(slot), -1, -1)
      keep = 0
    }
    cachedTokens[slot] = Array(prompt.prefix(keep))
    var state = SequenceState(request: index, prepared: request, sampler: sampler, grammar: grammar)
    state.pending = prompt[keep...]
    timings.reusedPromptTokens += keep
    timings.evaluatedPromptTokens += prompt.count - keep
    return state
  }

  /// When another slot (busy or not) holds a longer prefix of this prompt than `slot` does, its KV
  /// cache is copied into `slot` (the whole sequence: the caller then trims what differs). The
  /// copy is made by llama.cpp at the next decode, in the order asked.
  private func copyLongestPrefix(of prompt: [llama_token], into slot: Int) {
    guard configuration.copiesSharedPrefix, let memory = context.memory else { return }
    let own = commonPrefixLength(cachedTokens[slot], prompt)
    var donor: (slot: Int, common: Int)? = nil
    for other in cachedTokens.indices where other != slot {
      let common = commonPrefixLength(cachedTokens[other], prompt)
      if common > (donor?.common ?? own) { donor = (other, common) }
    }
    guard let donor, donor.common >= own + Self.minimumSharedPrefix else { return }
    _ = llama_memory_seq_rm(memory, llama_seq_id(slot), -1, -1)
    llama_memory_seq_cp(memory, llama_seq_id(donor.slot), llama_seq_id(slot), -1, -1)
    cachedTokens[slot] = cachedTokens[donor.slot]
  }

  private func release(_ state: SequenceState) {
    llama_sampler_free(state.sampler)
    if let grammar = state.grammar { llama_sampler_free(grammar) }
  }

  private func generation(of state: SequenceState) -> Generation {
    var text = String(decoding: state.bytes, as: UTF8.self)
    if let stopAt = state.stopAt { text = String(text.prefix(stopAt)) }
    return Generation(
      text: text, finishReason: state.finish ?? .length,
      usage: Usage(
        promptTokens: state.prompt.count, generatedTokens: state.generatedCount, seconds: state.seconds,
        cpuSeconds: state.cpuSeconds, calls: 1))
  }

  private func forgetSequence(_ index: Int) {
    if let memory = context.memory { _ = llama_memory_seq_rm(memory, llama_seq_id(index), -1, -1) }
    cachedTokens[index] = []
  }

  private func accept(_ token: llama_token, into state: inout SequenceState) {
    let stop = state.options.stop
    let maxTokens = state.options.maxTokens
    if !state.ignoresEndOfGeneration, model.isEndOfGeneration(token) {
      state.finish = .stop
      return
    }
    state.generatedCount += 1
    state.bytes += model.piece(token)
    if !stop.isEmpty {
      let text = String(decoding: state.bytes, as: UTF8.self)
      if let range = stop.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
        state.stopAt = text.distance(from: text.startIndex, to: range.lowerBound)
        state.finish = .stop
        return
      }
    }
    let contextFull = state.prompt.count + state.generatedCount >= configuration.contextPerSequence
    if state.generatedCount >= maxTokens || contextFull {
      state.finish = .length
      return
    }
    state.nextToken = token
  }

  private func add(
    _ token: llama_token, position: Int, sequence: Int, wantsLogits: Bool, to batch: inout llama_batch
  ) {
    let i = Int(batch.n_tokens)
    batch.token[i] = token
    batch.pos[i] = llama_pos(position)
    batch.n_seq_id[i] = 1
    batch.seq_id[i]![0] = llama_seq_id(sequence)
    batch.logits[i] = wantsLogits ? 1 : 0
    batch.n_tokens += 1
  }

  private func decode(_ batch: llama_batch) throws {
    let code = llama_decode(context.pointer, batch)
    guard code == 0 else { throw InferenceError.decodeFailed(code: code) }
  }
}
