import Foundation
import Storage
import Testing

@Suite struct PrivacyStoreTests {
  @Test func keepsConfirmationsAndReplacesFingerprints() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("privacy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("p.observatoire").path
    do {
      let database = try ProjectDatabase(path: path)
      #expect(try database.privacyConfirmations().isEmpty)
      try database.confirmPrivacyFindings([("P0000ABCD", "PERSONNE"), ("P1234ABCD", "PERSONNE")])
      try database.confirmPrivacyFindings([("P0000ABCD", "PERSONNE")])
      try database.replaceMaskedValueFingerprints(["a1", "b2"])
      try database.replaceMaskedValueFingerprints(["c3"])
      #expect(try database.privacySalt() == nil)
      #expect(try database.privacySalt(creatingWith: { "sel" }) == "sel")
    }
    // Reopened: what was stored is there, and the salt is not made again.
    let database = try ProjectDatabase(path: path)
    #expect(try database.privacyConfirmations() == ["P0000ABCD", "P1234ABCD"])
    #expect(try database.maskedValueFingerprints() == ["c3"])
    #expect(try database.privacySalt(creatingWith: { "autre" }) == "sel")
  }
}
