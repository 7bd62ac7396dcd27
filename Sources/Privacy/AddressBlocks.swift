import Foundation

/// Addresses found from their end: a postcode and its city (« 35400 Saint-Malo », « 20080 AJACCIO
/// CEDEX 14 ») closes an address whose first lines and words are read backwards while they look
/// like one (house numbers, street types and their abbreviations, complements, names in capitals,
/// particles). The street patterns of `PatternDetectors.address` need the number before the street;
/// people also write « AVE DE LORRAINE N°1 », « Rés. Les Glycines - Bat. 3⏎7 et 11 Quai… », « 136 à
/// 142 rés. Les Tamaris ». A postcode and a city alone (« 75000 Paris compte… ») are a town, not an
/// address: a block needs a street type or a complement before its postcode.
extension PatternDetectors {
  /// A postcode (a department's digits), then its city, CEDEX and its number; or the postcode ending
  /// its line.
  static let postcodeAndCity = regex(
    // French postcodes, and those of the neighbours written with their country's letter.
    // « Lilas,72000 Le Mans »: a comma after a word, not a decimal's.
    #"(?<![\d.])(?<!\d,)(?:(?:F-)?(?:0[1-9]|[1-8]\d|9[0-578])[ ]?\d{3}|(?:CH|L|B|D)[ ]?-[ ]?\d{4,5}"#
      // A foreign postcode when the country follows (« 1204 Genève⏎Suisse »).
      // Portugal's « 1250-146 », Poland's « 31-343 », Romania's six digits.
      // Five digits that no French department opens (« 00153 Roma RM, Italie »).
      + #"|(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{4,6})(?=[ ]+"# + foreignCity + #"))(?![\d.,]\d)"#
      // The city after a space, a dash, a slash or a comma: capitalised, or in lowercase where its
      // line ends (« 77100 meaux », « 48400 florac trois rivières »); or alone on the next line.
      + #"(?:(?:[ ]*(?:[-–/,][ ]*)?(?:(?i:l[ae]s?[ ]|l['’]))?(?:"# + foreignCity + "|" + cityWords
      + #"|(?<=\d[ ]{1,3})[\p{Ll}][\p{L}'’-]*(?:[ ][\p{Ll}][\p{L}'’-]*){0,2}(?=[ ]*(?:(?i:[ ]c[ée]dex)|\r?\n|$)))"#
      // After a dash, a city in lowercase may end a sentence: « 97410 - saint-pierre. ».
      + #"|[ ]*[-–][ ]*(?:(?i:l[ae]s?[ ]|l['’]))?[\p{Ll}][\p{L}'’-]*(?:[ ][\p{Ll}][\p{L}'’-]*){0,2}"#
      + #"(?=[ ]*(?:(?i:[ ]c[ée]dex)|[.,;)]|\r?\n|$))"#
      + #"|[ ]*\r?\n[ ]*(?:(?i:l[ae]s?[ ]|l['’]))?"# + cityWords + #"(?=[ ]*(?:(?i:[ ]c[ée]dex)|\r?\n|$)))"#
      + #"(?:[ ]+(?i:c[ée]dex)(?:[ ]\d{1,2})?)?"#
      // A foreign address's country.
      + #"(?:"# + countrySeparator + countries + #")?"#
      + #"|(?=[ ]*(?:[.,;]|\r?\n|$)))"#,
    caseInsensitive: false)

  /// Between a foreign address's city and its country: « , Belgique », « – Belgique », « ⏎Suisse ».
  static let countrySeparator = #"(?:,|[ ]+[-–—])?[ ]*\r?\n?[ ]*"#

  /// Countries written after a foreign address's city.
  static let countries =
    "(?i:"
    + countryNames.map {
      $0.replacingOccurrences(of: ".", with: #"\."#).replacingOccurrences(of: "'", with: "['’]")
    }
    .joined(separator: "|") + #")(?![\p{L}])"#

  /// Countries written after a foreign address's city, in lowercase.
  static let countryNames = [
    "belgique", "suisse", "luxembourg", "grand-duché de luxembourg", "allemagne", "monaco",
    "espagne", "italie", "portugal", "royaume-uni", "angleterre", "irlande", "pays-bas",
    "autriche", "pologne", "roumanie", "grèce", "turquie", "états-unis", "maroc", "algérie",
    "tunisie", "sénégal", "côte d'ivoire", "mali", "cameroun", "madagascar", "comores", "liban",
    "canada", "québec",
    "viêt nam", "viêt-nam", "vietnam", "viet nam", "cambodge", "laos", "thaïlande", "chine", "japon", "inde",
    "singapour", "burkina faso", "niger", "bénin", "togo", "gabon", "congo", "guinée", "mauritanie",
    "djibouti",
    "tchad", "rwanda", "haïti", "maurice", "île maurice", "égypte", "jordanie", "émirats arabes unis",
    "brésil", "mexique", "argentine", "chili", "colombie", "pérou", "australie", "nouvelle-zélande",
    "suède", "norvège", "danemark", "finlande", "hongrie", "république tchèque", "bulgarie", "croatie",
    "andorre", "malte", "chypre", "rd congo", "république démocratique du congo",
    // In their own languages, and the United Kingdom's names.
    "italia", "deutschland", "españa", "espana", "belgium", "belgië", "schweiz", "svizzera",
    "nederland", "österreich", "uk", "u.k.", "united kingdom", "england", "scotland", "écosse",
    "wales", "great britain", "grande-bretagne",
  ]

  /// `countryNames` folded, to find a line that is only a country.
  static let foldedCountryNames = Set(countryNames.map { PersonNameDetector.fold($0) })

  /// A capitalised city: « Saint-Malo », « LE PUY-EN-VELAY », « Boulogne sur Mer », « Freiburg im
  /// Breisgau ».
  static let cityWords =
    #"[\p{Lu}][\p{L}'’-]*(?:(?:[ ](?i:sur|sous|en|lès|les|la|le|de|du|im|am|an der|upon|del|di)[ -]|[ ](?i:d)['’])"#
    + #"[\p{Lu}][\p{L}'’-]*)?"#

  /// A foreign city before its country, in two or three words and with its province's code: « San
  /// Sebastián⏎Espagne », « Roma RM, Italie ».
  /// « Abidjan 01, Côte d'Ivoire »: a district's number after the city.
  static let foreignCity =
    cityWords + #"(?:[ ][\p{Lu}][\p{L}'’-]*){0,2}(?=(?:[ ]\p{Lu}{2}|[ ]\d{2})?"# + countrySeparator
    + countries
    + ")" + #"(?:[ ](?:\p{Lu}{2}|\d{2})(?="# + countrySeparator + countries + "))?"

  /// A city closing a Canadian or British address, its postcode after it (« Montréal (Québec)  H3T
  /// 1C5⏎Canada », « London NW3 5QT, UK »): the address is read backwards from the city.
  static let cityThenPostcode = regex(
    #"(?<![\p{L}'’-])"# + cityWords + "(?:"
      + #"(?:[ ]*\((?i:québec|quebec|ontario|manitoba|alberta|nouveau-brunswick|nouvelle-écosse)\)"#
      + #"|[ ]+(?:QC|ON|BC|AB|MB|NB|NS|PE|NL|SK))?[ ,]+"#
      + #"[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z][ ]?\d[A-CEGHJ-NPR-TV-Z]\d(?![\p{L}\d])"#
      + "(?:" + countrySeparator + countries + ")?"
      + #"|(?:[ ]+|[ ]*,[ ]*|[ ]*\r?\n[ ]*)[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}(?![\p{L}\d])"# + countrySeparator
      + countries + ")",
    caseInsensitive: false)

  /// A city alone on its line above its country's (« Thiès⏎SÉNÉGAL »), after its district or not
  /// (« Hamra, Beyrouth⏎Liban »), after a short postcode (« 101 Antananarivo⏎Madagascar »); or a
  /// city then its country ending a line (« …, Hamra, Beyrouth, Liban »).
  static let cityAboveCountry = regex(
    #"(?<=\n)[ ]{0,3}(?:\d{3,6}[ ]+)?(?:"# + cityWords + #",[ ])?"# + cityWords + #"[ ]*\r?\n[ ]*"#
      + countries
      + #"(?=[ ]*(?:\r?\n|$))"#
      + #"|(?<=,[ ])"# + cityWords + #"(?:[ ][\p{Lu}][\p{L}'’-]*)?,[ ]*"# + countries
      + #"(?=[ ]*(?:[.;,)!?]|\r?\n|$))"#,
    caseInsensitive: false)

  /// « 66 Lê Thánh Tôn, Quận 1 » above « Hô-Chi-Minh-Ville⏎Viêt Nam »: a house's number, then
  /// capitalised words, no street type. Read only just above a city and its country.
  static let numberedStreetWithoutType = regex(
    #"^[ ]{0,3}\d{1,4}(?:[ ]?(?:bis|ter|[A-Z]))?,?[ ]+\p{Lu}[\p{L}'’-]*(?:[ ,]+[\p{L}\d'’-]+){0,5}[ ]*$"#,
    caseInsensitive: false)

  /// The words of a line, a trailing dot kept (« av. », « Rés. »).
  /// « B.P. » and « C.S. » are one word.
  static let blockWord = regex(#"(?i:[bc]\.[ps]\.)|[\p{L}\d°][\p{L}\d'’°-]*\.?"#, caseInsensitive: false)

  /// Street types and their abbreviations, folded, without their dot.
  static let blockStreetTypes = Set<String>([
    "rue", "r", "av", "ave", "avenue", "bd", "boul", "boulevard", "allee", "all", "impasse", "imp", "chemin",
    "ch", "chem", "route", "rte", "quai", "place", "pl", "square", "sq", "cours", "crs", "passage", "pass",
    "cite", "voie", "villa", "clos", "mail", "parvis", "esplanade", "promenade", "prom", "montee", "faubourg",
    "fbg",
    "fg", "faub", "sentier", "ruelle", "venelle", "chaussee", "rond-point", "traverse", "domaine", "hameau",
    "lieu-dit", "lieudit", "residence", "res", "lotissement", "lot", "quartier", "za", "zi", "zac", "parc",
    "rd", "rn",
    "cd", "grand-rue", "grande-rue", "ld", "tour", "mas", "ferme", "bastide", "zone", "bld", "bourg",
    // « Morne Pitault » (a hill, in the Antilles), « Le Village », « La Métairie Neuve », Vietnam's
    // « phố » and « đường ».
    "morne", "village", "metairie", "pho", "duong",
    // New Caledonia's « tribu de Saint-Louis, case 7 ».
    "tribu",
  ]).union(englishStreetTypes).union(numberAfterStreetTypes)

  /// Foreign streets, their number after the name (« Via Roma 14⏎10121 Torino⏎Italie », « ul.
  /// Floriańska 26 » in Poland).
  static let numberAfterStreetTypes: Set<String> = [
    "calle", "via", "avenida", "rua", "strada", "corso", "piazza", "piazzale", "viale", "largo", "vicolo",
    "travessa", "praca", "plaza", "paseo", "carrer", "avinguda", "ul", "aleja",
  ]

  /// Streets written in English, the house number before the street's name (« 37 Baker Street »).
  static let englishStreetTypes: Set<String> = ["road", "street", "lane", "mews", "drive", "crescent"]

  /// Complements of an address, folded, without their dot.
  static let blockComplements: Set<String> = [
    "batiment", "bat", "escalier", "esc", "etage", "appartement", "appt", "apt", "app", "porte", "logement",
    "postale",
    "log", "logt", "immeuble", "imm", "rdc", "rez-de-chaussee", "bp", "b.p", "cs", "c.s", "tsa", "boite",
    "entree", "n°",
    "no",
    "case",
    // Belgium's « bte 5 » (boîte); Vietnam's districts and wards; Polynesia's « PK 25 » (a
    // kilometre point).
    "bte", "quan", "phuong", "pk",
  ]

  /// Small words inside an address: « de la », « d'Arc », « et », « à ».
  static let blockParticles: Set<String> = [
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "sur", "sous", "en",
    // « Travessa do Carmo », « Via dei Mille », « Calle de los Reyes ».
    "do", "da", "dos", "das", "di", "del", "della", "dei", "degli", "los",
    "saint", "st", "ste", "sainte", "bis", "ter", "quater", "droit", "droite", "gauche",
    // « PK 25 côté montagne », « PK 22 côté mer »: Tahiti's sides of the road.
    "cote", "mer", "montagne",
  ]

  /// The ranges of the address blocks of `source`.
  /// `cityThenPostcode` and `cityAboveCountry` are looked for only where the text may hold them
  /// (`PatternDetectors.addressAnchors`): run on every answer, these patterns, which start at any
  /// capitalised word, cost the masker a twentieth of its time.
  static func addressBlocks(in source: NSString, cityThenPostcode: Bool = true, cityAboveCountry: Bool = true)
    -> [NSRange]
  {
    var blocks: [NSRange] = []
    let anchors = matches(postcodeAndCity, in: source)
    let cityAnchors =
      ((cityThenPostcode ? matches(Self.cityThenPostcode, in: source) : [])
      + (cityAboveCountry ? matches(Self.cityAboveCountry, in: source) : [])).filter { city in
        !anchors.contains { NSIntersectionRange($0, city).length > 0 }
      }
    for anchor in anchors + cityAnchors {
      let isCountryAnchor = cityAnchors.contains(anchor)
      let lineStart = source.lineRange(for: NSRange(location: anchor.location, length: 0)).location
      let before = source.substring(with: NSRange(location: lineStart, length: anchor.location - lineStart))
      var location = anchor.location
      var hasStreet = false
      var hasStreetType = false
      let hasCity = source.substring(with: anchor).contains { $0.isLetter }
      var goesUp = before.allSatisfy(\.isWhitespace)
      if !goesUp {
        let line = blockStart(in: source, from: lineStart, to: anchor.location)
        guard let begin = line.location else { continue }
        location = begin
        hasStreet = line.hasStreet
        hasStreetType = line.hasStreetType
        goesUp = line.beginsTheLine
      }
      // Lines above, while each reads as an address: « 444 all. de Paris⏎Résidence Les Terrasses⏎22000… ».
      var lineTop = lineStart
      var linesUp = 0
      while goesUp, lineTop > 0, linesUp < 4 {
        let previous = source.lineRange(for: NSRange(location: lineTop - 1, length: 0))
        let content = source.substring(with: previous).trimmingCharacters(in: .whitespacesAndNewlines)
        let folded = PersonNameDetector.fold(content)
        guard !content.isEmpty, !content.hasSuffix(":"), !folded.hasPrefix("chez "), !folded.hasPrefix("c/o")
        else { break }
        var line = blockStart(in: source, from: previous.location, to: previous.location + previous.length)
        if line.location == nil || !line.beginsTheLine, isCountryAnchor, linesUp == 0, content.count <= 60,
          numberedStreetWithoutType.firstMatch(
            in: content, range: NSRange(location: 0, length: content.utf16.count))
            != nil
        {
          let lead = source.substring(with: previous).prefix { $0 == " " }.utf16.count
          line = BlockStart(
            location: previous.location + lead, hasStreet: true, hasStreetType: true, beginsTheLine: true,
            reachesTheEnd: true)
        }
        // A long line is prose: only a street ending it (« …notre adresse est : Rue du Rhône 71 »).
        guard let begin = line.location, line.hasStreet || (line.isNamedPlace && hasStreetType),
          line.reachesTheEnd, content.count <= 80 || line.hasStreetType
        else { break }
        location = begin
        hasStreet = hasStreet || line.hasStreet
        hasStreetType = hasStreetType || line.hasStreetType
        goesUp = line.beginsTheLine
        lineTop = previous.location
        linesUp += 1
      }
      // « parcours n° 41237. »: a postcode without its city needs a street.
      guard hasStreet, hasCity || hasStreetType, location < anchor.location else { continue }
      blocks.append(NSRange(location: location, length: anchor.location + anchor.length - location))
    }
    return blocks
  }

  /// Whether a line after a line break names only a country: `cityAboveCountry`'s anchor. A
  /// country's line is short (« Grand-Duché de Luxembourg » is the longest).
  static func hasCountryLine(_ source: NSString) -> Bool {
    (source as String).utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst().contains {
      $0.count <= 32
        && foldedCountryNames.contains(
          PersonNameDetector.fold(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces)))
    }
  }

  /// Whether a comma stands before a country that ends a clause (« …, Beyrouth, Liban », « …,
  /// Hanoï, Vietnam. Peux-tu… »): `cityAboveCountry`'s other anchor.
  static func hasCountryAfterComma(_ source: NSString) -> Bool {
    let clauseEnds: Set<UInt8> = [0x2C, 0x2E, 0x3B, 0x0A, 0x0D, 0x29, 0x21, 0x3F]
    var text = source as String
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        guard bytes[index] == 0x2C else {
          index += 1
          continue
        }
        let start = index + 1
        var end = start
        while end < bytes.count, end - start <= 40, !clauseEnds.contains(bytes[end]) { end += 1 }
        index = end
        guard end - start <= 40 else { continue }
        let country = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
          .trimmingCharacters(in: .whitespaces)
        if foldedCountryNames.contains(PersonNameDetector.fold(country)) { return true }
      }
      return false
    }
  }

  struct BlockStart {
    /// Where the address begins, nil when nothing before the range's end reads as one.
    var location: Int?
    /// A street type or a complement (not only numbers and names).
    var hasStreet = false
    /// A street type (« rue », « CD »), not only complements.
    var hasStreetType = false
    /// The address begins with the line's first word.
    var beginsTheLine = false
    /// The line's last word is part of it.
    var reachesTheEnd = false
    /// Only a residence's name (« Les Jardins d'Aliénor »): part of an address above a street.
    var isNamedPlace = false
  }

  /// Whether the text before an address on its line is nothing, or a label: « ADRESSE : ».
  static func opensLineOrFollowsLabel(_ lead: String) -> Bool {
    let trimmed = lead.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || (trimmed.hasSuffix(":") && trimmed.count <= 30)
  }

  /// Reads the words between `from` and `to` backwards while they read as an address; the address
  /// then begins at its leftmost house number, street type or complement. Lowercase words are a
  /// street's name only right after its type (« rue des vignes »), three at most: « 3 classes ont
  /// visité la rue… » stops at « visité ». A number is a house's only before a street type, a suffix
  /// (« bis »), a range (« 2 à 4 », « 91/93 ») or a complement; a complement's value (« porte 14 »,
  /// « BP 738 ») waits for its keyword; any other number ends the address (an identifier's digits).
  static func blockStart(in source: NSString, from: Int, to: Int) -> BlockStart {
    enum Kind { case street, complement, number, suffix, connector, name, lowercase, none }
    var result = BlockStart()
    let words = blockWord.matches(in: source as String, range: NSRange(location: from, length: to - from))
      .map(\.range)
    var end = to
    var pendingLowercase = 0
    var pendingNumber = false
    var right = Kind.none  // the word read just before, to the right
    var rightFolded = ""
    // The capitalised words read since the last street, complement or number, and the leftmost.
    var nameRun: (start: Int, first: Int)?
    func foldedWord(_ index: Int) -> String { PersonNameDetector.fold(source.substring(with: words[index])) }
    func followsDe(_ index: Int) -> Bool {
      guard index > 0 else { return false }
      let left = foldedWord(index - 1)
      return ["du", "des", "de"].contains(left)
        || (left == "la" && index > 1 && foldedWord(index - 2) == "de")
    }
    // The street's type the address starts at, if it does (« Bourg » of « Le Bourg »).
    var startsAtStreet: Int?
    // An English street's type read, and only its name's words since: a number is its house's.
    var afterEnglishStreet = false
    // The connector read just before (« à », « et ») stands between two numbers.
    var connectorJoinsNumbers = false
    scan: for index in words.indices.reversed() {
      let word = words[index]
      let gap = source.substring(
        with: NSRange(location: word.location + word.length, length: end - word.location - word.length))
      guard gap.allSatisfy({ $0.isWhitespace || ",-–—/;".contains($0) }) else { break }
      let raw = source.substring(with: word)
      let bare = raw.hasSuffix(".") ? String(raw.dropLast()) : raw
      let folded = PersonNameDetector.fold(bare)
      let digits = bare.prefix(while: \.isNumber).count
      let kind: Kind
      if digits > 0, bare.dropFirst(digits).hasPrefix("-"), bare.contains(where: \.isLetter) {
        kind = .name  // « du 8-Mai-1945 »
      } else if digits > 0 {
        // « BP 40012 », « 1019bis »: five digits at most, not an identifier's run.
        kind = digits <= 5 && bare.count - digits <= 6 ? .number : .none
      } else if bare == "ét" || bare == "Ét" {
        kind = .complement  // « 6e ét. », not « et »
      } else if blockStreetTypes.contains(folded) || folded.hasSuffix("strasse")
        || folded.hasSuffix("straße") || folded.hasSuffix("straat") || folded.hasSuffix("platz")
        || folded.hasSuffix("gasse") || folded.hasSuffix("damm") || folded.hasSuffix("weg"),
        !(folded == "cite" && rightFolded == "scolaire"),
        // « Collège de la Vallée du Lot », « Impasse du Parc », « chemin de la Tour »: after « du »,
        // « des », « de », « de la », a street's type is a name's word (not « La Ferme du Bas »).
        !followsDe(index)
      {
        kind = .street
      } else if (folded == "grand" || folded == "grande") && rightFolded == "rue" {
        kind = .street  // « Grande Rue »
      } else if blockComplements.contains(folded) || folded.hasPrefix("n°")
        || (["cs", "bp", "tsa"].contains { folded.hasPrefix($0) }
          && folded.dropFirst(2).allSatisfy(\.isNumber)
          && folded.count > 3)
      {
        kind = .complement
      } else if ["bis", "ter", "quater"].contains(folded) || (bare.count == 1 && bare.first!.isUppercase) {
        kind = .suffix
      } else if ["a", "et"].contains(folded) {
        kind = .connector
      } else if bare.first?.isUppercase == true || blockParticles.contains(folded)
        || folded.hasPrefix("d'") || folded.hasPrefix("l'") || folded.hasPrefix("d’")
        || folded.hasPrefix("l’")
      {
        kind = .name
      } else {
        kind = .lowercase
      }
      if kind == .none { break }
      // « …le boulevard Gambetta. 20000 Ajaccio compte… »: a dot after a word that is no
      // abbreviation ends a sentence, not an address's part.
      if raw.hasSuffix("."), [.name, .lowercase, .connector].contains(kind), bare.count > 1 { break }
      // A number waiting for its keyword (« apt 82 ») or inside a street's name (« du 19 Mars 1962 »):
      // an identifier's digits (« … 009 04, ») or a lowercase word end the address.
      // « Rue de la Station 120/3 »: a house's number and its box, joined by a slash.
      if pendingNumber, kind == .lowercase || (kind == .number && right == .number && gap != "/") { break }
      switch kind {
      case .street, .complement:
        // « 3 classes ont visité la rue… »: lowercase words before a complement are no street's.
        if pendingLowercase > 0 && kind != .street { break scan }
        result.location = word.location
        startsAtStreet = kind == .street ? index : nil
        result.hasStreet = result.hasStreet || folded != "n°" && folded != "no"
        result.hasStreetType = result.hasStreetType || kind == .street
        pendingLowercase = 0
        pendingNumber = false
      case .number:
        if pendingLowercase > 0 { break scan }
        // « Szkoła nr 24, ul. Floriańska 26 »: before a street whose number follows its name, a
        // number and a comma are another thing's.
        if right == .street, gap.contains(","), numberAfterStreetTypes.contains(rightFolded) { break scan }
        // « 12 à 14 rue… », not « 16 h 30, à l'atelier Canopé, 2 rue… »: « à » and « et » join
        // two numbers.
        let isHouse =
          [.street, .suffix].contains(right) || (right == .connector && connectorJoinsNumbers)
          || (right == .complement && rightFolded != "n°")
          || (right == .number && !gap.contains(" ")) || (right == .name && afterEnglishStreet)
        if isHouse {
          result.location = word.location
          startsAtStreet = nil
        } else {
          pendingNumber = true
        }
      case .lowercase:
        pendingLowercase += 1
        if pendingLowercase > 3 { break scan }
      default:
        break
      }
      if kind == .connector { connectorJoinsNumbers = right == .number }
      if kind == .name { nameRun = (word.location, index) } else if kind != .connector { nameRun = nil }
      if kind == .street {
        afterEnglishStreet = englishStreetTypes.contains(folded)
      } else if kind != .name {
        afterEnglishStreet = false
      }
      if index == words.count - 1 { result.reachesTheEnd = true }
      right = kind
      rightFolded = folded
      end = word.location
    }
    // « Le Bourg, 03100 Montluçon », « La Ferme du Bas 85000 … »: a place named by its type, with its
    // capitalised article.
    if let street = startsAtStreet, street > 0, result.location == words[street].location,
      ["Le", "La", "Les"].contains(source.substring(with: words[street - 1])),
      source.substring(
        with: NSRange(
          location: words[street - 1].location + words[street - 1].length,
          length: words[street].location - words[street - 1].location - words[street - 1].length)) == " "
    {
      result.location = words[street - 1].location
    }
    // « Les Jardins d'Aliénor, appt 207 », « Les Tilleuls⏎5 rue… »: a residence's name, opened by
    // « Les » at the line's start, before a complement or alone on its line (« Le », « La » also
    // open surnames: « LE DUFF Enora⏎187 allée… »).
    // « ADRESSE : Les Terrasses du Lac, bâtiment E, … »: after a label too.
    if let run = nameRun, pendingLowercase == 0, source.substring(with: words[run.first]) == "Les",
      words.count - run.first >= 2, words.count - run.first <= 6 || result.location != nil,
      Self.opensLineOrFollowsLabel(source.substring(with: NSRange(location: from, length: run.start - from)))
    {
      if result.location != nil {
        result.location = run.start
      } else if result.reachesTheEnd {
        result.location = run.start
        result.isNamedPlace = true
      }
    }
    if let begin = result.location, let first = words.first, first.location == begin {
      let lead = source.substring(with: NSRange(location: from, length: begin - from))
      result.beginsTheLine = lead.allSatisfy(\.isWhitespace)
    }
    return result
  }
}
