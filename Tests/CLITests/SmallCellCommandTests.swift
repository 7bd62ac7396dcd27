import Foundation
import ObservatoireCore
import Storage
import TestSupport
import Testing
import ZIPFoundation

/// The publication threshold *k* on the bundled example, as a user meets it: every count that
/// leaves the project, in every format, and the k kept from `analyse` to `report`.
@Suite(.serialized) struct SmallCellCommandTests {
  static var example: String { ImportCommandTests.example }

  /// The analysis as the project keeps it, exact counts included.
  static func storedAnalysis(_ project: URL) throws -> QuestionAnalysis {
    try #require(try ProjectDatabase.openExisting(path: project.path).loadAnalyses().first?.analysis)
  }

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  /// A count as JSON gives it: nil for null.
  static func count(_ value: Any?) -> Int? { value as? Int }

  /// The cells of the row of `table` (CSV, `;`) whose second column is `id`.
  static func csvRow(_ text: String, id: String) -> [String]? {
    text.components(separatedBy: "\r\n").map { $0.components(separatedBy: ";") }.first {
      $0.count > 1 && $0[1] == id
    }
  }

  /// A theme of fewer than k respondents (the smallest top-level theme of the example, with k
  /// just above it) shows no exact count — not its respondents, share, arguments, stance split
  /// or segments — in the terminal summary, `analyse --json`, HTML, Markdown, JSON, ODS and CSV.
  @Test func aThemeBelowKShowsNoExactCountInAnyFormat() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try CLI.run(
      ["analyse", Self.example, "--project", "p.observatoire", "--no-llm", "--no-report", "--no-progress"],
      in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    let exact = try Self.storedAnalysis(dir.appendingPathComponent("p.observatoire"))
    let target = try #require(
      exact.topLevelThemes.filter { !$0.isOther }.min { $0.respondents < $1.respondents })
    let k = target.respondents + 1
    let small = exact.themes.filter { $0.respondents < k }
    #expect(small.contains { $0.id == target.id })

    let result = try CLI.run(
      [
        "analyse", "p.observatoire", "--no-llm", "--k", "\(k)", "--json", "--no-progress", "--out", "r",
        "--format", "html,md,json,ods,csv",
      ], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let folder = dir.appendingPathComponent("r")

    // The terminal summary (on standard error with --json): the largest themes, each with its
    // count only when it is at least k.
    let summaryLines = result.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("  • ") }
    #expect(!summaryLines.isEmpty)
    for line in summaryLines {
      let shown = AnalyseCommandTests.matches(of: #" : (\d+) répondant"#, in: line).compactMap { Int($0) }
      #expect(
        shown.allSatisfy { $0 >= k } && (shown.count == 1 || line.contains("effectif masqué")), "\(line)")
      let stance = AnalyseCommandTests.matches(of: #"(?:pour|contre|nuancé) (\d+)"#, in: line).compactMap {
        Int($0)
      }
      #expect(stance.allSatisfy { $0 == 0 || $0 >= k }, "\(line)")
      if line.hasPrefix("  • \(target.label) :") { #expect(line.contains("effectif masqué")) }
    }
    #expect(!result.stderr.contains("• \(target.label) : \(target.respondents) répondant"))

    // analyse --json: null, flagged.
    let document = try Self.object(result.stdout)
    let questions = try #require(document["questions"] as? [[String: Any]])
    let entries =
      (document["themes"] as? [[String: Any]] ?? [])
      + questions.flatMap { $0["subThemes"] as? [[String: Any]] ?? [] }
    #expect(entries.count == exact.themes.count)
    for entry in entries {
      let id = try #require(entry["id"] as? String)
      let stance = try #require(entry["stance"] as? [String: Any])
      let counts =
        [Self.count(entry["respondents"]), Self.count(entry["argumentCount"])] + stance.values.map(Self.count)
      #expect(counts.allSatisfy { $0.map { $0 == 0 || $0 >= k } ?? true }, "\(id): a count below k")
      guard small.contains(where: { $0.id == id }) else { continue }
      #expect(entry["respondents"] is NSNull && entry["share"] is NSNull && entry["argumentCount"] is NSNull)
      #expect(stance.values.allSatisfy { $0 is NSNull }, "\(id): stance")
      #expect((entry["masked"] as? [String])?.contains("respondents") == true)
    }

    // rapport.json: null, flagged.
    let report = try Self.object(try Self.read(folder.appendingPathComponent("rapport.json")))
    let reportThemes =
      try #require(report["themes"] as? [[String: Any]])
      + ((report["questions"] as? [[String: Any]]) ?? []).flatMap {
        $0["subThemes"] as? [[String: Any]] ?? []
      }
    for theme in small {
      let entry = try #require(reportThemes.first { $0["id"] as? String == theme.id })
      #expect(entry["respondents"] is NSNull, "\(theme.id)")
      #expect((entry["stance"] as? [String: Any])?.values.allSatisfy { $0 is NSNull } == true)
      #expect((entry["masked"] as? [String])?.contains("respondents") == true)
    }
    #expect((report["privacy"] as? [String: Any])?["minimumCellSize"] as? Int == k)

    // CSV and ODS: the theme's row holds « masqué » where its counts were.
    let csv = try Self.read(folder.appendingPathComponent("csv/themes.csv"))
    for theme in small {
      let row = try #require(Self.csvRow(csv, id: theme.id), "\(theme.id) in themes.csv")
      #expect(Array(row.suffix(6)) == Array(repeating: "masqué", count: 6), "\(row)")
    }
    let archive = try Archive(url: folder.appendingPathComponent("tableaux.ods"), accessMode: .read)
    var content = Data()
    _ = try archive.extract(try #require(archive["content.xml"])) { content.append($0) }
    let xml = String(decoding: content, as: UTF8.self)
    let rows = xml.components(separatedBy: "<table:table-row>")
    for theme in small {
      let row = try #require(rows.first { $0.contains("<text:p>\(theme.id)</text:p>") }, "\(theme.id) in ODS")
      #expect(!row.contains("office:value-type=\"float\""), "\(theme.id): a number in its ODS row")
      #expect(row.components(separatedBy: "<text:p>masqué</text:p>").count - 1 == 6)
    }

    // HTML: the theme's page and its row of the summary.
    let position = try #require(exact.themes.firstIndex { $0.id == target.id })
    let page = try Self.read(folder.appendingPathComponent("theme-1-\(position + 1).html"))
    #expect(page.contains("data-respondents-masked=\"true\"") && !page.contains("data-respondents=\""))
    #expect(page.contains("data-arguments-masked=\"true\"") && !page.contains("data-arguments=\""))
    let stanceTable = try #require(
      page.components(separatedBy: "<caption>Répartition des positions</caption>").dropFirst().first?
        .components(separatedBy: "</table>").first)
    let stanceCells = AnalyseCommandTests.matches(of: "<td>([^<]*)</td>", in: stanceTable)
    #expect(
      stanceCells.count == 8 && stanceCells.allSatisfy { $0 == "masqué" || $0 == "–" }, "\(stanceCells)")
    let segmentCells = AnalyseCommandTests.matches(
      of: #"<tr><td>[^<]*</td><th scope="row">[^<]*</th><td>([^<]*)</td>"#, in: page)
    #expect(!segmentCells.isEmpty && segmentCells.allSatisfy { $0 == "masqué" }, "\(segmentCells)")
    let index = try Self.read(folder.appendingPathComponent("index.html"))
    let summaryRow = try #require(
      index.components(separatedBy: "<a href=\"theme-1-\(position + 1).html\">").dropFirst().first?
        .components(separatedBy: "</tr>").first)
    let summaryCells = AnalyseCommandTests.matches(of: "<td>([^<]*)</td>", in: summaryRow)
    #expect(
      summaryCells.count == 7 && summaryCells.allSatisfy { $0 == "masqué" || $0 == "–" }, "\(summaryCells)")
    for file in try CLIFixtures.files(in: folder) where file.hasSuffix(".html") {
      let html = try Self.read(folder.appendingPathComponent(file))
      for value in AnalyseCommandTests.matches(of: #"data-(?:respondents|arguments)="(\d+)""#, in: html) {
        #expect((Int(value) ?? 0) >= k, "\(file): \(value) < k")
      }
    }

    // Markdown.
    let markdown = try Self.read(folder.appendingPathComponent("rapport.md"))
    let section = try #require(
      markdown.components(separatedBy: "### Thème : \(target.label)\n").dropFirst().first?
        .components(separatedBy: "###").first)
    #expect(section.contains("Effectif masqué."), "\(section)")
    #expect(!section.contains("\(target.respondents) répondants"))
  }

  /// `analyse --k 10` then `report`: the report keeps 10 (and says so on its method page) unless
  /// `report` is given its own `--k`; `stats` follows too. At k = 10 no masked count can be worked
  /// out by difference: no theme's stance split, nor its split by degree (every respondent gave
  /// one), holds a lone masked cell.
  @Test func analyseKIsKeptByReportUnlessReportHasItsOwn() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let analysed = try CLI.run(
      [
        "analyse", Self.example, "--project", "p.observatoire", "--no-llm", "--k", "10", "--no-report",
        "--no-progress",
      ], in: dir)
    #expect(analysed.status == 0, "\(analysed.stderr)")
    let exact = try Self.storedAnalysis(dir.appendingPathComponent("p.observatoire"))
    #expect(exact.minimumCellSize == 10)
    let between = exact.themes.filter { (5..<10).contains($0.respondents) }
    #expect(!between.isEmpty, "the example has themes that k = 5 would show and k = 10 masks")

    let report = try CLI.run(["report", "p.observatoire", "--out", "r", "--format", "json,html"], in: dir)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(!report.stderr.contains("Attention : les synthèses"))
    let folder = dir.appendingPathComponent("r")
    let document = try Self.object(try Self.read(folder.appendingPathComponent("rapport.json")))
    #expect((document["privacy"] as? [String: Any])?["minimumCellSize"] as? Int == 10)
    let themes =
      try #require(document["themes"] as? [[String: Any]])
      + ((document["questions"] as? [[String: Any]]) ?? []).flatMap {
        $0["subThemes"] as? [[String: Any]] ?? []
      }
    for theme in between {
      #expect(themes.first { $0["id"] as? String == theme.id }?["respondents"] is NSNull, "\(theme.id)")
    }
    let method = try Self.read(folder.appendingPathComponent("methode.html"))
    #expect(method.contains("Seuil de publication k = <strong data-k=\"10\">10</strong>"))
    #expect(method.contains("Tout effectif de répondants non nul et inférieur à 10 est masqué"))
    #expect(
      method.contains("Un thème ou sous-thème de moins de 10 répondants ne publie aucun de ses effectifs"))

    // Secondary suppression, on what was published.
    for theme in themes where theme["respondents"] is Int {
      let stance = (theme["stance"] as? [String: Any] ?? [:]).values
      let masked = stance.count { $0 is NSNull }
      let others = stance.compactMap { $0 as? Int }
      #expect(masked != 1 || others.allSatisfy { $0 == 0 }, "\(theme["id"] ?? ""): \(stance)")
    }
    let pages = try CLIFixtures.files(in: folder).filter { $0.hasPrefix("theme-") }
    var degreeRows = 0
    for page in pages {
      let html = try Self.read(folder.appendingPathComponent(page))
      guard html.contains("data-respondents=\"") else { continue }
      let cells = AnalyseCommandTests.matches(
        of: #"<tr><td>DEGRE</td><th scope="row">[^<]*</th><td>([^<]*)</td>"#, in: html)
      guard !cells.isEmpty else { continue }
      degreeRows += 1
      #expect(
        cells.count { $0 == "masqué" } != 1 || cells.allSatisfy { $0 == "masqué" || $0 == "0" }, "\(page)")
    }
    #expect(degreeRows > 0)

    // report --k: its own threshold; above the analysis's, a warning about the syntheses.
    let lower = try CLI.run(
      ["report", "p.observatoire", "--k", "7", "--out", "r7", "--format", "json"], in: dir)
    #expect(lower.status == 0, "\(lower.stderr)")
    let lowerDocument = try Self.object(try Self.read(dir.appendingPathComponent("r7/rapport.json")))
    #expect((lowerDocument["privacy"] as? [String: Any])?["minimumCellSize"] as? Int == 7)
    let higher = try CLI.run(
      ["report", "p.observatoire", "--k", "12", "--out", "r12", "--format", "md"], in: dir)
    #expect(higher.status == 0, "\(higher.stderr)")
    #expect(higher.stderr.contains("Attention : les synthèses de Q5 ont été écrites avec k = 10"))

    // stats follows the analysis's k too.
    let stats = try CLI.run(["stats", "--project", "p.observatoire", "--json", "--by", "DISC"], in: dir)
    let statsAt10 = try CLI.run(
      ["stats", "--project", "p.observatoire", "--json", "--by", "DISC", "--k", "10"], in: dir)
    let statsAt5 = try CLI.run(
      ["stats", "--project", "p.observatoire", "--json", "--by", "DISC", "--k", "5"], in: dir)
    #expect(stats.status == 0 && stats.stdout == statsAt10.stdout)
    #expect(stats.stdout != statsAt5.stdout)
  }
}
