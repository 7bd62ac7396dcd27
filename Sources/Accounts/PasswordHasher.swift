import Crypto
import CryptoExtras
import Foundation

/// A password hash with everything needed to check it again: the scrypt parameters, the salt
/// and the derived key, written `scrypt$ln=15,r=8,p=1$<salt>$<key>` (base 64).
public struct PasswordHash: Sendable, Hashable {
  public var logRounds: Int
  public var blockSize: Int
  public var parallelism: Int
  public var salt: [UInt8]
  public var key: [UInt8]

  public var encoded: String {
    "scrypt$ln=\(logRounds),r=\(blockSize),p=\(parallelism)$\(Data(salt).base64EncodedString())$"
      + Data(key).base64EncodedString()
  }

  public init(logRounds: Int, blockSize: Int, parallelism: Int, salt: [UInt8], key: [UInt8]) {
    self.logRounds = logRounds
    self.blockSize = blockSize
    self.parallelism = parallelism
    self.salt = salt
    self.key = key
  }

  /// Reads an encoded hash; nil for anything else.
  public init?(encoded: String) {
    let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "scrypt" else { return nil }
    var values: [String: Int] = [:]
    for pair in parts[1].split(separator: ",") {
      let kv = pair.split(separator: "=")
      guard kv.count == 2, let value = Int(kv[1]) else { return nil }
      values[String(kv[0])] = value
    }
    guard let ln = values["ln"], let r = values["r"], let p = values["p"], (1...30).contains(ln), r > 0,
      p > 0,
      let salt = Data(base64Encoded: String(parts[2])), let key = Data(base64Encoded: String(parts[3])),
      !salt.isEmpty, !key.isEmpty
    else { return nil }
    self.init(logRounds: ln, blockSize: r, parallelism: p, salt: Array(salt), key: Array(key))
  }
}

/// Hashes passwords with scrypt (memory-hard: N = 2^ln blocks of 128·r bytes must be held at
/// once, 16 MiB with the defaults), a random 16-byte salt per password, and checks them in
/// constant time. The parameters are stored with each hash, so raising them later leaves the
/// accounts made before usable.
public struct PasswordHasher: Sendable {
  /// log2 of scrypt's N. 15 (with r = 8, p = 1): about 32 MiB and a few tenths of a second, the
  /// interactive-login figure of RFC 7914's authors.
  public var logRounds: Int
  public var blockSize: Int
  public var parallelism: Int
  public var saltLength = 16
  public var keyLength = 32

  public init(logRounds: Int = 15, blockSize: Int = 8, parallelism: Int = 1) {
    self.logRounds = logRounds
    self.blockSize = blockSize
    self.parallelism = parallelism
  }

  public func hash(_ password: String) throws -> PasswordHash {
    var generator = SystemRandomNumberGenerator()
    let salt = (0..<saltLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    let key = try Self.derive(
      password, salt: salt, logRounds: logRounds, blockSize: blockSize, parallelism: parallelism,
      length: keyLength)
    return PasswordHash(
      logRounds: logRounds, blockSize: blockSize, parallelism: parallelism, salt: salt, key: key)
  }

  /// Whether `password` gives `hash`'s key with `hash`'s own salt and parameters.
  public func verify(_ password: String, against hash: PasswordHash) -> Bool {
    guard
      let key = try? Self.derive(
        password, salt: hash.salt, logRounds: hash.logRounds, blockSize: hash.blockSize,
        parallelism: hash.parallelism, length: hash.key.count)
    else { return false }
    return Self.constantTimeEqual(key, hash.key)
  }

  /// A hash to check against when the account does not exist: the same work as a real one.
  public var decoy: PasswordHash {
    PasswordHash(
      logRounds: logRounds, blockSize: blockSize, parallelism: parallelism,
      salt: Array(repeating: 0, count: saltLength), key: Array(repeating: 0, count: keyLength))
  }

  static func derive(
    _ password: String, salt: [UInt8], logRounds: Int, blockSize: Int, parallelism: Int, length: Int
  ) throws -> [UInt8] {
    let key = try KDF.Scrypt.deriveKey(
      from: Array(password.precomposedStringWithCanonicalMapping.utf8), salt: salt, outputByteCount: length,
      rounds: 1 << logRounds, blockSize: blockSize, parallelism: parallelism)
    return key.withUnsafeBytes { Array($0) }
  }

  /// Compares every byte whatever the first difference, so the time taken says nothing of where.
  public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for (x, y) in zip(a, b) { difference |= x ^ y }
    return difference == 0
  }
}
