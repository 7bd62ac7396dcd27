import Testing

@testable import Analysis

/// Reference values computed with scikit-learn 1.9.1 (Python 3.11, throwaway venv):
/// `adjusted_mutual_info_score`, `normalized_mutual_info_score`, `adjusted_rand_score` with their
/// defaults (arithmetic normalisation), on exactly these label vectors.
@Suite struct ClusteringMetricsTests {
  struct Reference: Sendable, CustomTestStringConvertible {
    var truth: [Int]
    var predicted: [Int]
    var ami: Double
    var nmi: Double
    var ari: Double
    var testDescription: String { "\(truth.count) items" }
  }

  static let references: [Reference] = [
    Reference(
      truth: [0, 0, 0, 1, 1, 1, 2, 2, 2, 2], predicted: [0, 0, 1, 1, 1, 2, 2, 2, 0, 0],
      ami: 0.17152423540072848, nmi: 0.3946483716358942, ari: 0.09090909090909091),
    Reference(
      truth: [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5], predicted: [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5],
      ami: -0.10000000000000148, nmi: 0.6131471927654585, ari: -0.1),
    Reference(
      truth: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2],
      predicted: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, -1, -1, 2, 2],
      ami: 0.5630450781148577, nmi: 0.6639441124333259, ari: 0.5703209132026706),
    Reference(
      truth: (0..<40).map { $0 % 3 }, predicted: (0..<40).map { $0 % 5 },
      ami: -0.0804078171605919, nmi: 0.011669202958546083, ari: -0.06256983240223464),
  ]

  @Test(arguments: references)
  func matchesScikitLearn(_ reference: Reference) {
    let scores = ClusteringMetrics.scores(reference.truth, reference.predicted)
    #expect(abs(scores.adjustedMutualInformation - reference.ami) < 1e-9)
    #expect(abs(scores.normalisedMutualInformation - reference.nmi) < 1e-9)
    #expect(abs(scores.adjustedRandIndex - reference.ari) < 1e-9)
  }

  @Test func renamedClustersAgreePerfectly() {
    let truth = ["a", "a", "b", "b", "b", "c", "c", "d"]
    let predicted = [7, 7, 3, 3, 3, 9, 9, 1]
    let scores = ClusteringMetrics.scores(truth, predicted)
    #expect(abs(scores.adjustedMutualInformation - 1) < 1e-12)
    #expect(abs(scores.normalisedMutualInformation - 1) < 1e-12)
    #expect(abs(scores.adjustedRandIndex - 1) < 1e-12)
  }
}
