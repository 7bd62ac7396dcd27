import Foundation

/// Regular-expression detectors with checksum validation where the identifier has one.
enum PatternDetectors {
  /// Priority when detections overlap: the most specific formats first.
  static let order: [PersonalDataKind] = [.email, .url, .iban, .nir, .uai, .telephone, .adresse, .personne]

  /// What every pattern needs before it can match, found in one pass over the text: most answers
  /// hold no `@`, no web address and too few digits, and skip the regular expressions entirely.
  struct Prerequisites {
    var digits = 0
    var hasAt = false
    var mayHoldURL = false
    /// Two upper-case ASCII letters directly followed by two digits, as an IBAN starts.
    var mayHoldIBAN = false

    init(_ text: String) {
      var previousWasDot = false
      var wLetters = 0
      var colonSlashes = -1  // « / » seen right after a « : », -1 when the last scalar was neither
      var upperRun = 0
      var digitsAfterUpper = 0
      func sawDigit() {
        digits += 1
        if upperRun >= 2 || digitsAfterUpper > 0 {
          digitsAfterUpper += 1
          if digitsAfterUpper >= 2 { mayHoldIBAN = true }
        }
        upperRun = 0
      }
      for scalar in text.unicodeScalars {
        if scalar.isASCII {
          let value = scalar.value
          let isDigit = value >= 0x30 && value <= 0x39
          let isUpper = value >= 0x41 && value <= 0x5A
          if isDigit {
            sawDigit()
          } else if isUpper {
            upperRun += 1
            digitsAfterUpper = 0
          } else {
            upperRun = 0
            digitsAfterUpper = 0
          }
          if scalar == "@" { hasAt = true }
          // A web address needs « :// », « www. », or a dot then a top-level domain of the
          // pattern (fr, com, org, net, eu, info, io), in either case.
          if previousWasDot, "fconeiFCONEI".unicodeScalars.contains(scalar) { mayHoldURL = true }
          if scalar == "." && wLetters >= 3 { mayHoldURL = true }
          if scalar == ":" {
            colonSlashes = 0
          } else if scalar == "/", colonSlashes >= 0 {
            colonSlashes += 1
            if colonSlashes == 2 { mayHoldURL = true }
          } else {
            colonSlashes = -1
          }
          previousWasDot = scalar == "."
          wLetters = (value | 0x20 == 0x77) ? wLetters + 1 : 0
          continue
        }
        if scalar.properties.numericType == .decimal {
          sawDigit()
        } else {
          upperRun = 0
          digitsAfterUpper = 0
        }
        if scalar == "@" { hasAt = true }
        // Other scripts may fold onto the domain's letters under case-insensitive matching.
        if previousWasDot, scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
          mayHoldURL = true
        }
        colonSlashes = -1
        previousWasDot = scalar == "."
        wLetters = 0
      }
    }

    func allows(_ kind: PersonalDataKind) -> Bool {
      switch kind {
      case .email: hasAt
      case .url: mayHoldURL
      case .iban: mayHoldIBAN
      case .nir: digits >= 13
      case .uai: digits >= 7
      case .telephone: digits >= 8
      case .adresse: digits >= 1
      case .personne: true
      }
    }
  }

  static func detect(_ kind: PersonalDataKind, in source: NSString) -> [Detection] {
    switch kind {
    case .email: matches(email, in: source).map { Detection(kind: .email, range: $0) }
    case .url:
      matches(url, in: source).map {
        Detection(kind: .url, range: trimmingTrailingPunctuation($0, in: source))
      }
    case .iban:
      matches(iban, in: source).compactMap { validIBAN($0, in: source) }.map {
        Detection(kind: .iban, range: $0)
      }
    case .nir:
      matches(nir, in: source).filter { isValidNIR(digitsAndLetters(source.substring(with: $0))) }
        .map { Detection(kind: .nir, range: $0) }
    case .uai:
      matches(uai, in: source).filter { isValidUAI(source.substring(with: $0)) }.map {
        Detection(kind: .uai, range: $0)
      }
    case .telephone:
      (matches(frenchPhone, in: source)
        + matches(internationalPhone, in: source).filter {
          (8...15).contains(source.substring(with: $0).filter(\.isNumber).count)
        }).map { Detection(kind: .telephone, range: $0) }
    case .adresse:
      matches(address, in: source).map {
        Detection(kind: .adresse, range: trimmingTrailingPunctuation($0, in: source))
      }
    case .personne: []
    }
  }

  static let email = regex(#"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#)
  static let url = regex(
    #"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"«»]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|info|io)(?:/[^\s<>"«»]*)?(?![\w@])"#
  )
  static let iban = regex(
    #"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b"#, caseInsensitive: false)
  static let nir = regex(
    #"(?<![\d])[12478][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?![\d])"#,
    caseInsensitive: true)
  static let uai = regex(#"\b\d{7}[A-HJ-NPR-Z]\b"#, caseInsensitive: true)
  static let frenchPhone = regex(
    #"(?:(?:\+|\b00)33[ .-]?(?:\(0\)[ .-]?)?[1-9]|(?<![\d+])0[1-9])(?:[ .-]?\d{2}){4}(?!\d)"#)
  static let internationalPhone = regex(
    #"(?:\+|\b00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,6}(?!\d)"#)
  static let address = regex(
    #"\b\d{1,4}(?:[ ]?(?:bis|ter|[abAB]))?,?[ ]+(?i:rue|avenue|av\.|boulevard|bd|place|allée|allee|impasse|chemin|route|quai|cours|square|passage|résidence|lotissement|cité|chaussée|faubourg|rond-point|sentier|hameau|voie)(?:[ ]+(?:des|du|de|la|le|les|l['’]|d['’])){0,2}[ ]*[\p{Lu}\d][\p{L}\d'’-]*(?:[ ]+[\p{Lu}][\p{L}'’-]*|[ ]+(?:de|du|des|la|le)(?=[ ]+\p{Lu})){0,4}(?:,?[ ]+\d{5}(?:[ ]+[\p{Lu}][\p{L}'’-]*(?:[ -][\p{Lu}][\p{L}'’-]*){0,2})?)?"#,
    caseInsensitive: false)

  static func regex(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
    // The patterns are constants: a failure here is a programming error caught by any test.
    try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
  }

  static func matches(_ expression: NSRegularExpression, in source: NSString) -> [NSRange] {
    expression.matches(in: source as String, range: NSRange(location: 0, length: source.length)).map(\.range)
  }

  static func trimmingTrailingPunctuation(_ range: NSRange, in source: NSString) -> NSRange {
    var length = range.length
    let trailing = Set(".,;:!?)]}'’»\"".utf16)
    while length > 1, trailing.contains(source.character(at: range.location + length - 1)) { length -= 1 }
    return NSRange(location: range.location, length: length)
  }

  static func digitsAndLetters(_ s: String) -> String { s.filter { $0.isLetter || $0.isNumber }.uppercased() }

  /// Remainder of a (possibly very long) decimal string modulo 97.
  static func mod97(_ digits: some Sequence<Character>) -> Int? {
    var remainder = 0
    for c in digits {
      guard let d = c.wholeNumberValue, c.isASCII else { return nil }
      remainder = (remainder * 10 + d) % 97
    }
    return remainder
  }

  /// NIR: 13 characters then a key equal to 97 − (number mod 97); Corsica's 2A/2B count as 19/18.
  static func isValidNIR(_ nir: String) -> Bool {
    guard nir.count == 15 else { return false }
    var body = String(nir.prefix(13))
    let key = Int(nir.suffix(2))
    let department = body.dropFirst(5).prefix(2)
    if department == "2A" {
      body = String(body.prefix(5)) + "19" + body.dropFirst(7)
    } else if department == "2B" {
      body = String(body.prefix(5)) + "18" + body.dropFirst(7)
    }
    guard let key, let remainder = mod97(body) else { return false }
    return key == 97 - remainder
  }

  /// IBAN: the first four characters moved to the end, letters as 10…35, mod 97 equals 1.
  static func isValidIBAN(_ iban: String) -> Bool {
    guard (15...34).contains(iban.count), iban.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
    else {
      return false
    }
    let rearranged = iban.dropFirst(4) + iban.prefix(4)
    var remainder = 0
    for c in rearranged.uppercased() {
      if let d = c.wholeNumberValue {
        remainder = (remainder * 10 + d) % 97
      } else if let ascii = c.asciiValue {
        remainder = (remainder * 100 + Int(ascii) - 55) % 97
      }
    }
    return remainder == 1
  }

  /// Longest prefix of the candidate (dropping trailing space-separated groups) that is a valid IBAN.
  static func validIBAN(_ range: NSRange, in source: NSString) -> NSRange? {
    var candidate = source.substring(with: range)
    while !candidate.isEmpty {
      if isValidIBAN(candidate.filter { $0 != " " }) {
        return NSRange(location: range.location, length: (candidate as NSString).length)
      }
      guard let lastSpace = candidate.lastIndex(of: " ") else { return nil }
      candidate = String(candidate[..<lastSpace])
    }
    return nil
  }

  /// Check letters of UAI codes: the alphabet without I, O and Q.
  static let uaiAlphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ")

  /// UAI: seven digits then the letter at (number mod 23) in `uaiAlphabet`.
  static func isValidUAI(_ code: String) -> Bool {
    guard code.count == 8, let number = Int(code.prefix(7)), let letter = code.last?.uppercased().first else {
      return false
    }
    return uaiAlphabet[number % 23] == letter
  }
}
