import Crypto
import Foundation
import ObservatoireCore

/// Keeps the originals of masked personal data, encrypted at rest with AES-256-GCM, for analysts who
/// asked to keep them. The key comes from a key file (32 random bytes) or from a passphrase through
/// PBKDF2-HMAC-SHA256 (RFC 8018) with a random 16-byte salt stored beside the sealed data.
public struct OriginalsVault: Sendable {
  public let key: SymmetricKey

  public init(key: SymmetricKey) {
    self.key = key
  }

  /// Iterations of PBKDF2 for passphrase keys (OWASP 2023 advice for HMAC-SHA256).
  public static let passphraseIterations = 600_000

  public init(passphrase: String, salt: Data, iterations: Int = OriginalsVault.passphraseIterations) {
    key = SymmetricKey(
      data: Self.pbkdf2SHA256(password: Data(passphrase.utf8), salt: salt, iterations: iterations, length: 32)
    )
  }

  public static func randomSalt() -> Data {
    Data(SymmetricKey(size: SymmetricKeySize(bitCount: 128)).withUnsafeBytes { Array($0) })
  }

  /// Reads the 32-byte key at `url`, creating it (readable by its owner only) if it does not exist.
  public static func loadOrCreateKeyFile(at url: URL) throws -> OriginalsVault {
    if let data = try? Data(contentsOf: url) {
      guard data.count == 32 else { throw VaultError.badKeyFile(url.path) }
      return OriginalsVault(key: SymmetricKey(data: data))
    }
    let key = SymmetricKey(size: .bits256)
    let data = key.withUnsafeBytes { Data($0) }
    try data.write(to: url, options: .atomic)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    return OriginalsVault(key: key)
  }

  /// Nonce, ciphertext and tag in one blob.
  public func seal(_ plaintext: Data) throws -> Data {
    guard let combined = try AES.GCM.seal(plaintext, using: key).combined else { throw VaultError.cannotOpen }
    return combined
  }

  public func open(_ sealed: Data) throws -> Data {
    do {
      return try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: key)
    } catch {
      throw VaultError.cannotOpen
    }
  }

  /// Seals the originals of `findings` (kind and original text, in order).
  public func seal(_ findings: [PersonalDataFinding]) throws -> Data {
    let records = findings.map { StoredOriginal(kind: $0.kind.rawValue, original: $0.original) }
    return try seal(JSONEncoder().encode(records))
  }

  public func openOriginals(_ sealed: Data) throws -> [(kind: PersonalDataKind, original: String)] {
    let records = try JSONDecoder().decode([StoredOriginal].self, from: open(sealed))
    return records.compactMap { record in
      PersonalDataKind(rawValue: record.kind).map { ($0, record.original) }
    }
  }

  struct StoredOriginal: Codable {
    var kind: String
    var original: String
  }

  /// PBKDF2 with HMAC-SHA256 (RFC 8018 § 5.2).
  public static func pbkdf2SHA256(password: Data, salt: Data, iterations: Int, length: Int) -> Data {
    let key = SymmetricKey(data: password)
    var derived = Data()
    var blockIndex: UInt32 = 1
    while derived.count < length {
      var indexBytes = blockIndex.bigEndian
      let saltAndIndex = salt + Data(bytes: &indexBytes, count: 4)
      var u = Data(HMAC<SHA256>.authenticationCode(for: saltAndIndex, using: key))
      var block = [UInt8](u)
      for _ in 1..<max(iterations, 1) {
        u = Data(HMAC<SHA256>.authenticationCode(for: u, using: key))
        for (j, byte) in u.enumerated() { block[j] ^= byte }
      }
      derived.append(contentsOf: block)
      blockIndex += 1
    }
    return derived.prefix(length)
  }
}

public enum VaultError: UserFacingError, Equatable {
  case badKeyFile(String)
  case cannotOpen

  public var messageFR: String {
    switch self {
    case .badKeyFile(let path): "Le fichier de clé « \(path) » n'est pas une clé de 32 octets."
    case .cannotOpen:
      "Impossible de déchiffrer les données personnelles conservées : clé ou phrase secrète incorrecte, ou données altérées."
    }
  }
}
