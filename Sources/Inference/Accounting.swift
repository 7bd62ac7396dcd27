import Foundation
import ObservatoireCore

/// Sums the usage of every model call of a run, for the provenance and the energy estimate.
public actor UsageMeter {
  public private(set) var generation = Usage.zero
  public private(set) var embedding = Usage.zero

  public init() {}

  public func recordGeneration(_ usage: Usage) { generation += usage }
  public func recordEmbedding(_ usage: Usage) { embedding += usage }

  public var total: Usage { generation + embedding }

  /// An estimate, not a measurement: process CPU seconds × the configured watts per busy core.
  /// Remote backends report no CPU time, so their energy is not counted here.
  public func estimatedJoules(wattsPerCore: Double) -> Double {
    total.estimatedJoules(wattsPerCore: wattsPerCore)
  }
}

/// A generator that reports every call's usage to a meter.
public struct MeteredTextGenerator: TextGenerator {
  public let base: any TextGenerator
  public let meter: UsageMeter

  public init(_ base: any TextGenerator, meter: UsageMeter) {
    self.base = base
    self.meter = meter
  }

  public var modelDescription: String { base.modelDescription }

  public func generate(_ messages: [ChatMessage], options: GenerationOptions) async throws -> Generation {
    let generation = try await base.generate(messages, options: options)
    await meter.recordGeneration(generation.usage)
    return generation
  }

  public func generate(batch: [[ChatMessage]], options: GenerationOptions) async throws -> [Generation] {
    let generations = try await base.generate(batch: batch, options: options)
    for generation in generations { await meter.recordGeneration(generation.usage) }
    return generations
  }

  public func generateEach(_ requests: [GenerationRequest]) -> AsyncThrowingStream<
    IndexedGeneration, any Error
  > {
    let upstream = base.generateEach(requests)
    let meter = meter
    return .producing { yield in
      for try await result in upstream {
        await meter.recordGeneration(result.generation.usage)
        yield(result)
      }
    }
  }
}

/// An embedder whose calls are timed (wall and process CPU) and reported to a meter.
public struct MeteredEmbedder: Embedder {
  public let base: any Embedder
  public let meter: UsageMeter
  /// Whether the model runs in this process (its CPU time is then part of the estimate).
  public let isLocal: Bool

  public init(_ base: any Embedder, meter: UsageMeter) {
    self.base = base
    self.meter = meter
    self.isLocal = base is LlamaEmbedder
  }

  public var modelDescription: String { base.modelDescription }
  public var dimensions: Int { base.dimensions }

  public func embed(_ texts: [String], role: EmbeddingRole) async throws -> [[Float]] {
    let startWall = ProcessClock.wallSeconds()
    let startCPU = ProcessClock.cpuSeconds()
    let vectors = try await base.embed(texts, role: role)
    await meter.recordEmbedding(
      Usage(
        promptTokens: 0, seconds: ProcessClock.wallSeconds() - startWall,
        cpuSeconds: isLocal ? ProcessClock.cpuSeconds() - startCPU : 0, calls: 1))
    return vectors
  }
}
