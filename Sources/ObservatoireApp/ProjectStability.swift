import Analysis
import Foundation
import ObservatoireCore
import Privacy
import Storage

/// How much of each reviewed theme survives re-clustering (`ThemeStability`: other seeds, 80 %
/// resamples), so that reviewers read the least stable themes first. Measured on the reviewed
/// view, from the vectors the analysis stored (no model needed), and kept in the project's stage
/// cache under what it depends on (the reviewed view's stamp and the runs): a page reads it back
/// at once, and only a new analysis or a new review makes it be measured again.
public enum ProjectStability {
  public struct Row: Sendable, Hashable, Codable {
    public var key: String
    public var label: String
    /// Mean best-match Jaccard over the runs, 0…1.
    public var score: Double
    /// The lowest run.
    public var lowest: Double
    /// Respondents (reference) and their range over the runs; nil when below *k* (masked).
    public var respondents: Int?
    public var respondentsLower: Int?
    public var respondentsUpper: Int?
  }

  public struct QuestionStability: Sendable, Hashable, Codable {
    public var questionID: String
    public var title: String
    /// In the analysis's order.
    public var rows: [Row]
    /// Why the question could not be measured, in French (nil when measured).
    public var noteFR: String?
    /// Re-clusterings run.
    public var runs: Int
    /// Seconds the measure took.
    public var seconds: Double

    /// Least stable first: the reading order « à lire d'abord ».
    public var readFirst: [Row] { rows.sorted { ($0.score, $0.label) < ($1.score, $1.label) } }
  }

  /// Re-clusterings per question (half with all arguments and other seeds, half on 80 %).
  public static let runCount = 10
  static let stage = "stabilite"

  /// The stability of every analysed question, if measured for the project as it is now; nil when
  /// one question still needs measuring (`measure`).
  public static func cached(project: String) throws -> [QuestionStability]? {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    var result: [QuestionStability] = []
    for stored in try database.loadAnalyses() {
      let question = stored.analysis.questionID
      guard let key = try cacheKey(question, in: database),
        let data = try database.cachedResult(stage: stage, key: key),
        let value = try? JSONDecoder().decode(QuestionStability.self, from: data)
      else { return nil }
      result.append(value)
    }
    return result
  }

  /// Measures what the cache lacks (cancellable between runs) and stores it; returns every
  /// question's stability.
  public static func measure(project: String) async throws -> [QuestionStability] {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    let policy = try ReportAssembly.smallCellPolicy(for: database)
    var result: [QuestionStability] = []
    for stored in try database.loadAnalyses() {
      let question = stored.analysis.questionID
      guard let key = try cacheKey(question, in: database) else { continue }
      if let data = try database.cachedResult(stage: stage, key: key),
        let value = try? JSONDecoder().decode(QuestionStability.self, from: data)
      {
        result.append(value)
        continue
      }
      guard let view = try database.reviewedAnalysis(question: question) else { continue }
      let value = try await measure(view, provenance: stored.provenance, policy: policy, database: database)
      try database.storeResult(stage: stage, key: key, value: try JSONEncoder().encode(value))
      result.append(value)
    }
    return result
  }

  static func measure(
    _ view: ReviewedAnalysis, provenance: Provenance, policy: SmallCellPolicy, database: ProjectDatabase
  ) async throws -> QuestionStability {
    let analysis = view.analysis
    var value = QuestionStability(
      questionID: analysis.questionID.rawValue, title: analysis.title, rows: [], noteFR: nil, runs: 0,
      seconds: 0)
    guard let embedder = provenance.embedder,
      let vectors = try ThemeStability.cachedVectors(of: analysis, embedder: embedder, in: database)
    else {
      value.noteFR =
        "Stabilité non mesurée : les vecteurs des arguments ne sont plus dans le projet (analyse faite avec "
        + "un autre modèle ou cache vidé) ; relancez l'analyse."
      return value
    }
    var parameters = ThemeClusteringParameters.default
    if let seed = provenance.parameters["graine"].flatMap(UInt64.init) { parameters.seed = seed }
    let runs = StabilityRun.standard(count: runCount, excluding: parameters.seed)
    let started = Date()
    let scores = try await ThemeStability.measure(
      analysis, vectors: vectors, clusterer: GraphThemeClusterer(parameters: parameters),
      parameters: parameters,
      runs: runs)
    value.seconds = Date().timeIntervalSince(started)
    value.runs = runs.count
    let k = policy.minimumCellSize
    func published(_ count: Int) -> Int? { count >= k ? count : nil }
    let themes = Dictionary(analysis.themes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    value.rows = scores.compactMap { score in
      guard let theme = themes[score.themeID], let key = view.themeKeys[score.themeID] else { return nil }
      return Row(
        key: key.rawValue, label: theme.label, score: score.score, lowest: score.lowest,
        respondents: published(score.respondents), respondentsLower: published(score.respondentsLower),
        respondentsUpper: published(score.respondentsUpper))
    }
    return value
  }

  /// What a question's measure depends on: the reviewed view (its stamp), the runs and *k*.
  static func cacheKey(_ question: QuestionID, in database: ProjectDatabase) throws -> StageKey? {
    guard let stamp = try database.reviewStamp(question: question) else { return nil }
    let k = try ReportAssembly.smallCellPolicy(for: database).minimumCellSize
    return StageKey(
      "stabilite-v1", question.rawValue, stamp, "runs=\(runCount)", "k=\(k)",
      GraphThemeClusterer().identity)
  }
}
