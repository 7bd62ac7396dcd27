import Foundation
import Inference
import ObservatoireCore

/// A language model whose answers a test writes: `answer` sees every request (its messages and
/// options, the schema included) and the number of the call, and returns the text. Every request
/// is recorded, so a test can check what was sent — and what was never sent.
public final class ScriptedTextGenerator: TextGenerator, @unchecked Sendable {
  public typealias Script = @Sendable (_ request: GenerationRequest, _ call: Int) -> String
  private let lock = NSLock()
  private let script: Script
  private var recorded: [GenerationRequest] = []

  public init(_ script: @escaping Script) { self.script = script }

  public var modelDescription: String { "modèle scripté" }

  /// Every request received so far, in order.
  public var requests: [GenerationRequest] { lock.withLock { recorded } }

  public func generate(_ messages: [ChatMessage], options: GenerationOptions) async throws -> Generation {
    let request = GenerationRequest(messages: messages, options: options)
    let call = lock.withLock {
      recorded.append(request)
      return recorded.count
    }
    let text = script(request, call)
    return Generation(
      text: text, finishReason: .stop,
      usage: Usage(
        promptTokens: messages.reduce(0) { $0 + $1.content.count / 4 }, generatedTokens: text.count / 4,
        calls: 1))
  }

  /// The user message of a request (where the data travels).
  public static func userMessage(_ request: GenerationRequest) -> String {
    request.messages.last { $0.role == .user }?.content ?? ""
  }
}

/// An embedder whose vectors a test controls: texts that share a marker word (any word in
/// `topics`) point the same way; other texts get a direction of their own, so similarities are
/// 1 within a topic and near 0 across. Deterministic, no model file.
public struct ScriptedEmbedder: Embedder {
  public let topics: [String]
  public let dimensions: Int

  public init(topics: [String], dimensions: Int = 64) {
    self.topics = topics
    self.dimensions = max(dimensions, topics.count + 8)
  }

  public var modelDescription: String { "plongements scriptés" }

  public func embed(_ texts: [String], role: EmbeddingRole) async throws -> [[Float]] {
    texts.map { text in
      var vector = [Float](repeating: 0, count: dimensions)
      let lowered = text.lowercased()
      if let topic = topics.firstIndex(where: { lowered.contains($0.lowercased()) }) {
        vector[topic] = 1
      } else {
        // A direction of its own among the free dimensions, from a stable hash of the text.
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in lowered.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        let free = dimensions - topics.count
        vector[topics.count + Int(hash % UInt64(free))] = 1
      }
      return vector
    }
  }
}
