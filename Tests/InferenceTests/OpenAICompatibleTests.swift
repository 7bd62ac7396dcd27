import Foundation
import Inference
import TestSupport
import Testing

@Suite(.serialized) struct OpenAICompatibleServerTests {
  @Test func chatAgainstARealLlamaServerObeysTheSchema() async throws {
    let server = try await LlamaServer(model: Fixtures.model(Fixtures.smolLM2))
    defer { server.stop() }
    let generator = OpenAICompatibleGenerator(endpoint: OpenAIEndpoint(baseURL: server.baseURL))
    let schema = """
      {"type":"object","properties":{"avis":{"enum":["pour","contre"]},"raison":{"type":"string","maxLength":60}},
       "required":["avis","raison"]}
      """
    let answer = try await generator.generate(
      [.system("Answer in JSON."), .user(try realArgument())],
      options: GenerationOptions(maxTokens: 80, jsonSchema: schema))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(answer.text.utf8)) as? [String: Any], "\(answer.text)")
    #expect(["pour", "contre"].contains(object["avis"] as? String ?? ""))
    #expect((object["raison"] as? String).map { $0.count <= 60 } == true)
    #expect(answer.usage.promptTokens > 20)
    #expect(answer.usage.generatedTokens > 3)
    #expect(answer.usage.cpuSeconds == 0, "a remote call uses no CPU of this process worth counting")

    let batch = try await generator.generate(
      batch: [[.user("Say hello.")], [.user("Say goodbye.")], [.user("Say thanks.")]],
      options: GenerationOptions(maxTokens: 6))
    #expect(batch.count == 3)
    #expect(batch.allSatisfy { !$0.text.isEmpty })
    let length = try await generator.generate(
      [.user("Write a long poem.")], options: GenerationOptions(maxTokens: 5))
    #expect(length.finishReason == .length)
  }

  @Test func embeddingsFromARealLlamaServerMatchTheInProcessOnes() async throws {
    let server = try await LlamaServer(model: Fixtures.model(Fixtures.e5Small), embeddings: true)
    defer { server.stop() }
    let remote = try await OpenAICompatibleEmbedder.connect(endpoint: OpenAIEndpoint(baseURL: server.baseURL))
    #expect(remote.dimensions == 384)
    let texts = [
      "Les enseignants manquent de formation à l'intelligence artificielle.",
      "Les professeurs ne sont pas formés à l'IA.",
      "Le prix du carburant a augmenté cet hiver.",
    ]
    let vectors = try await remote.embed(texts, role: .passage)
    #expect(cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]) + 0.05)
    let local = try await e5Embedder().embed(texts, role: .passage)
    for index in texts.indices {
      #expect(cosine(vectors[index], local[index]) > 0.99, "same model, same prefixes, same vectors")
    }
  }
}

@Suite struct OpenAICompatibleErrorTests {
  static let completion = """
    {"choices":[{"message":{"role":"assistant","content":"bonjour"},"finish_reason":"stop"}],
     "usage":{"prompt_tokens":7,"completion_tokens":2}}
    """

  func endpoint(_ server: ScriptedHTTPServer, retries: Int = 2) -> OpenAIEndpoint {
    OpenAIEndpoint(
      baseURL: server.baseURL + "/v1", timeoutSeconds: 10, maxRetries: retries, initialBackoffMilliseconds: 10
    )
  }

  @Test func serverAnswering500IsRetriedThenReported() async throws {
    let server = try ScriptedHTTPServer(responses: [
      .init(status: 500, body: #"{"error":{"message":"panne du modèle"}}"#)
    ])
    let generator = OpenAICompatibleGenerator(endpoint: endpoint(server))
    let error = await #expect(throws: InferenceError.self) {
      try await generator.generate([.user("Bonjour")], options: GenerationOptions())
    }
    guard case .serverError(let url, let status, let body) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(url.hasSuffix("/v1/chat/completions"))
    #expect(status == 500)
    #expect(body == "panne du modèle")
    #expect(server.requestCount == 3, "one try and two retries")
    #expect(error?.messageFR.contains("500") == true)
  }

  @Test func transient5xxAnd429AreRetriedUntilSuccess() async throws {
    let server = try ScriptedHTTPServer(responses: [
      .init(status: 503, body: "occupé"),
      .init(status: 429, body: #"{"error":"trop de requêtes"}"#, headers: ["Retry-After": "0"]),
      .init(status: 200, body: Self.completion),
    ])
    let answer = try await OpenAICompatibleGenerator(endpoint: endpoint(server)).generate(
      [.user("Bonjour")], options: GenerationOptions())
    #expect(answer.text == "bonjour")
    #expect(answer.usage.promptTokens == 7)
    #expect(answer.usage.generatedTokens == 2)
    #expect(server.requestCount == 3)
  }

  @Test func clientErrorsAreNotRetried() async throws {
    let server = try ScriptedHTTPServer(responses: [
      .init(status: 401, body: #"{"error":{"message":"clé invalide"}}"#)
    ])
    let error = await #expect(throws: InferenceError.self) {
      try await OpenAICompatibleGenerator(endpoint: endpoint(server)).generate([.user("x")], options: .init())
    }
    #expect(
      error
        == .requestRejected(url: server.baseURL + "/v1/chat/completions", status: 401, body: "clé invalide"))
    #expect(error?.messageFR.contains("Vérifiez la clé d'API") == true)
    #expect(server.requestCount == 1)
  }

  @Test func unreachableServerIsAClearError() async throws {
    let port = try freePort()
    let endpoint = OpenAIEndpoint(
      baseURL: "http://127.0.0.1:\(port)", maxRetries: 1, initialBackoffMilliseconds: 10)
    let error = await #expect(throws: InferenceError.self) {
      try await OpenAICompatibleGenerator(endpoint: endpoint).generate([.user("x")], options: .init())
    }
    guard case .serverUnreachable(let url, _) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(url == "http://127.0.0.1:\(port)/v1/chat/completions")
    await #expect(throws: InferenceError.self) {
      try await OpenAICompatibleEmbedder.connect(endpoint: endpoint)
    }
  }

  @Test func malformedAnswersAndEmptyPromptsAreClearErrors() async throws {
    let server = try ScriptedHTTPServer(responses: [.init(status: 200, body: "<html>pas du JSON</html>")])
    let generator = OpenAICompatibleGenerator(endpoint: endpoint(server))
    await #expect(throws: InferenceError.emptyPrompt) {
      try await generator.generate([.user("   ")], options: .init())
    }
    #expect(server.requestCount == 0, "an empty prompt is refused before any request")
    let error = await #expect(throws: InferenceError.self) {
      try await generator.generate([.user("x")], options: .init())
    }
    guard case .invalidServerResponse = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
  }
}

@Suite struct OpenAICompatibleGenerateEachTests {
  /// The server decides when each request completes: the stream must yield in that order, send a
  /// new request only when one returns, and never hold more than `maxConcurrentRequests` in flight.
  @Test func keepsAtMostNRequestsInFlightAndYieldsInCompletionOrder() async throws {
    let server = try GatedChatServer()
    defer { server.stop() }
    // Generous time limits: in the full suite, synchronous tests (CLI runs, model loads) can hold
    // both cooperative threads of a 2-core machine for tens of seconds, delaying the task that sends
    // the next request. The test checks order and bounds, not speed.
    let endpoint = OpenAIEndpoint(
      baseURL: server.baseURL, timeoutSeconds: 900, maxRetries: 0, maxConcurrentRequests: 3)
    let generator = OpenAICompatibleGenerator(endpoint: endpoint)
    let requests = (0..<7).map {
      GenerationRequest(messages: [.user("r\($0)")], options: GenerationOptions(maxTokens: 8))
    }
    var stream = generator.generateEach(requests).makeAsyncIterator()

    #expect(try await server.waitUntilInFlight(["r0", "r1", "r2"], seconds: 600), "\(server.labelsInFlight)")
    // Complete them out of order; each completion lets exactly the next request in.
    var expectedInFlight: Set<String> = ["r0", "r1", "r2"]
    var nextToSend = 3
    var yielded: [Int] = []
    for label in ["r1", "r2", "r0", "r4", "r3", "r6", "r5"] {
      server.release(label)
      let result = try #require(try await stream.next())
      yielded.append(result.index)
      #expect("r\(result.index)" == label, "results come in completion order")
      #expect(result.generation.text == "réponse \(label)", "each result is its own request's answer")
      expectedInFlight.remove(label)
      if nextToSend < requests.count {
        expectedInFlight.insert("r\(nextToSend)")
        nextToSend += 1
      }
      #expect(try await server.waitUntilInFlight(expectedInFlight, seconds: 600), "\(server.labelsInFlight)")
    }
    #expect(try await stream.next() == nil)
    #expect(yielded == [1, 2, 0, 4, 3, 6, 5])
    #expect(server.maximumInFlight == 3)
    // The first three leave together (their arrival order is the network's); then one at a time.
    #expect(Set(server.receivedLabels.prefix(3)) == ["r0", "r1", "r2"])
    #expect(Array(server.receivedLabels.dropFirst(3)) == (3..<7).map { "r\($0)" }, "then in their order")
  }

  @Test func batchGoesThroughTheSameBoundedLoopAndKeepsItsOrder() async throws {
    let server = try GatedChatServer()
    defer { server.stop() }
    for index in 0..<5 { server.release("b\(index)") }
    let generator = OpenAICompatibleGenerator(
      endpoint: OpenAIEndpoint(baseURL: server.baseURL, maxRetries: 0, maxConcurrentRequests: 2))
    let answers = try await generator.generate(
      batch: (0..<5).map { [.user("b\($0)")] }, options: GenerationOptions())
    #expect(answers.map(\.text) == (0..<5).map { "réponse b\($0)" })
    #expect(server.maximumInFlight <= 2)
  }
}
