import ObservatoireCore

/// One argument unit cut from an answer without a language model.
public struct ArgumentUnit: Sendable, Hashable {
  /// The clause, trimmed (== `span.slice(of: answer)`).
  public var text: String
  /// Unicode-scalar offsets in the answer.
  public var span: TextSpan
  public var stance: Stance

  public init(text: String, span: TextSpan, stance: Stance) {
    self.text = text
    self.span = span
    self.stance = stance
  }
}

/// Cuts French answers into argument units without a model.
///
/// Conventions: a unit keeps its sentence's final punctuation (« . », « ! », « ? », « … ») and any
/// closing quote or bracket after it; separators (« , », « ; », « : », dashes, bullets) and
/// whitespace are trimmed from both edges. A connector (« mais », « cependant »…) opens the unit
/// that follows it. Word counts include elided words (« l'IA » counts two).
public enum FrenchClauseSegmenter {
  /// Units with fewer words than this merge into a neighbour.
  public static let minimumWords = 3

  /// Splits a (PII-masked) French answer into argument units: sentences, then clauses at
  /// contrastive/additive connectors and semicolons, merging fragments too short to stand alone.
  public static func segment(_ answer: String) -> [ArgumentUnit] {
    let scalars = Array(answer.unicodeScalars)
    return unitRanges(scalars).map { range in
      let text = FrenchText.string(scalars, range)
      return ArgumentUnit(
        text: text, span: TextSpan(start: range.lowerBound, end: range.upperBound),
        stance: StanceLexicon.stance(of: text))
    }
  }

  /// The scalar ranges of the units of `answer`, without stances.
  public static func spans(in answer: String) -> [TextSpan] {
    unitRanges(Array(answer.unicodeScalars)).map {
      TextSpan(start: $0.lowerBound, end: $0.upperBound)
    }
  }

  // MARK: - Units

  private struct Piece {
    var range: Range<Int>
    var words: Int
    var sentences: ClosedRange<Int>
    /// Only a list number (« 1. », « 2) », « III. », « (1/2) »): it opens the next unit.
    var isListMarker = false
  }

  static func unitRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var pieces: [Piece] = []
    for (sentenceIndex, sentence) in sentenceRanges(scalars).enumerated() {
      let tokens = FrenchText.tokens(scalars, in: sentence)
      guard !tokens.isEmpty else { continue }
      var bounds = [sentence.lowerBound]
      bounds.append(contentsOf: clauseCuts(scalars, sentence: sentence, tokens: tokens))
      bounds.append(sentence.upperBound)
      var tokenIndex = 0
      for (from, to) in zip(bounds, bounds.dropFirst()) {
        guard let trimmed = trim(scalars, from..<to) else { continue }
        var words = 0
        var allMarkers = true
        while tokenIndex < tokens.count, tokens[tokenIndex].start < to {
          if tokens[tokenIndex].start >= trimmed.lowerBound {
            words += 1
            allMarkers = allMarkers && isListNumber(tokens[tokenIndex].key)
          }
          tokenIndex += 1
        }
        guard words > 0 else { continue }
        pieces.append(
          Piece(
            range: trimmed, words: words, sentences: sentenceIndex...sentenceIndex,
            isListMarker: allMarkers && words <= 2))
      }
    }
    return mergeShort(pieces).map(\.range)
  }

  /// Merges every unit shorter than `minimumWords` into a neighbour, preferring one from the
  /// same sentence and, among those, the previous one (a short tail like « mais pas trop »
  /// belongs to what it qualifies). One pass, so pathological answers stay linear.
  private static func mergeShort(_ pieces: [Piece]) -> [Piece] {
    var merged: [Piece] = []
    // A short piece waiting to open the next one.
    var pending: Piece?
    for (index, original) in pieces.enumerated() {
      var piece = original
      if let waiting = pending {
        piece = joined(waiting, piece)
        pending = nil
      }
      let next = index + 1 < pieces.count ? pieces[index + 1] : nil
      if original.isListMarker, next != nil {
        pending = piece
        continue
      }
      guard piece.words < minimumWords else {
        merged.append(piece)
        continue
      }
      if let last = merged.last, last.sentences.overlaps(piece.sentences) {
        merged[merged.count - 1] = joined(last, piece)
      } else if let next, next.sentences.overlaps(piece.sentences) {
        pending = piece
      } else if let last = merged.last {
        merged[merged.count - 1] = joined(last, piece)
      } else {
        pending = piece
      }
    }
    if let waiting = pending {
      if let last = merged.last {
        merged[merged.count - 1] = joined(last, waiting)
      } else {
        merged.append(waiting)
      }
    }
    return merged
  }

  /// « 12 », « b », « iii »: a word that can number a list item.
  private static func isListNumber(_ key: String) -> Bool {
    let scalars = key.unicodeScalars
    if scalars.allSatisfy(FrenchText.isDigit) || scalars.count == 1 { return true }
    return scalars.count <= 4 && scalars.allSatisfy { "ivxlc".unicodeScalars.contains($0) }
  }

  private static func joined(_ first: Piece, _ second: Piece) -> Piece {
    Piece(
      range: first.range.lowerBound..<second.range.upperBound, words: first.words + second.words,
      sentences: first.sentences.lowerBound...second.sentences.upperBound)
  }

  private static func isLeadingTrim(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ";", ":", "-", "–", "—", "•", "*", "·", "/", "_", ">", "|", "=", "+", "~": true
    default: FrenchText.isWhitespace(scalar)
    }
  }
  private static func isTrailingTrim(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ";", ":", "-", "–", "—", "/", "_", "|", "=", "+", "~", "(": true
    default: FrenchText.isWhitespace(scalar)
    }
  }

  /// The range without edge whitespace and separators; nil when nothing remains.
  private static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper,
      isLeadingTrim(scalars[lower])
    {
      lower += 1
    }
    while upper > lower,
      isTrailingTrim(scalars[upper - 1])
    {
      upper -= 1
    }
    return lower < upper ? lower..<upper : nil
  }

  // MARK: - Sentences

  private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…": true
    default: false
    }
  }
  private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "»", "\"", "”", ")", "]", "’": true
    default: false
    }
  }
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
    default: false
    }
  }
  /// Abbreviations after which a period never ends a sentence (folded).
  private static let abbreviations: Set<String> = [
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "st", "ste", "cf", "ex", "art", "al",
    "p", "pp", "n", "no", "vol", "chap", "env", "fig", "av", "bd", "hab", "tel", "resp", "ibid",
    "op", "cit", "coll", "ed", "vs", "approx", "dept", "jr", "sr", "mgr", "c", "j",
  ]
  /// Abbreviations that may also end a sentence: they do when a capital follows.
  private static let sentenceFinalAbbreviations: Set<String> = ["etc"]

  static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      if isLineBreak(scalar) {
        if start < index { sentences.append(start..<index) }
        index += 1
        start = index
        continue
      }
      guard isTerminator(scalar) else {
        index += 1
        continue
      }
      var runEnd = index
      while runEnd < count, isTerminator(scalars[runEnd]) { runEnd += 1 }
      let end = endIncludingClosers(scalars, after: runEnd)
      if endsSentence(scalars, run: index..<runEnd, next: end) {
        sentences.append(start..<end)
        start = end
        index = end
      } else {
        index = runEnd
      }
    }
    if start < count { sentences.append(start..<count) }
    return sentences
  }

  /// Past any closing quotes or brackets right after a terminator (« fin. » » or « fin.) »).
  private static func endIncludingClosers(_ scalars: [Unicode.Scalar], after runEnd: Int) -> Int {
    var probe = runEnd
    while probe < scalars.count, isInlineSpace(scalars[probe]) { probe += 1 }
    guard probe < scalars.count, isCloser(scalars[probe]) else { return runEnd }
    // « ’ » after a space opens an elision more often than it closes a quote.
    if scalars[probe] == "’" && probe > runEnd { return runEnd }
    while probe < scalars.count, isCloser(scalars[probe]) { probe += 1 }
    return probe
  }

  private static func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
    FrenchText.isWhitespace(scalar) && !isLineBreak(scalar)
  }

  private static func endsSentence(_ scalars: [Unicode.Scalar], run: Range<Int>, next: Int) -> Bool {
    guard next < scalars.count else { return true }
    let isEllipsis = run.count > 1 || scalars[run.lowerBound] == "…"
    let isPeriod = !isEllipsis && scalars[run.lowerBound] == "."
    let word = wordBefore(scalars, run.lowerBound)
    let foldedWord = FrenchText.fold(word)
    let isAbbreviation =
      isPeriod
      && (abbreviations.contains(foldedWord)
        || (word.unicodeScalars.count == 1 && word.unicodeScalars.allSatisfy(FrenchText.isUppercase)))
    if !FrenchText.isWhitespace(scalars[next]) {
      // « fin.Début »: a period glued to a capital after a lower-case word still ends it.
      guard isPeriod, !isAbbreviation, FrenchText.isLetter(scalars[next]),
        FrenchText.isUppercase(scalars[next]), let last = word.unicodeScalars.last,
        FrenchText.isLetter(last), !FrenchText.isUppercase(last)
      else { return false }
      return true
    }
    var probe = next
    while probe < scalars.count, isInlineSpace(scalars[probe]) { probe += 1 }
    guard probe < scalars.count, !isLineBreak(scalars[probe]) else { return true }
    let following = scalars[probe]
    let followingIsLowercaseLetter =
      FrenchText.isLetter(following) && !FrenchText.isUppercase(following)
    if isAbbreviation { return false }
    if isPeriod && sentenceFinalAbbreviations.contains(foldedWord) {
      return !followingIsLowercaseLetter && !FrenchText.isDigit(following)
        && following != "(" && following != ","
    }
    // « … » and « ? » followed by lower case continue the sentence.
    if !isPeriod && followingIsLowercaseLetter { return false }
    return true
  }

  /// The letters just before `index` (« M » in « M. »), empty when none.
  private static func wordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> String {
    var start = index
    while start > 0, FrenchText.isLetter(scalars[start - 1]) { start -= 1 }
    return FrenchText.string(scalars, start..<index)
  }

  // MARK: - Clauses

  private struct Connector {
    var words: [String]
    /// Cut only after a comma, semicolon, colon, bracket or dash (adverbs used mid-clause).
    var needsSeparator: Bool
  }

  private static let connectors: [String: [Connector]] = {
    let free: [[String]] = [
      ["mais"], ["d", "autant", "que"], ["d", "autant", "plus", "que"], ["d", "autant", "qu"],
      ["d", "autant", "plus", "qu"], ["en", "revanche"], ["par", "contre"],
    ]
    let separated: [[String]] = [
      ["cependant"], ["toutefois"], ["neanmoins"], ["pourtant"], ["par", "ailleurs"],
      ["de", "plus"], ["en", "outre"], ["d", "un", "cote"], ["de", "l", "autre"],
      ["d", "une", "part"], ["d", "autre", "part"], ["alors", "que"], ["alors", "qu"],
      ["tandis", "que"], ["tandis", "qu"], ["meme", "si"], ["meme", "s"], ["sauf", "que"],
      ["sauf", "qu"], ["bien", "que"], ["bien", "qu"], ["or"],
    ]
    var table: [String: [Connector]] = [:]
    for words in free { table[words[0], default: []].append(Connector(words: words, needsSeparator: false)) }
    for words in separated {
      table[words[0], default: []].append(Connector(words: words, needsSeparator: true))
    }
    // Longest first, so « d'autant plus que » wins over « d'autant que ».
    return table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
  }()

  private static func isSeparatorBeforeConnector(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ";", ":", "(", "—", "–", "-": true
    default: false
    }
  }

  /// Scalar offsets where a new clause starts inside `sentence`.
  private static func clauseCuts(
    _ scalars: [Unicode.Scalar], sentence: Range<Int>, tokens: [FrenchText.Token]
  ) -> [Int] {
    var cuts: [Int] = []
    // « ; » always separates clauses; « : » does when a clause, not a quotation, follows.
    for index in sentence where scalars[index] == ";" || scalars[index] == ":" {
      let next = index + 1
      if scalars[index] == ":" {
        guard next < sentence.upperBound, FrenchText.isWhitespace(scalars[next]) else { continue }
        var probe = next
        while probe < sentence.upperBound, FrenchText.isWhitespace(scalars[probe]) { probe += 1 }
        if probe < sentence.upperBound, ["«", "\"", "“"].contains(scalars[probe]) { continue }
      }
      cuts.append(next)
    }
    var sawNonSeulement = false
    var tokenIndex = 1
    while tokenIndex < tokens.count {
      let key = tokens[tokenIndex].key
      if key == "seulement" && tokens[tokenIndex - 1].key == "non" { sawNonSeulement = true }
      guard let candidates = connectors[key],
        let connector = candidates.first(where: { matches($0.words, at: tokenIndex, scalars, tokens) })
      else {
        tokenIndex += 1
        continue
      }
      defer { tokenIndex += connector.words.count }
      if connector.words == ["mais"] && sawNonSeulement { continue }
      if connector.words == ["de", "plus"], tokenIndex + 2 < tokens.count,
        tokens[tokenIndex + 2].key == "en"
      {
        continue
      }
      var cutToken = tokenIndex
      // « et pourtant », « mais cependant »: the conjunction opens the clause too.
      if connector.words != ["mais"], ["et", "mais"].contains(tokens[tokenIndex - 1].key),
        onlySpaces(scalars, tokens[tokenIndex - 1].end..<tokens[tokenIndex].start), tokenIndex - 1 > 0
      {
        cutToken = tokenIndex - 1
      }
      let cut = tokens[cutToken].start
      if connector.needsSeparator && !followsSeparator(scalars, cut, sentenceStart: sentence.lowerBound) {
        continue
      }
      cuts.append(cut)
    }
    return cuts.sorted()
  }

  private static func matches(
    _ words: [String], at index: Int, _ scalars: [Unicode.Scalar], _ tokens: [FrenchText.Token]
  ) -> Bool {
    guard index + words.count <= tokens.count else { return false }
    for (offset, word) in words.enumerated() {
      let token = tokens[index + offset]
      guard token.key == word else { return false }
      if offset > 0 {
        let gap = tokens[index + offset - 1].end..<token.start
        guard
          gap.allSatisfy({ FrenchText.isWhitespace(scalars[$0]) || scalars[$0] == "'" || scalars[$0] == "’" })
        else { return false }
      }
    }
    return true
  }

  private static func onlySpaces(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    range.allSatisfy { FrenchText.isWhitespace(scalars[$0]) }
  }

  private static func followsSeparator(_ scalars: [Unicode.Scalar], _ index: Int, sentenceStart: Int) -> Bool
  {
    var probe = index - 1
    while probe >= sentenceStart, FrenchText.isWhitespace(scalars[probe]) { probe -= 1 }
    guard probe >= sentenceStart else { return false }
    return isSeparatorBeforeConnector(scalars[probe])
  }
}
