/// Joins Louvain communities into at most a given number of top-level themes. The communities
/// stay whole, so they can be the sub-themes of the theme they join: one hierarchy of two levels.
enum ThemeHierarchy {
  /// Above this many communities, Louvain on the graph of communities first brings them under it,
  /// so that the greedy joins (quadratic in the number of communities) stay cheap at any scale.
  static let greedyLimit = 400

  /// The group of each community (`labels` holds a community in 0..<count, or nil for « autres »);
  /// at most `limit` distinct groups, or `count` if there are not more.
  static func merge(
    _ labels: [Int?], count: Int, graph: WeightedGraph, vectors: EmbeddingMatrix, limit: Int,
    merging: ThemeMerging, seed: UInt64
  ) -> [Int] {
    var group = Array(0..<count)
    guard count > limit else { return group }
    var communities = CommunityGraph(labels: labels, count: count, graph: graph, vectors: vectors)
    if merging == .louvain || count > greedyLimit {
      let target = merging == .louvain ? limit : greedyLimit
      let joined = communities.louvainGroups(atMost: target, seed: seed)
      for community in group.indices { group[community] = joined[community] }
      communities = CommunityGraph(
        labels: labels.map { $0.map { joined[$0] } }, count: (joined.max() ?? -1) + 1, graph: graph,
        vectors: vectors)
    }
    let greedy =
      merging == .centroid
      ? communities.centroidGroups(atMost: limit) : communities.modularityGroups(atMost: limit)
    return group.map { greedy[$0] }
  }
}

/// The graph whose nodes are communities: edge weights summed between them, each community's
/// strength (self-loops included) and the sum of its vectors. Vectors in « autres » are left out.
struct CommunityGraph {
  var count: Int
  /// Weight between two different communities, both directions.
  var adjacency: [[Int: Double]]
  /// Sum of the weights of the edges at the community's vectors (internal edges twice).
  var strength: [Double]
  var sums: [[Float]]
  var sizes: [Int]

  init(labels: [Int?], count: Int, graph: WeightedGraph, vectors: EmbeddingMatrix) {
    self.count = count
    adjacency = Array(repeating: [:], count: count)
    strength = Array(repeating: 0, count: count)
    sums = Array(repeating: Array(repeating: 0, count: vectors.dimension), count: count)
    sizes = Array(repeating: 0, count: count)
    for node in 0..<graph.nodeCount {
      guard let own = labels[node] else { continue }
      sizes[own] += 1
      for (position, value) in vectors.row(node).enumerated() { sums[own][position] += value }
      for edge in graph.offsets[node]..<graph.offsets[node + 1] {
        guard let other = labels[Int(graph.targets[edge])] else { continue }
        let weight = Double(graph.weights[edge])
        strength[own] += weight
        if other != own { adjacency[own][other, default: 0] += weight }
      }
    }
  }

  /// As a `WeightedGraph` (self-loops carry the internal weight), for Louvain.
  var weightedGraph: WeightedGraph {
    var offsets = [0]
    var targets: [Int32] = []
    var weights: [Float] = []
    for community in 0..<count {
      let external = adjacency[community].values.reduce(0, +)
      var row = adjacency[community].map { ($0.key, $0.value) }
      row.append((community, strength[community] - external))
      row.sort { $0.0 < $1.0 }
      for (target, weight) in row {
        targets.append(Int32(target))
        weights.append(Float(weight))
      }
      offsets.append(targets.count)
    }
    return WeightedGraph(offsets: offsets, targets: targets, weights: weights)
  }

  /// Louvain on this graph at resolutions lowered by steps (1, 0.8, 0.64, …): the first partition
  /// with at most `target` groups, else the coarsest found (disconnected parts never join).
  func louvainGroups(atMost target: Int, seed: UInt64) -> [Int] {
    let graph = weightedGraph
    var resolution = 1.0
    var best = Array(0..<count)
    for _ in 0..<24 {
      let groups = Louvain.communities(of: graph, resolution: resolution, seed: seed)
      let groupCount = (groups.max() ?? -1) + 1
      if groupCount < (best.max() ?? -1) + 1 { best = groups }
      if groupCount <= target { return groups }
      resolution *= 0.8
    }
    return best
  }

  /// Clauset–Newman–Moore: repeatedly joins the two connected communities whose union gains the
  /// most modularity (resolution 1), until `limit` are left; when no two remaining communities
  /// share an edge, the smallest joins the one with the most similar centroid.
  func modularityGroups(atMost limit: Int) -> [Int] {
    var state = self
    var parent = Array(0..<count)
    var active = Set(0..<count)
    let total = strength.reduce(0, +)
    while active.count > max(limit, 1) {
      var best: (score: Double, a: Int, b: Int)?
      for a in active {
        for (b, weight) in state.adjacency[a] where a < b {
          let score = weight - state.strength[a] * state.strength[b] / max(total, 1e-12)
          if best == nil || (score, -a, -b) > (best!.score, -best!.a, -best!.b) { best = (score, a, b) }
        }
      }
      let (keep, gone) = best.map { ($0.a, $0.b) } ?? state.smallestAndNearest(among: active)
      state.join(gone, into: keep)
      active.remove(gone)
      parent[gone] = keep
    }
    return (0..<count).map { Self.root(of: $0, in: parent) }
  }

  /// Repeatedly joins the two communities with the most similar centroids, until `limit` are left.
  func centroidGroups(atMost limit: Int) -> [Int] {
    var state = self
    var parent = Array(0..<count)
    var active = Set(0..<count)
    var centroids = sums.map { sum -> [Float] in
      var centroid = sum
      VectorMath.normalise(&centroid)
      return centroid
    }
    func similarity(_ a: Int, _ b: Int) -> Float {
      zip(centroids[a], centroids[b]).reduce(0) { $0 + $1.0 * $1.1 }
    }
    var matrix = Array(repeating: Array(repeating: Float(0), count: count), count: count)
    for a in 0..<count { for b in (a + 1)..<count { matrix[a][b] = similarity(a, b) } }
    while active.count > max(limit, 1) {
      var best: (score: Float, a: Int, b: Int)?
      let ordered = active.sorted()
      for (position, a) in ordered.enumerated() {
        for b in ordered[(position + 1)...] where best == nil || matrix[a][b] > best!.score {
          best = (matrix[a][b], a, b)
        }
      }
      let (keep, gone) = (best!.a, best!.b)
      state.join(gone, into: keep)
      active.remove(gone)
      parent[gone] = keep
      centroids[keep] = state.sums[keep]
      VectorMath.normalise(&centroids[keep])
      for other in active where other != keep {
        let value = similarity(keep, other)
        if other < keep { matrix[other][keep] = value } else { matrix[keep][other] = value }
      }
    }
    return (0..<count).map { Self.root(of: $0, in: parent) }
  }

  /// The smallest active community (ties by number) and the active one whose centroid is the most
  /// similar to it, as (kept, joined).
  func smallestAndNearest(among active: Set<Int>) -> (Int, Int) {
    let smallest = active.min { (sizes[$0], $0) < (sizes[$1], $1) }!
    var centre = sums[smallest]
    VectorMath.normalise(&centre)
    var nearest: (similarity: Float, community: Int)?
    for other in active.sorted() where other != smallest {
      var centroid = sums[other]
      VectorMath.normalise(&centroid)
      let value = zip(centre, centroid).reduce(Float(0)) { $0 + $1.0 * $1.1 }
      if nearest == nil || value > nearest!.similarity { nearest = (value, other) }
    }
    return (nearest!.community, smallest)
  }

  mutating func join(_ gone: Int, into keep: Int) {
    for (other, weight) in adjacency[gone] {
      adjacency[other][gone] = nil
      guard other != keep else { continue }
      adjacency[keep][other, default: 0] += weight
      adjacency[other][keep, default: 0] += weight
    }
    adjacency[keep][gone] = nil
    adjacency[gone] = [:]
    strength[keep] += strength[gone]
    for position in sums[keep].indices { sums[keep][position] += sums[gone][position] }
    sizes[keep] += sizes[gone]
  }

  static func root(of community: Int, in parent: [Int]) -> Int {
    var current = community
    while parent[current] != current { current = parent[current] }
    return current
  }
}
