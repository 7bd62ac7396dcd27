import Foundation
import ObservatoireCore

/// Login rate limiting, as pure logic: after `maximumFailures` failed attempts within `window`
/// for one key (an account identifier, or a client address), that key is refused until `lockout`
/// has passed since the last failure. A success clears the key. Time is given by the caller, so
/// that tests move it by hand; the web app keeps one in an actor (`LoginLimiter`).
public struct LoginThrottle: Sendable, Hashable {
  public var maximumFailures: Int
  public var window: TimeInterval
  public var lockout: TimeInterval
  /// Failure times still within the window, by key.
  private var failures: [String: [Date]] = [:]
  /// Keys refused until a date.
  private var lockedUntil: [String: Date] = [:]

  public init(maximumFailures: Int = 5, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60) {
    self.maximumFailures = maximumFailures
    self.window = window
    self.lockout = lockout
  }

  public enum Decision: Sendable, Hashable {
    case allowed
    case refused(until: Date)
  }

  /// Whether an attempt for `key` may be made at `now`.
  public func decision(for key: String, at now: Date) -> Decision {
    if let until = lockedUntil[key], now < until { return .refused(until: until) }
    return .allowed
  }

  /// Counts a failed attempt; the one that reaches `maximumFailures` within `window` locks the
  /// key for `lockout` and starts the count afresh.
  public mutating func recordFailure(for key: String, at now: Date) {
    var recent = failures[key, default: []].filter { now.timeIntervalSince($0) < window }
    recent.append(now)
    if recent.count >= maximumFailures {
      lockedUntil[key] = now.addingTimeInterval(lockout)
      failures[key] = nil
    } else {
      failures[key] = recent
    }
  }

  public mutating func recordSuccess(for key: String) {
    failures[key] = nil
    lockedUntil[key] = nil
  }

  /// Forgets keys with no failure left in the window and no lock in force (bounded memory under
  /// attack).
  public mutating func prune(at now: Date) {
    failures = failures.filter { _, times in times.contains { now.timeIntervalSince($0) < window } }
    lockedUntil = lockedUntil.filter { now < $0.value }
  }

  public var trackedKeys: Int { Set(failures.keys).union(lockedUntil.keys).count }
}

/// Why a login was refused, in French for the person logging in.
public enum LoginError: UserFacingError, Equatable {
  /// The same message whether the account exists or not.
  case wrongCredentials
  case tooManyAttempts(minutes: Int)

  public var messageFR: String {
    switch self {
    case .wrongCredentials: "Identifiant ou mot de passe incorrect."
    case .tooManyAttempts(let minutes):
      "Trop de tentatives de connexion : réessayez dans \(minutes) minute\(minutes > 1 ? "s" : "")."
    }
  }
}

/// Logins through the throttle, by account identifier and by client address together: what the
/// web app calls. The clock is injected.
public actor LoginLimiter {
  private var throttle: LoginThrottle
  private let now: @Sendable () -> Date

  public init(throttle: LoginThrottle = LoginThrottle(), now: @escaping @Sendable () -> Date = { Date() }) {
    self.throttle = throttle
    self.now = now
  }

  /// The account, or `LoginError`: refused without checking the password while the identifier
  /// or the address is locked out; every wrong password counts against both.
  public func login(_ identifier: String, password: String, from address: String, in store: AccountStore)
    throws -> Account
  {
    let time = now()
    let keys = ["compte:" + identifier, "adresse:" + address]
    for key in keys {
      if case .refused(let until) = throttle.decision(for: key, at: time) {
        throw LoginError.tooManyAttempts(
          minutes: max(1, Int((until.timeIntervalSince(time) / 60).rounded(.up))))
      }
    }
    guard let account = try store.authenticate(identifier, password: password) else {
      for key in keys { throttle.recordFailure(for: key, at: time) }
      throttle.prune(at: time)
      throw LoginError.wrongCredentials
    }
    throttle.recordSuccess(for: keys[0])
    return account
  }
}
