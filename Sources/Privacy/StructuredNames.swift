import Foundation

/// Names that the layout of a text gives away, whatever the words are: a chat's speakers before
/// their time, the cells of an attendance table before a role, a list's « NOM Prénom – … », a
/// sender's name above the street; and, after the other rules, the words that an e-mail address of
/// the same text spells. Read once a text from the gaps between words.
extension PersonNameDetector {
  /// The names the layout gives, and the words that follow an « @ » (for `namesSpelledByAddresses`,
  /// which runs after the other rules).
  func structuredNames(in tokens: [Token], source: NSString) -> (
    spans: [(Int, Int, FindingConfidence)], atSigns: [Int], notNames: [Int]
  ) {
    guard hasWordLists, !tokens.isEmpty else { return ([], [], []) }
    let layout = Self.layoutMarks(source as String)
    guard layout.lineBreak || layout.readsEveryGap else { return ([], [], []) }
    var lineStarts: [Int] = [0]
    var afterSpeakerTime: [Int] = []
    var atSigns: [Int] = []
    var hasBars = false
    var hasSemicolons = false
    var hasTabs = false
    var bareLineStarts: [Int] = []
    for index in tokens.indices.dropFirst() {
      // Without « @ », « | » or « \r », only a gap that ends a sentence can hold a line break.
      guard layout.readsEveryGap || tokens[index].gapEndsSentence else { continue }
      let gap = tokens[index].gapBefore.utf8
      if gap.count == 1 {
        switch gap.first {
        case 0x40: atSigns.append(index)
        case 0x3B: hasSemicolons = true
        case 0x09: hasTabs = true
        // « Collège⏎POISSON »: a line break alone between two words, read for tables only (the
        // other rules were measured without it, and it costs them a pass over every line).
        case 0x0A, 0x0D: bareLineStarts.append(index)
        default: break
        }
        continue
      }
      var hasNewline = false
      for byte in gap {
        switch byte {
        case 0x0A, 0x0D: hasNewline = true
        case 0x40: atSigns.append(index)
        case 0x7C: hasBars = true
        case 0x3B: hasSemicolons = true
        case 0x09: hasTabs = true
        default: break
        }
      }
      if hasNewline {
        lineStarts.append(index)
        if Self.isSpeakerTime(gap) { afterSpeakerTime.append(index) }
      }
    }
    if tokens[0].gapBefore.utf8.contains(0x7C) { hasBars = true }
    var spans: [(Int, Int, FindingConfidence)] = []
    var notNames: [Int] = []
    spans += chatSpeakers(before: afterSpeakerTime, in: tokens)
    if hasBars || ((hasSemicolons || hasTabs) && lineStarts.count + bareLineStarts.count > 1) {
      let rows = bareLineStarts.isEmpty ? lineStarts : (lineStarts + bareLineStarts).sorted()
      if hasBars { spans += tableNames(lineStarts: rows, in: tokens) }
      let separator: Character = hasBars ? "|" : hasSemicolons ? ";" : "\t"
      let columns = namesUnderHeadings(lineStarts: rows, separator: separator, in: tokens)
      spans += columns.names
      notNames = columns.notNames
    }
    for (position, start) in lineStarts.enumerated() {
      let end = position + 1 < lineStarts.count ? lineStarts[position + 1] : tokens.count
      if let span = listedPerson(at: start, lineEnd: end, in: tokens)
        ?? sender(at: start, lineEnd: end, in: tokens)
      {
        spans.append(span)
      }
    }
    // A video call's notices open lines of one break (« ⏎Poerava Tetuanui a rejoint la réunion »).
    let allLines = bareLineStarts.isEmpty ? lineStarts : (lineStarts + bareLineStarts).sorted()
    for (position, start) in allLines.enumerated() {
      let end = position + 1 < allLines.count ? allLines[position + 1] : tokens.count
      if let span = meetingParticipant(at: start, lineEnd: end, in: tokens) { spans.append(span) }
    }
    return (spans, atSigns, notNames)
  }

  /// Whether a text has a line break, and whether every gap must be read: an « @ », a « | », a
  /// « \r » (a gap « \r\n » is not marked as ending a sentence) or a « ; » on several lines. Read from the bytes, so that a
  /// one-paragraph answer costs a pass over them and nothing else.
  static func layoutMarks(_ text: String) -> (lineBreak: Bool, readsEveryGap: Bool) {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return (false, false) }
      func holds(_ byte: UInt8) -> Bool { memchr(base, Int32(byte), bytes.count) != nil }
      let lineBreak = holds(0x0A)
      // « NOM;Prénom⏎ROMANA;Dimitri », « Nom⇥Prénom⏎… »: a table's rows, read only with a line break.
      return (
        lineBreak, holds(0x40) || holds(0x7C) || holds(0x0D) || (lineBreak && (holds(0x3B) || holds(0x09)))
      )
    }
  }

  /// Whether a gap holds a chat's time at the end of the line before it: « ␣␣13:28⏎ », « ␣9h05⏎ ».
  static func isSpeakerTime(_ gap: String.UTF8View) -> Bool {
    var bytes = gap[...]
    let spaces = bytes.prefix { $0 == 0x20 || $0 == 0x09 }.count
    guard spaces >= 1 else { return false }
    bytes = bytes.dropFirst(spaces)
    let hours = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
    guard hours == 1 || hours == 2 else { return false }
    bytes = bytes.dropFirst(hours)
    guard let separator = bytes.first, separator == 0x3A || separator == 0x68 else { return false }
    bytes = bytes.dropFirst()
    let minutes = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
    guard minutes == 2 else { return false }
    bytes = bytes.dropFirst(2).drop { $0 == 0x20 || $0 == 0x09 }
    return bytes.first == 0x0A || bytes.first == 0x0D
  }

  /// A word that may stand in a name laid out by the text's shape: capitalised or in capitals,
  /// or a listed first name in lowercase; no title, role, institution or product.
  func mayNameByLayout(_ token: Token) -> Bool {
    (token.isCapitalized || token.isAllCaps || isLowercaseFirstName(token))
      && !token.classes.has([.stopwords, .roles, .nonNames, .institutionWords, .titles, .closings])
  }

  /// « Long Truong␣␣13:28⏎ », « Ama␣␣17:56⏎ »: the words of a line that ends with a time. In a
  /// chat of two such lines or more, any words; on a single line, names (listed or no word).
  func chatSpeakers(before nextLines: [Int], in tokens: [Token]) -> [(Int, Int, FindingConfidence)] {
    var spans: [(Int, Int, FindingConfidence)] = []
    for next in nextLines where next > 0 {
      let end = next - 1
      var start = end
      while start > 0, end - start < 3, !tokens[start].gapBefore.contains(where: \.isNewline),
        Self.continuesName(tokens[start].gapBefore)
      {
        start -= 1
      }
      guard start == 0 || tokens[start].gapBefore.contains(where: \.isNewline) else { continue }
      // « Mme Dupont␣␣13:15 »: the title is not the name.
      if start < end, tokens[start].classes.has(.titles) { start += 1 }
      let words = tokens[start...end]
      guard words.allSatisfy({ mayNameByLayout($0) && ($0.range.length >= 2 || $0.isCapitalized) }) else {
        continue
      }
      if nextLines.count < 2,
        !words.allSatisfy({ isNamePart($0) && (isListed($0) || !$0.isCommon) })
      {
        continue
      }
      spans.append((start, end, confidence(start, end, in: tokens)))
    }
    return spans
  }

  /// « | RAKOTOMALALA | Andry | élève | 04 71… | »: in a table's row, the cells of one to three
  /// capitalised words before a cell that holds a role are names, one a cell.
  func tableNames(lineStarts: [Int], in tokens: [Token]) -> [(Int, Int, FindingConfidence)] {
    var spans: [(Int, Int, FindingConfidence)] = []
    for (position, lineStart) in lineStarts.enumerated() {
      let lineEnd = position + 1 < lineStarts.count ? lineStarts[position + 1] : tokens.count
      guard Self.lastLine(of: tokens[lineStart].gapBefore).trimmingCharacters(in: .whitespaces).hasPrefix("|")
      else { continue }
      // The row's cells: a new cell starts at each word whose gap holds a bar.
      var cells: [(Int, Int)] = []
      for index in lineStart..<lineEnd {
        if index == lineStart || tokens[index].gapBefore.contains("|") {
          cells.append((index, index))
        } else {
          cells[cells.count - 1].1 = index
        }
      }
      guard
        let roleCell = cells.firstIndex(where: { cell in
          cell.0 == cell.1 && tokens[cell.0].classes.has(.roles)
        }), roleCell > 0
      else { continue }
      let nameCells = cells[..<roleCell].filter { cell in
        cell.1 - cell.0 < 3
          && tokens[cell.0...cell.1].allSatisfy { mayNameByLayout($0) && !Self.isHeadingWord($0) }
          && (cell.0 + 1..<cell.1 + 1).allSatisfy { Self.continuesName(tokens[$0].gapBefore) }
      }
      guard nameCells.count == roleCell else { continue }
      for cell in nameCells { spans.append((cell.0, cell.1, confidence(cell.0, cell.1, in: tokens))) }
    }
    return spans
  }

  /// Words of a table's heading that name a column of names: « Nom », « Prénom », « Nom de
  /// l'élève », « Nom et prénom ».
  static let nameHeadingWords: Set<String> = [
    "nom", "noms", "prenom", "prenoms", "eleve", "eleves", "identite", "name", "surname",
  ]
  static let nameHeadingFillers: Set<String> = [
    "et", "de", "du", "l", "famille", "usage", "naissance", "first", "last",
  ]
  /// Headings of a column of people named by their role: « Référent », « Contact ». Their cells are
  /// names when they look like one (capitalised words, no role nor institution).
  static let personHeadingWords: Set<String> = [
    "referent", "referente", "referents", "responsable", "responsables", "contact", "contacts",
    "enseignant", "enseignante", "enseignants", "professeur", "professeure", "professeurs", "coordinateur",
    "coordinatrice", "candidat", "candidate", "candidats", "participant", "participante", "participants",
    "intervenant", "intervenante", "intervenants", "formateur", "formatrice", "demandeur", "demandeuse",
    "representant", "representante", "delegue", "deleguee", "delegues", "signataire", "interlocuteur",
    "interlocutrice", "tuteur", "tutrice", "auteur", "autrice", "porteur", "porteuse", "pilote", "agent",
    "direction",
  ]
  /// Headings of a column that holds no person: a cell under « Académie » or « Fonction » is not a
  /// name (« Nancy-Metz », « PLP »).
  static let otherHeadingWords: Set<String> = [
    "academie", "academies", "fonction", "fonctions", "etablissement", "etablissements", "ville", "commune",
    "discipline", "disciplines", "matiere", "matieres", "classe", "classes", "statut", "role", "region",
    "departement", "pays", "outil", "outils", "theme", "themes", "lieu", "poste", "niveau", "filiere",
    "specialite", "structure", "service", "site", "circonscription", "bassin", "ecole", "college", "lycee",
  ]

  /// A word of a table's heading: « Discipline » before « Référente » is no name.
  static func isHeadingWord(_ token: Token) -> Bool {
    let word = token.folded
    return nameHeadingWords.contains(word) || personHeadingWords.contains(word)
      || otherHeadingWords.contains(word)
  }

  /// The column of each word of a row: how many separators stand before it on its line, less one
  /// when the row opens with one.
  static func columns(of words: Range<Int>, separator: UInt8, in tokens: [Token]) -> [Int] {
    var columns: [Int] = []
    var bars = 0
    for index in words {
      let gap =
        index == words.lowerBound ? lastLine(of: tokens[index].gapBefore) : Substring(tokens[index].gapBefore)
      let here = gap.utf8.reduce(0) { $0 + ($1 == separator ? 1 : 0) }
      if index == words.lowerBound, here > 0 { bars = -here }
      bars += here
      columns.append(max(0, bars))
    }
    return columns
  }

  /// « | Nom | Prénom | Appréciation |⏎| LOISEAU | Amir | … | », « NOM;Prénom;Établissement⏎
  /// ROMANO;Oumou;… », « | Académie | Référent |⏎| Lille | Murat Yıldız | »: in the rows under a
  /// heading that names a column « Nom », « Prénom » or « Élève », that column's cell is a name,
  /// whatever its words (« POISSON », « Rose »); under « Référent » or « Contact », a cell that
  /// looks like a name; under « Académie » or « Fonction », no word is a name (`notNames`).
  func namesUnderHeadings(lineStarts: [Int], separator: Character, in tokens: [Token]) -> (
    names: [(Int, Int, FindingConfidence)], notNames: [Int]
  ) {
    var spans: [(Int, Int, FindingConfidence)] = []
    var notNames: [Int] = []
    var nameColumns: Set<Int> = []
    var personColumns: Set<Int> = []
    var otherColumns: Set<Int> = []
    let separatorByte = separator.asciiValue ?? 0x7C
    func isHeading(_ cell: [Int], _ words: Set<String>, fillers: Set<String> = []) -> Bool {
      cell.contains { words.contains(tokens[$0].folded) }
        && cell.allSatisfy { words.contains(tokens[$0].folded) || fillers.contains(tokens[$0].folded) }
    }
    for (position, lineStart) in lineStarts.enumerated() {
      let lineEnd = position + 1 < lineStarts.count ? lineStarts[position + 1] : tokens.count
      let words = lineStart..<lineEnd
      let hasSeparators =
        words.dropFirst().contains { tokens[$0].gapBefore.contains(separator) }
        || Self.lastLine(of: tokens[lineStart].gapBefore).contains(separator)
      guard hasSeparators else {
        nameColumns = []
        personColumns = []
        otherColumns = []
        continue
      }
      let columns = Self.columns(of: words, separator: separatorByte, in: tokens)
      var cells: [Int: [Int]] = [:]
      for (offset, index) in words.enumerated() { cells[columns[offset], default: []].append(index) }
      let names = Set(
        cells.filter { isHeading($0.value, Self.nameHeadingWords, fillers: Self.nameHeadingFillers) }.keys)
      let people = Set(cells.filter { isHeading($0.value, Self.personHeadingWords) }.keys)
      if !names.isEmpty || !people.isEmpty {
        nameColumns = names
        personColumns = people
        otherColumns = Set(cells.filter { isHeading($0.value, Self.otherHeadingWords) }.keys)
        continue
      }
      for column in otherColumns { notNames += cells[column] ?? [] }
      for column in nameColumns.union(personColumns).sorted() {
        guard var cell = cells[column], cell.count <= 5 else { continue }
        // « Mme Dupont »: the title is not the name.
        while let first = cell.first, tokens[first].classes.has(.titles), cell.count > 1 {
          cell.removeFirst()
        }
        guard let start = cell.first, let end = cell.last, end - start == cell.count - 1,
          cell.allSatisfy({
            tokens[$0].classes.has(.particles) || tokens[$0].isCapitalized || tokens[$0].isAllCaps
              || isLowercaseFirstName(tokens[$0])
          }),
          cell.contains(where: { !tokens[$0].classes.has(.particles) }),
          (start + 1..<end + 1).allSatisfy({ !tokens[$0].gapBefore.contains(where: \.isNewline) })
        else { continue }
        if !nameColumns.contains(column) {
          // Under a role's heading: words that look like a name, two at least or one listed.
          guard cell.count <= 5,
            cell.allSatisfy({
              tokens[$0].classes.has(.particles)
                || (isNamePart(tokens[$0]) && !tokens[$0].classes.has(.institutionWords)
                  && (!tokens[$0].classes.has(.places) || tokens[$0].classes.has([.firstNames, .surnames])))
            }),
            cell.count >= 2 || tokens[start].classes.has([.firstNames, .surnames])
          else { continue }
        }
        spans.append((start, end, .context))
      }
    }
    return (spans, notNames)
  }

  /// What a gap holds after its last line break: how the next line opens.
  static func lastLine(of gap: String) -> Substring {
    gap.lastIndex(where: \.isNewline).map { gap[gap.index(after: $0)...] } ?? gap[...]
  }

  /// Whether a line opens with a list's mark: « 1. », « 2) », « - », « – », « • », « * ».
  static func opensListItem(_ gap: String) -> Bool {
    let mark = lastLine(of: gap).trimmingCharacters(in: .whitespaces)
    if ["-", "–", "—", "•", "*"].contains(mark) { return true }
    guard mark.count >= 2, mark.hasSuffix(".") || mark.hasSuffix(")") else { return false }
    return mark.dropLast().allSatisfy(\.isNumber) && mark.count <= 3
  }

  /// « 2. RAKOTONIRINA Miora – terminale », « - OUÉDRAOGO Khady – école … »: a list's item that
  /// opens with a surname in capitals and a first name, then a dash, a comma, a bracket or the
  /// line's end.
  func listedPerson(at start: Int, lineEnd: Int, in tokens: [Token]) -> (Int, Int, FindingConfidence)? {
    guard start + 1 < lineEnd, tokens[start].isAllCaps, tokens[start].range.length >= 3,
      Self.opensListItem(tokens[start].gapBefore)
    else { return nil }
    let surname = tokens[start]
    let firstName = tokens[start + 1]
    guard mayNameByLayout(surname),
      !surname.classes.has(.places), isUnknownWord(surname) || surname.classes.has(.surnames),
      firstName.isCapitalized, !firstName.isAllCaps, Self.joinsClosely(firstName.gapBefore),
      isFirstName(firstName) || (looksLikeUnknownName(firstName) && isUnknownWord(firstName))
    else { return nil }
    let after = start + 2
    guard after == tokens.count || after == lineEnd || Self.closesListedName(tokens[after].gapBefore) else {
      return nil
    }
    return (start, start + 1, confidence(start, start + 1, in: tokens))
  }

  /// « ␣–␣ », « ,␣ », « ␣(»: what ends a name in a list's item.
  static func closesListedName(_ gap: String) -> Bool {
    gap.hasPrefix(" –") || gap.hasPrefix(" -") || gap.hasPrefix(" —") || gap.hasPrefix(",")
      || gap.hasPrefix(" (")
  }

  /// « Anis BOUKHRIS⏎20 rue Lethière⏎97139 Les Abymes »: a line of a first name and a surname
  /// right above a line that opens with a number and a street's type, as a letter's sender.
  func sender(at start: Int, lineEnd: Int, in tokens: [Token]) -> (Int, Int, FindingConfidence)? {
    var start = start
    // « Mme Agnieszka Kowalski »: the title is not the name.
    if tokens[start].classes.has(.titles) { start += 1 }
    guard lineEnd < tokens.count, lineEnd - start >= 2, lineEnd - start <= 3 else { return nil }
    let words = tokens[start..<lineEnd]
    guard
      words.allSatisfy({
        isNamePart($0) && !$0.classes.has(.places) && ($0.range.length >= 2)
      }),
      (start + 1..<lineEnd).allSatisfy({ Self.continuesName(tokens[$0].gapBefore) }),
      isFirstName(tokens[start]) || words.contains(where: isListed)
        || words.allSatisfy({ looksLikeUnknownName($0) || ($0.isAllCaps && isUnknownWord($0)) })
    else { return nil }
    // The next line: a number, then the street's type (« 7 bd », « 25 bis hent »).
    let gap = tokens[lineEnd].gapBefore
    let line = Self.lastLine(of: gap)
    guard line.first?.isNumber == true, line.allSatisfy({ $0.isNumber || $0 == " " || $0 == "," })
    else { return nil }
    var street = lineEnd
    if ["bis", "ter"].contains(tokens[street].folded), street + 1 < tokens.count { street += 1 }
    guard PatternDetectors.Prerequisites.streetTypes.contains(tokens[street].folded) else { return nil }
    return (start, lineEnd - 1, confidence(start, lineEnd - 1, in: tokens))
  }

  /// « Poerava Tetuanui a rejoint la réunion », « … a quitté la réunion »: a video call's notice,
  /// one to three capitalised words opening the line.
  func meetingParticipant(at start: Int, lineEnd: Int, in tokens: [Token]) -> (Int, Int, FindingConfidence)? {
    var end = start
    while end + 1 < lineEnd, end - start < 2, Self.continuesName(tokens[end + 1].gapBefore),
      tokens[end + 1].isCapitalized || tokens[end + 1].isAllCaps
    {
      end += 1
    }
    guard end + 2 < lineEnd, tokens[end + 1].gapBefore == " ", tokens[end + 1].text == "a",
      tokens[end + 2].gapBefore == " ", ["rejoint", "quitte"].contains(tokens[end + 2].folded),
      // A role in capitals is no participant (« CPE a rejoint… »).
      (start...end).allSatisfy({
        mayNameByLayout(tokens[$0]) && (tokens[$0].isCapitalized || tokens[$0].isAllCaps)
      })
    else { return nil }
    return (start, end, confidence(start, end, in: tokens))
  }

  /// « Garazi Mendiboure (g.mendiboure@bbox.fr) », « leila boukhris … leila.boukhris43@sfr.fr »:
  /// words of the text that the part before « @ » of one of its e-mail addresses spells, two
  /// together, or one that is no common word. The addresses' own words are left to the e-mail
  /// pattern.
  func namesSpelledByAddresses(_ atSigns: [Int], in tokens: [Token], covered: [Bool])
    -> [(Int, Int, FindingConfidence)]
  {
    var inAddress = [Bool](repeating: false, count: tokens.count)
    var spelled: Set<String> = []
    func isAddressJoint(_ gap: String) -> Bool {
      !gap.isEmpty
        && gap.utf8.allSatisfy { $0 == 0x2E || $0 == 0x5F || $0 == 0x2D || ($0 >= 0x30 && $0 <= 0x39) }
    }
    for at in atSigns {
      var first = at - 1
      while first > 0, isAddressJoint(tokens[first].gapBefore) { first -= 1 }
      for index in first..<at {
        inAddress[index] = true
        for part in Self.hyphenParts(tokens[index].folded) where part.utf8.count >= 3 { spelled.insert(part) }
      }
      var last = at
      inAddress[at] = true
      while last + 1 < tokens.count, isAddressJoint(tokens[last + 1].gapBefore) {
        last += 1
        inAddress[last] = true
      }
    }
    guard !spelled.isEmpty else { return [] }
    func isSpelled(_ index: Int) -> Bool {
      let token = tokens[index]
      guard !inAddress[index], !covered[index], token.range.length >= 3,
        mayNameByLayout(token) || isLowercaseNameCandidate(token),
        !token.classes.has([.places, .particles, .articles])
      else { return false }
      return Self.hyphenParts(token.folded).allSatisfy { spelled.contains($0) }
    }
    var spans: [(Int, Int, FindingConfidence)] = []
    var index = 0
    while index < tokens.count {
      guard isSpelled(index) else {
        index += 1
        continue
      }
      var end = index
      while end + 1 < tokens.count, Self.joinsClosely(tokens[end + 1].gapBefore), isSpelled(end + 1) {
        end += 1
      }
      let single = tokens[index]
      if end > index || !single.isCommon || isListed(single) {
        var start = index
        // « Garazi Mendiboure » for « g.mendiboure@… »: a capitalised name beside the spelled one.
        if single.isCapitalized || single.isAllCaps {
          if start > 0, !inAddress[start - 1], !covered[start - 1],
            Self.joinsClosely(tokens[start].gapBefore),
            tokens[start - 1].isCapitalized, isNamePart(tokens[start - 1]),
            isFirstName(tokens[start - 1]) || looksLikeUnknownName(tokens[start - 1]),
            !tokens[start - 1].classes.has(.places)
          {
            start -= 1
          } else if end + 1 < tokens.count, !inAddress[end + 1], !covered[end + 1],
            Self.joinsClosely(tokens[end + 1].gapBefore),
            isNamePart(tokens[end + 1]),
            tokens[end + 1].isAllCaps || isListed(tokens[end + 1]) || looksLikeUnknownName(tokens[end + 1]),
            !tokens[end + 1].classes.has(.places)
          {
            end += 1
          }
        }
        spans.append((start, end, confidence(start, end, in: tokens)))
      }
      index = end + 1
    }
    return spans
  }

  // MARK: - Names in a casual answer's frames

  /// « en 3e », « en ce2 », « en cm1 », « en 2de 3 », « en terminale »: a class after the word at
  /// `index` (digits are not words: « 3e » is the word « e » after « ␣3 »).
  func isFollowedByClassIn(_ index: Int, in tokens: [Token]) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 1].range.length == 2, tokens[index + 1].folded == "en",
      tokens[index + 1].gapBefore == " "
    else { return false }
    let gap = tokens[index + 2].gapBefore
    let word = tokens[index + 2].folded
    if gap.count >= 2, gap.first == " ", gap.dropFirst().allSatisfy(\.isNumber) {
      return ["e", "eme", "de", "nde", "re", "ere"].contains(word)
    }
    guard gap == " " else { return false }
    if Self.classNames.contains(word) { return true }
    // « ce2 », « cm1 »: a digit right after the word.
    return (word == "ce" || word == "cm") && index + 3 < tokens.count
      && tokens[index + 3].gapBefore.first?.isNumber == true
  }

  static let classNames: Set<String> = [
    "cp", "tle", "terminale", "seconde", "premiere", "sixieme", "cinquieme", "quatrieme", "troisieme",
    "ulis", "segpa", "maternelle", "ps", "ms", "gs",
  ]

  /// A word that may be a name in a casual frame: capitalised and name-like, or in lowercase a
  /// listed first name or a word that is no common word.
  func mayNameInFrame(_ token: Token) -> Bool {
    guard token.range.length >= 2, !token.classes.has([.kinship, .particles, .articles]) else { return false }
    if token.isCapitalized { return isNamePart(token) && (isFirstName(token) || looksLikeUnknownName(token)) }
    return isLowercaseNameCandidate(token)
      && (!token.isCommon || token.classes.has([.firstNames, .ambiguousFirstNames, .wordFirstNames]))
  }

  /// « mère de Joséphine (3e4) et de Parfait (2nde 5) », « maman de moussa en 3e », « je suis yanis
  /// cherif papa de… », « ici faly en 4e c », « c'est hugo la maman de maelys », « … les devoirs.
  /// bintou »: names that a relative's or a self-introduction's frame gives, in any case. Asked
  /// only after a casual opener (`WordClass.casualOpeners`) and for the last word.
  func nameInCasualFrame(at i: Int, in tokens: [Token], wordClasses: [WordClass], source: NSString) -> (
    Int, Int, FindingConfidence
  )? {
    guard i >= 1 else { return nil }
    let token = tokens[i]
    // A relative's child, then a class: « de Lei (2nde 5) », « et de Parfait (2nde 5) ».
    if i >= 2, tokens[i - 1].range.length <= 2,
      wordClasses[i - 2].has(.kinship)
        || (tokens[i - 2].range.length == 2 && tokens[i - 2].folded == "et"
          && wordClasses[max(0, i - 12)..<(i - 2)].contains(where: { $0.has(.kinship) })),
      tokens[i - 1].folded == "de" || tokens[i - 1].folded == "d",
      token.gapBefore == " " || Self.isElision(token.gapBefore),
      mayNameInFrame(token), isFollowedByClassOrNeed(i, in: tokens) || isFollowedByClassIn(i, in: tokens)
    {
      return (i, i, confidence(i, i, in: tokens))
    }
    // A self-introduction, then a class, a relative or a role: « ici faly en 4e c ».
    if isCasualIntroduction(before: i, in: tokens), token.gapBefore == " " || Self.isElision(token.gapBefore),
      mayNameInFrame(token)
    {
      for end in [i, i + 1] where end < tokens.count {
        if end > i, !(Self.joinsClosely(tokens[end].gapBefore) && mayNameInFrame(tokens[end])) { break }
        if opensIntroductionFrame(after: end, in: tokens) {
          return (i, end, confidence(i, end, in: tokens))
        }
      }
    }
    // « … on travaille la langue. teva faatauira – +68940391223 »: one or two lowercase words no
    // dictionary knows, after the last sentence and before a phone number that ends the text.
    if i == tokens.count - 1, !token.isCapitalized, isLowercaseSigner(token),
      Self.endsWithPhoneAfterDash(after: token, in: source)
    {
      if Self.endsSentence(token.gapBefore) { return (i, i, confidence(i, i, in: tokens)) }
      if i >= 2, token.gapBefore == " ", !tokens[i - 1].isCapitalized, isLowercaseSigner(tokens[i - 1]),
        Self.endsSentence(tokens[i - 1].gapBefore)
      {
        return (i - 1, i, confidence(i - 1, i, in: tokens))
      }
    }
    // A lowercase name that ends a casual answer after its last sentence: « … les devoirs. bintou ».
    // After a dash (a signature's mark), a listed first name that is also a word (« — ana »).
    if i == tokens.count - 1, !token.isCapitalized, token.gapBefore.hasSuffix(" "),
      Self.endsText(after: token, in: source)
    {
      let mark = token.gapBefore.filter { !$0.isWhitespace }
      // « . — », « — »: a dash last, after a sentence's end or not.
      let afterDash = mark.last.map { "-–—".contains($0) } == true && mark.allSatisfy { ".!-–—".contains($0) }
      // « … flippant qd meme. — ana », « … les devoirs. bintou », not « … affines. coatre. ».
      if afterDash || ([".", "!", "...", "…"].contains(mark) && !token.isFollowedByDot),
        (afterDash && isLowercaseNameCandidate(token)
          && token.classes.has([.firstNames, .ambiguousFirstNames, .wordFirstNames]))
          || (isLowercaseFirstName(token) && !token.isCommon)
          || (isLowercaseNameCandidate(token) && isUnknownWord(token))
      {
        return (i, i, confidence(i, i, in: tokens))
      }
    }
    return nil
  }

  /// « je suis », « jsuis », « ici » or « c'est » opening the answer, « moi c » before `index`.
  func isCasualIntroduction(before index: Int, in tokens: [Token]) -> Bool {
    let previous = tokens[index - 1]
    switch previous.range.length {
    case 5: return previous.folded == "jsuis"
    case 4:
      return previous.folded == "chui"
        || (previous.folded == "suis" && index >= 2 && tokens[index - 2].folded == "je")
    case 3:
      return (index <= 3 && previous.folded == "ici")
        || (index >= 2 && index <= 4 && previous.folded == "est" && tokens[index - 2].folded == "c")
    case 1: return previous.folded == "c" && index >= 2 && tokens[index - 2].folded == "moi"
    default: return false
    }
  }

  /// After a self-introduction's name: a class (« en 4e »), a relative (« papa de », « la maman
  /// de »), a role (« prof de… »).
  func opensIntroductionFrame(after end: Int, in tokens: [Token]) -> Bool {
    if isFollowedByClassIn(end, in: tokens) || isFollowedByClassOrNeed(end, in: tokens) { return true }
    guard end + 1 < tokens.count, tokens[end + 1].gapBefore == " " || tokens[end + 1].gapBefore == ", " else {
      return false
    }
    var next = end + 1
    if tokens[next].classes.has(.articles), next + 1 < tokens.count { next += 1 }
    return tokens[next].classes.has(.kinship) || tokens[next].classes.has(.roles)
  }

  /// A lowercase word that may sign an answer: a listed first name that is no word, or a word no
  /// dictionary knows.
  func isLowercaseSigner(_ token: Token) -> Bool {
    token.range.length >= 2 && isLowercaseNameCandidate(token)
      && (isLowercaseFirstName(token) && !token.isCommon || isUnknownWord(token))
  }

  /// « . », « ! », « ? », « … » then a space: the gap after a sentence's end.
  static func endsSentence(_ gap: String) -> Bool {
    [". ", "! ", "? ", "… ", "... ", " ! ", " ? "].contains(gap)
  }

  /// Whether a dash then a phone number, and nothing else, follow `token`: « madi – +262 (0)692 28
  /// 58 36 », « soilihi – 00 262 692 07 54 35 ».
  static func endsWithPhoneAfterDash(after token: Token, in source: NSString) -> Bool {
    let from = token.range.location + token.range.length
    guard source.length - from <= 40 else { return false }
    let tail = source.substring(from: from).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let dash = tail.first, "-–—".contains(dash) else { return false }
    let number = tail.dropFirst()
    return number.filter(\.isNumber).count >= 8 && number.allSatisfy { $0.isNumber || " +().-".contains($0) }
  }

  /// Whether nothing but spaces and a mark follow `token` in `source`: « … les devoirs. bintou ».
  static func endsText(after token: Token, in source: NSString) -> Bool {
    // From the end, without measuring the text (`NSString.length` counts it whole).
    var trailing = 0
    for scalar in (source as String).unicodeScalars.reversed() {
      if scalar.properties.isAlphabetic { return true }
      trailing += 1
      guard trailing <= 3, scalar.properties.isWhitespace || ".!…".unicodeScalars.contains(scalar) else {
        return false
      }
    }
    return false
  }
}
