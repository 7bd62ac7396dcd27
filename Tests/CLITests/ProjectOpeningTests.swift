import Foundation
import TestSupport
import Testing

/// Commands given a path that is not a project.
@Suite struct ProjectOpeningTests {
  static var example: String { ImportCommandTests.example }

  @Test func readCommandsRefuseWhatIsNotAProjectAndCreateNothing() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let export = dir.appendingPathComponent("export.csv")
    try CLIFixtures.writeExampleHead(rows: 3, to: export)
    let exportBytes = try Data(contentsOf: export)
    try Data().write(to: dir.appendingPathComponent("vide.observatoire"))

    let notProjects: [([String], String)] = [
      (
        ["stats", "--project", "export.csv"],
        "« export.csv » n'est pas un projet Observatoire (fichier SQLite attendu)"
      ),
      (
        ["stats", "--project", "vide.observatoire"], "« vide.observatoire » n'est pas un projet Observatoire"
      ),
      (["stats", "--project", "absent.observatoire"], "le projet « absent.observatoire » n'existe pas"),
      (["report", "export.csv", "--out", "r"], "« export.csv » n'est pas un projet Observatoire"),
      (["report", "absent.observatoire", "--out", "r"], "le projet « absent.observatoire » n'existe pas"),
      (["stats", "export.csv"], "« export.csv » n'est pas un projet Observatoire"),
      (
        ["report", "--from-json", "absent.json", "--out", "r"],
        "Impossible de lire « absent.json » : fichier introuvable."
      ),
      (
        ["stats", "a.observatoire", "--project", "b.observatoire"],
        "Deux projets donnés (« a.observatoire » et --project « b.observatoire »)"
      ),
      (
        ["report", "vide.observatoire", "--out", "r"],
        "« vide.observatoire » n'est pas un projet Observatoire"
      ),
      (
        ["import", Self.example, "--project", "export.csv"], "« export.csv » n'est pas un projet Observatoire"
      ),
    ]
    for (arguments, message) in notProjects {
      let result = try CLI.run(arguments, in: dir)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("SQLite error"), "\(arguments)")
    }
    #expect(try Data(contentsOf: export) == exportBytes)
    #expect(try Data(contentsOf: dir.appendingPathComponent("vide.observatoire")).isEmpty)
    #expect(try CLIFixtures.files(in: dir) == ["export.csv", "vide.observatoire"])
  }

  /// `stats` and `report` name their project the same way: as their argument or with --project,
  /// or the only project of the current folder.
  @Test func statsAndReportNameTheProjectTheSameWay() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try CLIFixtures.writeExampleHead(rows: 30, to: dir.appendingPathComponent("export.csv"))
    #expect(try CLI.run(["import", "export.csv", "--project", "p.observatoire"], in: dir).status == 0)
    var outputs: [String] = []
    for arguments in [["stats", "p.observatoire"], ["stats", "--project", "p.observatoire"], ["stats"]] {
      let result = try CLI.run(arguments, in: dir)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      outputs.append(result.stdout)
    }
    #expect(Set(outputs).count == 1 && !outputs[0].isEmpty)
    for (index, arguments) in [
      ["report", "p.observatoire"], ["report", "--project", "p.observatoire"], ["report"],
    ]
    .enumerated() {
      let result = try CLI.run(arguments + ["--out", "r\(index)", "--format", "md"], in: dir)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let first = try Data(contentsOf: dir.appendingPathComponent("r0/rapport.md"))
    for index in 1...2 {
      #expect(try Data(contentsOf: dir.appendingPathComponent("r\(index)/rapport.md")) == first)
    }
  }
}
