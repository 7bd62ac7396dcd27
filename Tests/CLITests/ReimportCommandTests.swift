import Foundation
import Storage
import TestSupport
import Testing

/// Importing another export into a project that holds an analysis.
@Suite struct ReimportCommandTests {
  static var example: String { ImportCommandTests.example }

  @Test func reimportingAnotherExportDropsTheAnalysisAndTheReportSaysSo() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // A small first export keeps the analysis short; the second is smaller still.
    try CLIFixtures.writeExampleHead(rows: 40, to: dir.appendingPathComponent("quarante.csv"))
    try CLIFixtures.writeExampleHead(rows: 3, to: dir.appendingPathComponent("trois.csv"))
    #expect(try CLI.run(["import", "quarante.csv", "--project", "p.observatoire"], in: dir).status == 0)
    let analysed = try CLI.run(
      ["analyse", "p.observatoire", "--no-llm", "--no-report", "--no-progress"], in: dir)
    #expect(analysed.status == 0, "\(analysed.stderr)")
    let project = dir.appendingPathComponent("p.observatoire").path
    let first = try ProjectDatabase(path: project).loadAnalyses()
    #expect(first.map(\.analysis.title).contains { $0.hasPrefix("Que pensez-vous") })

    #expect(try CLI.run(["import", "trois.csv", "--project", "p.observatoire"], in: dir).status == 0)
    #expect(try ProjectDatabase(path: project).loadAnalyses().isEmpty)
    let report = try CLI.run(["report", "p.observatoire", "--out", "r", "--format", "md"], in: dir)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stderr.contains("aucune analyse des réponses libres"))
    let markdown = try String(
      contentsOf: dir.appendingPathComponent("r/rapport.md"), encoding: .utf8)
    #expect(markdown.contains("Aucune analyse des réponses libres dans ce projet"))
    #expect(markdown.contains("3 répondants"))
    // The analysis of the first export would be a level-2 heading named after its question.
    #expect(!markdown.contains("\n## Que pensez-vous"), "nothing from the first export's analysis")
  }
}
