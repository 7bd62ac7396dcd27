import Crypto
import Foundation

/// What the masker did to a whole import, for a person to review: every masked value's kind,
/// confidence and context (the value itself hidden by its placeholder), and the possible findings
/// below the masking threshold, grouped by identifier, with the value shown so that it can be judged.
///
/// Filled answer by answer (`record(_:)`), from any thread through `PrivacyReviewCollector`.
public struct PrivacyReview: Sendable {
  public struct Masked: Sendable, Hashable {
    public var kind: PersonalDataKind
    public var confidence: FindingConfidence
    /// The masked answer around the placeholder.
    public var context: String
  }

  public struct Possible: Sendable, Hashable {
    public var id: String
    public var kind: PersonalDataKind
    public var original: String
    public var occurrences: Int
    /// The first few contexts (masked answer, the possible value left in).
    public var contexts: [String]
  }

  /// Masked values listed one by one, up to `maskedLimit`; `maskedCounts` counts them all.
  public private(set) var masked: [Masked] = []
  public private(set) var maskedCounts: [PersonalDataKind: Int] = [:]
  public private(set) var possible: [String: Possible] = [:]
  /// Identifiers of confirmed possible findings that masked at least one word in this import.
  public private(set) var confirmedSeen: Set<String> = []
  public let maskedLimit: Int

  public init(maskedLimit: Int = 20_000) {
    self.maskedLimit = maskedLimit
  }

  public mutating func record(_ text: MaskedText) {
    for finding in text.findings {
      maskedCounts[finding.kind, default: 0] += 1
      if finding.confidence == .confirmed {
        confirmedSeen.insert(PossibleFinding.identifier(kind: finding.kind, text: finding.original))
      }
      if masked.count < maskedLimit {
        masked.append(
          Masked(kind: finding.kind, confidence: finding.confidence, context: text.context(of: finding.span)))
      }
    }
    for finding in text.possible {
      var entry =
        possible[finding.id]
        ?? Possible(
          id: finding.id, kind: finding.kind, original: finding.original, occurrences: 0, contexts: [])
      entry.occurrences += 1
      if entry.contexts.count < 3 { entry.contexts.append(text.context(of: finding.span)) }
      possible[finding.id] = entry
    }
  }

  /// Drops the possible findings `isMasked` says were masked after all.
  mutating func removePossible(where isMasked: (Possible) -> Bool) {
    possible = possible.filter { !isMasked($0.value) }
  }

  /// The review as plain text in French, for the terminal or a file.
  public func renderFR(source: String, importCommand: String) -> String {
    var lines = ["Rapport de confidentialité — \(source)", ""]
    let total = maskedCounts.values.reduce(0, +)
    let byKind = maskedCounts.sorted { $0.key.rawValue < $1.key.rawValue }.map {
      "\($0.key.rawValue) \($0.value)"
    }
    lines.append(
      "Valeurs masquées : \(total)" + (byKind.isEmpty ? "." : " (" + byKind.joined(separator: ", ") + ")."))
    lines.append("La valeur masquée n'est jamais affichée : son contexte montre l'emplacement [TYPE].")
    lines.append(
      "Confiance : somme de contrôle = identifiant dont la clé est juste ; liste = nom connu ; forme = "
        + "identifiant ou adresse reconnu à sa forme (clé fausse comprise) ; contexte = nom repéré par un "
        + "titre, un rôle ou une signature ; confirmé = confirmé par une personne ; masqué dans une autre réponse = "
        + "nom masqué ailleurs dans la consultation, masqué ici aussi.")
    lines.append("")
    for (index, item) in masked.enumerated() {
      lines.append(
        "\(index + 1). \(item.kind.rawValue) (\(Self.confidenceFR(item.confidence))) : \(item.context)")
    }
    if total > masked.count {
      let rest = total - masked.count
      lines.append(
        rest == 1
          ? "… et 1 autre valeur masquée, non listée." : "… et \(rest) autres valeurs masquées, non listées.")
    }
    lines.append("")
    let review = possible.values.sorted { ($0.occurrences, $1.id) > ($1.occurrences, $0.id) }
    if review.isEmpty {
      lines.append("À vérifier : aucune donnée possible sous le seuil de masquage.")
    } else {
      lines.append(
        "À vérifier : "
          + (review.count == 1
            ? "1 valeur possible, laissée en clair" : "\(review.count) valeurs possibles, laissées en clair")
          + " (sous le seuil de masquage).")
      for item in review {
        lines.append(
          "\(item.id)  \(item.kind.rawValue)  « \(item.original) »  (\(item.occurrences) fois) : "
            + item.contexts.joined(separator: " | "))
      }
      lines.append("")
      lines.append(
        review.count == 1
          ? "Pour la masquer si c'est une donnée personnelle, réimportez en la confirmant :"
          : "Pour masquer celles qui sont des données personnelles, réimportez en les confirmant :")
      lines.append(
        "  \(importCommand) --confirm-masking " + review.prefix(3).map(\.id).joined(separator: ","))
      lines.append("Les confirmations sont gardées dans le projet et réappliquées à chaque import.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func confidenceFR(_ confidence: FindingConfidence) -> String {
    switch confidence {
    case .checksum: "somme de contrôle"
    case .list: "liste"
    case .shape: "forme"
    case .context: "contexte"
    case .learned: "modèle appris"
    case .confirmed: "confirmé"
    case .elsewhere: "masqué dans une autre réponse"
    case .possible: "possible"
    }
  }

  /// Whether `text` is the identifier of a possible finding (« P » and eight hexadecimal digits).
  public static func isPossibleIdentifier(_ text: String) -> Bool {
    text.count == 9 && text.first == "P" && text.dropFirst().allSatisfy(\.isHexDigit)
      && text.dropFirst().allSatisfy { !$0.isLowercase }
  }
}

/// A `PrivacyReview` shared by the threads that mask an import.
public final class PrivacyReviewCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var review: PrivacyReview
  private var fingerprints: Set<String> = []
  private var names = MaskedNames()
  private let salt: String

  /// `salt` keys the fingerprints of masked names (`MaskedValueFingerprint`).
  public init(salt: String, maskedLimit: Int = 20_000) {
    self.salt = salt
    review = PrivacyReview(maskedLimit: maskedLimit)
  }

  public func record(_ text: MaskedText) {
    guard !text.findings.isEmpty || !text.possible.isEmpty else { return }
    let people = text.findings.filter { $0.kind == .personne }
    let prints = people.compactMap { MaskedValueFingerprint.make($0.original, salt: salt) }
    var found = MaskedNames()
    for person in people { found.insert(person.original) }
    lock.lock()
    defer { lock.unlock() }
    review.record(text)
    fingerprints.formUnion(prints)
    names.formUnion(found)
  }

  /// The names masked so far, to look for in every answer once all are masked.
  public var maskedNames: MaskedNames {
    lock.lock()
    defer { lock.unlock() }
    return names
  }

  /// Records an answer where `MaskedNames` masked a name found in another answer; a possible
  /// finding of the review that is one of those names is now masked, and leaves the list to verify.
  public func recordElsewhere(_ text: MaskedText) {
    var masked = MaskedNames()
    for finding in text.findings { masked.insert(finding.original) }
    lock.lock()
    defer { lock.unlock() }
    review.record(text)
    review.removePossible { masked.contains($0.original) }
  }

  public var result: (review: PrivacyReview, fingerprints: Set<String>) {
    lock.lock()
    defer { lock.unlock() }
    return (review, fingerprints)
  }
}

/// A keyed digest of a masked name, kept in the project so that an export can be checked for the
/// names masked at import (`OutputAuditor`) without keeping the names. Keyed by a random salt of
/// the project: it slows a dictionary attack by someone holding the project file, it does not
/// prevent one (a list of names can be tried against it).
public enum MaskedValueFingerprint {
  /// Nil for values too short to check without false alarms (fewer than three letters).
  public static func make(_ value: String, salt: String) -> String? {
    PersonNameDetector.shared.foldedNameWords(of: value).map { digest($0.joined(separator: " "), salt: salt) }
  }

  static func digest(_ normalised: String, salt: String) -> String {
    let hash = SHA256.hash(data: Data((salt + "\u{1F}" + normalised).utf8))
    return hash.prefix(8).map { String(format: "%02x", $0) }.joined()
  }

  /// A new random salt.
  public static func newSalt() -> String {
    SymmetricKey(size: .bits128).withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
  }
}

/// Checks text about to leave the project (a report, an export) for identifier shapes (e-mail,
/// phone, NIR, IBAN, UAI, postal address) and for the names masked at import (by fingerprint).
public struct OutputAuditor: Sendable {
  public struct Hit: Sendable, Hashable {
    public var kind: PersonalDataKind
    /// The text around the hit, the hit itself replaced by its placeholder.
    public var context: String
  }

  public let fingerprints: Set<String>
  public let salt: String

  public init(fingerprints: Set<String> = [], salt: String = "") {
    self.fingerprints = fingerprints
    self.salt = salt
  }

  static let kinds: [PersonalDataKind] = [.email, .iban, .nir, .uai, .telephone, .adresse]

  public func scan(_ text: String) -> [Hit] {
    let source = text as NSString
    let prerequisites = PatternDetectors.Prerequisites(text)
    var ranges: [(PersonalDataKind, NSRange)] = []
    for kind in Self.kinds where prerequisites.allows(kind) {
      for detection in PatternDetectors.detect(kind, in: source, prerequisites: prerequisites)
      where !ranges.contains(where: { NSIntersectionRange($0.1, detection.range).length > 0 }) {
        ranges.append((kind, detection.range))
      }
    }
    if !fingerprints.isEmpty {
      // Read as an import reads its names back (`MaskedNames`): what the answers hold masked is
      // what is looked for here.
      let names = PersonNameDetector.shared.knownNameRuns(in: source) {
        fingerprints.contains(MaskedValueFingerprint.digest($0, salt: salt))
      }
      for range in names where !ranges.contains(where: { NSIntersectionRange($0.1, range).length > 0 }) {
        ranges.append((.personne, range))
      }
    }
    return ranges.sorted { $0.1.location < $1.1.location }.map { kind, range in
      let from = max(0, range.location - 40)
      let to = min(source.length, range.location + range.length + 40)
      let before = source.substring(with: NSRange(location: from, length: range.location - from))
      let after = source.substring(
        with: NSRange(location: range.location + range.length, length: to - range.location - range.length))
      let context = (before + kind.placeholder + after).replacingOccurrences(of: "\n", with: " ")
      return Hit(kind: kind, context: (from > 0 ? "…" : "") + context + (to < source.length ? "…" : ""))
    }
  }
}
