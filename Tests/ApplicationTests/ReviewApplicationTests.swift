import Analysis
import Foundation
import ObservatoireApp
import ObservatoireCore
import Reporting
import Storage
import TestSupport
import Testing

/// The review use cases of the application layer, without a front end: the journal in the
/// exported report's method page, the synthesis's citations checked, the stability measured once
/// and read back.
@Suite(.serialized) struct ReviewApplicationTests {
  static func analysedProject(rows: Int, in folder: URL) async throws -> String {
    let file = try ApplicationTests.exampleHead(rows: rows, in: folder)
    let project = folder.appendingPathComponent("p.observatoire").path
    _ = try await ProjectImport(file: file.path, project: project).run()
    _ = try await AnalysisJob(try ApplicationTests.rulesRequest(project: project)).run()
    return project
  }

  @Test func aRenameAppearsInTheExportedMethodPage() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.analysedProject(rows: 40, in: folder)
    let theme = try #require(try ProjectReview.themes(project: project).first?.themes.first)
    try ProjectReview.rename(
      project: project, question: "Q5", theme: theme.key, label: "Former <d'abord>", reviewer: "relectrice",
      version: theme.version)

    let output = folder.appendingPathComponent("rapport")
    _ = try ReportExport(
      report: try loadConsultationReport(project: project), formats: [.html, .md], project: project
    )
    .write(to: output)
    let method = try String(contentsOf: output.appendingPathComponent("methode.html"), encoding: .utf8)
    #expect(method.contains("Journal des révisions"))
    #expect(method.contains("<td>relectrice</td><td>Renommer un thème</td><td>Q5</td>"), "\(method)")
    #expect(method.contains("« \(PageKit.escapeHTML(theme.label)) » → « Former &lt;d&#39;abord&gt; »"))
    // The Markdown report's method part carries the same journal, its cells escaped.
    let markdown = try String(contentsOf: output.appendingPathComponent("rapport.md"), encoding: .utf8)
    let journal = try #require(markdown.range(of: "### Journal des révisions"))
    #expect(
      markdown[journal.upperBound...].contains("| relectrice | Renommer un thème | Q5 | "), "\(markdown)")
    #expect(markdown.contains("→ « Former &lt;d'abord&gt; »"), "\(markdown)")

    // A reviewer known by an e-mail address (single sign-on): the report names them without it,
    // and is written (its personal-data check would refuse the address).
    let second = try #require(try ProjectReview.themes(project: project).first?.themes.dropFirst().first)
    try ProjectReview.validate(
      project: project, question: "Q5", theme: second.key, reviewer: "camille.martin@ac-lyon.fr",
      version: second.version)
    let again = folder.appendingPathComponent("rapport-2")
    _ = try ReportExport(
      report: try loadConsultationReport(project: project), formats: [.html], project: project
    )
    .write(to: again)
    let methodAgain = try String(contentsOf: again.appendingPathComponent("methode.html"), encoding: .utf8)
    #expect(methodAgain.contains("<td>camille.martin</td><td>Valider un thème</td>"))
    #expect(try ProjectReview.auditLog(project: project).last?.actor == "camille.martin@ac-lyon.fr")

    // A report without a project (from its document) has no journal to show.
    let bare = folder.appendingPathComponent("rapport-nu")
    _ = try ReportExport(report: try loadConsultationReport(project: project), formats: [.html], project: nil)
      .write(to: bare)
    let bareMethod = try String(contentsOf: bare.appendingPathComponent("methode.html"), encoding: .utf8)
    #expect(bareMethod.contains("Aucune révision pour l&#39;instant."))
  }

  @Test func aSynthesisEditCitesOnlyArgumentsOfItsTheme() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.analysedProject(rows: 40, in: folder)
    let rows = try #require(
      try ProjectReview.themes(project: project).first?.themes.filter { !$0.isSubTheme })
    try #require(rows.count >= 2)
    let first = try ProjectReview.theme(project: project, question: "Q5", theme: rows[0].key)
    let second = try ProjectReview.theme(project: project, question: "Q5", theme: rows[1].key)
    let foreign = try #require(second.arguments.first { a in !first.arguments.contains { $0.key == a.key } })
    #expect(throws: ReviewInputError.self) {
      try ProjectReview.editSynthesis(
        project: project, question: "Q5", theme: first.key,
        sentences: [.init(text: "Une phrase.", citations: [foreign.key])], reviewer: "r", version: 0)
    }
    try ProjectReview.editSynthesis(
      project: project, question: "Q5", theme: first.key,
      sentences: [
        .init(text: "Une phrase.", citations: [first.arguments[0].key]), .init(text: " ", citations: []),
      ],
      reviewer: "r", version: 0)
    let edited = try ProjectReview.theme(project: project, question: "Q5", theme: first.key)
    #expect(edited.synthesis.map(\.text) == ["Une phrase."])
    #expect(edited.synthesis.map(\.citations) == [[1]])
    #expect(edited.synthesisVersion == 1)
  }

  /// A third of the bundled example (the whole takes about two minutes in a debug build):
  /// measured once (the time printed), then read from the project.
  @Test func stabilityIsMeasuredOnceThenReadBack() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.analysedProject(rows: 100, in: folder)
    #expect(try ProjectStability.cached(project: project) == nil)
    let started = Date()
    let measured = try await ProjectStability.measure(project: project)
    let seconds = Date().timeIntervalSince(started)
    let question = try #require(measured.first)
    print(
      "Stabilité de l'exemple : \(question.rows.count) thèmes, \(question.runs) regroupements, "
        + "\(String(format: "%.2f", seconds)) s (mesure seule : \(String(format: "%.2f", question.seconds)) s)"
    )
    #expect(question.noteFR == nil)
    #expect(!question.rows.isEmpty && question.runs == ProjectStability.runCount)
    #expect(question.rows.allSatisfy { (0...1).contains($0.score) && $0.lowest <= $0.score })
    for row in question.rows {
      if let lower = row.respondentsLower, let upper = row.respondentsUpper { #expect(lower <= upper) }
    }
    #expect(question.readFirst.map(\.score) == question.readFirst.map(\.score).sorted())
    let again = Date()
    #expect(try ProjectStability.cached(project: project) == measured)
    #expect(Date().timeIntervalSince(again) < 5)
    // A review changes the view: measured again.
    let theme = try #require(question.rows.first)
    try ProjectReview.rename(
      project: project, question: "Q5", theme: theme.key, label: "Autre intitulé", reviewer: "r", version: 0)
    #expect(try ProjectStability.cached(project: project) == nil)
  }
}
