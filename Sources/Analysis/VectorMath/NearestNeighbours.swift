/// The k most similar other rows of every row, most similar first.
public struct NeighbourLists: Sendable, Hashable {
  public let rowCount: Int
  public let k: Int
  /// `rowCount × k`; -1 where a row has fewer than k others.
  public var indices: [Int32]
  public var similarities: [Float]

  public func neighbours(of row: Int) -> ArraySlice<Int32> { indices[row * k..<(row + 1) * k] }
}

public enum NearestNeighbours {
  /// Exact search by blocked scans: O(n²·d) time, O(n·k) memory. Fine to ~20k rows.
  public static func exact(_ matrix: EmbeddingMatrix, k requestedK: Int) -> NeighbourLists {
    let allRows = Array(0..<matrix.rowCount)
    let k = min(requestedK, max(matrix.rowCount - 1, 0))
    var result = NeighbourLists(
      rowCount: matrix.rowCount, k: k, indices: Array(repeating: -1, count: matrix.rowCount * k),
      similarities: Array(repeating: -.infinity, count: matrix.rowCount * k))
    search(matrix, queries: allRows, candidates: allRows, into: &result)
    return result
  }

  /// Approximate search by inverted lists: rows are partitioned by spherical k-means (about
  /// `listSize` rows per list), and the rows of a list are compared exactly with the rows of the
  /// `probes` lists whose centroids are nearest to its own. O(n·probes·listSize·d).
  public static func approximate(
    _ matrix: EmbeddingMatrix, k requestedK: Int, listSize: Int = 1024, probes: Int = 6, seed: UInt64 = 1
  ) -> NeighbourLists {
    let n = matrix.rowCount
    let k = min(requestedK, max(n - 1, 0))
    let listCount = max(1, n / listSize)
    var result = NeighbourLists(
      rowCount: n, k: k, indices: Array(repeating: -1, count: n * k),
      similarities: Array(repeating: -.infinity, count: n * k))
    guard listCount > 1 else {
      let allRows = Array(0..<n)
      search(matrix, queries: allRows, candidates: allRows, into: &result)
      return result
    }
    let quantiser = SphericalKMeans.fit(
      matrix, clusterCount: listCount, iterations: 8, sampleSize: min(n, listCount * 48), seed: seed)
    var lists = Array(repeating: [Int](), count: listCount)
    for (row, list) in quantiser.assignments.enumerated() { lists[list].append(row) }
    let centroids = quantiser.centroids
    for list in 0..<listCount where !lists[list].isEmpty {
      var nearestLists: [(similarity: Float, list: Int)] = []
      for other in 0..<listCount where !lists[other].isEmpty {
        nearestLists.append((centroids.similarity(list, other), other))
      }
      nearestLists.sort {
        $0.similarity > $1.similarity || ($0.similarity == $1.similarity && $0.list < $1.list)
      }
      var candidates: [Int] = []
      for entry in nearestLists.prefix(probes) { candidates.append(contentsOf: lists[entry.list]) }
      search(matrix, queries: lists[list], candidates: candidates, into: &result)
    }
    return result
  }

  /// Exact top-k of `queries` among `candidates` (self excluded), merged into `result`.
  static func search(
    _ matrix: EmbeddingMatrix, queries: [Int], candidates: [Int], into result: inout NeighbourLists
  ) {
    let k = result.k
    guard k > 0 else { return }
    let dimension = matrix.dimension
    let queryBlock = 32
    let candidateBlock = 256
    matrix.storage.withUnsafeBufferPointer { vectors in
      let base = vectors.baseAddress!
      result.indices.withUnsafeMutableBufferPointer { indices in
        result.similarities.withUnsafeMutableBufferPointer { similarities in
          var queryStart = 0
          while queryStart < queries.count {
            let queryEnd = min(queryStart + queryBlock, queries.count)
            var candidateStart = 0
            while candidateStart < candidates.count {
              let candidateEnd = min(candidateStart + candidateBlock, candidates.count)
              for queryPosition in queryStart..<queryEnd {
                let query = queries[queryPosition]
                let queryVector = base + query * dimension
                let top = query * k
                for candidatePosition in candidateStart..<candidateEnd {
                  let candidate = candidates[candidatePosition]
                  if candidate == query { continue }
                  let similarity = VectorMath.dot(queryVector, base + candidate * dimension, count: dimension)
                  if similarity <= similarities[top + k - 1] { continue }
                  // Insertion into the sorted top-k, skipping a candidate already present.
                  var slot = k - 1
                  var duplicate = false
                  for position in 0..<k where indices[top + position] == Int32(candidate) {
                    duplicate = true
                    break
                  }
                  if duplicate { continue }
                  while slot > 0 && similarities[top + slot - 1] < similarity {
                    similarities[top + slot] = similarities[top + slot - 1]
                    indices[top + slot] = indices[top + slot - 1]
                    slot -= 1
                  }
                  similarities[top + slot] = similarity
                  indices[top + slot] = Int32(candidate)
                }
              }
              candidateStart = candidateEnd
            }
            queryStart = queryEnd
          }
        }
      }
    }
  }
}
