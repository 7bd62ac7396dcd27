import Foundation
import TestSupport
import Testing

/// The observatory's commands, run as a user would: register, training, publication.
@Suite struct ObservatoryCommandTests {
  static let examples = Fixtures.repositoryRoot.appendingPathComponent("examples/observatoire")

  @Test func registerTrainingAndPublicationFromTheExamples() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let project = directory.appendingPathComponent("obs.observatoire").path
    let register = Self.examples.appendingPathComponent("registre-initiatives.csv").path
    let imported = try CLI.run(["registre", "importer", register, "--projet", project])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("100 initiatives importées"))

    let view = try CLI.run(["registre", "vue", "--par", "academie", "--projet", project])
    #expect(view.status == 0)
    #expect(view.stdout.contains("Lille") && view.stdout.contains("Reims"))

    let map = try CLI.run([
      "registre", "carte", "--out", directory.appendingPathComponent("carte").path, "--projet", project,
    ])
    #expect(map.status == 0, "\(map.stderr)")
    let page = try String(
      contentsOf: directory.appendingPathComponent("carte/registre.html"), encoding: .utf8)
    #expect(page.contains("<svg") && page.contains("Protection des élèves"))

    let training = try CLI.run([
      "formation", "importer", Self.examples.appendingPathComponent("formations.csv").path, "--projet",
      project,
    ])
    #expect(training.status == 0, "\(training.stderr)")
    let followUpFolder = directory.appendingPathComponent("suivi")
    let followUp = try CLI.run([
      "formation", "suivi", "--par", "academie", "--k", "5", "--out", followUpFolder.path, "--projet",
      project,
    ])
    #expect(followUp.status == 0, "\(followUp.stderr)")
    #expect(followUp.stdout.contains("2025-2026"))
    let followUpPage = try String(
      contentsOf: followUpFolder.appendingPathComponent("formation.html"), encoding: .utf8)
    #expect(followUpPage.contains("Couverture et progression") && followUpPage.contains("Reims"))
    #expect(
      FileManager.default.fileExists(atPath: followUpFolder.appendingPathComponent("formation.ods").path))

    #expect(try CLI.run(["publication", "generer", "--annee", "2025-2026", "--projet", project]).status == 0)
    let out = directory.appendingPathComponent("publication").path
    let refused = try CLI.run([
      "publication", "exporter", "--annee", "2025-2026", "--out", out, "--projet", project,
    ])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("n'est pas validée"))
    #expect(refused.stderr.contains("« observatoire publication valider »"), "the CLI adds its hint")
    #expect(!FileManager.default.fileExists(atPath: out), "nothing written when refused")
    let draft = try CLI.run([
      "publication", "exporter", "--annee", "2025-2026", "--out", out, "--brouillon", "--projet", project,
    ])
    #expect(draft.status == 0, "\(draft.stderr)")
    #expect(try String(contentsOfFile: out + "/publication.md", encoding: .utf8).contains("BROUILLON"))
    let validated = try CLI.run([
      "publication", "valider", "--annee", "2025-2026", "--par", "IA-IPR référent", "--projet", project,
    ])
    #expect(validated.status == 0)
    let final = try CLI.run([
      "publication", "exporter", "--annee", "2025-2026", "--out", out, "--projet", project,
    ])
    #expect(final.status == 0, "\(final.stderr)")
    let markdown = try String(contentsOfFile: out + "/publication.md", encoding: .utf8)
    #expect(!markdown.contains("BROUILLON"))
    #expect(markdown.contains("Publication validée par IA-IPR référent"))
  }

  @Test func aFaultyRegisterIsRefusedInFrenchAndTheProjectKeepsItsRegister() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let project = directory.appendingPathComponent("obs.observatoire").path
    let good = Self.examples.appendingPathComponent("registre-initiatives.csv")
    #expect(try CLI.run(["registre", "importer", good.path, "--projet", project]).status == 0)
    var lines = try String(contentsOf: good, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    let index = lines.indices.first { $0 >= 20 && !lines[$0].contains("\"") }!
    var fields = lines[index].components(separatedBy: ";")
    fields[1] = "12345"
    fields[14] = "parfait"
    lines[index] = fields.joined(separator: ";")
    let bad = directory.appendingPathComponent("registre.csv")
    try Data(lines.joined(separator: "\n").utf8).write(to: bad)
    let result = try CLI.run(["registre", "importer", bad.path, "--projet", project])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("registre.csv, ligne \(index + 1), colonne « UAI » : UAI « 12345 » mal formé"))
    #expect(
      result.stderr.contains("ligne \(index + 1), colonne « Intégration dans les programmes scolaires »"))
    #expect(result.stderr.contains("rien n'a été modifié"))
    let view = try CLI.run(["registre", "vue", "--par", "degre", "--projet", project])
    #expect(view.stdout.contains("1er degré"), "the earlier register is still there")
  }

  @Test func helpTeachesTheObservatoryCommands() throws {
    let help = try CLI.run(["--help"])
    for name in ["registre", "formation", "serie", "publication"] { #expect(help.stdout.contains(name)) }
    let register = try CLI.run(["registre", "importer", "--help"])
    #expect(
      register.stdout.contains("niveau de grille inconnu") || register.stdout.contains("un niveau de grille"))
  }
}

/// A series of two waves through the command line: analyse each wave, add it, compare; the
/// mapping file can say two questions differ; a bad mapping file is refused in French.
@Suite struct ObservatorySeriesCommandTests {
  @Test func twoWavesAreAddedComparedAndRemappedFromTheCommandLine() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let root = Fixtures.repositoryRoot
    let examples = ObservatoryCommandTests.examples
    let project = directory.appendingPathComponent("obs.observatoire").path
    for year in ["2025", "2026"] {
      let wave = directory.appendingPathComponent("enseignants-\(year).observatoire").path
      let analysed = try CLI.run(
        [
          "analyse", examples.appendingPathComponent("enseignants-\(year).csv").path, "--mapping",
          examples.appendingPathComponent("enseignants.mapping.yaml").path, "--no-llm", "--project", wave,
          "--out", directory.appendingPathComponent("rapport-\(year)").path,
        ], in: root)
      #expect(analysed.status == 0, "\(analysed.stderr)")
      let added = try CLI.run(
        ["serie", "ajouter", "enseignants", "--vague", year, "--depuis", wave, "--projet", project], in: root)
      #expect(added.status == 0, "\(added.stderr)")
      #expect(added.stdout.contains("240 répondants"))
    }
    let compared = try CLI.run(["serie", "comparer", "enseignants", "--projet", project], in: root)
    #expect(compared.status == 0, "\(compared.stderr)")
    #expect(compared.stdout.contains("Q3 → Q4 (par libellé)"))
    #expect(compared.stdout.contains("nouveau") && compared.stdout.contains("en retrait"))
    #expect(compared.stdout.contains("Oui, régulièrement      30,0 %"))

    let mapping = directory.appendingPathComponent("correspondances.yaml")
    try Data("questions:\n  Q4: null\n".utf8).write(to: mapping)
    let remapped = try CLI.run(
      ["serie", "comparer", "enseignants", "--correspondances", mapping.path, "--projet", project], in: root)
    #expect(remapped.status == 0, "\(remapped.stderr)")
    #expect(remapped.stdout.contains("Sans partenaire (ancienne) : Q3"))
    #expect(remapped.stdout.contains("Sans partenaire (récente) : Q4"))
    #expect(!remapped.stdout.contains("— thèmes"))

    try Data("Q4: Q3\n".utf8).write(to: mapping)
    let bad = try CLI.run(
      ["serie", "comparer", "enseignants", "--correspondances", mapping.path, "--projet", project], in: root)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("Erreur dans correspondances.yaml : clé « questions » attendue"))

    let unknown = try CLI.run(["serie", "comparer", "eleves", "--projet", project], in: root)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("la série « eleves » n'existe pas dans ce projet (séries : enseignants)"))
  }
}
