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
  /// How many conversations `generate(batch:)` decodes together.
  public var parallelSequences: Int
  /// With a JSON schema, choose each token freely and check it against the grammar, applying the
  /// grammar to the whole vocabulary only when it refuses (2.3× faster extraction here, same
  /// tokens when decoding greedily). False applies the grammar first, at every step.
  public var checksGrammarAfterSampling: Bool

  public init(
    threads: Int = 2, contextPerSequence: Int = 2048, batchSize: Int = 512, parallelSequences: Int = 8,
    checksGrammarAfterSampling: Bool = true
  ) {
    self.threads = max(1, threads)
    self.contextPerSequence = max(64, contextPerSequence)
    self.batchSize = max(8, batchSize)
    self.parallelSequences = max(1, parallelSequences)
    self.checksGrammarAfterSampling = checksGrammarAfterSampling
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
    guard let context = llama_init_from_model(model.pointer, parameters) else {
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
/// shared by any number of tasks. Each sequence keeps the tokens of its last prompt, and a new
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
    try generateGroup([messages], options: options)[0]
  }

  public func generate(batch: [[ChatMessage]], options: GenerationOptions) async throws -> [Generation] {
    var results: [Generation] = []
    var start = 0
    while start < batch.count {
      let end = min(batch.count, start + configuration.parallelSequences)
      results += try generateGroup(Array(batch[start..<end]), options: options)
      start = end
    }
    return results
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
    let greedy = GenerationOptions(maxTokens: 1)
    if promptTokens > 0 {
      clearAllSequences()
      var states = [
        SequenceState(
          prompt: randomTokens(min(promptTokens, limitForPrompt)),
          sampler: try makeSampler(options: greedy, grammar: nil))
      ]
      defer { for state in states { llama_sampler_free(state.sampler) } }
      var timings = GenerationTimings()
      try evaluatePrompts(&states, options: greedy, timings: &timings)
      measurement.promptTokens = timings.evaluatedPromptTokens
      measurement.promptSeconds = timings.promptSeconds
    }
    if generatedTokens > 0 {
      clearAllSequences()
      let options = GenerationOptions(maxTokens: generatedTokens + 1)
      var states: [SequenceState] = []
      defer { for state in states { llama_sampler_free(state.sampler) } }
      for _ in 0..<sequences {
        var state = SequenceState(
          prompt: randomTokens(1), sampler: try makeSampler(options: options, grammar: nil))
        state.ignoresEndOfGeneration = true
        states.append(state)
      }
      var timings = GenerationTimings()
      try evaluatePrompts(&states, options: options, timings: &timings)
      let start = ProcessClock.wallSeconds()
      try decodeUntilDone(&states, options: options)
      measurement.generationSeconds = ProcessClock.wallSeconds() - start
      measurement.generatedTokens = states.reduce(0) { $0 + $1.generatedCount - 1 }
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

  private struct SequenceState {
    var prompt: [llama_token]
    var pending: ArraySlice<llama_token> = []
    var sampler: UnsafeMutablePointer<llama_sampler>
    /// The JSON-schema grammar, kept out of `sampler`: see `sample(_:batchIndex:)`.
    var grammar: UnsafeMutablePointer<llama_sampler>? = nil
    var nextToken: llama_token? = nil
    var generatedCount = 0
    var bytes: [UInt8] = []
    var stopAt: Int? = nil
    var finish: Generation.FinishReason? = nil
    /// Benchmarks generate a fixed number of tokens, as llama-bench does.
    var ignoresEndOfGeneration = false
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
    let count = Int(llama_vocab_n_tokens(model.vocab))
    if candidates.count != count { candidates = [llama_token_data](repeating: .init(), count: count) }
    guard let logits = llama_get_logits_ith(context.pointer, batchIndex) else {
      return llama_sampler_sample(state.sampler, context.pointer, batchIndex)
    }
    func choose(constrained: Bool) -> llama_token {
      for index in 0..<count {
        candidates[index] = llama_token_data(id: llama_token(index), logit: logits[index], p: 0)
      }
      return candidates.withUnsafeMutableBufferPointer { buffer in
        var array = llama_token_data_array(
          data: buffer.baseAddress, size: count, selected: -1, sorted: false)
        if constrained { llama_sampler_apply(grammar, &array) }
        llama_sampler_apply(state.sampler, &array)
        return buffer[Int(array.selected)].id
      }
    }
    var token = choose(constrained: false)
    var single = llama_token_data(id: token, logit: 1, p: 0)
    let allowed = withUnsafeMutablePointer(to: &single) { pointer in
      var array = llama_token_data_array(data: pointer, size: 1, selected: -1, sorted: false)
      llama_sampler_apply(grammar, &array)
      return pointer.pointee.logit.isFinite
    }
    if !allowed {
      // With a seed the draws stay reproducible: the same token is refused at the same step.
      token = choose(constrained: true)
    }
    llama_sampler_accept(grammar, token)
    llama_sampler_accept(state.sampler, token)
    return token
  }

  private func generateGroup(_ conversations: [[ChatMessage]], options: GenerationOptions) throws
    -> [Generation]
  {
    let startWall = ProcessClock.wallSeconds()
    let startCPU = ProcessClock.cpuSeconds()
    let limit = configuration.contextPerSequence
    let prompts = try conversations.map { messages -> [llama_token] in
      let tokens = model.tokenize(try applyTemplate(messages), addSpecial: true, parseSpecial: true)
      guard !tokens.isEmpty else { throw InferenceError.emptyPrompt }
      guard tokens.count < limit else {
        throw InferenceError.promptTooLong(tokens: tokens.count, limit: limit)
      }
      return tokens
    }
    let grammar = try options.jsonSchema.map { try JSONSchemaGrammar.gbnf(fromSchema: $0) }
    var states: [SequenceState] = []
    defer {
      for state in states {
        llama_sampler_free(state.sampler)
        if let grammar = state.grammar { llama_sampler_free(grammar) }
      }
    }
    for prompt in prompts {
      let (sampler, grammarSampler) = try makeSamplers(options: options, grammar: grammar)
      states.append(SequenceState(prompt: prompt, sampler: sampler, grammar: grammarSampler))
    }
    var timings = GenerationTimings()
    do {
      try evaluatePrompts(&states, options: options, timings: &timings)
      let generationStart = ProcessClock.wallSeconds()
      try decodeUntilDone(&states, options: options)
      timings.generationSeconds = ProcessClock.wallSeconds() - generationStart
    } catch {
      // The KV cache may hold part of a prompt: forget these sequences entirely.
      for index in states.indices { forgetSequence(index) }
      throw error
    }
    timings.generatedTokens = states.reduce(0) { $0 + $1.generatedCount }
    lastTimings = timings
    let share = Double(states.count)
    let wall = (ProcessClock.wallSeconds() - startWall) / share
    let cpu = (ProcessClock.cpuSeconds() - startCPU) / share
    return states.map { state in
      var text = String(decoding: state.bytes, as: UTF8.self)
      if let stopAt = state.stopAt { text = String(text.prefix(stopAt)) }
      return Generation(
        text: text, finishReason: state.finish ?? .length,
        usage: Usage(
          promptTokens: state.prompt.count, generatedTokens: state.generatedCount, seconds: wall,
          cpuSeconds: cpu,
          calls: 1))
    }
  }

  private func forgetSequence(_ index: Int) {
    if let memory = context.memory { _ = llama_memory_seq_rm(memory, llama_seq_id(index), -1, -1) }
    cachedTokens[index] = []
  }

  /// Reuses each sequence's cached prefix, then feeds the rest of the prompts in batches of at most
  /// `batchSize` tokens (a larger batch aborts the process inside llama.cpp), and samples the first token.
  private func evaluatePrompts(
    _ states: inout [SequenceState], options: GenerationOptions, timings: inout GenerationTimings
  ) throws {
    let start = ProcessClock.wallSeconds()
    for index in states.indices {
      let prompt = states[index].prompt
      let cached = cachedTokens[index]
      var common = 0
      while common < cached.count, common < prompt.count, cached[common] == prompt[common] { common += 1 }
      // The last prompt token is always evaluated again: its logits give the first answer token.
      var keep = min(common, prompt.count - 1)
      if let memory = context.memory, !llama_memory_seq_rm(memory, llama_seq_id(index), llama_pos(keep), -1) {
        _ = llama_memory_seq_rm(memory, llama_seq_id(index), -1, -1)
        keep = 0
      }
      cachedTokens[index] = Array(prompt.prefix(keep))
      states[index].pending = prompt[keep...]
      timings.reusedPromptTokens += keep
      timings.evaluatedPromptTokens += prompt.count - keep
    }
    let capacity = configuration.batchSize
    var batch = llama_batch_init(Int32(capacity), 0, 1)
    defer { llama_batch_free(batch) }
    var cursor = 0
    while cursor < states.count {
      try Task.checkCancellation()
      batch.n_tokens = 0
      var outputs: [(sequence: Int, batchIndex: Int32)] = []
      var fed: [(sequence: Int, tokens: ArraySlice<llama_token>)] = []
      var index = cursor
      while index < states.count, Int(batch.n_tokens) < capacity {
        let room = capacity - Int(batch.n_tokens)
        let chunk = states[index].pending.prefix(room)
        let basePosition = cachedTokens[index].count
        for (offset, token) in chunk.enumerated() {
          add(token, position: basePosition + offset, sequence: index, wantsLogits: false, to: &batch)
        }
        states[index].pending = states[index].pending.dropFirst(chunk.count)
        fed.append((index, chunk))
        if states[index].pending.isEmpty {
          batch.logits[Int(batch.n_tokens) - 1] = 1
          outputs.append((index, batch.n_tokens - 1))
          index += 1
        }
      }
      cursor = index
      try decode(batch)
      for (sequence, tokens) in fed { cachedTokens[sequence] += tokens }
      for (sequence, batchIndex) in outputs {
        let first = sample(&states[sequence], batchIndex: batchIndex)
        accept(first, into: &states[sequence], stop: options.stop, maxTokens: options.maxTokens)
      }
    }
    timings.promptSeconds = ProcessClock.wallSeconds() - start
  }

  /// One token per unfinished sequence per `llama_decode`, all sequences in the same batch.
  private func decodeUntilDone(_ states: inout [SequenceState], options: GenerationOptions) throws {
    var batch = llama_batch_init(Int32(states.count), 0, 1)
    defer { llama_batch_free(batch) }
    while states.contains(where: { $0.nextToken != nil }) {
      try Task.checkCancellation()
      batch.n_tokens = 0
      var outputs: [(sequence: Int, batchIndex: Int32)] = []
      for index in states.indices {
        guard let token = states[index].nextToken else { continue }
        add(token, position: cachedTokens[index].count, sequence: index, wantsLogits: true, to: &batch)
        outputs.append((index, batch.n_tokens - 1))
      }
      try decode(batch)
      for (sequence, batchIndex) in outputs {
        if let token = states[sequence].nextToken { cachedTokens[sequence].append(token) }
        states[sequence].nextToken = nil
        let next = sample(&states[sequence], batchIndex: batchIndex)
        accept(next, into: &states[sequence], stop: options.stop, maxTokens: options.maxTokens)
      }
    }
  }

  private func accept(_ token: llama_token, into state: inout SequenceState, stop: [String], maxTokens: Int) {
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
