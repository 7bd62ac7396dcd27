import Foundation
import GRDB

/// What lasts across consultations (the `Observatory` target's register of initiatives, training
/// records, wave snapshots and publications), kept in the same project file. Storage owns the
/// schema; the records are JSON documents whose shape the `Observatory` target owns, with the
/// columns a query needs beside them.
///
/// - `observatoryRecord`: one row per record, by area (« registre », « formation », « vague »,
///   « publication ») and key; `grouping` scopes a replacement (a series' waves, a year);
///   `position` keeps the order of the source file.
/// - `observatoryValidation`: who validated which record, and the SHA-256 of the document they
///   saw; a document that changed since no longer counts as validated.
extension ProjectDatabase {
  static func registerObservatoryMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v6-observatory-records") { db in
      try db.create(table: "observatoryRecord") { t in
        t.column("area", .text).notNull()
        t.column("key", .text).notNull()
        t.column("grouping", .text).notNull().defaults(to: "")
        t.column("position", .integer).notNull()
        t.column("document", .blob).notNull()
        t.column("updatedAt", .datetime).notNull()
        t.primaryKey(["area", "key"])
      }
      try db.create(
        index: "observatoryRecordByGroup", on: "observatoryRecord", columns: ["area", "grouping"])
      try db.create(table: "observatoryValidation") { t in
        t.column("area", .text).notNull()
        t.column("key", .text).notNull()
        t.column("documentHash", .text).notNull()
        t.column("validatedBy", .text).notNull()
        t.column("validatedAt", .text).notNull()
        t.primaryKey(["area", "key"])
      }
    }
  }
}

/// One stored observatory record.
public struct ObservatoryRecord: Sendable, Hashable {
  public var key: String
  public var grouping: String
  public var position: Int
  public var document: Data
  public init(key: String, grouping: String = "", position: Int, document: Data) {
    self.key = key
    self.grouping = grouping
    self.position = position
    self.document = document
  }
}

/// A validation: who, when, and the hash of the document validated.
public struct ObservatoryValidation: Sendable, Hashable {
  public var documentHash: String
  public var validatedBy: String
  public var validatedAt: String
  public init(documentHash: String, validatedBy: String, validatedAt: String) {
    self.documentHash = documentHash
    self.validatedBy = validatedBy
    self.validatedAt = validatedAt
  }
}

extension ProjectDatabase {
  /// Replaces, in one transaction, the records of `area` (only those of `grouping` when given) by
  /// `records`: either all of them are stored or none.
  public func replaceObservatoryRecords(
    area: String, grouping: String? = nil, with records: [ObservatoryRecord]
  )
    throws
  {
    let now = Date()
    try writer.write { db in
      if let grouping {
        try db.execute(
          sql: "DELETE FROM observatoryRecord WHERE area = ? AND grouping = ?", arguments: [area, grouping])
      } else {
        try db.execute(sql: "DELETE FROM observatoryRecord WHERE area = ?", arguments: [area])
      }
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO observatoryRecord(area, key, grouping, position, document, updatedAt)
            VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT(area, key) DO UPDATE SET grouping = excluded.grouping,
            position = excluded.position, document = excluded.document, updatedAt = excluded.updatedAt
          """)
      for record in records {
        try insert.execute(
          arguments: [area, record.key, record.grouping, record.position, record.document, now])
      }
    }
  }

  /// Stores (replacing) one record.
  public func saveObservatoryRecord(area: String, _ record: ObservatoryRecord) throws {
    try writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO observatoryRecord(area, key, grouping, position, document, updatedAt)
            VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT(area, key) DO UPDATE SET grouping = excluded.grouping,
            position = excluded.position, document = excluded.document, updatedAt = excluded.updatedAt
          """,
        arguments: [area, record.key, record.grouping, record.position, record.document, Date()])
    }
  }

  /// The records of `area` (of `grouping` when given), in their order.
  public func observatoryRecords(area: String, grouping: String? = nil) throws -> [ObservatoryRecord] {
    try writer.read { db in
      let rows: [Row]
      if let grouping {
        rows = try Row.fetchAll(
          db,
          sql:
            "SELECT key, grouping, position, document FROM observatoryRecord WHERE area = ? AND grouping = ? ORDER BY position, key",
          arguments: [area, grouping])
      } else {
        rows = try Row.fetchAll(
          db,
          sql:
            "SELECT key, grouping, position, document FROM observatoryRecord WHERE area = ? ORDER BY grouping, position, key",
          arguments: [area])
      }
      return rows.map {
        ObservatoryRecord(
          key: $0["key"], grouping: $0["grouping"], position: $0["position"], document: $0["document"])
      }
    }
  }

  /// Records a validation of `key` in `area`, replacing an earlier one.
  public func validateObservatoryRecord(area: String, key: String, _ validation: ObservatoryValidation) throws
  {
    try writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO observatoryValidation(area, key, documentHash, validatedBy, validatedAt) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(area, key) DO UPDATE SET documentHash = excluded.documentHash,
            validatedBy = excluded.validatedBy, validatedAt = excluded.validatedAt
          """,
        arguments: [area, key, validation.documentHash, validation.validatedBy, validation.validatedAt])
    }
  }

  /// The validation of `key` in `area`, if any.
  public func observatoryValidation(area: String, key: String) throws -> ObservatoryValidation? {
    try writer.read { db in
      try Row.fetchOne(
        db,
        sql:
          "SELECT documentHash, validatedBy, validatedAt FROM observatoryValidation WHERE area = ? AND key = ?",
        arguments: [area, key]
      ).map {
        ObservatoryValidation(
          documentHash: $0["documentHash"], validatedBy: $0["validatedBy"], validatedAt: $0["validatedAt"])
      }
    }
  }
}
