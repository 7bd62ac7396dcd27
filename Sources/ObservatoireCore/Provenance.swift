import Foundation

/// Token, time and energy use of model calls, summed per stage and per run.
public struct Usage: Sendable, Hashable, Codable {
  public var promptTokens: Int
  public var generatedTokens: Int
  /// Wall-clock seconds spent in the calls.
  public var seconds: Double
  /// CPU seconds of the process during the calls (0 for remote backends).
  public var cpuSeconds: Double
  public var calls: Int

  public init(
    promptTokens: Int = 0, generatedTokens: Int = 0, seconds: Double = 0, cpuSeconds: Double = 0,
    calls: Int = 0
  ) {
    self.promptTokens = promptTokens
    self.generatedTokens = generatedTokens
    self.seconds = seconds
    self.cpuSeconds = cpuSeconds
    self.calls = calls
  }

  public static let zero = Usage()

  public static func + (a: Usage, b: Usage) -> Usage {
    Usage(
      promptTokens: a.promptTokens + b.promptTokens,
      generatedTokens: a.generatedTokens + b.generatedTokens, seconds: a.seconds + b.seconds,
      cpuSeconds: a.cpuSeconds + b.cpuSeconds, calls: a.calls + b.calls)
  }
  public static func += (a: inout Usage, b: Usage) { a = a + b }

  /// An estimate, not a measurement: CPU seconds times the configured power draw per busy core.
  public func estimatedJoules(wattsPerCore: Double) -> Double { cpuSeconds * wattsPerCore }
}

/// What produced an analysis: enough to reproduce it and to explain it on the method page.
public struct Provenance: Sendable, Hashable, Codable {
  public var generator: String?
  public var embedder: String?
  /// Prompt file names and their versions (content hashes).
  public var prompts: [String: String]
  public var parameters: [String: String]
  public var usage: Usage
  public var wattsPerCore: Double
  public var startedAt: Date
  public var finishedAt: Date?
  public var softwareVersion: String

  public init(
    generator: String? = nil, embedder: String? = nil, prompts: [String: String] = [:],
    parameters: [String: String] = [:], usage: Usage = .zero, wattsPerCore: Double = 15,
    startedAt: Date = Date(), finishedAt: Date? = nil, softwareVersion: String = ObservatoireVersion.current
  ) {
    self.generator = generator
    self.embedder = embedder
    self.prompts = prompts
    self.parameters = parameters
    self.usage = usage
    self.wattsPerCore = wattsPerCore
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.softwareVersion = softwareVersion
  }

  public var estimatedJoules: Double { usage.estimatedJoules(wattsPerCore: wattsPerCore) }
}

public enum ObservatoireVersion {
  public static let current = "0.1.0"
}
