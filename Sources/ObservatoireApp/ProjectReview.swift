import Analysis
import Foundation
import ObservatoireCore
import Privacy
import Storage

/// What a reviewer sees of a question's themes and does to them, whichever front end: the view
/// with every review applied (`ReviewedAnalysis`), renames and validations saved against the
/// version the reviewer saw, every save in the audit log.
public enum ProjectReview {
  public struct ThemeRow: Sendable, Hashable {
    public var key: String
    public var label: String
    public var statement: String
    public var isSubTheme: Bool
    /// Respondents as published (nil: masked below *k*).
    public var respondents: Int?
    public var validatedBy: String?
    /// The version to send back with a change (optimistic concurrency).
    public var version: Int
  }

  public struct QuestionThemes: Sendable, Hashable {
    public var questionID: String
    public var title: String
    public var themes: [ThemeRow]
    /// Reviews that no longer apply (their arguments gone after a re-run), in French.
    public var unapplied: [String]
    /// The question's global synthesis, its « validé » and its version.
    public var globalSynthesis: [String] = []
    public var globalSynthesisValidatedBy: String?
    public var globalSynthesisVersion = 0
  }

  /// The reviewed themes of every analysed question of `project`; kept while the project's
  /// files are unchanged (`ProjectMemo`: a review or a new analysis is seen at once).
  public static func themes(project: String) throws -> [QuestionThemes] {
    let path = try projectFile(project)
    return try themesMemo.value(for: path) { try readThemes(path: path) }
  }

  private static let themesMemo = ProjectMemo<[QuestionThemes]>()

  private static func readThemes(path: String) throws -> [QuestionThemes] {
    let database = try ProjectDatabase.openExisting(path: path)
    let policy = try ReportAssembly.smallCellPolicy(for: database)
    return try database.loadAnalyses().compactMap { stored in
      guard let view = try database.reviewedAnalysis(question: stored.analysis.questionID) else { return nil }
      let analysis = view.analysis
      let published = Dictionary(
        policy.publishedCounts(of: analysis).map { ($0.themeID, $0) }, uniquingKeysWith: { first, _ in first }
      )
      var rows: [ThemeRow] = []
      for theme in analysis.topLevelThemes where !theme.isOther {
        for shown in [theme] + analysis.themes.filter({ $0.parentID == theme.id }) {
          guard let key = view.themeKeys[shown.id] else { continue }
          rows.append(
            ThemeRow(
              key: key.rawValue, label: shown.label, statement: shown.statement,
              isSubTheme: shown.parentID != nil,
              respondents: published[shown.id]?.respondents, validatedBy: shown.validation?.analyst,
              version: view.version(of: .theme(key))))
        }
      }
      return QuestionThemes(
        questionID: analysis.questionID.rawValue, title: analysis.title, themes: rows,
        unapplied: view.unapplied.map { "\($0.action.name) : \($0.reasonFR)" },
        globalSynthesis: analysis.globalSynthesis.sentences.map(\.text),
        globalSynthesisValidatedBy: view.globalSynthesisValidation?.analyst,
        globalSynthesisVersion: view.version(of: .globalSynthesis))
    }
  }

  /// Renames a theme; refused when someone changed it since `version`.
  public static func rename(
    project: String, question: String, theme: String, label: String, reviewer: String, version: Int
  ) throws {
    let cleaned = label.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !cleaned.isEmpty, cleaned.count <= 200 else {
      throw ReviewInputError("L'intitulé doit compter de 1 à 200 caractères.")
    }
    try save(
      .renameTheme(theme: ThemeKey(theme), label: cleaned), project: project, question: question,
      reviewer: reviewer, version: version, object: .theme(ThemeKey(theme)))
  }

  /// Merges `source` into `target` (its arguments and sub-themes join it; `source` disappears);
  /// refused when someone changed either since the versions seen.
  public static func merge(
    project: String, question: String, source: String, into target: String, reviewer: String,
    sourceVersion: Int, targetVersion: Int
  ) throws {
    guard source != target else { throw ReviewInputError("Choisissez un autre thème que lui-même.") }
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    do {
      try database.saveReview(
        .mergeThemes(source: ThemeKey(source), into: ThemeKey(target)), question: QuestionID(question),
        reviewer: reviewer,
        expecting: [.theme(ThemeKey(source)): sourceVersion, .theme(ThemeKey(target)): targetVersion])
    } catch let error as StaleReviewError {
      throw ReviewConflict(messageFR: error.messageFR)
    }
  }

  /// Marks a theme « validé » by `reviewer`.
  public static func validate(
    project: String, question: String, theme: String, reviewer: String, version: Int
  )
    throws
  {
    try save(
      .validateTheme(theme: ThemeKey(theme), note: nil), project: project, question: question,
      reviewer: reviewer, version: version, object: .theme(ThemeKey(theme)))
  }

  /// Who changed what, newest last.
  public static func auditLog(project: String) throws -> [AuditEntry] {
    try ProjectDatabase.openExisting(path: try projectFile(project)).auditLog()
  }

  /// One line of the audit log as a page shows it (the before/after JSON kept in the project).
  public struct AuditLine: Sendable, Hashable {
    public var date: Date
    public var actor: String
    public var action: String
    public var question: String
    public var object: String
  }

  public static func auditLines(project: String) throws -> [AuditLine] {
    try auditLog(project: project).map {
      AuditLine(
        date: $0.date, actor: $0.actor, action: $0.action, question: $0.questionID?.rawValue ?? "",
        object: $0.object ?? "")
    }
  }

  private static func save(
    _ action: ReviewAction, project: String, question: String, reviewer: String, version: Int,
    object: ReviewObject
  ) throws {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    do {
      try database.saveReview(
        action, question: QuestionID(question), reviewer: reviewer, expecting: [object: version])
    } catch let error as StaleReviewError {
      throw ReviewConflict(messageFR: error.messageFR)
    }
  }
}

/// Someone else changed what the reviewer was changing: nothing was written.
public struct ReviewConflict: UserFacingError, Equatable {
  public var messageFR: String
}

/// A review's input the reviewer must correct.
public struct ReviewInputError: UserFacingError, Equatable {
  public var messageFR: String
  public init(_ message: String) { messageFR = message }
}
