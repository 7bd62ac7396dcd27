import Foundation

/// SIMD kernels (no Accelerate on Linux): dot products and blocked similarity scans.
public enum VectorMath {
  @inline(__always)
  public static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
    var accumulator0 = SIMD16<Float>()
    var accumulator1 = SIMD16<Float>()
    var index = 0
    let rawA = UnsafeRawPointer(a)
    let rawB = UnsafeRawPointer(b)
    let stride = MemoryLayout<Float>.stride
    while index + 32 <= count {
      accumulator0 +=
        rawA.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
        * rawB.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
      accumulator1 +=
        rawA.loadUnaligned(fromByteOffset: (index + 16) * stride, as: SIMD16<Float>.self)
        * rawB.loadUnaligned(fromByteOffset: (index + 16) * stride, as: SIMD16<Float>.self)
      index += 32
    }
    while index + 16 <= count {
      accumulator0 +=
        rawA.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
        * rawB.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
      index += 16
    }
    var sum = (accumulator0 + accumulator1).sum()
    while index < count {
      sum += a[index] * b[index]
      index += 1
    }
    return sum
  }

  /// `a += scale * b`.
  @inline(__always)
  public static func addScaled(
    _ a: UnsafeMutablePointer<Float>, _ b: UnsafePointer<Float>, scale: Float, count: Int
  ) {
    for index in 0..<count { a[index] += scale * b[index] }
  }

  /// Normalises `vector` in place; returns false when it is zero.
  @discardableResult
  public static func normalise(_ vector: inout [Float]) -> Bool {
    let squaredNorm = vector.withUnsafeBufferPointer {
      dot($0.baseAddress!, $0.baseAddress!, count: $0.count)
    }
    guard squaredNorm > 0 else { return false }
    let scale = 1 / squaredNorm.squareRoot()
    for index in vector.indices { vector[index] *= scale }
    return true
  }
}

/// A small deterministic generator (SplitMix64): same seed, same sequence, on every platform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// A standard normal draw (Box–Muller).
  public mutating func nextGaussian() -> Double {
    let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
    let u2 = Double.random(in: 0..<1, using: &self)
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }
}
