import Foundation
import Storage
import TestSupport
import Testing

/// `observatoire analyse` as other tools and analysts use it: the `--json` contract, the report it
/// writes, and what survives a `kill -9`.
@Suite(.serialized) struct AnalyseCommandTests {
  static var example: String { ImportCommandTests.example }

  /// The identifiers of the example's responses, in file order (first column of the CSV).
  static func exampleIdentifiers() throws -> [String] {
    let text = try String(contentsOfFile: example, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != ";" }) }
  }

  static func object(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [String: Any])
  }

  /// The document without what legitimately differs between two runs (timings, cache tallies, paths).
  static func stable(_ value: Any) -> Any {
    if let dictionary = value as? [String: Any] {
      var kept: [String: Any] = [:]
      for (key, inner) in dictionary
      where !["stages", "usage", "project", "report", "startedAt", "finishedAt"].contains(key) {
        kept[key] = stable(inner)
      }
      return kept
    }
    if let array = value as? [Any] { return array.map(stable) }
    return value
  }

  static func canonical(_ text: String) throws -> Data {
    try JSONSerialization.data(withJSONObject: stable(try object(text)), options: [.sortedKeys])
  }

  @Test func jsonContractAndReportOnTheBundledExample() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(
      ["analyse", Self.example, "--project", "p.observatoire", "--no-llm", "--json", "--out", "rapport"],
      in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Import de"), "human messages go to standard error with --json")
    let document = try Self.object(result.stdout)

    let themes = try #require(document["themes"] as? [[String: Any]])
    #expect(themes.count >= 3)
    var themeIDs: Set<String> = []
    for theme in themes {
      let id = try #require(theme["id"] as? String)
      themeIDs.insert(id)
      #expect(!(theme["label"] as? String ?? "").isEmpty)
      let arguments = try #require(theme["arguments"] as? [[String: Any]])
      let responders = Set(arguments.compactMap { $0["response"] as? String })
      let masked = theme["masked"] as? [String] ?? []
      if let respondents = theme["respondents"] as? Int {
        #expect(respondents == responders.count, "\(id): respondents counted once each")
        #expect(!masked.contains("respondents"))
      } else {
        #expect(theme["respondents"] is NSNull && masked.contains("respondents"), "\(id): null and flagged")
      }
      if let argumentCount = theme["argumentCount"] as? Int { #expect(argumentCount == arguments.count) }
      for argument in arguments {
        let quote = argument["quote"] as? String ?? ""
        let start = argument["start"] as? Int ?? -1
        let end = argument["end"] as? Int ?? -1
        #expect(!quote.isEmpty && start >= 0 && end - start == quote.unicodeScalars.count)
      }
    }

    let assignments = try #require(document["assignments"] as? [[String: Any]])
    let identifiers = try Self.exampleIdentifiers()
    #expect(assignments.map { $0["id"] as? String ?? "" } == identifiers, "every response, in file order")
    var assigned = 0
    for assignment in assignments {
      let ids = try #require(assignment["themes"] as? [String])
      #expect(ids.allSatisfy { themeIDs.contains($0) || $0.contains(".") })
      if !ids.isEmpty { assigned += 1 }
    }
    #expect(assigned >= 200, "most of the 262 answers fall in a theme")

    let report = dir.appendingPathComponent("rapport")
    let index = try String(contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8)
    let pages = try FileManager.default.contentsOfDirectory(atPath: report.path).filter {
      $0.hasSuffix(".html")
    }
    #expect(index.contains("lang=\"fr\""))

    // One page per theme and sub-theme, each showing the respondents the analysis counted, or
    // that count masked where the JSON masks it.
    let questions = try #require(document["questions"] as? [[String: Any]])
    let subThemes = questions.flatMap { $0["subThemes"] as? [[String: Any]] ?? [] }
    let expectedCounts = (themes + subThemes).compactMap { $0["respondents"] as? Int }.sorted()
    let expectedMasked = (themes + subThemes).count { $0["respondents"] is NSNull }
    let themePages = pages.filter { $0.hasPrefix("theme-") }
    var pageCounts: [Int] = []
    var maskedPages = 0
    var html: [String: String] = [:]
    for page in pages {
      html[page] = try String(contentsOf: report.appendingPathComponent(page), encoding: .utf8)
    }
    for page in themePages {
      let counts = Self.matches(of: #"data-respondents="(\d+)""#, in: html[page] ?? "").compactMap { Int($0) }
      let masked = html[page]?.contains("data-respondents-masked") == true ? 1 : 0
      #expect(counts.count + masked == 1, "\(page)")
      pageCounts += counts
      maskedPages += masked
    }
    #expect(pageCounts.sorted() == expectedCounts, "theme pages and analysis agree on every count")
    #expect(maskedPages == expectedMasked, "theme pages and analysis agree on what is masked")

    // Every citation link lands on an argument anchor of an existing page.
    var links = 0
    for (page, text) in html {
      for target in Self.matches(of: ##"href="([^"#]*)#([^"]+)""##, in: text, group: [1, 2]) {
        let parts = target.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
        let file = parts[0].isEmpty ? page : parts[0]
        #expect(html[file]?.contains("id=\"\(parts[1])\"") == true, "\(page) → \(file)#\(parts[1])")
        if parts[1].hasPrefix("arg-") { links += 1 }
      }
    }
    #expect(links > 0, "syntheses link to their arguments")

    // The analysis document renders the same report as the project: `rapport.json` and the output
    // of `analyse --json` alike.
    try result.stdout.write(to: dir.appendingPathComponent("analyse.json"), atomically: true, encoding: .utf8)
    let formats = "html,md,json,csv"
    for (arguments, out) in [
      (["report", "p.observatoire"], "depuis-projet"),
      (["report", "--from-json", "depuis-projet/rapport.json"], "depuis-rapport-json"),
      (["report", "--from-json", "analyse.json"], "depuis-analyse-json"),
    ] {
      let run = try CLI.run(arguments + ["--out", out, "--format", formats], in: dir)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
    }
    let reference = dir.appendingPathComponent("depuis-projet")
    let files = try CLIFixtures.files(in: reference).filter { !$0.hasPrefix("assets") && $0.contains(".") }
    #expect(files.contains("index.html") && files.contains("rapport.json") && files.count > 40)
    for copy in ["depuis-rapport-json", "depuis-analyse-json"] {
      #expect(try CLIFixtures.files(in: dir.appendingPathComponent(copy)) == CLIFixtures.files(in: reference))
      for file in files {
        let expected = try Data(contentsOf: reference.appendingPathComponent(file))
        let actual = try Data(contentsOf: dir.appendingPathComponent(copy).appendingPathComponent(file))
        #expect(actual == expected, "\(copy)/\(file) differs from the report of the project")
      }
    }
  }

  /// Captured groups of every match, joined by NUL when several groups are asked for.
  static func matches(of pattern: String, in text: String, group: [Int] = [1]) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
      group.map { ns.substring(with: match.range(at: $0)) }.joined(separator: "\u{0}")
    }
  }

  /// Runs `analyse` and kills it with SIGKILL as soon as its progress shows `marker`.
  static func killDuring(_ marker: String, arguments: [String], in directory: URL) throws -> Bool {
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    var seen = ""
    var killed = false
    while true {
      let chunk = err.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
      if seen.contains(marker) {
        kill(process.processIdentifier, SIGKILL)
        killed = true
        break
      }
    }
    process.waitUntilExit()
    return killed && process.terminationReason == .uncaughtSignal
  }

  /// `kill -9` during arguments, embeddings and syntheses, then a rerun: the same final document as
  /// an uninterrupted run, and nothing that was stored before the kill is computed again.
  @Test func killNineDuringEachStageThenRerunGivesIdenticalResults() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["a.observatoire", "b.observatoire"] {
      #expect(try CLI.run(["import", Self.example, "--project", name], in: dir).status == 0)
    }
    let analyse = ["analyse", "--no-llm", "--no-report", "--json"]
    let uninterrupted = try CLI.run(analyse + ["a.observatoire", "--no-progress"], in: dir)
    #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")

    var killedCount = 0
    for marker in ["· Arguments", "· Plongements", "· Synthèses des thèmes"] {
      if try Self.killDuring(marker, arguments: analyse + ["b.observatoire"], in: dir) { killedCount += 1 }
    }
    #expect(killedCount == 3, "each run was killed by SIGKILL")

    let database = try ProjectDatabase(path: dir.appendingPathComponent("b.observatoire").path)
    var storedBefore: [String: Int] = [:]
    for stage in ["arguments", "embeddings", "syntheses"] {
      storedBefore[stage] = try database.cachedResultCount(stage: stage)
    }
    #expect((storedBefore["embeddings"] ?? 0) > 0, "work finished before the kills was kept")

    let resumed = try CLI.run(analyse + ["b.observatoire", "--no-progress"], in: dir)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(try Self.canonical(resumed.stdout) == Self.canonical(uninterrupted.stdout))

    let stages = try #require(try Self.object(resumed.stdout)["stages"] as? [String: [String: Int]])
    let reference = try #require(try Self.object(uninterrupted.stdout)["stages"] as? [String: [String: Int]])
    for (stage, before) in storedBefore {
      let computed = stages[stage]?["computed"] ?? -1
      let cached = stages[stage]?["cached"] ?? -1
      let total = (reference[stage]?["computed"] ?? 0) + (reference[stage]?["cached"] ?? 0)
      #expect(computed + cached == total, "\(stage)")
      #expect(cached >= before, "\(stage): \(before) results stored before the kill, \(cached) reused")
      #expect(computed <= total - before, "\(stage): finished work redone")
    }
  }
}
