import Foundation

/// How kNN relations become edge weights.
public enum GraphWeighting: String, Sendable, Hashable, Codable {
  /// Cosine similarity, mutual pairs keep the larger.
  case similarity
  /// UMAP's fuzzy simplicial set memberships (density-adaptive), fuzzy union of mutual pairs.
  case fuzzy
}

/// An undirected weighted graph in compressed rows; each edge is stored in both rows.
package struct WeightedGraph: Sendable {
  var offsets: [Int]
  var targets: [Int32]
  var weights: [Float]
  package var nodeCount: Int { offsets.count - 1 }

  /// The union of the k-nearest-neighbour relations; a mutual pair becomes one edge.
  package init(neighbours: NeighbourLists, weighting: GraphWeighting) {
    let n = neighbours.rowCount
    let directedWeights = Self.directedWeights(neighbours, weighting: weighting)
    var degree = Array(repeating: 0, count: n + 1)
    for row in 0..<n {
      for neighbour in neighbours.neighbours(of: row) where neighbour >= 0 {
        degree[row] += 1
        degree[Int(neighbour)] += 1
      }
    }
    var offsets = Array(repeating: 0, count: n + 1)
    for row in 0..<n { offsets[row + 1] = offsets[row] + degree[row] }
    var cursor = Array(offsets.prefix(n))
    var targets = Array(repeating: Int32(0), count: offsets[n])
    var weights = Array(repeating: Float(0), count: offsets[n])
    for row in 0..<n {
      for position in 0..<neighbours.k {
        let neighbour = neighbours.indices[row * neighbours.k + position]
        guard neighbour >= 0 else { continue }
        let w = directedWeights[row * neighbours.k + position]
        targets[cursor[row]] = neighbour
        weights[cursor[row]] = w
        cursor[row] += 1
        targets[cursor[Int(neighbour)]] = Int32(row)
        weights[cursor[Int(neighbour)]] = w
        cursor[Int(neighbour)] += 1
      }
    }
    // Merge duplicates (mutual neighbours) row by row, in place.
    var mergedOffsets = Array(repeating: 0, count: n + 1)
    var write = 0
    var pairs: [(Int32, Float)] = []
    for row in 0..<n {
      pairs.removeAll(keepingCapacity: true)
      for edge in offsets[row]..<offsets[row + 1] { pairs.append((targets[edge], weights[edge])) }
      pairs.sort { $0.0 < $1.0 }
      var index = 0
      while index < pairs.count {
        var best = pairs[index]
        var next = index + 1
        while next < pairs.count && pairs[next].0 == best.0 {
          switch weighting {
          case .similarity: best.1 = max(best.1, pairs[next].1)
          // Fuzzy union of the two directed memberships, as UMAP does.
          case .fuzzy: best.1 = best.1 + pairs[next].1 - best.1 * pairs[next].1
          }
          next += 1
        }
        targets[write] = best.0
        weights[write] = best.1
        write += 1
        index = next
      }
      mergedOffsets[row + 1] = write
    }
    targets.removeLast(targets.count - write)
    weights.removeLast(weights.count - write)
    self.offsets = mergedOffsets
    self.targets = targets
    self.weights = weights
  }

  /// Weight of each directed neighbour relation, `rowCount × k` like the lists.
  static func directedWeights(_ neighbours: NeighbourLists, weighting: GraphWeighting) -> [Float] {
    let k = neighbours.k
    switch weighting {
    case .similarity:
      return neighbours.similarities.map { max($0, 0.01) }
    case .fuzzy:
      // UMAP's membership strength: exp(−(d − ρ)/σ) with d = 1 − cosine, ρ the distance to the
      // nearest neighbour and σ such that the memberships of a row sum to log2(k). It adapts to
      // the local density, so that sparse regions are not left weakly connected.
      var weights = Array(repeating: Float(0), count: neighbours.rowCount * k)
      let target = log2(Double(max(k, 2)))
      var distances = Array(repeating: 0.0, count: k)
      for row in 0..<neighbours.rowCount {
        var count = 0
        for position in 0..<k where neighbours.indices[row * k + position] >= 0 {
          distances[count] = Double(1 - neighbours.similarities[row * k + position])
          count += 1
        }
        guard count > 0 else { continue }
        let nearest = distances[0..<count].min()!
        func total(_ sigma: Double) -> Double {
          distances[0..<count].reduce(0) { $0 + exp(-max(0, $1 - nearest) / sigma) }
        }
        var low = 0.0
        var high = Double.infinity
        var sigma = 1.0
        for _ in 0..<64 {
          let value = total(sigma)
          if abs(value - target) < 1e-5 { break }
          if value > target {
            high = sigma
            sigma = (low + high) / 2
          } else {
            low = sigma
            sigma = high.isInfinite ? sigma * 2 : (low + high) / 2
          }
        }
        sigma = max(sigma, 1e-3 * max(distances[0..<count].reduce(0, +) / Double(count), 1e-6))
        count = 0
        for position in 0..<k where neighbours.indices[row * k + position] >= 0 {
          weights[row * k + position] = Float(exp(-max(0, distances[count] - nearest) / sigma))
          count += 1
        }
      }
      return weights
    }
  }

  init(offsets: [Int], targets: [Int32], weights: [Float]) {
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
  }

  /// The subgraph on `nodes` (edges leaving the set are dropped), renumbered in the given order.
  package func induced(on nodes: [Int]) -> WeightedGraph {
    var local = [Int32: Int32](minimumCapacity: nodes.count)
    for (position, node) in nodes.enumerated() { local[Int32(node)] = Int32(position) }
    var offsets = [0]
    var targets: [Int32] = []
    var weights: [Float] = []
    for node in nodes {
      for edge in self.offsets[node]..<self.offsets[node + 1] {
        if let target = local[self.targets[edge]] {
          targets.append(target)
          weights.append(self.weights[edge])
        }
      }
      offsets.append(targets.count)
    }
    return WeightedGraph(offsets: offsets, targets: targets, weights: weights)
  }
}

/// Louvain modularity optimisation (Blondel et al. 2008) with a resolution parameter: local
/// moves of nodes in a seeded random order, then aggregation of communities, until stable.
package enum Louvain {
  /// Community of every node, numbered 0..<count by first appearance.
  package static func communities(
    of graph: WeightedGraph, resolution: Double, seed: UInt64, maximumLevels: Int = 20
  ) -> [Int] {
    var generator = SeededGenerator(seed: seed)
    var membership = Array(0..<graph.nodeCount)
    var current = graph
    for _ in 0..<maximumLevels {
      let (levelCommunities, moved) = moveNodes(current, resolution: resolution, generator: &generator)
      guard moved else { break }
      let (renumbered, count) = renumber(levelCommunities)
      for node in membership.indices { membership[node] = renumbered[membership[node]] }
      if count == current.nodeCount { break }
      current = aggregate(current, communities: renumbered, count: count)
    }
    return renumber(membership).communities
  }

  private static func moveNodes(
    _ graph: WeightedGraph, resolution: Double, generator: inout SeededGenerator
  ) -> (communities: [Int], moved: Bool) {
    let n = graph.nodeCount
    var strength = Array(repeating: 0.0, count: n)
    var totalWeight = 0.0
    for node in 0..<n {
      for edge in graph.offsets[node]..<graph.offsets[node + 1] {
        strength[node] += Double(graph.weights[edge])
      }
      totalWeight += strength[node]
    }
    guard totalWeight > 0 else { return (Array(0..<n), false) }
    var community = Array(0..<n)
    var communityStrength = strength
    var weightTo = Array(repeating: -1.0, count: n)
    var touched: [Int] = []
    var order = Array(0..<n)
    order.shuffle(using: &generator)
    var movedAny = false
    for _ in 0..<50 {
      var moves = 0
      for node in order {
        let own = community[node]
        touched.removeAll(keepingCapacity: true)
        weightTo[own] = 0
        touched.append(own)
        for edge in graph.offsets[node]..<graph.offsets[node + 1] {
          let target = Int(graph.targets[edge])
          if target == node { continue }
          let other = community[target]
          if weightTo[other] < 0 {
            weightTo[other] = 0
            touched.append(other)
          }
          weightTo[other] += Double(graph.weights[edge])
        }
        communityStrength[own] -= strength[node]
        let scale = resolution * strength[node] / totalWeight
        var best = own
        var bestGain = weightTo[own] - scale * communityStrength[own]
        for candidate in touched {
          let gain = weightTo[candidate] - scale * communityStrength[candidate]
          if gain > bestGain + 1e-12 {
            bestGain = gain
            best = candidate
          }
        }
        communityStrength[best] += strength[node]
        community[node] = best
        if best != own { moves += 1 }
        for candidate in touched { weightTo[candidate] = -1 }
      }
      if moves > 0 { movedAny = true }
      if moves == 0 { break }
    }
    return (community, movedAny)
  }

  package static func renumber(_ labels: [Int]) -> (communities: [Int], count: Int) {
    var mapping = [Int: Int]()
    var result = labels
    for (index, label) in labels.enumerated() {
      if let existing = mapping[label] {
        result[index] = existing
      } else {
        mapping[label] = mapping.count
        result[index] = mapping[label]!
      }
    }
    return (result, mapping.count)
  }

  /// One node per community; an edge's weight is the sum of the weights between the two
  /// communities, and internal weight becomes a self-loop (so node strengths are preserved).
  package static func aggregate(_ graph: WeightedGraph, communities: [Int], count: Int) -> WeightedGraph {
    var members = Array(repeating: [Int](), count: count)
    for (node, community) in communities.enumerated() { members[community].append(node) }
    var offsets = [0]
    var targets: [Int32] = []
    var weights: [Float] = []
    var weightTo = Array(repeating: -1.0, count: count)
    var touched: [Int] = []
    for community in 0..<count {
      touched.removeAll(keepingCapacity: true)
      for node in members[community] {
        for edge in graph.offsets[node]..<graph.offsets[node + 1] {
          let other = communities[Int(graph.targets[edge])]
          if weightTo[other] < 0 {
            weightTo[other] = 0
            touched.append(other)
          }
          weightTo[other] += Double(graph.weights[edge])
        }
      }
      touched.sort()
      for other in touched {
        targets.append(Int32(other))
        weights.append(Float(weightTo[other]))
        weightTo[other] = -1
      }
      offsets.append(targets.count)
    }
    return WeightedGraph(offsets: offsets, targets: targets, weights: weights)
  }
}
