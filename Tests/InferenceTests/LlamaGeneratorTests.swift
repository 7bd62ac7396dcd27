import Foundation
import Inference
import ObservatoireCore
import TestSupport
import Testing

/// A real answer from the République numérique consultation, used as model input.
func realArgument(at index: Int = 0) throws -> String {
  let rows = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl")
  return try #require(rows[index]["text"] as? String)
}

func smolGenerator(batchSize: Int = 512, parallel: Int = 4, context: Int = 1024) throws -> LlamaGenerator {
  try LlamaGenerator(
    modelPath: Fixtures.model(Fixtures.smolLM2).path,
    configuration: LlamaConfiguration(
      threads: 1, contextPerSequence: context, batchSize: batchSize, parallelSequences: parallel))
}

@Suite(.serialized) struct LlamaGeneratorTests {
  @Test func smolLM2AnswerObeysAJSONSchema() async throws {
    let generator = try smolGenerator()
    let schema = """
      {"type": "object", "properties": {
        "avis": {"type": "string", "enum": ["favorable", "défavorable", "neutre"]},
        "arguments": {"type": "array", "items": {"type": "string", "maxLength": 80}, "minItems": 1, "maxItems": 3},
        "confiance": {"type": "integer"},
        "urgent": {"type": "boolean"}
      }, "required": ["avis", "arguments", "confiance", "urgent"]}
      """
    let answer = try await generator.generate(
      [
        .system("Extract the opinion and arguments of the text as JSON."),
        .user(try realArgument()),
      ], options: GenerationOptions(maxTokens: 200, jsonSchema: schema))
    #expect(answer.finishReason == .stop, "the grammar must let the model close the object: \(answer.text)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(answer.text.utf8)) as? [String: Any], "\(answer.text)")
    #expect(["favorable", "défavorable", "neutre"].contains(object["avis"] as? String ?? ""))
    let arguments = try #require(object["arguments"] as? [String])
    #expect((1...3).contains(arguments.count))
    #expect(arguments.allSatisfy { $0.count <= 80 })
    #expect(object["confiance"] is Int)
    #expect(object["urgent"] is Bool)
    #expect(answer.usage.promptTokens > 20)
    #expect(answer.usage.generatedTokens > 5)
    #expect(answer.usage.calls == 1)
    #expect(answer.usage.cpuSeconds > 0)
  }

  /// Checking the grammar after a free greedy choice picks exactly the tokens that applying the
  /// grammar first picks, on real French arguments and a schema like the extraction's.
  @Test func grammarCheckedAfterSamplingGivesTheSameGreedyTokens() async throws {
    let path = Fixtures.model(Fixtures.smolLM2).path
    let fast = try LlamaGenerator(modelPath: path, configuration: LlamaConfiguration(threads: 2))
    let reference = try LlamaGenerator(
      modelPath: path, configuration: LlamaConfiguration(threads: 2, checksGrammarAfterSampling: false))
    let schema = """
      {"type":"object","properties":{"arguments":{"type":"array","maxItems":3,"items":{"type":"object",
      "properties":{"reformulation":{"type":"string","minLength":3,"maxLength":120},
      "position":{"type":"string","enum":["pour","contre","nuancé","neutre"]}},
      "required":["reformulation","position"]}}},"required":["arguments"]}
      """
    let texts = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").prefix(3).compactMap {
      $0["text"] as? String
    }
    let conversations: [[ChatMessage]] = texts.map {
      [.system("Relève les arguments du texte, en JSON."), .user(String($0.prefix(600)))]
    }
    let options = GenerationOptions(maxTokens: 120, temperature: 0, jsonSchema: schema)
    let quick = try await fast.generate(batch: conversations, options: options)
    let slow = try await reference.generate(batch: conversations, options: options)
    #expect(quick.count == 3)
    for (a, b) in zip(quick, slow) {
      #expect(a.text == b.text)
      #expect(a.usage.generatedTokens == b.usage.generatedTokens)
      #expect(a.usage.generatedTokens > 10)
    }
  }

  @Test func freeTextIsReproducibleAndRespectsMaxTokens() async throws {
    let generator = try smolGenerator()
    let messages: [ChatMessage] = [.user("Write a long story about a school.")]
    let first = try await generator.generate(messages, options: GenerationOptions(maxTokens: 12))
    let second = try await generator.generate(messages, options: GenerationOptions(maxTokens: 12))
    #expect(first.finishReason == .length)
    #expect(first.usage.generatedTokens == 12)
    #expect(!first.text.isEmpty)
    #expect(first.text == second.text, "greedy decoding is deterministic")
    let timings = await generator.lastTimings
    #expect(timings.reusedPromptTokens > 0, "the second identical prompt reuses the KV cache")
    #expect(timings.evaluatedPromptTokens == 1)
  }

  @Test func promptLongerThanTheBatchIsFedInChunksWithTheSameResult() async throws {
    let longText = try (0..<4).map { try realArgument(at: $0) }.joined(separator: "\n")
    let messages: [ChatMessage] = [.system("Summarise in one sentence."), .user(longText)]
    let small = try smolGenerator(batchSize: 32, parallel: 1, context: 2048)
    let large = try smolGenerator(batchSize: 2048, parallel: 1, context: 2048)
    let chunked = try await small.generate(messages, options: GenerationOptions(maxTokens: 16))
    let whole = try await large.generate(messages, options: GenerationOptions(maxTokens: 16))
    #expect(chunked.usage.promptTokens > 32 * 4, "the prompt must span several batches")
    #expect(!chunked.text.isEmpty)
    #expect(chunked.text.prefix(20) == whole.text.prefix(20))
  }

  @Test func generationLongerThanTheBatchRunsToItsLimit() async throws {
    let generator = try smolGenerator(batchSize: 8, parallel: 2)
    let answers = try await generator.generate(
      batch: [[.user("Write a long story about a school.")], [.user("Describe a classroom at length.")]],
      options: GenerationOptions(maxTokens: 40))
    for answer in answers {
      #expect(answer.usage.promptTokens > 8)
      #expect(answer.usage.generatedTokens > 8, "more tokens than n_batch = 8: \(answer.text)")
    }
  }

  @Test func sharedSystemPromptIsReusedFromTheCache() async throws {
    let generator = try smolGenerator()
    let system = ChatMessage.system("You read consultation answers. " + (try realArgument(at: 5)))
    _ = try await generator.generate(
      [system, .user("First question?")], options: GenerationOptions(maxTokens: 4))
    let cached = try await generator.generate(
      [system, .user("Second question?")], options: GenerationOptions(maxTokens: 8))
    let timings = await generator.lastTimings
    #expect(timings.reusedPromptTokens > 40)
    #expect(timings.evaluatedPromptTokens < cached.usage.promptTokens / 2)
    let fresh = try await smolGenerator().generate(
      [system, .user("Second question?")], options: GenerationOptions(maxTokens: 8))
    #expect(cached.text == fresh.text, "reusing the cache must not change the answer")
  }

  @Test func batchOfConversationsDecodesTogether() async throws {
    let generator = try smolGenerator(parallel: 4)
    let conversations: [[ChatMessage]] = try (0..<6).map {
      [.user("Summarise: " + (try realArgument(at: $0)))]
    }
    let options = GenerationOptions(maxTokens: 10)
    let batched = try await generator.generate(batch: conversations, options: options)
    #expect(batched.count == 6)
    #expect(batched.allSatisfy { !$0.text.isEmpty && $0.usage.generatedTokens > 0 })
    let alone = try await smolGenerator(parallel: 1).generate(conversations[3], options: options)
    #expect(batched[3].text.prefix(15) == alone.text.prefix(15), "batching must not mix sequences up")
  }

  @Test func stopStringsEndTheAnswer() async throws {
    let generator = try smolGenerator()
    let answer = try await generator.generate(
      [.user("Count from 1 to 20, separated by commas.")],
      options: GenerationOptions(maxTokens: 60, stop: ["5"]))
    #expect(answer.finishReason == .stop)
    #expect(!answer.text.contains("5"))
    #expect(answer.text.contains("4"))
  }

  @Test func emptyPromptIsAClearError() async throws {
    let generator = try smolGenerator()
    await #expect(throws: InferenceError.emptyPrompt) {
      try await generator.generate([], options: GenerationOptions())
    }
    await #expect(throws: InferenceError.emptyPrompt) {
      try await generator.generate([.system("  "), .user("\n")], options: GenerationOptions())
    }
  }

  @Test func promptOverTheContextIsAClearError() async throws {
    let generator = try smolGenerator(context: 128)
    let error = await #expect(throws: InferenceError.self) {
      try await generator.generate(
        [.user(try realArgument(at: 1) + (try realArgument(at: 2)))], options: .init())
    }
    guard case .promptTooLong(let tokens, let limit) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(tokens > limit)
    #expect(error?.messageFR.contains("contexte") == true)
    let after = try await generator.generate([.user("Hi")], options: GenerationOptions(maxTokens: 2))
    #expect(after.usage.generatedTokens > 0, "the generator still works after refusing a prompt")
  }

  @Test func cancellationStopsTheGenerationAndLeavesTheModelUsable() async throws {
    let generator = try smolGenerator()
    let task = Task {
      try await generator.generate(
        [.user("Tell a very long story.")], options: GenerationOptions(maxTokens: 100_000))
    }
    try await Task.sleep(for: .milliseconds(300))
    task.cancel()
    await #expect(throws: CancellationError.self) { try await task.value }
    let after = try await generator.generate(
      [.user("Tell a very long story.")], options: GenerationOptions(maxTokens: 3))
    #expect(after.usage.generatedTokens == 3)
  }

  @Test func unsupportedSchemaIsRefusedBeforeAnyWork() async throws {
    let generator = try smolGenerator()
    let error = await #expect(throws: InferenceError.self) {
      try await generator.generate(
        [.user("x")], options: GenerationOptions(jsonSchema: ##"{"$ref": "#/definitions/a"}"##))
    }
    #expect(error?.messageFR.contains("$ref") == true)
  }
}

@Suite struct ModelFileErrorTests {
  @Test func missingModelSaysToRunSetup() throws {
    let error = #expect(throws: InferenceError.self) {
      try LlamaGenerator(modelPath: "/nonexistent/modele.gguf")
    }
    #expect(error == .modelNotFound(path: "/nonexistent/modele.gguf"))
    #expect(error?.messageFR.contains("./scripts/setup") == true)
  }

  @Test func corruptModelFilesAreRefusedWithoutCrashing() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let notGGUF = directory.appendingPathComponent("texte.gguf")
    try Data(try realArgument().utf8).write(to: notGGUF)
    let truncated = directory.appendingPathComponent("tronque.gguf")
    let handle = try FileHandle(forReadingFrom: Fixtures.model(Fixtures.smolLM2))
    try handle.read(upToCount: 3_000_000)!.write(to: truncated)
    try handle.close()
    for file in [notGGUF, truncated] {
      let error = #expect(throws: InferenceError.self) { try LlamaGenerator(modelPath: file.path) }
      guard case .modelUnreadable(let path, _) = error else {
        Issue.record("unexpected \(String(describing: error)) for \(file.lastPathComponent)")
        continue
      }
      #expect(path == file.path)
      #expect(error?.messageFR.contains("corrompu") == true)
    }
  }
}

@Suite struct ThreadsForFreeCoresTests {
  @Test func freeCoresAreTheCoresMinusTheRoundedUse() {
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 2, busyCores: 0.2) == 2)
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 2, busyCores: 0.6) == 2, "a core used now and then")
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 2, busyCores: 0.8) == 1)
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 2, busyCores: 1.4) == 1)
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 8, busyCores: 2.8) == 5, "2.8 counts 3 busy")
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 8, busyCores: 2.7) == 6)
  }

  @Test func neverBelowOneNorAboveTheCores() {
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 2, busyCores: 13.8) == 1)
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 4, busyCores: 0) == 4)
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 0, busyCores: 0) == 1)
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 4, busyCores: nil) == 4, "unknown use: all cores")
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 4, busyCores: -1) == 4)
    #expect(LlamaConfiguration.threadsForFreeCores(cores: 4, busyCores: .nan) == 4)
  }

  @Test func busyCoresComeFromTwoReadingsOfProcStat() throws {
    let before = try #require(
      LlamaConfiguration.cpuTimes(
        fromProcStat: "cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 50 0 25 400 25 0 0 0 0 0\n"
          + "cpu1 50 0 25 400 25 0 0 0 0 0\nintr 1 2 3\n"))
    #expect(before == LlamaConfiguration.CPUTimes(busy: 150, total: 1000, cores: 2))
    // 40 jiffies of 2 cores: 30 busy (one core and a half), 10 idle or waiting.
    let after = try #require(
      LlamaConfiguration.cpuTimes(fromProcStat: "cpu  120 0 60 805 55 0 0 0 0 0\ncpu0 1\ncpu1 1\n"))
    #expect(LlamaConfiguration.busyCores(from: before, to: after) == 1.5)
    #expect(LlamaConfiguration.busyCores(from: after, to: after) == nil, "no time passed")
    #expect(LlamaConfiguration.cpuTimes(fromProcStat: "") == nil)
    #expect(LlamaConfiguration.cpuTimes(fromProcStat: "cpu  n/a\n") == nil)
    #expect(LlamaConfiguration.measuredBusyCores(interval: 0, procStat: "/nonexistent/stat") == nil)
  }

  @Test func busyCoresOfThisMachineAreWithinItsCores() throws {
    let busy = try #require(LlamaConfiguration.measuredBusyCores(interval: 0.05))
    #expect(busy >= 0 && busy <= Double(ProcessInfo.processInfo.activeProcessorCount) + 0.01)
  }
}
