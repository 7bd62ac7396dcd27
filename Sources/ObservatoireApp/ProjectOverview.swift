import Foundation
import ObservatoireCore
import Storage

/// What a list of projects shows of one: its consultation and how much of it is analysed.
public struct ProjectOverview: Sendable, Hashable {
  public var title: String
  public var sourceName: String
  public var respondents: Int
  public var analysedQuestions: Int

  /// Reads the project at `path`; nil when it holds no consultation yet. Kept while the
  /// project's files are unchanged (`ProjectMemo`).
  public static func load(project path: String) throws -> ProjectOverview? {
    try memo.value(for: path) { try read(project: path) }
  }

  private static let memo = ProjectMemo<ProjectOverview?>()

  private static func read(project path: String) throws -> ProjectOverview? {
    let database = try ProjectDatabase.openExisting(path: path)
    guard let consultation = try database.loadConsultation() else { return nil }
    return ProjectOverview(
      title: consultation.title, sourceName: consultation.sourceName,
      respondents: consultation.responses.count, analysedQuestions: try database.loadAnalyses().count)
  }
}
