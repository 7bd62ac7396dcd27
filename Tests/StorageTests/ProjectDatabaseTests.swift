import Foundation
import GRDB
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

  @Test func openingForReadingRefusesWhatIsNotAProjectWithoutWritingIntoIt() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let other = dir.appendingPathComponent("autre.sqlite").path
    do {
      let queue = try DatabaseQueue(path: other)
      try queue.write { try $0.execute(sql: "CREATE TABLE notes(texte TEXT)") }
      try queue.close()
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: other))
    #expect(throws: ProjectOpeningError.notAProject(path: other)) {
      try ProjectDatabase.openExisting(path: other)
    }
    #expect(throws: ProjectOpeningError.notAProject(path: other)) {
      try ProjectDatabase.checkIsProject(path: other)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    let missing = dir.appendingPathComponent("absent.observatoire").path
    #expect(throws: ProjectOpeningError.notFound(path: missing)) {
      try ProjectDatabase.openExisting(path: missing)
    }
    #expect(!FileManager.default.fileExists(atPath: missing))

    let project = dir.appendingPathComponent("p.observatoire").path
    try ProjectDatabase(path: project).setInfo("title", "Consultation IA")
    try ProjectDatabase.checkIsProject(path: project)
    #expect(try ProjectDatabase.openExisting(path: project).info("title") == "Consultation IA")
  }
}
