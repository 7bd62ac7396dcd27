import Foundation

/// A flat alternative to the graph clusterer: spherical k-means (cosine) with a fixed number of
/// themes, clusters smaller than `minimumThemeSize` to « autres », no sub-themes. Cheaper and
/// easier to explain; it does not find the number of themes by itself.
public struct KMeansThemeClusterer: ThemeClusterer {
  /// Raised whenever the same parameters give other themes.
  public static let algorithmVersion = 1

  /// Themes asked for; nil: the graph clusterer's limit for this many vectors
  /// (`ThemeClusteringParameters.themeLimit(forCount:)`).
  public var themeCount: Int?
  /// Clusters smaller than this go to « autres »; nil: 1 % of the vectors, between 3 and 25.
  public var minimumThemeSize: Int?
  public var iterations: Int
  public var seed: UInt64

  public init(themeCount: Int? = nil, minimumThemeSize: Int? = nil, iterations: Int = 25, seed: UInt64 = 42) {
    self.themeCount = themeCount
    self.minimumThemeSize = minimumThemeSize
    self.iterations = iterations
    self.seed = seed
  }

  public var identity: String {
    "kmeans-spherique-v\(Self.algorithmVersion)|themes=\(themeCount.map(String.init) ?? "auto")"
      + "|min=\(minimumThemeSize.map(String.init) ?? "auto")|iterations=\(iterations)|graine=\(seed)"
  }

  public var provenance: [String: String] {
    [
      "regroupement": "k-moyennes sphériques (version \(Self.algorithmVersion))",
      "graine": String(seed), "thèmes demandés": themeCount.map(String.init) ?? "automatique",
      "taille minimale de thème": minimumThemeSize.map(String.init) ?? "automatique",
    ]
  }

  public func cluster(_ vectors: EmbeddingMatrix) async throws -> ThemeClustering {
    let n = vectors.rowCount
    guard n > 0 else { return ThemeClustering(labels: [], subLabels: [], themeCount: 0) }
    let defaults = ThemeClusteringParameters.default
    let k = themeCount ?? defaults.themeLimit(forCount: n)
    let minimum = minimumThemeSize ?? min(25, max(3, n / 100))
    try Task.checkCancellation()
    let fitted = SphericalKMeans.fit(vectors, clusterCount: k, iterations: iterations, seed: seed)
    var sizes: [Int: Int] = [:]
    for cluster in fitted.assignments { sizes[cluster, default: 0] += 1 }
    // Themes numbered by decreasing size (ties by first member), as the graph clusterer numbers them.
    let kept = sizes.filter { $0.value >= minimum }.keys.sorted {
      sizes[$0]! != sizes[$1]! ? sizes[$0]! > sizes[$1]! : $0 < $1
    }
    let number = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
    let labels = fitted.assignments.map { number[$0] }
    return ThemeClustering(labels: labels, subLabels: Array(repeating: nil, count: n), themeCount: kept.count)
  }
}
