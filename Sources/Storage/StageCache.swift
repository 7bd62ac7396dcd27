import Crypto
import Foundation
import GRDB

/// A content-addressed key: the SHA-256 of everything a stage result depends on (inputs, model,
/// prompt, parameters). Same key, same result; any change gives a new key.
public struct StageKey: Sendable, Hashable, CustomStringConvertible {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Hashes the parts in order, each length-prefixed so that ("ab","c") ≠ ("a","bc").
  public init(_ parts: [String]) {
    var hasher = SHA256()
    for part in parts {
      let bytes = Array(part.utf8)
      withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { hasher.update(bufferPointer: $0) }
      hasher.update(data: bytes)
    }
    rawValue = hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  public init(_ parts: String...) { self.init(parts) }
  public var description: String { rawValue }
}

/// The stage cache of a project: finished work, kept by stage and content key. Results are written
/// in a short transaction as soon as their batch is done, so an interrupted run loses only the
/// batch in flight.
extension ProjectDatabase {
  static func registerStageCacheMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v1-stage-cache") { db in
      try db.create(table: "stageResult") { t in
        t.column("stage", .text).notNull()
        t.column("key", .text).notNull()
        t.column("value", .blob).notNull()
        t.column("createdAt", .datetime).notNull()
        t.primaryKey(["stage", "key"])
      }
    }
  }

  public func cachedResult(stage: String, key: StageKey) throws -> Data? {
    try writer.read { db in
      try Data.fetchOne(
        db, sql: "SELECT value FROM stageResult WHERE stage = ? AND key = ?",
        arguments: [stage, key.rawValue])
    }
  }

  /// The cached results among `keys`, by key (missing keys are absent).
  public func cachedResults(stage: String, keys: [StageKey]) throws -> [StageKey: Data] {
    var found: [StageKey: Data] = [:]
    try writer.read { db in
      let statement = try db.makeStatement(sql: "SELECT value FROM stageResult WHERE stage = ? AND key = ?")
      for key in Set(keys) {
        if let value = try Data.fetchOne(statement, arguments: [stage, key.rawValue]) { found[key] = value }
      }
    }
    return found
  }

  public func storeResult(stage: String, key: StageKey, value: Data) throws {
    try storeResults(stage: stage, [(key, value)])
  }

  /// Writes several results in one transaction.
  public func storeResults(stage: String, _ results: [(StageKey, Data)]) throws {
    guard !results.isEmpty else { return }
    try writer.write { db in
      let statement = try db.makeStatement(
        sql: """
          INSERT INTO stageResult(stage, key, value, createdAt) VALUES (?, ?, ?, ?)
          ON CONFLICT(stage, key) DO UPDATE SET value = excluded.value, createdAt = excluded.createdAt
          """)
      let now = Date()
      for (key, value) in results {
        try statement.execute(arguments: [stage, key.rawValue, value, now])
      }
    }
  }

  /// Number of cached results of a stage (for tests and `--json` summaries).
  public func cachedResultCount(stage: String) throws -> Int {
    try writer.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stageResult WHERE stage = ?", arguments: [stage]) ?? 0
    }
  }
}
