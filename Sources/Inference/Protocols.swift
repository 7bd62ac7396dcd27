import Foundation
import ObservatoireCore

/// One message of a chat conversation.
public struct ChatMessage: Sendable, Hashable, Codable {
  public enum Role: String, Sendable, Hashable, Codable {
    case system, user, assistant
  }
  public var role: Role
  public var content: String
  public init(role: Role, content: String) {
    self.role = role
    self.content = content
  }
  public static func system(_ content: String) -> ChatMessage { ChatMessage(role: .system, content: content) }
  public static func user(_ content: String) -> ChatMessage { ChatMessage(role: .user, content: content) }
  public static func assistant(_ content: String) -> ChatMessage {
    ChatMessage(role: .assistant, content: content)
  }
}

/// How to generate: sampling, length, and an optional JSON schema the output must obey.
public struct GenerationOptions: Sendable, Hashable {
  public var maxTokens: Int
  /// 0 means greedy decoding (reproducible).
  public var temperature: Double
  public var seed: UInt32
  /// A JSON Schema (as JSON text) the answer must conform to; nil for free text.
  public var jsonSchema: String?
  public var stop: [String]

  public init(
    maxTokens: Int = 512, temperature: Double = 0, seed: UInt32 = 42, jsonSchema: String? = nil,
    stop: [String] = []
  ) {
    self.maxTokens = maxTokens
    self.temperature = temperature
    self.seed = seed
    self.jsonSchema = jsonSchema
    self.stop = stop
  }
}

public struct Generation: Sendable, Hashable {
  public enum FinishReason: String, Sendable, Hashable {
    case stop
    /// The answer was cut at `maxTokens`.
    case length
  }
  public var text: String
  public var finishReason: FinishReason
  public var usage: Usage
  public init(text: String, finishReason: FinishReason, usage: Usage) {
    self.text = text
    self.finishReason = finishReason
    self.usage = usage
  }
}

/// One conversation to run, with its own options (its own schema, for instance).
public struct GenerationRequest: Sendable, Hashable {
  public var messages: [ChatMessage]
  public var options: GenerationOptions
  public init(messages: [ChatMessage], options: GenerationOptions) {
    self.messages = messages
    self.options = options
  }
}

/// A finished request of `generateEach`, with its position among the requests.
public struct IndexedGeneration: Sendable, Hashable {
  public var index: Int
  public var generation: Generation
  public init(index: Int, generation: Generation) {
    self.index = index
    self.generation = generation
  }
}

/// A language model: chat messages in, text out.
public protocol TextGenerator: Sendable {
  /// A short description for provenance (file name and hash, or server URL and model name).
  var modelDescription: String { get }
  func generate(_ messages: [ChatMessage], options: GenerationOptions) async throws -> Generation
  /// Several independent conversations at once; backends that can batch do it here.
  func generate(batch: [[ChatMessage]], options: GenerationOptions) async throws -> [Generation]
  /// Runs every request, keeping the backend busy — a new request starts as soon as one finishes
  /// (continuous batching in-process, a fixed number of requests in flight to a server) — and
  /// yields each result as soon as it is done, in completion order. Cancelling the consuming task
  /// stops the work.
  func generateEach(_ requests: [GenerationRequest]) -> AsyncThrowingStream<IndexedGeneration, any Error>
}

extension TextGenerator {
  public func generate(batch: [[ChatMessage]], options: GenerationOptions) async throws -> [Generation] {
    var results: [Generation] = []
    for messages in batch {
      try Task.checkCancellation()
      results.append(try await generate(messages, options: options))
    }
    return results
  }

  /// One request after the other: backends that can do better override it.
  public func generateEach(_ requests: [GenerationRequest]) -> AsyncThrowingStream<
    IndexedGeneration, any Error
  > {
    .producing { yield in
      for (index, request) in requests.enumerated() {
        try Task.checkCancellation()
        let generation = try await generate(request.messages, options: request.options)
        yield(IndexedGeneration(index: index, generation: generation))
      }
    }
  }
}

extension AsyncThrowingStream where Failure == any Error, Element: Sendable {
  /// A stream fed by `body` on a task of its own: it finishes when `body` returns, fails with what
  /// `body` throws, and the task is cancelled when the consumer stops listening.
  public static func producing(
    _ body: @escaping @Sendable (_ yield: @Sendable (Element) -> Void) async throws -> Void
  ) -> Self {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          try await body { continuation.yield($0) }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }
}

/// What an embedded text is used as: e5 models want `query: ` or `passage: ` before the text.
public enum EmbeddingRole: String, Sendable, Hashable {
  case query
  case passage
}

/// A sentence embedder: texts in, L2-normalised vectors out.
public protocol Embedder: Sendable {
  var modelDescription: String { get }
  var dimensions: Int { get }
  func embed(_ texts: [String], role: EmbeddingRole) async throws -> [[Float]]
}
