import Foundation
import GRDB
import ObservatoireCore

/// One analysis project: a single SQLite file holding the consultation, the stage cache and the
/// results. Passed around as a value; there is no global database.
public struct ProjectDatabase: Sendable {
  public let writer: any DatabaseWriter

  /// Opens (creating if needed) the project file at `path` and brings its schema up to date.
  public init(path: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    // Several writers on one project (the web app's reviewers, a command run beside it) wait
    // for each other instead of failing at once.
    configuration.busyMode = .timeout(10)
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
    registerAnalysisThresholdMigration(&migrator)
    registerReviewMigrations(&migrator)
    registerTrustMigrations(&migrator)
    registerDeletionMigrations(&migrator)
    registerObservatoryMigrations(&migrator)
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

/// Why a file could not be opened as a project, in French for the analyst.
public enum ProjectOpeningError: UserFacingError, Equatable {
  case notFound(path: String)
  case notAProject(path: String)

  public var messageFR: String {
    switch self {
    case .notFound(let path):
      "Erreur : le projet « \(path) » n'existe pas. Lancez d'abord « observatoire import » "
        + "pour le créer."
    case .notAProject(let path):
      "Erreur : « \(path) » n'est pas un projet Observatoire (fichier SQLite attendu). Donnez le "
        + "fichier .observatoire créé par « observatoire import »."
    }
  }

  public var messageEN: String {
    switch self {
    case .notFound(let path): "Error: the project “\(path)” does not exist. Run “observatoire import” first."
    case .notAProject(let path):
      "Error: “\(path)” is not an Observatoire project (an SQLite file was expected)."
    }
  }
}

extension ProjectDatabase {
  /// Opens the project that must already exist at `path`, to read it: a missing file, a file
  /// that is not SQLite, or an SQLite file that no Observatoire command made, is refused before
  /// anything is written into it.
  public static func openExisting(path: String) throws -> ProjectDatabase {
    if let kept = KeptProjects.shared.database(at: path) { return kept }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
      throw ProjectOpeningError.notFound(path: path)
    }
    guard looksLikeProject(path: path) else { throw ProjectOpeningError.notAProject(path: path) }
    let database: ProjectDatabase
    do {
      database = try ProjectDatabase(path: path)
    } catch {
      throw ProjectOpeningError.notAProject(path: path)
    }
    KeptProjects.shared.keep(database, at: path)
    return database
  }

  /// From now on, a project opened by `openExisting` stays open for the process's next requests
  /// (a server): opening one (a pool, the migrations' check) costs more than most pages, and
  /// closing the last connection rewrites the file, which would defeat any cache keyed on it.
  /// A project whose file changed underneath (replaced, or checkpointed by another process) is
  /// opened again.
  public static func keepProjectsOpen() { KeptProjects.shared.enable() }

  /// Throws unless the file at `path` is a project, without opening it as one (which may touch
  /// the file): for a command that will write into it only once its input has been checked.
  public static func checkIsProject(path: String) throws {
    guard looksLikeProject(path: path) else { throw ProjectOpeningError.notAProject(path: path) }
  }

  /// Whether the file at `path` is an SQLite database holding Observatoire's first migration.
  /// Read without opening it through the migrator, which would write into a foreign file.
  static func looksLikeProject(path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    try? handle.close()
    guard header == Data("SQLite format 3\0".utf8) else { return false }
    // A plain connection: it writes nothing unless asked (a read-only one cannot open a WAL file
    // whose -shm is gone).
    // It waits for a writer (an analysis, a measure in the background) as the project's own
    // connections do, instead of taking a busy file for a foreign one.
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
    defer { try? queue.close() }
    let found = try? queue.read { db in
      try db.tableExists("grdb_migrations")
        && (try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = 'v1-project')")
          ?? false)
    }
    return found == true
  }
}

/// The projects a server keeps open (`ProjectDatabase.keepProjectsOpen`), each with the identity of
/// its file when it was opened: device, inode, size and change time.
final class KeptProjects: @unchecked Sendable {
  static let shared = KeptProjects()

  private struct Kept {
    var identity: [Int]
    var database: ProjectDatabase
  }

  private let lock = NSLock()
  private var enabled = false
  private var kept: [String: Kept] = [:]
  private let capacity = 32

  func enable() { lock.withLock { enabled = true } }

  func database(at path: String) -> ProjectDatabase? {
    guard lock.withLock({ enabled }), let identity = Self.identity(path) else { return nil }
    return lock.withLock {
      guard let entry = kept[path] else { return nil }
      guard entry.identity == identity else {
        kept[path] = nil
        return nil
      }
      return entry.database
    }
  }

  func keep(_ database: ProjectDatabase, at path: String) {
    guard lock.withLock({ enabled }), let identity = Self.identity(path) else { return }
    lock.withLock {
      if kept.count >= capacity, kept[path] == nil { kept.removeAll(keepingCapacity: true) }
      kept[path] = Kept(identity: identity, database: database)
    }
  }

  static func identity(_ path: String) -> [Int]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [
      Int(info.st_dev), Int(info.st_ino), Int(info.st_size), Int(info.st_ctim.tv_sec),
      Int(info.st_ctim.tv_nsec),
    ]
  }
}
