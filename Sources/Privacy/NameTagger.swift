import Foundation

/// A learned second opinion on person names, beside the rules of `PersonNameDetector`: an averaged
/// perceptron scores each word that could be part of a name from its shape, the word lists it
/// belongs to, and the words, classes and punctuation around it.
///
/// The rules are written from forms seen in the tuning sets; on the writing of an author they have
/// not met they miss names the tagger, trained on the same sets and on real answers weakly labelled
/// by the rules, still finds (docs/benchmarks/privacy.md). A word run the tagger scores above
/// `maskingThreshold` is masked; above `reviewThreshold`, listed as possible for a person to confirm.
///
/// Features are hashed to `1 << bucketBits` buckets; the weights come from
/// `Resources/etiqueteur-noms.txt`, written by `scripts/bench/pii_train_tagger.py` from the buckets the
/// harness computes with this very code (`scripts/bench/pii-harness.sh --features`), so training and
/// product never compute features apart.
struct NameTagger: Sendable {
  static let bucketBits = 18
  /// Changes whenever a feature changes: weights written for another version are refused.
  static let featureVersion = 1

  let weights: [Float]
  let maskingThreshold: Float
  let reviewThreshold: Float

  /// The bundled weights, nil when the file is missing or written for other features.
  static let bundled: NameTagger? = Bundle.module.url(
    forResource: "etiqueteur-noms", withExtension: "txt", subdirectory: "Resources"
  ).flatMap { try? NameTagger(contentsOf: $0) }

  init(weights: [Float], maskingThreshold: Float, reviewThreshold: Float) {
    self.weights = weights
    self.maskingThreshold = maskingThreshold
    self.reviewThreshold = reviewThreshold
  }

  /// Reads the weights file: a header line `version bits masking review`, then `bucket weight` lines.
  init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.split(separator: "\n").makeIterator()
    guard let header = lines.next()?.split(separator: " "), header.count == 4,
      Int(header[0]) == Self.featureVersion, Int(header[1]) == Self.bucketBits,
      let masking = Float(header[2]), let review = Float(header[3])
    else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path]) }
    var weights = [Float](repeating: 0, count: 1 << Self.bucketBits)
    while let line = lines.next() {
      let fields = line.split(separator: " ")
      guard fields.count == 2, let bucket = Int(fields[0]), bucket >= 0, bucket < weights.count,
        let weight = Float(fields[1])
      else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path]) }
      weights[bucket] = weight
    }
    self.init(weights: weights, maskingThreshold: masking, reviewThreshold: review)
  }

  func score(_ buckets: [UInt32]) -> Float {
    var total: Float = 0
    weights.withUnsafeBufferPointer { weights in
      for bucket in buckets { total += weights[Int(bucket)] }
    }
    return total
  }
}

extension PersonNameDetector {
  /// Whether the tagger looks at the word at all: a capitalised word of two letters or more, a word
  /// of the name lists, or a lowercase word no list or dictionary knows. Most words of an answer are
  /// none of these, and the tagger then costs nothing there.
  func isTaggerCandidate(_ index: Int, in tokens: [Token]) -> Bool {
    guard tokens[index].range.length >= 2 else { return false }
    // « Un parent m'a écrit »: a determiner or a pronoun opening a sentence; particles may be names.
    if tokens[index].classes.has(.stopwords), !tokens[index].classes.has(.particles) { return false }
    // « mon chat Gaston », « le manuel Nathan ».
    if index > 0, tokens[index - 1].classes.has(.beforeNamedThings) { return false }
    if tokens[index].isCapitalized, isPlaceBeforeADate(index, in: tokens) { return false }
    // « DALL·E », « Kwyk »: products the tagger took for surnames.
    if tokens[index].classes.has(.nonNames), Self.productsNotNames.contains(tokens[index].folded) {
      return false
    }
    // « Qualité : infirmière », « Fait à Rennes, le… »: a dictionary word opening its line before a
    // colon or a lowercase word is a label or a sentence's verb, unless a list gives it as a name.
    if tokens[index].isCapitalized, index + 1 < tokens.count,
      index == 0 || tokens[index].gapBefore.contains(where: \.isNewline),
      !tokens[index].classes.has(Self.taggerNameLists),
      tokens[index + 1].gapBefore.first(where: { $0 != " " }) == ":"
        || (tokens[index + 1].gapBefore == " " && !tokens[index + 1].isCapitalized
          && !tokens[index + 1].isAllCaps),
      isCommonWord(tokens[index])
    {
      return false
    }
    // A word in capitals is a surname beside words that are not (« LE DUFF Enora »), not in a
    // sentence written in capitals (« JE SUIS TOTALEMENT CONTRE »).
    if tokens[index].isAllCaps {
      return (index > 0 && !tokens[index - 1].isAllCaps)
        || (index + 1 < tokens.count && !tokens[index + 1].isAllCaps)
    }
    if tokens[index].isCapitalized {
      // A capital inside the word is a product's or an acronym's (« ObjectiveC », « CentOs »).
      return tokens[index].hasHyphen || !Self.hasCapitalInside(tokens[index].text)
    }
    if tokens[index].classes.has(Self.taggerNameLists) { return true }
    guard tokens[index].classes.isUnlisted, tokens[index].range.length >= 3 else { return false }
    return !tokens[index].isCommon
  }

  /// The hashed features of the word at `index` (a candidate), appended to `buckets`.
  func taggerFeatures(at index: Int, in tokens: [Token], into buckets: inout [UInt32]) {
    let shape = Self.taggerShape(tokens[index])
    // The lists the word belongs to, as bits 1...9 (9: none of them).
    var lex: UInt16 = 0
    let classes = tokens[index].classes
    if classes.has(Self.taggerGroups[0]) { lex |= 1 << 1 }
    if classes.has(Self.taggerGroups[2]) { lex |= 1 << 2 }
    if classes.has(.surnames) { lex |= 1 << 3 }
    if classes.has(.places) { lex |= 1 << 4 }
    if tokens[index].isCommon { lex |= 1 << 5 }
    if classes.has(Self.taggerGroups[3]) { lex |= 1 << 6 }
    if classes.has(Self.taggerTitlesAndRoles) { lex |= 1 << 7 }
    if classes.has(Self.taggerNonNames) { lex |= 1 << 8 }
    if lex == 0 { lex = 1 << 9 }
    let lexCode = UInt64(lex)
    let gap = Self.gapCode(tokens[index].gapBefore, isFirst: index == 0)
    let nextGap = index + 1 < tokens.count ? Self.stringHash(Self.gapPrefix(tokens[index + 1].gapBefore)) : 1
    let previousWord = index > 0 ? Self.stringHash(tokens[index - 1].folded) : 1
    let nextWord = index + 1 < tokens.count ? Self.stringHash(tokens[index + 1].folded) : 2
    let previousWord2 = index > 1 ? Self.stringHash(tokens[index - 2].folded) : 1
    func neighbour(_ j: Int) -> UInt64 {
      if j < 0 { return 1 }
      if j >= tokens.count { return 2 }
      return 16 + Self.neighbourClass(j, in: tokens)
    }
    let previousClass = neighbour(index - 1)
    let nextClass = neighbour(index + 1)
    func suffix(_ count: Int) -> UInt64 {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in tokens[index].folded.utf8.suffix(count) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return hash
    }
    // Overloads, not a variadic parameter: an array per feature would cost an allocation.
    func append(_ hash: UInt64) {
      buckets.append(UInt32(truncatingIfNeeded: Self.finalise(hash) >> UInt64(64 - NameTagger.bucketBits)))
    }
    func add(_ template: UInt64) { append(Self.mix(0x9e37_79b9_7f4a_7c15, template)) }
    func add(_ template: UInt64, _ a: UInt64) {
      append(Self.mix(Self.mix(0x9e37_79b9_7f4a_7c15, template), a))
    }
    func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) {
      append(Self.mix(Self.mix(Self.mix(0x9e37_79b9_7f4a_7c15, template), a), b))
    }
    func add(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
      append(Self.mix(Self.mix(Self.mix(Self.mix(0x9e37_79b9_7f4a_7c15, template), a), b), c))
    }
    add(1)
    add(2, shape)
    add(3, UInt64(min(tokens[index].range.length, 8)))
    add(4, suffix(3))
    add(5, suffix(2))
    add(6, gap)
    add(7, nextGap)
    add(8, previousWord)
    add(9, nextWord)
    add(10, previousWord2)
    add(11, previousClass)
    add(12, nextClass)
    add(13, neighbour(index - 2))
    add(14, neighbour(index + 2))
    for item in UInt64(1)...9 where lexCode & (1 << item) != 0 {
      add(15, item)
      add(16, shape, item)
    }
    add(17, previousWord, shape)
    add(18, gap, shape)
    add(19, previousClass, shape, lexCode)
    add(20, nextClass, shape, lexCode)
    if tokens[index].hasHyphen { add(21) }
    add(22, nextGap, shape)
  }

  /// Word runs the tagger finds among the words the rules left: (first, last, highest score).
  func taggerRuns(in tokens: [Token], covered: [Bool], tagger: NameTagger, keepsInstitutionNames: Bool)
    -> [(Int, Int, Float)]
  {
    var runs: [(Int, Int, Float)] = []
    var buckets: [UInt32] = []
    buckets.reserveCapacity(32)
    var current: (Int, Int, Float)?
    for index in tokens.indices {
      var score: Float = -.infinity
      if !covered[index], isTaggerCandidate(index, in: tokens),
        !(keepsInstitutionNames && isInInstitution(index, in: tokens))
      {
        buckets.removeAll(keepingCapacity: true)
        taggerFeatures(at: index, in: tokens, into: &buckets)
        score = tagger.score(buckets)
      }
      if score > tagger.reviewThreshold {
        if let run = current, run.1 == index - 1, Self.continuesName(tokens[index].gapBefore),
          tokens[index].gapBefore != ". " || tokens[index - 1].range.length == 1
        {
          current = (run.0, index, max(run.2, score))
        } else {
          if let run = current { runs.append(run) }
          current = (index, index, score)
        }
      }
    }
    if let run = current { runs.append(run) }
    return runs
  }

  static func continuesName(_ gap: String) -> Bool {
    gap == " " || gap == "-" || gap == "'" || gap == ". "
  }

  static func taggerShape(_ token: borrowing Token) -> UInt64 {
    token.isAllCaps ? 2 : (token.isCapitalized ? 1 : 0)
  }

  /// An upper-case letter after the first (« ObjectiveC »), read from the Latin table when it can.
  static func hasCapitalInside(_ text: String) -> Bool {
    for scalar in text.unicodeScalars.dropFirst() {
      let value = Int(scalar.value)
      if value < latinUppercase.count ? latinUppercase[value] : scalar.properties.isUppercase { return true }
    }
    return false
  }

  /// A neighbour's shape and lists, from the lexicon alone (no dictionary lookup).
  static func neighbourClass(_ index: Int, in tokens: [Token]) -> UInt64 {
    var code: UInt64 = tokens[index].isAllCaps ? 2 : (tokens[index].isCapitalized ? 1 : 0)
    let classes = tokens[index].classes
    for group in taggerGroups { code = code << 1 | (classes.has(group) ? 1 : 0) }
    return code
  }

  static let taggerNameLists: WordClass = [
    .firstNames, .surnames, .ambiguousFirstNames, .extendedFirstNames, .wordFirstNames,
  ]
  static let taggerTitlesAndRoles: WordClass = [
    .titles, .lowercaseTitles, .roles, .closeRoles, .kinship, .roleQualifiers,
  ]
  static let taggerNonNames: WordClass = [
    .nonNames, .institutionWords, .institutionFillers, .sentenceOpeners, .closings,
  ]
  /// The lists a neighbour is described by (`neighbourClass`); the first four describe the word too.
  static let taggerGroups: [WordClass] = [
    [.firstNames, .extendedFirstNames], [.surnames], [.ambiguousFirstNames, .wordFirstNames],
    [.stopwords, .articles, .determiners, .determinersBeforeThings, .particles],
    [.titles, .lowercaseTitles], [.roles, .closeRoles, .kinship, .roleQualifiers],
    [.nonNames, .institutionWords, .institutionFillers], [.places],
  ]

  /// The punctuation before a word, in a few classes: a line break, the end of a sentence, the last
  /// mark otherwise, a space; and whether a digit stands in it.
  static func gapCode(_ gap: String, isFirst: Bool) -> UInt64 {
    if isFirst && gap.isEmpty { return 4 }
    var hasLineBreak = false
    var hasDigit = false
    var last: UInt32?
    for scalar in gap.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x0D: hasLineBreak = true
      case 0x20, 0x09, 0xA0, 0x202F: break
      case 0x30...0x39:
        hasDigit = true
        last = scalar.value
      default: last = scalar.value
      }
    }
    var code: UInt64
    if hasLineBreak {
      code = 1
    } else if let last {
      code = last == 0x2E || last == 0x21 || last == 0x3F ? 2 : 10 + UInt64(last)
    } else {
      code = gap.isEmpty ? 5 : 3
    }
    if hasDigit { code += 1 << 32 }
    return code
  }

  /// The first two marks of the punctuation after a word (« , », « (6 », « . »).
  static func gapPrefix(_ gap: String) -> Substring {
    let trimmed = gap.drop { $0 == " " }
    return trimmed.prefix(2)
  }

  static func stringHash(_ text: some StringProtocol) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash | 1 << 63
  }

  @inline(__always) static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
    (hash ^ value) &* 0x100_0000_01b3 &+ 0x9e37_79b9
  }

  /// MurmurHash3's 64-bit finaliser: every input bit reaches the top bits, which pick the bucket.
  @inline(__always) static func finalise(_ value: UInt64) -> UInt64 {
    var h = value
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h = h &* 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return h
  }
}
