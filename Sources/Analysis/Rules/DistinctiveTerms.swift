import Foundation

/// Class-based TF-IDF (c-TF-IDF): the words that set one group of texts apart from the others.
///
/// Words are matched on a folded key (lower case, no accents, « élèves » folded onto « élève »
/// when both occur) and returned in their most frequent written form. Two content words that
/// follow each other form a bigram candidate (« données publiques »).
public enum DistinctiveTerms {
  /// One distinctive term of a group.
  public struct Term: Sendable, Hashable {
    /// Readable form (« élèves », « données publiques », « IA »).
    public var text: String
    /// Folded matching key (« eleve », « donnee publique »).
    public var key: String
    public var score: Double
    /// Occurrences in the group.
    public var count: Int
    /// A noun, or a noun and its adjective (« charte nationale »), as the consultation uses it.
    public var namesSomething = false
  }

  /// A label for each group from its most distinctive noun phrases, up to three (« Charte
  /// nationale et erreurs », not « Charte nationale et généraliser »); its three first terms
  /// when none names anything. A word of `question` alone never names a group: every answer
  /// speaks of it (« Fiches et IA », « Temps dédié et usage » for a question on the use of AI).
  public static func labels(forGroups groups: [[String]], excludingWordsOf question: String = "") -> [String]
  {
    let questionWords = Set(contentWords(question).map(\.key))
    func isQuestionWord(_ word: Substring) -> Bool {
      questionWords.contains(String(word)) || questionWords.contains(word + "s")
        || (word.hasSuffix("s") && questionWords.contains(String(word.dropLast())))
    }
    return scoredTop(9, forGroups: groups).map { all in
      // « Café IA », « usage raisonné » still say something of their own.
      let terms = Array(all.filter { !$0.key.split(separator: " ").allSatisfy(isQuestionWord) }.prefix(6))
      let nouns = terms.filter(\.namesSomething)
      return label(from: (nouns.isEmpty ? Array(terms.prefix(3)) : nouns).map(\.text))
    }
  }

  /// c-TF-IDF: for each group of texts (one group per theme), its `count` most distinctive
  /// terms against the other groups (French stop words removed, case and accents folded for
  /// matching but returned in a readable surface form, light plural folding, bigrams allowed).
  public static func top(_ count: Int, forGroups groups: [[String]]) -> [[String]] {
    scoredTop(count, forGroups: groups).map { $0.map(\.text) }
  }

  /// A short French label from those terms, e.g. « Triche, devoirs et évaluation ».
  /// The label of a group without any distinctive term.
  public static let noLabel = "Thème sans libellé"

  public static func label(from terms: [String]) -> String {
    var seen: Set<String> = []
    var kept: [String] = []
    for term in terms {
      let trimmed = term.trimmingWhitespace()
      guard !trimmed.isEmpty, seen.insert(FrenchText.fold(trimmed)).inserted else { continue }
      kept.append(trimmed)
      if kept.count == 3 { break }
    }
    guard let first = kept.first else { return noLabel }
    kept[0] = first.prefix(1).uppercased() + first.dropFirst()
    if kept.count == 1 { return kept[0] }
    return kept.dropLast().joined(separator: ", ") + " et " + kept[kept.count - 1]
  }

  /// Share of a word's occurrences a bigram must cover to stand for it.
  static let bigramShare = 0.3

  /// `top` with scores and counts.
  public static func scoredTop(_ count: Int, forGroups groups: [[String]]) -> [[Term]] {
    guard count > 0 else { return groups.map { _ in [] } }
    let documents = groups.map { $0.map(contentWords) }
    let pluralFold = pluralFolding(documents)

    var counts: [[String: Int]] = Array(repeating: [:], count: groups.count)
    var lengths: [Int] = Array(repeating: 0, count: groups.count)
    var forms: [String: [String: Int]] = [:]
    var usage: [String: WordUsage] = [:]
    for (group, texts) in documents.enumerated() {
      for words in texts {
        var previous: (key: String, form: String, end: Int)?
        for word in words {
          let key = pluralFold[word.key] ?? word.key
          usage[key, default: WordUsage()].record(word)
          counts[group][key, default: 0] += 1
          lengths[group] += 1
          forms[key, default: [:]][word.form, default: 0] += 1
          if let previous, previous.end == word.start {
            let bigram = previous.key + " " + key
            counts[group][bigram, default: 0] += 1
            forms[bigram, default: [:]][previous.form + word.separator + word.form, default: 0] += 1
          }
          previous = (key, word.form, word.end)
        }
      }
    }
    var totals: [String: Int] = [:]
    for groupCounts in counts {
      for (key, value) in groupCounts { totals[key, default: 0] += value }
    }
    let totalLength = lengths.reduce(0, +)
    let averageLength = Double(totalLength) / Double(max(groups.count, 1))
    let surfaces = forms.mapValues { variants in
      variants.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }

    return counts.enumerated().map { group, groupCounts in
      let length = max(lengths[group], 1)
      let otherLength = totalLength - lengths[group]
      let minimumCount = groups[group].count > 1 ? 2 : 1
      var ranked: [(term: Term, distinctive: Bool)] = []
      for (key, value) in groupCounts {
        let isBigram = key.contains(" ")
        guard value >= (isBigram ? 2 : minimumCount) else { continue }
        let total = totals[key] ?? value
        let score = Double(value) / Double(length) * log(1 + averageLength / Double(total))
        // More frequent here than in the other groups, relative to their sizes.
        let distinctive =
          otherLength == 0
          || Double(value) / Double(length) > Double(total - value) / Double(otherLength)
        ranked.append(
          (Term(text: surfaces[key] ?? key, key: key, score: score, count: value), distinctive))
      }
      ranked.sort {
        if $0.distinctive != $1.distinctive { return $0.distinctive }
        if $0.term.score != $1.term.score { return $0.term.score > $1.term.score }
        return $0.term.key < $1.term.key
      }
      // The most frequent distinctive bigram of each word: it replaces the word when it
      // accounts for a good share of the word's uses (« logiciels libres » for « libre »).
      var bigramOf: [Substring: Term] = [:]
      for (term, distinctive) in ranked where distinctive && term.key.contains(" ") {
        for word in term.key.split(separator: " ") {
          if let current = bigramOf[word],
            current.count > term.count || (current.count == term.count && current.key < term.key)
          {
            continue
          }
          bigramOf[word] = term
        }
      }
      var chosen: [Term] = []
      var usedWords: Set<Substring> = []
      // Distinctive noun phrases first (« données personnelles », « charte nationale »), then
      // the other terms in their order: a label reads as what the theme is about, not as
      // « teste prudemment » or « fréquentes ».
      let passes: [(Term, Bool) -> Bool] = [
        { term, distinctive in distinctive && Self.namesSomething(term.key, usage: usage) },
        { _, _ in true },
      ]
      for accepts in passes where chosen.count < count {
        for (candidate, distinctive) in ranked {
          var term = candidate
          if !term.key.contains(" "), let bigram = bigramOf[Substring(term.key)],
            Double(bigram.count) >= bigramShare * Double(term.count)
          {
            term = bigram
          }
          let words = term.key.split(separator: " ")
          // « données publiques » and « données » would say the same thing twice.
          guard accepts(term, distinctive), words.allSatisfy({ !usedWords.contains($0) }) else { continue }
          term.namesSomething = Self.namesSomething(term.key, usage: usage)
          chosen.append(term)
          usedWords.formUnion(words)
          if chosen.count == count { break }
        }
      }
      return chosen
    }
  }

  /// Whether a term names a thing: a noun alone, or a noun and the word after it (« temps
  /// dédié »), judged by how the consultation itself uses each word.
  static func namesSomething(_ key: String, usage: [String: WordUsage]) -> Bool {
    let words = key.split(separator: " ").map(String.init)
    guard let head = words.first, usage[head]?.isNounLike == true else { return false }
    return words.dropFirst().allSatisfy { word in
      guard let wordUsage = usage[word] else { return true }
      return wordUsage.canFollowANoun && !Self.readsAsPluralVerb(word, usage)
    }
  }

  /// « restent », « apprennent »: an « -ent » word never seen after a determiner nor as an
  /// adjective (« est pertinent », « très différent ») is taken for a verb; the noun before it
  /// is then its subject (« élèves apprennent »), not a thing with its quality.
  static func readsAsPluralVerb(_ key: String, _ usage: [String: WordUsage]) -> Bool {
    guard key.hasSuffix("ent"), !key.hasSuffix("ment"), let wordUsage = usage[key] else { return false }
    return wordUsage.afterDeterminer == 0 && wordUsage.asAdjective == 0
  }

  /// How a word is used across the whole consultation, read from its neighbours: after a
  /// determiner it is a noun (« les écrans »); after a subject pronoun or « ne », or before
  /// « pas », a verb (« je teste », « n'apprennent pas »). French has no reliable ending for
  /// either, and no tagger ships here; the answers themselves are the evidence.
  struct WordUsage {
    var afterDeterminer = 0
    var asVerb = 0
    /// After « est », « sont » or a degree word (« très pertinent »).
    var asAdjective = 0
    var endsLikeAnAdverb = false

    mutating func record(_ word: Word) {
      if let previous = word.previousToken {
        if Self.determiners.contains(previous) { afterDeterminer += 1 }
        if Self.subjectsAndNegation.contains(previous) { asVerb += 1 }
        if Self.copulasAndDegrees.contains(previous) { asAdjective += 1 }
      }
      if let next = word.nextToken, next == "pas" || next == "jamais" { asVerb += 1 }
      endsLikeAnAdverb = word.key.hasSuffix("ment")
    }

    var isNounLike: Bool { afterDeterminer > 0 && afterDeterminer >= asVerb }
    /// An adjective or a participle (« personnelles », « dédié »), not a verb or an adverb.
    var canFollowANoun: Bool {
      asVerb <= afterDeterminer && !(endsLikeAnAdverb && afterDeterminer == 0)
    }

    static let determiners: Set<String> = [
      "le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "mon", "ma", "mes", "ton", "ta",
      "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet",
      "cette", "ces", "chaque", "plusieurs", "quelques", "certains", "certaines", "aucun", "aucune",
    ]
    static let copulasAndDegrees: Set<String> = [
      "est", "sont", "etait", "sera", "serait", "tres", "trop", "assez", "si", "plus", "moins", "peu",
      "aussi", "vraiment", "parfois", "souvent", "toujours", "bien",
    ]
    static let subjectsAndNegation: Set<String> = [
      "je", "j", "tu", "il", "ils", "elle", "elles", "on", "nous", "vous", "ne", "n", "se", "s",
      "me", "m", "te",
    ]
  }

  // MARK: - Words

  struct Word {
    var key: String
    var form: String
    var start: Int
    var end: Int
    /// What joins this word to the previous one in a bigram (« » or « - »).
    var separator: String
    /// The folded token just before and just after, stop words included (nil at the edges).
    var previousToken: String? = nil
    var nextToken: String? = nil
  }

  /// The content words of a text, each with `start == previous.end` when it directly follows
  /// a content word (only spaces or a hyphen between them), so bigrams can be read off.
  static func contentWords(_ text: String) -> [Word] {
    let scalars = Array(text.unicodeScalars)
    let tokens = FrenchText.tokens(scalars)
    var words: [Word] = []
    var previousEnd: Int?
    var previousWasContent = false
    for (position, token) in tokens.enumerated() {
      let gap = (previousEnd ?? token.start)..<token.start
      let gapIsSpace = gap.allSatisfy { FrenchText.isWhitespace(scalars[$0]) }
      let gapIsHyphen = gap.count == 1 && scalars[gap.lowerBound] == "-"
      let follows = previousWasContent && previousEnd != nil && (gapIsSpace || gapIsHyphen)
      defer { previousEnd = token.end }
      let isPlaceholder =
        token.start > 0 && scalars[token.start - 1] == "[" && token.end < scalars.count
        && scalars[token.end] == "]"
      guard token.key.unicodeScalars.count >= 2, !isPlaceholder,
        !token.key.unicodeScalars.allSatisfy(FrenchText.isDigit),
        !FrenchStopWords.words.contains(token.key)
      else {
        previousWasContent = false
        continue
      }
      let original = FrenchText.string(scalars, token.start..<token.end)
      let isAcronym = original.unicodeScalars.allSatisfy {
        FrenchText.isUppercase($0) || FrenchText.isDigit($0)
      }
      // A capital inside a sentence is a proper noun (« France », « État »): it stays.
      let isProperNoun =
        original.unicodeScalars.first.map(FrenchText.isUppercase) == true
        && !Self.opensASentence(scalars, at: token.start)
      let form = isAcronym || isProperNoun ? original : original.lowercased()
      let start = follows ? words[words.count - 1].end : -1 - words.count
      words.append(
        Word(
          key: token.key, form: form, start: start, end: token.end, separator: gapIsHyphen ? "-" : " ",
          previousToken: position > 0 ? tokens[position - 1].key : nil,
          nextToken: position + 1 < tokens.count ? tokens[position + 1].key : nil))
      previousWasContent = true
    }
    return words
  }

  /// Whether the word at `index` is the first of the text or follows end punctuation.
  static func opensASentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var position = index - 1
    while position >= 0,
      FrenchText.isWhitespace(scalars[position]) || "«\"'(-–—".unicodeScalars.contains(scalars[position])
    {
      position -= 1
    }
    return position < 0 || ".!?…:;\n".unicodeScalars.contains(scalars[position])
  }

  /// « eleves » → « eleve » (and « jeux » → « jeu ») when the singular also occurs.
  private static func pluralFolding(_ documents: [[[Word]]]) -> [String: String] {
    var vocabulary: Set<String> = []
    for texts in documents { for words in texts { for word in words { vocabulary.insert(word.key) } } }
    var folding: [String: String] = [:]
    for key in vocabulary where key.count >= 4 && (key.hasSuffix("s") || key.hasSuffix("x")) {
      let singular = String(key.dropLast())
      if vocabulary.contains(singular) { folding[key] = singular }
    }
    return folding
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    let scalars = Array(unicodeScalars)
    var lower = 0
    var upper = scalars.count
    while lower < upper, FrenchText.isWhitespace(scalars[lower]) { lower += 1 }
    while upper > lower, FrenchText.isWhitespace(scalars[upper - 1]) { upper -= 1 }
    return FrenchText.string(scalars, lower..<upper)
  }
}
