import Foundation
import ObservatoireCore
import Storage

/// How much of each theme survives re-clustering: the same clusterer is run again with other
/// seeds on all the arguments, and on resampled subsets of them; each run's theme best matching
/// the reference theme (Jaccard of their arguments, over the arguments the run saw) gives a
/// score, averaged over the runs, and a respondent count, whose range over the runs is the
/// theme's interval. A theme that keeps its arguments whatever the seed scores near 1: reviewers
/// read the low ones first.
public struct ThemeStabilityScore: Sendable, Hashable, Codable {
  public var themeID: ThemeID
  /// Mean best-match Jaccard over the runs, 0…1.
  public var score: Double
  /// The lowest of the runs.
  public var lowest: Double
  /// Respondents of the theme in the reference.
  public var respondents: Int
  /// The least and the most respondents of the matching theme over the runs (counts of resampled
  /// runs scaled back to the whole set), the reference included.
  public var respondentsLower: Int
  public var respondentsUpper: Int
}

/// One re-clustering: a seed, and the share of arguments kept (1: all of them).
public struct StabilityRun: Sendable, Hashable {
  public var seed: UInt64
  public var fraction: Double
  public init(seed: UInt64, fraction: Double = 1) {
    self.seed = seed
    self.fraction = fraction
  }

  /// `count` runs: alternately all arguments with another seed, and `fraction` of them drawn
  /// without replacement; seeds taken from `seed`, never `excluding` (the reference's).
  public static func standard(count: Int = 10, fraction: Double = 0.8, seed: UInt64 = 1, excluding: UInt64)
    -> [StabilityRun]
  {
    var generator = SeededGenerator(seed: seed)
    var runs: [StabilityRun] = []
    while runs.count < count {
      let next = generator.next()
      guard next != excluding else { continue }
      runs.append(StabilityRun(seed: next, fraction: runs.count.isMultiple(of: 2) ? 1 : fraction))
    }
    return runs
  }
}

public enum ThemeStability {
  /// Scores the reference `themes` (each a list of rows of `vectors`) with `runs` of `clusterer`
  /// at `parameters` (their seed replaced by each run's). `responses[i]` is the respondent of row i.
  public static func measure(
    themes: [(id: ThemeID, rows: [Int])], vectors: EmbeddingMatrix, responses: [ResponseID],
    clusterer: GraphThemeClusterer = GraphThemeClusterer(), parameters: ThemeClusteringParameters = .default,
    runs: [StabilityRun]
  ) async throws -> [ThemeStabilityScore] {
    precondition(responses.count == vectors.rowCount, "one respondent per row")
    let n = vectors.rowCount
    var scores = Array(repeating: [Double](), count: themes.count)
    var counts = themes.map { [respondentCount($0.rows, responses)] }
    for run in runs {
      try Task.checkCancellation()
      var rows = Array(0..<n)
      if run.fraction < 1 {
        var generator = SeededGenerator(seed: run.seed ^ 0x5DEE_CE66_D1CE_5EED)
        rows.shuffle(using: &generator)
        rows = Array(rows.prefix(max(1, Int((Double(n) * run.fraction).rounded())))).sorted()
      }
      var runParameters = parameters
      runParameters.seed = run.seed
      let clustering = try await clusterer.cluster(
        run.fraction < 1 ? vectors.rows(at: rows) : vectors, parameters: runParameters)
      // The run's themes, in the reference's row numbers.
      let found: [Set<Int>] = clustering.members.map { Set($0.map { rows[$0] }) }
      let seen = Set(rows)
      let scale = Double(n) / Double(rows.count)
      for (index, theme) in themes.enumerated() {
        let reference = Set(theme.rows).intersection(seen)
        guard !reference.isEmpty else { continue }
        var best = (score: 0.0, members: Set<Int>())
        for candidate in found {
          let union = reference.union(candidate).count
          let score = union == 0 ? 0 : Double(reference.intersection(candidate).count) / Double(union)
          if score > best.score { best = (score, candidate) }
        }
        scores[index].append(best.score)
        counts[index].append(Int((Double(respondentCount(Array(best.members), responses)) * scale).rounded()))
      }
    }
    return themes.enumerated().map { index, theme in
      let runScores = scores[index]
      return ThemeStabilityScore(
        themeID: theme.id,
        score: runScores.isEmpty ? 0 : runScores.reduce(0, +) / Double(runScores.count),
        lowest: runScores.min() ?? 0, respondents: counts[index][0],
        respondentsLower: counts[index].min() ?? 0, respondentsUpper: counts[index].max() ?? 0)
    }
  }

  /// The stability of an analysis's top-level themes (« autres » aside), from the vectors of its
  /// arguments in order.
  public static func measure(
    _ analysis: QuestionAnalysis, vectors: EmbeddingMatrix,
    clusterer: GraphThemeClusterer = GraphThemeClusterer(),
    parameters: ThemeClusteringParameters = .default, runs: [StabilityRun]
  ) async throws -> [ThemeStabilityScore] {
    let row = Dictionary(
      analysis.arguments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let themes = analysis.topLevelThemes.filter { !$0.isOther }.map { theme in
      (id: theme.id, rows: theme.argumentIDs.compactMap { row[$0] })
    }
    return try await measure(
      themes: themes, vectors: vectors, responses: analysis.arguments.map(\.responseID), clusterer: clusterer,
      parameters: parameters, runs: runs)
  }

  /// The vectors of an analysis's arguments, in order, from the project's embedding cache (the
  /// ones its run stored, under its embedder's description): stability needs no model. Nil when
  /// one is missing (the cache was cleared, or another embedder).
  public static func cachedVectors(
    of analysis: QuestionAnalysis, embedder: String, in database: ProjectDatabase
  )
    throws -> EmbeddingMatrix?
  {
    guard !analysis.arguments.isEmpty else { return nil }
    let keys = analysis.arguments.map { StageKey("embeddings", embedder, "query", $0.text) }
    let found = try database.cachedResults(stage: PipelineStage.embeddings.rawValue, keys: keys)
    var rows: [[Float]] = []
    for key in keys {
      guard let data = found[key] else { return nil }
      rows.append(AnalysisPipeline.floats(data))
    }
    return try EmbeddingMatrix(normalisingRows: rows)
  }

  static func respondentCount(_ rows: [Int], _ responses: [ResponseID]) -> Int {
    Set(rows.map { responses[$0] }).count
  }
}
