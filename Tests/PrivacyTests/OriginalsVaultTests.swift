import Crypto
import Foundation
import Testing

@testable import Privacy

@Suite struct OriginalsVaultTests {
  @Test func pbkdf2MatchesRFC7914Vector() {
    let derived = OriginalsVault.pbkdf2SHA256(
      password: Data("passwd".utf8), salt: Data("salt".utf8), iterations: 1, length: 64)
    #expect(
      derived.prefix(16).map { String(format: "%02x", $0) }.joined() == "55ac046e56e3089fec1691c22544b605")
  }

  @Test func sealsAndOpensOriginalsOnlyWithTheRightPassphrase() throws {
    let salt = OriginalsVault.randomSalt()
    let vault = OriginalsVault(passphrase: "phrase secrète", salt: salt, iterations: 1000)
    let masked = PersonalDataMasker().mask("Écrire à anne@exemple.fr")
    let sealed = try vault.seal(masked.findings)
    #expect(!String(decoding: sealed, as: UTF8.self).contains("anne@exemple.fr"))
    let opened = try vault.openOriginals(sealed)
    #expect(opened.map(\.original) == ["anne@exemple.fr"])
    let wrong = OriginalsVault(passphrase: "autre", salt: salt, iterations: 1000)
    #expect(throws: VaultError.cannotOpen) { try wrong.openOriginals(sealed) }
  }

  @Test func keyFileIsCreatedOnceAndReused() throws {
    let dir = try FileManager.default.temporaryDirectory.appendingPathComponent("vault-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("cle")
    let sealed = try OriginalsVault.loadOrCreateKeyFile(at: url).seal(Data("x".utf8))
    #expect(try OriginalsVault.loadOrCreateKeyFile(at: url).open(sealed) == Data("x".utf8))
  }
}
