import Analysis
import Foundation
import ObservatoireCore
import Storage

/// A data subject's request: one respondent deleted from a project, with everything derived
/// (`RespondentDeletion`), the deletion logged without the data.
public enum RespondentRemoval {
  /// `project`: a `.observatoire` file or a folder holding one.
  public static func delete(respondent: String, project: String, by operatorName: String) throws
    -> RespondentDeletionSummary
  {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    return try RespondentDeletion.delete(ResponseID(respondent), from: database, by: operatorName)
  }

  /// What a deletion removed, in French.
  public static func describeFR(_ summary: RespondentDeletionSummary) -> String {
    var text =
      "Répondant supprimé : \(frenchCount(summary.answers, "réponse")), \(frenchCount(summary.arguments, "argument")), "
      + "\(frenchCount(summary.citations, "citation")), \(frenchCount(summary.cacheEntries, "entrée", "entrées")) du cache, "
      + "\(frenchCount(summary.handCodings, "codage manuel", "codages manuels"))."
    if summary.synthesesToRewrite > 0 {
      text +=
        " " + frenchCount(summary.synthesesToRewrite, "synthèse le citait", "synthèses le citaient")
        + " : marquée(s) « à réécrire » ; relancez l'analyse pour les réécrire."
    }
    return text
  }

  /// Checks that `project` can be opened, before asking anything of the person.
  public static func checkProject(_ project: String) throws {
    _ = try ProjectDatabase.openExisting(path: try projectFile(project))
  }
}
