import Foundation

/// What type inference needs to know about one column, gathered value by value so that an export
/// is read as a stream: the values themselves are not kept, only counts, bounds and a few
/// distinct values. Fed with every value of the column, it gives the same guess as the whole
/// column would.
struct ColumnProfile: Sendable {
  /// Also keeps every distinct value and part, for a mapping that forces a choice type.
  let keepsEveryDistinctValue: Bool

  /// Non-empty values, after trimming.
  private(set) var count = 0
  private(set) var allDates = true
  private(set) var numericCount = 0
  private(set) var allIntegers = true
  private(set) var minimum = Double.infinity
  private(set) var maximum = -Double.infinity
  /// Distinct numbers, kept while they could all be distinct or could number 11 or fewer.
  private var distinctNumbers: Set<Double> = []
  private(set) var numbersAllDistinct = true
  /// Values holding a `;` (multiple answers joined by Forms tools).
  private(set) var joinedCount = 0
  private(set) var partCount = 0
  private(set) var parts: DistinctValues
  private(set) var totalLength = 0
  /// Distinct values other than « N/A », « sans réponse »…
  private(set) var choices = DistinctValues(limit: 30)
  private(set) var values: DistinctValues

  init(keepsEveryDistinctValue: Bool = false) {
    self.keepsEveryDistinctValue = keepsEveryDistinctValue
    parts = DistinctValues(limit: keepsEveryDistinctValue ? .max : 30)
    values = DistinctValues(limit: keepsEveryDistinctValue ? .max : 0)
  }

  var distinctNumberCount: Int { distinctNumbers.count }

  mutating func add(_ raw: String) {
    let value = raw.trimmedFast
    guard !value.isEmpty else { return }
    count += 1
    totalLength += value.utf8.count
    if allDates, TypeInference.date(value) == nil { allDates = false }
    if let n = TypeInference.number(value) {
      numericCount += 1
      if n != n.rounded() { allIntegers = false }
      minimum = min(minimum, n)
      maximum = max(maximum, n)
      if numbersAllDistinct || distinctNumbers.count <= 11 {
        if !distinctNumbers.insert(n).inserted { numbersAllDistinct = false }
      }
    }
    // memchr over the bytes: reading a long answer through `utf8.contains` was a tenth of profiling.
    let hasSemicolon =
      value.utf8.withContiguousStorageIfAvailable { bytes in
        bytes.baseAddress.map { memchr($0, 0x3B, bytes.count) != nil } ?? false
      } ?? value.utf8.contains(0x3B)
    if hasSemicolon {
      joinedCount += 1
      for part in TypeInference.splitMultiple(value) {
        partCount += 1
        parts.add(part)
      }
    } else {
      partCount += 1
      parts.add(value)
    }
    if !choices.overflowed, !TypeInference.isMissing(value) { choices.add(value) }
    if keepsEveryDistinctValue { values.add(value) }
  }
}

/// The distinct values seen, in first-seen order, until there are more than `limit`.
struct DistinctValues: Sendable {
  let limit: Int
  private(set) var ordered: [String] = []
  private var seen: Set<String> = []
  private(set) var overflowed = false

  init(limit: Int) { self.limit = limit }

  /// The values, or nil when there were more than `limit`.
  var list: [String]? { overflowed ? nil : ordered }

  mutating func add(_ value: String) {
    guard !overflowed, seen.insert(value).inserted else { return }
    if ordered.count == limit {
      overflowed = true
      ordered = []
      seen = []
      return
    }
    ordered.append(value)
  }
}

/// What type inference needs about one sub-question column of a LimeSurvey group.
struct SubQuestionProfile: Sendable {
  /// Whether every value, trimmed and lowercased, reads as yes or no.
  private(set) var allYesOrNo = true
  /// Distinct non-empty values as written, for the options of a ranking.
  private(set) var values = DistinctValues(limit: .max)

  mutating func add(_ raw: String) {
    if allYesOrNo {
      let v = raw.trimmedFast.lowercased()
      if !TypeInference.yesValues.contains(v) && !TypeInference.noValues.contains(v) {
        allYesOrNo = false
      }
    }
    if !raw.isEmpty { values.add(raw) }
  }
}
