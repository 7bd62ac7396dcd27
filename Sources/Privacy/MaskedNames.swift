import Foundation
import ObservatoireCore

/// The names masked in some answers of a consultation, looked for in all of its answers.
///
/// The masker reads each answer alone: a name it recognises in one answer by a title, an
/// « @ » or a signature can stand bare in another (« d'accord avec NADPERR »), and the export's
/// check (`OutputAuditor`) then finds it in the report. An import collects the names it masked
/// here and masks them wherever else they appear, so that what the answers hold and what the
/// check looks for are the same names, matched the same way (`PersonNameDetector.knownNameRuns`).
///
/// The names are kept in memory only, for the import; the project keeps their keyed
/// fingerprints (`MaskedValueFingerprint`).
public struct MaskedNames: Sendable {
  /// Folded words joined by a space, as `MaskedValueFingerprint` reads a name.
  private var runs: Set<String> = []
  /// The first folded word of each run: most words of a text are looked up here only.
  private var firstWords: Set<String> = []

  public init() {}

  public var isEmpty: Bool { runs.isEmpty }
  public var count: Int { runs.count }

  /// Adds a value the masker replaced by `[PERSONNE]`; values too short to look for without
  /// false alarms (fewer than three letters) or longer than four words are left out, as the
  /// export's check leaves them out.
  public mutating func insert(_ name: String) {
    guard let (run, first) = Self.run(of: name) else { return }
    runs.insert(run)
    firstWords.insert(first)
  }

  /// Whether `name`, read as `insert` reads it, is one of the names.
  public func contains(_ name: String) -> Bool {
    Self.run(of: name).map { runs.contains($0.run) } ?? false
  }

  private static func run(of name: String) -> (run: String, first: String)? {
    guard let words = PersonNameDetector.shared.foldedNameWords(of: name),
      words.count <= PersonNameDetector.knownNameMaximumWords
    else { return nil }
    return (words.joined(separator: " "), words[0])
  }

  public mutating func formUnion(_ other: MaskedNames) {
    runs.formUnion(other.runs)
    firstWords.formUnion(other.firstWords)
  }

  /// `text` with every occurrence of one of the names replaced by `[PERSONNE]` (confidence
  /// `elsewhere`), or nil when none occurs.
  public func masking(_ text: String) -> MaskedText? {
    guard !runs.isEmpty else { return nil }
    let ranges = PersonNameDetector.shared.knownNameRuns(
      in: text as NSString, startsWith: { firstWords.contains($0) }, isKnown: { runs.contains($0) })
    guard !ranges.isEmpty else { return nil }
    let detections = ranges.map { Detection(kind: .personne, range: $0, confidence: .elsewhere) }
    return PersonalDataMasker.replacing(detections, possible: [], in: text)
  }
}

extension PersonNameDetector {
  /// The longest run of words a name of `MaskedNames` or a fingerprint may span.
  static let knownNameMaximumWords = 4

  /// A masked value's words as names are read back from a text (the detector's tokens, folded),
  /// or nil for values too short to look for without false alarms (fewer than three letters).
  func foldedNameWords(of value: String) -> [String]? {
    let words = tokens(in: value as NSString).map(\.folded)
    return words.joined().count >= 3 ? words : nil
  }

  /// Runs of one to four words of `source`, separated by spaces, dots or hyphens, whose folded
  /// words joined by a space `isKnown` accepts; the longest run wins where runs overlap, and the
  /// placeholders already in the text are skipped. A run made only of common words (« Rose »,
  /// « Pierre ») must be capitalised word by word: the colour and the stone are not the name.
  /// `startsWith` filters the first word cheaply before any run is built.
  func knownNameRuns(
    in source: NSString, startsWith: (String) -> Bool = { _ in true }, isKnown: (String) -> Bool
  ) -> [NSRange] {
    let tokens = tokens(in: source)
    var ranges: [NSRange] = []
    var start = 0
    while start < tokens.count {
      defer { start += 1 }
      guard startsWith(tokens[start].folded), !isPlaceholder(tokens, start, in: source) else { continue }
      var words: [String] = []
      var longest: Int?
      for end in start..<min(start + Self.knownNameMaximumWords, tokens.count) {
        if end > start, !tokens[end].gapBefore.allSatisfy({ " .-\u{A0}".contains($0) }) { break }
        words.append(tokens[end].folded)
        let joined = words.joined(separator: " ")
        guard joined.count >= 3, isKnown(joined) else { continue }
        let run = tokens[start...end]
        if run.allSatisfy(\.isCapitalized) || run.contains(where: { !isCommonWord($0.folded) }) {
          longest = end
        }
      }
      guard let end = longest else { continue }
      let from = tokens[start].range.location
      ranges.append(
        NSRange(location: from, length: tokens[end].range.location + tokens[end].range.length - from))
      start = end
    }
    return ranges
  }

  /// A lowercase entry of the word lists; without the lists, no word is common, so that every
  /// occurrence of a name counts.
  func isCommonWord(_ folded: String) -> Bool {
    hasWordLists && lexicon.value(folded) & Self.commonWordBit != 0
  }

  /// Whether the token at `index` is the word of a placeholder (« [PERSONNE] »).
  private func isPlaceholder(_ tokens: [Token], _ index: Int, in source: NSString) -> Bool {
    let token = tokens[index]
    guard token.isAllCaps, token.gapBefore.hasSuffix("["),
      PersonalDataKind(rawValue: token.text) != nil
    else { return false }
    let after = token.range.location + token.range.length
    return after < source.length && source.character(at: after) == 0x5D  // « ] »
  }
}
