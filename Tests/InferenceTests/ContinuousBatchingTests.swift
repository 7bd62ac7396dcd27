import Foundation
import Inference
import TestSupport
import Testing

/// Requests for the isolation tests: one shared system prompt (so slots reuse its prefix), user
/// messages on unrelated topics with distinctive words, free text or JSON with two different
/// schemas, and different lengths so that slots finish at different times and are refilled.
enum IsolationFixture {
  static let system = ChatMessage.system(
    "You read answers to a consultation of teachers and parents about their school. "
      + "For each answer, say in one short sentence what it is about. Do not add anything else.")
  static let moodSchema = """
    {"type":"object","properties":{"topic":{"type":"string","maxLength":80},
    "mood":{"type":"string","enum":["positive","negative","neutral"]}},"required":["topic","mood"]}
    """
  static let wordsSchema = """
    {"type":"object","properties":{"keywords":{"type":"array","items":{"type":"string","maxLength":20},
    "minItems":1,"maxItems":3}},"required":["keywords"]}
    """
  /// (answer, distinctive word, schema, max tokens)
  static let cases: [(String, String, String?, Int)] = [
    ("The canteen serves broccoli every single day and the pupils throw it away.", "broccoli", nil, 40),
    ("Our violin teacher retired in March and nobody plays music any more.", "violin", moodSchema, 60),
    ("The school bus breaks down every Tuesday near the old lighthouse.", "lighthouse", nil, 14),
    ("A new chess club started and the children love the tournaments.", "chess", wordsSchema, 50),
    ("The gymnasium roof leaks when it rains, so basketball is cancelled.", "basketball", moodSchema, 56),
    ("Parents want a vegetable garden with tomatoes behind the library.", "tomatoes", nil, 36),
    ("The headmaster bought robots to teach programming to ten-year-olds.", "robots", wordsSchema, 44),
    ("Too much homework: my daughter works until midnight on weekdays.", "midnight", nil, 28),
  ]

  static var requests: [GenerationRequest] {
    cases.map { answer, _, schema, maxTokens in
      GenerationRequest(
        messages: [system, .user(answer)],
        options: GenerationOptions(maxTokens: maxTokens, temperature: 0, jsonSchema: schema))
    }
  }
}

func collect(_ stream: AsyncThrowingStream<IndexedGeneration, any Error>) async throws -> (
  texts: [Int: Generation], order: [Int]
) {
  var results: [Int: Generation] = [:]
  var order: [Int] = []
  for try await result in stream {
    #expect(results[result.index] == nil, "each request is yielded once")
    results[result.index] = result.generation
    order.append(result.index)
  }
  return (results, order)
}

@Suite(.serialized) struct ContinuousBatchingTests {
  /// The reported leak (a synthesis using words of an answer its prompt did not contain) would show
  /// here: with greedy decoding, a request must give byte-identical output (a) alone in a fresh
  /// generator, (b) among 8 different requests in 4 slots, slots refilled as requests finish,
  /// (c) after other requests ran in the same slots, its prompt's shared prefix reused from the
  /// KV cache — with and without a JSON schema.
  @Test func aRequestGivesTheSameOutputAloneAmongOthersAndAfterOthers() async throws {
    let requests = IsolationFixture.requests
    var alone: [Generation] = []
    for request in requests {
      alone.append(try await smolGenerator(parallel: 4).generate(request.messages, options: request.options))
    }
    let shared = try smolGenerator(parallel: 4)
    let together = try await collect(shared.generateEach(requests))
    #expect(together.texts.count == requests.count)
    // After: the slots now hold the other requests' tokens; run them again in reverse order.
    let reversed = Array(requests.reversed())
    let after = try await collect(shared.generateEach(reversed))
    let timings = await shared.lastTimings
    #expect(timings.reusedPromptTokens > requests.count * 30, "the shared system prompt is reused")
    for index in requests.indices {
      let expected = alone[index].text
      #expect(together.texts[index]?.text == expected, "request \(index) among others")
      #expect(after.texts[requests.count - 1 - index]?.text == expected, "request \(index) after others")
      #expect(together.texts[index]?.usage.generatedTokens == alone[index].usage.generatedTokens)
    }
    // One by one in the used generator: each lands in a slot that held another request.
    for index in [1, 2, 5] {
      let again = try await shared.generate(requests[index].messages, options: requests[index].options)
      #expect(again.text == alone[index].text, "request \(index) alone in a used slot")
    }
  }

  /// Independently of floating-point details: no answer contains another request's distinctive
  /// word, and each schema-constrained answer obeys its own schema.
  @Test func answersCarryNothingFromOtherRequestsAndObeyTheirOwnSchema() async throws {
    let generator = try smolGenerator(parallel: 4)
    let requests = IsolationFixture.requests
    let first = try await collect(generator.generateEach(requests))
    let second = try await collect(generator.generateEach(Array(requests.reversed())))
    var completeJSON = 0
    for (index, testCase) in IsolationFixture.cases.enumerated() {
      for result in [first.texts[index], second.texts[requests.count - 1 - index]] {
        let generation = try #require(result)
        let text = generation.text.lowercased()
        for (other, otherCase) in IsolationFixture.cases.enumerated() where other != index {
          #expect(!text.contains(otherCase.1), "request \(index) mentions \(otherCase.1): \(text)")
        }
        // An answer cut at its token limit is unfinished JSON; the finished ones must parse.
        guard let schema = testCase.2, generation.finishReason == .stop else { continue }
        completeJSON += 1
        let object = try #require(
          try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
        if schema == IsolationFixture.moodSchema {
          #expect(object["mood"] is String && object["topic"] is String, "\(text)")
        } else {
          #expect(object["keywords"] is [String], "\(text)")
        }
      }
    }
    #expect(completeJSON >= 4, "most schema-constrained answers finish within their limit")
  }

  /// Requests that start together in fresh slots share their instructions: evaluated once, then
  /// copied into the other slots' KV cache, with the same greedy outputs as one at a time.
  @Test func sharedInstructionsAreEvaluatedOnceForAllSlots() async throws {
    let requests = Array(IsolationFixture.requests.prefix(4))
    let generator = try smolGenerator(parallel: 4)
    let together = try await collect(generator.generateEach(requests))
    let timings = await generator.lastTimings
    let total = together.texts.values.reduce(0) { $0 + $1.usage.promptTokens }
    let instructions = generator.tokenCount(IsolationFixture.system.content)
    #expect(instructions > 30)
    #expect(timings.evaluatedPromptTokens <= total - 3 * instructions, "\(timings), \(total) in all")
    let single = try smolGenerator(parallel: 1)
    for (index, request) in requests.enumerated() {
      let alone = try await single.generate(request.messages, options: request.options)
      #expect(together.texts[index]?.text == alone.text, "request \(index)")
    }
  }

  @Test func resultsComeAsEachFinishesAndSlotsAreRefilled() async throws {
    let generator = try smolGenerator(parallel: 2)
    let long = GenerationOptions(maxTokens: 40)
    let short = GenerationOptions(maxTokens: 3)
    let story = [ChatMessage.user("Write a very long story about a school, with many chapters.")]
    let requests = [
      GenerationRequest(messages: story, options: long),
      GenerationRequest(messages: story, options: short),
      GenerationRequest(messages: story, options: short),
      GenerationRequest(messages: story, options: short),
      GenerationRequest(messages: story, options: long),
    ]
    let result = try await collect(generator.generateEach(requests))
    // Slot A runs request 0 (40 tokens) while slot B runs 1, 2, 3 (3 tokens each) one after the other.
    #expect(result.order.prefix(3) == [1, 2, 3], "\(result.order)")
    #expect(Set(result.order) == Set(0..<5))
    #expect(result.texts[1]?.usage.generatedTokens == 3)
    #expect(result.texts[0]?.usage.generatedTokens == 40)
    #expect(result.texts.values.allSatisfy { $0.usage.cpuSeconds > 0 && $0.usage.calls == 1 })
    #expect(result.texts[1]?.text == result.texts[2]?.text, "same request, same slot refilled, same text")
  }

  /// Cancelling mid-stream forgets the slots in flight: the next run gives the fresh outputs.
  @Test func cancellingTheStreamLeavesNoStaleState() async throws {
    let requests = IsolationFixture.requests
    let fresh = try await collect(try smolGenerator(parallel: 4).generateEach(requests))
    let generator = try smolGenerator(parallel: 4)
    let stream = generator.generateEach(requests)
    var received = 0
    for try await _ in stream {
      received += 1
      if received == 2 { break }  // ends the stream: its task is cancelled mid-decoding
    }
    let again = try await collect(generator.generateEach(requests))
    for index in requests.indices {
      #expect(again.texts[index]?.text == fresh.texts[index]?.text, "request \(index) after a cancel")
    }
  }

  @Test func aBadRequestFailsTheStreamBeforeAnyWork() async throws {
    let generator = try smolGenerator(parallel: 2)
    var requests = IsolationFixture.requests
    requests[5].options.jsonSchema = ##"{"$ref": "#/definitions/a"}"##
    var yielded = 0
    let error = await #expect(throws: InferenceError.self) {
      for try await _ in generator.generateEach(requests) { yielded += 1 }
    }
    #expect(yielded == 0)
    #expect(error?.messageFR.contains("$ref") == true)
  }

  @Test func noRequestsIsAnEmptyStream() async throws {
    let result = try await collect(try smolGenerator().generateEach([]))
    #expect(result.order.isEmpty)
  }
}
