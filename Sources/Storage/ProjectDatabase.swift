import Foundation
import GRDB

/// One analysis project: a single SQLite file holding the consultation, the stage cache and the
/// results. Passed around as a value; there is no global database.
public struct ProjectDatabase: Sendable {
  public let writer: any DatabaseWriter

  /// Opens (creating if needed) the project file at `path` and brings its schema up to date.
  public init(path: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    let pool = try DatabasePool(path: path, configuration: configuration)
    try self.init(writer: pool)
  }

  /// An in-memory project, for tests.
  public static func inMemory() throws -> ProjectDatabase {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    return try ProjectDatabase(writer: DatabaseQueue(configuration: configuration))
  }

  public init(writer: any DatabaseWriter) throws {
    self.writer = writer
    try Self.migrator.migrate(writer)
  }

  /// Migrations, by name, in order. Each area registers its own in its own file.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    registerProjectMigrations(&migrator)
    registerConsultationMigrations(&migrator)
    registerStageCacheMigrations(&migrator)
    registerAnalysisMigrations(&migrator)
    registerAnswerPositionsMigration(&migrator)
    registerPrivacyMigrations(&migrator)
    return migrator
  }
}

extension ProjectDatabase {
  static func registerProjectMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v1-project") { db in
      try db.create(table: "projectInfo") { t in
        t.column("key", .text).primaryKey()
        t.column("value", .text).notNull()
      }
    }
  }

  public func setInfo(_ key: String, _ value: String) throws {
    try writer.write { db in
      try db.execute(
        sql:
          "INSERT INTO projectInfo(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        arguments: [key, value])
    }
  }

  public func info(_ key: String) throws -> String? {
    try writer.read { db in
      try String.fetchOne(db, sql: "SELECT value FROM projectInfo WHERE key = ?", arguments: [key])
    }
  }
}
