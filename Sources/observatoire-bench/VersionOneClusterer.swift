import Analysis
import Foundation

/// The clusterer as it was up to algorithm version 1 (commit 3957c5e), kept in the bench only, to
/// measure the theme limit against it on the same vectors: Louvain at the top resolution, the
/// resolution lowered (× 0.6, re-optimising the graph of communities) while there are more than 40
/// themes, then the smallest joined by centroid; sub-themes by Louvain inside each theme.
struct VersionOneClusterer: Sendable {
  static let maximumThemeCount = 40

  func cluster(_ vectors: EmbeddingMatrix, parameters: ThemeClusteringParameters) throws
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
      neighbours = NearestNeighbours.approximate(reduced, k: parameters.neighbourCount, seed: parameters.seed)
    }
    let graph = WeightedGraph(neighbours: neighbours, weighting: parameters.weighting)
    return try Self.clusterVersionOne(
      graph: graph, neighbours: neighbours, vectors: vectors, parameters: parameters)
  }

  static func clusterVersionOne(
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
      GraphThemeClusterer.markWeaklyAttached(
        &marked, neighbours: neighbours, agreement: parameters.minimumNeighbourAgreement)
      GraphThemeClusterer.markLocalOutliers(
        &marked, neighbours: neighbours, maximumRatio: parameters.maximumLocalOutlierRatio)
      labels = GraphThemeClusterer.keepLarge(
        marked, minimumSize: parameters.effectiveMinimumThemeSize(forCount: n))
      themeCount = (labels.compactMap { $0 }.max() ?? -1) + 1
      if themeCount <= Self.maximumThemeCount || attempt == 7 { break }
      try Task.checkCancellation()
      // Too many themes: continue optimising from these communities, as nodes of the aggregated
      // graph, at a lower resolution (cheap: the aggregated graph is small).
      resolution *= 0.6
      let (numbered, count) = Louvain.renumber(communities)
      let coarse = Louvain.aggregate(graph, communities: numbered, count: count)
      let merged = Louvain.communities(of: coarse, resolution: resolution, seed: parameters.seed)
      communities = numbered.map { merged[$0] }
    }
    if themeCount > Self.maximumThemeCount {
      // Disconnected parts of the graph never merge by modularity: join themes by centroid.
      labels = mergeSmallestThemes(labels, vectors: vectors, maximum: Self.maximumThemeCount)
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
      let local = GraphThemeClusterer.keepLarge(subCommunities, minimumSize: parameters.minimumSubThemeSize)
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
    return GraphThemeClusterer.keepLarge(labels.map { $0 ?? -1 }, minimumSize: 1)
  }

}
