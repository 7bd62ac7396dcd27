/// Mends the spelling of a short label written by a small model: accents it left out, taken from
/// the words of the arguments it names (« Dependance » → « Dépendance »), and the elisions and
/// contractions French requires (« Outils de hébergement » → « Outils d'hébergement », « de le » →
/// « du »).
///
/// Only the arguments' own spelling is trusted for accents: a word the arguments never write
/// with an accent is left as the model wrote it.
enum LabelSpelling {
  static func respelled(_ label: String, from texts: [String]) -> String {
    elided(accented(label, from: texts))
  }

  /// Each word without a diacritic takes the accents of the arguments' words that begin like it:
  /// the whole word when the arguments write it (« Ecrans » → « Écrans »), or a word of five
  /// letters or more that begins it (« Dependance » from « dépend »). Acronyms (« IA ») are left
  /// alone.
  static func accented(_ label: String, from texts: [String]) -> String {
    let spellings = accentedSpellings(texts)
    guard !spellings.isEmpty else { return label }
    let scalars = Array(label.unicodeScalars)
    var output = String.UnicodeScalarView()
    var last = 0
    for token in FrenchText.tokens(scalars) {
      output.append(contentsOf: scalars[last..<token.start])
      let word = FrenchText.string(scalars, token.start..<token.end)
      if word.unicodeScalars.allSatisfy(\.isASCII), let spelling = respelling(word, from: spellings),
        let cased = casedLike(word, spelling)
      {
        output.append(contentsOf: cased.unicodeScalars)
      } else {
        output.append(contentsOf: word.unicodeScalars)
      }
      last = token.end
    }
    output.append(contentsOf: scalars[last...])
    return String(output)
  }

  /// The spelling of `word` (ASCII) with the accents of the accented word that begins it or that
  /// it begins, the longest, five letters at least; the more frequent on a tie. Nil when none.
  static func respelling(_ word: String, from spellings: [String: (spelling: String, count: Int)]) -> String?
  {
    let lowered = Array(word.lowercased())
    if let whole = spellings[String(lowered)] { return whole.spelling }
    var best: (length: Int, count: Int, spelling: String)?
    for (_, candidate) in spellings {
      let letters = Array(candidate.spelling)
      var length = 0
      while length < min(letters.count, lowered.count),
        FrenchText.fold(String(letters[length])) == String(lowered[length])
      {
        length += 1
      }
      // The whole of one word begins the other: « dépend » → « dépendance », but « réforme » gives
      // nothing to « reformulation ».
      guard length >= 5, length == letters.count || length == lowered.count,
        letters[..<length].contains(where: { !$0.isASCII })
      else { continue }
      if best.map({ (length, candidate.count) > ($0.length, $0.count) }) ?? true {
        best = (length, candidate.count, String(letters[..<length]) + String(lowered[length...]))
      }
    }
    return best?.spelling
  }

  /// Folded word → its most frequent lowercase spelling in the texts and how often it is written,
  /// for words some text writes with a diacritic.
  static func accentedSpellings(_ texts: [String]) -> [String: (spelling: String, count: Int)] {
    var counts: [String: [String: Int]] = [:]
    for text in texts {
      let scalars = Array(text.unicodeScalars)
      for token in FrenchText.tokens(scalars) where token.end - token.start >= 3 {
        let word = FrenchText.string(scalars, token.start..<token.end).lowercased()
        counts[token.key, default: [:]][word, default: 0] += 1
      }
    }
    var spellings: [String: (spelling: String, count: Int)] = [:]
    for (key, forms) in counts {
      guard let best = forms.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
        !best.key.unicodeScalars.allSatisfy(\.isASCII)
      else { continue }
      spellings[key] = (best.key, forms.values.reduce(0, +))
    }
    return spellings
  }

  /// `spelling` written in the case of `word`: lowercase, or capitalised; nil for a word in
  /// capitals (an acronym or a shout, left as written).
  static func casedLike(_ word: String, _ spelling: String) -> String? {
    let rest = word.dropFirst()
    guard rest.allSatisfy({ !$0.isUppercase }) else { return nil }
    guard let first = word.first, first.isUppercase else { return spelling }
    return spelling.prefix(1).uppercased() + spelling.dropFirst()
  }

  /// « de », « le », « la », « que », « ne », « se », « je » before a vowel or a mute h lose their
  /// vowel; « de le », « de les », « à le », « à les » contract.
  static func elided(_ label: String) -> String {
    var words = label.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    var index = 0
    while index + 1 < words.count {
      let word = words[index]
      let lowered = word.lowercased()
      if elidable.contains(lowered), startsWithVowelSound(words[index + 1]) {
        words[index] = String(word.dropLast()) + "'" + words[index + 1]
        words.remove(at: index + 1)
        continue
      }
      if let contracted = contractions[lowered + " " + words[index + 1].lowercased()] {
        let capitalised = word.first?.isUppercase == true
        words[index] = capitalised ? contracted.prefix(1).uppercased() + contracted.dropFirst() : contracted
        words.remove(at: index + 1)
        continue
      }
      index += 1
    }
    return words.joined(separator: " ")
  }

  static let elidable: Set<String> = ["de", "le", "la", "que", "ne", "se", "je", "me", "te"]
  static let contractions: [String: String] = ["de le": "du", "de les": "des", "à le": "au", "à les": "aux"]

  /// Words opened by a mute h (« l'hébergement », « l'heure »); an aspirate h (« le handicap »,
  /// « le harcèlement », « la hausse ») keeps its article, so only listed stems elide.
  static let muteH = [
    "habil", "habit", "harmon", "heberg", "hebdo", "herit", "hesit", "hetero", "heure", "histoi",
    "hiver", "homme", "homog", "honnet", "horair", "horizon", "hopit", "hote", "human", "humain", "humil",
    "hybrid", "hygien", "hypoth",
  ]

  static func startsWithVowelSound(_ word: String) -> Bool {
    let key = FrenchText.fold(word)
    guard let first = key.first else { return false }
    if "aeiou".contains(first) { return true }
    return first == "h" && muteH.contains { key.hasPrefix($0) }
  }
}
