import Crypto
import CryptoExtras
import Foundation
import GRDB
import ObservatoireCore

/// What an account may do. Administrators manage accounts and everything else; analysts import,
/// run, review and validate; readers read.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
  case administrator = "administrateur"
  case analyst = "analyste"
  case reader = "lecteur"

  public var canManageAccounts: Bool { self == .administrator }
  public var canEdit: Bool { self != .reader }
  public var canRead: Bool { true }

  public var labelFR: String {
    switch self {
    case .administrator: "administrateur"
    case .analyst: "analyste"
    case .reader: "lecteur"
    }
  }
}

/// An account as the web app and the command line see it (never its password hash).
public struct Account: Sendable, Hashable, Codable {
  public var identifier: String
  public var role: Role
  public var createdAt: Date
  public init(identifier: String, role: Role, createdAt: Date) {
    self.identifier = identifier
    self.role = role
    self.createdAt = createdAt
  }
}

/// Why an account could not be made or used, in French for the administrator.
public enum AccountError: UserFacingError, Equatable {
  case invalidIdentifier(String)
  case duplicate(String)
  case passwordTooShort(minimum: Int)
  case passwordsDiffer
  case unknownRole(String)
  case notFound(String)
  case unreadableStore(path: String)
  /// The change would leave the server without an administrator.
  case lastAdministrator(String)

  public var messageFR: String {
    switch self {
    case .invalidIdentifier(let identifier):
      "Erreur : identifiant « \(identifier) » invalide : de 2 à 64 caractères parmi les lettres minuscules "
        + "sans accent, les chiffres et « . _ @ - »."
    case .duplicate(let identifier): "Erreur : le compte « \(identifier) » existe déjà."
    case .passwordTooShort(let minimum):
      "Erreur : le mot de passe doit compter au moins \(minimum) caractères."
    case .passwordsDiffer: "Erreur : les deux saisies du mot de passe diffèrent."
    case .unknownRole(let role):
      "Erreur : rôle « \(role) » inconnu : administrateur, analyste ou lecteur."
    case .notFound(let identifier): "Erreur : aucun compte « \(identifier) »."
    case .unreadableStore(let path):
      "Erreur : « \(path) » n'est pas un fichier de comptes Observatoire lisible."
    case .lastAdministrator(let identifier):
      "Erreur : « \(identifier) » est le seul administrateur : nommez-en un autre avant de changer son rôle."
    }
  }
}

/// The server's accounts: one SQLite file in the data folder (`comptes.sqlite`), beside the
/// projects and not inside any of them, since one account reviews several projects.
public struct AccountStore: Sendable {
  public static let fileName = "comptes.sqlite"
  public static let minimumPasswordLength = 12

  public let writer: any DatabaseWriter
  public let hasher: PasswordHasher

  /// Opens (creating if needed) the accounts file of the data folder `folder`.
  public init(dataFolder folder: URL, hasher: PasswordHasher = PasswordHasher()) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(Self.fileName).path
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    do {
      try self.init(writer: DatabasePool(path: path, configuration: configuration), hasher: hasher)
    } catch is DatabaseError {
      throw AccountError.unreadableStore(path: path)
    }
  }

  public init(writer: any DatabaseWriter, hasher: PasswordHasher = PasswordHasher()) throws {
    self.writer = writer
    self.hasher = hasher
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-accounts") { db in
      try db.create(table: "account") { t in
        t.column("identifier", .text).primaryKey()
        t.column("role", .text).notNull()
        t.column("passwordHash", .text).notNull()
        t.column("createdAt", .double).notNull()
      }
    }
    try migrator.migrate(writer)
  }

  /// An in-memory store, for tests.
  public static func inMemory(hasher: PasswordHasher = PasswordHasher()) throws -> AccountStore {
    try AccountStore(writer: DatabaseQueue(), hasher: hasher)
  }

  /// Lowercase ASCII letters, digits, « . _ @ - », 2 to 64 characters.
  public static func isValidIdentifier(_ identifier: String) -> Bool {
    (2...64).contains(identifier.count)
      && identifier.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_@".unicodeScalars.contains($0)
      }
  }

  /// Creates an account; its password is hashed (scrypt) before anything is stored.
  @discardableResult
  public func addAccount(_ identifier: String, role: Role, password: String, at date: Date = Date()) throws
    -> Account
  {
    guard Self.isValidIdentifier(identifier) else { throw AccountError.invalidIdentifier(identifier) }
    guard password.count >= Self.minimumPasswordLength else {
      throw AccountError.passwordTooShort(minimum: Self.minimumPasswordLength)
    }
    let hash = try hasher.hash(password)
    let account = Account(identifier: identifier, role: role, createdAt: date)
    try writer.write { db in
      guard
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM account WHERE identifier = ?)", arguments: [identifier])
          != true
      else { throw AccountError.duplicate(identifier) }
      try db.execute(
        sql: "INSERT INTO account(identifier, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
        arguments: [identifier, role.rawValue, hash.encoded, date.timeIntervalSince1970])
    }
    return account
  }

  public func accounts() throws -> [Account] {
    try writer.read { db in
      try Row.fetchAll(db, sql: "SELECT identifier, role, createdAt FROM account ORDER BY identifier").map {
        Account(
          identifier: $0["identifier"], role: Role(rawValue: $0["role"]) ?? .reader,
          createdAt: Date(timeIntervalSince1970: $0["createdAt"]))
      }
    }
  }

  public func account(_ identifier: String) throws -> Account? {
    try accounts().first { $0.identifier == identifier }
  }

  /// The account when `password` is its password; nil otherwise (unknown account included, after
  /// the same work, so that the time taken does not tell which accounts exist).
  public func authenticate(_ identifier: String, password: String) throws -> Account? {
    let row = try writer.read { db in
      try Row.fetchOne(
        db, sql: "SELECT identifier, role, createdAt, passwordHash FROM account WHERE identifier = ?",
        arguments: [identifier])
    }
    guard let row, let stored = PasswordHash(encoded: row["passwordHash"]) else {
      _ = hasher.verify(password, against: hasher.decoy)
      return nil
    }
    guard hasher.verify(password, against: stored) else { return nil }
    return Account(
      identifier: row["identifier"], role: Role(rawValue: row["role"]) ?? .reader,
      createdAt: Date(timeIntervalSince1970: row["createdAt"]))
  }

  /// Gives `identifier` the role `role`; refused when it would leave no administrator.
  public func setRole(_ identifier: String, role: Role) throws {
    try writer.write { db in
      guard
        let current = try String.fetchOne(
          db, sql: "SELECT role FROM account WHERE identifier = ?", arguments: [identifier])
      else { throw AccountError.notFound(identifier) }
      if current == Role.administrator.rawValue, role != .administrator {
        let administrators =
          try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM account WHERE role = ?", arguments: [Role.administrator.rawValue])
          ?? 0
        guard administrators > 1 else { throw AccountError.lastAdministrator(identifier) }
      }
      try db.execute(
        sql: "UPDATE account SET role = ? WHERE identifier = ?", arguments: [role.rawValue, identifier])
    }
  }

  public func setPassword(_ identifier: String, password: String) throws {
    guard password.count >= Self.minimumPasswordLength else {
      throw AccountError.passwordTooShort(minimum: Self.minimumPasswordLength)
    }
    let hash = try hasher.hash(password)
    try writer.write { db in
      try db.execute(
        sql: "UPDATE account SET passwordHash = ? WHERE identifier = ?",
        arguments: [hash.encoded, identifier])
      guard db.changesCount == 1 else { throw AccountError.notFound(identifier) }
    }
  }
}
