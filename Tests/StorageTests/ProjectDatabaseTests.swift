import Foundation
import Storage
import TestSupport
import Testing

@Suite struct ProjectDatabaseTests {
  @Test func reopensAFileProjectWithItsInfo() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("projet.observatoire").path
    do {
      let db = try ProjectDatabase(path: path)
      try db.setInfo("title", "Consultation IA")
    }
    let reopened = try ProjectDatabase(path: path)
    #expect(try reopened.info("title") == "Consultation IA")
    #expect(try reopened.info("missing") == nil)
  }
}
