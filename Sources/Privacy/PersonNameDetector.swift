import Foundation

/// Person names from word lists and context cues (titles, « je m'appelle », signatures).
///
/// Lists: the bundled ones (`Resources/`, ~300 first names) and, when `scripts/setup` has derived
/// it, the extended list of ~50,000 first names (`NameLexicon`). A name of the extended list is
/// masked alone only when capitalised, not in capitals, not after an article; a lowercase first
/// name only after a cue (« mon pote », « moi c'est », « la mère de ») or beside another name;
/// one that is also a word (`wordFirstNames`) never alone.
///
/// Choices: a name standing in an institution or street name (« lycée Victor Hugo », « rue Jean
/// Jaurès ») is kept, since it names a place, not a respondent; names of public figures in running
/// text are masked like any other (the masker cannot tell who is public). First names that are
/// also ordinary words (« Pierre », « Rose », « France ») need a surname or a cue to be masked.
struct PersonNameDetector: Sendable {
  let firstNames: Set<String>
  let ambiguousFirstNames: Set<String>
  let surnames: Set<String>
  /// Where the extended first-name list was read from, nil when it is missing (`NameLexicon`).
  let extendedListFolder: URL?

  /// Whether the French (and English) word lists were read (`NameLexicon.locateWordLists`): the
  /// rules that take an unknown word after a cue for a name need them, and are off without them.
  let hasWordLists: Bool
  /// The learned second opinion on the words the rules leave (`NameTagger`), nil to use the rules alone.
  let tagger: NameTagger?

  static let shared = PersonNameDetector(
    extendedListFolder: NameLexicon.locate(), wordLists: NameLexicon.locateWordLists())

  /// Every list a folded word belongs to, and whether it is a common word (`commonWordBit`), in
  /// one table: one lookup per word instead of one per list and rule (hashing the words took most
  /// of the detector's time).
  let lexicon: WordTable
  /// The value bit of a lowercase entry of the word lists in `lexicon` (no `WordClass` uses it).
  static let commonWordBit: UInt32 = 1 << 31

  /// The bundled lists, plus the extended first names found in `extendedListFolder`
  /// (`scripts/setup` derives them from a list of ~48,000 first names of ~55 countries).
  ///
  /// `wordLists`: Debian's `wfrench` and `wamerican` lists (one word a line); their lowercase
  /// entries are the common words, a word outside them after a cue is taken for a name.
  init(extendedListFolder: URL? = nil, wordLists: [URL] = [], tagger: NameTagger? = NameTagger.bundled) {
    var firstNames = Self.loadList("prenoms")
    let ambiguousFirstNames = Self.loadList("ambigus")
    surnames = Self.loadList("noms")
    let places = Self.loadList("lieux")
    var extended: Set<String> = []
    var extendedAmbiguous: Set<String> = []
    if let folder = extendedListFolder {
      let fixed = firstNames.union(ambiguousFirstNames).union(surnames)
      let words = Self.stopwords.union(Self.nonNames).union(Self.roles).union(Self.titles)
        .union(Self.closings).union(Self.institutionWords).union(Self.sentenceOpeners)
        .union(Self.roleQualifiers).union(Self.particles).union(places)
      // Two letters are too often an abbreviation or a syllable (« Jo », « Ly », « Di »).
      func usable(_ name: String) -> Bool {
        name.count >= 3 && !fixed.contains(name) && !words.contains(name)
      }
      extended = Self.loadFile(folder.appendingPathComponent(NameLexicon.firstNamesFile), alreadyFolded: true)
        .filter(usable)
      extendedAmbiguous = Self.loadFile(
        folder.appendingPathComponent(NameLexicon.ambiguousFile), alreadyFolded: true
      )
      .filter(usable)
      self.extendedListFolder = extended.isEmpty ? nil : folder
    } else {
      self.extendedListFolder = nil
    }
    firstNames.formUnion(extended)
    self.firstNames = firstNames
    self.ambiguousFirstNames = ambiguousFirstNames
    let lists: [(Set<String>, WordClass)] = [
      (firstNames, .firstNames), (ambiguousFirstNames, .ambiguousFirstNames), (surnames, .surnames),
      (Self.stopwords, .stopwords), (Self.particles, .particles), (Self.institutionWords, .institutionWords),
      (Self.institutionFillers, .institutionFillers), (Self.titles, .titles), (Self.closings, .closings),
      (Self.roles, .roles), (Self.closeRoles, .closeRoles), (Self.roleQualifiers, .roleQualifiers),
      (Self.nonNames, .nonNames), (Self.sentenceOpeners, .sentenceOpeners), (Self.cueEnds, .cueEnds),
      (Self.lowercaseTitles, .lowercaseTitles), (Self.determiners, .determiners),
      (Self.determinersBeforeThings, .determinersBeforeThings), (extended, .extendedFirstNames),
      (extendedAmbiguous, .wordFirstNames), (Self.kinship, .kinship), (places, .places),
      (Self.articles, .articles), (Self.textingWords, .nonNames), (Self.nameFields, .nameFields),
      (["avec", "chez"], .companions), (["ans"], .years), (["petit", "petite"], .little),
      (["en", "a", "au", "aux", "vers", "sur", "sous", "via", "dans"], .placePrepositions),
      (Self.beforeNamedThings, .beforeNamedThings), (Self.quotingVerbs.union(["merci"]), .thanksOrQuoting),
      (["de", "d", "c", "ici", "est", "suis", "chui", "jsuis"], .casualOpeners),
    ]
    var entries: [(word: String, value: UInt32)] = []
    for (words, wordClass) in lists {
      for word in words { entries.append((word, wordClass.rawValue)) }
    }
    let listed = entries.count
    for url in wordLists {
      guard let words = Self.loadCommonWords(url) else { continue }
      for word in words { entries.append((word, Self.commonWordBit)) }
    }
    hasWordLists = entries.count > listed
    // The tagger learned from features that include the dictionary: without it, it would guess.
    self.tagger = hasWordLists ? tagger : nil
    self.lexicon = WordTable(entries)
  }

  struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let firstNames = WordClass(rawValue: 1 << 0)
    static let ambiguousFirstNames = WordClass(rawValue: 1 << 1)
    static let surnames = WordClass(rawValue: 1 << 2)
    static let stopwords = WordClass(rawValue: 1 << 3)
    static let particles = WordClass(rawValue: 1 << 4)
    static let institutionWords = WordClass(rawValue: 1 << 5)
    static let institutionFillers = WordClass(rawValue: 1 << 6)
    static let titles = WordClass(rawValue: 1 << 7)
    static let closings = WordClass(rawValue: 1 << 8)
    static let roles = WordClass(rawValue: 1 << 9)
    static let closeRoles = WordClass(rawValue: 1 << 10)
    static let roleQualifiers = WordClass(rawValue: 1 << 11)
    static let nonNames = WordClass(rawValue: 1 << 12)
    static let sentenceOpeners = WordClass(rawValue: 1 << 13)
    static let cueEnds = WordClass(rawValue: 1 << 14)
    static let lowercaseTitles = WordClass(rawValue: 1 << 15)
    static let determiners = WordClass(rawValue: 1 << 16)
    static let determinersBeforeThings = WordClass(rawValue: 1 << 17)
    /// First names from the extended list only (not the bundled ones): never in capitals alone,
    /// never after a determiner (« l'Ina », « TOR »).
    static let extendedFirstNames = WordClass(rawValue: 1 << 18)
    /// First names of the extended list that are also French or English words (« prune », « will »):
    /// never alone; capitalised after a role or « la mère de », or beside another name
    /// (« kevin et amine »).
    static let wordFirstNames = WordClass(rawValue: 1 << 19)
    /// Relatives and teachers named « de X »: « la mère de Duarte », « maman d'Agnès ».
    static let kinship = WordClass(rawValue: 1 << 20)
    /// Countries, regions and cities (`Resources/lieux.txt`).
    static let places = WordClass(rawValue: 1 << 21)
    static let articles = WordClass(rawValue: 1 << 22)
    /// « Nom », « Prénom »: a form's fields.
    static let nameFields = WordClass(rawValue: 1 << 23)
    /// « avec », « chez »: a name may follow in lowercase (« avec tenzin on… »).
    static let companions = WordClass(rawValue: 1 << 24)
    /// « en », « à », « sous »…: a capitalised word after them is a place or a product.
    static let placePrepositions = WordClass(rawValue: 1 << 25)
    /// « ans », after an age.
    static let years = WordClass(rawValue: 1 << 26)
    /// « petit », « petite »: « le petit Kavya ».
    static let little = WordClass(rawValue: 1 << 27)
    /// « chat », « manuel »: after them a first name names a pet or a publisher.
    static let beforeNamedThings = WordClass(rawValue: 1 << 28)
    /// « merci », « disait »: before someone thanked or quoted.
    static let thanksOrQuoting = WordClass(rawValue: 1 << 29)
    /// « de », « suis », « ici », « c'est », « jsuis »: before a child's or a self-introduced name
    /// (`nameInCasualFrame`). Not a list in the tagger's sense: `isUnlisted` ignores it.
    static let casualOpeners = WordClass(rawValue: 1 << 30)

    /// In no list (the casual openers aside).
    @inline(__always) var isUnlisted: Bool { rawValue & ~WordClass.casualOpeners.rawValue == 0 }

    /// Whether any of `other`'s classes is in this set: a plain bit test, where the generic
    /// `SetAlgebra.contains` costs witness calls per word in debug builds.
    @inline(__always) func has(_ other: WordClass) -> Bool { rawValue & other.rawValue != 0 }

    /// Whether every class in this set is one of `other`'s.
    @inline(__always) func isWithin(_ other: WordClass) -> Bool { rawValue & ~other.rawValue == 0 }
  }

  static func loadList(_ name: String) -> Set<String> {
    let url =
      Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
      ?? Bundle.module.url(forResource: name, withExtension: "txt")
    guard let url else { return [] }
    return loadFile(url)
  }

  /// The folded lowercase entries of a word list (`/usr/share/dict/french`), nil when unreadable:
  /// capitalised entries are proper nouns and are left out.
  static func loadCommonWords(_ url: URL) -> [String]? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    var words: [String] = []
    words.reserveCapacity(400_000)
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      while start < bytes.count {
        var end = start
        var ascii = true
        var plain = true  // ASCII lowercase letters and hyphens only: already folded
        while end < bytes.count, bytes[end] != 0x0A {
          let byte = bytes[end]
          if byte >= 0x80 {
            ascii = false
          } else if !(byte >= 0x61 && byte <= 0x7A) && byte != 0x2D {
            plain = false
          }
          end += 1
        }
        defer { start = end + 1 }
        guard end > start else { continue }
        let first = bytes[start]
        // Lowercase entries only: an ASCII lowercase letter, or a non-ASCII one checked below.
        guard (first >= 0x61 && first <= 0x7A) || first >= 0x80 else { continue }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if ascii {
          if plain { words.append(line) }
          continue
        }
        let scalars = Array(line.unicodeScalars)
        guard scalars.first?.properties.isLowercase == true,
          scalars.allSatisfy({ $0 == "-" || $0.properties.isAlphabetic })
        else { continue }
        words.append(fastFold(scalars) ?? fold(line))
      }
    }
    return words
  }

  /// The folded words of a list, one a line, « # » comments skipped; empty when unreadable.
  static func loadFile(_ url: URL, alreadyFolded: Bool = false) -> Set<String> {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    if alreadyFolded {
      return Set(text.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
    }
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
    /// The word has a hyphen (« Jean-Marc »); set by the scanner, which sees it.
    var hasHyphen = false
    /// The word lists the folded word belongs to, looked up once (`detect`).
    var classes: WordClass = []
    /// A lowercase entry of the French or English word lists, looked up with `classes`.
    var isCommon = false
    /// The last word of the text is followed by a dot (« — Paola S. »); set by the scanner.
    var isFollowedByDot = false
    /// The gap holds one of « .!?:«" » or a line break: a sentence starts here (`startsSentence`).
    var gapEndsSentence = false
    /// The gap holds one of « .!?;:(, » or a line break: no institution's name goes on across it
    /// (« Au lycée, Tran Vincent nous… », « collège Anne-Frank, Lucie Martin »).
    var gapEndsInstitution = false
    /// The gap opens with « ( » or « ␣( »: a class or a need may follow (`isFollowedByClassOrNeed`).
    var gapOpensBracket = false

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

  /// Words, hyphenated ones whole, and the Breton « c'h » inside a word (« Le Floc'h », « GUIVARC'H »).
  static let wordPattern = try! NSRegularExpression(pattern: #"\p{L}+(?:(?:-|(?<=[cC])['’](?=[hH]))\p{L}+)*"#)

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

  static let particles: Set<String> = [
    "le", "la", "de", "du", "van", "von", "da", "di", "ben", "el", "al", "dos", "das", "del", "della", "der",
    "den", "ter", "ibn", "bin", "ait", "ould",
  ]

  static let institutionWords: Set<String> = [
    "lycee", "college", "ecole", "universite", "rue", "avenue", "boulevard", "place", "allee", "quai",
    "institut", "fondation", "centre", "salle", "gymnase", "mediatheque", "bibliotheque", "hopital", "square",
    "stade", "musee", "campus", "groupe", "ensemble", "prix", "loi", "lois", "plan", "rapport", "espace",
    "residence", "pont", "gare", "station", "cite", "promotion", "inspe", "iut", "amphitheatre", "amphi",
    "chemin", "impasse", "cours", "parc", "jardin", "theatre", "maison", "association", "saint", "sainte",
    "st", "ste", "metro", "reforme", "reformes", "circulaire", "cneh", "lpo", "lp", "erea", "clg", "charte",
    "commission", "application", "appli", "amendement", "cdi", "cio", "rased", "sessad", "ime", "itep",
    "cfa", "greta", "ulis", "segpa",
    // « bâtiment Simone Veil », « pavillon Marie Curie », « internat Jean Zay ».
    "batiment", "pavillon", "internat",
  ]

  static let institutionFillers: Set<String> = [
    "de", "du", "des", "d", "primaire", "elementaire", "maternelle", "public", "publique", "prive", "privee",
    "professionnel", "general", "generale", "technologique", "agricole", "polyvalent", "international",
    "regional", "militaire", "superieure", "scolaire", "universitaire", "sportif", "culturel",
    // « lycée français Alexandre Yersin ».
    "francais", "francaise", "europeen", "europeenne",
  ]

  static let titles: Set<String> = [
    "m", "mr", "mme", "mlle", "mmes", "dr", "dre", "pr", "monsieur", "madame", "mademoiselle", "docteur",
    "docteure", "professeur",
    "maitre",
  ]

  static let closings: Set<String> = [
    "cordialement", "salutations", "amicalement", "sincerement", "respectueusement", "amities", "signe",
    "bisous", "bises", "signature", "cdlt", "cdt", "slt", "bav",
  ]

  /// The words of the text (`wordPattern`), scanned by hand over its UTF-8 bytes: the
  /// regular expression and Foundation's folding of every word took half of the import's time.
  func tokens(in source: NSString) -> [Token] {
    var text = source as String
    return text.withUTF8 { Self.tokens(utf8: $0) }
  }

  private static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(bytes.count / 6)
    // The word being read: its first byte and UTF-16 offset, and what its bytes showed so far.
    var inWord = false
    var wordStart = 0
    var wordStartByte = 0
    var gapStartByte = 0
    // A hyphen after the word's last letter, kept only if a letter follows (« Jean-Marc »).
    var hyphenByte = -1
    var hyphenOffset = 0
    var wordHasHyphen = false
    var wordIsASCII = true
    var hasCapital = false
    var hasLowercase = false
    var firstIsCapital = false
    var wordLength = 0  // in scalars, hyphens included
    var lastScalar: UInt32 = 0
    // The word's bytes are its scalars (letters, inner hyphens, the apostrophe of « c'h »): an
    // ASCII word is folded and cased from its bytes, without a scalar array or Foundation.
    func finish(atByte end: Int, offset endOffset: Int) {
      guard inWord else { return }
      inWord = false
      let wordBytes = UnsafeBufferPointer(rebasing: bytes[wordStartByte..<end])
      let word = String(decoding: wordBytes, as: UTF8.self)
      let range = NSRange(location: wordStart, length: endOffset - wordStart)
      // Most gaps are one space or one sign: shared strings, not one made per word.
      let gapLength = wordStartByte - gapStartByte
      let gap =
        gapLength == 1 && bytes[gapStartByte] < 0x80
        ? asciiStrings[Int(bytes[gapStartByte])]
        : String(decoding: UnsafeBufferPointer(rebasing: bytes[gapStartByte..<wordStartByte]), as: UTF8.self)
      var token: Token
      if wordIsASCII {
        let folded = hasCapital ? asciiLowercased(wordBytes) : word
        token = Token(
          text: word, folded: folded, range: range, gapBefore: gap, isCapitalized: firstIsCapital,
          isAllCaps: !hasLowercase && wordLength >= 2)
      } else if let (isCapitalized, isAllCaps, folded) = latinCaseAndFold(wordBytes) {
        token = Token(
          text: word, folded: folded, range: range, gapBefore: gap, isCapitalized: isCapitalized,
          isAllCaps: isAllCaps)
      } else {
        let scalars = Array(word.unicodeScalars)
        let folded = fastFold(scalars) ?? fold(word)
        if let (isCapitalized, isAllCaps) = latinCase(scalars) {
          token = Token(
            text: word, folded: folded, range: range, gapBefore: gap, isCapitalized: isCapitalized,
            isAllCaps: isAllCaps)
        } else {
          token = Token(text: word, folded: folded, range: range, gapBefore: gap)
        }
      }
      token.hasHyphen = wordHasHyphen
      if gapLength == 1, bytes[gapStartByte] < 0x80 {
        let byte = bytes[gapStartByte]
        // . ! ? : or a line break
        let common = byte == 0x0A || byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A
        token.gapEndsSentence = common || byte == 0x22
        token.gapEndsInstitution = common || byte == 0x3B || byte == 0x28 || byte == 0x2C
        token.gapOpensBracket = byte == 0x28
      } else if gapLength > 0 {
        let marks = gapMarks(UnsafeBufferPointer(rebasing: bytes[gapStartByte..<wordStartByte]), gap: gap)
        token.gapEndsSentence = marks.sentence
        token.gapEndsInstitution = marks.institution
        token.gapOpensBracket = marks.bracket
      }
      result.append(consume token)
      gapStartByte = end
    }

    var index = 0
    var offset = 0  // UTF-16 offset of the scalar being read
    while index < bytes.count {
      // Most bytes are lowercase ASCII letters inside a word: read their run at once, with what
      // the general step below would do for each (no hyphen waits: a letter after one is read
      // there).
      if inWord, hyphenByte < 0 {
        var end = index
        while end < bytes.count, bytes[end] >= 0x61, bytes[end] <= 0x7A { end += 1 }
        if end > index {
          hasLowercase = true
          wordLength += end - index
          lastScalar = UInt32(bytes[end - 1])
          offset += end - index
          index = end
          continue
        }
      }
      let (value, length) = bytes.scalar(at: index)
      let isASCIILetter = (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
      if isASCIILetter || (value >= 0x80 && isLetter(Unicode.Scalar(value) ?? "\u{FFFD}")) {
        if !inWord {
          inWord = true
          wordStart = offset
          wordStartByte = index
          wordHasHyphen = false
          wordIsASCII = true
          hasCapital = false
          hasLowercase = false
          firstIsCapital = value >= 0x41 && value <= 0x5A
          wordLength = 0
        } else if hyphenByte >= 0 {
          wordHasHyphen = true
          wordLength += 1
        }
        hyphenByte = -1
        wordLength += 1
        lastScalar = value
        if value >= 0x80 {
          wordIsASCII = false
        } else if value <= 0x5A {
          hasCapital = true
        } else {
          hasLowercase = true
        }
      } else if value == 0x2D, inWord, hyphenByte < 0 {
        hyphenByte = index
        hyphenOffset = offset
      } else if value == 0x27 || value == 0x2019, hyphenByte < 0, inWord,
        lastScalar == 0x63 || lastScalar == 0x43, index + length < bytes.count,
        bytes[index + length] == 0x68 || bytes[index + length] == 0x48
      {
        // « Le Floc'h »: the Breton « c'h » is one letter.
        wordLength += 1
        lastScalar = value
        if value >= 0x80 { wordIsASCII = false }
      } else if hyphenByte >= 0 {
        finish(atByte: hyphenByte, offset: hyphenOffset)
        hyphenByte = -1
      } else {
        finish(atByte: index, offset: offset)
      }
      offset += length == 4 ? 2 : 1
      index += length
    }
    if hyphenByte >= 0 {
      finish(atByte: hyphenByte, offset: hyphenOffset)
    } else {
      finish(atByte: index, offset: offset)
    }
    // `gapStartByte` is now the end of the last word.
    if !result.isEmpty, gapStartByte < bytes.count, bytes[gapStartByte] == 0x2E {
      result[result.count - 1].isFollowedByDot = true
    }
    return result
  }

  /// The case and the folded form of a word of Latin letters read from its UTF-8 bytes, as
  /// `latinCase` and `fastFold` read them from its scalars; nil when a scalar lies outside their
  /// tables (another script, « ª », « µ »), where the caller reads the scalars.
  static func latinCaseAndFold(_ word: UnsafeBufferPointer<UInt8>) -> (
    isCapitalized: Bool, isAllCaps: Bool, folded: String
  )? {
    @inline(__always) func scalar(at index: Int) -> (value: Int, length: Int) {
      let (value, length) = word.scalar(at: index)
      return (Int(value), length)
    }
    var index = 0
    var count = 0
    var capacity = 0
    var allCaps = true
    var firstIsUpper = false
    while index < word.count {
      let (value, length) = scalar(at: index)
      if value >= 0x250 || (value >= 0x80 && value < 0xC0) { return nil }
      if count == 0 { firstIsUpper = latinUppercase[value] }
      if latinLetter[value] && !latinUppercase[value] { allCaps = false }
      capacity += value < 0x80 ? 1 : latinFoldBytes[value - 0xC0].count
      count += 1
      index += length
    }
    let folded = String(unsafeUninitializedCapacity: capacity) { buffer in
      var written = 0
      var index = 0
      while index < word.count {
        let (value, length) = scalar(at: index)
        if value < 0x80 {
          buffer[written] = UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
          written += 1
        } else {
          for byte in latinFoldBytes[value - 0xC0] {
            buffer[written] = byte
            written += 1
          }
        }
        index += length
      }
      return written
    }
    return (firstIsUpper, allCaps && count >= 2, folded)
  }

  /// An ASCII word in lowercase, written straight into the string's storage.
  static func asciiLowercased(_ word: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: word.count) { buffer in
      for (index, byte) in word.enumerated() {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      }
      return word.count
    }
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

  /// What a gap holds, read from its bytes when they are ASCII (a character each, but « \r\n »,
  /// one character that is not « \n »), else from its characters as the rules read them.
  static func gapMarks(_ bytes: UnsafeBufferPointer<UInt8>, gap: String) -> (
    sentence: Bool, institution: Bool, bracket: Bool
  ) {
    var sentence = false
    var institution = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x80 {
        // Quotes, apostrophes, dashes, no-break spaces: each a character of its own beside any
        // other, so the bytes still tell the characters; any other scalar, read as characters.
        let (value, length) = bytes.scalar(at: index)
        guard Self.gapSigns.contains(value) else {
          return (
            gap.contains(where: { ".!?\n:«\"".contains($0) }),
            gap.contains(where: { ".!?\n;:(,".contains($0) }),
            gap.hasPrefix("(") || gap.hasPrefix(" (")
          )
        }
        if value == 0xAB { sentence = true }  // «
        index += length
        continue
      }
      defer { index += 1 }
      let lineBreak = byte == 0x0A && !(index > 0 && bytes[index - 1] == 0x0D)
      // . ! ? :
      let common = lineBreak || byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A
      sentence = sentence || common || byte == 0x22
      institution = institution || common || byte == 0x3B || byte == 0x28 || byte == 0x2C
    }
    let bracket = bytes[0] == 0x28 || (bytes[0] == 0x20 && bytes.count > 1 && bytes[1] == 0x28)
    return (sentence, institution, bracket)
  }

  /// Non-ASCII signs that stand in gaps as characters of their own (no mark joins them): no-break
  /// spaces, quotes, apostrophes, dashes, the ellipsis.
  static let gapSigns: Set<UInt32> = [
    0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x202F,
  ]

  /// Each ASCII character as a string of its own.
  static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x250, scalar.value >= 0x80 { return latinIsLetter[Int(scalar.value)] }
    return isLetterByCategory(scalar)
  }

  /// `isLetter` below U+0250, read once from the general categories.
  static let latinIsLetter: [Bool] = (0..<0x250).map { isLetterByCategory(Unicode.Scalar(UInt32($0))!) }

  static func isLetterByCategory(_ scalar: Unicode.Scalar) -> Bool {
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

  // MARK: - Words that tell names apart

  /// Roles a name stands next to: « notre CPE Nadia », « mon élève Kevin », « Soizic, la documentaliste ».
  /// Never name parts themselves (« Madame la Rectrice » keeps its title).
  static let roles: Set<String> = [
    "cpe", "documentaliste", "collegue", "collegues", "principal", "principale", "proviseur", "proviseure",
    "aesh", "avs", "aed", "atsem", "referent", "referente", "tuteur", "tutrice", "inspecteur", "inspectrice",
    "ien", "ipr", "dasen", "professeur", "professeure", "prof", "enseignant", "enseignante", "directeur",
    "directrice", "chef", "cheffe", "eleve", "fils", "fille", "enfant", "neveu", "niece", "ami", "amie",
    "copain", "copine", "mari", "epouse", "epoux", "conjoint", "conjointe", "soeur", "frere", "infirmier",
    "infirmiere", "psychologue", "psyen", "assistant", "assistante", "secretaire", "gestionnaire",
    "intendant",
    "intendante", "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "formateur",
    "formatrice", "conseiller", "conseillere", "maitresse", "instituteur", "institutrice", "stagiaire",
    "remplacant", "remplacante", "animateur", "animatrice", "educateur", "educatrice", "surveillant",
    "surveillante", "delegue", "deleguee", "recteur", "rectrice", "ministre", "maire", "depute", "deputee",
    "senateur", "senatrice", "president", "presidente", "responsable", "orthophoniste", "binome", "tutoree",
    "tutore", "inspection", "proviseure-adjointe", "principale-adjointe", "principal-adjoint", "parent",
    "eleves", "enfants", "pote", "potes", "sœur", "soeurs", "sœurs", "freres", "papa", "maman", "pere",
    "mere",
    "cousin", "cousine", "voisin", "voisine", "camarade", "adjoint", "adjointe", "filles",
    // Roles by their acronyms or short forms: « notre ERUN Piotr », « la DDFPT Rose », « la coordo ULIS ».
    "erun", "ddfpt", "rupn", "cpc", "coordo", "dpd",
  ]

  /// Pupils and family: a lowercase first name from the lists after them is still a name (« mon fils enzo »).
  static let closeRoles: Set<String> = [
    "eleve", "fils", "fille", "enfant", "neveu", "niece", "eleves", "enfants", "filles", "soeur", "sœur",
    "soeurs", "sœurs", "frere", "freres", "copain", "copine", "pote", "potes", "ami", "amie", "cousin",
    "cousine", "binome", "voisin", "voisine", "camarade",
  ]

  /// Relatives and teachers named by « de X »: « la mère de Duarte », « maman d'Agnès », « la prof
  /// principale de Thi ».
  static let kinship: Set<String> = [
    "maman", "papa", "mere", "pere", "parent", "parents", "fils", "fille", "soeur", "sœur", "frere", "tante",
    "oncle", "prof", "professeur", "professeure", "maitresse", "maitre", "enseignant", "enseignante",
    "correspondant", "correspondante",
  ]

  /// Words that qualify a role (« le professeur Principal », « le Délégué Académique ») and are not names.
  static let roleQualifiers: Set<String> = [
    "adjoint", "adjointe", "academique", "pedagogique", "principal", "principale", "referent", "referente",
    "numerique", "regional", "regionale", "departemental", "departementale", "national", "nationale",
    "general",
    "generale", "territorial", "territoriale", "stagiaire", "titulaire", "contractuel", "contractuelle",
    "remplacant", "remplacante", "documentaliste", "technique", "scolaire", "ulis", "segpa", "upe2a",
  ]

  /// Products, platforms and other capitalised words that are never a person here.
  static let nonNames: Set<String> =
    ([
      "chatgpt", "gpt", "copilot", "gemini", "mistral", "perplexity", "pronote", "moodle", "google",
      "microsoft", "noel", "toussaint", "paques", "pentecote",
      "apple", "meta", "canva", "pix", "eduscol", "snapchat", "tiktok", "instagram", "youtube", "wikipedia",
      "deepl", "openai", "bard", "llama", "grammarly", "quizlet", "kahoot", "padlet", "genially", "scratch",
      "python", "excel", "word", "teams", "classroom", "ent", "duolingo", "lumni", "qwant", "linux",
      "windows",
      "android", "iphone", "ipad", "internet", "web", "facebook", "twitter", "whatsapp", "discord", "zoom",
      "tchap", "apps", "ecole", "lycee", "college", "etat", "republique", "europe", "union", "conseil",
      "code",
      "loi", "open", "data", "francais", "francaise", "anglais", "maths", "mathematiques", "histoire",
      "geographie", "physique", "chimie", "svt", "eps", "cycle", "plan", "projet", "programme", "bac",
      "brevet", "parcoursup", "cnil", "rgpd", "dane", "drane", "canope", "onisep", "cned", "libre", "libres",
      "office", "emploi", "public", "publics", "publique", "publiques", "grand", "grande", "uni", "unis",
      "unie",
      "unies", "etats", "etat-unis", "royaume", "nord", "sud", "est", "ouest", "rica", "las", "los", "san",
      "santa", "new", "bay", "messieurs", "mesdames", "copresident", "copresidente", "association", "haut",
      "haute", "hauts", "hautes", "dernier", "derniere", "derniers", "dernieres", "premier", "premiere",
      "premiers", "premieres", "nouveau", "nouvelle", "nouveaux", "nouvelles", "comptes", "memes", "net",
      "mobile", "reader", "copyright", "tech", "pop", "story", "bing", "siri", "alexa", "cortana",
      "wikimedia", "mozilla", "firefox", "framasoft", "ubuntu", "debian", "paypal", "uber", "gmail",
      "wordpress", "elsevier", "wiley", "springer", "thunderbird", "federation",
      // The words after « salutations » (« mes salutations distinguées. »), a field's label written in
      // lowercase before its value (« nir 1 84… », « uai : … »), « Bac Pro ».
      "distinguees", "respectueuses", "cordiales", "sinceres", "meilleures", "nir", "uai", "rne", "iban",
      "rib",
      "bic", "siret", "pro", "mel", "courriel",
      "prepa",
      // « Tle G2 » (a class), « Master MEEF » (a degree), « Dispo » (texting), a model's maker.
      "tle", "tles", "master", "masters", "meef", "dispo", "anthropic",
      // The French schools abroad's agency, a mobility programme, « mon aîné », the school
      // cooperatives' office, « thank you » in Tahitian, « goodbye » in Breton, a contest, « CGT
      // Educ'action », a maker, « quelqu'un » and « merci » in texting, « Vœu 1 : ».
      "aefe", "erasmus", "aine", "ainee", "occe", "mauruuru", "kenavo", "alkindi", "educ", "huawei", "qqn",
      "mrc", "voeu", "voeux",
    ] as Set<String>).union(productsNotNames)

  /// Products and courses seen beside names, which the tagger too must leave: « DALL·E », « Kwyk »,
  /// « 3e Prépa-Métiers », « 55 Chromebook Dell », « (6e Bilangue) », « (CAP Cuisine) », « (IA-IPR) ».
  static let productsNotNames: Set<String> = [
    "dall", "kwyk", "khanmigo", "prepa-metiers", "chromebook", "dell", "lenovo", "bilangue", "cap", "ia-ipr",
  ]

  /// Before two capitalised words, a determiner tells an institution, a product or a place
  /// (« le Service Public », « les Etats Unis », « la Khan Academy »), not a person.
  static let determinersBeforeThings: Set<String> = [
    "le", "la", "les", "l", "du", "des", "au", "aux", "un", "une", "ce", "cet", "cette", "ces", "son", "sa",
    "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "type",
  ]

  /// Words that open a sentence and may be followed by a comma (« Bref, ma collègue… »).
  static let sentenceOpeners: Set<String> = [
    "bref", "ainsi", "enfin", "ensuite", "puis", "sinon", "hier", "demain", "aujourd", "perso", "voila",
    "bon",
    "certes", "or", "cependant", "pourtant", "toutefois", "neanmoins", "bonjour", "bonsoir", "salut", "merci",
    "oui", "non", "helas", "actuellement", "concretement", "franchement", "heureusement", "malheureusement",
    "personnellement", "evidemment", "globalement", "finalement", "notamment", "egalement", "attention",
    "exemple", "remarque", "conclusion", "resume", "question", "reponse", "total", "note", "pourquoi",
    "comment", "quand", "depuis", "apres", "avant", "parfois", "souvent", "toujours", "jamais", "ici",
    "voici",
    "selon", "grace", "malgre", "contre", "parmi", "sauf", "durant", "pendant", "envers", "chers", "cher",
    "chere", "cheres", "suite",
  ]

  /// Titles written short: a lowercase word after them is a name (« M. park », « Dr tall »); not
  /// « pr », which texting writes for « pour ».
  static let abbreviatedTitles: Set<String> = ["m", "mme", "mr", "mlle", "dr"]

  /// Words that label a form's field: « Nom : KOFFI Prénom : Violaine ».
  static let nameFields: Set<String> = ["nom", "prenom", "noms", "prenoms", "identite", "name", "titulaire"]

  /// Determiners before a role that names one person: « mon élève X », « l'AED, X ».
  static let namingDeterminers: Set<String> = [
    "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur", "l", "le", "la", "cette", "ce", "cet",
  ]

  /// Last words of the cues before a name (« je m'appelle », « mon nom est », « je suis »…).
  /// Greetings before « c » in texting style (« slt c tahia ») count as « moi ».
  static let cueEnds: Set<String> = [
    "appelle", "nomme", "est", "moi", "suis", "slt", "salut", "bjr", "bonjour", "cc", "coucou", "hello",
    "wesh", "hey",
  ]

  /// Texting abbreviations outside the word lists, never names: « slt c tahia jsp ».
  static let textingWords: Set<String> = [
    // « jaime » (j'aime), « ossi » (aussi), « iban », « maxi », « XXIème »: also first names of the lists.
    "jaime", "ossi", "iban", "maxi", "mini", "ieme", "eme", "secondo", "tertio", "jsp", "mdr", "lol", "ptdr",
    "slt", "bjr", "stp", "svp", "pk", "pq", "pcq", "psk", "tkt", "wsh", "jpp",
    "bcp", "tjs", "qd", "dc", "ds", "vrmt", "trkl", "oklm", "cc", "cad", "ok", "okay", "mp", "pb", "rdv",
    "asap", "cv", "sms", "mail", "mails", "jsuis", "chui", "chuis", "jai", "jpense", "jcrois", "cest",
    "ya", "yavait", "ptet", "ptetre", "tt", "tte", "tjrs", "bjrs", "biz", "cb", "nn", "ouais", "wesh",
    "hey", "hello", "coucou", "salut", "perso", "prof", "profs", "info", "infos", "ia", "ias", "gpt",
    "chatbot", "chatbots", "prompt", "prompts", "quiz", "smartphone", "smartphones", "tablette", "ordi",
    "ordis", "appli", "applis", "exo", "exos", "dm", "dms", "ds", "cm", "ce", "cp", "td", "tp", "bts",
    // School words the dictionary lacks: « un élève dys », « les élèves allophones ».
    "dys", "allophone", "allophones", "hpi", "tdah", "tsa", "ulis", "segpa", "upe2a", "eana", "nsa",
    "dyslexique", "dyslexiques", "dyspraxique", "dyspraxiques", "dyscalculique", "autiste", "autistes",
    "decrocheur", "decrocheurs", "decrocheuse", "neurodivergent", "neurodivergents", "neuroatypique",
    "neuroatypiques", "surdoue", "surdoues", "boursier", "boursiers", "interne", "internes", "redoublant",
    "redoublants", "primo-arrivant", "primo-arrivants", "non-francophone", "non-francophones",
    // Subjects, shortened: « un prof d'éco », « ma prof de philo ».
    "eco", "socio", "philo", "geo", "histo", "hg", "hggsp", "snt", "nsi", "stmg", "stl", "st2s", "sti2d",
    "techno", "bio", "svt", "ses", "eps", "llce", "hlp", "amc", "esp", "allemand", "latin", "grec",
    "histoire-geo", "histoire-geographie", "physique-chimie", "eco-gestion", "arts-plastiques",
    "sciences-eco",
  ]

  static let lowercaseTitles: Set<String> = ["mme", "mr", "mlle", "madame", "monsieur", "mademoiselle", "dr"]

  /// Articles: a first name of the extended list after one is a thing (« l'Ina », « la Prune »).
  static let articles: Set<String> = ["le", "la", "les", "l", "un", "une", "des", "du", "au", "aux"]

  /// Determiners before a role in an apposition (« Soizic, notre CPE »).
  static let determiners: Set<String> = [
    "ma", "mon", "notre", "la", "le", "l", "nos", "votre", "sa", "son", "une", "un", "leur", "mes",
  ]

  /// Endings of French common nouns and adjectives that get capitals in institutional writing
  /// (« Conseil Pédagogique », « Plan Numérique »), checked only on words outside the name lists.
  static let commonEndings = [
    "tion", "sion", "ique", "isme", "iste", "ment", "aire", "able", "ible", "ence", "ance", "logie", "nomie",
    "graphie", "erie", "ite", "al", "ale", "aux", "eur", "euse", "if", "ive", "oire", "age", "ure", "ise",
  ]

  static let commonEndingBytes: [[UInt8]] = commonEndings.map { Array($0.utf8) }

  /// Whether the folded word ends like a common noun or adjective, plurals too (« Services
  /// Numériques », « Research Publications »); compared on bytes, as it runs on every capitalised word.
  static func hasCommonEnding(_ folded: String) -> Bool {
    var bytes = Array(folded.utf8)
    if bytes.count > 4, let last = bytes.last, last == 0x73 || last == 0x78 { bytes.removeLast() }
    return commonEndingBytes.contains { ending in
      ending.count <= bytes.count && bytes[(bytes.count - ending.count)...].elementsEqual(ending)
    }
  }

  func isFirstName(_ token: Token) -> Bool {
    guard token.isCapitalized else { return false }
    if token.classes.has(.extendedFirstNames) {
      // The extended list holds acronyms and products too: « NIR », « INA », « SCoT ».
      if token.isAllCaps || Self.hasCapitalInside(token.text) {
        return false
      }
    }
    // « Saint-Denis », « Sainte-Marie »: places.
    if token.hasHyphen, token.folded.hasPrefix("saint") || token.folded.hasPrefix("st-") { return false }
    return token.classes.has(.firstNames)
      || (token.hasHyphen && isListedFirstName(token.folded))
  }

  /// The parts of a hyphenated word, as `split(separator: "-")` gives them, cut on its bytes:
  /// splitting a `String` on a `Character` reads its grapheme breaks, some 8,000 instructions a word.
  static func hyphenParts(_ word: String) -> [String] {
    word.utf8.split(separator: 0x2D).map { String(decoding: $0, as: UTF8.self) }
  }

  func isListedFirstName(_ folded: String) -> Bool {
    if firstNames.contains(folded) { return true }
    let parts = Self.hyphenParts(folded)
    // « Marie-Ange »: first names joined are a name even when each is also a word (« marié », « ange »).
    return parts.count > 1
      && parts.allSatisfy {
        firstNames.contains($0) || classes($0).has([.ambiguousFirstNames, .wordFirstNames])
      }
  }

  /// A capitalised word that can be part of a name.
  func isNamePart(_ token: Token) -> Bool {
    (token.isCapitalized || token.isAllCaps) && !token.classes.has(.stopwords)
      && !token.classes.has(.institutionWords) && !token.classes.has(.roles)
      && !token.classes.has(.nonNames) && !(token.range.length == 2 && token.text == "Me")
  }

  /// A capitalised word outside the lists that still looks like a name: not a product or an
  /// acronym, no capital inside (« ChatGPT »), no ending of a common noun or adjective.
  func looksLikeUnknownName(_ token: Token) -> Bool {
    guard token.isCapitalized, !token.isAllCaps, isNamePart(token), token.range.length >= 2,
      !token.classes.has(.roleQualifiers), !token.classes.has(.sentenceOpeners),
      !token.classes.has(.titles), !token.classes.has(.closings)
    else { return false }
    if Self.hasCapitalInside(token.text),
      !token.hasHyphen
    {
      return false
    }
    if token.classes.has(.firstNames) || token.classes.has(.surnames) { return true }
    // The endings tell common words from names; a word the dictionary lacks is no common word
    // (« Wissal », « Nolwenn »).
    return !Self.hasCommonEnding(token.folded) || isUnknownWord(token)
  }

  /// A lowercase word that may be a name after a strong cue (« je m'appelle ludivine courtois »).
  func isLowercaseNameCandidate(_ token: Token) -> Bool {
    !token.isCapitalized && token.range.length >= 2 && !token.classes.has(.stopwords)
      && !token.classes.has(.roles) && !token.classes.has(.roleQualifiers)
      && !token.classes.has(.institutionWords) && !token.classes.has(.nonNames)
      && !token.classes.has(.closings)
  }

  /// A word that no list knows and that is no French or English word (« rakotomalala », « vaimiti »,
  /// « Kavya »): after a cue, a name. Always false without the word lists.
  func isUnknownWord(_ token: Token) -> Bool {
    guard hasWordLists, token.range.length >= 3,
      !token.classes.has([
        .stopwords, .roles, .roleQualifiers, .institutionWords, .nonNames, .closings,
        .titles, .places, .sentenceOpeners, .cueEnds, .lowercaseTitles, .articles, .determiners, .kinship,
        .closeRoles, .particles, .ambiguousFirstNames, .wordFirstNames,
      ])
    else { return false }
    // « copient-collent »: every part a word; « marie-laure », « jean-eudes »: one part is not.
    guard token.hasHyphen else { return !token.isCommon }
    return !token.isCommon
      && !Self.hyphenParts(token.folded).allSatisfy {
        guard $0.count >= 3 else { return true }
        let value = lexicon.value($0)
        return value & Self.commonWordBit != 0 || WordClass(rawValue: value).has(.stopwords)
      }
  }

  /// A lowercase entry of the word lists (false without them).
  func isCommonWord(_ token: Token) -> Bool { token.isCommon }

  /// Whether `word`, in any case and with or without its accents, is a lowercase entry of the
  /// word lists (false without them).
  func isDictionaryWord(_ word: String) -> Bool {
    lexicon.value(Self.fold(word)) & Self.commonWordBit != 0
  }

  /// The lists `folded` belongs to.
  func classes(_ folded: String) -> WordClass {
    WordClass(rawValue: lexicon.value(folded) & ~Self.commonWordBit)
  }

  /// A lowercase word that is a name after a cue: a listed first name, or an unknown word.
  func isLowercaseNameAfterCue(_ token: Token) -> Bool {
    isLowercaseFirstName(token) || (isLowercaseNameCandidate(token) && isUnknownWord(token))
  }

  static func joinsClosely(_ gap: String) -> Bool { gap == " " }

  /// The last index of a name that continues after `index` (surnames, particles), at most 2 words more.
  func extend(from index: Int, in tokens: [Token]) -> Int {
    var last = index
    var added = 0
    var i = index + 1
    while i < tokens.count, added < 2,
      Self.joinsClosely(tokens[i].gapBefore) || (isInitial(last, in: tokens) && tokens[i].gapBefore == ". ")
    {
      let afterInitial = !Self.joinsClosely(tokens[i].gapBefore)
      if afterInitial {
        // « Franklin D. Roosevelt »: a surname after the initial, not a new sentence.
        guard tokens[i].classes.has(.surnames) || looksLikeUnknownName(tokens[i]),
          !hasCommonOpenerShape(tokens[i])
        else { break }
        last = i
        added += 1
        i += 1
      } else if Self.nurseryAndPrimaryClasses.contains(tokens[i].text) {
        // « Ilan GS »: a pupil's class after the name.
        break
      } else if isInitial(i, in: tokens) || (isNamePart(tokens[i]) && !tokens[i].classes.has(.roleQualifiers))
        // « Rayan d., enseignante »: a lowercase initial after a first name.
        || (i == index + 1 && tokens[i].range.length == 1 && !tokens[i].isCapitalized
          && !"ayà".contains(tokens[i].text) && (isFirstName(tokens[index]) || isUnknownWord(tokens[index]))
          && (i + 1 < tokens.count ? tokens[i + 1].gapBefore.hasPrefix(".") : tokens[i].isFollowedByDot))
      {
        // An initial (« Leonor S. ») even when its letter is a word (« s », « d »).
        last = i
        added += 1
        i += 1
      } else if tokens[i].classes.has(.particles), i + 1 < tokens.count,
        Self.joinsClosely(tokens[i + 1].gapBefore), isNamePart(tokens[i + 1]),
        tokens[i + 1].classes.has(.surnames) || tokens[i + 1].isAllCaps
          || surnames.contains(tokens[i].folded + " " + tokens[i + 1].folded)
          || (tokens[i].isCapitalized && looksLikeUnknownName(tokens[i + 1]))
          // « Christophe de Saint-Aubin »: after a first name, an unknown name that is no place.
          || ((isFirstName(tokens[index]) || isUnknownWord(tokens[index]))
            && looksLikeUnknownName(tokens[i + 1]) && !tokens[i + 1].classes.has(.places))
      {
        last = i + 1
        added += 1
        i += 2
      } else if tokens[i].classes.has(.particles), !tokens[i].isCapitalized, i + 2 < tokens.count,
        tokens[i + 1].classes.has(.particles),
        Self.joinsClosely(tokens[i + 1].gapBefore), Self.joinsClosely(tokens[i + 2].gapBefore),
        tokens[i + 1].isCapitalized
          ? (looksLikeUnknownName(tokens[i + 2]) || tokens[i + 2].classes.has(.surnames))
            && !tokens[i + 2].classes.has(.places)
          : isFirstName(tokens[index]) && tokens[i + 2].isCapitalized && isNamePart(tokens[i + 2])
            && (tokens[i + 2].classes.has(.surnames) || looksLikeUnknownName(tokens[i + 2]))
      {
        // « Elif de La Brosse », « Camille de la Fontaine ».
        last = i + 2
        added += 1
        i += 3
      } else if tokens[i].range.length == 1, tokens[i].isCapitalized, "NMD".contains(tokens[i].text),
        i + 1 < tokens.count, Self.isElision(tokens[i + 1].gapBefore), isNamePart(tokens[i + 1]),
        tokens[i + 1].range.length >= 3
      {
        // « Bakary N'Guessan », « Awa N'DIAYE », « Jean M'Bemba ».
        last = i + 1
        added += 1
        i += 2
      } else if tokens[i].folded == "d", i + 1 < tokens.count, Self.isElision(tokens[i + 1].gapBefore),
        looksLikeUnknownName(tokens[i + 1]), !tokens[i + 1].classes.has(.places)
      {
        // « Filipa d'Almeida ».
        last = i + 1
        added += 1
        i += 2
      } else {
        break
      }
    }
    return last
  }

  /// Where a name whose first name is at `index` starts: one word earlier for a surname in capitals
  /// written first (« DUHAMEL Mathieu », « l'élève HOANG Bao »), not for a run of acronyms.
  func nameStart(_ index: Int, in tokens: [Token], covered: [Bool]) -> Int {
    let i = index
    guard i > 0, Self.joinsClosely(tokens[i].gapBefore), !covered[i - 1] else { return i }
    let previous = tokens[i - 1]
    // « Pour l'envoi : Castagné Jean-Philippe, … »: a surname no list and no dictionary knows,
    // written first where a line or a field starts.
    if !previous.isAllCaps {
      let opensField =
        i == 1 || previous.gapBefore.contains(where: { $0 == ":" || $0.isNewline })
      return previous.isCapitalized && opensField && isUnknownWord(previous) && isNamePart(previous)
        && !previous.classes.has(.places) ? i - 1 : i
    }
    if previous.classes.has(.surnames) { return withParticleBefore(i - 1, in: tokens) }
    guard previous.range.length >= 3, isNamePart(previous),
      !previous.classes.has([.titles, .closings, .roleQualifiers, .places]),
      i < 2 || !tokens[i - 2].isAllCaps || !Self.joinsClosely(previous.gapBefore)
        || tokens[i - 2].classes.has(.particles)
    else { return i }
    return withParticleBefore(i - 1, in: tokens)
  }

  /// « LE BIHAN Sandrine », « DA SILVA Inès »: a surname in capitals with its particle in capitals
  /// before it.
  func withParticleBefore(_ start: Int, in tokens: [Token]) -> Int {
    guard start > 0, tokens[start].isAllCaps, tokens[start - 1].isAllCaps,
      tokens[start - 1].classes.has(.particles), Self.joinsClosely(tokens[start].gapBefore)
    else { return start }
    return start - 1
  }

  /// The end of a first name at `index` followed by an unknown lowercase surname that ends the
  /// clause: « Tiago moreira, », « Ousmane ndiaye, », « Anaïs thibault, 07… ».
  func lowercaseSurnameBeforeBreak(after index: Int, in tokens: [Token]) -> Int {
    let next = index + 1
    guard next < tokens.count, tokens[next].gapBefore == " ", !tokens[next].isCapitalized,
      tokens[next].range.length >= 3,
      tokens[next].classes.isWithin([.firstNames, .extendedFirstNames, .surnames, .casualOpeners]),
      next + 1 >= tokens.count || tokens[next + 1].gapBefore.hasPrefix(",")
        || tokens[next + 1].gapBefore.hasPrefix(" (")
    else { return index }
    return next
  }

  /// A name alone on the last lines, as a signature: « \nF. G. », « \nmamadou touré\nmamadou.toure
  /// (at)… », « \nMehdi el idrissi – 07… ». The span, or nil.
  func signatureLine(at index: Int, in tokens: [Token]) -> (Int, Int)? {
    // Bytes, not characters: this runs on the last words of every answer.
    guard tokens.count - index <= 10,
      tokens[index].gapBefore.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
    else { return nil }
    let token = tokens[index]
    var end: Int
    if isInitial(index, in: tokens) {
      end = extendInitials(from: index, in: tokens)
    } else if token.isCapitalized, isNamePart(token) {
      end = extend(from: index, in: tokens)
      // A listed first name, first or second (« NOWAK Dragan »): not « Bravo », « Supprimer la CSG ».
      // Or words no list and no dictionary knows (« SIVAKUMAR Oumou »).
      guard
        isFirstName(token) || (end > index && isFirstName(tokens[index + 1]))
          || (end > index && (index...end).allSatisfy { isUnknownWord(tokens[$0]) })
      else { return nil }
      // « Mehdi el idrissi »: a lowercase surname.
      if end == index { end = extendLowercase(from: index, in: tokens) }
    } else if isLowercaseFirstName(token) {
      end = extendLowercase(from: index, in: tokens)
    } else if hasWordLists, isLowercaseNameCandidate(token),
      isUnknownWord(token) || token.classes.has([.ambiguousFirstNames, .wordFirstNames]),
      index + 1 < tokens.count, Self.joinsClosely(tokens[index + 1].gapBefore),
      isLowercaseNameCandidate(tokens[index + 1]),
      isUnknownWord(tokens[index + 1]) || tokens[index + 1].classes.has(.surnames)
    {
      // « moussa zeghouani », « soizic diabaté » alone on the last line.
      end = index + 1
    } else if isSignatureDash(token.gapBefore), isLowercaseNameAfterCue(token) {
      // « -- ndèye »: a dash, then a lowercase word no dictionary knows.
      end = index
    } else {
      return nil
    }
    // The name is the whole line.
    guard
      end + 1 >= tokens.count || tokens[end + 1].gapBefore.contains(where: \.isNewline)
        || tokens[end + 1].gapBefore.allSatisfy({ !$0.isLetter && $0 != "'" && $0 != "’" })
          && tokens[end + 1].gapBefore.contains(where: \.isNumber)
    else { return nil }
    return (index, end)
  }

  /// Whether the particle at `index` belongs to the surname after it: capitalised (« De Sousa »,
  /// « Van Damme », not an article such as « Le »), or « de », « du » opening a line (a signature).
  func isParticleOfName(_ index: Int, in tokens: [Token]) -> Bool {
    let particle = tokens[index]
    if particle.isCapitalized, !particle.classes.has(.articles) { return true }
    guard particle.folded == "de" || particle.folded == "du" else { return false }
    return particle.isCapitalized || index == 0 || particle.gapBefore.contains(where: \.isNewline)
  }

  /// The name after a lowercase « m. » or « mr. » at `index`: particles (« de la », « aït »), an
  /// elided « n' », then a lowercase word no dictionary knows or a listed one, and a second such word.
  func nameAfterLowercaseM(_ index: Int, in tokens: [Token]) -> (Int, Int)? {
    guard hasWordLists, index + 1 < tokens.count, !tokens[index].gapBefore.contains(where: \.isNumber),
      tokens[index + 1].gapBefore == ". "
        || (tokens[index].folded == "mr" && tokens[index + 1].gapBefore == " ")
    else { return nil }
    var j = index + 1
    while j + 1 < tokens.count, j - index <= 2, tokens[j].classes.has(.particles), !tokens[j].isCapitalized,
      Self.joinsClosely(tokens[j + 1].gapBefore)
    {
      j += 1
    }
    if tokens[j].folded == "n", !tokens[j].isCapitalized, j + 1 < tokens.count,
      Self.isElision(tokens[j + 1].gapBefore)
    {
      j += 1
    }
    let name = tokens[j]
    guard !name.isCapitalized, isLowercaseNameCandidate(name),
      isUnknownWord(name) || isListed(name) || j > index + 1
    else { return nil }
    var end = j
    if end + 1 < tokens.count, Self.joinsClosely(tokens[end + 1].gapBefore), !tokens[end + 1].isCapitalized,
      isLowercaseNameCandidate(tokens[end + 1]),
      isUnknownWord(tokens[end + 1]) || tokens[end + 1].classes.has(.surnames)
    {
      end += 1
    }
    return (index + 1, end)
  }

  /// The end of a two-word name at `index` followed by « et moi »: « Duc BESNARD et moi », « gautier
  /// bourdon et moi avons… »; nil otherwise.
  func nameBeforeEtMoi(_ index: Int, in tokens: [Token]) -> Int? {
    guard index + 3 < tokens.count, tokens[index + 2].range.length == 2, tokens[index + 2].folded == "et",
      tokens[index + 3].folded == "moi", tokens[index + 2].gapBefore == " ",
      Self.joinsClosely(tokens[index + 1].gapBefore)
    else { return nil }
    let first = tokens[index]
    let second = tokens[index + 1]
    if first.isCapitalized, second.isCapitalized {
      guard isNamePart(first), isNamePart(second), isFirstName(first) || looksLikeUnknownName(first),
        !first.classes.has(.determinersBeforeThings)
      else { return nil }
      return index + 1
    }
    guard !first.isCapitalized, !second.isCapitalized, isLowercaseNameCandidate(first),
      isLowercaseNameCandidate(second), first.classes.has(.firstNames) || isUnknownWord(first)
    else { return nil }
    return index + 1
  }

  /// A single capital letter followed by a dot: « S. », « D. ».
  func isInitial(_ index: Int, in tokens: [Token]) -> Bool {
    tokens[index].range.length == 1 && tokens[index].isCapitalized
      && (index + 1 >= tokens.count
        ? tokens[index].isFollowedByDot : tokens[index + 1].gapBefore.hasPrefix("."))
  }

  /// The last index of a lowercase name after a cue: up to three lowercase words on the same line,
  /// particles included (« kenza le bihan »).
  func extendLowercase(from index: Int, in tokens: [Token]) -> Int {
    var last = index
    var i = index + 1
    while i < tokens.count, i - index < 3, Self.joinsClosely(tokens[i].gapBefore) {
      if isLowercaseNameCandidate(tokens[i]) {
        last = i
        i += 1
      } else if tokens[i].classes.has(.particles), i + 1 < tokens.count,
        Self.joinsClosely(tokens[i + 1].gapBefore), isLowercaseNameCandidate(tokens[i + 1])
      {
        last = i + 1
        i += 2
      } else {
        break
      }
    }
    return last
  }

  /// A lowercase name after a title: the word, and the next one when the word is a particle-like
  /// prefix of a surname (« ben saïd »).
  func extendLowercaseParticle(from index: Int, in tokens: [Token]) -> Int {
    guard tokens[index].classes.has(.particles), index + 1 < tokens.count,
      Self.joinsClosely(tokens[index + 1].gapBefore), isLowercaseNameCandidate(tokens[index + 1])
    else { return index }
    return index + 1
  }

  func isInInstitution(_ index: Int, in tokens: [Token]) -> Bool {
    var i = index
    var steps = 0
    while i > 0, steps < 4 {
      if tokens[i].gapEndsInstitution { return false }
      i -= 1
      steps += 1
      // « elle a cité Gabriel Attal »: the verb, not a « cité scolaire ».
      if tokens[i].classes.has(.institutionWords) {
        return
          !(tokens[i].folded == "cite" && i > 0
          && ["a", "ont", "avait", "ai", "avons", "avez", "as", "avaient"].contains(tokens[i - 1].folded))
      }
      // « lycée général et technologique Paul Gauguin »: « et » between two of the fillers.
      let joinsFillers =
        tokens[i].range.length == 2 && tokens[i].folded == "et"
        && tokens[i + 1].classes.has(.institutionFillers)
      if !(tokens[i].classes.has(.institutionFillers) || tokens[i].isCapitalized || joinsFillers) {
        return false
      }
    }
    return false
  }

  static func isElision(_ gap: String) -> Bool { gap == "'" || gap == "’" }

  /// A lowercase first name from the lists that is not also a word (« kevin », not « rose »).
  func isLowercaseFirstName(_ token: Token) -> Bool {
    guard !token.isCapitalized, !token.classes.has(.ambiguousFirstNames) else { return false }
    guard token.classes.has(.firstNames) || (token.hasHyphen && isListedFirstName(token.folded)) else {
      return false
    }
    return isLowercaseNameCandidate(token)
  }

  /// Whether « moi c », « moi c'est » stands before `index`.
  func isIntroducedByMoiC(_ index: Int, in tokens: [Token]) -> Bool {
    // « moi » is one of the cue ends: a bit test before comparing strings.
    guard tokens[index - 2].classes.has(.cueEnds) || (index >= 3 && tokens[index - 3].classes.has(.cueEnds))
    else { return false }
    let previous = tokens[index - 1].folded
    if previous == "c" { return tokens[index - 2].classes.has(.cueEnds) && tokens[index - 2].folded != "est" }
    return previous == "est" && index >= 3 && tokens[index - 2].folded == "c"
      && tokens[index - 3].folded == "moi"
  }

  /// The end of a lowercase name after a cue: the first name, and the next word when it is a listed
  /// surname or an unknown word that ends the clause (« je suis mourad benyoucef. »).
  func lowercaseSurnameEnd(after index: Int, in tokens: [Token]) -> Int {
    let next = index + 1
    guard next < tokens.count, Self.joinsClosely(tokens[next].gapBefore), !tokens[next].isCapitalized
    else { return index }
    if tokens[next].classes.has(.surnames) { return next }
    // « tiago dos santos », « ana da costa »: a particle, then a listed surname or an unknown word.
    if tokens[next].classes.has(.particles), tokens[next].range.length >= 2, next + 1 < tokens.count,
      Self.joinsClosely(tokens[next + 1].gapBefore), !tokens[next + 1].isCapitalized,
      isLowercaseNameCandidate(tokens[next + 1]),
      tokens[next + 1].classes.has(.surnames) || isUnknownWord(tokens[next + 1])
    {
      return next + 1
    }
    // « aurelie ravier qui a… »: a relative clause starts after the name.
    let endsClause =
      next + 1 >= tokens.count || tokens[next + 1].gapBefore.contains(where: { ",.;:!?()\n".contains($0) })
      || tokens[next + 1].folded == "qui"
    return tokens[next].classes.isUnlisted && isLowercaseNameCandidate(tokens[next]) && endsClause
      ? next : index
  }

  /// The index of the word coordinated with the one at `index`: « X, Y », « X et Y », « X ou Y ».
  func coordinated(after index: Int, in tokens: [Token]) -> Int? {
    var k = index + 1
    guard k < tokens.count else { return nil }
    if tokens[k].folded == "et" || tokens[k].folded == "ou", tokens[k].gapBefore == " " {
      k += 1
      guard k < tokens.count, tokens[k].gapBefore == " " else { return nil }
      return k
    }
    return tokens[k].gapBefore == ", " ? k : nil
  }

  /// The name after « la mère de », « maman d' », « la prof principale de ».
  func nameAfterKinship(_ index: Int, in tokens: [Token]) -> Int? {
    var j = index + 1
    if j + 1 < tokens.count, tokens[j].classes.has(.roleQualifiers), tokens[j].gapBefore == " " { j += 1 }
    guard j + 1 < tokens.count, tokens[j].folded == "de" || tokens[j].folded == "d",
      tokens[j].gapBefore == " "
    else { return nil }
    let gap = tokens[j + 1].gapBefore
    return gap == " " || Self.isElision(gap) ? j + 1 : nil
  }

  /// A dash before a signature: « - Gwenaëlle », « — Jean-Marc » (a space or a line before the dash).
  func isSignatureDash(_ gap: String) -> Bool {
    guard gap.count >= 2, gap.hasSuffix(" ") else { return false }
    let trimmed = gap.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed == "-" || trimmed == "--" || trimmed == "–" || trimmed == "—"
  }

  /// The last index of initials and the surname after them: « O. T. », « C. Le Moal », « B. de La Roche ».
  func extendInitials(from index: Int, in tokens: [Token]) -> Int {
    var last = index
    var i = index + 1
    while i < tokens.count, tokens[i].range.length == 1, tokens[i].isCapitalized,
      tokens[i].gapBefore == ". " || tokens[i].gapBefore == "."
    {
      last = i
      i += 1
    }
    guard i < tokens.count, tokens[i].gapBefore == ". " else { return last }
    // Particles (« de La », « Le »), then a capitalised surname.
    var j = i
    while j < tokens.count, j - i < 2, tokens[j].classes.has(.particles), j + 1 < tokens.count,
      Self.joinsClosely(tokens[j + 1].gapBefore)
    {
      j += 1
    }
    guard isNamePart(tokens[j]), tokens[j].range.length > 1, !hasCommonOpenerShape(tokens[j]) else {
      return last
    }
    return extend(from: j, in: tokens)
  }

  /// « moi c'est Coumba », « moi c joão »: the name after a self-introduction, in any case.
  func selfIntroduction(at i: Int, in tokens: [Token]) -> (Int, Int, FindingConfidence)? {
    guard isIntroducedByMoiC(i, in: tokens) else { return nil }
    let token = tokens[i]
    guard token.gapBefore == " " || Self.isElision(token.gapBefore) else { return nil }
    if token.isCapitalized, isNamePart(token), isFirstName(token) || looksLikeUnknownName(token) {
      let end = extend(from: i, in: tokens)
      return (i, end, confidence(i, end, in: tokens))
    }
    if isLowercaseFirstName(token) { return (i, lowercaseSurnameEnd(after: i, in: tokens), .list) }
    if isLowercaseNameAfterCue(token) { return (i, lowercaseSurnameEnd(after: i, in: tokens), .context) }
    return nil
  }

  /// Signatures at the end of an answer and relatives named « de X »: the span at `i`, or nil.
  func signatureOrRelative(
    at i: Int, in tokens: [Token], covered: [Bool], keepsInstitutionNames: Bool
  ) -> (Int, Int, FindingConfidence)? {
    // Signatures are among the last ten words; most words are neither.
    guard tokens.count - i <= 10 || tokens[i].classes.has(.kinship) else { return nil }
    let token = tokens[i]
    // A name alone on one of the last lines: a signature.
    if let (start, end) = signatureLine(at: i, in: tokens) {
      return (nameStart(start, in: tokens, covered: covered), end, confidence(start, end, in: tokens))
    }
    // « Merci. Meriem », « Merci, Pascal Durand »: thanks, then a name that ends the answer.
    if tokens.count - i <= 4, token.classes.has(.sentenceOpeners), token.folded == "merci",
      i + 1 < tokens.count,
      tokens[i + 1].gapBefore.allSatisfy({ $0.isWhitespace || $0 == "." || $0 == "," || $0 == "!" })
    {
      let next = tokens[i + 1]
      if next.isCapitalized, isNamePart(next), isFirstName(next) || looksLikeUnknownName(next) {
        let end = extend(from: i + 1, in: tokens)
        if end == tokens.count - 1 { return (i + 1, end, confidence(i + 1, end, in: tokens)) }
      }
    }
    // « - Gwenaëlle, 3e B », « — Jean-Marc »: a dash, then a name, at the end of the answer.
    if token.isCapitalized, tokens.count - i <= 5, isSignatureDash(token.gapBefore), isNamePart(token),
      isFirstName(token) || looksLikeUnknownName(token)
    {
      let end = extend(from: i, in: tokens)
      if end == tokens.count - 1 || (tokens[end + 1].gapBefore.hasPrefix(",") && tokens.count - end <= 4) {
        return (i, end, confidence(i, end, in: tokens))
      }
    }
    // Relatives and teachers: « la mère de Duarte », « maman d'agnès », « la prof principale de Thi ».
    if token.classes.has(.kinship), let k = nameAfterKinship(i, in: tokens), !covered[k] {
      let name = tokens[k]
      if name.isCapitalized, isNamePart(name),
        isFirstName(name) || name.classes.has([.ambiguousFirstNames, .wordFirstNames]),
        !(keepsInstitutionNames && isInInstitution(k, in: tokens))
      {
        let end = extend(from: k, in: tokens)
        return (k, end, confidence(k, end, in: tokens))
      }
      if isLowercaseFirstName(name) {
        return (k, k, .list)
      }
      if isLowercaseNameAfterCue(name) { return (k, k, .context) }
      if name.isCapitalized, looksLikeUnknownName(name), isUnknownWord(name),
        !(keepsInstitutionNames && isInInstitution(k, in: tokens))
      {
        let end = extend(from: k, in: tokens)
        return (k, end, confidence(k, end, in: tokens))
      }
    }
    return nil
  }

  /// Names coordinated with the found ones (« Nicolas et Mamadou », « kevin, yassine et amine »),
  /// found one after the other: the new spans.
  func coordinatedNames(
    after spans: [(Int, Int, FindingConfidence)], covered: [Bool], in tokens: [Token]
  ) -> [(Int, Int, FindingConfidence)] {
    var spans = spans
    var covered = covered
    var found: [(Int, Int, FindingConfidence)] = []
    func add(_ start: Int, _ end: Int, _ level: FindingConfidence) {
      guard !covered[start...end].contains(true) else { return }
      spans.append((start, end, level))
      found.append((start, end, level))
      for i in start...end { covered[i] = true }
    }
    var next = 0
    while next < spans.count {
      let (start, end, _) = spans[next]
      next += 1
      // « avec Maguelone et Lusine »: an unknown word before « et » and a found first name.
      if start >= 2, tokens[start].isCapitalized, tokens[start].gapBefore == " ",
        tokens[start - 1].folded == "et", tokens[start - 1].gapBefore == " ", !covered[start - 2],
        tokens[start - 2].isCapitalized,
        (looksLikeUnknownName(tokens[start - 2]) && isUnknownWord(tokens[start - 2])
          && !startsSentence(start - 2, in: tokens))
          // « Yanis et Éva m'ont montré… »: a first name of the lists, even opening the sentence.
          || (isFirstName(tokens[start - 2])
            && !tokens[start - 2].classes.has([.ambiguousFirstNames, .wordFirstNames])
            && isFirstName(tokens[start]))
      {
        add(start - 2, start - 2, .context)
      }
      guard let k = coordinated(after: end, in: tokens), !covered[k] else { continue }
      let name = tokens[k]
      if tokens[start].isCapitalized {
        // « Zuzana et Coumba »: after a lone first name and « et », an unknown name too.
        let unknownAfterEt =
          start == end && isFirstName(tokens[start]) && tokens[k - 1].folded == "et"
          && looksLikeUnknownName(name) && !name.classes.has(.places)
        if name.isCapitalized, isNamePart(name),
          isFirstName(name) || unknownAfterEt
            || name.classes.has([.ambiguousFirstNames, .wordFirstNames])
            // « Khady, Rija et Elif »: a word no list and no dictionary knows.
            || (looksLikeUnknownName(name) && isUnknownWord(name))
        {
          let last = extend(from: k, in: tokens)
          add(k, last, confidence(k, last, in: tokens))
        }
      } else if isLowercaseFirstName(name)
        || (!name.isCapitalized && name.classes.has(.wordFirstNames) && isLowercaseNameCandidate(name))
      {
        // Beside a lowercase name, a first name that is also a rare word is a name (« et amine »).
        add(k, k, .list)
      }
    }
    return found
  }

  // MARK: - Recall first: names without a cue

  /// Names the cues above miss, from the misses of the second and third blind sets (read once
  /// they were spent): a lowercase first name no dictionary knows (« aurélien, kadiatou et duc »), a
  /// pupil followed by their class (« rokia (2nde 4) »), a name after a greeting (« Hello Djeneba ! »),
  /// two initials (« B. Y. », « M.-A. E. »), a title without its capital or its dot (« madame Koné »,
  /// « mme G. », « M Sawadogo »), a surname in capitals before a first name (« SOILIHI Zaïnaba »), an
  /// initial and a surname ending a line (a signature).
  func nameWithoutCue(at i: Int, token: Token, in tokens: [Token])
    -> (Int, Int, FindingConfidence)?
  {
    // Bit tests and one character first: this runs on every word the rules above left.
    if !token.isCapitalized {
      guard hasWordLists else { return nil }
      // Four letters or more: the short entries of the list are more often abbreviations (« ang »);
      // not after a determiner, a preposition or a number (« en amon », « l'anssi », « 80 millard »).
      if token.classes.has(.firstNames) || token.hasHyphen, token.range.length >= 4,
        !token.classes.has(.places), isLowercaseFirstName(token), !isCommonWord(token),
        !token.gapBefore.contains(where: \.isNumber),
        i == 0 || !Self.beforeThings.contains(tokens[i - 1].folded)
      {
        return (i, lowercaseSurnameEnd(after: i, in: tokens), .list)
      }
      if isFollowedByClassOrNeed(i, in: tokens), isLowercaseNameCandidate(token), isUnknownWord(token) {
        return (i, i, .context)
      }
      // « merci duc pour le lien », « comme disait montaigne, … », « comme le dit bill gates, … ».
      if isThankedOrQuoted(i, in: tokens), isLowercaseNameCandidate(token),
        !Self.adverbsAfterThanks.contains(token.folded)
      {
        if tokens[i - 1].folded == "merci" || tokens[i + 1].gapBefore.hasPrefix(",") {
          return (i, i, .context)
        }
        if i + 2 < tokens.count, Self.joinsClosely(tokens[i + 1].gapBefore), !tokens[i + 1].isCapitalized,
          isLowercaseNameCandidate(tokens[i + 1]), tokens[i + 2].gapBefore.hasPrefix(",")
        {
          return (i, i + 1, .context)
        }
      }
      return nil
    }
    if token.range.length == 1 {
      if let (start, end) = twoInitials(at: i, in: tokens) { return (start, end, .context) }
      // « madame N'Diaye », « mme M'Bappé »: an elided N', M' or D' after a title in lowercase.
      if i > 0, i + 1 < tokens.count, "NMD".contains(token.text), isAfterLowercaseTitle(i, in: tokens),
        Self.isElision(tokens[i + 1].gapBefore), isNamePart(tokens[i + 1])
      {
        return (i, i + 1, .context)
      }
      // « madame M. », « mme G. », « m. H. »: an initial after a title in lowercase.
      if i > 0, isAfterLowercaseTitle(i, in: tokens),
        i + 1 < tokens.count
          ? tokens[i + 1].gapBefore.hasPrefix(".")
          : token.isFollowedByDot
      {
        return (i, i, .context)
      }
      // A signature: « … 729. B. Maréchal » ending the line or the text.
      if i + 1 < tokens.count, tokens[i + 1].gapBefore == ". ", looksLikeUnknownName(tokens[i + 1]),
        !token.gapBefore.contains(where: \.isNumber) || token.gapBefore.contains(".")
      {
        let end = extend(from: i + 1, in: tokens)
        if end + 1 == tokens.count || tokens[end + 1].gapBefore.contains(where: \.isNewline) {
          return (i, end, .context)
        }
      }
      return nil
    }
    // « madame Koné », « m. Casanova », « le docteur Fuchs », « M Sawadogo »: a title without its
    // capital or its dot.
    if i > 0,
      isAfterLowercaseTitle(i, in: tokens)
        || (tokens[i - 1].text == "M" && token.gapBefore == " " && isUnknownWord(token)),
      isNamePart(token), looksLikeUnknownName(token) || token.isAllCaps
    {
      return (i, extend(from: i, in: tokens), .context)
    }
    // « SOILIHI Zaïnaba », « LE DUFF Enora »: a surname in capitals, then a first name, ending the
    // line or the clause.
    if i > 0, tokens[i - 1].isAllCaps, Self.joinsClosely(token.gapBefore), !token.isAllCaps,
      isUnknownWord(tokens[i - 1]) || tokens[i - 1].classes.has(.surnames),
      // A vowel: « BFM », « SNCF » are acronyms.
      tokens[i - 1].folded.contains(where: { "aeiouy".contains($0) }), isNamePart(tokens[i - 1]),
      looksLikeUnknownName(token), isFirstName(token) || isUnknownWord(token),
      i + 1 == tokens.count
        || tokens[i + 1].gapBefore.contains(where: { $0.isNewline || $0 == "," || $0 == "/" })
    {
      var start = i - 1
      if start > 0, tokens[start - 1].isAllCaps, tokens[start - 1].classes.has(.particles),
        Self.joinsClosely(tokens[start].gapBefore)
      {
        start -= 1
      }
      return (start, i, .context)
    }
    // « Merci Murat pour le lien », « comme disait Montaigne »: someone thanked, an author quoted.
    if isThankedOrQuoted(i, in: tokens), isNamePart(token), looksLikeUnknownName(token) {
      return (i, extend(from: i, in: tokens), .context)
    }
    let beforeClass = isFollowedByClassOrNeed(i, in: tokens)
    // « Rose (GS) », « Jade (CE1) »: a first name that is also a word, before a pupil's class.
    if beforeClass, token.isCapitalized, !token.isAllCaps, token.gapBefore.utf8.last == 0x20,
      token.classes.has([.ambiguousFirstNames, .wordFirstNames]), !token.classes.has(.places),
      isNamePart(token)
    {
      return (i, i, .context)
    }
    guard beforeClass || (i > 0 && token.gapBefore == " " && Self.greetings.contains(tokens[i - 1].folded)),
      looksLikeUnknownName(token), !token.classes.has([.places, .ambiguousFirstNames, .wordFirstNames]),
      isUnknownWord(token) || isFirstName(token)
    else { return nil }
    return beforeClass ? (i, i, .context) : (i, extend(from: i, in: tokens), .context)
  }

  /// « À Saint-Quentin, le 16 octobre », « Fait à Brest, le 2 mai »: the word before « , le » and a
  /// date is a letter's place.
  func isPlaceBeforeADate(_ index: Int, in tokens: [Token]) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].gapBefore == ", ", tokens[index + 1].folded == "le"
    else {
      return false
    }
    return index + 2 < tokens.count
      ? tokens[index + 2].gapBefore.contains(where: \.isNumber) : false
  }

  /// Whether the word at `index` follows « merci » and comes before « pour » (« merci Murat pour le
  /// lien »), or follows a verb of quoting (« comme disait Montaigne »).
  func isThankedOrQuoted(_ index: Int, in tokens: [Token]) -> Bool {
    guard index > 0, index + 1 < tokens.count, tokens[index - 1].classes.has(.thanksOrQuoting),
      tokens[index].gapBefore == " "
    else { return false }
    let previous = tokens[index - 1].folded
    if previous == "merci" {
      return tokens[index + 1].folded == "pour" && tokens[index + 1].gapBefore == " "
    }
    // « comme le dit Bill Gates », not « il dit Bonjour ».
    if previous == "dit" { return index >= 2 && tokens[index - 2].folded == "le" }
    return Self.quotingVerbs.contains(previous)
  }

  /// « merci beaucoup pour… »: words between « merci » and « pour » that are no name.
  static let adverbsAfterThanks: Set<String> = [
    "beaucoup", "encore", "infiniment", "bien", "mille", "enormement", "grandement", "vraiment", "aussi",
    "donc", "alors", "milles", "par", "bcp", "bcq", "encor",
  ]

  /// Whether a title in lowercase stands right before `index`: « madame », « mme », « m. »,
  /// « monsieur », « le docteur », « dr ».
  func isAfterLowercaseTitle(_ index: Int, in tokens: [Token]) -> Bool {
    let title = tokens[index - 1]
    guard !title.isCapitalized, title.classes.has(.titles) else { return false }
    let gap = tokens[index].gapBefore
    return title.folded == "m" || title.folded == "dr" ? gap == ". " || gap == "." : gap == " "
  }

  /// Words after which a lowercase word of the first-name lists is a thing: « une asso », « au maxi ».
  static let beforeThings: Set<String> = [
    "l", "le", "la", "les", "un", "une", "des", "du", "au", "aux", "en", "par", "ce", "cette", "cet", "ces",
    "son", "sa", "ses", "leur", "leurs", "comite", "primo", "plus", "moins", "tres",
  ]

  /// Words after which a first name names a pet, a publisher or a room: « mon chat Gaston »,
  /// « le manuel Didier », « la salle Marie Curie ».
  static let beforeNamedThings: Set<String> = [
    "chat", "chatte", "chaton", "chien", "chienne", "chiot", "lapin", "hamster", "cheval", "poney",
    "perroquet", "tortue", "poisson", "manuel", "manuels", "editions", "edition", "editeur", "methode",
    "collection", "salle", "editeurs", "magasin", "robot", "station", "marque", "enseigne",
  ]

  /// Verbs of quoting after which a word is an author: « comme disait Montaigne », « écrivait Rabelais ».
  static let quotingVerbs: Set<String> = [
    "disait", "ecrivait", "affirmait", "rappelait", "soulignait", "expliquait", "citait", "chantait",
    "rejoins", "rejoint", "dit",
  ]

  static let greetings: Set<String> = [
    "hello", "bonjour", "bonsoir", "salut", "coucou", "cher", "chere", "hey",
  ]

  /// « (4e C) », « (2nde 4) », « (CM1-CM2) », « (dys) », « (ULIS) » right after the word: a pupil's
  /// class or need, as teachers write after a pupil's name. Read from the next words and the
  /// characters between them (digits are not words).
  func isFollowedByClassOrNeed(_ index: Int, in tokens: [Token]) -> Bool {
    guard index + 1 < tokens.count else { return false }
    guard tokens[index + 1].gapOpensBracket else { return false }
    return Self.isClassOrNeed(tokens[index + 1].gapBefore + tokens[index + 1].text)
  }

  /// Whether `text` (a gap and the next word) is « (4e », « (2nde », « (CM2 », « (ULIS »…: an
  /// opening bracket, after a space or not, then one or two digits and a class's ending, a
  /// primary class in capitals (« (ce n'est pas…) » is no class), or a need or a course's name in
  /// any case. Written out rather than as a regular expression: it is asked for most words.
  static func isClassOrNeed(_ text: String) -> Bool {
    // Compared scalar by scalar, as the regular expression it replaces did.
    var rest = Array(text.unicodeScalars)[...]
    if rest.first == " " { rest = rest.dropFirst() }
    guard rest.first == "(" else { return false }
    rest = rest.dropFirst()
    func equals(_ scalars: ArraySlice<Unicode.Scalar>, _ word: String) -> Bool {
      scalars.elementsEqual(word.unicodeScalars)
    }
    if Self.primaryClassNames.contains(where: {
      equals(rest, $0)
    }) {
      return true
    }
    // Case-insensitive: ASCII capitals, « È », and « ſ » read as « s ».
    let lowered = rest.map { scalar -> Unicode.Scalar in
      switch scalar.value {
      case 0x41...0x5A: Unicode.Scalar(UInt8(scalar.value + 0x20))
      case 0xC8: "è"
      case 0x17F: "s"
      default: scalar
      }
    }[...]
    if ["ulis", "segpa", "dys", "term"].contains(where: {
      equals(lowered.prefix($0.unicodeScalars.count), $0)
    }) {
      return true
    }
    if ["tle", "bts", "cap"].contains(where: { equals(lowered, $0) }) { return true }
    let digits = lowered.prefix { $0.properties.numericType == .decimal }.count
    guard digits == 1 || digits == 2 else { return false }
    let ending = lowered.dropFirst(digits)
    return ["e", "de", "nde", "re", "ère", "ème"].contains { equals(ending, $0) }
  }

  /// Two initials, each a capital and a dot: « B. Y. », « M.-A. E. », « K. E. ; »; not « J.-C. »
  /// (one word), nor a longer run (« U. S. A. »). The span, or nil.
  func twoInitials(at i: Int, in tokens: [Token]) -> (Int, Int)? {
    var j = i
    // « M.-A. »: an initial of a compound first name.
    if j + 1 < tokens.count, tokens[j + 1].gapBefore == ".-", tokens[j + 1].range.length == 1,
      tokens[j + 1].isCapitalized
    {
      j += 1
    }
    // Not a code's letter (« UAI 0629698 E. S.D. »).
    guard j + 1 < tokens.count, tokens[j + 1].gapBefore == ". ", tokens[j + 1].range.length == 1,
      tokens[j + 1].isCapitalized, i == 0 || !tokens[i].gapBefore.hasSuffix("."),
      !tokens[i].gapBefore.contains(where: \.isNumber)
    else { return nil }
    let last = j + 1
    // The second initial ends the name: a dot and a space or a punctuation mark (not « S.D. »), then
    // no third initial.
    if last + 1 < tokens.count {
      let gap = tokens[last + 1].gapBefore
      guard gap.hasPrefix("."), gap.count > 1, !(gap == ". " && tokens[last + 1].range.length == 1) else {
        return nil
      }
    } else {
      guard tokens[last].isFollowedByDot else { return nil }
    }
    return (i, last)
  }

  /// A name of the lists, or a listed hyphenated first name.
  func isListed(_ token: Token) -> Bool {
    token.classes.has([.firstNames, .surnames]) || (token.hasHyphen && isListedFirstName(token.folded))
  }

  /// `.list` when a word of the span is in the lists, `.context` otherwise.
  func confidence(_ start: Int, _ end: Int, in tokens: [Token]) -> FindingConfidence {
    (start...end).contains { isListed(tokens[$0]) } ? .list : .context
  }

  func startsSentence(_ index: Int, in tokens: [Token]) -> Bool {
    index == 0 || tokens[index].gapEndsSentence
  }

  /// The index of the name after the role at `index` (« notre CPE, Nadia », « mon collègue de
  /// techno Corentin », « le principal adjoint Marc »), or nil.
  func nameAfterRole(_ index: Int, in tokens: [Token]) -> Int? {
    var j = index + 1
    var skipped = 0
    while j < tokens.count, skipped < 2, Self.joinsClosely(tokens[j].gapBefore),
      !tokens[j].isCapitalized || tokens[j].classes.has(.roleQualifiers)
    {
      // Qualifiers (« adjoint ») and complements (« de techno », « d'anglais »), lowercase.
      if tokens[j].classes.has(.roleQualifiers) {
        j += 1
      } else if ["de", "d", "en"].contains(tokens[j].folded), j + 1 < tokens.count,
        !tokens[j + 1].isCapitalized,
        !tokens[j + 1].classes.has(.stopwords) || tokens[j + 1].gapBefore.contains(where: \.isNumber),
        tokens[j + 1].gapBefore == " " || tokens[j + 1].gapBefore == "'" || tokens[j + 1].gapBefore == "’"
          || tokens[j + 1].gapBefore.allSatisfy({ $0 == " " || $0.isNumber })
      {
        j += 2
      } else {
        break
      }
      skipped += 1
    }
    if skipped > 0, isTrackBeforeName(j, in: tokens) { j += 1 }
    guard j < tokens.count else { return nil }
    let gap = tokens[j].gapBefore
    guard gap == " " || gap == ", " || gap == " : " || gap == " (" else { return nil }
    return j
  }

  /// Whether a first name that is also a word (`WordClass.ambiguousFirstNames`), at `index` and
  /// extended to `end`, is a name: with a surname, a name or capitals after it, inside a sentence,
  /// or alone before a pupil's class (« Jade (GS) », « Rose (4e2) »). Apart from `detect`, whose
  /// main loop must stay small to be optimised.
  func keepsAmbiguousFirstName(at index: Int, end: Int, in tokens: [Token]) -> Bool {
    guard end > index else { return isFollowedByClassOrNeed(index, in: tokens) }
    let next = tokens[index + 1]
    return next.classes.has(.surnames) || next.isAllCaps || isFirstName(next)
      || !startsSentence(index, in: tokens)
  }

  /// A capitalised word right after the name before it, one space between.
  func isCapitalizedAfterName(_ index: Int, in tokens: [Token]) -> Bool {
    tokens[index].isCapitalized && tokens[index].gapBefore == " "
  }

  static let legalForms: Set<String> = ["sarl", "sas", "sasu", "eurl", "scop", "scic", "gie", "sci"]

  /// Nursery and primary classes as written after a pupil's name: « (GS) », « (CM2) ».
  static let primaryClassNames = ["CM", "CM1", "CM2", "CE", "CE1", "CE2", "CP", "TPS", "PS", "MS", "GS"]

  /// The same written alone after a name (« Ilan GS », « Lina CM2 »), double classes included; not
  /// « CM » or « CE » alone.
  static let nurseryAndPrimaryClasses = Set(primaryClassNames).subtracting(["CM", "CE"])
    .union(["MS-GS", "PS-MS", "CE1-CE2", "CM1-CM2"])

  static let hyphenatedPronouns: Set<String> = [
    "tu", "vous", "il", "elle", "on", "nous", "je", "moi", "toi", "ils", "elles", "le", "la", "les", "lui",
    "leur", "y", "en",
  ]

  /// « peux-tu », « Dis-moi », « a-t-il »: a verb and its pronoun in lowercase, never a name
  /// (« Bouzid-Le Gall » is one).
  static func endsWithPronoun(_ word: String) -> Bool {
    guard let dash = word.lastIndex(of: "-") else { return false }
    return hyphenatedPronouns.contains(String(word[word.index(after: dash)...]))
  }

  /// « Saint-Laurent », « Sainte-Marie » alone: a place. « Émile-Zola », « Marie-Curie »: a first name
  /// joined to a surname that is no first name, the name of a school or a street.
  func isJoinedPlaceOrFamousName(_ index: Int, in tokens: [Token]) -> Bool {
    let token = tokens[index]
    let parts = Self.hyphenParts(token.folded)
    guard parts.count == 2, token.isCapitalized, !token.isAllCaps, index > 0 else { return false }
    let previous = tokens[index - 1]
    // « Mme Raman-Lamarque », « madame Marie-Sainte »: after a title, a person.
    if previous.classes.has([.titles, .lowercaseTitles]) { return false }
    // « à Saint-Denis », « au collège de Saint-Laurent »; not « Sainte-Rose » signing.
    if parts[0] == "saint" || parts[0] == "sainte" {
      return previous.classes.has([.placePrepositions, .institutionWords])
        || ["de", "d"].contains(previous.folded)
    }
    if parts[1] == "saint" || parts[1] == "sainte" { return false }
    let words = Self.hyphenParts(token.text)
    guard words.count == 2, words[1].first?.isUppercase == true,
      words[1].dropFirst().allSatisfy(\.isLowercase)
    else { return false }
    let surname = parts[1]
    return firstNames.contains(parts[0]) && !isListedFirstName(surname)
      && !classes(surname).has([.ambiguousFirstNames, .wordFirstNames, .extendedFirstNames])
  }

  static let capitalizedParticles: Set<String> = [
    "le", "la", "des", "du", "de", "da", "dos", "das", "del", "della", "van", "von", "di", "ter", "ten",
  ]

  /// « Le » in « Loeiz Le Floc'h », « Des » in « Enzo Des Rosiers »: a capitalised particle inside a
  /// line, one space before it.
  func isCapitalizedParticle(_ index: Int, in tokens: [Token]) -> Bool {
    let token = tokens[index]
    return token.isCapitalized && !token.isAllCaps && token.range.length <= 5 && token.gapBefore == " "
      && Self.capitalizedParticles.contains(token.folded)
  }

  /// A capitalised first name, listed even as a word (« Murat », « Désiré », « Constant »), one
  /// space before a capitalised word that is no first name of the bundled list: the start of a name
  /// whose surname was found alone.
  func isFirstNameBeforeSurname(_ index: Int, in tokens: [Token]) -> Bool {
    let token = tokens[index]
    // « Mai Truong-Dinh »: the month is a first name before a surname, not after a date's number
    // or « en », « de », « fin ».
    if token.range.length == 3, token.text == "Mai", index + 1 < tokens.count,
      tokens[index + 1].gapBefore == " ",
      tokens[index + 1].isCapitalized || tokens[index + 1].isAllCaps,
      !token.gapBefore.contains(where: \.isNumber),
      index == 0
        || !["en", "de", "d", "fin", "debut", "mi", "le", "au", "du", "mois"].contains(
          tokens[index - 1].folded)
    {
      return true
    }
    guard token.isCapitalized, !token.isAllCaps, token.range.length >= 3, index + 1 < tokens.count,
      token.classes.has([.firstNames, .ambiguousFirstNames, .wordFirstNames]),
      !token.classes.has([
        .stopwords, .roles, .titles, .nonNames, .institutionWords, .closings, .sentenceOpeners, .articles,
      ]),
      tokens[index + 1].gapBefore == " ", tokens[index + 1].isCapitalized || tokens[index + 1].isAllCaps,
      // « Murat Aydin »: a surname may be a first name of the extended list, not of the bundled one.
      !tokens[index + 1].classes.has(.firstNames) || tokens[index + 1].classes.has(.extendedFirstNames)
    else { return false }
    return index == 0
      || !(tokens[index - 1].classes.has(.institutionWords)
        || tokens[index - 1].classes.has(.placePrepositions))
  }

  /// The last word of a surname made of capitalised particles after a first name at `end`
  /// (« Morgane Le Du », « Voahangy de La Roche »), or after a first name and its particle
  /// (« Morgane Le » then « Du »); nil when none follows.
  func particleSurnameEnd(after end: Int, in tokens: [Token]) -> Int? {
    func isGivenName(_ i: Int) -> Bool {
      tokens[i].isCapitalized && !tokens[i].isAllCaps
        && (isFirstName(tokens[i]) || tokens[i].classes.has([.firstNames, .ambiguousFirstNames]))
    }
    var i = end + 1
    if isCapitalizedParticle(end, in: tokens), end > 0, isGivenName(end - 1) {
      // The particle was taken with the first name; the surname's word follows.
    } else {
      guard isGivenName(end), i + 1 < tokens.count else { return nil }
      if tokens[i].gapBefore == " ", ["de", "du", "des"].contains(tokens[i].text),
        tokens[i + 1].gapBefore == " "
      {
        // « Hélène des Roseaux », « Marine du Fresne »: a lowercase particle, then a capitalised
        // word that is no place (« Paul de Lyon »).
        if !isCapitalizedParticle(i + 1, in: tokens) {
          let word = tokens[i + 1]
          guard word.isCapitalized, !word.isAllCaps, word.range.length >= 3,
            !word.classes.has([
              .places, .titles, .roles, .institutionWords, .closings, .nonNames, .firstNames,
            ])
          else { return nil }
          return i + 1
        }
        i += 1
      }
      guard isCapitalizedParticle(i, in: tokens) else { return nil }
      i += 1
      // « de La Roche », not « Le Du et … »: a second particle only before a capitalised word.
      if i + 1 < tokens.count, isCapitalizedParticle(i, in: tokens), tokens[i + 1].gapBefore == " ",
        tokens[i + 1].isCapitalized || tokens[i + 1].isAllCaps
      {
        i += 1
      }
    }
    guard i < tokens.count, tokens[i].gapBefore == " ", tokens[i].isCapitalized || tokens[i].isAllCaps,
      tokens[i].range.length >= 2,
      !tokens[i].classes.has([.titles, .roles, .institutionWords, .closings, .nonNames])
    else { return nil }
    return i
  }

  /// « une élève de 1re STMG, Hinatea »: a class's track in capitals at `index`, after the class
  /// and before the name.
  func isTrackBeforeName(_ index: Int, in tokens: [Token]) -> Bool {
    guard index > 0, index + 1 < tokens.count else { return false }
    let track = tokens[index]
    return track.isAllCaps && track.range.length <= 5 && track.gapBefore == " "
      && tokens[index + 1].gapBefore == ", "
      && tokens[index - 1].gapBefore.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
  }

  /// « « Madame Bovary », Didier, 2019, 311 p. », « « Germinal » (Istra, 2015) »: a work's title and
  /// its publisher in a reference.
  static let bibliographicReference = try! NSRegularExpression(
    pattern: #"«([^»\n]{1,80})»(?:,[ ]*|[ ]*\()(\p{Lu}[^,()\n]{0,40}),[ ]*(?:1[5-9]|20)\d\d\b"#)
  /// « À Saint-Nazaire (44) », « T. 04 68… », « T. +33 6… »: a town before its department's number,
  /// a phone's label before its digits.
  static let afterPlaceOrLabel = try! NSRegularExpression(
    pattern: #"\A(?:[ ]\((?:\d{2,3}|2[AB])\)|\.[ ]?[+\d])"#)

  /// Whether a name's range is a work's title or its publisher in a bibliographic reference, a
  /// town before its department's number (unless a list gives it as a name: « Marie (59) »), or a
  /// letter before a phone's digits.
  /// `length`: the text's length in UTF-16 units; `hasClosingQuote`: whether it holds a « » »
  /// (a reference needs one), both read once for all the names of a text.
  func isPlaceOrReference(
    _ range: NSRange, in source: NSString, listed: Bool, length: Int, hasClosingQuote: Bool
  ) -> Bool {
    let end = range.location + range.length
    let after = NSRange(location: end, length: min(8, length - end))
    if let match = Self.afterPlaceOrLabel.firstMatch(in: source as String, range: after) {
      let isDot = source.character(at: match.range.location) == 0x2E
      if isDot ? range.length == 1 : !listed { return true }
    }
    guard hasClosingQuote else { return false }
    let line = source.lineRange(for: range)
    guard source.range(of: "»", options: .literal, range: line).location != NSNotFound else { return false }
    return Self.bibliographicReference.matches(in: source as String, range: line).contains { match in
      [1, 2].contains { NSIntersectionRange(match.range(at: $0), range).length == range.length }
    }
  }

  /// Whether a gap ends with a chat's time in brackets: « [17:54] », « [9h05] », « [14/04/2025 9:34] ».
  static func endsWithChatTime(_ gap: String) -> Bool {
    let bytes = Array(gap.utf8)
    guard bytes.count >= 7, bytes[bytes.count - 1] == 0x20, bytes[bytes.count - 2] == 0x5D else {
      return false
    }
    let inside = bytes[..<(bytes.count - 2)].reversed().prefix { $0 != 0x5B }
    guard inside.count >= 4, inside.count <= 20, bytes.count - 3 - inside.count >= 0,
      bytes[bytes.count - 3 - inside.count] == 0x5B
    else { return false }
    var time = Array(inside.reversed())
    // « [14/04/2025 9:34] »: a date before the time.
    if let space = time.lastIndex(of: 0x20) {
      let date = time[..<space]
      guard date.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
        date.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2F || $0 == 0x2E || $0 == 0x2D })
      else { return false }
      time = Array(time[(space + 1)...])
    }
    guard time.count == 4 || time.count == 5 else { return false }
    let digits = time.filter { $0 >= 0x30 && $0 <= 0x39 }.count
    return digits == time.count - 1 && (time[time.count - 3] == 0x3A || time[time.count - 3] == 0x68)
  }

  /// « Mlle Haddad, professeur d'histoire, Marseille », « M. Schmitt, CPE, Saint-Pierre »: after a
  /// role and a comma, a word ending the line that no list gives as a name is the signer's town.
  func isTownEndingASignature(_ index: Int, in tokens: [Token]) -> Bool {
    tokens[index].gapBefore == ", " && !isFirstName(tokens[index]) && !tokens[index].classes.has(.surnames)
      && (index + 1 == tokens.count || tokens[index + 1].gapBefore.contains(where: \.isNewline))
  }

  /// Whether the name ending at `end` is followed by « , notre CPE » or « , l'AESH ».
  func isFollowedByRole(_ end: Int, in tokens: [Token]) -> Bool {
    guard end + 1 < tokens.count else { return false }
    // After an initial, its dot: « A.L. (parent) ».
    var gap = Substring(tokens[end + 1].gapBefore)
    if tokens[end].range.length == 1, gap.hasPrefix(".") { gap = gap.dropFirst() }
    // Not a count: « près d'Aurillac, 30 élèves ».
    guard gap.hasPrefix(",") || gap.hasPrefix(" ("), !gap.contains(where: \.isNumber) else { return false }
    var j = end + 1
    if tokens[j].classes.has(.determiners) { j += 1 }
    guard j < tokens.count, j - end <= 2 else { return false }
    return tokens[j].classes.has(.roles)
  }

  func hasCommonOpenerShape(_ token: Token) -> Bool {
    token.classes.has(.sentenceOpeners) || token.folded.hasSuffix("ment")
  }

  /// The last word of a name field's label: « Nom », « Nom de famille », « nom d'usage ».
  func fieldEnd(_ index: Int, in tokens: [Token]) -> Int {
    guard tokens[index].folded == "nom", index + 2 < tokens.count,
      tokens[index + 1].folded == "de" || tokens[index + 1].folded == "d",
      ["famille", "usage", "naissance"].contains(tokens[index + 2].folded)
    else { return index }
    return index + 2
  }

  /// A form's field, a mention, an age: « Nom : KOFFI », « @Soufiane », « Fatoumata, 15 ans ».
  func framedName(at i: Int, token: Token, in tokens: [Token], wordClasses: [WordClass])
    -> (Int, Int, FindingConfidence)?
  {
    func confidence(_ start: Int, _ end: Int) -> FindingConfidence { self.confidence(start, end, in: tokens) }
    // A form's field: « Nom : KOFFI Prénom : Violaine », « Prénom: nadège », « Nom de famille : de
    // la Tour ».
    if token.classes.has(.nameFields), hasWordLists {
      var field = fieldEnd(i, in: tokens)
      // « Nom (facultatif) : AUBERT-LACOSTE »: a field's note in brackets.
      if field + 2 < tokens.count, tokens[field + 1].gapBefore.hasSuffix("("),
        ["facultatif", "obligatoire", "optionnel", "usage", "naissance"].contains(tokens[field + 1].folded),
        tokens[field + 2].gapBefore.hasPrefix(")")
      {
        field += 1
      }
      guard field + 1 < tokens.count, !tokens[field + 1].gapBefore.contains(where: \.isNewline),
        tokens[field + 1].gapBefore.contains(":")
          // « titulaire NATIVEL Ruddy »: an account's holder, a name in capitals first.
          || (token.folded == "titulaire" && tokens[field + 1].gapBefore == " " && tokens[field + 1].isAllCaps
            && isNamePart(tokens[field + 1]))
      else { return nil }
      var first = field + 1
      // « Nom, prénom : Dr DURAND Igor »: the title is not the name.
      if tokens[first].isCapitalized, tokens[first].classes.has(.titles) || tokens[first].text == "Me",
        first + 1 < tokens.count,
        tokens[first + 1].gapBefore.count <= 2
      {
        first += 1
      }
      var end = first - 1
      var j = first
      while j < tokens.count, j - first <= 2, !tokens[j].classes.has(.nameFields),
        j == first || Self.joinsClosely(tokens[j].gapBefore),
        isNamePart(tokens[j]) || isLowercaseNameCandidate(tokens[j]) || tokens[j].classes.has(.particles)
          // « Nom : Dimanche », « Nom : JARDIN »: a field's name, even when it is also a word.
          || (token.folded.hasPrefix("nom") && (tokens[j].isCapitalized || tokens[j].isAllCaps)
            && tokens[j].range.length >= 3
            && !tokens[j].classes.has([.titles, .roles, .institutionWords, .sentenceOpeners]))
      {
        end = j
        j += 1
      }
      if end >= first, !tokens[end].classes.has(.particles) {
        return (first, end, confidence(first, end))
      }
    }
    // « [17:54] michel : … », a chat's speaker after the time, whatever the case.
    if token.gapBefore.utf8.count >= 7, Self.endsWithChatTime(token.gapBefore) {
      var end = i
      while end - i < 2, end + 1 < tokens.count, Self.continuesName(tokens[end + 1].gapBefore) {
        end += 1
      }
      // « [12:30] Anonyme : … », « [9:00] Admin : … »: a word, unless a list gives it as a name.
      let speaker = (i...end).allSatisfy {
        !tokens[$0].classes.has([.stopwords, .roles, .nonNames]) && tokens[$0].range.length >= 2
          && (!isCommonWord(tokens[$0])
            || tokens[$0].classes.has([.firstNames, .surnames, .ambiguousFirstNames, .wordFirstNames]))
      }
      if speaker, end + 1 < tokens.count, tokens[end + 1].gapBefore.first(where: { $0 != " " }) == ":" {
        return (i, end, confidence(i, end))
      }
    }
    // « @Soufiane », a mention.
    if token.isCapitalized, token.gapBefore.utf8.last == 0x40, isNamePart(token) {
      let end = extend(from: i, in: tokens)
      return (i, end, confidence(i, end))
    }
    // « Fatoumata, 15 ans, »: a first name or an unknown word, then an age.
    if token.isCapitalized, i + 1 < tokens.count, wordClasses[i + 1].has(.years), !token.isAllCaps,
      tokens[i + 1].gapBefore.hasPrefix(", "), tokens[i + 1].gapBefore.dropFirst(2).first?.isNumber == true,
      isFirstName(token) || (looksLikeUnknownName(token) && isUnknownWord(token))
    {
      return (i, i, confidence(i, i))
    }
    return nil
  }

  /// Initials before a role, « avec » and a lowercase name, an unknown word and an initial, « c'est
  /// X qui », « le petit X ».
  func nameByInitialsOrCompanion(
    at i: Int, token: Token, in tokens: [Token], wordClasses: [WordClass], singleCapitals: [Bool]
  ) -> (Int, Int, FindingConfidence)? {
    func confidence(_ start: Int, _ end: Int) -> FindingConfidence { self.confidence(start, end, in: tokens) }
    // « A.L. (parent) », « S. D., AESH »: initials, then a role.
    if isInitial(i, in: tokens), !token.classes.has(.titles), !token.gapBefore.contains(where: \.isNumber),
      i + 1 < tokens.count,
      tokens[i + 1].range.length == 1,
      tokens[i + 1].isCapitalized
    {
      let end = extendInitials(from: i, in: tokens)
      if end > i, isFollowedByRole(end, in: tokens) {
        return (i, end, .context)
      }
    }
    // « avec nadège on a… »: a lowercase listed first name that is no word, after a preposition.
    // Or a word no list and no dictionary knows, before « on », « et », « nous » or a comma
    // (« avec tenzin on a… »).
    if i > 0, wordClasses[i - 1].has(.companions), hasWordLists, !token.isCapitalized,
      token.gapBefore == " ",
      (isLowercaseFirstName(token) && !isCommonWord(token))
        || (isLowercaseNameCandidate(token) && isUnknownWord(token) && i + 1 < tokens.count
          && (tokens[i + 1].gapBefore.hasPrefix(",")
            || (tokens[i + 1].gapBefore == " " && ["on", "et", "nous"].contains(tokens[i + 1].folded))))
    {
      return (i, lowercaseSurnameEnd(after: i, in: tokens), .list)
    }
    // « Kavya Q. », « Serigne A. »: a capitalised word no list or dictionary knows, then an initial.
    if token.isCapitalized, i + 1 < tokens.count, singleCapitals[i + 1], !token.isAllCaps,
      tokens[i + 1].gapBefore == " ",
      isInitial(i + 1, in: tokens), looksLikeUnknownName(token) || token.classes.has(.ambiguousFirstNames),
      isUnknownWord(token)
        || (token.classes.has([.ambiguousFirstNames, .wordFirstNames]) && !startsSentence(i, in: tokens))
    {
      return (i, i + 1, .context)
    }
    // « c'est Teva qui gère », « le petit Kavya », « la petite Maïwenn »: a capitalised word no list
    // and no dictionary knows, in a frame that only a person fills.
    if token.isCapitalized, i >= 2, wordClasses[i - 1].has([.cueEnds, .little]),
      !token.isAllCaps, token.gapBefore == " ",
      (tokens[i - 1].folded == "est" && tokens[i - 2].folded == "c" && i + 1 < tokens.count
        && tokens[i + 1].folded == "qui" && tokens[i + 1].gapBefore == " ")
        || ((tokens[i - 1].folded == "petit" || tokens[i - 1].folded == "petite")
          && tokens[i - 2].classes.has(.articles)),
      looksLikeUnknownName(token), isUnknownWord(token)
    {
      let end = extend(from: i, in: tokens)
      return (i, end, confidence(i, end))
    }
    return nil
  }

  /// A capitalised word in mid-sentence that no list and no dictionary knows, not after « en », « à »,
  /// an article: a weak clue, for review.
  func isWeakUnknownName(
    at i: Int, token: Token, in tokens: [Token], wordClasses: [WordClass], keepsInstitutionNames: Bool
  ) -> Bool {
    token.isCapitalized && !token.isAllCaps && i > 0
      // « en Lozère », « à Sète », « sous Ubuntu »: places and products.
      && !wordClasses[i - 1].has([.articles, .determinersBeforeThings, .placePrepositions])
      && token.gapBefore == " " && looksLikeUnknownName(token) && isUnknownWord(token)
      && !(keepsInstitutionNames && isInInstitution(i, in: tokens))
  }

  /// The words of the text with their lists and commonness looked up.
  func classifiedTokens(in source: NSString) -> [Token] {
    var tokens = self.tokens(in: source)
    for index in tokens.indices {
      let value = lexicon.value(tokens[index].folded)
      tokens[index].classes = WordClass(rawValue: value & ~Self.commonWordBit)
      tokens[index].isCommon = value & Self.commonWordBit != 0
    }
    return tokens
  }

  struct Found {
    var masked: [Detection] = []
    var possible: [Detection] = []
  }

  func detect(in source: NSString, keepsInstitutionNames: Bool, confirmed: Set<String> = []) -> Found {
    // Immutable once built, so that the rules read its words in place rather than copy them (and
    // retain and release their strings) at every look.
    let tokens = classifiedTokens(in: source)
    // The neighbours' classes and lengths, for the rules that look at them on most words: reading
    // them from `tokens` copied whole tokens (their strings retained and released).
    let wordClasses = tokens.map(\.classes)
    let singleCapitals = tokens.map { $0.range.length == 1 && $0.isCapitalized }
    // « et moi » starts at these indices: read once, not from each word's neighbours.
    var etMoi = [Bool](repeating: false, count: tokens.count)
    for index in tokens.indices.dropLast()
    where tokens[index].range.length == 2 && tokens[index].folded == "et" {
      etMoi[index] = tokens[index + 1].folded == "moi"
    }
    var spans: [(Int, Int, FindingConfidence)] = []
    var possible: [(Int, Int)] = []
    var covered = [Bool](repeating: false, count: tokens.count)
    func add(_ start: Int, _ end: Int, _ confidence: FindingConfidence) {
      guard start <= end, !covered[start...end].contains(true) else { return }
      spans.append((start, end, confidence))
      for i in start...end { covered[i] = true }
    }
    func listed(_ token: Token) -> Bool {
      token.classes.has([.firstNames, .surnames])
        || (token.hasHyphen && isListedFirstName(token.folded))
    }
    func confidence(_ start: Int, _ end: Int) -> FindingConfidence {
      (start...end).contains { listed(tokens[$0]) } ? .list : .context
    }
    // Chats' speakers, tables' and lists' names, senders.
    let (laidOut, atSigns, notNames) = structuredNames(in: tokens, source: source)
    for (start, end, level) in laidOut { add(start, end, level) }
    // « | Nancy-Metz | » under « Académie »: no rule nor the tagger takes these words.
    for index in notNames { covered[index] = true }
    for (i, token) in tokens.enumerated() where !covered[i] {
      // Forms, mentions, ages (« Nom : X », « @X », « X, 15 ans »): separate methods that return at
      // once for most words, so that the main loop stays small enough to be optimised.
      if let (start, end, level) = framedName(
        at: i, token: token, in: tokens, wordClasses: wordClasses)
      {
        add(start, end, level)
        continue
      }
      // « la famille KOUASSI », « famille Kieffer »: a family's name.
      if token.range.length == 7, token.folded == "famille", i + 1 < tokens.count,
        Self.joinsClosely(tokens[i + 1].gapBefore), !tokens[i + 1].classes.has(.places),
        tokens[i + 1].isAllCaps ? isNamePart(tokens[i + 1]) : looksLikeUnknownName(tokens[i + 1]),
        !(keepsInstitutionNames && isInInstitution(i + 1, in: tokens))
      {
        let end = extend(from: i + 1, in: tokens)
        add(i + 1, end, confidence(i + 1, end))
        continue
      }
      // Titles: « M. Dupont », « Mme Le Gall », « Dr Martin », « M. D. ».
      // « Me » (maître) too: written so, not the pronoun « me » nor « ME » (kept out of the titles'
      // class, which the tagger reads).
      if token.isCapitalized, token.classes.has(.titles) || token.text == "Me", i + 1 < tokens.count {
        let next = tokens[i + 1]
        let gapOK =
          token.folded == "m"
          ? next.gapBefore.hasPrefix(".") && next.gapBefore.count <= 2 : next.gapBefore.count <= 2
        // « M. D. », not « A.M.E. »: a space after the title's dot, none before the title.
        let isInitial =
          next.text.count == 1 && next.isCapitalized && next.gapBefore.hasSuffix(" ")
          && !token.gapBefore.hasSuffix(".")
          && (i + 2 >= tokens.count || tokens[i + 2].gapBefore.hasPrefix("."))
        if gapOK, isInitial {
          // « Mme B. Kowalczyk »: the initial and the surname.
          var end = i + 1
          if i + 2 < tokens.count, tokens[i + 2].gapBefore == ". ", looksLikeUnknownName(tokens[i + 2]),
            !hasCommonOpenerShape(tokens[i + 2])
          {
            end = extend(from: i + 2, in: tokens)
          }
          add(i + 1, end, .context)
          continue
        }
        // « M.Dupont » but not « M.E.L. »: a single letter needs a space before it. « M. Jardin »,
        // « Mme Parc »: after a title, a word that names places too is a surname.
        let isSurnameAfterTitle =
          isNamePart(next)
          || (next.isCapitalized && !next.isAllCaps && next.classes.has(.institutionWords)
            && !next.classes.has([.roles, .stopwords, .titles]) && next.range.length >= 3)
        if gapOK, isSurnameAfterTitle, next.text.count > 1 || next.gapBefore.hasSuffix(" ") {
          let end = extend(from: i + 1, in: tokens)
          add(i + 1, end, confidence(i + 1, end))
          continue
        }
        // « Mme Le Gall », « M. de Villepin »: a particle then a capitalised name.
        if gapOK, next.classes.has(.particles), i + 2 < tokens.count,
          Self.joinsClosely(tokens[i + 2].gapBefore),
          isNamePart(tokens[i + 2])
        {
          let end = extend(from: i + 2, in: tokens)
          add(i + 1, end, confidence(i + 2, end))
          continue
        }
        // « M. rakotomalala », « Monsieur andrianarivo »: a lowercase word no dictionary knows, or
        // a listed surname.
        // After « M. », « Mme », « Dr »…, any lowercase name-like word (« M. park », « Dr tall »).
        if gapOK, !next.isCapitalized, next.gapBefore.hasSuffix(" "), isLowercaseNameCandidate(next),
          isUnknownWord(next) || listed(next)
            || (hasWordLists && Self.abbreviatedTitles.contains(token.folded) && next.range.length >= 2)
        {
          var end = extendLowercaseParticle(from: i + 1, in: tokens)
          // « M. diogo ferreira »: a second word no dictionary knows, or a listed surname.
          if end == i + 1, i + 2 < tokens.count, Self.joinsClosely(tokens[i + 2].gapBefore),
            !tokens[i + 2].isCapitalized, isLowercaseNameCandidate(tokens[i + 2]),
            isUnknownWord(tokens[i + 2]) || tokens[i + 2].classes.has(.surnames)
          {
            end = i + 2
          }
          add(i + 1, end, listed(next) ? .list : .context)
          continue
        }
        // « Dr d'Almeida », « M. d'Estaing »: an elided particle then a capitalised name.
        if gapOK, next.folded == "d", i + 2 < tokens.count, Self.isElision(tokens[i + 2].gapBefore),
          looksLikeUnknownName(tokens[i + 2])
        {
          let end = extend(from: i + 2, in: tokens)
          add(i + 1, end, confidence(i + 2, end))
          continue
        }
      }
      // Titles in lowercase: « mme kowalczyk » is masked, « madame zerbib » only when listed.
      if !token.isCapitalized, token.classes.has(.lowercaseTitles), i + 1 < tokens.count,
        tokens[i + 1].gapBefore.count <= 2, isLowercaseNameCandidate(tokens[i + 1])
      {
        let next = tokens[i + 1]
        if ["mme", "mr", "mlle"].contains(token.folded) || listed(next) || next.gapBefore == " " {
          add(i + 1, extendLowercaseParticle(from: i + 1, in: tokens), listed(next) ? .list : .context)
        } else {
          possible.append((i + 1, i + 1))
        }
        continue
      }
      // « mme le bihan », « monsieur ben saïd »: a lowercase title, a particle, a name.
      if !token.isCapitalized, token.classes.has(.lowercaseTitles), i + 2 < tokens.count,
        tokens[i + 1].gapBefore == " ", tokens[i + 1].classes.has(.particles),
        tokens[i + 2].gapBefore == " ", isLowercaseNameCandidate(tokens[i + 2])
      {
        add(i + 1, i + 2, .context)
        continue
      }
      // « m. A (techno) », « mme B. »: a lowercase title, then an initial.
      if !token.isCapitalized, token.classes.has(.lowercaseTitles) || token.folded == "m",
        i + 1 < tokens.count,
        tokens[i + 1].range.length == 1, tokens[i + 1].isCapitalized,
        tokens[i + 1].gapBefore == ". " || (tokens[i + 1].gapBefore == " " && token.folded != "m"),
        !token.gapBefore.contains(where: \.isNumber),
        i + 2 >= tokens.count || tokens[i + 2].gapBefore.hasPrefix(" (")
          || tokens[i + 2].gapBefore.hasPrefix(".")
          || tokens[i + 2].gapBefore.hasPrefix(",")
      {
        add(i + 1, i + 1, .context)
        continue
      }
      // « m. rouquette », « m. aït ouarab », « mr. de la tour », « m. n'guessan »: « m. » or « mr. »
      // in lowercase (not « 5 m. »), particles, then a lowercase name.
      if !token.isCapitalized, token.range.length <= 2, token.folded == "m" || token.folded == "mr",
        let (start, end) = nameAfterLowercaseM(i, in: tokens)
      {
        add(start, end, .context)
        continue
      }
      // « Duc BESNARD et moi avons… », « gautier bourdon et moi »: a name before « et moi ».
      if i + 2 < tokens.count, etMoi[i + 2], let end = nameBeforeEtMoi(i, in: tokens) {
        add(i, end, confidence(i, end))
        continue
      }
      // « moi c'est Coumba », « moi c joão »: a self-introduction, in any case.
      if i >= 2, let (start, end, level) = selfIntroduction(at: i, in: tokens) {
        add(start, end, level)
        continue
      }
      // « ici faly en 4e c », « maman de moussa en 3e », « … les devoirs. bintou ».
      if i > 0, wordClasses[i - 1].has(.casualOpeners) || i == tokens.count - 1,
        let (start, end, level) = nameInCasualFrame(
          at: i, in: tokens, wordClasses: wordClasses, source: source)
      {
        add(start, end, level)
        continue
      }
      // Cues: « je m'appelle X », « je me nomme X », « mon nom est X », « je suis X Y ».
      if i >= 2, wordClasses[i - 1].has(.cueEnds) {
        let previous = tokens[i - 2].folded + " " + tokens[i - 1].folded
        let cue = ["m appelle", "me nomme", "nom est", "prenom est", "appelle moi"].contains(previous)
        if cue, isNamePart(token) {
          let end = extend(from: i, in: tokens)
          add(i, end, confidence(i, end))
          continue
        }
        if cue, isLowercaseNameCandidate(token) {
          add(i, extendLowercase(from: i, in: tokens), .context)
          continue
        }
        if previous == "je suis" {
          if isNamePart(token),
            isFirstName(token)
              || (i + 1 < tokens.count && isNamePart(tokens[i + 1])
                && Self.joinsClosely(tokens[i + 1].gapBefore) && token.isCapitalized)
          {
            let end = extend(from: i, in: tokens)
            add(i, end, confidence(i, end))
            continue
          }
          if !token.isCapitalized, token.classes.has(.firstNames),
            !token.classes.has(.ambiguousFirstNames)
          {
            add(i, lowercaseSurnameEnd(after: i, in: tokens), .list)
            continue
          }
        }
      }
      // Signatures: the words after a closing formula, capitalised or not, up to the line's end.
      if token.classes.has(.closings)
        || (token.folded == "vous" && i >= 2 && tokens[i - 2].folded == "bien"
          && tokens[i - 1].folded == "a")
      {
        // « Cordialement, », « Bien à vous. », « Signé : », then the name.
        if i + 1 < tokens.count,
          tokens[i + 1].gapBefore.allSatisfy({ $0.isWhitespace || $0 == "," || $0 == "." || $0 == ":" })
        {
          let next = tokens[i + 1]
          // « Bien à vous, Mme Meziane »: the title's rule masks the name, not the title.
          if next.classes.has(.titles), next.isCapitalized { continue }
          if isNamePart(next) || isInitial(i + 1, in: tokens) {
            let end =
              next.range.length == 1
              ? extendInitials(from: i + 1, in: tokens) : extend(from: i + 1, in: tokens)
            add(i + 1, end, confidence(i + 1, end))
          } else if isLowercaseNameCandidate(next) {
            let end = extendLowercase(from: i + 1, in: tokens)
            let endsLine =
              end + 1 >= tokens.count || tokens[end + 1].gapBefore.contains(where: \.isNewline)
              || (tokens.count - end <= 3 && isUnknownWord(next))
            if endsLine { add(i + 1, end, .context) }
          }
        }
        continue
      }
      // Signatures at the end, « la mère de X ».
      if let (start, end, level) = signatureOrRelative(
        at: i, in: tokens, covered: covered, keepsInstitutionNames: keepsInstitutionNames)
      {
        add(start, end, level)
        continue
      }
      // A role then a name: « notre CPE Nadia », « mon élève Kevin », « ma fille léna ».
      if token.classes.has(.roles), let j = nameAfterRole(i, in: tokens), !covered[j] {
        let name = tokens[j]
        if isFirstName(name) || name.classes.has(.ambiguousFirstNames) || looksLikeUnknownName(name),
          !(keepsInstitutionNames && isInInstitution(j, in: tokens)),
          !isTownEndingASignature(j, in: tokens)
        {
          var end = extend(from: j, in: tokens)
          if end == j { end = lowercaseSurnameBeforeBreak(after: j, in: tokens) }
          add(j, end, confidence(j, end))
          continue
        }
        if token.classes.has(.closeRoles), name.gapBefore == " ", !name.isCapitalized,
          name.classes.has(.firstNames), !name.classes.has(.ambiguousFirstNames)
        {
          add(j, j, .list)
          continue
        }
        // « mon élève vaimiti », « l'AED, fallou, », « ma fille marie-laure »: a lowercase word
        // no list and no dictionary knows, and a second one after it (« ndèye kowalczyk »).
        // Only after « mon », « notre », « l' », « le »… and a singular role: « les élèves
        // allophones », « un élève dys » are adjectives the dictionary lacks.
        if !name.isCapitalized, name.gapBefore == " " || name.gapBefore == ", ",
          isLowercaseNameCandidate(name), isUnknownWord(name), !token.folded.hasSuffix("s"),
          i > 0,
          Self.namingDeterminers.contains(tokens[i - 1].folded)
            || (i > 1 && tokens[i - 1].classes.has(.roleQualifiers)
              && Self.namingDeterminers.contains(tokens[i - 2].folded)),
          !(keepsInstitutionNames && isInInstitution(j, in: tokens))
        {
          var end = j
          if j + 1 < tokens.count, Self.joinsClosely(tokens[j + 1].gapBefore), !tokens[j + 1].isCapitalized,
            isLowercaseNameCandidate(tokens[j + 1]),
            isUnknownWord(tokens[j + 1]) || tokens[j + 1].classes.has(.surnames)
          {
            end = j + 1
          }
          add(j, end, .context)
          continue
        }
      }
      // A name then its role: « Soizic, notre CPE, … », « Ludivine Courtois (AESH) ».
      if token.isCapitalized, looksLikeUnknownName(token) || isFirstName(token), !hasCommonOpenerShape(token)
      {
        let end = extend(from: i, in: tokens)
        if isFollowedByRole(end, in: tokens) {
          // « TCHOUMBA Ilyès, professeur »: a surname in capitals before it, listed name or not.
          let start =
            isFirstName(token) || isUnknownWord(token) ? nameStart(i, in: tokens, covered: covered) : i
          add(start, end, confidence(i, end))
          continue
        }
        // « Manon masson, professeure de SVT »: a listed first name, a lowercase surname, a role.
        if end == i, isFirstName(token), i + 1 < tokens.count, tokens[i + 1].gapBefore == " ",
          isLowercaseNameCandidate(tokens[i + 1]), isFollowedByRole(i + 1, in: tokens)
        {
          add(i, i + 1, .list)
          continue
        }
      }
      // A name in capitals, then its role: « AYOUB LIU (parent d'élève) ».
      if token.isAllCaps, i + 1 < tokens.count, tokens[i + 1].isAllCaps,
        Self.joinsClosely(tokens[i + 1].gapBefore), isUnknownWord(token) || token.classes.has(.firstNames),
        isUnknownWord(tokens[i + 1]) || tokens[i + 1].classes.has(.surnames),
        isNamePart(token), isNamePart(tokens[i + 1]), isFollowedByRole(i + 1, in: tokens)
      {
        add(i, i + 1, .context)
        continue
      }
      // A lowercase name with a listed word, then its role: « hervé zerbib, professeur des écoles ».
      if !token.isCapitalized, i + 1 < tokens.count,
        (token.classes.has(.firstNames) && !token.classes.has(.ambiguousFirstNames))
          || wordClasses[i + 1].has(.surnames),
        Self.joinsClosely(tokens[i + 1].gapBefore), isLowercaseNameCandidate(token),
        isLowercaseNameCandidate(tokens[i + 1]), isFollowedByRole(i + 1, in: tokens)
      {
        add(i, i + 1, .list)
        continue
      }
      // A lowercase word after « mon fils », « mon élève », outside the lists: for review.
      if !token.isCapitalized, i > 0, wordClasses[i - 1].has(.closeRoles), token.gapBefore == " ",
        isLowercaseNameCandidate(token), !token.classes.has(.firstNames), i >= 2,
        // With the word lists, a common word is a verb or an adjective (« ma sœur utilise »).
        !hasWordLists || !isCommonWord(token)
          || token.classes.has([.ambiguousFirstNames, .wordFirstNames]),
        ["mon", "ma", "notre", "son", "sa"].contains(tokens[i - 2].folded)
      {
        possible.append((i, i))
        continue
      }
      // First names from the list, with the surname that follows.
      if isFirstName(token) {
        if keepsInstitutionNames, isInInstitution(i, in: tokens) { continue }
        if i > 0, ["saint", "sainte", "st", "ste"].contains(tokens[i - 1].folded) { continue }
        // « mon chat Gaston », « le manuel Nathan »: a pet, a publisher.
        if i > 0, tokens[i - 1].classes.has(.beforeNamedThings), token.gapBefore == " " { continue }
        // « À Aubusson, le 23 avril »: a letter's place and date.
        if isPlaceBeforeADate(i, in: tokens) { continue }
        // « le dictionnaire Le Robert »: a capitalised article inside a sentence, then a first name
        // alone, names a thing.
        if i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].classes.has(.articles),
          !startsSentence(i - 1, in: tokens),
          token.gapBefore == " ", extend(from: i, in: tokens) == i
        {
          continue
        }
        // A name of the extended list after an article or a product is a thing: « l'Ina »,
        // « Costa Rica », « Microsoft Bing ».
        if token.classes.has(.extendedFirstNames), i > 0,
          tokens[i - 1].classes.has(.articles)
            && (token.gapBefore == " " || Self.isElision(token.gapBefore))
            || (tokens[i - 1].classes.has(.nonNames) && tokens[i - 1].isCapitalized && token.gapBefore == " ")
        {
          continue
        }
        var end = extend(from: i, in: tokens)
        let isAmbiguous = token.classes.has(.ambiguousFirstNames)
        if isAmbiguous, !keepsAmbiguousFirstName(at: i, end: end, in: tokens) { continue }
        if end == i, !isAmbiguous { end = lowercaseSurnameBeforeBreak(after: i, in: tokens) }
        add(nameStart(i, in: tokens, covered: covered), end, .list)
        continue
      }
      if let (start, end, level) = nameWithoutCue(at: i, token: token, in: tokens),
        // « au college simone veil »: a school's name in lowercase.
        token.isCapitalized || !(keepsInstitutionNames && isInInstitution(i, in: tokens))
      {
        // « Erwan baudouin »: a word right after a name found before goes on with it.
        if start == i, i > 0, covered[i - 1], Self.joinsClosely(token.gapBefore),
          let last = spans.indices.last,
          spans[last].1 == i - 1
        {
          spans[last].1 = end
          for k in i...end { covered[k] = true }
        } else {
          add(start, end, level)
        }
        continue
      }
      if let (start, end, level) = nameByInitialsOrCompanion(
        at: i, token: token, in: tokens, wordClasses: wordClasses, singleCapitals: singleCapitals)
      {
        add(start, end, level)
        continue
      }
      // Lowercase first names listed together: « avec kevin, yassine et amine ».
      if isLowercaseFirstName(token), let k = coordinated(after: i, in: tokens),
        isLowercaseFirstName(tokens[k])
      {
        add(i, i, .list)
        continue
      }
      // Lowercase first name and surname, both listed: « sylvie renaud »; not « college simone veil ».
      if !token.isCapitalized, token.classes.has(.firstNames),
        !token.classes.has(.ambiguousFirstNames),
        i + 1 < tokens.count, Self.joinsClosely(tokens[i + 1].gapBefore), !tokens[i + 1].isCapitalized,
        tokens[i + 1].classes.has(.surnames), !tokens[i + 1].classes.has(.ambiguousFirstNames),
        !(keepsInstitutionNames && isInInstitution(i, in: tokens))
      {
        add(i, i + 1, .list)
        continue
      }
      // An initial and a surname: « K. Haddad », « J. Vautrin »; not a code's letter (« UAI
      // 0625057-K. Nom »).
      if token.isCapitalized, token.range.length == 1, i + 1 < tokens.count,
        !token.gapBefore.contains(where: \.isNumber),
        tokens[i + 1].gapBefore == ". " || tokens[i + 1].gapBefore == ".",
        looksLikeUnknownName(tokens[i + 1]), !hasCommonOpenerShape(tokens[i + 1]),
        tokens[i + 1].classes.has(.surnames) || !startsSentence(i, in: tokens)
      {
        let end = extend(from: i + 1, in: tokens)
        add(i, end, confidence(i + 1, end))
        continue
      }
      // An initial and a surname in capitals: « E. RANDRIAMAMPIONONA », « I. ROUSSEAU, IEN ».
      if isInitial(i, in: tokens), token.folded != "m", i + 1 < tokens.count,
        !token.gapBefore.contains(where: \.isNumber), !token.gapBefore.hasSuffix("."),
        tokens[i + 1].gapBefore == ". ", tokens[i + 1].isAllCaps, tokens[i + 1].range.length >= 4,
        isNamePart(tokens[i + 1]), !tokens[i + 1].text.allSatisfy({ "IVXLCDM".contains($0) })
      {
        add(i, i + 1, .context)
        continue
      }
      // An unknown first name and a surname in capitals: « Ibrahima DIOP, », « Jordan VANDERHAEGHE ».
      if token.isCapitalized, i + 1 < tokens.count, tokens[i + 1].isAllCaps, token.range.length >= 3,
        looksLikeUnknownName(token), !token.classes.has([.places, .ambiguousFirstNames]),
        !tokens[i + 1].text.allSatisfy({ "IVXLCDM".contains($0) }),
        Self.joinsClosely(tokens[i + 1].gapBefore), tokens[i + 1].range.length >= 4,
        isNamePart(tokens[i + 1]),
        i + 2 >= tokens.count || tokens[i + 2].gapBefore.hasPrefix(",")
          || tokens[i + 2].gapBefore.hasPrefix(" (")
          || !startsSentence(i, in: tokens),
        i == 0 || !tokens[i - 1].classes.has(.determinersBeforeThings),
        !(keepsInstitutionNames && isInInstitution(i, in: tokens))
      {
        add(i, i + 1, .context)
        continue
      }
      // Two capitalised words outside the lists in the middle of a sentence: « Ludivine Courtois ».
      if token.isCapitalized, i + 1 < tokens.count, tokens[i + 1].isCapitalized,
        !startsSentence(i, in: tokens)
          // « Joindre Aurélie au secrétariat »: a verb opening the sentence, then a name.
          || (listed(token) || listed(tokens[i + 1])) && (listed(token) || !isCommonWord(token)),
        looksLikeUnknownName(token),
        Self.joinsClosely(tokens[i + 1].gapBefore), looksLikeUnknownName(tokens[i + 1]),
        token.text.count >= 3, tokens[i + 1].text.count >= 3,
        i == 0 || !tokens[i - 1].classes.has(.determinersBeforeThings),
        i == 0 || !tokens[i - 1].isCapitalized || tokens[i - 1].classes.has(.roles)
          || tokens[i - 1].classes.has(.stopwords),
        i + 2 >= tokens.count || !Self.joinsClosely(tokens[i + 2].gapBefore) || !tokens[i + 2].isCapitalized,
        !(keepsInstitutionNames && isInInstitution(i, in: tokens)),
        i == 0 || !["saint", "sainte", "st", "ste"].contains(tokens[i - 1].folded)
      {
        add(i, i + 1, .context)
        continue
      }
      // Possible: one capitalised word outside the lists after « avec », « selon », « merci à ».
      if token.isCapitalized, i > 0, !startsSentence(i, in: tokens), looksLikeUnknownName(token),
        ["avec", "selon", "remercier", "remercie"].contains(tokens[i - 1].folded)
          || (i > 1 && tokens[i - 2].folded == "merci" && tokens[i - 1].folded == "a")
      {
        possible.append((i, i))
      } else if isWeakUnknownName(
        at: i, token: token, in: tokens, wordClasses: wordClasses,
        keepsInstitutionNames: keepsInstitutionNames)
      {
        possible.append((i, i))
      }
    }
    // Names listed with a name: « Nicolas et Mamadou », « kevin, yassine et amine ».
    for (start, end, level) in coordinatedNames(after: spans, covered: covered, in: tokens) {
      add(start, end, level)
    }
    // Words an e-mail address of the text spells (« leila boukhris … leila.boukhris43@… »); beside a
    // name found before, they go on with it.
    // A late finding beside a name found before goes on with it (« Xu » then « Thi Lan »).
    // Across « . » only after an initial: « M. D. Diallo », not « Mme Heitzmann. Abdoulaye ».
    func joins(after previous: Int) -> Bool {
      let gap = tokens[previous + 1].gapBefore
      return Self.continuesName(gap) && (gap != ". " || tokens[previous].range.length == 1)
    }
    func addOrJoin(_ start: Int, _ end: Int, _ level: FindingConfidence) {
      if start > 0, covered[start - 1], joins(after: start - 1),
        let last = spans.firstIndex(where: { $0.1 == start - 1 })
      {
        spans[last].1 = end
        for k in start...end { covered[k] = true }
      } else if end + 1 < tokens.count, covered[end + 1], joins(after: end),
        let next = spans.firstIndex(where: { $0.0 == end + 1 })
      {
        spans[next].0 = start
        for k in start...end { covered[k] = true }
      } else {
        add(start, end, level)
      }
    }
    if !atSigns.isEmpty {
      for (start, end, level) in namesSpelledByAddresses(atSigns, in: tokens, covered: covered) {
        addOrJoin(start, end, level)
      }
    }
    // The tagger's second opinion on the words the rules left: masked above its threshold, for
    // review below it.
    if let tagger {
      for (start, end, score) in taggerRuns(
        in: tokens, covered: covered, tagger: tagger, keepsInstitutionNames: keepsInstitutionNames)
      {
        if score > tagger.maskingThreshold {
          addOrJoin(start, end, .learned)
        } else if score > 0, start == end, start > 0, covered[start - 1],
          isCapitalizedAfterName(start, in: tokens)
        {
          // « Catherine Noël », « Manaarii COUSIN »: a word the tagger leans to, right after a name
          // found before, is its surname.
          addOrJoin(start, end, .learned)
        } else if !possible.contains(where: { $0.0 <= end && start <= $0.1 }) {
          possible.append((start, end))
        }
      }
    }
    // « O'Connor », « M'BODJ », « N'Diaye »: a capital O, M, N or D elided before a name is part of
    // it, and joins a name found before it (« Rachid O » and « Connor »).
    func isElidedLetter(_ i: Int) -> Bool {
      tokens[i].range.length == 1 && ["O", "M", "N", "D"].contains(tokens[i].text) && i + 1 < tokens.count
        && Self.isElision(tokens[i + 1].gapBefore)
        && (tokens[i + 1].isCapitalized || tokens[i + 1].isAllCaps)
    }
    spans.sort { $0.0 < $1.0 }
    var joined: [(Int, Int, FindingConfidence)] = []
    for span in spans {
      if let last = joined.last, last.1 + 1 == span.0, isElidedLetter(last.1) {
        joined[joined.count - 1].1 = span.1
      } else {
        joined.append(span)
      }
    }
    spans = joined
    for index in spans.indices where spans[index].0 > 0 {
      let start = spans[index].0
      if !covered[start - 1], isElidedLetter(start - 1) {
        spans[index].0 = start - 1
        covered[start - 1] = true
      }
    }
    // Initials before a name (« G. Esposito », « M.-L. Benchekroun ») are part of it, and so is
    // an unknown lowercase word after a lowercase name (« dimitri louisy »).
    for index in spans.indices {
      var (start, end, _) = spans[index]
      while start > 0, !covered[start - 1], isInitial(start - 1, in: tokens),
        tokens[start].gapBefore == ". " || tokens[start].gapBefore == ".-",
        !tokens[start - 1].gapBefore.contains(where: \.isNumber),
        // « M. Dupont »: a lone « M. » is the title.
        tokens[start - 1].folded != "m" || tokens[start].gapBefore == ".-"
      {
        start -= 1
        covered[start] = true
      }
      // « De Sousa Inês » opening a line, « merci à De Sousa Nuno », « du Bouëxic Élodie » signing:
      // a particle before a surname is part of it.
      if start > 0, !covered[start - 1], tokens[start - 1].classes.has(.particles),
        tokens[start - 1].range.length >= 2, Self.joinsClosely(tokens[start].gapBefore),
        tokens[start].isCapitalized, !isFirstName(tokens[start]),
        isParticleOfName(start - 1, in: tokens)
      {
        start -= 1
        covered[start] = true
      }
      if !tokens[end].isCapitalized, end + 1 < tokens.count, !covered[end + 1],
        Self.joinsClosely(tokens[end + 1].gapBefore), isLowercaseNameCandidate(tokens[end + 1]),
        isUnknownWord(tokens[end + 1])
      {
        end += 1
        covered[end] = true
      }
      // « Murat Aydin », « Désiré Lamour »: a first name that is also a word or a place, just
      // before a surname found alone, is the surname's first name.
      if start > 0, !covered[start - 1], isFirstNameBeforeSurname(start - 1, in: tokens) {
        start -= 1
        covered[start] = true
      }
      // « Morgane Le Du », « Enzo Des Rosiers », « Voahangy de La Roche »: after a first name,
      // capitalised particles and the capitalised word after them, whatever it is.
      if let last = particleSurnameEnd(after: end, in: tokens), !covered[(end + 1)...last].contains(true) {
        for k in (end + 1)...last { covered[k] = true }
        end = last
      }
      spans[index].0 = start
      spans[index].1 = end
    }
    // « Loeiz » and « Floc'h » found apart around a capitalised particle: one name.
    spans.sort { $0.0 < $1.0 }
    var merged: [(Int, Int, FindingConfidence)] = []
    for span in spans {
      if let last = merged.last, last.1 + 2 == span.0, isCapitalizedParticle(last.1 + 1, in: tokens),
        Self.joinsClosely(tokens[span.0].gapBefore)
      {
        merged[merged.count - 1].1 = span.1
        covered[last.1 + 1] = true
      } else if let last = merged.last, last.1 + 1 == span.0, Self.joinsClosely(tokens[span.0].gapBefore) {
        // « Kadiatou » and « N'Diaye » found apart, one space between: one name.
        merged[merged.count - 1].1 = span.1
      } else {
        merged.append(span)
      }
    }
    // « Mlle Sophie Robert » taken whole by a frame: the title is not the name.
    for index in merged.indices where merged[index].0 < merged[index].1 {
      let first = tokens[merged[index].0]
      // Not « M » (« M'BODJ », « M.-L. Kervella », initials too).
      if first.isCapitalized, first.range.length >= 2, first.classes.has(.titles),
        [" ", ". "].contains(tokens[merged[index].0 + 1].gapBefore)
      {
        covered[merged[index].0] = false
        merged[index].0 += 1
      }
    }
    spans = merged
    // « Timéo GS », « Lina CM2 » signing: a first name of the lists before a pupil's class.
    for (start, end) in possible
    where start == end && !covered[start] && start + 1 < tokens.count && isFirstName(tokens[start])
      && !tokens[start].classes.has([.ambiguousFirstNames, .wordFirstNames])
      && tokens[start + 1].gapBefore == " " && Self.nurseryAndPrimaryClasses.contains(tokens[start + 1].text)
    {
      spans.append((start, start, .list))
      covered[start] = true
    }
    // Words a person confirmed as names, wherever they appear.
    if !confirmed.isEmpty {
      for (i, token) in tokens.enumerated() where !covered[i] {
        if confirmed.contains(PossibleFinding.identifier(kind: .personne, folded: token.folded)) {
          add(i, i, .confirmed)
        }
      }
    }
    func range(_ start: Int, _ end: Int) -> NSRange {
      let from = tokens[start].range.location
      let to = tokens[end].range.location + tokens[end].range.length
      return NSRange(location: from, length: to - from)
    }
    // « Pédagogix SARL », « Savoirs & Code SAS »: a company, by its legal form. « peux-tu »: a verb
    // and its pronoun. « Émile-Zola », « Saint-Laurent » alone: a school, a street or a place.
    spans.removeAll { span in
      (span.0...min(span.1 + 1, tokens.count - 1)).contains {
        tokens[$0].isAllCaps && tokens[$0].range.length <= 4 && Self.legalForms.contains(tokens[$0].folded)
      } || (span.0...span.1).contains { tokens[$0].hasHyphen && Self.endsWithPronoun(tokens[$0].text) }
        || (span.0 == span.1 && tokens[span.0].hasHyphen && isJoinedPlaceOrFamousName(span.0, in: tokens))
    }
    if !spans.isEmpty {
      let text = source as String
      let length = text.utf16.count
      let hasClosingQuote = text.unicodeScalars.contains("»")
      spans.removeAll {
        isPlaceOrReference(
          range($0.0, $0.1), in: source, listed: $0.2 == .list, length: length,
          hasClosingQuote: hasClosingQuote)
      }
    }
    var found = Found()
    found.masked = spans.map { Detection(kind: .personne, range: range($0.0, $0.1), confidence: $0.2) }
    found.possible = possible.filter { !covered[$0.0...$0.1].contains(true) }.map {
      Detection(kind: .personne, range: range($0.0, $0.1), confidence: .possible)
    }
    return found
  }
}
