import Foundation
import TestSupport
import Testing

@Suite struct ImportCommandTests {
  static var example: String {
    Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv").path
  }

  /// Every file of the folder with its bytes, to compare a project before and after.
  static func snapshot(_ dir: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasPrefix("p.") {
      files[name] = try Data(contentsOf: dir.appendingPathComponent(name))
    }
    return files
  }

  @Test func importsTheExampleThenRefusesBadInputLeavingTheProjectUnchanged() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let ok = try CLI.run(["import", Self.example, "--project", "p.observatoire"], in: dir)
    #expect(ok.status == 0)
    #expect(ok.stdout.contains("300 réponses"))
    #expect(ok.stdout.contains("Q5 — Que pensez-vous"))
    #expect(ok.stdout.contains("Données personnelles masquées : EMAIL 2, PERSONNE 3, TELEPHONE 1."))
    let before = try Self.snapshot(dir)
    #expect(!before.isEmpty)

    try Data().write(to: dir.appendingPathComponent("vide.csv"))
    try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]).write(to: dir.appendingPathComponent("binaire.csv"))
    try Data("Q99:\n  type: echelle\n".utf8).write(to: dir.appendingPathComponent("m.yaml"))
    let attempts: [([String], String)] = [
      (["import", "vide.csv"], "vide.csv : le fichier est vide"),
      (["import", "binaire.csv"], "binaire.csv, ligne 1, colonne 5"),
      (["import", Self.example, "--mapping", "m.yaml"], "« Q99 »"),
    ]
    for (arguments, message) in attempts {
      let result = try CLI.run(arguments + ["--project", "p.observatoire"], in: dir)
      #expect(result.status != 0)
      #expect(result.stderr.contains(message))
      #expect(!result.stderr.contains("Fatal error"))
      #expect(try Self.snapshot(dir) == before)
    }
  }

  @Test func aFailedImportIntoANewProjectLeavesNoProjectBehind() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Q99:\n  type: echelle\n".utf8).write(to: dir.appendingPathComponent("m.yaml"))
    try Data("id;Avis\n1;\"jamais fermé\n".utf8).write(to: dir.appendingPathComponent("tronque.csv"))
    for arguments in [
      ["import", Self.example, "--mapping", "m.yaml", "--project", "neuf.observatoire"],
      ["import", "tronque.csv", "--project", "neuf.observatoire"],
    ] {
      let result = try CLI.run(arguments, in: dir)
      #expect(result.status != 0)
      #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("neuf.observatoire").path))
    }
  }
}
