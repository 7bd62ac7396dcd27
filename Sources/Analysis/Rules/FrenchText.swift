/// Scalar-level helpers shared by the rule-based analysis: case and accent folding, word tokens.
///
/// Everything works on Unicode scalars so that offsets agree with `TextSpan`.
enum FrenchText {
  /// One run of letters or digits in a text.
  struct Token: Sendable, Hashable {
    /// Scalar offsets in the text the token was cut from.
    var start: Int
    var end: Int
    /// Lowercased, accents removed (« Élèves » → « eleves »).
    var key: String
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    let properties = scalar.properties
    // Combining accents (decomposed « é ») continue the word they sit on.
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
    }
    return scalar.properties.isAlphabetic
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase
  }

  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return v == 0x20 || (v >= 0x09 && v <= 0x0D)
    }
    return scalar.properties.isWhitespace
  }

  /// Appends the folded form of `scalar` (lowercase, no diacritics) to `output`.
  static func appendFolded(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
    if scalar.isASCII {
      let v = scalar.value
      if v >= 0x41 && v <= 0x5A {
        output.append(Unicode.Scalar(v + 0x20)!)
      } else {
        output.append(scalar)
      }
      return
    }
    if let folded = foldTable[scalar] {
      output.append(contentsOf: folded.unicodeScalars)
      return
    }
    let lower = scalar.properties.lowercaseMapping
    for lowered in lower.unicodeScalars {
      if let folded = foldTable[lowered] {
        output.append(contentsOf: folded.unicodeScalars)
      } else if lowered.properties.generalCategory != .nonspacingMark {
        output.append(lowered)
      }
    }
  }

  /// Lowercase, accent-free form of a text (« Élèves » → « eleves »).
  static func fold(_ text: some StringProtocol) -> String {
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { appendFolded(scalar, to: &output) }
    return String(output)
  }

  /// A text's folded words joined by single spaces, without its punctuation: two texts with the
  /// same words have the same key (« Très utile ! » and « très utile. » → « tres utile »).
  static func wordsKey(_ text: some StringProtocol) -> String {
    fold(text).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
  }

  /// The runs of letters and digits of `scalars[range]`; apostrophes and hyphens separate
  /// words, so « l'IA » gives « l » and « ia ».
  static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Token] {
    let bounds = range ?? 0..<scalars.count
    var result: [Token] = []
    var key: [UInt8] = []
    var index = bounds.lowerBound
    while index < bounds.upperBound {
      guard isWordScalar(scalars[index]) else {
        index += 1
        continue
      }
      let start = index
      key.removeAll(keepingCapacity: true)
      while index < bounds.upperBound, isWordScalar(scalars[index]) {
        let scalar = scalars[index]
        let value = scalar.value
        if value < 0x80 {
          key.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
        } else {
          var folded = String.UnicodeScalarView()
          appendFolded(scalar, to: &folded)
          key.append(contentsOf: String(folded).utf8)
        }
        index += 1
      }
      result.append(Token(start: start, end: index, key: String(decoding: key, as: UTF8.self)))
    }
    return result
  }

  /// The exact text of `scalars[range]`.
  static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  private static let foldTable: [Unicode.Scalar: String] = {
    let pairs: [(String, String)] = [
      ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
      ("òóôõöÒÓÔÕÖ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, base) in pairs {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    table["œ"] = "oe"
    table["Œ"] = "oe"
    table["æ"] = "ae"
    table["Æ"] = "ae"
    return table
  }()
}
