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
  /// More top-level themes than this cannot be read; the resolution is lowered until they fit
  /// (detail then lives in the sub-themes).
  public var maximumThemeCount: Int

  public init(
    seed: UInt64 = 42, minimumThemeSize: Int? = nil, minimumSubThemeSize: Int = 4,
    neighbourCount: Int = 15, resolution: Double = 1.5, subThemeResolution: Double = 0.7,
    exactNeighbourLimit: Int = 20_000, reducedDimension: Int = 64, minimumNeighbourAgreement: Double = 0.2,
    maximumLocalOutlierRatio: Double = 2.0, weighting: GraphWeighting = .fuzzy, maximumThemeCount: Int = 40
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
  }

  public static let `default` = ThemeClusteringParameters()

  func effectiveMinimumThemeSize(forCount count: Int) -> Int {
    minimumThemeSize ?? min(25, max(3, count / 100))
  }
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
  func cluster(_ vectors: EmbeddingMatrix, parameters: ThemeClusteringParameters) async throws
    -> ThemeClustering
}

/// The default clusterer: Louvain communities on the k-nearest-neighbour similarity graph (as
/// single-cell analysis clusters millions of cells), small communities to « autres », then the
/// same inside each theme for sub-themes. The number of themes follows from the data and the
/// resolution. Neighbours are exact up to `exactNeighbourLimit` vectors, then approximate
/// (inverted lists) in a PCA-reduced space, so memory stays O(n·k) and time near n log n.
public struct GraphThemeClusterer: ThemeClusterer {
  public init() {}

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
    var resolution = parameters.resolution
    var communities = Louvain.communities(of: graph, resolution: resolution, seed: parameters.seed)
    var labels: [Int?] = []
    var themeCount = 0
    for attempt in 0..<8 {
      var marked = communities
      Self.markWeaklyAttached(
        &marked, neighbours: neighbours, agreement: parameters.minimumNeighbourAgreement)
      Self.markLocalOutliers(
        &marked, neighbours: neighbours, maximumRatio: parameters.maximumLocalOutlierRatio)
      labels = Self.keepLarge(marked, minimumSize: parameters.effectiveMinimumThemeSize(forCount: n))
      themeCount = (labels.compactMap { $0 }.max() ?? -1) + 1
      if themeCount <= parameters.maximumThemeCount || attempt == 7 { break }
      try Task.checkCancellation()
      // Too many themes: continue optimising from these communities, as nodes of the aggregated
      // graph, at a lower resolution (cheap: the aggregated graph is small).
      resolution *= 0.6
      let (numbered, count) = Louvain.renumber(communities)
      let coarse = Louvain.aggregate(graph, communities: numbered, count: count)
      let merged = Louvain.communities(of: coarse, resolution: resolution, seed: parameters.seed)
      communities = numbered.map { merged[$0] }
    }
    if themeCount > parameters.maximumThemeCount {
      // Disconnected parts of the graph never merge by modularity: join themes by centroid.
      labels = Self.mergeSmallestThemes(labels, vectors: vectors, maximum: parameters.maximumThemeCount)
      themeCount = (labels.compactMap { $0 }.max() ?? -1) + 1
    }
    var subLabels = [Int?](repeating: nil, count: n)
    var themeMembers = Array(repeating: [Int](), count: themeCount)
    for (index, label) in labels.enumerated() {
      if let label { themeMembers[label].append(index) }
    }
    for (theme, members) in themeMembers.enumerated()
    where members.count >= 2 * parameters.minimumSubThemeSize {
      try Task.checkCancellation()
      let subgraph = graph.induced(on: members)
      let subCommunities = Louvain.communities(
        of: subgraph, resolution: parameters.subThemeResolution,
        seed: parameters.seed &+ UInt64(theme + 1))
      let local = Self.keepLarge(subCommunities, minimumSize: parameters.minimumSubThemeSize)
      guard Set(local.compactMap { $0 }).count > 1 else { continue }
      for (position, member) in members.enumerated() { subLabels[member] = local[position] }
    }
    return ThemeClustering(labels: labels, subLabels: subLabels, themeCount: themeCount)
  }

  /// Merges the smallest theme into the one with the most similar centroid until `maximum` are
  /// left, then renumbers by decreasing size.
  static func mergeSmallestThemes(_ labels: [Int?], vectors: EmbeddingMatrix, maximum: Int) -> [Int?] {
    var labels = labels
    var members = [Int: [Int]]()
    for (index, label) in labels.enumerated() {
      if let label { members[label, default: []].append(index) }
    }
    var centroids = members.mapValues { ThemeGeometry.centroid(of: $0, in: vectors) }
    while members.count > max(maximum, 1) {
      let smallest = members.keys.min { (members[$0]!.count, $0) < (members[$1]!.count, $1) }!
      let centre = centroids[smallest]!
      let target = members.keys.filter { $0 != smallest }.max { first, second in
        let a = zip(centre, centroids[first]!).reduce(Float(0)) { $0 + $1.0 * $1.1 }
        let b = zip(centre, centroids[second]!).reduce(Float(0)) { $0 + $1.0 * $1.1 }
        return (a, -first) < (b, -second)
      }!
      for member in members[smallest]! { labels[member] = target }
      members[target]! += members.removeValue(forKey: smallest)!
      centroids[smallest] = nil
      centroids[target] = ThemeGeometry.centroid(of: members[target]!, in: vectors)
    }
    return keepLarge(labels.map { $0 ?? -1 }, minimumSize: 1)
  }

  /// Sets to -1 (outlier) the vectors whose community holds too few of their neighbours.
  static func markWeaklyAttached(_ communities: inout [Int], neighbours: NeighbourLists, agreement: Double) {
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
  static func markLocalOutliers(_ communities: inout [Int], neighbours: NeighbourLists, maximumRatio: Double)
  {
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
  static func keepLarge(_ communities: [Int], minimumSize: Int) -> [Int?] {
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
