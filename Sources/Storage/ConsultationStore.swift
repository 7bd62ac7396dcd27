import Foundation
import GRDB
import GRDBSQLite
import ObservatoireCore

/// The imported consultation, stored in the project file. A project holds one consultation:
/// saving a new one replaces the previous one (and its answers) in a single transaction.
extension ProjectDatabase {
  static func registerConsultationMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v1-consultation") { db in
      try db.create(table: "consultation") { t in
        t.column("id", .integer).primaryKey()
        t.column("title", .text).notNull()
        t.column("sourceName", .text).notNull()
        t.column("privacy", .text).notNull()
      }
      try db.create(table: "question") { t in
        t.column("id", .text).primaryKey()
        t.column("position", .integer).notNull()
        t.column("title", .text).notNull()
        t.column("kind", .text).notNull()
        t.column("options", .text).notNull()
        t.column("scaleLower", .double)
        t.column("scaleUpper", .double)
        t.column("confidence", .double).notNull()
        t.column("isSegment", .boolean).notNull()
        t.column("sourceColumns", .text).notNull()
      }
      try db.create(table: "response") { t in
        t.column("id", .text).primaryKey()
        t.column("position", .integer).notNull()
        t.column("row", .integer).notNull()
      }
      // Keyed by (question, response) so the free text of one question is one index range.
      try db.create(table: "answer") { t in
        t.column("questionID", .text).notNull().references("question", onDelete: .cascade)
        t.column("responseID", .text).notNull().references("response", onDelete: .cascade)
        t.column("kind", .text).notNull()
        t.column("text", .text)
        t.column("number", .double)
        t.primaryKey(["questionID", "responseID"])
      }
    }
  }

  /// Registered after every v1 migration, so that projects made before it are converted.
  static func registerAnswerPositionsMigration(_ migrator: inout DatabaseMigrator) {
    // Answers keyed by the positions of their question and response, in a table that is its own
    // index, without foreign keys to check: a million answers are written in a third of the time
    // and take a third less space. Existing projects are converted.
    migrator.registerMigration("v2-answer-positions") { db in
      try db.execute(
        sql: """
          CREATE TABLE response_v2(
            position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, row INTEGER NOT NULL);
          INSERT INTO response_v2(position, id, row) SELECT position, id, row FROM response;
          CREATE TABLE answer_v2(
            question INTEGER NOT NULL, response INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT,
            number REAL, PRIMARY KEY(question, response)) WITHOUT ROWID;
          INSERT INTO answer_v2(question, response, kind, text, number)
            SELECT q.position, r.position, a.kind, a.text, a.number FROM answer a
            JOIN question q ON q.id = a.questionID JOIN response r ON r.id = a.responseID;
          DROP TABLE answer;
          DROP TABLE response;
          ALTER TABLE response_v2 RENAME TO response;
          ALTER TABLE answer_v2 RENAME TO answer;
          """)
    }
  }

  /// Stores `consultation` and its privacy summary, replacing any previous consultation.
  public func saveConsultation(_ consultation: Consultation, privacy: PrivacySummary) throws {
    try replaceConsultation { writer in
      try writer.begin(
        title: consultation.title, sourceName: consultation.sourceName,
        questions: consultation.questions)
      try writer.append(consultation.responses)
      try writer.finish(privacy: privacy)
    }
  }

  /// Replaces the stored consultation by what `body` writes, in one transaction: when `body`
  /// throws, the project is left exactly as it was. The stored analyses go with the old
  /// consultation: they were computed from its answers. The stage cache stays, since its keys
  /// hash the inputs a result depends on.
  public func replaceConsultation<T>(_ body: (ConsultationWriter) throws -> T) throws -> T {
    try writer.write { db in
      try db.execute(sql: "DELETE FROM analysis")
      try db.execute(sql: "DELETE FROM answer")
      try db.execute(sql: "DELETE FROM response")
      try db.execute(sql: "DELETE FROM question")
      try db.execute(sql: "DELETE FROM consultation")
      let consultationWriter = ConsultationWriter(db: db)
      let result = try body(consultationWriter)
      guard consultationWriter.isFinished else {
        throw DatabaseError(message: "consultation written without its privacy summary")
      }
      return result
    }
  }
  /// The stored consultation, or nil when nothing was imported yet.
  public func loadConsultation() throws -> Consultation? {
    let decoder = JSONDecoder()
    return try writer.read { db -> Consultation? in
      guard
        let head = try Row.fetchOne(db, sql: "SELECT title, sourceName FROM consultation WHERE id = 1")
      else { return nil }
      let questions = try Row.fetchAll(db, sql: "SELECT * FROM question ORDER BY position").map {
        row -> Question in
        let lower: Double? = row["scaleLower"]
        let upper: Double? = row["scaleUpper"]
        return Question(
          id: QuestionID(row["id"] as String), title: row["title"],
          kind: QuestionKind(rawValue: row["kind"]) ?? .freeText,
          options: try decoder.decode([String].self, from: Data((row["options"] as String).utf8)),
          scale: lower.flatMap { l in upper.map { l...$0 } }, confidence: row["confidence"],
          isSegment: row["isSegment"],
          sourceColumns: try decoder.decode(
            [String].self, from: Data((row["sourceColumns"] as String).utf8)))
      }
      var responses = try Row.fetchAll(db, sql: "SELECT id, row FROM response ORDER BY position").map {
        row -> Response in
        Response(id: ResponseID(row["id"] as String), row: row["row"], answers: [:])
      }
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT question, response, kind, text, number FROM answer ORDER BY response")
      while let row = try cursor.next() {
        let question: Int = row["question"]
        let response: Int = row["response"]
        guard questions.indices.contains(question), responses.indices.contains(response) else {
          throw DatabaseError(message: "answer to an unknown question or response")
        }
        responses[response].answers[questions[question].id] = try Self.answer(
          kind: row["kind"], text: row["text"], number: row["number"], decoder: decoder)
      }
      return Consultation(
        title: head["title"], sourceName: head["sourceName"], questions: questions,
        responses: responses)
    }
  }

  public func loadPrivacySummary() throws -> PrivacySummary? {
    try writer.read { db in
      guard let json = try String.fetchOne(db, sql: "SELECT privacy FROM consultation WHERE id = 1")
      else { return nil }
      return try JSONDecoder().decode(PrivacySummary.self, from: Data(json.utf8))
    }
  }

  /// The non-empty free-text answers to one question, by response, in response order.
  public func freeTextAnswers(to question: QuestionID) throws -> [(ResponseID, String)] {
    try writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT r.id, a.text FROM answer a JOIN response r ON r.position = a.response
          WHERE a.question = (SELECT position FROM question WHERE id = ?) AND a.kind = 'text'
          AND a.text <> '' ORDER BY a.response
          """, arguments: [question.rawValue]
      ).map { (ResponseID($0["id"] as String), $0["text"] as String) }
    }
  }

  /// `encoder`'s JSON for an array of strings, written directly when no character needs escaping:
  /// encoding a few options per answer through `JSONEncoder` cost more than storing them.
  static func jsonArray(_ strings: [String], encoder: JSONEncoder) throws -> String {
    var json = "["
    for (i, string) in strings.enumerated() {
      // Quote, backslash, slash and control characters are escaped by JSONEncoder.
      guard !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F })
      else { return String(decoding: try encoder.encode(strings), as: UTF8.self) }
      if i > 0 { json += "," }
      json += "\""
      json += string
      json += "\""
    }
    return json + "]"
  }

  static func columns(of answer: Answer, encoder: JSONEncoder) throws -> (
    String, String?, Double?
  ) {
    switch answer {
    case .text(let t): ("text", t, nil)
    case .choice(let c): ("choice", c, nil)
    case .choices(let c): ("choices", try jsonArray(c, encoder: encoder), nil)
    case .ranking(let r): ("ranking", try jsonArray(r, encoder: encoder), nil)
    case .number(let n): ("number", nil, n)
    case .date(let d): ("date", nil, d.timeIntervalSince1970)
    }
  }

  static func answer(kind: String, text: String?, number: Double?, decoder: JSONDecoder)
    throws -> Answer
  {
    switch kind {
    case "choice": return .choice(text ?? "")
    case "choices": return .choices(try decoder.decode([String].self, from: Data((text ?? "[]").utf8)))
    case "ranking": return .ranking(try decoder.decode([String].self, from: Data((text ?? "[]").utf8)))
    case "number": return .number(number ?? 0)
    case "date": return .date(Date(timeIntervalSince1970: number ?? 0))
    default: return .text(text ?? "")
    }
  }
}

/// Writes a consultation into the open transaction of `replaceConsultation`: its questions,
/// then its responses by batches as they are read, then its privacy summary.
///
/// Responses and answers go through SQLite statements bound by hand: at a million answers,
/// GRDB's general argument handling took as long as SQLite itself.
public final class ConsultationWriter {
  private let db: Database
  private let encoder: JSONEncoder
  private var questionIDs: [QuestionID] = []
  private var insertResponse: RawStatement?
  private var insertAnswer: RawStatement?
  private var position = 0
  private(set) var isFinished = false

  init(db: Database) {
    self.db = db
    encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
  }

  public func begin(title: String, sourceName: String, questions: [Question]) throws {
    try db.execute(
      sql: "INSERT INTO consultation(id, title, sourceName, privacy) VALUES (1, ?, ?, '{}')",
      arguments: [title, sourceName])
    let insertQuestion = try db.makeStatement(
      sql: """
        INSERT INTO question(id, position, title, kind, options, scaleLower, scaleUpper, confidence,
        isSegment, sourceColumns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (position, q) in questions.enumerated() {
      try insertQuestion.execute(arguments: [
        q.id.rawValue, position, q.title, q.kind.rawValue,
        String(decoding: try encoder.encode(q.options), as: UTF8.self),
        q.scale?.lowerBound, q.scale?.upperBound, q.confidence, q.isSegment,
        String(decoding: try encoder.encode(q.sourceColumns), as: UTF8.self),
      ])
    }
    questionIDs = questions.map(\.id)
    insertResponse = try RawStatement(
      db, sql: "INSERT INTO response(position, id, row) VALUES (?, ?, ?)")
    insertAnswer = try RawStatement(
      db, sql: "INSERT INTO answer(question, response, kind, text, number) VALUES (?, ?, ?, ?, ?)")
  }

  /// Appends responses after those already written.
  public func append(_ responses: [Response]) throws {
    guard let insertResponse, let insertAnswer else {
      throw DatabaseError(message: "responses written before the questions")
    }
    for r in responses {
      insertResponse.bind(1, position)
      insertResponse.bind(2, r.id.rawValue)
      insertResponse.bind(3, r.row)
      try insertResponse.run()
      for (question, id) in questionIDs.enumerated() {
        guard let answer = r.answers[id] else { continue }
        let (kind, text, number) = try ProjectDatabase.columns(of: answer, encoder: encoder)
        insertAnswer.bind(1, question)
        insertAnswer.bind(2, position)
        insertAnswer.bind(3, kind)
        insertAnswer.bind(5, number)
        try insertAnswer.run(bindingText: text, at: 4)
      }
      position += 1
    }
  }

  /// Passes the text answers written so far to the questions `questions` through `transform`,
  /// `batchSize` at a time, and stores those it returns changed (nil: unchanged). Returns how
  /// many changed.
  public func rewriteTexts(
    of questions: [QuestionID], batchSize: Int = 4_096, _ transform: ([String]) throws -> [String?]
  ) throws -> Int {
    let positions = questions.compactMap { questionIDs.firstIndex(of: $0) }
    guard !positions.isEmpty else { return 0 }
    let update = try db.makeStatement(sql: "UPDATE answer SET text = ? WHERE question = ? AND response = ?")
    var changed = 0
    for question in positions {
      // Read by pages of the primary key: no cursor stays open on the table being updated.
      var after = -1
      while true {
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT response, text FROM answer WHERE question = ? AND response > ? AND kind = 'text'
            ORDER BY response LIMIT ?
            """, arguments: [question, after, batchSize])
        guard let last = rows.last else { break }
        after = last["response"]
        let texts = rows.map { ($0["text"] as String?) ?? "" }
        for (row, new) in zip(rows, try transform(texts)) {
          guard let new else { continue }
          try update.execute(arguments: [new, question, row["response"] as Int])
          changed += 1
        }
      }
    }
    return changed
  }

  public func finish(privacy: PrivacySummary) throws {
    try db.execute(
      sql: "UPDATE consultation SET privacy = ? WHERE id = 1",
      arguments: [String(decoding: try encoder.encode(privacy), as: UTF8.self)])
    isFinished = true
  }
}

/// An SQLite statement of `db`'s connection, bound and stepped without GRDB's argument layer.
/// Used only inside a GRDB write, on its connection.
final class RawStatement {
  private let db: Database
  private let statement: OpaquePointer
  /// SQLITE_TRANSIENT: SQLite copies the bytes before the binding call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  init(_ db: Database, sql: String) throws {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &statement, nil)
    guard code == SQLITE_OK, let statement else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
    self.db = db
    self.statement = statement
  }

  deinit { sqlite3_finalize(statement) }

  func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(statement, index, Int64(value)) }

  func bind(_ index: Int32, _ value: Double?) {
    if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
  }

  func bind(_ index: Int32, _ value: String?) {
    guard var value else {
      sqlite3_bind_null(statement, index)
      return
    }
    value.withUTF8 { bytes in
      if let address = bytes.baseAddress, !bytes.isEmpty {
        address.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          _ = sqlite3_bind_text(statement, index, $0, Int32(bytes.count), Self.transient)
        }
      } else {
        // SQLite reads a null pointer as NULL: an empty text is bound from a literal.
        _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
      }
    }
  }

  /// Binds `value` at `index` without SQLite copying it, steps once and resets, then unbinds it:
  /// the bytes need live only while the statement runs. Copying each answer's text was a tenth
  /// of the import's writing.
  func run(bindingText value: String?, at index: Int32) throws {
    guard var value, !value.isEmpty else {
      bind(index, value)
      return try run()
    }
    try value.withUTF8 { bytes in
      try bytes.withMemoryRebound(to: CChar.self) { text in
        // No destructor (SQLITE_STATIC): SQLite reads the bytes in place.
        _ = sqlite3_bind_text(statement, index, text.baseAddress, Int32(text.count), nil)
        defer { sqlite3_bind_null(statement, index) }
        try run()
      }
    }
  }

  /// Steps the bound statement once and resets it for the next row.
  func run() throws {
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    guard code == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
    }
  }
}
