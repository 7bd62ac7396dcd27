import Foundation
import TestSupport
import Testing

/// French text output: counts agree in number, decimals take a comma.
@Suite struct FrenchOutputTests {
  static var example: String { ImportCommandTests.example }

  @Test func frenchOutputAgreesInNumberAndUsesTheDecimalComma() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Avis\nTrès utile pour préparer mes cours\n".utf8).write(
      to: dir.appendingPathComponent("un.csv"))
    let one = try CLI.run(["import", "un.csv", "--project", "un.observatoire"], in: dir)
    #expect(one.status == 0, "\(one.stderr)")
    #expect(one.stdout.contains("1 réponse, 1 question (1 colonne,"), "\(one.stdout)")
    #expect(one.stdout.contains("confiance 0,"), "\(one.stdout)")
    #expect(!one.stdout.contains("1 réponses"))

    #expect(try CLI.run(["import", Self.example, "--project", "p.observatoire"], in: dir).status == 0)
    let stats = try CLI.run(["stats", "--project", "p.observatoire", "--by", "DEGRE"], in: dir)
    #expect(stats.status == 0, "\(stats.stderr)")
    #expect(stats.stdout.contains("khi² = "))
    let pointDecimals = try NSRegularExpression(pattern: #"\d\.\d"#)
    let text = stats.stdout as NSString
    let found = pointDecimals.matches(in: stats.stdout, range: NSRange(location: 0, length: text.length))
      .map { text.substring(with: $0.range) }
    #expect(found.isEmpty, "decimal points in French text: \(found)")

    let report = try CLI.run(["report", "un.observatoire", "--out", "r", "--format", "md"], in: dir)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("(1 fichier)."), "\(report.stdout)")
  }

  /// The parser's own messages and help headings, in French, with its exit codes: a usage error
  /// exits 64, a user-facing error 2, help 0.
  @Test func theParsersMessagesAndHelpAreFrench() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = try CLI.run(["report", "p.observatoire"], in: dir)
    #expect(missing.status == 64)
    #expect(
      missing.stderr.hasPrefix("Erreur : argument attendu manquant : « --out <out> »"), "\(missing.stderr)")
    #expect(missing.stderr.contains("Utilisation : observatoire report"))
    #expect(missing.stderr.contains("Voir « observatoire report --help » pour plus d'informations."))

    let unknown = try CLI.run(["stats", "--projet", "p.observatoire"], in: dir)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("option inconnue « --projet »"), "\(unknown.stderr)")

    let invalid = try CLI.run(["analyse", "x.csv", "--seed", "abc"], in: dir)
    #expect(invalid.status == 64)
    #expect(
      invalid.stderr.contains("la valeur « abc » n'est pas valide pour « --seed <seed> »"),
      "\(invalid.stderr)")

    let help = try CLI.run(["analyse", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("(par défaut : 42)"))
    #expect(help.stdout.contains("UTILISATION :") && help.stdout.contains("OPTIONS :"))
    #expect(help.stdout.contains("Affiche cette aide."))
    for english in ["(default:", "USAGE:", "OVERVIEW:", "Show help information", "OPTIONS:\n"] {
      #expect(!help.stdout.contains(english), "« \(english) » left in English")
    }

    let project = try CLI.run(["stats", "absent.observatoire"], in: dir)
    #expect(project.status == 2)
    #expect(project.stderr.hasPrefix("Erreur : "), "\(project.stderr)")
  }

  /// The bundled example's ranking question (Q4) keeps « en 1re place » and « dans les 2 premiers »
  /// in every tabular format; CSV files and ODS sheets are named by question code.
  @Test func rankingColumnsAndTablesNamedByCode() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try CLI.run(["import", Self.example, "--project", "p.observatoire"], in: dir).status == 0)
    let report = try CLI.run(["report", "p.observatoire", "--out", "r", "--format", "csv,md,ods"], in: dir)
    #expect(report.status == 0, "\(report.stderr)")
    let folder = dir.appendingPathComponent("r")
    let csv = String(
      decoding: try Data(contentsOf: folder.appendingPathComponent("csv/question-Q4.csv")).dropFirst(3),
      as: UTF8.self)
    let header = csv.components(separatedBy: "\r\n")[0]
    #expect(
      header.contains("Effectif (en 1re place)") && header.contains("Effectif (dans les 2 premiers)"),
      "\(header)")
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("csv/question-DEGRE-par-ACAD.csv").path))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("csv/question-1.csv").path))
    let markdown = try String(contentsOf: folder.appendingPathComponent("rapport.md"), encoding: .utf8)
    #expect(markdown.contains("| Effectif (en 1re place) | Part | Effectif (dans les 2 premiers) | Part |"))

    // The HTML summary: the same two column groups for the ranking question.
    let html = try CLI.run(["report", "p.observatoire", "--out", "h", "--format", "html"], in: dir)
    #expect(html.status == 0, "\(html.stderr)")
    let page = try String(contentsOf: dir.appendingPathComponent("h/index.html"), encoding: .utf8)
    #expect(
      page.contains(
        #"<th scope="colgroup" colspan="3">en 1re place</th><th scope="colgroup" colspan="3">dans les 2 premiers</th>"#
      ))
  }
}
