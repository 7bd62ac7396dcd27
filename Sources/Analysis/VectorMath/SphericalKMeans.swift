/// k-means on the unit sphere (cosine similarity), seeded k-means++ on a sample, Lloyd iterations.
public struct SphericalKMeans: Sendable {
  public var centroids: EmbeddingMatrix
  public var assignments: [Int]

  /// Fits on up to `sampleSize` rows, then assigns every row to its most similar centroid.
  public static func fit(
    _ matrix: EmbeddingMatrix, clusterCount: Int, iterations: Int = 20, sampleSize: Int? = nil,
    seed: UInt64
  ) -> SphericalKMeans {
    var generator = SeededGenerator(seed: seed)
    let n = matrix.rowCount
    let k = max(1, min(clusterCount, n))
    let sample: [Int]
    if let sampleSize, sampleSize < n {
      var all = Array(0..<n)
      for position in 0..<sampleSize {
        all.swapAt(position, Int.random(in: position..<n, using: &generator))
      }
      sample = Array(all.prefix(sampleSize)).sorted()
    } else {
      sample = Array(0..<n)
    }
    var centroids = seedCentroids(matrix, sample: sample, count: k, generator: &generator)
    var sampleAssignments = Array(repeating: 0, count: sample.count)
    for _ in 0..<iterations {
      let changed = assign(matrix, rows: sample, centroids: centroids, into: &sampleAssignments)
      centroids = recompute(
        matrix, rows: sample, assignments: sampleAssignments, previous: centroids, count: k)
      if !changed { break }
    }
    var assignments = Array(repeating: 0, count: n)
    _ = assign(matrix, rows: Array(0..<n), centroids: centroids, into: &assignments)
    return SphericalKMeans(centroids: centroids, assignments: assignments)
  }

  /// k-means++: each new centroid drawn with probability proportional to its distance 1 − cos.
  private static func seedCentroids(
    _ matrix: EmbeddingMatrix, sample: [Int], count: Int, generator: inout SeededGenerator
  ) -> EmbeddingMatrix {
    var chosen = [sample[Int.random(in: 0..<sample.count, using: &generator)]]
    var distance = sample.map { Double(max(0, 1 - matrix.similarity($0, chosen[0]))) }
    while chosen.count < count {
      let total = distance.reduce(0, +)
      var next = sample[Int.random(in: 0..<sample.count, using: &generator)]
      if total > 0 {
        var target = Double.random(in: 0..<total, using: &generator)
        for (position, weight) in distance.enumerated() {
          target -= weight
          if target < 0 {
            next = sample[position]
            break
          }
        }
      }
      chosen.append(next)
      for (position, row) in sample.enumerated() {
        distance[position] = min(distance[position], Double(max(0, 1 - matrix.similarity(row, next))))
      }
    }
    return matrix.rows(at: chosen)
  }

  /// Returns whether any assignment changed.
  private static func assign(
    _ matrix: EmbeddingMatrix, rows: [Int], centroids: EmbeddingMatrix, into assignments: inout [Int]
  ) -> Bool {
    let dimension = matrix.dimension
    var changed = false
    matrix.storage.withUnsafeBufferPointer { vectors in
      centroids.storage.withUnsafeBufferPointer { centres in
        for (position, row) in rows.enumerated() {
          let vector = vectors.baseAddress! + row * dimension
          var best = 0
          var bestSimilarity = -Float.infinity
          for centre in 0..<centroids.rowCount {
            let similarity = VectorMath.dot(
              vector, centres.baseAddress! + centre * dimension, count: dimension)
            if similarity > bestSimilarity {
              bestSimilarity = similarity
              best = centre
            }
          }
          if assignments[position] != best { changed = true }
          assignments[position] = best
        }
      }
    }
    return changed
  }

  private static func recompute(
    _ matrix: EmbeddingMatrix, rows: [Int], assignments: [Int], previous: EmbeddingMatrix, count: Int
  ) -> EmbeddingMatrix {
    let dimension = matrix.dimension
    var sums = Array(repeating: Float(0), count: count * dimension)
    var sizes = Array(repeating: 0, count: count)
    matrix.storage.withUnsafeBufferPointer { vectors in
      sums.withUnsafeMutableBufferPointer { sums in
        for (position, row) in rows.enumerated() {
          let centre = assignments[position]
          sizes[centre] += 1
          VectorMath.addScaled(
            sums.baseAddress! + centre * dimension, vectors.baseAddress! + row * dimension, scale: 1,
            count: dimension)
        }
      }
    }
    var storage: [Float] = []
    storage.reserveCapacity(count * dimension)
    for centre in 0..<count {
      var centroid = Array(sums[centre * dimension..<(centre + 1) * dimension])
      // An emptied cluster keeps its previous centroid rather than vanishing.
      if sizes[centre] == 0 || !VectorMath.normalise(&centroid) {
        centroid = Array(previous.row(centre))
      }
      storage.append(contentsOf: centroid)
    }
    return EmbeddingMatrix(normalisedStorage: storage, dimension: dimension)
  }
}
