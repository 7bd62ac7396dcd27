import Foundation
import ObservatoireCore
import TestSupport
import Testing

@testable import Accounts

/// Small scrypt parameters where the cost is not what is tested.
private let fast = PasswordHasher(logRounds: 10, blockSize: 8, parallelism: 1)

@Suite struct PasswordHashingTests {
  @Test func theDefaultHashIsScryptWithItsParametersAndARandomSalt() throws {
    let hasher = PasswordHasher()
    let first = try hasher.hash("correct horse battery staple")
    let second = try hasher.hash("correct horse battery staple")
    #expect(first.encoded.hasPrefix("scrypt$ln=15,r=8,p=1$"))
    #expect(first.salt.count == 16 && first.key.count == 32)
    #expect(first.salt != second.salt, "each password gets its own salt")
    #expect(first.key != second.key)
    #expect(hasher.verify("correct horse battery staple", against: first))
    #expect(!hasher.verify("correct horse battery stapler", against: first))
    let decoded = try #require(PasswordHash(encoded: first.encoded))
    #expect(decoded == first)
    #expect(hasher.verify("correct horse battery staple", against: decoded))
  }

  /// RFC 7914 § 12, second vector: scrypt("password", "NaCl", N = 1024, r = 8, p = 16).
  @Test func scryptGivesTheRFCVector() throws {
    let key = try PasswordHasher.derive(
      "password", salt: Array("NaCl".utf8), logRounds: 10, blockSize: 8, parallelism: 16, length: 64)
    #expect(
      key.map { String(format: "%02x", $0) }.joined()
        == "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
  }

  @Test func aHashKeepsTheParametersItWasMadeWith() throws {
    let old = try fast.hash("un mot de passe assez long")
    // Raising the cost later leaves earlier hashes checkable.
    #expect(PasswordHasher().verify("un mot de passe assez long", against: old))
    #expect(PasswordHash(encoded: "scrypt$ln=10,r=8$AAAA$AAAA") == nil)
    #expect(PasswordHash(encoded: "bcrypt$...") == nil)
  }

  @Test func comparisonLooksAtEveryByte() {
    #expect(PasswordHasher.constantTimeEqual([1, 2, 3], [1, 2, 3]))
    #expect(!PasswordHasher.constantTimeEqual([1, 2, 3], [1, 2, 4]))
    #expect(!PasswordHasher.constantTimeEqual([1, 2, 3], [1, 2]))
  }
}

@Suite struct AccountStoreTests {
  @Test func accountsAreCreatedListedAndAuthenticated() throws {
    let store = try AccountStore.inMemory(hasher: fast)
    try store.addAccount("admin", role: .administrator, password: "mot de passe très long")
    try store.addAccount("lea.martin", role: .reader, password: "un autre mot de passe")
    #expect(try store.accounts().map(\.identifier) == ["admin", "lea.martin"])
    #expect(try store.accounts().map(\.role) == [.administrator, .reader])
    #expect(try store.authenticate("admin", password: "mot de passe très long")?.role == .administrator)
    #expect(
      try store.authenticate("admin", password: "mot de passe tres long") == nil,
      "a wrong password is refused")
    #expect(try store.authenticate("personne", password: "mot de passe très long") == nil)
    #expect(throws: AccountError.duplicate("admin")) {
      try store.addAccount("admin", role: .analyst, password: "mot de passe très long")
    }
    #expect(throws: AccountError.passwordTooShort(minimum: 12)) {
      try store.addAccount("bob", role: .analyst, password: "court")
    }
    #expect(throws: AccountError.invalidIdentifier("Bob Dupont")) {
      try store.addAccount("Bob Dupont", role: .analyst, password: "mot de passe très long")
    }
  }

  @Test func noPasswordIsStoredInClear() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try AccountStore(dataFolder: folder, hasher: fast)
    try store.addAccount("admin", role: .administrator, password: "secret-unique-987654")
    let stored = try store.writer.read { db in
      try String.fetchAll(db, sql: "SELECT passwordHash FROM account")
    }
    #expect(stored.count == 1 && stored[0].hasPrefix("scrypt$") && !stored[0].contains("secret-unique"))
    let bytes = try Data(contentsOf: folder.appendingPathComponent(AccountStore.fileName))
    #expect(bytes.range(of: Data("secret-unique-987654".utf8)) == nil)
  }

  @Test func rolesSayWhatTheyAllow() {
    #expect(Role.administrator.canManageAccounts && Role.administrator.canEdit)
    #expect(!Role.analyst.canManageAccounts && Role.analyst.canEdit)
    #expect(!Role.reader.canManageAccounts && !Role.reader.canEdit && Role.reader.canRead)
    #expect(Role(rawValue: "analyste") == .analyst)
  }
}

@Suite struct LoginThrottleTests {
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  @Test func fiveFailuresLockTheKeyUntilTheLockoutPasses() {
    var throttle = LoginThrottle(maximumFailures: 5, window: 900, lockout: 900)
    for minute in 0..<4 {
      throttle.recordFailure(for: "alice", at: start.addingTimeInterval(Double(minute) * 60))
      #expect(
        throttle.decision(for: "alice", at: start.addingTimeInterval(Double(minute) * 60 + 1)) == .allowed)
    }
    let fifth = start.addingTimeInterval(240)
    throttle.recordFailure(for: "alice", at: fifth)
    #expect(
      throttle.decision(for: "alice", at: fifth.addingTimeInterval(1))
        == .refused(until: fifth.addingTimeInterval(900)))
    #expect(
      throttle.decision(for: "bob", at: fifth.addingTimeInterval(1)) == .allowed,
      "other keys are not affected")
    #expect(throttle.decision(for: "alice", at: fifth.addingTimeInterval(899)) != .allowed)
    #expect(throttle.decision(for: "alice", at: fifth.addingTimeInterval(900)) == .allowed)
  }

  @Test func failuresOutsideTheWindowDoNotCount() {
    var throttle = LoginThrottle(maximumFailures: 3, window: 600, lockout: 600)
    throttle.recordFailure(for: "k", at: start)
    throttle.recordFailure(for: "k", at: start.addingTimeInterval(300))
    throttle.recordFailure(for: "k", at: start.addingTimeInterval(700))  // the first has left the window
    #expect(throttle.decision(for: "k", at: start.addingTimeInterval(701)) == .allowed)
    throttle.recordFailure(for: "k", at: start.addingTimeInterval(800))
    #expect(throttle.decision(for: "k", at: start.addingTimeInterval(801)) != .allowed)
  }

  @Test func aSuccessClearsTheKeyAndPruningForgetsOldKeys() {
    var throttle = LoginThrottle(maximumFailures: 2, window: 600, lockout: 600)
    throttle.recordFailure(for: "a", at: start)
    throttle.recordSuccess(for: "a")
    throttle.recordFailure(for: "a", at: start.addingTimeInterval(1))
    #expect(throttle.decision(for: "a", at: start.addingTimeInterval(2)) == .allowed)
    throttle.recordFailure(for: "b", at: start)
    throttle.prune(at: start.addingTimeInterval(10_000))
    #expect(throttle.trackedKeys == 0)
  }

  @Test func theLimiterRefusesEvenTheRightPasswordWhileLockedOut() async throws {
    let store = try AccountStore.inMemory(hasher: fast)
    try store.addAccount("alice", role: .analyst, password: "le bon mot de passe")
    let clock = ManualClock(start)
    let limiter = LoginLimiter(throttle: LoginThrottle(maximumFailures: 3, window: 600, lockout: 600)) {
      clock.now
    }
    for _ in 0..<3 {
      await #expect(throws: LoginError.wrongCredentials) {
        try await limiter.login("alice", password: "mauvais", from: "10.0.0.1", in: store)
      }
    }
    await #expect(throws: LoginError.tooManyAttempts(minutes: 10)) {
      try await limiter.login("alice", password: "le bon mot de passe", from: "10.0.0.2", in: store)
    }
    #expect(
      LoginError.tooManyAttempts(minutes: 10).messageFR
        == "Trop de tentatives de connexion : réessayez dans 10 minutes.")
    clock.advance(by: 601)
    let account = try await limiter.login(
      "alice", password: "le bon mot de passe", from: "10.0.0.2", in: store)
    #expect(account.identifier == "alice")
  }
}

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date
  init(_ start: Date) { current = start }
  var now: Date { lock.withLock { current } }
  func advance(by seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}
