import Foundation
import Inference
import TestSupport
import Testing

@testable import Analysis

/// Every tenth République numérique argument (400 of the 3,994, from all 18 sections): a few
/// hundred real answers, embedded once by the real e5 model (shared with ThemeStabilityTests).
let realArguments = Task<(vectors: EmbeddingMatrix, sections: [String]), any Error> {
  let rows = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl")
  let chosen = stride(from: 0, to: rows.count, by: 10).map { rows[$0] }
  let texts = chosen.map { $0["text"] as! String }
  let embedder = try LlamaEmbedder(modelPath: Fixtures.model(Fixtures.e5Small).path, threads: 2)
  let vectors = try await embedder.embed(texts, role: .query)
  return (try EmbeddingMatrix(normalisingRows: vectors), chosen.map { $0["section"] as! String })
}

/// The top-level themes of algorithm version 1: the resolution alone, up to 40 themes.
private var resolutionOnly: ThemeClusteringParameters {
  var parameters = ThemeClusteringParameters.default
  parameters.maximumThemeCount = 40
  parameters.themesPerDecade = 100
  return parameters
}

@Suite(.serialized) struct ThemeHierarchyTests {
  @Test func theLimitGrowsSlowlyWithTheNumberOfVectors() {
    let parameters = ThemeClusteringParameters.default
    #expect(parameters.themeLimit(forCount: 0) == 8)
    #expect(parameters.themeLimit(forCount: 100) == 8)
    #expect(parameters.themeLimit(forCount: 534) == 11)
    #expect(parameters.themeLimit(forCount: 2_572) == 14)
    #expect(parameters.themeLimit(forCount: 12_724) == 16)
    #expect(parameters.themeLimit(forCount: 1_000_000) == 24)
    #expect(parameters.themeLimit(forCount: 100_000_000) == 25)
    let limits = (1...7).map { parameters.themeLimit(forCount: Int(pow(10, Double($0)))) }
    #expect(zip(limits, limits.dropFirst()).allSatisfy { $0 <= $1 })
  }

  @Test func aFewHundredRealAnswersGiveAReadableNumberOfThemes() async throws {
    let (vectors, sections) = try await realArguments.value
    let limit = ThemeClusteringParameters.default.themeLimit(forCount: vectors.rowCount)
    let before = try await GraphThemeClusterer().cluster(vectors, parameters: resolutionOnly)
    let after = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    #expect(before.themeCount > limit, "the rule has nothing to do on this set")
    #expect((8...limit).contains(after.themeCount))
    // Themes are whole communities of the finer partition, joined: agreement with the sections
    // does not collapse (AMI 0.18–0.20 before, same vectors).
    let beforeAMI = ClusteringMetrics.adjustedMutualInformation(
      sections, ClusteringMetrics.flatLabels(before))
    let afterAMI = ClusteringMetrics.adjustedMutualInformation(sections, ClusteringMetrics.flatLabels(after))
    #expect(afterAMI > beforeAMI - 0.03, "AMI \(beforeAMI) → \(afterAMI)")
  }

  @Test func subThemesPartitionTheirTheme() async throws {
    let (vectors, _) = try await realArguments.value
    let parameters = ThemeClusteringParameters.default
    let result = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    var themesWithSubThemes = 0
    for (theme, members) in result.members.enumerated() {
      let subLabels = members.map { result.subLabels[$0] }
      let named = Set(subLabels.compactMap { $0 })
      guard !named.isEmpty else { continue }
      themesWithSubThemes += 1
      // Numbered 0..<count inside the theme, at least two, none below the minimum size.
      #expect(named == Set(0..<result.subThemeCounts[theme]))
      #expect(named.count >= 2)
      for sub in named {
        #expect(subLabels.count { $0 == sub } >= parameters.minimumSubThemeSize)
      }
      // Sub-themes plus the unlabelled remainder are the theme, and most of it is labelled.
      #expect(subLabels.count { $0 != nil } * 10 >= members.count * 7, "theme \(theme)")
    }
    #expect(themesWithSubThemes * 2 >= result.themeCount)
    for (label, subLabel) in zip(result.labels, result.subLabels) where label == nil {
      #expect(subLabel == nil)
    }
  }

  @Test func sameSeedSameHierarchyOnRealEmbeddings() async throws {
    let (vectors, _) = try await realArguments.value
    var parameters = ThemeClusteringParameters.default
    parameters.seed = 7
    let first = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    let second = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    #expect(first == second)
    for merging in [ThemeMerging.centroid, .louvain] {
      parameters.merging = merging
      let once = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
      let twice = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
      #expect(once == twice, "\(merging)")
      #expect(once.themeCount <= parameters.themeLimit(forCount: vectors.rowCount))
    }
  }

  @Test func joiningThemesLeavesAutresAsItWas() async throws {
    let (vectors, _) = try await realArguments.value
    let before = try await GraphThemeClusterer().cluster(vectors, parameters: resolutionOnly)
    let after = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    #expect(!before.outliers.isEmpty)
    #expect(after.outliers == before.outliers)
    // Two vectors together before stay together after: themes are only joined, never split.
    for first in 0..<vectors.rowCount {
      for second in (first + 1)..<vectors.rowCount
      where before.labels[first] != nil && before.labels[first] == before.labels[second] {
        #expect(after.labels[first] == after.labels[second])
      }
    }
  }

  @Test func theCacheKeySeesTheAlgorithmVersion() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let encoded = String(decoding: try encoder.encode(ThemeClusteringParameters.default), as: UTF8.self)
    #expect(encoded.contains("\"algorithmVersion\":\(ThemeClusteringParameters.currentAlgorithmVersion)"))
    #expect(ThemeClusteringParameters.currentAlgorithmVersion >= 2)
    let decoded = try JSONDecoder().decode(ThemeClusteringParameters.self, from: Data(encoded.utf8))
    #expect(decoded == .default)
  }

  @Test func disconnectedGroupsAreJoinedByCentroid() async throws {
    // Twelve far-apart tight groups share no neighbour edge: modularity cannot join them, the
    // centroid fallback must, down to the limit, and nearby groups go together.
    var storage: [Float] = []
    var generator = SeededGenerator(seed: 5)
    var planted: [Int] = []
    for group in 0..<12 {
      for _ in 0..<20 {
        var row = Array(repeating: Float(0), count: 24)
        row[group] = 1
        row[12 + group / 2] = 0.8  // pairs of groups share a direction
        for index in row.indices { row[index] += Float(0.02 * generator.nextGaussian()) }
        storage += row
        planted.append(group / 2)
      }
    }
    let vectors = try EmbeddingMatrix(normalising: storage, dimension: 24)
    var parameters = ThemeClusteringParameters.default
    parameters.neighbourCount = 10
    parameters.minimumThemeLimit = 6
    parameters.maximumThemeCount = 6
    let result = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    #expect(result.themeCount == 6)
    #expect(ClusteringMetrics.adjustedRandIndex(planted, ClusteringMetrics.flatLabels(result)) > 0.99)
    #expect(result.subThemeCounts.allSatisfy { $0 == 2 })
  }
}
