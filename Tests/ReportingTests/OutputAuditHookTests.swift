import Foundation
import ObservatoireCore
import ReportFixtures
import TestSupport
import Testing

@testable import Reporting

/// Flags a planted marker, as the command line's auditor flags identifier shapes.
struct MarkerAudit: OutputAuditing {
  let marker: String
  func personalData(in text: String) -> [(kind: String, context: String)] {
    text.contains(marker) ? [("TELEPHONE", "… [TELEPHONE] …")] : []
  }
}

@Suite struct OutputAuditHookTests {
  /// The hook sees every format before anything is written: a hit stops the export, naming the file.
  @Test func aHitStopsTheExportBeforeAnyFileIsWritten() throws {
    // Planted in a closed question's option, which every format publishes.
    var report = try ReportFixture.make(answerCount: 40)
    report.statistics[0].options[0].option += " 06 12 34 56 78"
    for formats in [Set<ReportFormat>([.md]), [.json], [.csv], [.ods], [.html]] {
      let folder = try Fixtures.temporaryDirectory().appendingPathComponent("sortie")
      defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
      var writer = ReportWriter(report: report, assets: dsfrAssets)
      writer.audit = MarkerAudit(marker: "06 12 34 56 78")
      #expect(throws: ReportError.self) { try writer.write(formats: formats, to: folder) }
      #expect(!FileManager.default.fileExists(atPath: folder.path), "\(formats)")
    }
    var writer = ReportWriter(report: report, assets: dsfrAssets)
    writer.audit = MarkerAudit(marker: "06 12 34 56 78")
    do {
      _ = try writer.write(
        formats: [.md], to: FileManager.default.temporaryDirectory.appendingPathComponent("x"))
      Issue.record("the export was written")
    } catch let error as ReportError {
      #expect(error.messageFR.contains("« rapport.md » contiendrait une donnée personnelle (TELEPHONE)"))
    }
  }

  @Test func allowedExportIsWrittenAndJournaled() throws {
    var report = try ReportFixture.make(answerCount: 40)
    report.title += " 06 12 34 56 78"
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    var writer = ReportWriter(report: report, assets: dsfrAssets)
    writer.audit = MarkerAudit(marker: "06 12 34 56 78")
    writer.allowsPersonalData = true
    let output = try writer.write(formats: [.md, .json], to: folder)
    #expect(output.files.contains("rapport.md") && output.files.contains("journal-confidentialite.txt"))
    #expect(output.warnings.filter { $0.contains("rapport.md : TELEPHONE") }.count == 1)
    let journal = try String(
      contentsOf: folder.appendingPathComponent("journal-confidentialite.txt"), encoding: .utf8)
    #expect(journal.contains("rapport.json : TELEPHONE"))
  }
}
