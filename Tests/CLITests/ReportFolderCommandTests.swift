import Foundation
import TestSupport
import Testing

/// `report --out` into a folder that already holds something.
@Suite struct ReportFolderCommandTests {
  static var example: String { ImportCommandTests.example }

  @Test func aSecondReportReplacesTheFirstWholeAndOtherFoldersAreRefused() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try CLI.run(["import", Self.example, "--project", "p.observatoire"], in: dir).status == 0)
    let first = try CLI.run(
      ["report", "p.observatoire", "--out", "r", "--format", "html,md,json,ods,csv"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    let report = dir.appendingPathComponent("r")
    #expect(try CLIFixtures.files(in: report).contains("tableaux.ods"))

    let second = try CLI.run(["report", "p.observatoire", "--out", "r", "--format", "md"], in: dir)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(try CLIFixtures.files(in: report) == ["rapport.md", ".rapport-observatoire"])
    // Nothing is left beside the folder either (no staging or old copy).
    #expect(
      try CLIFixtures.files(in: dir).filter { !$0.contains("/") && !$0.hasPrefix("p.observatoire") } == ["r"])

    let other = dir.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    try Data("à garder".utf8).write(to: other.appendingPathComponent("notes.txt"))
    let refused = try CLI.run(["report", "p.observatoire", "--out", "notes", "--format", "md"], in: dir)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("Erreur"))
    #expect(refused.stderr.contains("n'est pas vide et ne contient pas un rapport Observatoire"))
    #expect(try CLIFixtures.files(in: other) == ["notes.txt"])
  }
}
