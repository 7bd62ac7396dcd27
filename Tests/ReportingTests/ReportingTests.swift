import Foundation
import ObservatoireCore
import Privacy
import ReportFixtures
import TestSupport
import Testing

@testable import Reporting

/// The DSFR files installed by scripts/setup in the main checkout or this one.
var dsfrAssets: DSFRAssets {
  let candidates = [
    Fixtures.repositoryRoot.appendingPathComponent("Public/dsfr"),
    Fixtures.repositoryRoot.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "main/Public/dsfr"),
  ]
  return DSFRAssets.locate(explicit: candidates.first { DSFRAssets.isUsable($0) })
}

func readText(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

func matches(of pattern: String, in text: String) throws -> [String] {
  let regex = try NSRegularExpression(pattern: pattern)
  return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
    Range($0.range(at: 1), in: text).map { String(text[$0]) }
  }
}

@Suite struct HTMLReportTests {
  @Test func everyThemeHasAPageWithTheDatabaseCountsAndEveryCitationResolves() throws {
    let report = try ReportFixture.make()
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: folder)
    let pages = output.files.filter { $0.hasSuffix(".html") }
    let analysis = try #require(report.analyses.first)
    #expect(pages.count == analysis.themes.count + 2)

    var pageByHeading: [String: String] = [:]
    var contents: [String: String] = [:]
    for page in pages {
      let html = try readText(folder.appendingPathComponent(page))
      contents[page] = html
      if let heading = try matches(of: "<h1>([^<]*)</h1>", in: html).first { pageByHeading[heading] = page }
    }
    for theme in analysis.themes {
      let page = try #require(pageByHeading[escapeXML(theme.label)], "no page for theme \(theme.id)")
      let html = try #require(contents[page])
      let counts = report.counts(of: theme.id, in: analysis.questionID)
      #expect(
        html.contains(counts.respondents.map { "data-respondents=\"\($0)\"" } ?? "data-respondents-masked"))
      #expect(html.contains(counts.arguments.map { "data-arguments=\"\($0)\"" } ?? "data-arguments-masked"))
      #expect(try matches(of: "<article id=\"(arg-[0-9]+)\"", in: html).count == theme.argumentIDs.count)
      for stance in Stance.allCases {
        let cell = counts.stance[stance].map(String.init) ?? "masqué"
        #expect(html.contains("<td>\(cell)</td>"), "stance \(stance) of \(theme.id)")
      }
    }
    let summary = try #require(contents["index.html"])
    #expect(summary.contains("data-respondents=\"\(report.respondents)\""))
    #expect(summary.contains("data-themes=\"\(analysis.topLevelThemes.count { !$0.isOther })\""))

    var citationLinks = 0
    for (page, html) in contents {
      for href in try matches(of: "href=\"([^\"]*)\"", in: html) {
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
          String.init)
        let file = parts[0].isEmpty ? page : parts[0]
        let target = try #require(
          contents[file]
            ?? (FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) ? "" : nil),
          "\(href) in \(page) leads nowhere")
        if parts.count == 2 {
          #expect(target.contains("id=\"\(parts[1])\""), "\(href) in \(page): no such anchor")
          if parts[1].hasPrefix("arg-") { citationLinks += 1 }
        }
      }
    }
    let citations = analysis.themes.reduce(analysis.globalSynthesis.sentences.flatMap(\.citations).count) {
      $0 + $1.synthesis.sentences.flatMap(\.citations).count
    }
    #expect(citationLinks == citations)
  }

  @Test func respondentMarkupShowsAsTextAndNoPageHasScript() throws {
    let report = try ReportFixture.make()
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportWriter(report: report, assets: dsfrAssets).write(
      formats: [.html, .md], to: folder)
    var all = ""
    for page in output.files where page.hasSuffix(".html") {
      all += try readText(folder.appendingPathComponent(page))
    }
    #expect(!all.lowercased().contains("<script"))
    #expect(!all.lowercased().contains("<img"))
    #expect(all.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"))
    #expect(all.contains("&lt;img src=x onerror=&quot;"))
    #expect(all.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    let markdown = try readText(folder.appendingPathComponent("rapport.md"))
    #expect(!markdown.contains("<script"))
    #expect(markdown.contains("&lt;script&gt;"))
  }

  @Test func quotesAreHighlightedInsideTheAnswerEvenWithAWrongSpan() throws {
    var report = try ReportFixture.make(answerCount: 40, themeCount: 2)
    let answer = "Première phrase. Les écrans <b>fatiguent</b> les élèves. Fin."
    let quote = "Les écrans <b>fatiguent</b> les élèves."
    report.analyses[0].answers["1"] = answer
    report.analyses[0].arguments[0].quoteText = quote
    report.analyses[0].arguments[0].quote = TextSpan(start: 500, end: 520)  // out of range: found by text
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: folder)
    let all = try output.files.filter { $0.hasSuffix(".html") }.map {
      try readText(folder.appendingPathComponent($0))
    }.joined()
    #expect(
      all.contains(
        "Première phrase. <mark class=\"obs-quote\">Les écrans &lt;b&gt;fatiguent&lt;/b&gt; les élèves.</mark> Fin."
      ))
  }

  @Test func englishSwitchesFixedLabelsAndLanguageAttribute() throws {
    let report = try ReportFixture.make(answerCount: 30, themeCount: 2)
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ReportWriter(report: report, language: .en, assets: dsfrAssets).write(
      formats: [.html], to: folder)
    let index = try readText(folder.appendingPathComponent("index.html"))
    #expect(index.contains("<html lang=\"en\""))
    #expect(index.contains("Key figures"))
    #expect(!index.contains("Chiffres clés"))
    let french = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: french) }
    _ = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: french)
    #expect(try readText(french.appendingPathComponent("index.html")).contains("<html lang=\"fr\""))
  }

  @Test func chartsHaveTextAlternativesAndPatterns() throws {
    let report = try ReportFixture.make(answerCount: 30, themeCount: 2)
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: folder)
    let index = try readText(folder.appendingPathComponent("index.html"))
    let charts = try matches(of: "(<svg[^>]*>)", in: index)
    // Two open-question/closed bars charts, the scale chart and the segment stacked chart.
    #expect(charts.count == 4)
    for chart in charts { #expect(chart.contains("role=\"img\"") && chart.contains("aria-labelledby=")) }
    #expect(index.components(separatedBy: "<desc id=").count - 1 == charts.count)
    #expect(index.contains("<pattern id=\"chart-fermee-1-seg-1-p1\""))
    #expect(index.components(separatedBy: "<table>").count - 1 >= charts.count)
  }

  @Test func missingDSFRFallsBackWithAWarning() throws {
    let report = try ReportFixture.make(answerCount: 20, themeCount: 2)
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportWriter(report: report, assets: DSFRAssets(directory: nil)).write(
      formats: [.html], to: folder)
    #expect(output.warnings.count == 1)
    #expect(output.warnings.first?.contains("Système de design") == true)
    let css = try readText(folder.appendingPathComponent("assets/dsfr.min.css"))
    #expect(css.contains(".fr-container"))
    let withDSFR = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: withDSFR) }
    let full = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: withDSFR)
    if dsfrAssets.directory != nil {
      #expect(full.warnings.isEmpty)
      #expect(full.files.contains { $0.hasPrefix("assets/fonts/Marianne") })
    }
  }
}

@Suite struct KeyFigureTests {
  /// « 1 question ouverte », not « 1 questions ouvertes ».
  @Test func keyFiguresAgreeInNumber() throws {
    let report = try ReportFixture.make(answerCount: 20, themeCount: 2)
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: folder)
    let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(report.analyses.count == 1 && report.statistics.count == 2)
    #expect(index.contains("<strong>1</strong> question ouverte</li>"))
    #expect(index.contains("<strong>2</strong> questions fermées</li>"))
  }
}

@Suite struct MarkdownHeadingTests {
  /// A sub-theme's heading sits one level below its theme's and says it is a sub-theme: a reader
  /// skimming the headings counts the themes, not the themes and their parts.
  @Test func subThemesAreHeadedAsSubThemes() throws {
    let report = try ReportFixture.make(answerCount: 120, themeCount: 5)
    let analysis = report.analyses[0]
    let subThemes = analysis.themes.filter { $0.parentID != nil }
    try #require(!subThemes.isEmpty, "the fixture has sub-themes")
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.md], to: folder)
    let markdown = try String(contentsOf: folder.appendingPathComponent("rapport.md"), encoding: .utf8)
    let lines = markdown.split(separator: "\n").map(String.init)
    let themeHeadings = lines.filter { $0.hasPrefix("### Thème : ") }
    let subThemeHeadings = lines.filter { $0.hasPrefix("#### Sous-thème : ") }
    #expect(themeHeadings.count == analysis.themes.count - subThemes.count)
    #expect(subThemeHeadings.count == subThemes.count)
    for theme in subThemes { #expect(subThemeHeadings.contains { $0.hasSuffix(" : \(theme.label)") }) }
  }
}

@Suite struct ExportTests {
  @Test func jsonHasSchemaVersionThemesAndAssignments() throws {
    let report = try ReportFixture.make(answerCount: 120, themeCount: 5)
    let object = try #require(
      try JSONSerialization.jsonObject(with: AnalysisDocument(report).encoded()) as? [String: Any])
    #expect(object["schemaVersion"] as? String == AnalysisDocument.currentSchemaVersion)
    let analysis = report.analyses[0]
    let themes = try #require(object["themes"] as? [[String: Any]])
    #expect(themes.count == analysis.topLevelThemes.count)
    for (entry, theme) in zip(themes, analysis.topLevelThemes) {
      #expect(entry["id"] as? String == theme.id)
      #expect(entry["respondents"] as? Int == theme.respondents)
      let arguments = try #require(entry["arguments"] as? [[String: Any]])
      #expect(arguments.compactMap { $0["id"] as? String } == theme.argumentIDs)
    }
    let question = try #require((object["questions"] as? [[String: Any]])?.first)
    let subThemes = try #require(question["subThemes"] as? [[String: Any]])
    #expect(subThemes.compactMap { $0["parent"] as? String } == analysis.themes.compactMap(\.parentID))
    #expect(question["run"] == nil && question["checks"] == nil, "no run in a report's document")
    let assignments = try #require(object["assignments"] as? [[String: Any]])
    #expect(assignments.count == report.responses.count)
    #expect(assignments.count == analysis.answers.count)
    let expected = analysis.assignments
    for entry in assignments {
      let id = ResponseID(try #require(entry["id"] as? String))
      #expect(entry["themes"] as? [String] == expected[id] ?? [])
    }
  }

  /// Written, read back and written again, the document keeps its bytes; and the report read back
  /// renders the same pages as the report it was written from.
  @Test func documentRoundTripsToTheSameBytesAndPages() throws {
    let report = try ReportFixture.make(answerCount: 120, themeCount: 5)
    let written = try AnalysisDocument(report).encoded()
    let readBack = try AnalysisDocument.decode(written)
    #expect(try readBack.encoded() == written)
    let rebuilt = readBack.consultationReport
    #expect(try AnalysisDocument(rebuilt).encoded() == written)
    #expect(rebuilt.analyses[0].arguments == report.analyses[0].arguments)
    #expect(rebuilt.analyses[0].answers == report.analyses[0].answers)

    let original = try Fixtures.temporaryDirectory()
    let fromJSON = try Fixtures.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: original)
      try? FileManager.default.removeItem(at: fromJSON)
    }
    let formats: Set<ReportFormat> = [.html, .md, .csv]
    let first = try ReportWriter(report: report, assets: dsfrAssets).write(formats: formats, to: original)
    _ = try ReportWriter(report: rebuilt, assets: dsfrAssets).write(formats: formats, to: fromJSON)
    let pages = first.files.filter { !$0.hasPrefix("assets/") }
    #expect(pages.count > 10)
    for page in pages {
      let a = try Data(contentsOf: original.appendingPathComponent(page))
      let b = try Data(contentsOf: fromJSON.appendingPathComponent(page))
      #expect(a == b, "\(page) differs once read back from JSON")
    }
  }

  @Test func documentOfAnotherMajorVersionIsRefused() throws {
    let report = try ReportFixture.make(answerCount: 20, themeCount: 2)
    var document = AnalysisDocument(report)
    document.schemaVersion = "1.0"
    #expect(throws: AnalysisDocumentError.self) { try AnalysisDocument.decode(document.encoded()) }
  }

  @Test func csvHasBOMSemicolonsAndNeutralisedFormulas() throws {
    let report = try ReportFixture.make(answerCount: 30, themeCount: 2)
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.csv], to: folder)
    let data = try Data(
      contentsOf: folder.appendingPathComponent(
        "csv/question-\(report.statistics[0].questionID.rawValue).csv"))
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == report.statistics[0].options.count + 1)
    #expect(lines.contains { $0.hasPrefix("'=SOMME(1;2)") || $0.hasPrefix("\"'=SOMME(1;2)\"") })
    #expect(lines.contains { $0.hasPrefix("'-Jamais;masqué;") }, "3 < k = 5: masked as published")
    #expect(!lines.contains { $0.hasPrefix("=") || $0.hasPrefix("-") })
    #expect(output.files.contains("csv/themes.csv"))
    #expect(output.files.contains("csv/affectations.csv"))
  }

  static let libreOffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(
    .enabled(
      if: libreOffice != nil, "LibreOffice absent : installez libreoffice-calc-nogui (scripts/setup --tests)")
  )
  func odsOpensInLibreOffice() async throws {
    let report = try ReportFixture.make(answerCount: 30, themeCount: 2)
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.ods], to: folder)
    let ods = try Data(contentsOf: folder.appendingPathComponent("tableaux.ods"))
    // mimetype first, stored: its name and value appear uncompressed at fixed offsets.
    #expect(String(decoding: ods[30..<38], as: UTF8.self) == "mimetype")
    #expect(
      String(decoding: ods[38..<(38 + ODSWriter.mimeType.utf8.count)], as: UTF8.self) == ODSWriter.mimeType)
    let converted = folder.appendingPathComponent("converted")
    let result = try await runTool(
      try #require(Self.libreOffice),
      [
        "-env:UserInstallation=file://\(folder.path)/lo-profile", "--headless", "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir", converted.path,
        folder.appendingPathComponent("tableaux.ods").path,
      ], timeout: 120)
    #expect(result.status == 0, "\(result.output)")
    let csv = try readText(converted.appendingPathComponent("tableaux.csv"))
    let rows = csv.split(whereSeparator: \.isNewline).map { parseCSVLine(String($0)) }
    let statistics = report.statistics[0]
    #expect(rows.count == statistics.options.count + 1)
    #expect(rows.first?.first == "Réponse")
    for (row, option) in zip(rows.dropFirst(), statistics.options) {
      #expect(row[0] == neutralisedCell(option.option))
      #expect(row[1] == option.proportion.count.map(String.init) ?? "masqué")
      #expect(Int(row[2]) == option.proportion.denominator)
    }
    #expect(rows.contains { $0.first == "'=SOMME(1;2)" })
  }
}

/// Splits one line of comma-separated values with double-quote quoting.
func parseCSVLine(_ line: String) -> [String] {
  var fields: [String] = []
  var field = ""
  var quoted = false
  var previousQuote = false
  for character in line {
    if quoted {
      if character == "\"" {
        quoted = false
        previousQuote = true
      } else {
        field.append(character)
      }
    } else if character == "\"" {
      if previousQuote { field.append("\"") }
      quoted = true
      previousQuote = false
    } else if character == "," {
      fields.append(field)
      field = ""
      previousQuote = false
    } else {
      field.append(character)
      previousQuote = false
    }
  }
  fields.append(field)
  return fields
}

struct ToolResult {
  var status: Int32
  var output: String
}

/// Runs a program, killing it after `timeout` seconds so a stuck browser cannot hang the suite.
func runTool(_ path: String, _ arguments: [String], timeout: Double) async throws -> ToolResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  let log = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).log")
  _ = FileManager.default.createFile(atPath: log.path, contents: nil)
  let handle = try FileHandle(forWritingTo: log)
  process.standardOutput = handle
  process.standardError = handle
  var environment = ProcessInfo.processInfo.environment
  environment["HOME"] = FileManager.default.temporaryDirectory.path
  process.environment = environment
  try process.run()
  let deadline = Date().addingTimeInterval(timeout)
  while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
  if process.isRunning { process.terminate() }
  process.waitUntilExit()
  try handle.close()
  let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
  try? FileManager.default.removeItem(at: log)
  return ToolResult(status: process.terminationStatus, output: output)
}

@Suite struct PublishedReportTests {
  /// A report read back (`report --from-json`) is published again: at the same k nothing changes;
  /// at a larger k, what that k adds is masked and nothing masked comes back.
  @Test func publishingAgainMasksOnlyWhatALargerKAdds() throws {
    let once = try ReportFixture.make()
    #expect(SmallCellPolicy(minimumCellSize: 5).publish(once) == once)
    let stricter = SmallCellPolicy(minimumCellSize: 40).publish(once)
    #expect(stricter.privacy.minimumCellSize == 40)
    for (before, after) in zip(once.themeCounts, stricter.themeCounts) {
      for (a, b) in zip(
        [before.respondents, before.arguments] + Stance.allCases.map { before.stance[$0] },
        [after.respondents, after.arguments] + Stance.allCases.map { after.stance[$0] })
      {
        #expect(a == nil ? b == nil : (b == a || b == nil), "\(before.themeID)")
        if let b { #expect(b == 0 || b >= 40) }
      }
    }
    for (before, after) in zip(once.statistics, stricter.statistics) {
      for (a, b) in zip(before.options, after.options) {
        if let count = b.proportion.count { #expect(count == a.proportion.count && count >= 40) }
      }
    }
  }
}
