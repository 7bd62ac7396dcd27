import Foundation
import Storage
import TestSupport
import Testing

/// Issue 15 through the command line: the privacy report, confirmations kept across imports, and
/// the check of everything `report` writes.
@Suite struct PrivacyCommandTests {
  static let avis = [
    "Le projet de Zorglub a plu, et les élèves ont adoré les ateliers.",
    "Zorglub nous a aidés à créer les comptes de toute la classe.",
    "L'outil est utile pour différencier les exercices en mathématiques.",
    "Je ne l'utilise pas, je manque de temps pour me former sérieusement.",
    "La formation de Ludivine Courtois était trop théorique à mon goût.",
    "Les élèves trichent, il faut revoir les évaluations à la maison.",
    "Mon NIR 1 85 05 78 006 084 92 a été demandé par la plateforme, pourquoi ?",
    "Utile pour les élèves dys, la synthèse vocale change beaucoup de choses.",
    "Il faut une charte d'usage commune à tous les établissements du secteur.",
    "Trop cher pour notre budget, nous attendons une solution académique.",
    "Les parents s'inquiètent des données collectées par ces outils en ligne.",
    "Bon pour préparer des cours, moins pour corriger des copies d'élèves.",
  ]

  /// An export: a free-text question, and a closed one whose options are left as written.
  static func export(referents: [String], in dir: URL) throws {
    var lines = ["id;Référent;Avis"]
    for (index, text) in avis.enumerated() {
      lines.append("\(index + 1);\(referents[index % referents.count]);\(text)")
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("avis.csv"))
  }

  static func storedAnswers(_ dir: URL) throws -> String {
    let database = try ProjectDatabase(path: dir.appendingPathComponent("p.observatoire").path)
    let consultation = try #require(try database.loadConsultation())
    return consultation.responses.flatMap { $0.answers.values.map { "\($0)" } }.joined(separator: "\n")
  }

  /// A « possible » finding is listed, not masked; once confirmed it is masked, and it stays
  /// masked when the export is imported again without the confirmation on the command line.
  @Test func aConfirmedPossibleFindingSurvivesReimport() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.export(referents: ["Équipe A", "Équipe B"], in: dir)
    try Data("Avis:\n  type: texte_libre\n".utf8).write(to: dir.appendingPathComponent("m.yaml"))
    let base = ["import", "avis.csv", "--project", "p.observatoire", "--mapping", "m.yaml"]

    let first = try CLI.run(base + ["--privacy-report", "revue.txt"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    let review = try String(contentsOf: dir.appendingPathComponent("revue.txt"), encoding: .utf8)
    #expect(review.contains("NIR (forme) : Mon NIR [NIR] a été demandé"))
    #expect(!review.contains("1 85 05 78") && !review.contains("Ludivine"))
    let line = try #require(review.split(separator: "\n").first { $0.contains("« Zorglub »") })
    let id = String(line.prefix(9))
    #expect(try Self.storedAnswers(dir).contains("Zorglub"))

    let confirmed = try CLI.run(base + ["--confirm-masking", id.lowercased()], in: dir)
    #expect(confirmed.status == 0, "\(confirmed.stderr)")
    #expect(!(try Self.storedAnswers(dir).contains("Zorglub")))

    let again = try CLI.run(base + ["--privacy-report", "-"], in: dir)
    #expect(again.status == 0, "\(again.stderr)")
    let answers = try Self.storedAnswers(dir)
    #expect(!answers.contains("Zorglub"))
    #expect(answers.contains("Le projet de [PERSONNE] a plu, et"))
    #expect(again.stdout.contains("PERSONNE (confirmé)"))

    let wrong = try CLI.run(base + ["--confirm-masking", "Zorglub"], in: dir)
    #expect(wrong.status != 0)
    #expect(wrong.stderr.contains("Identifiant « ZORGLUB » inconnu pour --confirm-masking"))
  }

  /// What `report` writes is checked: a phone number and a name masked at import, planted in a
  /// closed question's options (never masked), stop the export; --allow-pii writes and logs it.
  @Test func anExportWithAPlantedIdentifierIsBlocked() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Two options of six answers each: above the small-cell threshold, so both are published.
    try Self.export(referents: ["Secrétariat 06 12 34 56 78", "Ludivine Courtois"], in: dir)
    try Data("Référent:\n  type: choix_unique\nAvis:\n  type: texte_libre\n".utf8)
      .write(to: dir.appendingPathComponent("m.yaml"))
    let imported = try CLI.run(
      ["import", "avis.csv", "--project", "p.observatoire", "--mapping", "m.yaml"], in: dir)
    #expect(imported.status == 0, "\(imported.stderr)")

    let blocked = try CLI.run(["report", "p.observatoire", "--out", "r", "--format", "md,csv"], in: dir)
    #expect(blocked.status != 0)
    #expect(blocked.stderr.contains("Export arrêté, rien n'a été écrit : « rapport.md »"))
    #expect(blocked.stderr.contains("[TELEPHONE]") && blocked.stderr.contains("--allow-pii"))
    #expect(!blocked.stderr.contains("06 12 34 56 78"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r/rapport.md").path))

    let allowed = try CLI.run(
      ["report", "p.observatoire", "--out", "r", "--format", "md,csv", "--allow-pii"], in: dir)
    #expect(allowed.status == 0, "\(allowed.stderr)")
    let journal = try String(
      contentsOf: dir.appendingPathComponent("r/journal-confidentialite.txt"), encoding: .utf8)
    #expect(journal.contains("rapport.md : TELEPHONE"))
    #expect(journal.contains("rapport.md : PERSONNE"))
    #expect(allowed.stderr.contains("Donnée personnelle possible écrite à la demande de l'analyste"))
  }
}
