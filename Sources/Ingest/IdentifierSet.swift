/// The response identifiers given so far, to tell a repeated one. Identifiers written as plain
/// decimal integers (« 1 », « 4521 ») are kept as runs of consecutive numbers, so that exports
/// numbered in order take a few bytes whatever their size; any other identifier is kept as it
/// is, and so are all of them once the numbers stop forming few runs.
struct IdentifierSet: Sendable {
  /// Sorted, disjoint and not touching.
  private var runs: [ClosedRange<Int>] = []
  private var others: Set<String> = []
  /// Past this many runs, numbers are kept as text too: inserting into the middle of a long
  /// array of runs would cost more than the set.
  let maximumRuns: Int

  /// Set once the numbers have formed too many runs: from then on everything is kept as text.
  private var keepsRuns = true

  init(maximumRuns: Int = 4096) { self.maximumRuns = maximumRuns }

  func contains(_ id: String) -> Bool {
    if let n = Self.plainInteger(id) {
      let i = firstRun(after: n) ?? runs.count
      if i > 0, runs[i - 1].contains(n) { return true }
    }
    return others.contains(id)
  }

  mutating func insert(_ id: String) {
    guard keepsRuns, let n = Self.plainInteger(id) else {
      others.insert(id)
      return
    }
    if runs.count >= maximumRuns {
      spillRuns()
      others.insert(id)
      return
    }
    // The common case: the next number after the last one.
    if let last = runs.last, n > last.upperBound {
      if n == last.upperBound + 1 {
        runs[runs.count - 1] = last.lowerBound...n
      } else {
        runs.append(n...n)
      }
      return
    }
    let i = firstRun(after: n) ?? runs.count
    if i > 0, runs[i - 1].contains(n) { return }
    let joinsPrevious = i > 0 && runs[i - 1].upperBound + 1 == n
    let joinsNext = i < runs.count && runs[i].lowerBound - 1 == n
    switch (joinsPrevious, joinsNext) {
    case (true, true):
      runs[i - 1] = runs[i - 1].lowerBound...runs[i].upperBound
      runs.remove(at: i)
    case (true, false): runs[i - 1] = runs[i - 1].lowerBound...n
    case (false, true): runs[i] = n...runs[i].upperBound
    case (false, false): runs.insert(n...n, at: i)
    }
  }

  /// The index of the first run starting after `n`, or nil when none does.
  private func firstRun(after n: Int) -> Int? {
    var low = 0
    var high = runs.count
    while low < high {
      let middle = (low + high) / 2
      if runs[middle].lowerBound > n { high = middle } else { low = middle + 1 }
    }
    return low < runs.count ? low : nil
  }

  /// Moves every number into `others`, written as it was read, for good.
  private mutating func spillRuns() {
    for run in runs {
      for n in run { others.insert(String(n)) }
    }
    runs = []
    keepsRuns = false
  }

  /// The value of a plain decimal integer (no sign, no leading zero, at most 18 digits), whose
  /// text is exactly `String(value)`; nil for anything else.
  static func plainInteger(_ text: String) -> Int? {
    let bytes = text.utf8
    guard let first = bytes.first, bytes.count <= 18, first >= 0x30, first <= 0x39,
      first != 0x30 || bytes.count == 1
    else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}
