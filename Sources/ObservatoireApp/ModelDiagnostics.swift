import Foundation
import Inference
import ObservatoireCore

/// What a front end shows of the configured models: where they are, whether they answer, how
/// fast they run on this machine.
public enum ModelDiagnostics {
  /// One model's check: what answered (or why not), and how long it took.
  public struct Check: Sendable {
    public var role: ModelRole
    public var location: String
    /// The model's description when it loaded.
    public var model: String?
    /// What it gave back (a word, or « 384 dimensions »), nil when it failed.
    public var result: String?
    public var generatedTokens: Int?
    public var failure: String?
    public var seconds: Double
    public var passed: Bool { failure == nil }
  }

  public enum ModelRole: String, Sendable {
    case generator
    case embedder
  }

  /// Loads each model, asks the language model for one word and the embedder for two vectors,
  /// and checks what comes back.
  public static func check(_ settings: ModelSettings) async -> [Check] {
    var checks: [Check] = []
    var start = ProcessClock.now()
    do {
      let generator = try settings.makeGenerator()
      let answer = try await generator.generate(
        [.user("Réponds par un seul mot : quelle est la capitale de la France ?")],
        options: GenerationOptions(maxTokens: 16))
      let reply = answer.text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !reply.isEmpty else { throw CheckFailure(message: "le modèle a rendu une réponse vide") }
      checks.append(
        Check(
          role: .generator, location: settings.generator, model: generator.modelDescription,
          result: String(reply.prefix(60)), generatedTokens: answer.usage.generatedTokens,
          seconds: ProcessClock.now() - start))
    } catch {
      checks.append(
        Check(
          role: .generator, location: settings.generator, failure: describe(error),
          seconds: ProcessClock.now() - start))
    }
    start = ProcessClock.now()
    do {
      let embedder = try await settings.makeEmbedder()
      let vectors = try await embedder.embed(
        ["Les élèves utilisent l'IA pour leurs devoirs.", "Les enseignants manquent de formation."],
        role: .passage)
      let norm = vectors.first.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() } ?? 0
      guard vectors.count == 2, vectors[0].count == embedder.dimensions, abs(norm - 1) < 1e-3 else {
        throw CheckFailure(message: "vecteurs inattendus")
      }
      checks.append(
        Check(
          role: .embedder, location: settings.embedder, model: embedder.modelDescription,
          result: "\(embedder.dimensions) dimensions", seconds: ProcessClock.now() - start))
    } catch {
      checks.append(
        Check(
          role: .embedder, location: settings.embedder, failure: describe(error),
          seconds: ProcessClock.now() - start))
    }
    return checks
  }

  /// What to measure: llama-bench's shape for a model run here (one prompt, then tokens generated
  /// one by one, alone then for `batch` sequences together), and embeddings of French sentences.
  public struct BenchPlan: Sendable {
    public var promptTokens = 512
    public var generatedTokens = 128
    public var batch = 8
    public var embeddingTexts = 64
    public init() {}
  }

  /// Measures the configured models' throughput; the machine should be idle.
  public static func bench(_ configured: ModelSettings, plan: BenchPlan) async throws -> BenchReport {
    var settings = configured
    settings.parallelSequences = max(settings.parallelSequences, plan.batch)
    settings.contextPerSequence = max(
      settings.contextPerSequence, plan.promptTokens + 16, plan.generatedTokens + 16)
    var report = BenchReport(
      generator: settings.generator, embedder: settings.embedder, threads: settings.threads)
    let generator = try settings.makeGenerator()
    report.generatorDescription = generator.modelDescription
    if let local = generator as? LlamaGenerator {
      // A first short pass warms the caches, as llama-bench does.
      _ = try await local.measureThroughput(promptTokens: 32, generatedTokens: 4)
      let single = try await local.measureThroughput(
        promptTokens: plan.promptTokens, generatedTokens: plan.generatedTokens, sequences: 1)
      let batched = try await local.measureThroughput(
        promptTokens: 0, generatedTokens: plan.generatedTokens, sequences: plan.batch)
      report.promptTokensPerSecond = single.promptTokensPerSecond
      report.generationTokensPerSecond = single.generationTokensPerSecond
      report.batchedGenerationTokensPerSecond = batched.generationTokensPerSecond
    } else {
      let prompt = String(
        repeating: "Les enseignants parlent de l'IA à l'école. ", count: max(1, plan.promptTokens / 10))
      let options = GenerationOptions(maxTokens: plan.generatedTokens)
      let single = try await generator.generate([.user(prompt)], options: options)
      report.promptTokensPerSecond = nil
      report.generationTokensPerSecond =
        Double(single.usage.generatedTokens) / max(single.usage.seconds, 1e-9)
      let start = ProcessClock.now()
      let many = try await generator.generate(
        batch: Array(repeating: [.user(prompt)], count: plan.batch), options: options)
      report.batchedGenerationTokensPerSecond =
        Double(many.reduce(0) { $0 + $1.usage.generatedTokens }) / max(ProcessClock.now() - start, 1e-9)
    }
    report.batch = plan.batch
    let embedder = try await settings.makeEmbedder()
    report.embedderDescription = embedder.modelDescription
    let texts = (0..<plan.embeddingTexts).map { sentence($0) }
    _ = try await embedder.embed(Array(texts.prefix(4)), role: .passage)
    let start = ProcessClock.now()
    _ = try await embedder.embed(texts, role: .passage)
    report.embeddingsPerSecond = Double(texts.count) / max(ProcessClock.now() - start, 1e-9)
    report.load = loadAverage()
    return report
  }

  private static let subjects = [
    "Les élèves", "Les enseignants", "Les parents", "Les chefs d'établissement", "Les inspecteurs",
    "Les documentalistes", "Les conseillers principaux d'éducation", "Les lycéens",
  ]
  private static let opinions = [
    "pensent que l'intelligence artificielle peut aider à différencier les exercices",
    "craignent que les devoirs faits avec un agent conversationnel ne reflètent plus le travail réel",
    "demandent une formation concrète avant d'utiliser ces outils en classe",
    "s'inquiètent de la protection des données personnelles des mineurs",
    "trouvent que la correction automatique fait gagner du temps",
    "souhaitent des règles claires sur l'usage de l'IA pendant les évaluations",
    "voient dans l'IA un moyen d'aider les élèves en difficulté",
    "redoutent une perte de l'esprit critique chez les jeunes",
  ]

  /// Varied French sentences of consultation length, so the measure is not of one repeated text.
  static func sentence(_ index: Int) -> String {
    "\(subjects[index % subjects.count]) \(opinions[(index / subjects.count + index) % opinions.count]), selon la réponse \(index + 1)."
  }

  /// `/proc/loadavg` (1, 5, 15 minutes): the machine is shared, a measure says how busy it was.
  public static func loadAverage() -> String? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  private static func describe(_ error: any Error) -> String {
    if let error = error as? any UserFacingError { return error.messageFR }
    if let error = error as? CheckFailure { return error.message }
    return String(describing: error)
  }
}

/// Throughput of the configured models, as `models bench` prints it.
public struct BenchReport: Codable, Sendable {
  public var generator: String
  public var embedder: String
  public var threads: Int
  public var generatorDescription: String?
  public var embedderDescription: String?
  public var promptTokensPerSecond: Double?
  public var generationTokensPerSecond: Double?
  public var batch = 1
  public var batchedGenerationTokensPerSecond: Double?
  public var embeddingsPerSecond: Double?
  /// `/proc/loadavg` (1, 5, 15 minutes) at the end of the measure: the machine is shared.
  public var load: String?
}

struct CheckFailure: Error {
  var message: String
}
