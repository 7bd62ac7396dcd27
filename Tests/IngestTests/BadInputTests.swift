import Crypto
import Foundation
import GRDB
import Ingest
import ObservatoireCore
import Storage
import TestSupport
import Testing

@Suite struct BadInputTests {
  @Test func rejectsAnEmptyFile() {
    let error = ingestError { _ = try importBytes([]) }
    #expect(error?.reason == .empty)
    #expect(error?.messageFR.contains("export.csv") == true)
  }

  @Test func rejectsABinaryFileNamingLineAndColumn() {
    let bytes = Array("id;texte\n1;ok\n2;".utf8) + [0x00, 0x01, 0x02, 0x03] + Array(" x\n".utf8)
    let error = ingestError { _ = try importBytes(bytes) }
    #expect(error?.reason == .binary)
    #expect(error?.location.line == 3)
    #expect(error?.messageFR.contains("ligne 3") == true)
  }

  @Test func rejectsAFieldLongerThanTheLimitWithItsLineAndColumn() {
    let long = [UInt8](repeating: 0x61, count: 10_000_100)
    let bytes = Array("id;texte\n1;ok\n2;".utf8) + long + [0x0A]
    let error = ingestError { _ = try importBytes(bytes) }
    #expect(error?.reason == .fieldTooLong(limit: 10_000_000))
    #expect(error?.location.line == 3)
    #expect(error?.location.column == 2)
    #expect(
      error?.messageFR
        == "Erreur dans export.csv, ligne 3, colonne 2 : un champ dépasse la taille maximale de 10 Mo.")
  }

  @Test func rejectsAnUnterminatedQuote() {
    let error = ingestError { _ = try importBytes(Array("id;texte\n1;\"ouvert\n2;b\n".utf8)) }
    #expect(error?.reason == .unterminatedQuote)
    #expect(error?.location.line == 2)
  }

  @Test func rejectsAnOldBinaryExcelFileAndABrokenXLSX() {
    let old = ingestError { _ = try importBytes([0xD0, 0xCF, 0x11, 0xE0], name: "e.xls") }
    #expect(old?.reason == .unsupportedFormat("xls"))
    let broken = ingestError { _ = try importBytes([0x50, 0x4B, 0x03, 0x04], name: "e.xlsx") }
    #expect(broken?.reason == .corruptSpreadsheet("l'archive ZIP est tronquée ou endommagée"))
    #expect(broken?.location == SourceLocation(file: "e.xlsx"))
    let empty = ingestError { _ = try importBytes([], name: "vide.ods") }
    #expect(empty?.reason == .empty)
    let protected = ingestError {
      _ = try importBytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], name: "protege.xlsx")
    }
    #expect(protected?.messageFR.contains("protégé par mot de passe") == true)
  }

  @Test func aFailedImportLeavesTheProjectDatabaseUnchanged() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("p.observatoire").path
    let example = Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")
    let (c, _) = try ConsultationImporter().importFile(at: example)
    let db = try ProjectDatabase(path: path)
    try db.saveConsultation(c, privacy: PrivacySummary(maskedCounts: ["EMAIL": 2]))
    let before = try dump(db)
    // A consultation the store refuses (two responses with one id) must roll back entirely.
    var broken = c
    broken.responses[1].id = broken.responses[0].id
    broken.title = "autre"
    #expect(throws: (any Error).self) { try db.saveConsultation(broken, privacy: PrivacySummary()) }
    #expect(try dump(db) == before)
    #expect(try db.loadConsultation() == c)
  }

  private func dump(_ db: ProjectDatabase) throws -> String {
    try db.writer.read { database in
      var hasher = SHA256()
      for table in ["consultation", "question", "response", "answer"] {
        for row in try Row.fetchAll(database, sql: "SELECT * FROM \(table) ORDER BY 1, 2") {
          hasher.update(data: Data("\(table):\(row.description)\n".utf8))
        }
      }
      return hasher.finalize().description
    }
  }
}
