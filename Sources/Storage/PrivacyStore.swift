import Foundation
import GRDB

/// What the project keeps about masking besides the masked text: the possible findings a person
/// confirmed (by identifier only, re-applied at every import), and keyed fingerprints of the names
/// masked at the last import, against which exports are checked. No original value is stored.
extension ProjectDatabase {
  static func registerPrivacyMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v3-privacy-review") { db in
      try db.create(table: "privacyConfirmation") { t in
        t.column("id", .text).primaryKey()  // PossibleFinding.id: « P » and eight hexadecimal digits
        t.column("kind", .text).notNull()
        t.column("confirmedAt", .text).notNull()
      }
      try db.create(table: "maskedValueFingerprint", options: .withoutRowID) { t in
        t.column("fingerprint", .text).primaryKey()
      }
    }
  }

  /// Identifiers of the possible findings confirmed so far.
  public func privacyConfirmations() throws -> Set<String> {
    try writer.read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM privacyConfirmation")) }
  }

  /// Records confirmations (identifier and kind); confirming twice keeps the first date.
  public func confirmPrivacyFindings(_ confirmations: [(id: String, kind: String)], at date: Date = Date())
    throws
  {
    let stamp = ISO8601DateFormatter().string(from: date)
    try writer.write { db in
      for confirmation in confirmations {
        try db.execute(
          sql: "INSERT OR IGNORE INTO privacyConfirmation(id, kind, confirmedAt) VALUES (?, ?, ?)",
          arguments: [confirmation.id, confirmation.kind, stamp])
      }
    }
  }

  /// The salt of the project's fingerprints, created on first use.
  public func privacySalt(creatingWith make: () -> String) throws -> String {
    try writer.write { db in
      if let salt = try String.fetchOne(db, sql: "SELECT value FROM projectInfo WHERE key = 'privacy.salt'") {
        return salt
      }
      let salt = make()
      try db.execute(sql: "INSERT INTO projectInfo(key, value) VALUES ('privacy.salt', ?)", arguments: [salt])
      return salt
    }
  }

  /// The salt, or nil when no import has stored fingerprints.
  public func privacySalt() throws -> String? {
    try info("privacy.salt")
  }

  /// Replaces the fingerprints of masked names by those of the import just done.
  public func replaceMaskedValueFingerprints(_ fingerprints: Set<String>) throws {
    try writer.write { db in
      try db.execute(sql: "DELETE FROM maskedValueFingerprint")
      let insert = try db.makeStatement(sql: "INSERT INTO maskedValueFingerprint(fingerprint) VALUES (?)")
      for fingerprint in fingerprints { try insert.execute(arguments: [fingerprint]) }
    }
  }

  public func maskedValueFingerprints() throws -> Set<String> {
    try writer.read { db in
      Set(try String.fetchAll(db, sql: "SELECT fingerprint FROM maskedValueFingerprint"))
    }
  }
}
