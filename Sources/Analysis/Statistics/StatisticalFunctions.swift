import Foundation

/// Small statistical functions, written here to avoid a dependency.
public enum StatisticalFunctions {
  /// The 97.5th percentile of the standard normal distribution.
  public static let z95 = 1.959963984540054

  /// Wilson score interval for `successes` out of `trials` (nil when there are no trials).
  public static func wilsonInterval(successes: Int, trials: Int, z: Double = z95) -> (
    lower: Double, upper: Double
  )? {
    guard trials > 0, (0...trials).contains(successes) else { return nil }
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let center = (p + z2 / (2 * n)) / denominator
    let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
    return (max(0, center - half), min(1, center + half))
  }

  /// Regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a).
  public static func regularizedUpperGamma(_ a: Double, _ x: Double) -> Double {
    precondition(a > 0, "Q(a, x) needs a > 0")
    if x <= 0 { return 1 }
    if x < a + 1 { return 1 - lowerSeries(a, x) }
    return upperContinuedFraction(a, x)
  }

  /// P(a, x) by its power series (converges fast for x < a + 1).
  static func lowerSeries(_ a: Double, _ x: Double) -> Double {
    var term = 1 / a
    var sum = term
    var ap = a
    for _ in 0..<10_000 {
      ap += 1
      term *= x / ap
      sum += term
      if abs(term) < abs(sum) * 1e-15 { break }
    }
    return sum * exp(-x + a * log(x) - lgamma(a))
  }

  /// Q(a, x) by Lentz's continued fraction (converges fast for x ≥ a + 1).
  static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<10_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return exp(-x + a * log(x) - lgamma(a)) * h
  }

  /// Upper tail probability of the chi-square distribution.
  public static func chiSquarePValue(_ statistic: Double, degreesOfFreedom: Int) -> Double {
    regularizedUpperGamma(Double(degreesOfFreedom) / 2, statistic / 2)
  }

  /// Pearson's chi-square test of independence on a table of counts; rows or columns that are all
  /// zero are left out. Nil when fewer than two rows or columns remain.
  public static func chiSquareTest(_ table: [[Int]]) -> (
    statistic: Double, degreesOfFreedom: Int, pValue: Double
  )? {
    let rows = table.filter { $0.reduce(0, +) > 0 }
    guard let width = rows.first?.count else { return nil }
    let keptColumns = (0..<width).filter { c in rows.reduce(0) { $0 + $1[c] } > 0 }
    let kept = rows.map { row in keptColumns.map { row[$0] } }
    guard kept.count >= 2, keptColumns.count >= 2 else { return nil }
    let rowTotals = kept.map { Double($0.reduce(0, +)) }
    let columnTotals = keptColumns.indices.map { c in Double(kept.reduce(0) { $0 + $1[c] }) }
    let total = rowTotals.reduce(0, +)
    var statistic = 0.0
    for (r, row) in kept.enumerated() {
      for (c, observed) in row.enumerated() {
        let expected = rowTotals[r] * columnTotals[c] / total
        statistic += (Double(observed) - expected) * (Double(observed) - expected) / expected
      }
    }
    let df = (kept.count - 1) * (keptColumns.count - 1)
    return (statistic, df, chiSquarePValue(statistic, degreesOfFreedom: df))
  }

  public static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
  }
}
