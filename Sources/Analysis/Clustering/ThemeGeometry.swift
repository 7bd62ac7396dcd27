/// What the synthesis stage needs of a theme's vectors: its centre, its most typical members and
/// a diverse sample of them.
public enum ThemeGeometry {
  /// Normalised mean of the member rows (zero vector when the members cancel out or are none).
  public static func centroid(of members: [Int], in vectors: EmbeddingMatrix) -> [Float] {
    var sum = Array(repeating: Float(0), count: vectors.dimension)
    vectors.storage.withUnsafeBufferPointer { rows in
      sum.withUnsafeMutableBufferPointer { sum in
        for member in members {
          VectorMath.addScaled(
            sum.baseAddress!, rows.baseAddress! + member * vectors.dimension, scale: 1,
            count: vectors.dimension)
        }
      }
    }
    VectorMath.normalise(&sum)
    return sum
  }

  /// The `count` members most similar to the centroid, most central first (ties by index).
  public static func mostCentral(_ count: Int, of members: [Int], in vectors: EmbeddingMatrix) -> [Int] {
    let centre = centroid(of: members, in: vectors)
    let scored = members.map { (member: $0, similarity: similarity(centre, $0, vectors)) }
    return scored.sorted {
      $0.similarity > $1.similarity || ($0.similarity == $1.similarity && $0.member < $1.member)
    }.prefix(count).map(\.member)
  }

  /// Maximal marginal relevance: starting from the most central member, repeatedly adds the
  /// member maximising λ·similarity(centroid) − (1 − λ)·max similarity(already chosen), so the
  /// sample covers the theme instead of repeating its centre.
  public static func diverseSample(
    _ count: Int, of members: [Int], in vectors: EmbeddingMatrix, relevanceWeight lambda: Float = 0.5
  ) -> [Int] {
    guard count > 0, !members.isEmpty else { return [] }
    let centre = centroid(of: members, in: vectors)
    let relevance = members.map { similarity(centre, $0, vectors) }
    var redundancy = Array(repeating: -Float.infinity, count: members.count)
    var chosen: [Int] = []
    var available = Array(repeating: true, count: members.count)
    while chosen.count < min(count, members.count) {
      var best = -1
      var bestScore = -Float.infinity
      for position in members.indices where available[position] {
        let penalty = chosen.isEmpty ? 0 : redundancy[position]
        let score = lambda * relevance[position] - (1 - lambda) * penalty
        if score > bestScore {
          bestScore = score
          best = position
        }
      }
      available[best] = false
      chosen.append(members[best])
      for position in members.indices where available[position] {
        redundancy[position] = max(redundancy[position], vectors.similarity(members[position], members[best]))
      }
    }
    return chosen
  }

  private static func similarity(_ centre: [Float], _ row: Int, _ vectors: EmbeddingMatrix) -> Float {
    centre.withUnsafeBufferPointer { centre in
      vectors.storage.withUnsafeBufferPointer { rows in
        VectorMath.dot(
          centre.baseAddress!, rows.baseAddress! + row * vectors.dimension, count: vectors.dimension)
      }
    }
  }
}
