import Foundation
import ObservatoireCore
import ReportFixtures
import TestSupport
import Testing

@testable import Reporting

/// Where a report is written: a folder holding an earlier report is replaced whole; any other
/// folder that is not empty is left alone.
@Suite struct ReportFolderTests {
  static func files(in folder: URL) -> Set<String> {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var names: Set<String> = []
    while let name = enumerator?.nextObject() as? String { names.insert(name) }
    return names
  }

  @Test func aNewReportReplacesAnEarlierOneWithoutLeavingItsFiles() throws {
    let parent = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("rapport")
    let full = try ReportFixture.make()
    let writer = ReportWriter(report: full, assets: DSFRAssets(directory: nil))
    let first = try writer.write(formats: Set(ReportFormat.allCases), to: folder)
    #expect(Self.files(in: folder).isSuperset(of: Set(first.files).union([ReportWriter.markerFileName])))
    #expect(Self.files(in: folder).contains("tableaux.ods"))

    var other = full
    other.analyses = []
    let second = try ReportWriter(report: other, assets: DSFRAssets(directory: nil)).write(
      formats: [.md], to: folder)
    #expect(second.files == ["rapport.md"])
    #expect(Self.files(in: folder) == ["rapport.md", ReportWriter.markerFileName])
    let markdown = try String(contentsOf: folder.appendingPathComponent("rapport.md"), encoding: .utf8)
    #expect(markdown.contains("Aucune analyse des réponses libres"))
    let firstQuote = try #require(full.analyses.first?.arguments.first?.quoteText)
    #expect(!markdown.contains(firstQuote), "no verbatim of the earlier report")
    // No staging folder or old copy left beside it.
    #expect(Self.files(in: parent).allSatisfy { $0 == "rapport" || $0.hasPrefix("rapport/") })
  }

  @Test func aReportWrittenBeforeTheMarkerIsReplacedToo() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = try ReportFixture.make()
    _ = try ReportWriter(report: report, assets: DSFRAssets(directory: nil)).write(
      formats: [.html, .csv], to: folder)
    try FileManager.default.removeItem(at: folder.appendingPathComponent(ReportWriter.markerFileName))
    _ = try ReportWriter(report: report, assets: DSFRAssets(directory: nil)).write(formats: [.md], to: folder)
    #expect(Self.files(in: folder) == ["rapport.md", ReportWriter.markerFileName])
    // One file of the analyst's among them, and the folder is not a report any more.
    try FileManager.default.removeItem(at: folder.appendingPathComponent(ReportWriter.markerFileName))
    try Data("à garder".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    #expect(throws: ReportError.self) {
      try ReportWriter(report: report, assets: DSFRAssets(directory: nil)).write(formats: [.md], to: folder)
    }
    #expect(Self.files(in: folder) == ["rapport.md", "notes.txt"])
  }

  @Test func aFolderHoldingOtherFilesIsRefusedAndLeftAsItWas() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("à garder".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let writer = ReportWriter(report: try ReportFixture.make(), assets: DSFRAssets(directory: nil))
    #expect(throws: ReportError.folderNotEmpty(path: folder.standardizedFileURL.path)) {
      try writer.write(formats: [.md], to: folder)
    }
    #expect(Self.files(in: folder) == ["notes.txt"])
    #expect(
      ReportError.folderNotEmpty(path: "x").messageFR.contains(
        "n'est pas vide et ne contient pas un rapport Observatoire"))
  }
}
