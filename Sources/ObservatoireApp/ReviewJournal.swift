import Foundation
import ObservatoireCore
import Reporting
import Storage

/// The audit log as the report's method page shows it (« Journal des révisions »): who, when,
/// what, and before → after in a few words made from what the audit entry keeps — labels,
/// statements, validations, the number of synthesis sentences; never an argument's key (it names
/// a respondent), nor an exact count (it could be below *k*).
extension ProjectReview {
  public static func journal(project: String) throws -> [ReviewJournalEntry] {
    try auditLog(project: project).map(journalEntry)
  }

  static func journalEntry(_ entry: AuditEntry) -> ReviewJournalEntry {
    ReviewJournalEntry(
      date: entry.date, actor: publishedActor(entry.actor), action: actionFR(entry.action),
      question: entry.questionID?.rawValue ?? "", change: change(entry))
  }

  /// The reviewer as a published report names them: an identifier that is an e-mail address
  /// (single sign-on often gives one) by its part before « @ » — the report's personal-data check
  /// would refuse the address, and the project's own journal keeps it whole.
  static func publishedActor(_ actor: String) -> String {
    guard let at = actor.firstIndex(of: "@"), at > actor.startIndex else { return actor }
    return String(actor[..<at])
  }

  static func actionFR(_ name: String) -> String {
    switch name {
    case "renommer-theme": "Renommer un thème"
    case "modifier-enonce": "Modifier un énoncé"
    case "modifier-synthese": "Modifier une synthèse"
    case "fusionner-themes": "Fusionner deux thèmes"
    case "scinder-theme": "Scinder un thème"
    case "deplacer-argument": "Déplacer un argument"
    case "valider-theme": "Valider un thème"
    case "valider-synthese": "Valider une synthèse"
    case "supprimer-repondant": "Supprimer un répondant (droit des personnes)"
    default: name
    }
  }

  /// What the audit keeps of one theme (`ReviewSnapshot.ThemeState` in Storage).
  struct ThemeState: Decodable {
    var label: String?
    var statement: String?
    var synthesis: [String]?
    var validatedBy: String?
    var synthesisValidatedBy: String?
    var exists: Bool
  }

  struct Snapshot: Decodable {
    var themes: [String: ThemeState]?
    var arguments: [String: [String]]?
    var globalSynthesisValidatedBy: String?
  }

  static func change(_ entry: AuditEntry) -> String {
    let decoder = JSONDecoder()
    guard let before = try? decoder.decode(Snapshot.self, from: Data(entry.before.utf8)),
      let after = try? decoder.decode(Snapshot.self, from: Data(entry.after.utf8))
    else { return "" }
    let keys = (entry.object ?? "").split(separator: " ").compactMap { object -> String? in
      object.hasPrefix("theme:") ? String(object.dropFirst("theme:".count)) : nil
    }
    func label(_ key: String, _ snapshot: Snapshot) -> String {
      snapshot.themes?[key]?.label.map { "« \($0) »" } ?? "(thème disparu)"
    }
    func synthesisTheme() -> String? {
      (entry.object ?? "").split(separator: " ").first { $0.hasPrefix("synthese:") }
        .map { String($0.dropFirst("synthese:".count)) }
    }
    switch entry.action {
    case "renommer-theme":
      guard let key = keys.first else { return "" }
      return "\(label(key, before)) → \(label(key, after))"
    case "modifier-enonce":
      guard let key = keys.first else { return "" }
      let old = before.themes?[key]?.statement ?? ""
      let new = after.themes?[key]?.statement ?? ""
      return "\(label(key, after)) : « \(old) » → « \(new) »"
    case "modifier-synthese":
      guard let key = synthesisTheme() else { return "" }
      let old = before.themes?[key]?.synthesis?.count ?? 0
      let new = after.themes?[key]?.synthesis?.count ?? 0
      return
        "synthèse de \(label(key, after)) : \(frenchCount(old, "phrase")) → \(frenchCount(new, "phrase"))"
    case "fusionner-themes":
      guard keys.count == 2 else { return "" }
      return "\(label(keys[0], before)) + \(label(keys[1], before)) → \(label(keys[1], after))"
    case "scinder-theme":
      guard keys.count == 2 else { return "" }
      return "\(label(keys[0], before)) → \(label(keys[0], after)) + \(label(keys[1], after))"
    case "deplacer-argument":
      // The snapshot keeps the theme the argument went to (the action's only theme).
      let target = after.themes?.values.first?.label.map { "« \($0) »" } ?? "(thème disparu)"
      return "un argument déplacé vers \(target)"
    case "valider-theme":
      guard let key = keys.first else { return "" }
      return "\(label(key, after)) : non validé → validé"
        + (after.themes?[key]?.validatedBy.map { " par \(publishedActor($0))" } ?? "")
    case "valider-synthese":
      if let key = synthesisTheme() {
        return "synthèse de \(label(key, after)) : non validée → validée"
      }
      return "synthèse d'ensemble : non validée → validée"
    case "supprimer-repondant":
      return "un répondant et ce qui en dérivait retirés"
    default:
      return ""
    }
  }
}
