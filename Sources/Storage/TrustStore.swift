import Foundation
import GRDB
import ObservatoireCore

/// The hand-coded sample of a question: the responses drawn for it (in the order drawn, with the
/// seed), and the themes each coder gave each response, named by stable keys (`ThemeKey`).
extension ProjectDatabase {
  static func registerTrustMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v5-review-hand-coding") { db in
      try db.create(table: "codingSample") { t in
        t.column("questionID", .text).notNull()
        t.column("responseID", .text).notNull()
        t.column("rank", .integer).notNull()
        t.column("seed", .text).notNull()  // UInt64 as text
        t.column("drawnAt", .text).notNull()
        t.primaryKey(["questionID", "responseID"])
      }
      try db.create(table: "handCoding") { t in
        t.column("questionID", .text).notNull()
        t.column("responseID", .text).notNull()
        t.column("coder", .text).notNull()
        t.column("themes", .text).notNull()  // [ThemeKey], JSON
        t.column("codedAt", .text).notNull()
        t.primaryKey(["questionID", "responseID", "coder"])
      }
    }
  }

  /// Replaces the sample of `question` by `responses`, drawn with `seed`; codings of responses no
  /// longer in it are kept (a coder's work is never thrown away silently).
  public func saveCodingSample(
    _ responses: [ResponseID], seed: UInt64, question: QuestionID, at date: Date = Date()
  )
    throws
  {
    try writer.write { db in
      try db.execute(sql: "DELETE FROM codingSample WHERE questionID = ?", arguments: [question.rawValue])
      for (rank, response) in responses.enumerated() {
        try db.execute(
          sql: "INSERT INTO codingSample(questionID, responseID, rank, seed, drawnAt) VALUES (?, ?, ?, ?, ?)",
          arguments: [question.rawValue, response.rawValue, rank, String(seed), Self.stamp(date)])
      }
    }
  }

  /// The sample of `question` in the order drawn, and its seed; nil when none was drawn.
  public func codingSample(question: QuestionID) throws -> (responses: [ResponseID], seed: UInt64)? {
    try writer.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT responseID, seed FROM codingSample WHERE questionID = ? ORDER BY rank",
        arguments: [question.rawValue])
      guard let first = rows.first else { return nil }
      return (rows.map { ResponseID($0["responseID"] as String) }, UInt64(first["seed"] as String) ?? 0)
    }
  }

  /// Records the themes `coder` gave one response (replacing their earlier coding of it). An
  /// empty set says the response fits no theme.
  public func saveHandCoding(
    _ themes: Set<ThemeKey>, response: ResponseID, question: QuestionID, coder: String, at date: Date = Date()
  ) throws {
    try writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO handCoding(questionID, responseID, coder, themes, codedAt) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(questionID, responseID, coder) DO UPDATE SET themes = excluded.themes,
            codedAt = excluded.codedAt
          """,
        arguments: [
          question.rawValue, response.rawValue, coder, try Self.json(themes.sorted()), Self.stamp(date),
        ])
    }
  }

  /// The codings of `question` (of one coder, or of all), by response.
  public func handCodings(question: QuestionID, coder: String? = nil) throws -> [HandCoding] {
    try writer.read { db in
      var sql = "SELECT responseID, coder, themes, codedAt FROM handCoding WHERE questionID = ?"
      var arguments: StatementArguments = [question.rawValue]
      if let coder {
        sql += " AND coder = ?"
        arguments += [coder]
      }
      return try Row.fetchAll(db, sql: sql + " ORDER BY coder, responseID", arguments: arguments).map { row in
        HandCoding(
          responseID: ResponseID(row["responseID"] as String), coder: row["coder"],
          themes: Set(
            try Self.reviewDecoder.decode([ThemeKey].self, from: Data((row["themes"] as String).utf8))),
          date: Self.date(row["codedAt"]))
      }
    }
  }
}

/// The themes one coder gave one response of the sample.
public struct HandCoding: Sendable, Hashable, Codable {
  public var responseID: ResponseID
  public var coder: String
  public var themes: Set<ThemeKey>
  public var date: Date
  public init(responseID: ResponseID, coder: String, themes: Set<ThemeKey>, date: Date) {
    self.responseID = responseID
    self.coder = coder
    self.themes = themes
    self.date = date
  }
}
