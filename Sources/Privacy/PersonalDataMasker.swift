import Foundation
import ObservatoireCore

/// The kinds of personal data the masker replaces, named as their placeholders read.
public enum PersonalDataKind: String, Sendable, CaseIterable, Codable {
  case personne = "PERSONNE"
  case email = "EMAIL"
  case telephone = "TELEPHONE"
  case nir = "NIR"
  case iban = "IBAN"
  case uai = "UAI"
  case url = "URL"
  case adresse = "ADRESSE"

  public var placeholder: String { "[\(rawValue)]" }
}

/// What a finding rests on, strongest first. Every level but `possible` is masked: privacy errs
/// on the respondent's side, and a wrong check digit never lets an identifier through.
public enum FindingConfidence: String, Sendable, Codable, CaseIterable {
  /// The identifier's check digits or letter are right (NIR, IBAN, UAI).
  case checksum
  /// A name from the bundled lists.
  case list
  /// The shape of an identifier or address, without a checksum or with a wrong one.
  case shape
  /// A name found by its context: a title, a role, a cue, a signature.
  case context
  /// A name the learned tagger scored above its masking threshold, where no rule applied.
  case learned
  /// A person confirmed it (`MaskingOptions.confirmed`).
  case confirmed
  /// Masked in another answer of the same consultation (`MaskedNames`).
  case elsewhere
  /// Below the masking threshold: listed for review, not masked.
  case possible
}

/// One masked item: what it was and where its placeholder now lies.
public struct PersonalDataFinding: Sendable, Hashable {
  public var kind: PersonalDataKind
  public var original: String
  /// In the masked text: the span of the placeholder (Unicode scalar offsets).
  public var span: TextSpan
  public var confidence: FindingConfidence
  public init(
    kind: PersonalDataKind, original: String, span: TextSpan, confidence: FindingConfidence = .shape
  ) {
    self.kind = kind
    self.original = original
    self.span = span
    self.confidence = confidence
  }
}

/// Something that may be personal data but falls below the masking threshold (e.g. a capitalised
/// word outside the name lists after « avec »): left in the text, listed for a person to confirm.
public struct PossibleFinding: Sendable, Hashable {
  /// Stable across imports (`identifier(kind:text:)`): a confirmation names it.
  public var id: String
  public var kind: PersonalDataKind
  public var original: String
  /// In the masked text: where the unmasked value lies (Unicode scalar offsets).
  public var span: TextSpan

  public init(kind: PersonalDataKind, original: String, span: TextSpan) {
    self.id = Self.identifier(kind: kind, text: original)
    self.kind = kind
    self.original = original
    self.span = span
  }

  /// « P » and eight hexadecimal digits of FNV-1a over the kind and the case- and
  /// accent-folded text: the same word gets the same identifier in every import, and the
  /// identifier alone does not reveal the word.
  public static func identifier(kind: PersonalDataKind, text: String) -> String {
    identifier(kind: kind, folded: PersonNameDetector.fold(text))
  }

  /// The identifier of a word already folded as `PersonNameDetector.fold` folds it.
  static func identifier(kind: PersonalDataKind, folded: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (kind.rawValue + ":" + folded).utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let hex = String(hash >> 32, radix: 16, uppercase: true)
    return "P" + String(repeating: "0", count: 8 - hex.count) + hex
  }
}

public struct MaskedText: Sendable, Hashable {
  public var text: String
  public var findings: [PersonalDataFinding]
  /// Below the threshold, still in `text`: for review.
  public var possible: [PossibleFinding]
  public init(text: String, findings: [PersonalDataFinding], possible: [PossibleFinding] = []) {
    self.text = text
    self.findings = findings
    self.possible = possible
  }

  /// Up to `radius` characters of the masked text either side of `span`, on one line.
  public func context(of span: TextSpan, radius: Int = 40) -> String {
    let scalars = Array(text.unicodeScalars)
    let from = max(0, span.start - radius)
    let to = min(scalars.count, span.end + radius)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[from..<to])
    let line = String(view).replacingOccurrences(of: "\n", with: " ")
    return (from > 0 ? "…" : "") + line + (to < scalars.count ? "…" : "")
  }
}

public struct MaskingOptions: Sendable, Hashable {
  /// Kinds to detect; the others are left in the text.
  public var kinds: Set<PersonalDataKind>
  /// Keeps person names that name an institution (« lycée Victor Hugo », « rue Jean Jaurès »).
  public var keepsInstitutionNames: Bool
  /// Identifiers of possible findings a person confirmed (`PossibleFinding.id`): masked wherever
  /// the word appears.
  public var confirmed: Set<String>
  public init(
    kinds: Set<PersonalDataKind> = Set(PersonalDataKind.allCases), keepsInstitutionNames: Bool = true,
    confirmed: Set<String> = []
  ) {
    self.kinds = kinds
    self.keepsInstitutionNames = keepsInstitutionNames
    self.confirmed = confirmed
  }
}

/// Detects personal data in free text and replaces it with typed placeholders (`[EMAIL]`…).
public struct PersonalDataMasker: Sendable {
  public let options: MaskingOptions

  public init(options: MaskingOptions = .init()) {
    self.options = options
  }

  /// Loads the name and word lists now rather than when the first answer needs them (about a
  /// third of a second): a caller with other work first, such as reading an export, can load them
  /// meanwhile on another thread.
  public static func loadLists() { _ = PersonNameDetector.shared }

  public func mask(_ text: String) -> MaskedText {
    let (candidates, possible) = detectAll(in: text)
    guard !candidates.isEmpty || !possible.isEmpty else { return MaskedText(text: text, findings: []) }
    return Self.replacing(candidates, possible: possible, in: text)
  }

  /// `text` with `candidates` replaced by their placeholders and `possible` left in, each
  /// recorded with its span in the result. The detections do not overlap.
  static func replacing(_ candidates: [Detection], possible: [Detection], in text: String) -> MaskedText {
    // The text is cut at its UTF-16 offsets by walking forward from the last cut: `NSString`'s
    // substrings of a Swift string cost a transcoding each. Cut as scalars, not characters: a
    // name may end before a combining mark (« Dupont » + U+0301), where a `String` slice would
    // round the cut down to the character's start.
    let utf16 = text.utf16
    let scalars = text.unicodeScalars
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var outputScalars = 0
    var findings: [PersonalDataFinding] = []
    var possibleFindings: [PossibleFinding] = []
    var cursor = text.startIndex
    var cursorOffset = 0
    let all = (candidates + possible).sorted { $0.range.location < $1.range.location }
    for candidate in all {
      let start = utf16.index(cursor, offsetBy: candidate.range.location - cursorOffset)
      let end = utf16.index(start, offsetBy: candidate.range.length)
      // Appended as UTF-8 and counted from its lead bytes: appending scalar by scalar was a
      // tenth of the masker's time.
      let before = Substring(scalars[cursor..<start])
      output += before
      outputScalars += Self.scalarCount(before)
      let original = String(Substring(scalars[start..<end]))
      if candidate.confidence == .possible {
        let span = TextSpan(start: outputScalars, end: outputScalars + original.unicodeScalars.count)
        output += original
        outputScalars = span.end
        possibleFindings.append(PossibleFinding(kind: candidate.kind, original: original, span: span))
      } else {
        let placeholder = candidate.kind.placeholder
        let span = TextSpan(start: outputScalars, end: outputScalars + placeholder.unicodeScalars.count)
        output += placeholder
        outputScalars = span.end
        findings.append(
          PersonalDataFinding(
            kind: candidate.kind, original: original, span: span, confidence: candidate.confidence))
      }
      cursor = end
      cursorOffset = candidate.range.location + candidate.range.length
    }
    output += Substring(scalars[cursor...])
    return MaskedText(text: output, findings: findings, possible: possibleFindings)
  }

  /// The number of Unicode scalars in `text`: its UTF-8 bytes that are not continuation bytes.
  static func scalarCount(_ text: Substring) -> Int {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    } ?? text.unicodeScalars.count
  }

  /// Non-overlapping detections sorted by position; earlier kinds in `PatternDetectors.order` win overlaps.
  func detect(in text: String) -> [Detection] { detectAll(in: text).masked }

  /// Masked detections, and the possible ones that overlap none of them; a possible finding a
  /// person confirmed is masked.
  func detectAll(in text: String) -> (masked: [Detection], possible: [Detection]) {
    let source = text as NSString
    let prerequisites = PatternDetectors.Prerequisites(text)
    var all: [Detection] = []
    var possible: [Detection] = []
    for kind in PatternDetectors.order where options.kinds.contains(kind) && prerequisites.allows(kind) {
      if kind == .personne {
        let found = PersonNameDetector.shared.detect(
          in: source, keepsInstitutionNames: options.keepsInstitutionNames, confirmed: options.confirmed)
        all += found.masked
        possible = found.possible
      } else {
        all += PatternDetectors.detect(kind, in: source, prerequisites: prerequisites)
      }
    }
    var accepted: [Detection] = []
    for var detection in all {
      // An address read backwards from its postcode may begin on an identifier's line (« … 92 / 217
      // rue Marie Curie 80000 AMIENS »): it keeps what comes after the identifier.
      if detection.kind == .adresse,
        let end = accepted.filter({ NSIntersectionRange($0.range, detection.range).length > 0 })
          .map({ $0.range.location + $0.range.length }).max(),
        end < detection.range.location + detection.range.length,
        accepted.allSatisfy({ $0.range.location + $0.range.length <= end || $0.range.location >= end })
      {
        detection.range = PatternDetectors.trimmingLeadingSeparators(
          NSRange(location: end, length: detection.range.location + detection.range.length - end), in: source)
      }
      let overlaps = accepted.contains { NSIntersectionRange($0.range, detection.range).length > 0 }
      if !overlaps, detection.range.length > 0 { accepted.append(detection) }
    }
    var review: [Detection] = []
    for detection in possible {
      guard !accepted.contains(where: { NSIntersectionRange($0.range, detection.range).length > 0 }) else {
        continue
      }
      review.append(detection)
    }
    return (accepted.sorted { $0.range.location < $1.range.location }, review)
  }
}

struct Detection: Sendable {
  var kind: PersonalDataKind
  /// UTF-16 range in the input.
  var range: NSRange
  var confidence: FindingConfidence = .shape
}
