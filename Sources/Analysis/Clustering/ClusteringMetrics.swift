import Foundation

/// Agreement between two labellings of the same items: adjusted mutual information (AMI, with
/// the expected mutual information under the hypergeometric model), normalised mutual
/// information (NMI) and adjusted Rand index (ARI). Arithmetic-mean normalisation, natural
/// logarithms: the conventions of scikit-learn's defaults, against which the tests check.
public enum ClusteringMetrics {
  public struct Scores: Sendable, Hashable, Codable {
    public var adjustedMutualInformation: Double
    public var normalisedMutualInformation: Double
    public var adjustedRandIndex: Double
  }

  public static func scores<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> Scores {
    let table = Contingency(truth, predicted)
    return Scores(
      adjustedMutualInformation: table.adjustedMutualInformation,
      normalisedMutualInformation: table.normalisedMutualInformation,
      adjustedRandIndex: table.adjustedRandIndex)
  }

  public static func adjustedMutualInformation<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B])
    -> Double
  {
    Contingency(truth, predicted).adjustedMutualInformation
  }

  public static func normalisedMutualInformation<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B])
    -> Double
  {
    Contingency(truth, predicted).normalisedMutualInformation
  }

  public static func adjustedRandIndex<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> Double {
    Contingency(truth, predicted).adjustedRandIndex
  }

  /// Labels for scoring a theme clustering: « autres » counts as one more cluster (-1), as
  /// BERTopic's outlier topic does in the usual evaluations.
  public static func flatLabels(_ clustering: ThemeClustering) -> [Int] { clustering.labels.map { $0 ?? -1 } }

  struct Contingency {
    let total: Int
    /// Non-zero cells.
    let cells: [Int]
    let rowSums: [Int]
    let columnSums: [Int]

    init<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) {
      precondition(truth.count == predicted.count, "labellings of different lengths")
      var rowIndex = [A: Int]()
      var columnIndex = [B: Int]()
      var cellCounts = [Int: Int]()
      var rowSums: [Int] = []
      var columnSums: [Int] = []
      for (a, b) in zip(truth, predicted) {
        let row =
          rowIndex[a]
          ?? {
            rowIndex[a] = rowSums.count
            rowSums.append(0)
            return rowSums.count - 1
          }()
        let column =
          columnIndex[b]
          ?? {
            columnIndex[b] = columnSums.count
            columnSums.append(0)
            return columnSums.count - 1
          }()
        rowSums[row] += 1
        columnSums[column] += 1
        cellCounts[row &* 1_000_003 &+ column, default: 0] += 1
      }
      self.total = truth.count
      self.cells = Array(cellCounts.values)
      self.rowSums = rowSums
      self.columnSums = columnSums
    }

    static func entropy(_ sums: [Int], total: Int) -> Double {
      guard total > 0 else { return 0 }
      let n = Double(total)
      return -sums.reduce(0.0) { partial, count in
        count == 0 ? partial : partial + Double(count) / n * log(Double(count) / n)
      }
    }

    var mutualInformation: Double {
      let n = Double(total)
      var mi = 0.0
      // Σ n_ij/N log(N n_ij / (a_i b_j)) rewritten with the entropies: MI = H(U) + H(V) − H(U,V).
      let joint = -cells.reduce(0.0) { $0 + Double($1) / n * log(Double($1) / n) }
      mi = Self.entropy(rowSums, total: total) + Self.entropy(columnSums, total: total) - joint
      return max(mi, 0)
    }

    /// E[MI] under random labellings with the same cluster sizes (Vinh, Epps & Bailey 2010).
    var expectedMutualInformation: Double {
      let n = total
      let logFactorial: (Int) -> Double = { lgamma(Double($0) + 1) }
      let logN = log(Double(n))
      var expected = 0.0
      for a in rowSums {
        for b in columnSums {
          let lower = max(1, a + b - n)
          let upper = min(a, b)
          guard lower <= upper else { continue }
          let fixed =
            logFactorial(a) + logFactorial(b) + logFactorial(n - a) + logFactorial(n - b) - logFactorial(n)
          for nij in lower...upper {
            let term = Double(nij) / Double(n) * (logN + log(Double(nij)) - log(Double(a)) - log(Double(b)))
            let logProbability =
              fixed - logFactorial(nij) - logFactorial(a - nij) - logFactorial(b - nij)
              - logFactorial(n - a - b + nij)
            expected += term * exp(logProbability)
          }
        }
      }
      return expected
    }

    var adjustedMutualInformation: Double {
      // Both labellings trivial (one cluster each, or one item per cluster each): identical.
      if (rowSums.count == columnSums.count && (rowSums.count == 1 || rowSums.count == total)) || total == 0 {
        return 1
      }
      let mi = mutualInformation
      let expected = expectedMutualInformation
      let normaliser = (Self.entropy(rowSums, total: total) + Self.entropy(columnSums, total: total)) / 2
      var denominator = normaliser - expected
      let epsilon = Double.ulpOfOne
      denominator = denominator < 0 ? min(denominator, -epsilon) : max(denominator, epsilon)
      return (mi - expected) / denominator
    }

    var normalisedMutualInformation: Double {
      if (rowSums.count == columnSums.count && (rowSums.count == 1 || rowSums.count == total)) || total == 0 {
        return 1
      }
      let normaliser = (Self.entropy(rowSums, total: total) + Self.entropy(columnSums, total: total)) / 2
      return mutualInformation / max(normaliser, Double.ulpOfOne)
    }

    var adjustedRandIndex: Double {
      func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
      let sumCells = cells.reduce(0.0) { $0 + pairs($1) }
      let sumRows = rowSums.reduce(0.0) { $0 + pairs($1) }
      let sumColumns = columnSums.reduce(0.0) { $0 + pairs($1) }
      let totalPairs = pairs(total)
      guard totalPairs > 0 else { return 1 }
      let expected = sumRows * sumColumns / totalPairs
      let maximum = (sumRows + sumColumns) / 2
      // Special case as in scikit-learn: both labellings one cluster, or all singletons.
      if maximum == expected { return 1 }
      return (sumCells - expected) / (maximum - expected)
    }
  }
}
