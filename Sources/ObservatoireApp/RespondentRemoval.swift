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

  /// Checks that `project` can be opened, before asking anything of the person.
  public static func checkProject(_ project: String) throws {
    _ = try ProjectDatabase.openExisting(path: try projectFile(project))
  }
}
