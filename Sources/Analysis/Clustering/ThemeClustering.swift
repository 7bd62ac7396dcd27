import Foundation

/// Settings of the « Themes » stage. Defaults were chosen by measurement (docs/benchmarks/clustering.md).
public struct ThemeClusteringParameters: Sendable, Hashable, Codable {
  /// Same seed, same vectors: same themes.
  public var seed: UInt64
  /// Themes smaller than this go to « autres »; nil: 1 % of the vectors, between 3 and 25.
  public var minimumThemeSize: Int?
  /// Sub-themes smaller than this go to the theme's unlabelled remainder.
  public var minimumSubThemeSize: Int
  /// Neighbours per vector in the similarity graph.
  public var neighbourCount: Int
  /// Modularity resolution of the top level: higher gives more, smaller themes.
  public var resolution: Double
  /// Modularity resolution inside each theme.
  public var subThemeResolution: Double
  /// Above this many vectors, neighbours are searched approximately in a reduced space.
  public var exactNeighbourLimit: Int
  /// Dimension of the reduced space used above `exactNeighbourLimit`.
  public var reducedDimension: Int
  /// A vector whose theme holds fewer than this share of its nearest neighbours is an outlier
  /// and goes to « autres ».
  public var minimumNeighbourAgreement: Double
  /// A vector whose distance to its neighbours (1 − mean cosine) exceeds this many times the
  /// mean of its neighbours' own such distance lies outside the dense part of the data (a local
  /// outlier factor) and goes to « autres ».
  public var maximumLocalOutlierRatio: Double
  /// How neighbour relations are weighted in the graph.
  public var weighting: GraphWeighting
  /// The most top-level themes, whatever the number of vectors (the cap of the rule below).
  public var maximumThemeCount: Int
  /// Top-level themes a reader can take in grow slowly with the number of vectors: at most
  /// `themesPerDecade · log10(n)` (rounded), never below `minimumThemeLimit` nor above
  /// `maximumThemeCount`. Louvain's communities beyond that are merged (they become sub-themes).
  public var themesPerDecade: Double
  /// The lower bound of the limit above (a set with fewer natural themes keeps them).
  public var minimumThemeLimit: Int
  /// How communities are merged into top-level themes when there are too many.
  public var merging: ThemeMerging
  /// Identifies the algorithm in the encoded parameters (the pipeline's cache key), so that a
  /// project analysed by an earlier version of the clusterer does not reuse its themes.
  public private(set) var algorithmVersion: Int = Self.currentAlgorithmVersion
  /// 2: top-level themes are merged Louvain communities (a limit from the number of vectors), whose
  /// communities become their sub-themes. 1 (implicit): a resolution lowered above 40 themes, and a
  /// second Louvain inside each theme for sub-themes.
  public static let currentAlgorithmVersion = 2

  public init(
    seed: UInt64 = 42, minimumThemeSize: Int? = nil, minimumSubThemeSize: Int = 4,
    neighbourCount: Int = 15, resolution: Double = 1.5, subThemeResolution: Double = 0.7,
    exactNeighbourLimit: Int = 20_000, reducedDimension: Int = 64, minimumNeighbourAgreement: Double = 0.2,
    maximumLocalOutlierRatio: Double = 2.0, weighting: GraphWeighting = .fuzzy, maximumThemeCount: Int = 25,
    themesPerDecade: Double = 4, minimumThemeLimit: Int = 8, merging: ThemeMerging = .modularity
  ) {
    self.seed = seed
    self.minimumThemeSize = minimumThemeSize
    self.minimumSubThemeSize = minimumSubThemeSize
    self.neighbourCount = neighbourCount
    self.resolution = resolution
    self.subThemeResolution = subThemeResolution
    self.exactNeighbourLimit = exactNeighbourLimit
    self.reducedDimension = reducedDimension
    self.minimumNeighbourAgreement = minimumNeighbourAgreement
    self.maximumLocalOutlierRatio = maximumLocalOutlierRatio
    self.weighting = weighting
    self.maximumThemeCount = maximumThemeCount
    self.themesPerDecade = themesPerDecade
    self.minimumThemeLimit = minimumThemeLimit
    self.merging = merging
  }

  public static let `default` = ThemeClusteringParameters()

  package func effectiveMinimumThemeSize(forCount count: Int) -> Int {
    minimumThemeSize ?? min(25, max(3, count / 100))
  }

  /// The most top-level themes for `count` vectors (8 up to 10^2, 11 for 534, 16 for 12,724,
  /// 24 for a million with the defaults).
  public func themeLimit(forCount count: Int) -> Int {
    let grown = Int((themesPerDecade * log10(Double(max(count, 1)))).rounded())
    return max(1, min(maximumThemeCount, max(minimumThemeLimit, grown)))
  }
}

/// How too many communities are joined into top-level themes.
public enum ThemeMerging: String, Sendable, Hashable, Codable {
  /// Greedily join the two connected communities whose union gains the most modularity (as
  /// Clauset–Newman–Moore do), on the graph of communities; parts without edges between them are
  /// joined by centroid.
  case modularity
  /// Greedily join the two communities whose centroids are the most similar (cosine).
  case centroid
  /// Louvain again on the graph of communities at a lower resolution until few enough, then
  /// `modularity` for the rest.
  case louvain
}

public struct ThemeClustering: Sendable, Hashable {
  /// labels[i] = top-level theme index for vector i, or nil for « autres » (outliers).
  /// Themes are numbered by decreasing size.
  public var labels: [Int?]
  /// subLabels[i] = sub-theme index within its theme, or nil.
  public var subLabels: [Int?]
  public var themeCount: Int

  public init(labels: [Int?], subLabels: [Int?], themeCount: Int) {
    self.labels = labels
    self.subLabels = subLabels
    self.themeCount = themeCount
  }

  /// Indices of the vectors of each theme.
  public var members: [[Int]] {
    var result = Array(repeating: [Int](), count: themeCount)
    for (index, label) in labels.enumerated() {
      if let label { result[label].append(index) }
    }
    return result
  }

  /// Indices of the vectors left in « autres ».
  public var outliers: [Int] { labels.indices.filter { labels[$0] == nil } }

  /// Share of vectors in a theme (not in « autres »).
  public var coverage: Double {
    labels.isEmpty ? 0 : Double(labels.count - outliers.count) / Double(labels.count)
  }

  /// Number of sub-themes of each theme.
  public var subThemeCounts: [Int] {
    var counts = Array(repeating: 0, count: themeCount)
    for (label, subLabel) in zip(labels, subLabels) {
      if let label, let subLabel { counts[label] = max(counts[label], subLabel + 1) }
    }
    return counts
  }
}

public protocol ThemeClusterer: Sendable {
  /// The algorithm, its version and its parameters: part of the themes stage's cache key, so a
  /// change in any of them recomputes the themes.
  var identity: String { get }
  /// The parameters shown on the report's method page, by their French names.
  var provenance: [String: String] { get }
  func cluster(_ vectors: EmbeddingMatrix) async throws -> ThemeClustering
}

/// The default clusterer: Louvain communities on the k-nearest-neighbour similarity graph (as
/// single-cell analysis clusters millions of cells), small communities to « autres »; beyond
/// `themeLimit(forCount:)` communities are joined into top-level themes (by modularity gain) and
/// become their sub-themes, a theme of one community being split by Louvain inside it.
/// Neighbours are exact up to `exactNeighbourLimit` vectors, then approximate
/// (inverted lists) in a PCA-reduced space, so memory stays O(n·k) and time near n log n.
public struct GraphThemeClusterer: ThemeClusterer {
  public var parameters: ThemeClusteringParameters

  public init(parameters: ThemeClusteringParameters = .default) { self.parameters = parameters }

  public var identity: String {
    // The parameters hold `algorithmVersion`, raised whenever the same parameters give other themes.
    "graphe-louvain|"
      + String(decoding: (try? Self.sortedEncoder.encode(parameters)) ?? Data(), as: UTF8.self)
  }

  public var provenance: [String: String] {
    [
      "regroupement": "graphe des voisins, communautés de Louvain (version \(parameters.algorithmVersion))",
      "graine": String(parameters.seed), "voisins": String(parameters.neighbourCount),
      "résolution": String(parameters.resolution),
      "résolution sous-thèmes": String(parameters.subThemeResolution),
      "taille minimale de thème": parameters.minimumThemeSize.map(String.init) ?? "automatique",
    ]
  }

  static let sortedEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return encoder
  }()

  public func cluster(_ vectors: EmbeddingMatrix) async throws -> ThemeClustering {
    try await cluster(vectors, parameters: parameters)
  }

  /// Clusters with other parameters than the clusterer's own (studies, tests).
  public func cluster(_ vectors: EmbeddingMatrix, parameters: ThemeClusteringParameters) async throws
    -> ThemeClustering
  {
    let n = vectors.rowCount
    guard n > 0 else { return ThemeClustering(labels: [], subLabels: [], themeCount: 0) }
    let neighbours: NeighbourLists
    if n <= parameters.exactNeighbourLimit {
      neighbours = NearestNeighbours.exact(vectors, k: parameters.neighbourCount)
    } else {
      let reduced = PrincipalComponents.fit(
        vectors, componentCount: parameters.reducedDimension, seed: parameters.seed
      ).project(vectors)
      try Task.checkCancellation()
      neighbours = NearestNeighbours.approximate(
        reduced, k: parameters.neighbourCount, seed: parameters.seed)
    }
    try Task.checkCancellation()
    let graph = WeightedGraph(neighbours: neighbours, weighting: parameters.weighting)
    return try Self.cluster(graph: graph, neighbours: neighbours, vectors: vectors, parameters: parameters)
  }

  static func cluster(
    graph: WeightedGraph, neighbours: NeighbourLists, vectors: EmbeddingMatrix,
    parameters: ThemeClusteringParameters
  ) throws -> ThemeClustering {
    let n = graph.nodeCount
    // 1. Communities at the top resolution, the finest grain a theme has; vectors that disagree
    //    with theirs, and communities too small to be read, go to « autres ».
    var communities = Louvain.communities(of: graph, resolution: parameters.resolution, seed: parameters.seed)
    Self.markWeaklyAttached(
      &communities, neighbours: neighbours, agreement: parameters.minimumNeighbourAgreement)
    Self.markLocalOutliers(
      &communities, neighbours: neighbours, maximumRatio: parameters.maximumLocalOutlierRatio)
    let fine = Self.keepLarge(communities, minimumSize: parameters.effectiveMinimumThemeSize(forCount: n))
    let fineCount = (fine.compactMap { $0 }.max() ?? -1) + 1
    try Task.checkCancellation()
    // 2. Too many for a reader: communities are joined into top-level themes (one hierarchy: the
    //    communities of a theme are its sub-themes).
    let group = ThemeHierarchy.merge(
      fine, count: fineCount, graph: graph, vectors: vectors, limit: parameters.themeLimit(forCount: n),
      merging: parameters.merging, seed: parameters.seed)
    let labels = Self.keepLarge(fine.map { $0.map { group[$0] } ?? -1 }, minimumSize: 1)
    let themeCount = (labels.compactMap { $0 }.max() ?? -1) + 1
    // 3. Sub-themes: the communities joined under a theme; a theme that is one community is split
    //    by Louvain inside it, as long as it is large enough to be worth it.
    var subLabels = [Int?](repeating: nil, count: n)
    var themeMembers = Array(repeating: [Int](), count: themeCount)
    for (index, label) in labels.enumerated() {
      if let label { themeMembers[label].append(index) }
    }
    for (theme, members) in themeMembers.enumerated() {
      try Task.checkCancellation()
      var local = Self.keepLarge(members.map { fine[$0]! }, minimumSize: parameters.minimumSubThemeSize)
      if Set(local.compactMap { $0 }).count < 2 {
        guard members.count >= 2 * parameters.minimumSubThemeSize else { continue }
        let subgraph = graph.induced(on: members)
        let subCommunities = Louvain.communities(
          of: subgraph, resolution: parameters.subThemeResolution,
          seed: parameters.seed &+ UInt64(theme + 1))
        local = Self.keepLarge(subCommunities, minimumSize: parameters.minimumSubThemeSize)
        guard Set(local.compactMap { $0 }).count > 1 else { continue }
      }
      for (position, member) in members.enumerated() { subLabels[member] = local[position] }
    }
    return ThemeClustering(labels: labels, subLabels: subLabels, themeCount: themeCount)
  }

  /// Sets to -1 (outlier) the vectors whose community holds too few of their neighbours.
  package static func markWeaklyAttached(
    _ communities: inout [Int], neighbours: NeighbourLists, agreement: Double
  ) {
    guard agreement > 0, neighbours.k > 0 else { return }
    let original = communities
    for row in original.indices {
      let agreeing = neighbours.neighbours(of: row).filter { $0 >= 0 && original[Int($0)] == original[row] }
        .count
      if Double(agreeing) < agreement * Double(neighbours.k) { communities[row] = -1 }
    }
  }

  /// Sets to -1 (outlier) the vectors much farther from their neighbours than those neighbours
  /// are from theirs.
  package static func markLocalOutliers(
    _ communities: inout [Int], neighbours: NeighbourLists, maximumRatio: Double
  ) {
    let k = neighbours.k
    guard maximumRatio > 0, k > 0 else { return }
    var spread = Array(repeating: 0.0, count: neighbours.rowCount)
    for row in 0..<neighbours.rowCount {
      var total = 0.0
      var count = 0
      for position in 0..<k where neighbours.indices[row * k + position] >= 0 {
        total += Double(neighbours.similarities[row * k + position])
        count += 1
      }
      spread[row] = count == 0 ? 1 : 1 - total / Double(count)
    }
    for row in 0..<neighbours.rowCount {
      let around = neighbours.neighbours(of: row).filter { $0 >= 0 }
      guard !around.isEmpty else { continue }
      let typical = around.reduce(0.0) { $0 + spread[Int($1)] } / Double(around.count)
      if spread[row] > maximumRatio * max(typical, 1e-6) { communities[row] = -1 }
    }
  }

  /// Communities of at least `minimumSize` members (-1 is never one), renumbered by decreasing size (ties by
  /// first member); the rest nil.
  package static func keepLarge(_ communities: [Int], minimumSize: Int) -> [Int?] {
    var sizes = [Int: Int]()
    var firstMember = [Int: Int]()
    for (index, community) in communities.enumerated() {
      sizes[community, default: 0] += 1
      if firstMember[community] == nil { firstMember[community] = index }
    }
    let kept = sizes.keys.filter { $0 >= 0 && sizes[$0]! >= minimumSize }.sorted {
      sizes[$0]! > sizes[$1]! || (sizes[$0]! == sizes[$1]! && firstMember[$0]! < firstMember[$1]!)
    }
    var rank = [Int: Int]()
    for (position, community) in kept.enumerated() { rank[community] = position }
    return communities.map { rank[$0] }
  }
}

extension ThemeClusterer where Self == GraphThemeClusterer {
  /// The clusterer chosen by measurement (docs/benchmarks/clustering.md).
  public static var `default`: GraphThemeClusterer { GraphThemeClusterer() }
}
