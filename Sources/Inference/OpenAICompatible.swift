import AsyncHTTPClient
import Foundation
import ObservatoireCore

/// Where and how to reach an OpenAI-compatible server (llama-server, vLLM, Ollama, Albert).
public struct OpenAIEndpoint: Sendable, Hashable {
  /// Base URL, with or without the trailing `/v1` (`http://127.0.0.1:8080`, `https://albert.api.etalab.gouv.fr/v1`).
  public var baseURL: String
  public var apiKey: String?
  /// The `model` field of requests; some servers (llama-server) accept any value.
  public var model: String?
  /// Limit for one request, including the time the server takes to answer.
  public var timeoutSeconds: Int64
  /// Extra attempts after a 429, a 5xx or a failed connection.
  public var maxRetries: Int
  /// Wait before the first retry, doubled at each next one (a `Retry-After` header wins).
  public var initialBackoffMilliseconds: Int64
  public var maxConcurrentRequests: Int

  public init(
    baseURL: String, apiKey: String? = nil, model: String? = nil, timeoutSeconds: Int64 = 300,
    maxRetries: Int = 3,
    initialBackoffMilliseconds: Int64 = 500, maxConcurrentRequests: Int = 4
  ) {
    self.baseURL = baseURL
    self.apiKey = apiKey
    self.model = model
    self.timeoutSeconds = timeoutSeconds
    self.maxRetries = max(0, maxRetries)
    self.initialBackoffMilliseconds = max(0, initialBackoffMilliseconds)
    self.maxConcurrentRequests = max(1, maxConcurrentRequests)
  }

  /// The full URL of an API route such as `chat/completions`.
  func url(_ route: String) -> String {
    var base = baseURL
    while base.hasSuffix("/") { base.removeLast() }
    if !base.hasSuffix("/v1") { base += "/v1" }
    return "\(base)/\(route)"
  }

  var description: String { model.map { "\(baseURL) (\($0))" } ?? baseURL }
}

extension HTTPClient {
  /// The client the backends share. AsyncHTTPClient's own default keeps retrying a refused
  /// connection until the request's deadline (minutes); here a refused connection fails at once and
  /// our retry loop, with its bounded backoff, decides.
  public static let observatoire: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.timeout.connect = .seconds(10)
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }()
}

/// Caps the number of requests in flight to one server.
actor RequestLimiter {
  private var available: Int
  private var waiting: [CheckedContinuation<Void, Never>] = []

  init(limit: Int) { available = limit }

  func acquire() async {
    if available > 0 {
      available -= 1
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  func release() {
    if waiting.isEmpty {
      available += 1
    } else {
      waiting.removeFirst().resume()
    }
  }
}

/// The HTTP side shared by the generator and the embedder: limits, timeouts, retries, errors.
struct OpenAIClient: Sendable {
  let endpoint: OpenAIEndpoint
  let limiter: RequestLimiter
  let http: HTTPClient

  init(endpoint: OpenAIEndpoint, http: HTTPClient = .observatoire) {
    self.endpoint = endpoint
    self.limiter = RequestLimiter(limit: endpoint.maxConcurrentRequests)
    self.http = http
  }

  /// POSTs a JSON body and returns the body of a 2xx answer; retries what is worth retrying.
  func post(_ route: String, body: String) async throws -> Data {
    await limiter.acquire()
    do {
      let data = try await postWithRetries(route, body: body)
      await limiter.release()
      return data
    } catch {
      await limiter.release()
      throw error
    }
  }

  private func postWithRetries(_ route: String, body: String) async throws -> Data {
    let url = endpoint.url(route)
    var attempt = 0
    while true {
      try Task.checkCancellation()
      var request = HTTPClientRequest(url: url)
      request.method = .POST
      request.headers.add(name: "Content-Type", value: "application/json")
      if let apiKey = endpoint.apiKey, !apiKey.isEmpty {
        request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
      }
      request.body = .bytes(Array(body.utf8))
      let status: Int
      let data: Data
      let retryAfter: String?
      do {
        let response = try await http.execute(request, timeout: .seconds(endpoint.timeoutSeconds))
        status = Int(response.status.code)
        retryAfter = response.headers.first(name: "Retry-After")
        let buffer = try await response.body.collect(upTo: 64 * 1024 * 1024)
        data = Data(buffer.readableBytesView)
      } catch let error as CancellationError {
        throw error
      } catch {
        if Task.isCancelled { throw CancellationError() }
        guard attempt < endpoint.maxRetries else {
          throw InferenceError.serverUnreachable(url: url, reason: Self.shortReason(error))
        }
        try await backoff(attempt: attempt, retryAfter: nil)
        attempt += 1
        continue
      }
      switch status {
      case 200..<300:
        return data
      case 429, 500...599:
        guard attempt < endpoint.maxRetries else {
          throw InferenceError.serverError(url: url, status: status, body: Self.errorMessage(data))
        }
        try await backoff(attempt: attempt, retryAfter: retryAfter)
        attempt += 1
      default:
        throw InferenceError.requestRejected(url: url, status: status, body: Self.errorMessage(data))
      }
    }
  }

  private func backoff(attempt: Int, retryAfter: String?) async throws {
    var milliseconds = endpoint.initialBackoffMilliseconds << Int64(min(attempt, 10))
    if let retryAfter, let seconds = Int64(retryAfter.trimmingCharacters(in: .whitespaces)) {
      milliseconds = min(seconds, 60) * 1000
    }
    try await Task.sleep(for: .milliseconds(milliseconds))
  }

  static func shortReason(_ error: any Error) -> String {
    String(String(describing: error).prefix(200))
  }

  /// The server's own message when it sent OpenAI's `{"error": {"message": ...}}`, else the raw body.
  static func errorMessage(_ data: Data) -> String {
    if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
      if let error = object["error"] as? [String: Any], let message = error["message"] as? String {
        return String(message.prefix(300))
      }
      if let message = object["error"] as? String { return String(message.prefix(300)) }
    }
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? "(réponse vide)" : String(text.prefix(300))
  }
}

/// A chat model behind `/v1/chat/completions`.
public struct OpenAICompatibleGenerator: TextGenerator {
  public let endpoint: OpenAIEndpoint
  private let client: OpenAIClient

  public init(endpoint: OpenAIEndpoint, http: HTTPClient = .observatoire) {
    self.endpoint = endpoint
    self.client = OpenAIClient(endpoint: endpoint, http: http)
  }

  public var modelDescription: String { endpoint.description }

  public func generate(_ messages: [ChatMessage], options: GenerationOptions) async throws -> Generation {
    guard messages.contains(where: { !$0.content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
    else {
      throw InferenceError.emptyPrompt
    }
    var fields: [(String, OrderedJSON)] = []
    if let model = endpoint.model { fields.append(("model", .string(model))) }
    fields.append(
      (
        "messages",
        .array(
          messages.map { .object([("role", .string($0.role.rawValue)), ("content", .string($0.content))]) })
      ))
    fields.append(("max_tokens", .number(String(options.maxTokens))))
    fields.append(("temperature", .number(String(options.temperature))))
    fields.append(("seed", .number(String(options.seed))))
    if !options.stop.isEmpty { fields.append(("stop", .array(options.stop.map(OrderedJSON.string)))) }
    if let schemaText = options.jsonSchema {
      // Validate it the same way as in-process, so both backends refuse the same schemas.
      _ = try JSONSchemaGrammar.gbnf(fromSchema: schemaText)
      let schema = try OrderedJSON.parse(schemaText)
      fields.append(
        (
          "response_format",
          .object([
            ("type", .string("json_schema")),
            (
              "json_schema",
              .object([("name", .string("reponse")), ("strict", .bool(true)), ("schema", schema)])
            ),
          ])
        ))
    }
    let start = ProcessClock.wallSeconds()
    let data = try await client.post("chat/completions", body: OrderedJSON.object(fields).serialized)
    let url = endpoint.url("chat/completions")
    guard let response = try? JSONDecoder().decode(ChatResponse.self, from: data),
      let choice = response.choices.first
    else {
      throw InferenceError.invalidServerResponse(url: url, reason: "pas de « choices » dans la réponse")
    }
    return Generation(
      text: choice.message.content ?? "",
      finishReason: choice.finishReason == "length" ? .length : .stop,
      usage: Usage(
        promptTokens: response.usage?.promptTokens ?? 0,
        generatedTokens: response.usage?.completionTokens ?? 0,
        seconds: ProcessClock.wallSeconds() - start, cpuSeconds: 0, calls: 1))
  }

  /// Sends the conversations concurrently, `maxConcurrentRequests` at most in flight.
  public func generate(batch: [[ChatMessage]], options: GenerationOptions) async throws -> [Generation] {
    var results = [Generation?](repeating: nil, count: batch.count)
    for try await result in generateEach(batch.map { GenerationRequest(messages: $0, options: options) }) {
      results[result.index] = result.generation
    }
    return results.map { $0! }
  }

  /// Keeps `maxConcurrentRequests` requests in flight: a new one is sent as soon as one returns
  /// (a bounded task group, not one task per request waiting on the limiter), and each result is
  /// yielded as it arrives. The first error ends the stream and cancels the requests in flight.
  public func generateEach(_ requests: [GenerationRequest]) -> AsyncThrowingStream<
    IndexedGeneration, any Error
  > {
    let width = min(endpoint.maxConcurrentRequests, requests.count)
    return AsyncThrowingStream { continuation in
      let task = Task {
        do {
          try await withThrowingTaskGroup(of: IndexedGeneration.self) { group in
            var next = 0
            func send(_ index: Int) {
              let request = requests[index]
              group.addTask {
                IndexedGeneration(
                  index: index, generation: try await generate(request.messages, options: request.options))
              }
            }
            while next < width {
              send(next)
              next += 1
            }
            while let result = try await group.next() {
              continuation.yield(result)
              if next < requests.count {
                send(next)
                next += 1
              }
            }
          }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  private struct ChatResponse: Decodable {
    struct Choice: Decodable {
      struct Message: Decodable { var content: String? }
      var message: Message
      var finishReason: String?
      enum CodingKeys: String, CodingKey {
        case message
        case finishReason = "finish_reason"
      }
    }
    struct TokenUsage: Decodable {
      var promptTokens: Int?
      var completionTokens: Int?
      enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
      }
    }
    var choices: [Choice]
    var usage: TokenUsage?
  }
}

/// A sentence embedder behind `/v1/embeddings`.
public struct OpenAICompatibleEmbedder: Embedder {
  public let endpoint: OpenAIEndpoint
  public let dimensions: Int
  /// Whether to put e5's `query: ` / `passage: ` before each text.
  public let usesRolePrefixes: Bool
  private let client: OpenAIClient
  private static let textsPerRequest = 64

  /// Connects and asks for one embedding, to learn the dimensions and fail early if the server is wrong.
  public static func connect(
    endpoint: OpenAIEndpoint, usesRolePrefixes: Bool? = nil, http: HTTPClient = .observatoire
  ) async throws -> OpenAICompatibleEmbedder {
    let prefixes = usesRolePrefixes ?? (endpoint.model.map { $0.lowercased().contains("e5") } ?? true)
    let client = OpenAIClient(endpoint: endpoint, http: http)
    let probe = try await embedChunk(["connexion"], client: client)
    return OpenAICompatibleEmbedder(
      endpoint: endpoint, dimensions: probe[0].count, usesRolePrefixes: prefixes, client: client)
  }

  private init(endpoint: OpenAIEndpoint, dimensions: Int, usesRolePrefixes: Bool, client: OpenAIClient) {
    self.endpoint = endpoint
    self.dimensions = dimensions
    self.usesRolePrefixes = usesRolePrefixes
    self.client = client
  }

  public var modelDescription: String { endpoint.description }

  public func embed(_ texts: [String], role: EmbeddingRole) async throws -> [[Float]] {
    let prefix = usesRolePrefixes ? "\(role.rawValue): " : ""
    // Servers refuse empty inputs; a lone space embeds as "nothing" the same way in-process does.
    let inputs = texts.map { prefix + ($0.isEmpty && prefix.isEmpty ? " " : $0) }
    let chunks = stride(from: 0, to: inputs.count, by: Self.textsPerRequest).map {
      Array(inputs[$0..<min(inputs.count, $0 + Self.textsPerRequest)])
    }
    let client = self.client
    return try await withThrowingTaskGroup(of: (Int, [[Float]]).self) { group in
      for (index, chunk) in chunks.enumerated() {
        group.addTask { (index, try await Self.embedChunk(chunk, client: client)) }
      }
      var results = [[[Float]]](repeating: [], count: chunks.count)
      for try await (index, vectors) in group { results[index] = vectors }
      return results.flatMap { $0 }
    }
  }

  private static func embedChunk(_ inputs: [String], client: OpenAIClient) async throws -> [[Float]] {
    var fields: [(String, OrderedJSON)] = []
    if let model = client.endpoint.model { fields.append(("model", .string(model))) }
    fields.append(("input", .array(inputs.map(OrderedJSON.string))))
    fields.append(("encoding_format", .string("float")))
    let data = try await client.post("embeddings", body: OrderedJSON.object(fields).serialized)
    let url = client.endpoint.url("embeddings")
    guard let response = try? JSONDecoder().decode(EmbeddingResponse.self, from: data) else {
      throw InferenceError.invalidServerResponse(url: url, reason: "pas de « data » lisible dans la réponse")
    }
    guard response.data.count == inputs.count else {
      throw InferenceError.invalidServerResponse(
        url: url, reason: "\(response.data.count) vecteurs reçus pour \(inputs.count) textes")
    }
    return response.data.sorted { ($0.index ?? 0) < ($1.index ?? 0) }.map {
      LlamaEmbedder.normalised($0.embedding)
    }
  }

  private struct EmbeddingResponse: Decodable {
    struct Item: Decodable {
      var embedding: [Float]
      var index: Int?
    }
    var data: [Item]
  }
}
