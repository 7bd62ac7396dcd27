import Foundation

/// Principal component analysis: covariance on a sample of rows, eigenvectors by cyclic Jacobi
/// (d ≤ a few hundred, so the d×d problem is cheap), projection of every row. O(n·d·m) time.
public struct PrincipalComponents: Sendable {
  public let mean: [Float]
  /// `componentCount × dimension`, row-major, strongest first.
  public let components: [Float]
  public let componentCount: Int
  public let dimension: Int
  public let explainedVariance: [Double]

  public static func fit(
    _ matrix: EmbeddingMatrix, componentCount requested: Int, sampleSize: Int = 50_000, seed: UInt64
  ) -> PrincipalComponents {
    let dimension = matrix.dimension
    let componentCount = min(requested, dimension)
    var generator = SeededGenerator(seed: seed)
    let rows: [Int] =
      matrix.rowCount <= sampleSize
      ? Array(0..<matrix.rowCount)
      : (0..<sampleSize).map { _ in Int.random(in: 0..<matrix.rowCount, using: &generator) }
    var mean = Array(repeating: 0.0, count: dimension)
    for row in rows {
      for (index, value) in matrix.row(row).enumerated() { mean[index] += Double(value) }
    }
    for index in 0..<dimension { mean[index] /= Double(max(rows.count, 1)) }
    var covariance = Array(repeating: 0.0, count: dimension * dimension)
    var centred = Array(repeating: 0.0, count: dimension)
    for row in rows {
      for (index, value) in matrix.row(row).enumerated() { centred[index] = Double(value) - mean[index] }
      for i in 0..<dimension {
        let scaled = centred[i]
        for j in i..<dimension { covariance[i * dimension + j] += scaled * centred[j] }
      }
    }
    for i in 0..<dimension {
      for j in i..<dimension {
        covariance[i * dimension + j] /= Double(max(rows.count - 1, 1))
        covariance[j * dimension + i] = covariance[i * dimension + j]
      }
    }
    let (values, vectors) = symmetricEigen(covariance, dimension: dimension)
    let order = (0..<dimension).sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    var components: [Float] = []
    components.reserveCapacity(componentCount * dimension)
    for component in order.prefix(componentCount) {
      // Eigenvector `component` is column `component` of `vectors`; fix its sign for determinism.
      var column = (0..<dimension).map { vectors[$0 * dimension + component] }
      if let largest = column.indices.max(by: { abs(column[$0]) < abs(column[$1]) }), column[largest] < 0 {
        column = column.map { -$0 }
      }
      components.append(contentsOf: column.map(Float.init))
    }
    return PrincipalComponents(
      mean: mean.map(Float.init), components: components, componentCount: componentCount,
      dimension: dimension, explainedVariance: order.prefix(componentCount).map { values[$0] })
  }

  /// Projects every row on the components and renormalises, so cosine similarity still applies.
  public func project(_ matrix: EmbeddingMatrix) -> EmbeddingMatrix {
    var projected = Array(repeating: Float(0), count: matrix.rowCount * componentCount)
    var centred = Array(repeating: Float(0), count: dimension)
    matrix.storage.withUnsafeBufferPointer { vectors in
      components.withUnsafeBufferPointer { components in
        centred.withUnsafeMutableBufferPointer { centred in
          for row in 0..<matrix.rowCount {
            let vector = vectors.baseAddress! + row * dimension
            for index in 0..<dimension { centred[index] = vector[index] - mean[index] }
            for component in 0..<componentCount {
              projected[row * componentCount + component] = VectorMath.dot(
                centred.baseAddress!, components.baseAddress! + component * dimension, count: dimension)
            }
          }
        }
      }
    }
    for row in 0..<matrix.rowCount {
      var squaredNorm: Float = 0
      for component in 0..<componentCount {
        squaredNorm +=
          projected[row * componentCount + component] * projected[row * componentCount + component]
      }
      guard squaredNorm > 0 else { continue }
      let scale = 1 / squaredNorm.squareRoot()
      for component in 0..<componentCount { projected[row * componentCount + component] *= scale }
    }
    return EmbeddingMatrix(normalisedStorage: projected, dimension: componentCount)
  }

  /// Cyclic Jacobi rotations on a symmetric matrix: eigenvalues and eigenvectors (columns).
  static func symmetricEigen(_ input: [Double], dimension n: Int) -> (values: [Double], vectors: [Double]) {
    var a = input
    var v = Array(repeating: 0.0, count: n * n)
    for i in 0..<n { v[i * n + i] = 1 }
    for _ in 0..<30 {
      var offDiagonal = 0.0
      for i in 0..<n {
        for j in (i + 1)..<max(i + 1, n) { offDiagonal += a[i * n + j] * a[i * n + j] }
      }
      if offDiagonal < 1e-22 { break }
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) {
          let apq = a[p * n + q]
          if abs(apq) < 1e-300 { continue }
          let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
          let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for k in 0..<n {
            let akp = a[k * n + p]
            let akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
          }
          for k in 0..<n {
            let apk = a[p * n + k]
            let aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
          }
          for k in 0..<n {
            let vkp = v[k * n + p]
            let vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
          }
        }
      }
    }
    return ((0..<n).map { a[$0 * n + $0] }, v)
  }
}
