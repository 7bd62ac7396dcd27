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

  /// Every list a folded word belongs to, in one dictionary: one lookup per word instead of one
  /// per list and rule (hashing the words took most of the detector's time).
  let lexicon: [String: WordClass]

  init() {
    firstNames = Self.loadList("prenoms")
    ambiguousFirstNames = Self.loadList("ambigus")
    surnames = Self.loadList("noms")
    var lexicon: [String: WordClass] = [:]
    let lists: [(Set<String>, WordClass)] = [
      (firstNames, .firstNames), (ambiguousFirstNames, .ambiguousFirstNames), (surnames, .surnames),
      (Self.stopwords, .stopwords), (Self.particles, .particles), (Self.institutionWords, .institutionWords),
      (Self.institutionFillers, .institutionFillers), (Self.titles, .titles), (Self.closings, .closings),
      (Self.roles, .roles), (Self.closeRoles, .closeRoles), (Self.roleQualifiers, .roleQualifiers),
      (Self.nonNames, .nonNames), (Self.sentenceOpeners, .sentenceOpeners), (Self.cueEnds, .cueEnds),
      (Self.lowercaseTitles, .lowercaseTitles), (Self.determiners, .determiners),
      (Self.determinersBeforeThings, .determinersBeforeThings),
    ]
    for (words, wordClass) in lists {
      for word in words { lexicon[word, default: []].insert(wordClass) }
    }
    self.lexicon = lexicon
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
    /// The word lists the folded word belongs to, looked up once (`detect`).
    var classes: WordClass = []

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
    "eleves", "enfants",
  ]

  /// Pupils and family: a lowercase first name from the lists after them is still a name (« mon fils enzo »).
  static let closeRoles: Set<String> = ["eleve", "fils", "fille", "enfant", "neveu", "niece"]

  /// Words that qualify a role (« le professeur Principal », « le Délégué Académique ») and are not names.
  static let roleQualifiers: Set<String> = [
    "adjoint", "adjointe", "academique", "pedagogique", "principal", "principale", "referent", "referente",
    "numerique", "regional", "regionale", "departemental", "departementale", "national", "nationale",
    "general",
    "generale", "territorial", "territoriale", "stagiaire", "titulaire", "contractuel", "contractuelle",
    "remplacant", "remplacante", "documentaliste", "technique", "scolaire",
  ]

  /// Products, platforms and other capitalised words that are never a person here.
  static let nonNames: Set<String> = [
    "chatgpt", "gpt", "copilot", "gemini", "mistral", "perplexity", "pronote", "moodle", "google",
    "microsoft",
    "apple", "meta", "canva", "pix", "eduscol", "snapchat", "tiktok", "instagram", "youtube", "wikipedia",
    "deepl", "openai", "bard", "llama", "grammarly", "quizlet", "kahoot", "padlet", "genially", "scratch",
    "python", "excel", "word", "teams", "classroom", "ent", "duolingo", "lumni", "qwant", "linux", "windows",
    "android", "iphone", "ipad", "internet", "web", "facebook", "twitter", "whatsapp", "discord", "zoom",
    "tchap", "apps", "ecole", "lycee", "college", "etat", "republique", "europe", "union", "conseil", "code",
    "loi", "open", "data", "francais", "francaise", "anglais", "maths", "mathematiques", "histoire",
    "geographie", "physique", "chimie", "svt", "eps", "cycle", "plan", "projet", "programme", "bac",
    "brevet", "parcoursup", "cnil", "rgpd", "dane", "drane", "canope", "onisep", "cned", "libre", "libres",
    "office", "emploi", "public", "publics", "publique", "publiques", "grand", "grande", "uni", "unis",
    "unie",
    "unies", "etats", "etat-unis", "royaume", "nord", "sud", "est", "ouest", "costa", "las", "los", "san",
    "santa", "new", "bay", "messieurs", "mesdames", "copresident", "copresidente", "association", "haut",
    "haute", "hauts", "hautes", "dernier", "derniere", "derniers", "dernieres", "premier", "premiere",
    "premiers", "premieres", "nouveau", "nouvelle", "nouveaux", "nouvelles", "comptes", "memes", "net",
    "mobile", "reader", "copyright", "tech", "pop", "story",
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
    "chere", "cheres",
  ]

  /// Last words of the cues before a name (« je m'appelle », « mon nom est », « je suis »…).
  static let cueEnds: Set<String> = ["appelle", "nomme", "est", "moi", "suis"]

  static let lowercaseTitles: Set<String> = ["mme", "mr", "mlle", "madame", "monsieur", "mademoiselle"]

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
    return token.classes.contains(.firstNames)
      || (token.folded.utf8.contains(0x2D) && isListedFirstName(token.folded))
  }

  func isListedFirstName(_ folded: String) -> Bool {
    if firstNames.contains(folded) { return true }
    let parts = folded.split(separator: "-")
    return parts.count > 1 && parts.allSatisfy { firstNames.contains(String($0)) }
  }

  /// A capitalised word that can be part of a name.
  func isNamePart(_ token: Token) -> Bool {
    (token.isCapitalized || token.isAllCaps) && !token.classes.contains(.stopwords)
      && !token.classes.contains(.institutionWords) && !token.classes.contains(.roles)
      && !token.classes.contains(.nonNames)
  }

  /// A capitalised word outside the lists that still looks like a name: not a product or an
  /// acronym, no capital inside (« ChatGPT »), no ending of a common noun or adjective.
  func looksLikeUnknownName(_ token: Token) -> Bool {
    guard token.isCapitalized, !token.isAllCaps, isNamePart(token), token.range.length >= 2,
      !token.classes.contains(.roleQualifiers), !token.classes.contains(.sentenceOpeners),
      !token.classes.contains(.titles), !token.classes.contains(.closings)
    else { return false }
    if token.text.unicodeScalars.dropFirst().contains(where: \.properties.isUppercase),
      !token.text.utf8.contains(0x2D)
    {
      return false
    }
    if token.classes.contains(.firstNames) || token.classes.contains(.surnames) { return true }
    return !Self.hasCommonEnding(token.folded)
  }

  /// A lowercase word that may be a name after a strong cue (« je m'appelle ludivine courtois »).
  func isLowercaseNameCandidate(_ token: Token) -> Bool {
    !token.isCapitalized && token.range.length >= 2 && !token.classes.contains(.stopwords)
      && !token.classes.contains(.roles) && !token.classes.contains(.roleQualifiers)
      && !token.classes.contains(.institutionWords) && !token.classes.contains(.nonNames)
      && !token.classes.contains(.closings)
  }

  static func joinsClosely(_ gap: String) -> Bool { gap == " " }

  /// The last index of a name that continues after `index` (surnames, particles), at most 2 words more.
  func extend(from index: Int, in tokens: [Token]) -> Int {
    var last = index
    var added = 0
    var i = index + 1
    while i < tokens.count, added < 2, Self.joinsClosely(tokens[i].gapBefore) {
      if isNamePart(tokens[i]), !tokens[i].classes.contains(.roleQualifiers) {
        last = i
        added += 1
        i += 1
      } else if tokens[i].classes.contains(.particles), i + 1 < tokens.count,
        Self.joinsClosely(tokens[i + 1].gapBefore), isNamePart(tokens[i + 1]),
        tokens[i + 1].classes.contains(.surnames) || tokens[i + 1].isAllCaps
          || surnames.contains(tokens[i].folded + " " + tokens[i + 1].folded)
          || (tokens[i].isCapitalized && looksLikeUnknownName(tokens[i + 1]))
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

  /// The last index of a lowercase name after a cue: up to three lowercase words on the same line,
  /// particles included (« kenza le bihan »).
  func extendLowercase(from index: Int, in tokens: [Token]) -> Int {
    var last = index
    var i = index + 1
    while i < tokens.count, i - index < 3, Self.joinsClosely(tokens[i].gapBefore) {
      if isLowercaseNameCandidate(tokens[i]) {
        last = i
        i += 1
      } else if tokens[i].classes.contains(.particles), i + 1 < tokens.count,
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
    guard tokens[index].classes.contains(.particles), index + 1 < tokens.count,
      Self.joinsClosely(tokens[index + 1].gapBefore), isLowercaseNameCandidate(tokens[index + 1])
    else { return index }
    return index + 1
  }

  func isInInstitution(_ index: Int, in tokens: [Token]) -> Bool {
    var i = index
    var steps = 0
    while i > 0, steps < 4 {
      let gap = tokens[i].gapBefore
      if gap.contains(where: { ".!?\n;:(".contains($0) }) { return false }
      i -= 1
      steps += 1
      if tokens[i].classes.contains(.institutionWords) { return true }
      if !(tokens[i].classes.contains(.institutionFillers) || tokens[i].isCapitalized) { return false }
    }
    return false
  }

  func startsSentence(_ index: Int, in tokens: [Token]) -> Bool {
    index == 0 || tokens[index].gapBefore.contains(where: { ".!?\n:«\"".contains($0) })
  }

  /// The index of the name after the role at `index` (« notre CPE, Nadia », « mon collègue de
  /// techno Corentin », « le principal adjoint Marc »), or nil.
  func nameAfterRole(_ index: Int, in tokens: [Token]) -> Int? {
    var j = index + 1
    var skipped = 0
    while j < tokens.count, skipped < 2, Self.joinsClosely(tokens[j].gapBefore),
      !tokens[j].isCapitalized || tokens[j].classes.contains(.roleQualifiers)
    {
      // Qualifiers (« adjoint ») and complements (« de techno », « d'anglais »), lowercase.
      if tokens[j].classes.contains(.roleQualifiers) {
        j += 1
      } else if ["de", "d"].contains(tokens[j].folded), j + 1 < tokens.count, !tokens[j + 1].isCapitalized,
        !tokens[j + 1].classes.contains(.stopwords) || tokens[j + 1].gapBefore.contains(where: \.isNumber),
        tokens[j + 1].gapBefore == " " || tokens[j + 1].gapBefore == "'" || tokens[j + 1].gapBefore == "’"
          || tokens[j + 1].gapBefore.allSatisfy({ $0 == " " || $0.isNumber })
      {
        j += 2
      } else {
        break
      }
      skipped += 1
    }
    guard j < tokens.count else { return nil }
    let gap = tokens[j].gapBefore
    guard gap == " " || gap == ", " || gap == " : " || gap == " (" else { return nil }
    return j
  }

  /// Whether the name ending at `end` is followed by « , notre CPE » or « , l'AESH ».
  func isFollowedByRole(_ end: Int, in tokens: [Token]) -> Bool {
    guard end + 1 < tokens.count,
      tokens[end + 1].gapBefore.hasPrefix(",")
        || tokens[end + 1].gapBefore
          .hasPrefix(" (")
    else { return false }
    var j = end + 1
    if tokens[j].classes.contains(.determiners) { j += 1 }
    guard j < tokens.count, j - end <= 2 else { return false }
    return tokens[j].classes.contains(.roles)
  }

  func hasCommonOpenerShape(_ token: Token) -> Bool {
    token.classes.contains(.sentenceOpeners) || token.folded.hasSuffix("ment")
  }

  struct Found {
    var masked: [Detection] = []
    var possible: [Detection] = []
  }

  func detect(in source: NSString, keepsInstitutionNames: Bool, confirmed: Set<String> = []) -> Found {
    var tokens = tokens(in: source)
    for index in tokens.indices { tokens[index].classes = lexicon[tokens[index].folded] ?? [] }
    var spans: [(Int, Int, FindingConfidence)] = []
    var possible: [(Int, Int)] = []
    var covered = [Bool](repeating: false, count: tokens.count)
    func add(_ start: Int, _ end: Int, _ confidence: FindingConfidence) {
      guard start <= end, !covered[start...end].contains(true) else { return }
      spans.append((start, end, confidence))
      for i in start...end { covered[i] = true }
    }
    func listed(_ token: Token) -> Bool {
      !token.classes.isDisjoint(with: [.firstNames, .surnames])
        || (token.folded.utf8.contains(0x2D) && isListedFirstName(token.folded))
    }
    func confidence(_ start: Int, _ end: Int) -> FindingConfidence {
      (start...end).contains { listed(tokens[$0]) } ? .list : .context
    }
    for (i, token) in tokens.enumerated() where !covered[i] {
      // Titles: « M. Dupont », « Mme Le Gall », « Dr Martin », « M. D. ».
      if token.isCapitalized, token.classes.contains(.titles), i + 1 < tokens.count {
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
        // « M.Dupont » but not « M.E.L. »: a single letter needs a space before it.
        if gapOK, isNamePart(next), next.text.count > 1 || next.gapBefore.hasSuffix(" ") {
          let end = extend(from: i + 1, in: tokens)
          add(i + 1, end, confidence(i + 1, end))
          continue
        }
        // « Mme Le Gall », « M. de Villepin »: a particle then a capitalised name.
        if gapOK, next.classes.contains(.particles), i + 2 < tokens.count,
          Self.joinsClosely(tokens[i + 2].gapBefore),
          isNamePart(tokens[i + 2])
        {
          let end = extend(from: i + 2, in: tokens)
          add(i + 1, end, confidence(i + 2, end))
          continue
        }
      }
      // Titles in lowercase: « mme kowalczyk » is masked, « madame zerbib » only when listed.
      if !token.isCapitalized, token.classes.contains(.lowercaseTitles), i + 1 < tokens.count,
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
      if !token.isCapitalized, token.classes.contains(.lowercaseTitles), i + 2 < tokens.count,
        tokens[i + 1].gapBefore == " ", tokens[i + 1].classes.contains(.particles),
        tokens[i + 2].gapBefore == " ", isLowercaseNameCandidate(tokens[i + 2])
      {
        add(i + 1, i + 2, .context)
        continue
      }
      // Cues: « je m'appelle X », « je me nomme X », « mon nom est X », « je suis X Y ».
      if i >= 2, tokens[i - 1].classes.contains(.cueEnds) {
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
          if !token.isCapitalized, token.classes.contains(.firstNames),
            !token.classes.contains(.ambiguousFirstNames)
          {
            var end = i
            if i + 1 < tokens.count, Self.joinsClosely(tokens[i + 1].gapBefore),
              tokens[i + 1].classes.contains(.surnames)
            {
              end = i + 1
            }
            add(i, end, .list)
            continue
          }
        }
      }
      // Signatures: the words after a closing formula, capitalised or not, up to the line's end.
      if token.classes.contains(.closings)
        || (token.folded == "vous" && i >= 2 && tokens[i - 2].folded == "bien"
          && tokens[i - 1].folded == "a")
      {
        if i + 1 < tokens.count, tokens[i + 1].gapBefore.allSatisfy({ $0.isWhitespace || $0 == "," }) {
          let next = tokens[i + 1]
          if isNamePart(next) {
            let end = extend(from: i + 1, in: tokens)
            add(i + 1, end, confidence(i + 1, end))
          } else if isLowercaseNameCandidate(next) {
            let end = extendLowercase(from: i + 1, in: tokens)
            let endsLine = end + 1 >= tokens.count || tokens[end + 1].gapBefore.contains(where: \.isNewline)
            if endsLine { add(i + 1, end, .context) }
          }
        }
        continue
      }
      // A role then a name: « notre CPE Nadia », « mon élève Kevin », « ma fille léna ».
      if token.classes.contains(.roles), let j = nameAfterRole(i, in: tokens), !covered[j] {
        let name = tokens[j]
        if isFirstName(name) || name.classes.contains(.ambiguousFirstNames) || looksLikeUnknownName(name),
          !(keepsInstitutionNames && isInInstitution(j, in: tokens))
        {
          let end = extend(from: j, in: tokens)
          add(j, end, confidence(j, end))
          continue
        }
        if token.classes.contains(.closeRoles), name.gapBefore == " ", !name.isCapitalized,
          name.classes.contains(.firstNames), !name.classes.contains(.ambiguousFirstNames)
        {
          add(j, j, .list)
          continue
        }
      }
      // A name then its role: « Soizic, notre CPE, … », « Ludivine Courtois (AESH) ».
      if token.isCapitalized, looksLikeUnknownName(token) || isFirstName(token), !hasCommonOpenerShape(token)
      {
        let end = extend(from: i, in: tokens)
        if isFollowedByRole(end, in: tokens) {
          add(i, end, confidence(i, end))
          continue
        }
      }
      // A lowercase name with a listed word, then its role: « hervé zerbib, professeur des écoles ».
      if !token.isCapitalized, i + 1 < tokens.count,
        (token.classes.contains(.firstNames) && !token.classes.contains(.ambiguousFirstNames))
          || tokens[i + 1].classes.contains(.surnames),
        Self.joinsClosely(tokens[i + 1].gapBefore), isLowercaseNameCandidate(token),
        isLowercaseNameCandidate(tokens[i + 1]), isFollowedByRole(i + 1, in: tokens)
      {
        add(i, i + 1, .list)
        continue
      }
      // A lowercase word after « mon fils », « mon élève », outside the lists: for review.
      if !token.isCapitalized, i > 0, tokens[i - 1].classes.contains(.closeRoles), token.gapBefore == " ",
        isLowercaseNameCandidate(token), !token.classes.contains(.firstNames), i >= 2,
        ["mon", "ma", "notre", "son", "sa"].contains(tokens[i - 2].folded)
      {
        possible.append((i, i))
        continue
      }
      // First names from the list, with the surname that follows.
      if isFirstName(token) {
        if keepsInstitutionNames, isInInstitution(i, in: tokens) { continue }
        if i > 0, ["saint", "sainte", "st", "ste"].contains(tokens[i - 1].folded) { continue }
        let end = extend(from: i, in: tokens)
        let isAmbiguous = token.classes.contains(.ambiguousFirstNames)
        if isAmbiguous {
          guard end > i else { continue }
          let next = tokens[i + 1]
          guard
            next.classes.contains(.surnames) || next.isAllCaps || isFirstName(next)
              || !startsSentence(i, in: tokens)
          else { continue }
        }
        var start = i
        if i > 0, Self.joinsClosely(token.gapBefore), tokens[i - 1].isAllCaps,
          tokens[i - 1].classes.contains(.surnames),
          !covered[i - 1]
        {
          start = i - 1
        }
        add(start, end, .list)
        continue
      }
      // Lowercase first name and surname, both listed: « sylvie renaud ».
      if !token.isCapitalized, token.classes.contains(.firstNames),
        !token.classes.contains(.ambiguousFirstNames),
        i + 1 < tokens.count, Self.joinsClosely(tokens[i + 1].gapBefore), !tokens[i + 1].isCapitalized,
        tokens[i + 1].classes.contains(.surnames), !tokens[i + 1].classes.contains(.ambiguousFirstNames)
      {
        add(i, i + 1, .list)
        continue
      }
      // An initial and a surname: « K. Haddad », « J. Vautrin ».
      if token.isCapitalized, token.range.length == 1, i + 1 < tokens.count,
        tokens[i + 1].gapBefore == ". " || tokens[i + 1].gapBefore == ".",
        looksLikeUnknownName(tokens[i + 1]), !hasCommonOpenerShape(tokens[i + 1]),
        tokens[i + 1].classes.contains(.surnames) || !startsSentence(i, in: tokens)
      {
        let end = extend(from: i + 1, in: tokens)
        add(i, end, confidence(i + 1, end))
        continue
      }
      // Two capitalised words outside the lists in the middle of a sentence: « Ludivine Courtois ».
      if token.isCapitalized, i + 1 < tokens.count, tokens[i + 1].isCapitalized,
        !startsSentence(i, in: tokens) || listed(token) || listed(tokens[i + 1]),
        looksLikeUnknownName(token),
        Self.joinsClosely(tokens[i + 1].gapBefore), looksLikeUnknownName(tokens[i + 1]),
        token.text.count >= 3, tokens[i + 1].text.count >= 3,
        i == 0 || !tokens[i - 1].classes.contains(.determinersBeforeThings),
        i == 0 || !tokens[i - 1].isCapitalized || tokens[i - 1].classes.contains(.roles)
          || tokens[i - 1].classes.contains(.stopwords),
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
      }
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
    var found = Found()
    found.masked = spans.map { Detection(kind: .personne, range: range($0.0, $0.1), confidence: $0.2) }
    found.possible = possible.filter { !covered[$0.0...$0.1].contains(true) }.map {
      Detection(kind: .personne, range: range($0.0, $0.1), confidence: .possible)
    }
    return found
  }
}
