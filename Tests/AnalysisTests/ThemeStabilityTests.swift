import Foundation
import InferenceTesting
import ObservatoireCore
import Storage
import Testing

@testable import Analysis

/// Planted clusters: `count` tight groups of `size` unit vectors around orthogonal centres.
private func plantedVectors(groups count: Int, size: Int, spread: Float, seed: UInt64) throws
  -> EmbeddingMatrix
{
  var generator = SeededGenerator(seed: seed)
  let dimension = 32
  var rows: [[Float]] = []
  for group in 0..<count {
    for _ in 0..<size {
      var row = (0..<dimension).map { _ in Float(generator.nextGaussian()) * spread }
      row[group] += 1
      rows.append(row)
    }
  }
  return try EmbeddingMatrix(normalisingRows: rows)
}

@Suite(.serialized) struct ThemeStabilityTests {
  @Test func theSameSeedOnTheSameArgumentsGivesOne() async throws {
    let vectors = try plantedVectors(groups: 3, size: 30, spread: 0.15, seed: 3)
    let reference = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    let themes = reference.members.enumerated().map { (id: "t\($0)", rows: $1) }
    let responses = (0..<vectors.rowCount).map { ResponseID("r\($0)") }
    let scores = try await ThemeStability.measure(
      themes: themes, vectors: vectors, responses: responses,
      runs: [StabilityRun(seed: 42), StabilityRun(seed: 42)])
    #expect(scores.count == reference.themeCount)
    for score in scores {
      #expect(score.score == 1 && score.lowest == 1)
      #expect(score.respondentsLower == score.respondents && score.respondentsUpper == score.respondents)
    }
  }

  @Test func clearThemesSurviveOtherSeedsAndResampling() async throws {
    let vectors = try plantedVectors(groups: 3, size: 40, spread: 0.1, seed: 5)
    let reference = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    #expect(reference.themeCount == 3)
    let themes = reference.members.enumerated().map { (id: "t\($0)", rows: $1) }
    // Two arguments per respondent: 60 respondents.
    let responses = (0..<vectors.rowCount).map { ResponseID("r\($0 / 2)") }
    let runs = StabilityRun.standard(count: 6, excluding: 42)
    #expect(runs.count == 6 && Set(runs.map(\.seed)).count == 6 && !runs.map(\.seed).contains(42))
    #expect(runs.filter { $0.fraction < 1 }.count == 3)
    let scores = try await ThemeStability.measure(
      themes: themes, vectors: vectors, responses: responses, runs: runs)
    for score in scores {
      #expect(score.score > 0.9, "\(score)")
      #expect(score.respondentsLower <= score.respondents && score.respondents <= score.respondentsUpper)
    }
  }

  /// On a project: the vectors come from the run's embedding cache, no model needed.
  @Test func aStoredAnalysisIsMeasuredFromItsCachedVectors() async throws {
    let project = try PipelineProject.make(
      rows: try republiqueNumeriqueRows(perSection: 8), question: "Que pensez-vous du projet de loi ?")
    defer { try? FileManager.default.removeItem(at: project.directory) }
    let embedder = ScriptedEmbedder(topics: ["données", "accès", "internet", "public", "logiciel"])
    let pipeline = AnalysisPipeline(
      extractor: RuleBasedArgumentExtractor(), embedder: embedder, synthesiser: RuleBasedSynthesiser())
    let analysis = try await pipeline.run(question: project.freeTextQuestion, in: project.database).analysis
    let vectors = try #require(
      try ThemeStability.cachedVectors(
        of: analysis, embedder: embedder.modelDescription, in: project.database))
    #expect(vectors.rowCount == analysis.arguments.count)
    #expect(
      try ThemeStability.cachedVectors(of: analysis, embedder: "un autre modèle", in: project.database) == nil
    )
    let scores = try await ThemeStability.measure(
      analysis, vectors: vectors, runs: [StabilityRun(seed: ThemeClusteringParameters.default.seed)])
    let themes = analysis.topLevelThemes.filter { !$0.isOther }
    #expect(scores.map(\.themeID) == themes.map(\.id))
    // The reference's own seed on the same vectors gives back the same themes.
    #expect(scores.allSatisfy { $0.score == 1 }, "\(scores.map(\.score))")
    #expect(zip(scores, themes).allSatisfy { $0.respondents == $1.respondents })
  }

  /// A few hundred real arguments (République numérique, every tenth: the vectors
  /// ClusteringHierarchyTests embeds with e5, each argument its own respondent): real themes are
  /// not all equally stable; each gets a score in 0…1 and an interval around its count.
  @Test func realArgumentsGetAStabilityPerTheme() async throws {
    let (vectors, _) = try await realArguments.value
    let responses = (0..<vectors.rowCount).map { ResponseID("RN\($0)") }
    let reference = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    let themes = reference.members.enumerated().map { (id: "t\($0)", rows: $1) }
    let scores = try await ThemeStability.measure(
      themes: themes, vectors: vectors, responses: responses,
      runs: StabilityRun.standard(count: 8, excluding: ThemeClusteringParameters.default.seed))
    #expect(scores.count == reference.themeCount && scores.count >= 5)
    for score in scores {
      #expect((0...1).contains(score.score) && score.lowest <= score.score)
      #expect(score.respondentsLower <= score.respondents && score.respondents <= score.respondentsUpper)
    }
    let values = scores.map(\.score).sorted()
    // Re-clustering real text moves some arguments: not every theme is perfectly stable, and
    // the themes are not noise either.
    #expect(values.first! < 1, "\(values)")
    #expect(values.reduce(0, +) / Double(values.count) > 0.3, "\(values)")
    print(
      "stabilité des thèmes (\(vectors.rowCount) arguments réels) :",
      values.map { String(format: "%.2f", $0) })
  }
}
