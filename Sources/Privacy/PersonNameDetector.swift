import Foundation

/// Person names from word lists and context cues (titles, « je m'appelle », signatures).
///
/// Choices: a name standing in an institution or street name (« lycée Victor Hugo », « rue Jean
/// Jaurès ») is kept, since it names a place, not a respondent; names of public figures in running
/// text are masked like any other (the masker cannot tell who is public). First names that are
/// also ordinary words (« Pierre », « Rose », « France ») need a surname or a cue to be masked.
struct PersonNameDetector: Sendable {
  let firstNames: Set<String>
  let ambiguousFirstNames: Set<String>
  let surnames: Set<String>

  static let shared = PersonNameDetector()

  init() {
    firstNames = Self.loadList("prenoms")
    ambiguousFirstNames = Self.loadList("ambigus")
    surnames = Self.loadList("noms")
  }

  static func loadList(_ name: String) -> Set<String> {
    let url =
      Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
      ?? Bundle.module.url(forResource: name, withExtension: "txt")
    guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return Set(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") }.map(fold))
  }

  static func fold(_ s: some StringProtocol) -> String {
    s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }

  struct Token {
    var text: String
    var folded: String
    var range: NSRange
    /// The characters between the previous token and this one.
    var gapBefore: String
    /// The first character is upper case.
    var isCapitalized: Bool
    /// Two characters or more, every letter upper case.
    var isAllCaps: Bool

    init(text: String, folded: String, range: NSRange, gapBefore: String) {
      self.init(
        text: text, folded: folded, range: range, gapBefore: gapBefore,
        isCapitalized: text.first?.isUppercase == true,
        isAllCaps: text.count >= 2 && text.allSatisfy { !$0.isLetter || $0.isUppercase })
    }

    init(
      text: String, folded: String, range: NSRange, gapBefore: String, isCapitalized: Bool,
      isAllCaps: Bool
    ) {
      self.text = text
      self.folded = folded
      self.range = range
      self.gapBefore = gapBefore
      self.isCapitalized = isCapitalized
      self.isAllCaps = isAllCaps
    }
  }

  /// `Character.isUppercase` and `isLetter` of each scalar below U+0250, where every letter and
  /// the hyphen are a character each: a word's case is read from tables, not from Unicode data.
  static let latinUppercase: [Bool] = (0..<0x250).map {
    Character(Unicode.Scalar(UInt32($0))!).isUppercase
  }
  static let latinLetter: [Bool] = (0..<0x250).map { Character(Unicode.Scalar(UInt32($0))!).isLetter }

  /// The case of the word made of `scalars` (letters and hyphens), as `Token.init` reads it from
  /// its characters; nil outside the Latin tables.
  static func latinCase(_ scalars: [Unicode.Scalar]) -> (isCapitalized: Bool, isAllCaps: Bool)? {
    var allCaps = true
    for scalar in scalars {
      guard scalar.value < 0x250 else { return nil }
      let value = Int(scalar.value)
      if latinLetter[value] && !latinUppercase[value] { allCaps = false }
    }
    guard let first = scalars.first else { return (false, false) }
    return (latinUppercase[Int(first.value)], allCaps && scalars.count >= 2)
  }

  static let wordPattern = try! NSRegularExpression(pattern: #"\p{L}+(?:-\p{L}+)*"#)

  static let stopwords: Set<String> = [
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "je", "j", "tu", "il", "elle", "nous",
    "vous",
    "ils", "elles", "on", "ce", "c", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son",
    "sa",
    "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "et", "ou", "mais", "donc", "car", "ni", "que",
    "qu",
    "qui", "quoi", "dont", "a", "au", "aux", "en", "dans", "par", "pour", "sur", "avec", "sans", "sous",
    "chez",
    "entre", "vers", "est", "sont", "etc", "bonjour", "merci", "cordialement", "madame", "monsieur", "oui",
    "non",
    "si", "n", "s", "m", "y", "ne", "pas", "plus", "tres", "bien", "tout", "tous", "toute", "toutes", "comme",
    "aussi", "enfin", "alors", "puis", "ainsi", "cela", "ca", "lycee", "college", "ecole", "universite",
    "professeur", "professeure", "enseignant", "enseignante", "directeur", "directrice", "parent", "parents",
    "eleve", "eleves", "ia", "intelligence", "artificielle", "france", "education", "nationale", "ministre",
    "ministere", "academie", "rectorat", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre",
  ]

  static let particles: Set<String> = ["le", "la", "de", "du", "van", "von", "da", "di", "ben", "el", "al"]

  static let institutionWords: Set<String> = [
    "lycee", "college", "ecole", "universite", "rue", "avenue", "boulevard", "place", "allee", "quai",
    "institut", "fondation", "centre", "salle", "gymnase", "mediatheque", "bibliotheque", "hopital", "square",
    "stade", "musee", "campus", "groupe", "ensemble", "prix", "loi", "lois", "plan", "rapport", "espace",
    "residence", "pont", "gare", "station", "cite", "promotion", "inspe", "iut", "amphitheatre", "amphi",
    "chemin", "impasse", "cours", "parc", "jardin", "theatre", "maison", "association", "saint", "sainte",
    "st", "ste", "metro", "reforme", "reformes", "circulaire", "cneh", "lpo", "lp", "erea", "clg",
  ]

  static let institutionFillers: Set<String> = [
    "de", "du", "des", "d", "primaire", "elementaire", "maternelle", "public", "publique", "prive", "privee",
    "professionnel", "general", "generale", "technologique", "agricole", "polyvalent", "international",
    "regional", "militaire", "superieure", "scolaire", "universitaire", "sportif", "culturel",
  ]

  static let titles: Set<String> = [
    "m", "mr", "mme", "mlle", "mmes", "dr", "pr", "monsieur", "madame", "mademoiselle", "docteur",
    "professeur",
    "maitre",
  ]

  static let closings: Set<String> = [
    "cordialement", "salutations", "amicalement", "sincerement", "respectueusement", "amities", "signe",
  ]

  /// The words of the text (`\p{L}+(?:-\p{L}+)*`), scanned by hand over its UTF-8 bytes: the
  /// regular expression and Foundation's folding of every word took half of the import's time.
  func tokens(in source: NSString) -> [Token] {
    var text = source as String
    return text.withUTF8 { Self.tokens(utf8: $0) }
  }

  private static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var result: [Token] = []
    result.reserveCapacity(bytes.count / 6)
    var scalars: [Unicode.Scalar] = []
    var wordStart = 0  // UTF-16 offset of the word's first letter
    var wordStartByte = 0
    var gapStartByte = 0
    var pendingHyphen: (byte: Int, offset: Int)?
    func finish(atByte end: Int, offset endOffset: Int) {
      guard !scalars.isEmpty else { return }
      let word = string(wordStartByte..<end)
      let range = NSRange(location: wordStart, length: endOffset - wordStart)
      let folded = fastFold(scalars) ?? fold(word)
      let gap = string(gapStartByte..<wordStartByte)
      if let (isCapitalized, isAllCaps) = latinCase(scalars) {
        result.append(
          Token(
            text: word, folded: folded, range: range, gapBefore: gap, isCapitalized: isCapitalized,
            isAllCaps: isAllCaps))
      } else {
        result.append(Token(text: word, folded: folded, range: range, gapBefore: gap))
      }
      gapStartByte = end
      scalars.removeAll(keepingCapacity: true)
    }
    var index = 0
    var offset = 0  // UTF-16 offset of the scalar being read
    while index < bytes.count {
      // A String's bytes are valid UTF-8.
      let lead = bytes[index]
      var value = UInt32(lead)
      var length = 1
      if lead >= 0xF0 {
        length = 4
        value = UInt32(lead & 0x07)
      } else if lead >= 0xE0 {
        length = 3
        value = UInt32(lead & 0x0F)
      } else if lead >= 0xC0 {
        length = 2
        value = UInt32(lead & 0x1F)
      }
      for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
      let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
      if isLetter(scalar) {
        if scalars.isEmpty {
          wordStart = offset
          wordStartByte = index
        } else if pendingHyphen != nil {
          scalars.append("-")
        }
        pendingHyphen = nil
        scalars.append(scalar)
      } else if scalar == "-", !scalars.isEmpty, pendingHyphen == nil {
        pendingHyphen = (index, offset)
      } else if let hyphen = pendingHyphen {
        finish(atByte: hyphen.byte, offset: hyphen.offset)
        pendingHyphen = nil
      } else {
        finish(atByte: index, offset: offset)
      }
      offset += length == 4 ? 2 : 1
      index += length
    }
    if let hyphen = pendingHyphen {
      finish(atByte: hyphen.byte, offset: hyphen.offset)
    } else {
      finish(atByte: index, offset: offset)
    }
    return result
  }

  /// The tokens as the original regular expression found them; kept to check `tokens(in:)`.
  func referenceTokens(in source: NSString) -> [Token] {
    var result: [Token] = []
    var previousEnd = 0
    for match in Self.wordPattern.matches(
      in: source as String, range: NSRange(location: 0, length: source.length))
    {
      let text = source.substring(with: match.range)
      let gap = source.substring(
        with: NSRange(location: previousEnd, length: match.range.location - previousEnd))
      result.append(Token(text: text, folded: Self.fold(text), range: match.range, gapBefore: gap))
      previousEnd = match.range.location + match.range.length
    }
    return result
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
  }

  /// Folded Latin letters (U+00C0–U+024F), each as Foundation folds it alone.
  static let latinFolds: [String] = (0xC0...0x24F).map { value in
    fold(String(Character(Unicode.Scalar(UInt32(value))!)))
  }

  /// The UTF-8 bytes of `latinFolds`.
  static let latinFoldBytes: [[UInt8]] = latinFolds.map { Array($0.utf8) }

  /// Folds ASCII and Latin letters by table; nil when another script needs Foundation.
  static func fastFold(_ scalars: [Unicode.Scalar]) -> String? {
    var capacity = 0
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 {
        capacity += 1
      } else if value >= 0xC0, value <= 0x24F {
        capacity += latinFoldBytes[Int(value) - 0xC0].count
      } else {
        return nil
      }
    }
    // Written straight into the string's storage: no intermediate buffer per word.
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var count = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[count] = UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
          count += 1
        } else {
          for byte in latinFoldBytes[Int(value) - 0xC0] {
            buffer[count] = byte
            count += 1
          }
        }
      }
      return count
    }
  }

  func isFirstName(_ token: Token) -> Bool {
    guard token.isCapitalized else { return false }
    if firstNames.contains(token.folded) { return true }
    let parts = token.folded.split(separator: "-")
    return parts.count > 1 && parts.allSatisfy { firstNames.contains(String($0)) }
  }

  /// A capitalised word that can be part of a name.
  func isNamePart(_ token: Token) -> Bool {
    (token.isCapitalized || token.isAllCaps) && !Self.stopwords.contains(token.folded)
      && !Self.institutionWords.contains(token.folded)
  }

  static func joinsClosely(_ gap: String) -> Bool { gap == " " }

  /// The last index of a name that continues after `index` (surnames, particles), at most 2 words more.
  func extend(from index: Int, in tokens: [Token]) -> Int {
    var last = index
    var added = 0
    var i = index + 1
    while i < tokens.count, added < 2, Self.joinsClosely(tokens[i].gapBefore) {
      if isNamePart(tokens[i]) {
        last = i
        added += 1
        i += 1
      } else if Self.particles.contains(tokens[i].folded), i + 1 < tokens.count,
        Self.joinsClosely(tokens[i + 1].gapBefore), isNamePart(tokens[i + 1]),
        surnames.contains(tokens[i + 1].folded) || tokens[i + 1].isAllCaps
          || surnames.contains(tokens[i].folded + " " + tokens[i + 1].folded)
      {
        last = i + 1
        added += 1
        i += 2
      } else {
        break
      }
    }
    return last
  }

  func isInInstitution(_ index: Int, in tokens: [Token]) -> Bool {
    var i = index
    var steps = 0
    while i > 0, steps < 4 {
      let gap = tokens[i].gapBefore
      if gap.contains(where: { ".!?\n;:(".contains($0) }) { return false }
      i -= 1
      steps += 1
      let folded = tokens[i].folded
      if Self.institutionWords.contains(folded) { return true }
      if !(Self.institutionFillers.contains(folded) || tokens[i].isCapitalized) { return false }
    }
    return false
  }

  func startsSentence(_ index: Int, in tokens: [Token]) -> Bool {
    index == 0 || tokens[index].gapBefore.contains(where: { ".!?\n:«\"".contains($0) })
  }

  func detect(in source: NSString, keepsInstitutionNames: Bool) -> [Detection] {
    let tokens = tokens(in: source)
    var spans: [(Int, Int)] = []
    var covered = [Bool](repeating: false, count: tokens.count)
    func add(_ start: Int, _ end: Int) {
      guard start <= end, !covered[start...end].contains(true) else { return }
      spans.append((start, end))
      for i in start...end { covered[i] = true }
    }
    for (i, token) in tokens.enumerated() where !covered[i] {
      // Titles: « M. Dupont », « Mme Le Gall », « Dr Martin ».
      if token.isCapitalized, Self.titles.contains(token.folded), i + 1 < tokens.count {
        let next = tokens[i + 1]
        let gapOK =
          token.folded == "m"
          ? next.gapBefore.hasPrefix(".") && next.gapBefore.count <= 2 : next.gapBefore.count <= 2
        if gapOK, isNamePart(next) {
          add(i + 1, extend(from: i + 1, in: tokens))
          continue
        }
        // « Mme Le Gall », « M. de Villepin »: a particle then a capitalised name.
        if gapOK, Self.particles.contains(next.folded), i + 2 < tokens.count,
          Self.joinsClosely(tokens[i + 2].gapBefore),
          isNamePart(tokens[i + 2])
        {
          add(i + 1, extend(from: i + 2, in: tokens))
          continue
        }
      }
      // Cues: « je m'appelle X », « je me nomme X », « mon nom est X », « je suis X Y ».
      if i >= 2, isNamePart(token) {
        let previous = tokens[i - 2].folded + " " + tokens[i - 1].folded
        let cue = ["m appelle", "me nomme", "nom est", "prenom est", "appelle moi"].contains(previous)
        let isSuis =
          previous == "je suis"
          && (isFirstName(token)
            || (i + 1 < tokens.count && isNamePart(tokens[i + 1])
              && Self.joinsClosely(tokens[i + 1].gapBefore) && token.isCapitalized))
        if cue || isSuis {
          add(i, extend(from: i, in: tokens))
          continue
        }
      }
      // Signatures: the capitalised words after a closing formula.
      if Self.closings.contains(token.folded)
        || (token.folded == "vous" && i >= 2 && tokens[i - 2].folded == "bien"
          && tokens[i - 1].folded == "a")
      {
        if i + 1 < tokens.count, isNamePart(tokens[i + 1]),
          tokens[i + 1].gapBefore.allSatisfy({ $0.isWhitespace || $0 == "," })
        {
          add(i + 1, extend(from: i + 1, in: tokens))
        }
        continue
      }
      // First names from the list, with the surname that follows.
      if isFirstName(token) {
        if keepsInstitutionNames, isInInstitution(i, in: tokens) { continue }
        if i > 0, ["saint", "sainte", "st", "ste"].contains(tokens[i - 1].folded) { continue }
        let end = extend(from: i, in: tokens)
        let isAmbiguous = ambiguousFirstNames.contains(token.folded)
        if isAmbiguous {
          guard end > i else { continue }
          let next = tokens[i + 1]
          guard
            surnames.contains(next.folded) || next.isAllCaps || isFirstName(next)
              || !startsSentence(i, in: tokens)
          else { continue }
        }
        var start = i
        if i > 0, Self.joinsClosely(token.gapBefore), tokens[i - 1].isAllCaps,
          surnames.contains(tokens[i - 1].folded),
          !covered[i - 1]
        {
          start = i - 1
        }
        add(start, end)
      }
    }
    return spans.map { start, end in
      let from = tokens[start].range.location
      let to = tokens[end].range.location + tokens[end].range.length
      return Detection(kind: .personne, range: NSRange(location: from, length: to - from))
    }
  }
}
