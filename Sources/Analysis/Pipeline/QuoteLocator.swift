import ObservatoireCore

/// Finds a model's « verbatim » quote in the answer: exactly, or after folding case, runs of
/// white space and the many forms of quotes and apostrophes that models rewrite.
public struct QuoteLocator: Sendable {
  private let scalars: [Unicode.Scalar]
  /// Folded text and, for each of its scalars, the offset of the original scalar it came from.
  private let folded: [Unicode.Scalar]
  private let origin: [Int]

  public init(answer: String) {
    scalars = Array(answer.unicodeScalars)
    var folded: [Unicode.Scalar] = []
    var origin: [Int] = []
    for (offset, scalar) in scalars.enumerated() {
      for f in Self.fold(scalar) {
        if f == " ", folded.last == " " || folded.isEmpty { continue }
        folded.append(f)
        origin.append(offset)
      }
    }
    self.folded = folded
    self.origin = origin
  }

  /// The span of `quote` in the answer, or nil when it is not there.
  public func locate(_ quote: String) -> TextSpan? {
    var needle: [Unicode.Scalar] = []
    for scalar in quote.unicodeScalars {
      for f in Self.fold(scalar) {
        if f == " ", needle.last == " " || needle.isEmpty { continue }
        needle.append(f)
      }
    }
    // Models often wrap the quote in quotes or end it with punctuation the answer lacks there.
    let edge: Set<Unicode.Scalar> = [" ", "\"", "'", ".", ",", ";", ":", "!", "?", "…"]
    while let last = needle.last, edge.contains(last) { needle.removeLast() }
    while let first = needle.first, edge.contains(first) { needle.removeFirst() }
    guard needle.count >= 3, needle.count <= folded.count else { return nil }
    guard let start = Self.firstIndex(of: needle, in: folded) else { return nil }
    let end = start + needle.count - 1
    return TextSpan(start: origin[start], end: origin[end] + 1)
  }

  private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
    let first = needle[0]
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    switch scalar {
    case "’", "‘", "`", "´", "ʼ", "′": return ["'"]
    case "«", "»", "“", "”", "„", "″": return ["\""]
    case "‹": return ["<"]
    case "›": return [">"]
    case "–", "—", "‑": return ["-"]
    case "\u{00A0}", "\u{202F}", "\u{2009}", "\t", "\n", "\r": return [" "]
    default:
      if scalar.properties.isWhitespace { return [" "] }
      return Array(String(scalar).lowercased().unicodeScalars)
    }
  }
}
