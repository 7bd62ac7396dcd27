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

/// One masked item: what it was and where its placeholder now lies.
public struct PersonalDataFinding: Sendable, Hashable {
  public var kind: PersonalDataKind
  public var original: String
  /// In the masked text: the span of the placeholder (Unicode scalar offsets).
  public var span: TextSpan
  public init(kind: PersonalDataKind, original: String, span: TextSpan) {
    self.kind = kind
    self.original = original
    self.span = span
  }
}

public struct MaskedText: Sendable, Hashable {
  public var text: String
  public var findings: [PersonalDataFinding]
  public init(text: String, findings: [PersonalDataFinding]) {
    self.text = text
    self.findings = findings
  }
}

public struct MaskingOptions: Sendable, Hashable {
  /// Kinds to detect; the others are left in the text.
  public var kinds: Set<PersonalDataKind>
  /// Keeps person names that name an institution (« lycée Victor Hugo », « rue Jean Jaurès »).
  public var keepsInstitutionNames: Bool
  public init(
    kinds: Set<PersonalDataKind> = Set(PersonalDataKind.allCases), keepsInstitutionNames: Bool = true
  ) {
    self.kinds = kinds
    self.keepsInstitutionNames = keepsInstitutionNames
  }
}

/// Detects personal data in free text and replaces it with typed placeholders (`[EMAIL]`…).
public struct PersonalDataMasker: Sendable {
  public let options: MaskingOptions

  public init(options: MaskingOptions = .init()) {
    self.options = options
  }

  public func mask(_ text: String) -> MaskedText {
    let candidates = detect(in: text)
    guard !candidates.isEmpty else { return MaskedText(text: text, findings: []) }
    let source = text as NSString
    var output = ""
    var outputScalars = 0
    var findings: [PersonalDataFinding] = []
    var cursor = 0
    for candidate in candidates {
      let before = source.substring(
        with: NSRange(location: cursor, length: candidate.range.location - cursor))
      output += before
      outputScalars += before.unicodeScalars.count
      let placeholder = candidate.kind.placeholder
      let span = TextSpan(start: outputScalars, end: outputScalars + placeholder.unicodeScalars.count)
      output += placeholder
      outputScalars = span.end
      findings.append(
        PersonalDataFinding(
          kind: candidate.kind, original: source.substring(with: candidate.range), span: span))
      cursor = candidate.range.location + candidate.range.length
    }
    output += source.substring(from: cursor)
    return MaskedText(text: output, findings: findings)
  }

  /// Non-overlapping detections sorted by position; earlier kinds in `PatternDetectors.order` win overlaps.
  func detect(in text: String) -> [Detection] {
    let source = text as NSString
    let prerequisites = PatternDetectors.Prerequisites(text)
    var all: [Detection] = []
    for kind in PatternDetectors.order where options.kinds.contains(kind) && prerequisites.allows(kind) {
      if kind == .personne {
        all += PersonNameDetector.shared.detect(
          in: source, keepsInstitutionNames: options.keepsInstitutionNames)
      } else {
        all += PatternDetectors.detect(kind, in: source)
      }
    }
    var accepted: [Detection] = []
    for detection in all {
      let overlaps = accepted.contains { NSIntersectionRange($0.range, detection.range).length > 0 }
      if !overlaps { accepted.append(detection) }
    }
    return accepted.sorted { $0.range.location < $1.range.location }
  }
}

struct Detection: Sendable {
  var kind: PersonalDataKind
  /// UTF-16 range in the input.
  var range: NSRange
}
