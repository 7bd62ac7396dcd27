import Foundation
import TestSupport
import Testing
import ZIPFoundation

@Suite struct ImportSpreadsheetCommandTests {
  static let rows = [
    ["ACAD. Académie", "Q1. Utilisez-vous l'IA ?", "Q5. Que pensez-vous de l'IA à l'école ?"],
    ["Créteil", "Oui", "Elle m'aide à préparer des exercices différenciés."],
    ["Lille", "Non", "Je crains que les élèves ne fassent plus l'effort de rédiger."],
    ["Créteil", "Oui", "Utile pour les courriers aux familles, à condition de relire."],
  ]

  /// A one-sheet XLSX written with inline strings.
  static func writeWorkbook(to url: URL, sheet: String) throws {
    let archive = try Archive(url: url, accessMode: .create)
    func add(_ text: String, _ path: String) throws {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    try add(
      "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
        + "<sheet name=\"\(sheet)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>", "xl/workbook.xml")
    try add(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "</Relationships>", "xl/_rels/workbook.xml.rels")
    var xml = "<worksheet xmlns=\"\(main)\"><sheetData>"
    for (r, row) in rows.enumerated() {
      xml += "<row r=\"\(r + 1)\">"
      for (c, text) in row.enumerated() {
        let column = String(UnicodeScalar(UInt8(65 + c)))
        let escaped = text.replacingOccurrences(of: "'", with: "&apos;")
        xml += "<c r=\"\(column)\(r + 1)\" t=\"inlineStr\"><is><t>\(escaped)</t></is></c>"
      }
      xml += "</row>"
    }
    try add(xml + "</sheetData></worksheet>", "xl/worksheets/sheet1.xml")
  }

  @Test func importsANamedSheetThenRefusesABrokenWorkbookLeavingTheProjectUnchanged() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let workbook = dir.appendingPathComponent("classeur.xlsx")
    try Self.writeWorkbook(to: workbook, sheet: "Réponses")
    let ok = try CLI.run(
      ["import", "classeur.xlsx", "--sheet", "Réponses", "--project", "p.observatoire"], in: dir)
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("3 réponses, 3 questions (3 colonnes, feuille « Réponses »)"))
    #expect(ok.stdout.contains("Q5 — Que pensez-vous de l'IA à l'école ?"))
    let before = try ImportCommandTests.snapshot(dir)
    #expect(!before.isEmpty)

    let bytes = try Data(contentsOf: workbook)
    try bytes.prefix(bytes.count / 2).write(to: dir.appendingPathComponent("tronque.xlsx"))
    let attempts: [([String], String)] = [
      (["import", "tronque.xlsx"], "Erreur dans tronque.xlsx : classeur illisible"),
      (["import", "classeur.xlsx", "--sheet", "Synthèse"], "(feuilles disponibles : « Réponses »)"),
      (
        ["import", ImportCommandTests.example, "--sheet", "Réponses"],
        "une feuille demandée pour un fichier texte"
      ),
    ]
    for (arguments, message) in attempts {
      let result = try CLI.run(arguments + ["--project", "p.observatoire"], in: dir)
      #expect(result.status != 0)
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"))
      #expect(try ImportCommandTests.snapshot(dir) == before)
    }
  }
}
