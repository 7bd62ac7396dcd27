/// n vectors of one dimension, stored contiguously row-major, each row L2-normalised, so that a dot
/// product is a cosine similarity. One copy only: at 1 million × 384 it already weighs 1.5 GB.
public struct EmbeddingMatrix: Sendable, Hashable {
  public let rowCount: Int
  public let dimension: Int
  /// Row-major, `rowCount × dimension`.
  public private(set) var storage: [Float]

  /// Takes ownership of `storage` and normalises its rows in place; zero rows stay zero. Pass it
  /// with `consume` to keep a single copy of large matrices.
  public init(normalising storage: consuming [Float], dimension: Int) throws(VectorMathError) {
    guard dimension > 0 else { throw .invalidDimension(dimension) }
    guard storage.count % dimension == 0 else {
      throw .storageNotMultipleOfDimension(count: storage.count, dimension: dimension)
    }
    self.dimension = dimension
    self.rowCount = storage.count / dimension
    self.storage = consume storage
    try normaliseRows()
  }

  public init(normalisingRows rows: [[Float]]) throws(VectorMathError) {
    guard let dimension = rows.first?.count else { throw .empty }
    var storage: [Float] = []
    storage.reserveCapacity(rows.count * dimension)
    for (index, row) in rows.enumerated() {
      guard row.count == dimension else {
        throw .rowDimensionMismatch(row: index, expected: dimension, found: row.count)
      }
      storage.append(contentsOf: row)
    }
    try self.init(normalising: consume storage, dimension: dimension)
  }

  /// Rows already normalised (internal: subsets and reductions of a checked matrix).
  init(normalisedStorage: [Float], dimension: Int) {
    self.dimension = dimension
    self.rowCount = dimension == 0 ? 0 : normalisedStorage.count / dimension
    self.storage = normalisedStorage
  }

  private mutating func normaliseRows() throws(VectorMathError) {
    let dimension = self.dimension
    var badRow: Int?
    storage.withUnsafeMutableBufferPointer { buffer in
      for row in 0..<rowCount {
        let start = buffer.baseAddress! + row * dimension
        let squaredNorm = VectorMath.dot(start, start, count: dimension)
        guard squaredNorm.isFinite else {
          badRow = row
          return
        }
        guard squaredNorm > 0 else { continue }
        let scale = 1 / squaredNorm.squareRoot()
        for index in 0..<dimension { start[index] *= scale }
      }
    }
    if let badRow { throw .nonFiniteValue(row: badRow) }
  }

  public func row(_ index: Int) -> ArraySlice<Float> {
    storage[index * dimension..<(index + 1) * dimension]
  }

  /// Cosine similarity of two rows.
  public func similarity(_ first: Int, _ second: Int) -> Float {
    storage.withUnsafeBufferPointer { buffer in
      VectorMath.dot(
        buffer.baseAddress! + first * dimension, buffer.baseAddress! + second * dimension,
        count: dimension)
    }
  }

  /// The rows at `indices`, in that order.
  public func rows(at indices: [Int]) -> EmbeddingMatrix {
    var subset: [Float] = []
    subset.reserveCapacity(indices.count * dimension)
    for index in indices { subset.append(contentsOf: row(index)) }
    return EmbeddingMatrix(normalisedStorage: subset, dimension: dimension)
  }
}

public enum VectorMathError: Error, Sendable, Hashable, CustomStringConvertible {
  case empty
  case invalidDimension(Int)
  case storageNotMultipleOfDimension(count: Int, dimension: Int)
  case rowDimensionMismatch(row: Int, expected: Int, found: Int)
  case nonFiniteValue(row: Int)

  public var description: String {
    switch self {
    case .empty:
      return "Aucun vecteur à regrouper."
    case .invalidDimension(let dimension):
      return "Dimension de plongement invalide : \(dimension)."
    case .storageNotMultipleOfDimension(let count, let dimension):
      return "\(count) valeurs ne forment pas des vecteurs de dimension \(dimension)."
    case .rowDimensionMismatch(let row, let expected, let found):
      return "Le vecteur \(row + 1) a \(found) composantes au lieu de \(expected)."
    case .nonFiniteValue(let row):
      return "Le vecteur \(row + 1) contient une valeur non finie (NaN ou infini)."
    }
  }
}
