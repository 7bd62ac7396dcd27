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
    /// « (at) », « [at] », « {at} », « at » or « arobase »: an e-mail address written to dodge robots.
    var hasObfuscatedAt = false
    var mayHoldURL = false
    /// A web domain and « ␣chez␣ »: an address may be written « prenom.nom chez exemple.fr ».
    var mayHoldChez = false
    /// « lieu-dit », « lieudit », « lieu dit »: an address without a house number may follow.
    var mayHoldLieuDit = false
    /// Two letters, two digits and two groups of four after them, as an IBAN is written.
    var mayHoldIBAN = false
    /// An « @ » beside a space or a bracket, or before a word and a spaced or bracketed dot: the
    /// obfuscated e-mail pattern needs one (« prenom @ exemple.fr », « a[@]b.fr »), a mention
    /// (« @Paucelle ») has none.
    var hasOddAt = false
    /// The text's length in UTF-16 units, as `NSString.length` gives it.
    var utf16Length = 0
    /// A number followed closely by a word that may name a street (`address`'s types).
    var mayHoldStreet = false
    /// The most digits in one group of digits and the separators phones are written with
    /// (« 06 12 34 56 78 », « +33 (0)5 … »): a phone needs eight or more.
    var longestDigitGroup = 0
    /// Three digits, a separator or none, four digits: a school code's seven digits (`uai`…).
    var mayHoldSchoolCode = false
    /// Four digits in a row, or two, a space and three: a postcode (`postcodeAndCity`).
    var mayHoldPostcode = false
    /// An ASCII capital right before a digit (« H3T 1C5 », « NW3 5QT »): a Canadian or British
    /// postcode may follow a city (`cityThenPostcode`).
    var capitalBeforeDigit = false
    /// A line of 32 bytes or fewer after a line break: it may name a country (`cityAboveCountry`).
    var shortLineAfterBreak = false
    /// An ASCII capital after « , » and a space: a city and its country may follow (« …, Beyrouth,
    /// Liban »).
    var capitalAfterComma = false

    /// No flag set: where the pass starts.
    private init() {}

    /// « arobase », as scalar values.
    static let arobase: [UInt32] = [0x61, 0x72, 0x6F, 0x62, 0x61, 0x73, 0x65]

    init(_ text: String) {
      // Read from the UTF-8 bytes: iterating the scalars cost as much as the checks themselves.
      // The pass's state lives in the closure, the flags in a local copy (`found`): read and
      // written through `self` and captured variables, it stayed in memory at every byte.
      var utf8Text = text
      let (found, dotBeforeLetter) = utf8Text.withUTF8 { bytes -> (Prerequisites, Bool) in
        var found = Prerequisites()
        // The loose checks of the pass below let through many answers (« fin. En effet », « de
        // 2016 et »); where they fire, a second look at the text decides.
        var dotBeforeLetter = false
        var previousWasDot = false
        var wLetters = 0
        var colonSlashes = -1  // « / » seen right after a « : », -1 when the last scalar was neither
        var upperRun = 0  // ASCII letters in a row, either case
        var digitsAfterUpper = 0
        // « (at) », « [at] », « {at} » and « arobase » stand for « @ » in obfuscated addresses.
        var lastThree: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var arobaseMatched = 0
        let arobase = Self.arobase
        var lastWasCapital = false
        var lastBreak = -1
        func sawDigit() {
          found.digits += 1
          if upperRun >= 2 || digitsAfterUpper > 0 {
            digitsAfterUpper += 1
            if digitsAfterUpper >= 2 { found.mayHoldIBAN = true }
          }
          upperRun = 0
        }
        var index = 0
        while index < bytes.count {
          let (value, length) = bytes.scalar(at: index)
          index += length
          found.utf16Length += value > 0xFFFF ? 2 : 1
          if value < 0x80 {
            let isDigit = value >= 0x30 && value <= 0x39
            let isLetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
            let lower = isLetter ? value | 0x20 : value
            if isLetter {
              // Most characters: what the checks below do for a letter, without the others, for
              // the whole run of ASCII letters this one opens (read without decoding).
              if value <= 0x5A, index >= 3, bytes[index - 2] == 0x20, bytes[index - 3] == 0x2C {
                found.capitalAfterComma = true
              }
              digitsAfterUpper = 0
              if previousWasDot { dotBeforeLetter = true }
              colonSlashes = -1
              previousWasDot = false
              var letter = value
              var lower = lower
              while true {
                arobaseMatched =
                  lower == arobase[arobaseMatched] ? arobaseMatched + 1 : (lower == 0x61 ? 1 : 0)
                if arobaseMatched == arobase.count {
                  found.hasObfuscatedAt = true
                  arobaseMatched = 0
                }
                if lower == 0x74, lastThree.1 == 0x64, lastThree.2 == 0x69,
                  lastThree.0 == 0x2D || lastThree.0 == 0x20 || lastThree.0 == 0x75
                {
                  found.mayHoldLieuDit = true
                }
                lastThree = (lastThree.1, lastThree.2, lower)
                upperRun += 1
                wLetters = lower == 0x77 ? wLetters + 1 : 0
                guard index < bytes.count else { break }
                let next = UInt32(bytes[index])
                guard next | 0x20 >= 0x61, next | 0x20 <= 0x7A else { break }
                letter = next
                lower = next | 0x20
                index += 1
                found.utf16Length += 1
              }
              lastWasCapital = letter <= 0x5A
              continue
            }
            if isDigit, lastWasCapital { found.capitalBeforeDigit = true }
            lastWasCapital = false
            if value == 0x0A {
              if lastBreak >= 0, index - lastBreak <= 33 { found.shortLineAfterBreak = true }
              lastBreak = index
            }
            // « (at) », « [at] », « {at} », and « at » between spaces; « (a) », « [a] ».
            if value == 0x29 || value == 0x5D || value == 0x7D || value == 0x20 {
              if lastThree.1 == 0x61, lastThree.2 == 0x74,
                lastThree.0 == 0x28 || lastThree.0 == 0x5B || lastThree.0 == 0x7B || lastThree.0 == 0x20
              {
                found.hasObfuscatedAt = true
              } else if value != 0x20, value != 0x7D, lastThree.2 == 0x61,
                lastThree.1 == 0x28 || lastThree.1 == 0x5B
              {
                found.hasObfuscatedAt = true
              }
            }
            if isLetter {
              arobaseMatched = lower == arobase[arobaseMatched] ? arobaseMatched + 1 : (lower == 0x61 ? 1 : 0)
              if arobaseMatched == arobase.count {
                found.hasObfuscatedAt = true
                arobaseMatched = 0
              }
            } else {
              arobaseMatched = 0
            }
            if lower == 0x74, lastThree.1 == 0x64, lastThree.2 == 0x69,
              lastThree.0 == 0x2D || lastThree.0 == 0x20 || lastThree.0 == 0x75
            {
              found.mayHoldLieuDit = true
            }
            lastThree = (lastThree.1, lastThree.2, lower)
            if isDigit {
              sawDigit()
            } else if isLetter {
              upperRun += 1
              digitsAfterUpper = 0
            } else if value == 0x20, upperRun >= 2, digitsAfterUpper == 0 {
              // « FR 76 … »: one space between the country and the check digits.
              upperRun = upperRun > 2 ? 0 : 2
            } else {
              upperRun = 0
              digitsAfterUpper = 0
            }
            if value == 0x40 { found.hasAt = true }
            // A web address needs « :// », « www. », or a dot then a top-level domain of the
            // pattern (fr, com, org, net, eu, info, io), in either case.
            if previousWasDot, isLetter { dotBeforeLetter = true }
            if value == 0x2E && wLetters >= 3 { found.mayHoldURL = true }
            if value == 0x3A {
              colonSlashes = 0
            } else if value == 0x2F, colonSlashes >= 0 {
              colonSlashes += 1
              if colonSlashes == 2 { found.mayHoldURL = true }
            } else {
              colonSlashes = -1
            }
            previousWasDot = value == 0x2E
            wLetters = (value | 0x20 == 0x77) ? wLetters + 1 : 0
            continue
          }
          lastWasCapital = false
          // Outside ASCII, no decimal digit comes before U+0660 (Arabic-Indic zero).
          let isDecimal = value >= 0x660 && Unicode.Scalar(value)!.properties.numericType == .decimal
          if isDecimal {
            sawDigit()
          } else {
            upperRun = 0
            digitsAfterUpper = 0
          }
          // Other scripts may fold onto the domain's letters under case-insensitive matching.
          if previousWasDot, isDecimal || Unicode.Scalar(value)!.properties.isAlphabetic {
            found.mayHoldURL = true
          }
          colonSlashes = -1
          previousWasDot = false
          wLetters = 0
        }
        if lastBreak >= 0, bytes.count - lastBreak <= 32 { found.shortLineAfterBreak = true }
        return (found, dotBeforeLetter)
      }
      self = found
      defer { if mayHoldURL { mayHoldChez = Self.holdsChez(text) } }
      guard hasAt || mayHoldIBAN || (dotBeforeLetter && !mayHoldURL) || digits > 0 || mayHoldLieuDit else {
        return
      }
      let scalars = text.scalarArray
      if dotBeforeLetter, !mayHoldURL { mayHoldURL = Self.hasTopLevelDomain(scalars) }
      if hasAt { hasOddAt = Self.hasOddAt(scalars) }
      if mayHoldIBAN { mayHoldIBAN = Self.hasIBANShape(scalars) }
      if digits > 0 { mayHoldStreet = Self.hasStreetAfterNumber(scalars) }
      if digits >= 4 { (longestDigitGroup, mayHoldSchoolCode, mayHoldPostcode) = Self.digitShapes(scalars) }
      if mayHoldLieuDit { mayHoldLieuDit = Self.hasLieuDit(scalars) }
    }

    /// `address`'s street types as words (folded; « rond-point » and « lieu-dit » by their first
    /// word), and its roads written in capitals (« RN 7 », « D 763 »).
    static let streetTypes: Set<String> = [
      "rue", "r", "avenue", "av", "boulevard", "boul", "bd", "bld", "allee", "all", "impasse", "imp",
      "chemin",
      "chem", "ch", "rte", "quai", "chaussee", "faubourg", "fbg", "fg", "rond", "ruelle", "venelle",
      "esplanade", "parvis", "place", "pl", "square", "sq", "route", "sentier", "hameau", "lotissement",
      "passage",
      "cours", "residence", "cite", "voie", "montee", "traverse", "villa", "domaine", "lieu",
    ]
    static let roadLetters: Set<String> = ["RN", "RD", "D", "N"]

    /// `address` read loosely: after a run of digits, within 21 characters (spaces not counted, a
    /// line break ends the search), a word that is one of its street types. Its number's range,
    /// « bis » and letter take fewer characters than that.
    static func hasStreetAfterNumber(_ scalars: [Unicode.Scalar]) -> Bool {
      let isDigit = isDecimalDigit
      var index = 0
      while index < scalars.count {
        guard isDigit(scalars[index]) else {
          index += 1
          continue
        }
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        var position = index
        var budget = 21
        while position < scalars.count, budget > 0, scalars[position] != "\n" {
          let scalar = scalars[position]
          guard PersonNameDetector.isLetter(scalar) else {
            if scalar != " " { budget -= 1 }
            position += 1
            continue
          }
          var end = position
          while end < scalars.count, PersonNameDetector.isLetter(scalars[end]) { end += 1 }
          if isStreetType(scalars[position..<end]) { return true }
          budget -= end - position
          position = end
        }
      }
      return false
    }

    /// Whether a word is one of `streetTypes` in any case and accents, or one of `roadLetters`.
    /// Latin words are folded by table and compared as numbers: no string is made for them.
    static func isStreetType(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
      if word.count <= 2, let first = word.first, first == "R" || first == "D" || first == "N" {
        let second = word.dropFirst().first
        if first == "R" ? second == "N" || second == "D" : second == nil { return true }
      }
      var key: UInt64 = 0
      var letters = 0
      // False when the folded letter is not a–z: the word needs Foundation's folding.
      func push(_ byte: UInt8) -> Bool {
        guard byte >= 0x61, byte <= 0x7A else { return false }
        key = key << 5 | UInt64(byte - 0x60)
        letters += 1
        return true
      }
      var folded = true
      for scalar in word where folded {
        let value = scalar.value
        if value < 0x80 {
          folded = push(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
        } else if value >= 0xC0, value <= 0x24F {
          for byte in PersonNameDetector.latinFoldBytes[Int(value) - 0xC0] where folded {
            folded = push(byte)
          }
        } else {
          folded = false
        }
        // Longer than every street type, whatever its other letters.
        if letters > 12 { return false }
      }
      if folded { return streetTypeKeys.contains(key) }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: word)
      return streetTypes.contains(PersonNameDetector.fold(String(text)))
    }

    /// `streetTypes` as `isStreetType` compares them: five bits a letter.
    static let streetTypeKeys: Set<UInt64> = Set(
      streetTypes.map { type in type.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 - 0x60) } })

    /// `longestDigitGroup`, `mayHoldSchoolCode` and `mayHoldPostcode`, read loosely: any decimal
    /// digit counts (the patterns' `\d`), and a group's separators are any three of a phone's.
    static func digitShapes(_ scalars: [Unicode.Scalar]) -> (group: Int, schoolCode: Bool, postcode: Bool) {
      func isDigit(_ index: Int) -> Bool {
        index >= 0 && index < scalars.count && isDecimalDigit(scalars[index])
      }
      func run(from index: Int) -> Int {
        var end = index
        while isDigit(end) { end += 1 }
        return end - index
      }
      let phoneSeparators = " .-/()+\u{A0}\u{2009}\u{202F}\r\n".unicodeScalars
      let codeSeparators = " .-\u{A0}\u{2009}\u{202F}".unicodeScalars
      var longest = 0
      var group = 0
      var gap = 0
      var schoolCode = false
      var postcode = false
      for index in scalars.indices {
        if isDigit(index) {
          group += 1
          gap = 0
          longest = max(longest, group)
          // At the start of a run of digits: its length, and what follows it.
          if !isDigit(index - 1) {
            let length = run(from: index)
            if length >= 4 { postcode = true }
            if length >= 7 { schoolCode = true }
            let next = index + length
            // « 059 1234 », and « 0814 290 » (four digits then three).
            if length >= 3, next < scalars.count, codeSeparators.contains(scalars[next]),
              run(from: next + 1) >= (length == 4 ? 3 : 4)
            {
              schoolCode = true
            }
            // « 43 000 », and Poland's « 31-343 ».
            if length >= 2, next < scalars.count, scalars[next] == " " || scalars[next] == "-",
              run(from: next + 1) >= 3
            {
              postcode = true
            }
          }
        } else if group > 0, gap < 3, phoneSeparators.contains(scalars[index]) {
          gap += 1
        } else {
          group = 0
          gap = 0
        }
      }
      return (longest, schoolCode, postcode)
    }

    /// « lieu-dit », « lieu dit » or « lieudit » in any case (`lieuDit`).
    static func hasLieuDit(_ scalars: [Unicode.Scalar]) -> Bool {
      let lowered = scalars.map { $0.value >= 0x41 && $0.value <= 0x5A ? $0.value | 0x20 : $0.value }
      let forms: [[UInt32]] = ["lieu-dit", "lieu dit", "lieudit"].map { $0.unicodeScalars.map(\.value) }
      return lowered.indices.contains { start in
        forms.contains { form in
          start + form.count <= lowered.count && lowered[start..<start + form.count].elementsEqual(form)
        }
      }
    }

    static let topLevelDomains: Set<String> = ["fr", "com", "org", "net", "eu", "info", "io"]

    /// A dot, then one of the URL pattern's top-level domains in any case, then a character that
    /// is no letter, digit, « _ » or « @ » (`url` ends with `(?![\w@])`). A letter outside ASCII
    /// after the dot counts: case-insensitive matching may fold it onto the domain's letters.
    /// Whether `text` holds « ␣chez␣ », read from its bytes from one « c » to the next.
    static func holdsChez(_ text: String) -> Bool {
      var text = text
      return text.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return false }
        var start = 1
        while start + 4 < bytes.count, let found = memchr(base + start, 0x63, bytes.count - 4 - start) {
          let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          if base[i - 1] == 0x20, base[i + 1] == 0x68, base[i + 2] == 0x65, base[i + 3] == 0x7A,
            base[i + 4] == 0x20
          {
            return true
          }
          start = i + 1
        }
        return false
      }
    }

    static func hasTopLevelDomain(_ scalars: [Unicode.Scalar]) -> Bool {
      var index = 0
      while index < scalars.count {
        defer { index += 1 }
        guard scalars[index] == "." else { continue }
        var end = index + 1
        var word = ""
        while end < scalars.count, end - index <= 5, scalars[end].properties.isAlphabetic {
          guard scalars[end].isASCII else { return true }
          word.unicodeScalars.append(Unicode.Scalar(UInt8(scalars[end].value) | 0x20))
          end += 1
        }
        guard topLevelDomains.contains(word) else { continue }
        guard end < scalars.count else { return true }
        let next = scalars[end]
        if !next.isASCII { return true }
        if !(next.properties.isAlphabetic || next.properties.numericType == .decimal || next == "_"
          || next == "@")
        {
          return true
        }
      }
      return false
    }

    /// `obfuscatedAt`'s forms with a plain « @ »: a space or an opening bracket before it, a
    /// space after it, or a word after it then a spaced or bracketed dot. A mention (« @Paucelle :
    /// non ») has none.
    static func hasOddAt(_ scalars: [Unicode.Scalar]) -> Bool {
      for index in scalars.indices where scalars[index] == "@" {
        if index > 0, " [({".unicodeScalars.contains(scalars[index - 1]) { return true }
        if index + 1 < scalars.count, scalars[index + 1] == " " { return true }
        var end = index + 1
        while end < scalars.count,
          scalars[end] == "-" || !scalars[end].isASCII || isASCIILetterOrDigit(scalars[end])
        {
          end += 1
        }
        guard end > index + 1, end < scalars.count else { continue }
        // « @exemple . fr », « @exemple [.] fr », « @exemple (dot) fr »: a spaced or bracketed dot.
        let after = scalars[end...].prefix(9).map { Character($0).lowercased() }.joined()
        if after.hasPrefix(" . ") { return true }
        let bracketed = after.hasPrefix(" ") ? String(after.dropFirst()) : after
        if ["[", "("].contains(where: bracketed.hasPrefix),
          [".", "dot", "point"].contains(where: { bracketed.dropFirst().hasPrefix($0) })
        {
          return true
        }
      }
      return false
    }

    /// A decimal digit in any script, as the patterns' `\d` reads it.
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType == .decimal
    }

    static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
    }

    /// `iban`'s opening read loosely: two letters starting a word, an optional space, two digits,
    /// then two groups of four letters or digits, each after at most four separators, or a space
    /// and a digit (the RIB's layout). Outside ASCII any character may be a letter or a digit.
    static func hasIBANShape(_ scalars: [Unicode.Scalar]) -> Bool {
      func isAlphanumeric(_ index: Int) -> Bool {
        index < scalars.count && (!scalars[index].isASCII || isASCIILetterOrDigit(scalars[index]))
      }
      func isLetter(_ index: Int) -> Bool {
        index < scalars.count
          && (!scalars[index].isASCII
            || (scalars[index].value | 0x20) >= 0x61 && (scalars[index].value | 0x20) <= 0x7A)
      }
      func isDigit(_ index: Int) -> Bool {
        index < scalars.count
          && (!scalars[index].isASCII || (scalars[index].value >= 0x30 && scalars[index].value <= 0x39))
      }
      func group(at start: Int) -> Int? {
        var index = start
        while index < scalars.count, index - start < 4,
          " \u{A0}\u{2009}\u{202F}-.\r\n".unicodeScalars.contains(scalars[index])
        {
          index += 1
        }
        return (index..<index + 4).allSatisfy(isAlphanumeric) ? index + 4 : nil
      }
      for start in scalars.indices where isLetter(start) && isLetter(start + 1) {
        if start > 0, scalars[start - 1].isASCII,
          isASCIILetterOrDigit(scalars[start - 1]) || scalars[start - 1] == "_"
        {
          continue
        }
        var digits = start + 2
        if digits < scalars.count, scalars[digits] == " " { digits += 1 }
        guard isDigit(digits), isDigit(digits + 1) else { continue }
        let after = digits + 2
        if after < scalars.count, scalars[after] == " ", isDigit(after + 1) { return true }
        if let first = group(at: after), group(at: first) != nil { return true }
      }
      return false
    }

    func allows(_ kind: PersonalDataKind) -> Bool {
      switch kind {
      // « prenom.nom chez exemple.fr »: a domain is the URL's marker.
      case .email: hasAt || hasObfuscatedAt || mayHoldURL
      case .url: mayHoldURL
      case .iban: mayHoldIBAN
      case .nir: digits >= 13
      case .uai: digits >= 7 && mayHoldSchoolCode
      case .telephone: digits >= 8 && longestDigitGroup >= 8
      // « Rue Sadate, immeuble Karam⏎Hamra, Beyrouth⏎Liban »: no digit, a country's line.
      case .adresse: digits >= 1 || mayHoldLieuDit || shortLineAfterBreak || capitalAfterComma
      case .personne: true
      }
    }
  }

  /// Identifiers are found by their shape: a wrong check digit or letter (a typo, a made-up
  /// example) does not let a value through. A valid checksum only raises the confidence.
  static func detect(
    _ kind: PersonalDataKind, in source: NSString, prerequisites: Prerequisites? = nil
  ) -> [Detection] {
    let length = prerequisites?.utf16Length ?? source.length
    return switch kind {
    case .email:
      // The obfuscated form's pattern is slow on long texts: only where its marker is.
      (matchesInRuns(email, in: source, length: length, markers: [0x40])
        + (prerequisites.map { $0.hasObfuscatedAt || $0.hasOddAt } ?? true
          ? matches(obfuscatedEmail, in: source, length: length) : [])
        // A domain and « chez »: the pattern reads the whole text, so only where both are.
        + (prerequisites?.mayHoldChez ?? true
          ? matches(emailWithChez, in: source, length: length).filter { isAddressBeforeChez($0, in: source) }
          : []))
        .map {
          Detection(kind: .email, range: $0)
        }
    case .url:
      matchesInRuns(url, in: source, length: length, markers: [0x2E, 0x3A]).map {
        Detection(kind: .url, range: trimmingTrailingPunctuation($0, in: source))
      }
    case .iban:
      matches(iban, in: source, length: length).compactMap { ibanRange($0, in: source) }
    case .nir:
      // « 1.23456789012345 » (a statistic in a JSON export) has a NIR's digits after one dot.
      matches(nir, in: source, length: length).filter {
        !isDecimalNumber(source.substring(with: $0)) && hasNIRLayoutOrCue($0, in: source)
      }.map {
        Detection(
          kind: .nir, range: $0,
          confidence: isValidNIR(digitsAndLetters(source.substring(with: $0))) ? .checksum : .shape)
      }
    case .uai:
      (matches(uai, in: source, length: length) + matches(spacedUAI, in: source, length: length)
        + matches(labelledUAI, in: source, length: length)).map {
          Detection(
            kind: .uai, range: $0,
            confidence: isValidUAI(digitsAndLetters(source.substring(with: $0))) ? .checksum : .shape)
        }
    case .telephone:
      phones(in: source, length: length).map { Detection(kind: .telephone, range: $0) }
    case .adresse:
      // An address read forwards from its number and backwards from its postcode, or holding a
      // lieu-dit, is found by more than one pattern: one range.
      merged(
        (prerequisites?.mayHoldStreet ?? true ? matches(address, in: source, length: length) : [])
          + (addressAnchors(source, prerequisites).map {
            addressBlocks(
              in: source, cityThenPostcode: $0.cityThenPostcode, cityAboveCountry: $0.cityAboveCountry)
          } ?? [])
          + (prerequisites?.mayHoldLieuDit ?? true ? matches(lieuDit, in: source, length: length) : [])
      ).map {
        Detection(kind: .adresse, range: trimmingTrailingPunctuation($0, in: source))
      }
    case .personne: []
    }
  }

  /// Which anchors `addressBlocks` may read an address back from, nil when none: a postcode and a
  /// house number (five digits or more); a capital right before a digit, for a Canadian or British
  /// postcode after its city (`cityThenPostcode`); a line that names a country, below its city
  /// (`cityAboveCountry`).
  static func addressAnchors(_ source: NSString, _ prerequisites: Prerequisites?)
    -> (cityThenPostcode: Bool, cityAboveCountry: Bool)?
  {
    guard let prerequisites else { return (true, true) }
    let cityThenPostcode = prerequisites.capitalBeforeDigit && prerequisites.digits >= 2
    let postcode = prerequisites.digits >= 5 && prerequisites.mayHoldPostcode
    guard
      postcode || cityThenPostcode || prerequisites.shortLineAfterBreak
        || prerequisites.capitalAfterComma
    else {
      return nil
    }
    let cityAboveCountry =
      (prerequisites.shortLineAfterBreak && hasCountryLine(source))
      || (prerequisites.capitalAfterComma && hasCountryAfterComma(source))
    guard postcode || cityThenPostcode || cityAboveCountry else { return nil }
    return (cityThenPostcode, cityAboveCountry)
  }

  static func phones(in source: NSString, length: Int? = nil) -> [NSRange] {
    // « [10/06/2025 1912] »: digits right after a slash are a date's.
    func isAfterSlash(_ range: NSRange) -> Bool {
      range.location > 0 && source.character(at: range.location - 1) == 0x2F
    }
    let french = matches(frenchPhone, in: source, length: length).filter {
      let text = source.substring(with: $0)
      return !startsWithSlashedDate(text) && !isTollFree(text) && !isAfterSlash($0)
    }
    let oddlyGrouped = matches(oddlyGroupedPhone, in: source, length: length).filter {
      let text = source.substring(with: $0)
      return isOddlyGroupedPhone(text) && !startsWithSlashedDate(text) && !isTollFree(text)
        && !isAfterSlash($0)
    }
    let international = matches(internationalPhone, in: source, length: length).filter {
      (8...15).contains(source.substring(with: $0).filter(\.isNumber).count)
    }.map { range in
      // « (+33 (0)5 04 79 86 51) »: the closing bracket is the sentence's, not the number's.
      let text = source.substring(with: range)
      let unbalanced =
        text.hasSuffix(")") && text.filter { $0 == ")" }.count > text.filter { $0 == "(" }.count
      return unbalanced ? NSRange(location: range.location, length: range.length - 1) : range
    }
    let labelled = matches(labelledPhone, in: source, length: length).filter {
      (8...15).contains(source.substring(with: $0).filter(\.isNumber).count)
    }
    // « +225 07 44 98 97 88 »: a country code before ten digits the French pattern also reads.
    return merged(french + oddlyGrouped + international + labelled).map {
      startingAfterLineBreak($0, in: source)
    }
  }

  /// « CEDEX 07⏎07.84.44.43.57 »: a number read across a line break whose last line holds ten
  /// digits or more is that line's number; the digits before the break are another line's.
  static func startingAfterLineBreak(_ range: NSRange, in source: NSString) -> NSRange {
    let text = source.substring(with: range)
    guard let lastBreak = text.lastIndex(where: \.isNewline) else { return range }
    let lastLine = text[text.index(after: lastBreak)...]
    guard lastLine.filter(\.isNumber).count >= 10 else { return range }
    let cut = text.utf16.distance(from: text.startIndex, to: text.index(after: lastBreak))
    return NSRange(location: range.location + cut, length: range.length - cut)
  }

  /// « 05/03/2024 14:02 » (a form's submission time) has a phone's ten digits.
  static func startsWithSlashedDate(_ text: String) -> Bool {
    let parts = text.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]),
      parts[2].prefix(4).allSatisfy(\.isNumber), parts[2].prefix(2) == "19" || parts[2].prefix(2) == "20"
    else { return false }
    return parts[0].count == 2 && parts[1].count == 2 && (1...31).contains(day) && (1...12).contains(month)
  }

  /// Starts only where no letter or digit precedes, and the part before « @ » is at most 64
  /// characters (RFC 5321): tried from every position of a long run of letters, the pattern took
  /// time growing faster than the square of the run (1 MB: hours; issue 11's import-hang.csv).
  static let email = regex(
    #"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#)
  /// « @ » written to dodge robots: « (at) », « [at] », « [@] », « {at} », « (a) », « arobase », « at »;
  /// a plain « @ » when the dot after it is spaced or bracketed (« prenom@exemple . com »,
  /// « prenom@exemple[.]fr »).
  static let obfuscatedAt =
    #"(?:[ ]?(?:\(at\)|\[at\]|\{at\}|\(arobase\)|\[arobase\]|\(a\)|\[a\]|\[@\]|\(@\)|\{@\})[ ]?|[ ](?:at|arobase)[ ]|[ ]@[ ]?|@[ ]|@(?=[A-Za-z0-9-]{1,63}(?:[ ]\.[ ]|[ ]?[\[(](?:\.|dot|point)[\])])))"#
  /// « . » written to dodge robots: « (dot) », « [dot] », « [.] », « (point) », « point », « dot », « . ».
  static let obfuscatedDot =
    #"(?:\.|[ ]?(?:\((?:dot|point|\.)\)|\[(?:dot|point|\.)\]|\{(?:dot|point)\})[ ]?|[ ](?:point|dot|\.)[ ])"#
  /// « prenom.nom (at) exemple.fr », « prenom.nom[at]exemple.fr », « … arobase exemple.fr »,
  /// « prenom.nom at exemple point fr », « prenom @ exemple.fr », « a point b [arobase] c (dot) fr ».
  /// Parts are bounded (64 characters, 4 dotted words) so that a long text stays linear.
  static let obfuscatedEmail = regex(
    #"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+(?:[ ](?:point|dot)[ ][A-Za-z0-9][A-Za-z0-9_%+-]{0,63}+){0,3}"#
      + obfuscatedAt + #"[A-Za-z0-9-]{1,63}+(?:"# + obfuscatedDot + #"[A-Za-z0-9-]{1,63}+){0,4}"#
      + obfuscatedDot + #"[A-Za-z]{2,}\b"#
  )
  /// « a.vidal chez gmail.com », « odasilva chez ac-aix-marseille.fr »: « chez » for « @ », kept
  /// when the part before it is no common word (`isAddressBeforeChez`): not « abonné chez free.fr ».
  static let emailWithChez = regex(
    #"(?<![A-Za-z0-9.])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+[ ]chez[ ][A-Za-z0-9-]{1,63}+(?:\.[A-Za-z0-9-]{1,63}+){0,4}\.[A-Za-z]{2,}\b"#,
    caseInsensitive: true)

  /// Whether the part before « chez » is an address's, not a word: a dot, a digit or a sign in it,
  /// or no common word of the lists (« odasilva », not « client »).
  static func isAddressBeforeChez(_ range: NSRange, in source: NSString) -> Bool {
    let local = source.substring(with: range).components(separatedBy: " ")[0]
    if local.unicodeScalars.contains(where: { !CharacterSet.letters.contains($0) }) { return true }
    let detector = PersonNameDetector.shared
    guard detector.hasWordLists else { return false }
    let value = detector.lexicon.value(PersonNameDetector.fold(local))
    return value & PersonNameDetector.commonWordBit == 0
      && !PersonNameDetector.WordClass(rawValue: value).has([.stopwords, .roles, .nonNames])
  }

  static let url = regex(
    #"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"«»]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|info|io)(?:/[^\s<>"«»]*)?(?![\w@])"#
  )
  /// Two letters, two check digits, then groups; any case; between groups nothing, one or two
  /// spaces or no-break spaces, a dash, a dot, or a line break (an IBAN cut at the end of a line).
  static let ibanSeparator = #"(?:[ \x{A0}\x{2009}\x{202F}]{1,2}|[-.]|[ ]?\r?\n[ ]?)?"#
  static let iban = regex(
    // « FR 76 3000… »: a space after the country, for a known country only (`ibanRange`).
    // Groups of four, or the RIB's bank, branch, account and key (« FR76 30004 00943 18989845347 18 »).
    #"\b[A-Z]{2}[ ]?\d{2}(?:(?:"# + ibanSeparator + #"[A-Z0-9]{4}){2,7}(?:"# + ibanSeparator
      + #"[A-Z0-9]{1,3})?|[ ]\d{5}[ ]\d{5}[ ][A-Z0-9]{11}[ ]\d{2})\b"#,
    caseInsensitive: true)
  /// Separators people put between the groups of a NIR: space, no-break space, dot, dash, « - ».
  static let nirSeparator = #"(?:[ ]{2}|[ .\x{A0}\x{2009}\x{202F}-]|[ ]-[ ]|\r?\n)?"#
  static let nir = regex(
    // Not after a decimal separator: « 0.123456789012345 » in a JSON export is not a NIR.
    // Nor after a number and a dash or slash: « 034-243400827-20141217-2014-181 » is a deed's reference.
    // Nor after « + »: « +225 07 44 98 97 88 » is a phone's country code and number.
    #"(?<![\d.,+])(?<!\d[-/])[12478]"# + nirSeparator + #"\d{2}"# + nirSeparator
      + #"(?:0[1-9]|1[0-2]|[2-9]\d)"#
      // The department, then the commune and the birth number in any grouping (« 971 16 182 »).
      + nirSeparator + #"(?:\d{2}|2[AB])(?:"# + nirSeparator + #"\d){6}"#
      + #"(?:(?:"# + nirSeparator + #"|[ ]?/[ ]?)\d{2})?(?![\d])"#,
    caseInsensitive: true)
  /// Seven digits and a letter; the check letter is never I, O or Q, but a typo may be.
  static let uai = regex(#"(?<![.,])\b\d{7}[A-Z]\b(?![+-]\d)"#, caseInsensitive: true)
  /// The same code written in groups or with a separator before its letter, « 059 1234 X »,
  /// « 059.1234X », « 974.7811.X », « 0591234 X », « 0591234-X », « 042-2951-E »: the letter in
  /// capitals, or any case after a dash.
  /// A lowercase letter after a space (« 0591234 k ») when the digits start as a department's
  /// (001–095, 620 for Corsica, 971–978) and the letter is not a word (« a », « y », « l'… »).
  static let spacedUAI = regex(
    #"(?<![\d.,])(?<!\d[ \x{A0}\x{2009}\x{202F}])\b(?:\d{3}[ .\x{A0}\x{2009}\x{202F}]\d{4}[ .\x{A0}\x{2009}\x{202F}-]?[A-Z]|\d{7}[ \x{A0}\x{2009}\x{202F}-][A-Z]|\d{7}-[a-z]"#
      + #"|(?:0\d\d|620|97[1-8])\d{4}[ \x{A0}\x{2009}\x{202F}][b-hj-np-xz](?!['’])"#
      // « 042-2951-E »: dashes between the groups; « 0814 290Y »: four digits then three; the
      // digits starting as a department's.
      + #"|(?:0\d\d|620|97[1-8])-\d{4}-?[A-Z]|(?:0\d\d|620|97[1-8])\d[ \x{A0}]\d{3}[A-Z]"#
      // « 0262032 y – », not « … 0262032 y a … »: the pronoun before a verb.
      + #"|(?:0\d\d|620|97[1-8])\d{4}[ ]y(?![ ]+(?:a|avait|aura|aurait|en|est|sont|ont|va)\b))\b(?![+-]?\d)"#,
    caseInsensitive: false)
  /// After its label, any layout and a letter in any case: « (uai 015 5250 a) », « RNE : 0591234 k ».
  static let labelledUAI = regex(
    #"(?<=\b(?:uai|UAI|Uai|rne|RNE|Rne)[ ]?:?[ ])\d{3}[ .\x{A0}-]?\d{4}[ .\x{A0}-]?[A-Za-z]\b(?![+-]?\d)"#,
    caseInsensitive: false)
  /// Between groups: one separator or a line break.
  static let phoneSeparator = #"(?:[ .\-/\x{A0}\x{2009}\x{202F}]|\r?\n)?"#
  static let frenchPhone = regex(
    #"(?:(?:\((?:\+|00)33\)|(?:\+|\b00)33)[ .\-\x{A0}\x{2009}\x{202F}]?(?:\(0\)[ .\-\x{A0}\x{2009}\x{202F}]?|0)?[1-9]|(?<![\d+])(?<!\d[.,])0[1-9])(?:"#
      + phoneSeparator
      // Pairs (« 06 12 34 56 78 »), or « 06 1234 5678 », « 061 234 56 78 ».
      + #"\d{2}){4}(?!\d)|(?<![\d+])(?<!\d[.,])0[1-9](?:[ .\-\x{A0}\x{202F}]\d{4}){2}(?!\d)"#
      + #"|(?<![\d+])(?<!\d[.,])0[1-9]\d[ .\-\x{A0}\x{202F}]\d{3}(?:[ .\-\x{A0}\x{202F}]\d{2}){2}(?!\d)"#
      // « 09 29 674 674 ».
      + #"|(?<![\d+])(?<!\d[.,])0[1-9][ .\-\x{A0}\x{202F}]\d{2}(?:[ .\-\x{A0}\x{202F}]\d{3}){2}(?!\d)"#)
  /// Any other grouping (« 04 912 478 69 », « 0193 817 656 »): filtered on its digits by
  /// `isOddlyGroupedPhone`. Not a toll-free « 0800 123 456 », which is no one's.
  static let oddlyGroupedPhone = regex(
    #"(?<![\d+])(?<!\d[.,])0(?!80)[1-9]\d{0,2}(?:[ .\-\x{A0}\x{202F}]\d{1,4}){2,4}(?![\d]|[.,]\d)"#)

  /// Ten digits in any grouping (« 026 2 85 26 65 »), or nine in four groups or more, each but the
  /// last of two digits or more (a phone with a digit left out, « 081 473 50 7 »; not a SIREN's
  /// « 012 345 678 »).
  /// « 0800 30 00 32 », « 0 805 … »: a free service's number (numéro vert), no one's own.
  static func isTollFree(_ text: String) -> Bool {
    let digits = text.unicodeScalars.filter { $0.properties.numericType == .decimal }
    return digits.count == 10 && String(String.UnicodeScalarView(digits.prefix(4))).hasPrefix("080")
  }

  static func isOddlyGroupedPhone(_ text: String) -> Bool {
    let groups = text.split { !$0.isNumber }
    let digits = groups.reduce(0) { $0 + $1.count }
    if digits == 10 { return true }
    return digits == 9 && groups.count >= 4 && groups.dropLast().allSatisfy { $0.count >= 2 }
  }
  /// After a phone's label, any number of 8 to 15 digits in any grouping, a foreign or overseas
  /// one included: « Tél : 0157/43292659 », « Mobile : 793 473 221 », « Portable : (819) 555-0157 »,
  /// « Téléphone : 87084232 » (filtered on its digits by `phones`).
  static let labelledPhone = regex(
    #"(?<=\b(?:t[ée]l|t[ée]l[ée]phone|mobile|portable|gsm|fixe)\.?(?:[ ](?:portable|fixe|mobile|domicile|pro))?"#
      + #"[ ]{0,2}:?[ ]{1,2})(?:\+|00)?\(?\d{1,4}\)?(?:[ ./\-\x{A0}]?\(?\d{1,4}\)?){1,6}(?![\d])"#)
  /// « 00 » after a decimal separator is a number's decimals (« 10.0012345678 » in a JSON
  /// export), not a call prefix, nor are a number's middle digits (« 08 00 52… »). « 00 596 696… »: a
  /// space may follow it.
  static let internationalPhone = regex(
    // A bracket holds a group whole (« (0)5 », « (514) »), not a date's start (« +33 6 … (13/07) »).
    #"(?:\(\+[1-9]\d{0,2}\)|(?:\+|(?<![\d.,])(?<!\d[ .\-])\b00[ ]?)[1-9]\d{0,2})(?:[ .\-\x{A0}\x{2009}\x{202F}]?(?:\(\d{1,4}\)|\d{1,4})){2,6}(?!\d)"#
  )
  /// Before a postcode: a space (after a comma or not), a line break, or a dash between spaces.
  static let postcodeSeparator = #"(?:,?[ ]+|,?[ ]*\r?\n[ ]*|[ ]+[-–/][ ]+)"#

  /// A postcode: five digits, « 43 000 » written as a number, « F-06400 ».
  static let postcode = #"(?:F-)?\d{2}[ ]?\d{3}(?!\d)"#

  /// A city: one word (hyphens included), « Villeneuve d'Ascq », « Le Havre », « L'Haÿ-les-Roses »,
  /// « Cedex 03 »; in any case after a postcode (« 94000 créteil »).
  static let cityAfterPostcode =
    #"(?:[ ]+(?i:l[ae]s?[ ]|l['’])?(?!(?:"# + addressStopwords + #")\b)[\p{L}][\p{L}'’-]*"#
    + #"(?:(?:[ ](?:sur|sous|en|lès|les|la|le|de|du)[ -]|[ ]d['’])[\p{L}][\p{L}'’-]*)?(?:[ ](?i:c[ée]dex)(?:[ ]\d{1,2})?)?)?"#

  /// Complements of an address (« appt 12 », « lot. Les Hauts », « Résidence Les Tilleuls », « entrée
  /// B », « BP 70 », « Parc d'activités des Glaisins », « ZA du Moulin »).
  static let complementKeywords =
    #"appt?\.?|apt\.?|appartement|lieu-dit|lieudit|bât\.?|bat\.?|bâtiment|batiment|lot\.?|lotissement|"#
    + #"résidence|residence|rés\.?|res\.|escalier|esc\.?|étage|etage|porte|bp|cs|tsa|immeuble|imm\.|entrée|entree|"#
    + #"boîte|boite|logement|log\.|parc[ ]d['’]activit[ée]s|za|zi|zac"#
  /// The words that open a complement after a space rather than a comma.
  static let complementAfterSpace =
    #"(?=(?i:appt|app|apt|appartement|bâtiment|batiment|bât|bat|résidence|residence|rés|res|escalier|esc|"#
    + #"étage|etage|entrée|entree|boîte|boite|logement|log|porte|bp|cs|tsa|parc|za|zi|zac|immeuble|imm)\b)"#
  /// Capitalised complement words that end a street's name (« …de la Mairie BP 70 »).
  static let complementCapitals =
    "BP|CS|TSA|B[âa]timent|B[âa]t|Escalier|Esc|Entr[ée]e|R[ée]sidence|Parc[ ]d['’]activit[ée]s|ZA|ZI|ZAC|Appt?|Apt|Appartement|"
    + "Logement|Porte|[ÉE]tage|Immeuble|Bo[îi]te|CEDEX|Cedex"

  /// Street types after which a lowercase street name is still an address (« 5 rue des écoles »);
  /// the others (place, cours, route…) are also common nouns after a number and need a capital.
  static let address = regex(
    // The number: « 12 », « 12-14 », « 14 - 15 », « 13/14 », « 13 à 15 », « 29 bis », « 105B »; not
    // « … 73 / 239 rue » (the end of an IBAN, then a slash).
    #"\b\d{1,4}(?:[-–/]\d{1,4}|[ ][-–][ ]\d{1,4}|[ ](?:à|et)[ ]\d{1,4})?(?:[ ]?(?:(?i:bis|ter|quater)|[abcdABCD]))?,?[ ]+(?:"#
      // Types that are rarely anything else after a number: any case for the name.
      + #"(?i:rue|r\.|avenue|av\.?|boulevard|boul\.?|bd\.?|bld\.?|allée|allee|all\.|impasse|imp\.|chemin|chem\.|ch\.|rte\.?|quai|chaussée|faubourg|fbg\.?|fg\.?|rond-point|ruelle|venelle|esplanade|parvis)"#
      + #"(?:[ ]+(?i:des|du|de|la|le|les|aux|au)|[ ]+(?i:l|d)['’]){0,2}(?:[ ]+|(?<=['’]))"#
      + #"(?:\d{1,2}(?:er)?[ ]+(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[ ]+\d{4}|(?!(?i:"#
      + addressStopwords + #")\b)[\p{L}\d][\p{L}\d'’-]*"#
      // A street name in lowercase goes on over a few words, up to a word that starts a clause.
      + #"(?:[ ]+(?!(?:"# + addressStopwords + "|" + complementWords + #")\b)[\p{Ll}][\p{L}'’-]*){0,3})"#
      + #"|(?i:place|pl\.|square|sq\.|route|sentier|hameau|lotissement|passage)"#
      + #"(?:[ ]+(?i:des|du|de|la|le|les|aux|au)|[ ]+(?i:l|d)['’]){0,2}(?:[ ]+|(?<=['’]))"#
      + #"(?!(?i:"# + addressStopwords + #")\b)[\p{L}\d][\p{L}\d'’-]*(?:[ ]+(?!(?:"# + addressStopwords
      + #")\b)[\p{Ll}][\p{L}'’-]*){0,2}"#
      // « 21 route nationale 2, 97232 Le Lamentin »: the road's number.
      + #"(?:(?<=(?i:nationale|départementale|departementale))[ ]+\d{1,4}\b)?"#
      + #"|(?i:cours|résidence|cité|voie|montée|traverse|villa|domaine|lieu-dit|hameau)"#
      + #"(?:[ ]+(?i:des|du|de|la|le|les|aux|au)|[ ]+(?i:l|d)['’]){0,2}(?:[ ]+|(?<=['’]))"#
      + #"[\p{Lu}\d][\p{L}\d'’-]*"#
      // A road by its number: « 4 RN 7 »; « 2712 D 763 » before a complement or a postcode, not
      // « 4 D 12 élèves ».
      + #"|(?:RN|RD)[ ]?\d{1,4}\b|(?:D|N)[ ]?\d{3,4}\b(?=,?[ ]+(?:(?i:escalier|esc|bât|bat|bâtiment|appt?|apt|"#
      + #"lotissement|résidence)\b|\d{5})))"#
      + #"(?:[ ]+(?!(?:"# + addressCapitalStopwords + "|" + complementCapitals
      + #")\b)[\p{Lu}][\p{L}'’-]*|[ ]+(?:de|du|des|la|le|et)(?=[ ]+\p{Lu})"#
      // « Les Jardins de l'Europe », « Clos d'Aubigny ».
      + #"|[ ]+(?:(?:de|du|des)[ ]+)?[ld]['’]\p{Lu}[\p{L}'’-]*){0,4}"#
      // Up to two complements after a comma, a line break or a space, then the postcode (on the
      // next line too, or in brackets) and the city, not the capitalised words of the next
      // sentence; or a city after a comma or after « à »; or nothing.
      + #"(?:(?:(?:,[ ]*|,?[ ]*\r?\n[ ]*|[ ]+[-–/][ ]+(?=\p{L})|[ ]+"# + complementAfterSpace + #")"#
      + #"(?:(?i:"# + complementKeywords + #")[ ]+[\p{L}\d][\p{L}\d'’.-]*"#
      + #"(?:[ ]+(?!(?:\d{2}[ ]?\d{3}|"# + complementCapitals + #")\b)(?!(?i:"# + addressStopwords + #")\b)"#
      + #"[\p{L}\d][\p{L}\d'’-]*|[ ]+(?:de[ ]+)?[ld]['’]\p{Lu}[\p{L}'’-]*|[ ]+(?:de|du|des)(?=[ ]+\p{Lu})){0,4}"#
      + #"|\d{1,2}(?:e|er|ème|eme)[ ]+(?i:étage|etage)(?:[ ]+(?i:gauche|droite|porte[ ]+\d{1,3}))?)){0,2}"#
      + #"(?:"# + postcodeSeparator + postcode + cityAfterPostcode
      + #"|[ ]*\("# + postcode + #"[ ]+[\p{L}][\p{L}'’-]*(?:[ ][\p{L}][\p{L}'’-]*){0,3}\)"#
      // Without a postcode, a city after a comma, where the sentence or the line ends
      // (« 3 rue Pasteur, Metz. »), or after « à » (« 85 avenue de la Fontaine à Pau »).
      + #"|(?:,|[ ]/)[ ]+(?!(?:"# + addressCapitalStopwords + #")\b)(?:L[ae]s?[ ]|L['’])?[\p{Lu}][\p{L}'’-]*"#
      + #"(?:(?:[ ](?:sur|sous|en|lès|les|la|le|de|du)[ -]|[ ]d['’])[\p{Lu}][\p{L}'’-]*)?(?=[ ]*(?:[.,;:!?()\r\n]|$))"#
      + #"|[ ]+(?:à|a)[ ]+(?:L[ae]s?[ ]|L['’])?(?:[\p{Lu}][\p{L}'’-]*|[\p{Ll}][\p{L}'’-]*(?=[ ]*(?:[.,;:!?()\r\n]|$))))?"#
      // Without a postcode, a building or a flat (« 3 résidence Le Clos Fleuri, bât. C »).
      + #"|(?:,[ ]*|[ ]+)(?i:appt?\.?|apt\.?|appartement|bât\.?|bat\.?|bâtiment|batiment|escalier|esc\.?)[ ]*[\p{Lu}\d]{1,3}\b(?![\p{L}'’])"#
      + #")?"#,
    caseInsensitive: false)

  /// A rural address has no house number: « lieu-dit Le Bourg », « Lieu-dit Mezou Vras, 29000
  /// Quimper ».
  static let lieuDit = regex(
    #"\b(?i:lieu[- ]dit|lieudit)[ ]+(?:(?:L[ae]s?|L['’])[ ]?)?[\p{Lu}][\p{L}'’-]*"#
      + #"(?:[ ]+(?:de|du|des|la|le)(?=[ ]+\p{Lu})|[ ]+(?!(?:"# + addressCapitalStopwords
      + #")\b)[\p{Lu}][\p{L}'’-]*){0,4}"#
      + #"(?:"# + postcodeSeparator + #"\d{5}[ ]+[\p{L}][\p{L}'’-]*(?:[ ][\p{Lu}][\p{L}'’-]*)?)?"#,
    caseInsensitive: false)

  /// A NIR without its key (13 characters) needs the layout of one (three separators or more) or a
  /// word that announces it before (« sécu », « NIR », « carte vitale »): a bare 13-digit number may
  /// be anything.
  static func hasNIRLayoutOrCue(_ range: NSRange, in source: NSString) -> Bool {
    let text = source.substring(with: range)
    guard text.filter({ $0.isNumber || $0.isLetter }).count < 15 else { return true }
    if text.filter({ !($0.isNumber || $0.isLetter) }).count >= 3 { return true }
    let from = max(0, range.location - 40)
    let before = source.substring(with: NSRange(location: from, length: range.location - from))
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return ["secu", "nir", "insee", "securite sociale", "vitale", "ss "].contains { before.contains($0) }
  }

  /// Words that end a lowercase street name: the rest of the sentence starts there.
  static let addressStopwords =
    "à|a|au|aux|avec|c|ce|cette|chez|dans|de|depuis|des|du|donc|dont|elle|en|est|et|il|j|je|la|le|les|"
    + "leur|ma|mais|me|mes|mon|ne|nos|notre|nous|on|ou|où|par|pas|pour|près|qu|que|qui|sa|se|ses|si|son|"
    + "sont|sur|svp|un|une|vers|vos|votre|vous|y|merci|cordialement|bonjour|tél|tel|téléphone|"
    // « 71250 le mercredi »: a day after the postcode is no city.
    + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

  /// Words that open a complement (a flat, a floor): they end a lowercase street name.
  static let complementWords =
    "appartement|appt|apt|bâtiment|batiment|bât|bat|escalier|esc|étage|etage|porte|résidence|residence|"
    + "entrée|entree|boîte|boite|logement|parc"

  /// Capitalised words that start the next sentence rather than go on with the street's name.
  static let addressCapitalStopwords =
    "Ma|Mon|Mes|Je|J|Nous|Vous|Il|Elle|On|Merci|Cordialement|Bonjour|Pour|Et|Mais|Ou|Si|Tél|Tel|"
    + "Téléphone|Mail|Courriel|Bien|Avec|Voici|Voilà|Depuis|Dans|Sans|Chez|Ce|Cette|Ces|Ils|Elles|"
    + "Une?|(?:Le|La|Les|L['’])[ ]+\\p{Ll}+"

  /// Ranges sorted by position, the overlapping ones joined.
  static func merged(_ ranges: [NSRange]) -> [NSRange] {
    var result: [NSRange] = []
    for range in ranges.sorted(by: { $0.location < $1.location }) {
      if let last = result.last, range.location < last.location + last.length {
        result[result.count - 1] = NSUnionRange(last, range)
      } else {
        result.append(range)
      }
    }
    return result
  }

  static func regex(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
    // The patterns are constants: a failure here is a programming error caught by any test.
    try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
  }

  /// `length`: the text's length in UTF-16 units when known (`Prerequisites.utf16Length`);
  /// `NSString.length` counts them anew on every call.
  static func matches(_ expression: NSRegularExpression, in source: NSString, length: Int? = nil) -> [NSRange]
  {
    expression.matches(in: source as String, range: NSRange(location: 0, length: length ?? source.length))
      .map(\.range)
  }

  /// The matches of a pattern that never spans a space, a tab or a line break (`url`, `email`),
  /// looked for only in the runs of text between those that hold one of `markers` (UTF-16 units a
  /// match must hold), each run with the character on either side for the pattern's look-behind
  /// and look-ahead: the same matches as over the whole text. The engine copies the text it
  /// searches on every call, so a few short runs cost a fraction of one long text.
  static func matchesInRuns(
    _ expression: NSRegularExpression, in source: NSString, length: Int, markers: [UInt16]
  ) -> [NSRange] {
    var result: [NSRange] = []
    var runStart = 0
    var offset = 0
    var hasMarker = false
    func search(upTo end: Int) {
      let from = max(0, runStart - 1)
      let to = min(length, end + 1)
      result += expression.matches(in: source as String, range: NSRange(location: from, length: to - from))
        .map(\.range)
    }
    for unit in (source as String).utf16 {
      if unit == 0x20 || unit == 0x0A || unit == 0x09 || unit == 0x0D {
        if hasMarker { search(upTo: offset) }
        hasMarker = false
        runStart = offset + 1
      } else if markers.contains(unit) {
        hasMarker = true
      }
      offset += 1
    }
    if hasMarker { search(upTo: offset) }
    return result
  }

  /// `range` without the spaces, line breaks and separators it starts with.
  static func trimmingLeadingSeparators(_ range: NSRange, in source: NSString) -> NSRange {
    var location = range.location
    let end = range.location + range.length
    let separators = Set(" \t\r\n,;:/-–—|".utf16)
    while location < end, separators.contains(source.character(at: location)) { location += 1 }
    return NSRange(location: location, length: end - location)
  }

  static func trimmingTrailingPunctuation(_ range: NSRange, in source: NSString) -> NSRange {
    var length = range.length
    let trailing = Set(".,;:!?)]}'’»\"".utf16)
    // « 6 rue de la Liberté (16000 Angoulême) » keeps the bracket it opened.
    let opensBracket = source.substring(with: range).contains("(")
    while length > 1, trailing.contains(source.character(at: range.location + length - 1)),
      !(opensBracket && source.character(at: range.location + length - 1) == 0x29)
    {
      length -= 1
    }
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

  /// One digit, a decimal point or comma, then digits only: a number, not a written NIR.
  static func isDecimalNumber(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count > 2, scalars[0].properties.numericType != nil, scalars[1] == "." || scalars[1] == ","
    else { return false }
    return scalars.dropFirst(2).allSatisfy { ("0"..."9").contains($0) }
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

  /// IBAN length per country (ISO 13616 registry), for the countries French answers cite.
  static let ibanLengths: [String: Int] = [
    "FR": 27, "MC": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "LU": 20, "CH": 21, "GB": 22, "NL": 18,
    "PT": 25, "IE": 22, "AT": 20, "PL": 28, "RO": 24, "MA": 28, "TN": 24, "DZ": 26, "SN": 28, "GR": 27,
  ]

  /// The IBAN in a match: the country's length when it is known, else the longest prefix with a
  /// valid checksum, else the whole match when written in capitals. Lowercase text is an IBAN only
  /// for a known country (« fr76… »), so that words after it are not swallowed.
  static func ibanRange(_ range: NSRange, in source: NSString) -> Detection? {
    let candidate = source.substring(with: range)
    // Case-insensitive matching lets « ſ » or the Kelvin sign stand for letters: not an IBAN.
    guard candidate.unicodeScalars.prefix(2).allSatisfy(\.isASCII) else { return nil }
    let compact = candidate.filter { $0.isLetter || $0.isNumber }.uppercased()
    let country = String(compact.prefix(2))
    if Array(candidate.utf16.prefix(3)).last == 0x20, ibanLengths[country] == nil { return nil }
    if let length = ibanLengths[country] {
      guard compact.count >= length else { return nil }
      // Cut after the country's length of letters and digits.
      var kept = 0
      var utf16 = 0
      for character in candidate {
        if character.isLetter || character.isNumber { kept += 1 }
        utf16 += character.utf16.count
        if kept == length { break }
      }
      let iban = String(compact.prefix(length))
      return Detection(
        kind: .iban, range: NSRange(location: range.location, length: utf16),
        confidence: isValidIBAN(iban) ? .checksum : .shape)
    }
    guard candidate.prefix(2).allSatisfy(\.isUppercase) else { return nil }
    var prefix = candidate
    while !prefix.isEmpty {
      if isValidIBAN(prefix.filter { $0.isLetter || $0.isNumber }) {
        return Detection(
          kind: .iban, range: NSRange(location: range.location, length: (prefix as NSString).length),
          confidence: .checksum)
      }
      guard
        let lastSpace = prefix.lastIndex(where: {
          $0 == " " || $0 == "\u{A0}" || $0 == "\u{2009}" || $0 == "\u{202F}"
        })
      else { break }
      prefix = String(prefix[..<lastSpace])
    }
    return compact.count >= 15 ? Detection(kind: .iban, range: range, confidence: .shape) : nil
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
