import Foundation
import GRDB
import ObservatoireCore

/// Reviews live beside the analysis, never inside it: a list of actions per question, keyed by
/// the stable keys of themes and arguments (`ThemeKey`, `ArgumentKey`), replayed on the stored
/// analysis to give the reviewed view (`ReviewedAnalysis.applying`). A re-run replaces the
/// analysis and keeps the reviews, which then apply wherever their arguments still exist.
///
/// Concurrent reviewers: each reviewed object (a theme, a synthesis, an argument) has a version;
/// a save names the versions it was made from, and is refused (`StaleReviewError`) when another
/// reviewer saved over one of them since. The check and the write are one transaction.
///
/// Every save writes an audit entry: who, when, what, and the object before and after (JSON).
extension ProjectDatabase {
  static func registerReviewMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v5-review-edits-audit") { db in
      try db.create(table: "reviewRecord") { t in
        t.column("questionID", .text).notNull()
        t.column("sequence", .integer).notNull()
        t.column("action", .text).notNull()  // ReviewAction, JSON
        t.column("reviewer", .text).notNull()
        t.column("date", .text).notNull()  // ISO 8601
        t.column("anchors", .text).notNull()  // [ThemeKey: [ArgumentKey]], JSON
        t.primaryKey(["questionID", "sequence"])
      }
      try db.create(table: "reviewVersion") { t in
        t.column("questionID", .text).notNull()
        t.column("object", .text).notNull()  // ReviewObject.rawValue
        t.column("version", .integer).notNull()
        t.column("reviewer", .text).notNull()
        t.column("date", .text).notNull()
        t.primaryKey(["questionID", "object"])
      }
      try db.create(table: "auditEntry") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("date", .text).notNull()
        t.column("actor", .text).notNull()
        t.column("action", .text).notNull()
        t.column("questionID", .text)
        t.column("object", .text)
        t.column("before", .text).notNull()  // JSON
        t.column("after", .text).notNull()  // JSON
      }
      // The respondents whose arguments an audit entry names, so that deleting a respondent
      // finds them without reading every entry.
      try db.create(table: "auditSubject") { t in
        t.column("auditID", .integer).notNull().references("auditEntry", onDelete: .cascade)
        t.column("responseID", .text).notNull()
      }
      try db.create(index: "auditSubjectByResponse", on: "auditSubject", columns: ["responseID"])
    }
  }

  static let reviewEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }()

  static let reviewDecoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }()

  static func stamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: date)
  }

  static func date(_ stamp: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let date = formatter.date(from: stamp) { return date }
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: stamp) ?? Date(timeIntervalSince1970: 0)
  }

  static func json<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try reviewEncoder.encode(value), as: UTF8.self)
  }

  /// The stored analysis of one question, read inside a transaction.
  static func storedAnalysis(_ question: QuestionID, _ db: Database) throws -> QuestionAnalysis? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT analysis, minimumCellSize FROM analysis WHERE questionID = ?",
        arguments: [question.rawValue])
    else { return nil }
    var analysis = try reviewDecoder.decode(QuestionAnalysis.self, from: row["analysis"] as Data)
    if analysis.minimumCellSize == nil { analysis.minimumCellSize = row["minimumCellSize"] }
    return analysis
  }

  static func reviewRecords(_ question: QuestionID, _ db: Database) throws -> [ReviewRecord] {
    try Row.fetchAll(
      db,
      sql:
        "SELECT sequence, action, reviewer, date, anchors FROM reviewRecord WHERE questionID = ? ORDER BY sequence",
      arguments: [question.rawValue]
    ).map { row in
      ReviewRecord(
        sequence: row["sequence"],
        action: try reviewDecoder.decode(ReviewAction.self, from: Data((row["action"] as String).utf8)),
        reviewer: row["reviewer"], date: date(row["date"]),
        anchors: try reviewDecoder.decode(
          [ThemeKey: [ArgumentKey]].self, from: Data((row["anchors"] as String).utf8)))
    }
  }

  static func reviewVersions(_ question: QuestionID, _ db: Database) throws -> [String: Int] {
    var versions: [String: Int] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT object, version FROM reviewVersion WHERE questionID = ?",
      arguments: [question.rawValue])
    {
      versions[row["object"]] = row["version"]
    }
    return versions
  }

  static func reviewedAnalysis(_ question: QuestionID, _ db: Database) throws -> ReviewedAnalysis? {
    guard let analysis = try storedAnalysis(question, db) else { return nil }
    var view = ReviewedAnalysis.applying(try reviewRecords(question, db), to: analysis)
    view.versions = try reviewVersions(question, db)
    return view
  }

  /// The stored analysis of `question` with every review applied, the versions of its reviewed
  /// objects, and the reviews that no longer apply; nil when the question has no analysis.
  public func reviewedAnalysis(question: QuestionID) throws -> ReviewedAnalysis? {
    try writer.read { db in try Self.reviewedAnalysis(question, db) }
  }

  /// A cheap fingerprint of what `reviewedAnalysis(question:)` depends on (the analysis's last
  /// write and size, the reviews and their versions), without decoding anything: a front end keeps a
  /// reviewed view in memory for as long as it is unchanged. Nil when the question has no
  /// analysis.
  public func reviewStamp(question: QuestionID) throws -> String? {
    try writer.read { db in
      guard
        let updated = try String.fetchOne(
          db, sql: "SELECT updatedAt || '#' || length(analysis) FROM analysis WHERE questionID = ?",
          arguments: [question.rawValue])
      else { return nil }
      let records = try Row.fetchOne(
        db, sql: "SELECT COUNT(*) AS n, MAX(sequence) AS last FROM reviewRecord WHERE questionID = ?",
        arguments: [question.rawValue])
      let versions =
        try Int.fetchOne(
          db, sql: "SELECT TOTAL(version) FROM reviewVersion WHERE questionID = ?",
          arguments: [question.rawValue])
        ?? 0
      let count: Int = records?["n"] ?? 0
      let last: Int = records?["last"] ?? 0
      return "\(updated)#\(count)#\(last)#\(versions)"
    }
  }

  /// The reviews saved for `question`, in order.
  public func reviewRecords(question: QuestionID) throws -> [ReviewRecord] {
    try writer.read { db in try Self.reviewRecords(question, db) }
  }

  /// Saves one review of `question` made by `reviewer` from the versions in `expecting` (an
  /// object absent from it is expected never to have been reviewed), and returns the reviewed view
  /// after it. Refused, with nothing written, when another save changed one of the objects since
  /// (`StaleReviewError`), when the question has no analysis, or when the action does not apply
  /// to the view as it is (`ReviewError`).
  @discardableResult
  public func saveReview(
    _ action: ReviewAction, question: QuestionID, reviewer: String, expecting: [ReviewObject: Int],
    at date: Date = Date()
  ) throws -> ReviewedAnalysis {
    // Kept to the millisecond, as stored: the view returned is the view read back.
    let date = Self.date(Self.stamp(date))
    return try writer.write { db in
      guard var view = try Self.reviewedAnalysis(question, db) else {
        throw ReviewStoreError.noAnalysis(question: question)
      }
      let stamp = Self.stamp(date)
      for object in action.objects {
        let current = view.version(of: object)
        let expected = expecting[object] ?? 0
        guard current == expected else {
          let last = try Row.fetchOne(
            db, sql: "SELECT reviewer, date FROM reviewVersion WHERE questionID = ? AND object = ?",
            arguments: [question.rawValue, object.rawValue])
          var lastReviewer: String?
          var lastDate: Date?
          if let last {
            lastReviewer = last["reviewer"]
            lastDate = Self.date(last["date"])
          }
          throw StaleReviewError(
            object: object, expected: expected, current: current, lastReviewer: lastReviewer,
            lastDate: lastDate)
        }
      }
      let sequence =
        (try Int.fetchOne(
          db, sql: "SELECT MAX(sequence) FROM reviewRecord WHERE questionID = ?",
          arguments: [question.rawValue])
          ?? 0) + 1
      var anchors: [ThemeKey: [ArgumentKey]] = [:]
      for theme in action.themes { anchors[theme] = view.argumentKeys(of: theme) }
      let record = ReviewRecord(
        sequence: sequence, action: action, reviewer: reviewer, date: date, anchors: anchors)
      let before = ReviewSnapshot(action, in: view)
      try view.applyNew(record)
      let after = ReviewSnapshot(action, in: view)
      try db.execute(
        sql: """
          INSERT INTO reviewRecord(questionID, sequence, action, reviewer, date, anchors)
            VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          question.rawValue, sequence, try Self.json(action), reviewer, stamp, try Self.json(anchors),
        ])
      for object in action.objects {
        let version = view.version(of: object) + 1
        view.versions[object.rawValue] = version
        try db.execute(
          sql: """
            INSERT INTO reviewVersion(questionID, object, version, reviewer, date) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(questionID, object) DO UPDATE SET version = excluded.version,
              reviewer = excluded.reviewer, date = excluded.date
            """, arguments: [question.rawValue, object.rawValue, version, reviewer, stamp])
      }
      try Self.appendAudit(
        db, date: date, actor: reviewer, action: action.name, question: question,
        object: action.objects.map(\.rawValue).joined(separator: " "), before: try Self.json(before),
        after: try Self.json(after), respondents: before.respondents.union(after.respondents))
      return view
    }
  }

  static func appendAudit(
    _ db: Database, date: Date, actor: String, action: String, question: QuestionID?, object: String?,
    before: String, after: String, respondents: Set<ResponseID> = []
  ) throws {
    try db.execute(
      sql: """
        INSERT INTO auditEntry(date, actor, action, questionID, object, before, after)
          VALUES (?, ?, ?, ?, ?, ?, ?)
        """, arguments: [stamp(date), actor, action, question?.rawValue, object, before, after])
    let id = db.lastInsertedRowID
    for respondent in respondents.sorted() {
      try db.execute(
        sql: "INSERT INTO auditSubject(auditID, responseID) VALUES (?, ?)",
        arguments: [id, respondent.rawValue])
    }
  }

  /// The audit log, oldest first (of one question, or of the whole project).
  public func auditLog(question: QuestionID? = nil) throws -> [AuditEntry] {
    try writer.read { db in
      let rows: [Row]
      if let question {
        rows = try Row.fetchAll(
          db, sql: "SELECT * FROM auditEntry WHERE questionID = ? ORDER BY id", arguments: [question.rawValue]
        )
      } else {
        rows = try Row.fetchAll(db, sql: "SELECT * FROM auditEntry ORDER BY id")
      }
      return rows.map { row in
        AuditEntry(
          id: row["id"], date: Self.date(row["date"]), actor: row["actor"], action: row["action"],
          questionID: (row["questionID"] as String?).map(QuestionID.init(rawValue:)), object: row["object"],
          before: row["before"], after: row["after"])
      }
    }
  }
}

/// One line of the audit log: who did what, when, and the object before and after (JSON).
public struct AuditEntry: Sendable, Hashable, Codable {
  public var id: Int
  public var date: Date
  public var actor: String
  public var action: String
  public var questionID: QuestionID?
  public var object: String?
  public var before: String
  public var after: String
}

/// What the audit log keeps of the themes and arguments an action touches, before and after it.
struct ReviewSnapshot: Encodable {
  struct ThemeState: Encodable {
    var id: String?
    var label: String?
    var statement: String?
    var synthesis: [String]?
    var arguments: Int?
    var respondents: Int?
    var validatedBy: String?
    var synthesisValidatedBy: String?
    var exists: Bool
  }
  var themes: [String: ThemeState] = [:]
  /// The respondents whose arguments the snapshot names or whose words its syntheses may carry
  /// (not encoded: what `auditSubject` records).
  var respondents: Set<ResponseID> = []
  /// For moves and splits: the themes each named argument is in.
  var arguments: [String: [String]] = [:]
  var globalSynthesisValidatedBy: String?

  enum CodingKeys: String, CodingKey {
    case themes, arguments, globalSynthesisValidatedBy
  }

  init(_ action: ReviewAction, in view: ReviewedAnalysis) {
    var keys = action.themes
    if case .splitTheme(_, _, _, let newTheme) = action { keys.append(newTheme) }
    for key in keys {
      guard let theme = view.theme(key) else {
        themes[key.rawValue] = ThemeState(exists: false)
        continue
      }
      // The synthesis only for the actions on it: its sentences may carry a respondent's words.
      var synthesis: [String]?
      switch action {
      case .editSynthesis, .validateSynthesis:
        synthesis = theme.synthesis.sentences.map(\.text)
        for id in theme.synthesis.sentences.flatMap(\.citations) {
          if let respondent = view.argumentKeys[id]?.responseID { respondents.insert(respondent) }
        }
      default: synthesis = nil
      }
      themes[key.rawValue] = ThemeState(
        id: theme.id, label: theme.label, statement: theme.statement, synthesis: synthesis,
        arguments: theme.argumentIDs.count, respondents: theme.respondents,
        validatedBy: theme.validation?.analyst,
        synthesisValidatedBy: view.synthesisValidations[theme.id]?.analyst, exists: true)
    }
    for argument in action.arguments {
      if let respondent = argument.responseID { respondents.insert(respondent) }
      guard let id = view.argumentID(of: argument) else { continue }
      arguments[argument.rawValue] = view.analysis.themes.filter { $0.argumentIDs.contains(id) }
        .compactMap { view.themeKeys[$0.id]?.rawValue }
    }
    if case .validateSynthesis(nil, _) = action {
      globalSynthesisValidatedBy = view.globalSynthesisValidation?.analyst
    }
  }
}

/// A save made from versions another reviewer has saved over since: refused, never merged
/// silently.
public struct StaleReviewError: UserFacingError, Equatable {
  public var object: ReviewObject
  public var expected: Int
  public var current: Int
  public var lastReviewer: String?
  public var lastDate: Date?

  public var messageFR: String {
    let who = lastReviewer.map { " par « \($0) »" } ?? ""
    return
      "Erreur : \(object.labelFR) « \(object.rawValue) » a été modifié\(who) depuis que vous l'avez ouvert "
      + "(version \(current), la vôtre : \(expected)). Votre modification n'a pas été enregistrée : rechargez "
      + "la page pour voir la version actuelle, puis refaites-la."
  }

  public var messageEN: String {
    "Error: \(object.rawValue) was changed by someone else since you opened it (version \(current), yours "
      + "\(expected)). Your change was not saved: reload, then make it again."
  }
}

public enum ReviewStoreError: UserFacingError, Equatable {
  case noAnalysis(question: QuestionID)

  public var messageFR: String {
    switch self {
    case .noAnalysis(let question):
      "Erreur : la question « \(question) » n'a pas encore été analysée : lancez « observatoire analyse »."
    }
  }
}
