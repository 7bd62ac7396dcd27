import Foundation
import GRDB
import ObservatoireCore

/// Deleting one respondent on request (data-subject rights): the answers, every analysis's
/// arguments, citations and counts, the stage cache entries made from them, the hand codings,
/// the reviews and the audit entries that name them, in one transaction. What depends on the
/// analysis's content (its new form, the cache entries derived from the respondent) is decided by
/// the caller's `plan` (Analysis's `RespondentDeletion`), given what is stored about the
/// respondent. The deletion itself is logged without the data: who, when, and how much.
extension ProjectDatabase {
  static func registerDeletionMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v5-review-synthesis-rewrite") { db in
      // Syntheses that cited a deleted respondent: to be written again (« » for the global one).
      try db.create(table: "synthesisRewrite") { t in
        t.column("questionID", .text).notNull()
        t.column("themeID", .text).notNull()
        t.column("markedAt", .text).notNull()
        t.primaryKey(["questionID", "themeID"])
      }
    }
  }

  /// The syntheses of `question` marked to be rewritten (« » names the global synthesis).
  public func synthesesToRewrite(question: QuestionID) throws -> Set<ThemeID> {
    try writer.read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT themeID FROM synthesisRewrite WHERE questionID = ?", arguments: [question.rawValue]
        ))
    }
  }

  /// Deletes respondent `id`. `plan` is called inside the transaction with what the project
  /// holds about them; nothing is written if it throws. Throws `RespondentDeletionError.notFound`
  /// when the project has no such respondent.
  @discardableResult
  public func deleteRespondent(
    _ id: ResponseID, by operatorName: String, at date: Date = Date(),
    plan: (RespondentRecord) throws -> RespondentDeletionPlan
  ) throws -> RespondentDeletionSummary {
    try writer.write { db in
      guard
        let position = try Int.fetchOne(
          db, sql: "SELECT position FROM response WHERE id = ?", arguments: [id.rawValue])
      else { throw RespondentDeletionError.notFound(id) }
      var answers: [QuestionID: Answer] = [:]
      let decoder = JSONDecoder()
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT q.id AS question, a.kind, a.text, a.number FROM answer a JOIN question q ON q.position = a.question
          WHERE a.response = ?
          """, arguments: [position])
      {
        answers[QuestionID(row["question"] as String)] = try Self.answer(
          kind: row["kind"], text: row["text"], number: row["number"], decoder: decoder)
      }
      var analyses: [QuestionAnalysis] = []
      var provenances: [QuestionID: Provenance] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT questionID, provenance FROM analysis ORDER BY position") {
        let question = QuestionID(row["questionID"] as String)
        if let analysis = try Self.storedAnalysis(question, db) { analyses.append(analysis) }
        provenances[question] = try? Self.reviewDecoder.decode(
          Provenance.self, from: row["provenance"] as Data)
      }
      let record = RespondentRecord(id: id, answers: answers, analyses: analyses, provenances: provenances)
      let plan = try plan(record)
      var summary = RespondentDeletionSummary()

      // 1. The consultation: the response and its answers; later positions move down by one
      //    (through negative values, as positions are primary keys).
      summary.answers =
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer WHERE response = ?", arguments: [position])
        ?? 0
      try db.execute(sql: "DELETE FROM answer WHERE response = ?", arguments: [position])
      try db.execute(sql: "DELETE FROM response WHERE position = ?", arguments: [position])
      try db.execute(
        sql: "UPDATE answer SET response = -(response - 1) WHERE response > ?", arguments: [position])
      try db.execute(sql: "UPDATE answer SET response = -response WHERE response < 0")
      try db.execute(
        sql: "UPDATE response SET position = -(position - 1) WHERE position > ?", arguments: [position])
      try db.execute(sql: "UPDATE response SET position = -position WHERE position < 0")

      // 2. The analyses, rewritten without them; their syntheses that cited them marked.
      for analysis in plan.analyses {
        try db.execute(
          sql: "UPDATE analysis SET analysis = ?, updatedAt = ? WHERE questionID = ?",
          arguments: [try Self.reviewEncoder.encode(analysis), date, analysis.questionID.rawValue])
      }
      for (question, themes) in plan.synthesesToRewrite {
        for theme in themes {
          try db.execute(
            sql: "INSERT OR IGNORE INTO synthesisRewrite(questionID, themeID, markedAt) VALUES (?, ?, ?)",
            arguments: [question.rawValue, theme, Self.stamp(date)])
        }
      }
      summary.arguments = plan.removedArguments
      summary.citations = plan.removedCitations
      summary.synthesesToRewrite = plan.synthesesToRewrite.values.reduce(0) { $0 + $1.count }

      // 3. The stage cache: the entries named, and those the plan recognises as theirs.
      for entry in plan.cacheEntries {
        try db.execute(
          sql: "DELETE FROM stageResult WHERE stage = ? AND key = ?",
          arguments: [entry.stage, entry.key.rawValue])
        summary.cacheEntries += db.changesCount
      }
      for stage in plan.scannedStages {
        var derived: [String] = []
        let cursor = try Row.fetchCursor(
          db, sql: "SELECT key, value FROM stageResult WHERE stage = ?", arguments: [stage])
        while let row = try cursor.next() {
          if plan.isDerived(stage, row["value"] as Data) { derived.append(row["key"]) }
        }
        for key in derived {
          try db.execute(sql: "DELETE FROM stageResult WHERE stage = ? AND key = ?", arguments: [stage, key])
          summary.cacheEntries += db.changesCount
        }
      }

      // 4. The sample and the hand codings.
      try db.execute(sql: "DELETE FROM codingSample WHERE responseID = ?", arguments: [id.rawValue])
      try db.execute(sql: "DELETE FROM handCoding WHERE responseID = ?", arguments: [id.rawValue])
      summary.handCodings = db.changesCount

      // 5. Reviews: their arguments leave every review; a review left with nothing to act on goes.
      let rows = try Row.fetchAll(db, sql: "SELECT questionID, sequence, action, anchors FROM reviewRecord")
      for row in rows {
        let action = try Self.reviewDecoder.decode(
          ReviewAction.self, from: Data((row["action"] as String).utf8))
        let anchors = try Self.reviewDecoder.decode(
          [ThemeKey: [ArgumentKey]].self, from: Data((row["anchors"] as String).utf8))
        let theirs = { (key: ArgumentKey) in key.responseID == id }
        let namesThem =
          action.arguments.contains(where: theirs) || anchors.values.contains { $0.contains(where: theirs) }
        guard namesThem else { continue }
        let newAnchors = anchors.mapValues { $0.filter { !theirs($0) } }
        var newAction: ReviewAction? = action
        switch action {
        case .moveArgument(let argument, _) where theirs(argument): newAction = nil
        case .splitTheme(let theme, let arguments, let label, let newTheme):
          let kept = arguments.filter { !theirs($0) }
          newAction =
            kept.isEmpty ? nil : .splitTheme(theme: theme, arguments: kept, label: label, newTheme: newTheme)
        case .editSynthesis(let theme, let sentences):
          newAction = .editSynthesis(
            theme: theme,
            sentences: sentences.map {
              ReviewedSentence(text: $0.text, citations: $0.citations.filter { !theirs($0) })
            })
        default: break
        }
        summary.reviews += 1
        if let newAction {
          try db.execute(
            sql: "UPDATE reviewRecord SET action = ?, anchors = ? WHERE questionID = ? AND sequence = ?",
            arguments: [
              try Self.json(newAction), try Self.json(newAnchors), row["questionID"], row["sequence"],
            ])
        } else {
          try db.execute(
            sql: "DELETE FROM reviewRecord WHERE questionID = ? AND sequence = ?",
            arguments: [row["questionID"], row["sequence"]])
        }
      }
      let argumentObject = "argument:%|" + Self.likeEscaped(id.rawValue) + "|%"
      try db.execute(
        sql: "DELETE FROM reviewVersion WHERE object LIKE ? ESCAPE '\\'", arguments: [argumentObject])

      // 6. Audit entries that named their arguments: their content erased, the line kept.
      try db.execute(
        sql: """
          UPDATE auditEntry SET before = '{"effacé":true}', after = '{"effacé":true}', object = NULL
          WHERE id IN (SELECT auditID FROM auditSubject WHERE responseID = ?)
          """, arguments: [id.rawValue])
      summary.auditEntries = db.changesCount
      try db.execute(sql: "DELETE FROM auditSubject WHERE responseID = ?", arguments: [id.rawValue])

      // 7. The deletion, logged without the data.
      try Self.appendAudit(
        db, date: date, actor: operatorName, action: "supprimer-repondant", question: nil, object: nil,
        before: "{}",
        after: try Self.json(summary))
      return summary
    }
  }

  static func likeEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}

/// What the project holds about a respondent to delete, for the plan.
public struct RespondentRecord: Sendable {
  public var id: ResponseID
  public var answers: [QuestionID: Answer]
  public var analyses: [QuestionAnalysis]
  public var provenances: [QuestionID: Provenance]
}

/// A stage cache entry, by stage and key.
public struct StageEntry: Sendable, Hashable {
  public var stage: String
  public var key: StageKey
  public init(stage: String, key: StageKey) {
    self.stage = stage
    self.key = key
  }
}

/// What deleting a respondent changes beyond their rows, decided from their record.
public struct RespondentDeletionPlan {
  /// The analyses that held them, rewritten without them.
  public var analyses: [QuestionAnalysis]
  /// By question, the syntheses that cited them (« » for the global synthesis).
  public var synthesesToRewrite: [QuestionID: Set<ThemeID>]
  public var removedArguments: Int
  public var removedCitations: Int
  /// Cache entries made from their data, by key.
  public var cacheEntries: [StageEntry]
  /// Stages whose every entry is shown to `isDerived`.
  public var scannedStages: [String]
  public var isDerived: (_ stage: String, _ value: Data) -> Bool

  public init(
    analyses: [QuestionAnalysis], synthesesToRewrite: [QuestionID: Set<ThemeID>], removedArguments: Int,
    removedCitations: Int, cacheEntries: [StageEntry] = [], scannedStages: [String] = [],
    isDerived: @escaping (String, Data) -> Bool = { _, _ in false }
  ) {
    self.analyses = analyses
    self.synthesesToRewrite = synthesesToRewrite
    self.removedArguments = removedArguments
    self.removedCitations = removedCitations
    self.cacheEntries = cacheEntries
    self.scannedStages = scannedStages
    self.isDerived = isDerived
  }
}

/// How much a deletion removed: what its audit line keeps (no identifier, no text).
public struct RespondentDeletionSummary: Sendable, Hashable, Codable {
  public var answers = 0
  public var arguments = 0
  public var citations = 0
  public var synthesesToRewrite = 0
  public var cacheEntries = 0
  public var handCodings = 0
  public var reviews = 0
  public var auditEntries = 0
  public init() {}
}

public enum RespondentDeletionError: UserFacingError, Equatable {
  case notFound(ResponseID)

  public var messageFR: String {
    switch self {
    case .notFound(let id):
      "Erreur : aucun répondant « \(id) » dans ce projet (déjà supprimé, ou identifiant mal saisi)."
    }
  }
}
