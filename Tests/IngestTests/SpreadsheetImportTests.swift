import Foundation
import ObservatoireCore
import TestSupport
import Testing
import ZIPFoundation

@testable import Ingest

/// A table of real République numérique arguments (2015) with closed columns derived from them.
enum ArgumentsTable {
  static func rows(count: Int = 40) throws -> [[TestCell]] {
    let arguments = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl")
    var rows: [[TestCell]] = [
      [
        .text("id"), .text("DATE. Date de la contribution"), .text("POS. Votre position sur l'article"),
        .text("SECTION. Section du projet de loi"), .text("NOTE. Note donnée à l'article (1 à 5)"),
        .text("POIDS. Poids de l'argument"), .text("ARG. Votre argument"),
      ]
    ]
    // Every 97th argument, to cover several sections and both stances.
    for (i, argument) in arguments.enumerated() where i % 97 == 0 && rows.count <= count {
      let id = argument["id"] as! Int
      let text = (argument["text"] as! String)
        .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      let stance = argument["stance"] as! String == "pour" ? "Pour" : "Contre"
      let day = id % 28 + 1
      let date = String(format: "2015-10-%02d %02d:%02d:%02d", day, id % 24, id % 60, (id * 7) % 60)
      let weight = Double(id % 7) / 2
      rows.append([
        .number(String(id)), .date(date), .text(stance),
        .text(argument["section_subtitle"] as! String),
        rows.count % 9 == 0 ? .empty : .number(String(id % 5 + 1)),
        .number(weight == weight.rounded() ? String(Int(weight)) : String(weight)),
        rows.count % 11 == 0 ? .empty : .text(text),
      ])
    }
    return rows
  }
}

@Suite struct SpreadsheetImportTests {
  static func importCSV(_ rows: [[TestCell]], in dir: URL) throws -> Consultation {
    let url = dir.appendingPathComponent("arguments.csv")
    try WorkbookWriter.csv(rows).write(to: url)
    return try ConsultationImporter().importFile(at: url).0
  }

  static func expectSameAsCSV(_ imported: Consultation, _ csv: Consultation) {
    #expect(imported.questions == csv.questions)
    #expect(imported.responses.count == csv.responses.count)
    for (a, b) in zip(imported.responses, csv.responses) where a != b {
      Issue.record("response \(a.row) differs: \(a.answers) vs \(b.answers)")
      break
    }
  }

  @Test func xlsxGivesTheSameConsultationAsTheCSV() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let rows = try ArgumentsTable.rows()
    let csv = try Self.importCSV(rows, in: dir)
    // The table must exercise several inferred types for the comparison to mean something.
    let kinds = Set(csv.questions.map(\.kind))
    #expect(kinds.isSuperset(of: [.freeText, .singleChoice, .date, .scale]))
    #expect(csv.responses.count == 40)

    let url = dir.appendingPathComponent("arguments.xlsx")
    try WorkbookWriter.xlsx([TestSheet(name: "Réponses", rows: rows)], to: url)
    let (xlsx, summary) = try ConsultationImporter().importFile(at: url)
    Self.expectSameAsCSV(xlsx, csv)
    #expect(summary.sheet == "Réponses")
    #expect(summary.columns == 7)
    #expect(summary.raggedRows.isEmpty)
    #expect(xlsx.sourceName == "arguments.xlsx")
    let argument = QuestionID("ARG")
    #expect(csv.question(argument)?.kind == .freeText)
    let texts = xlsx.responses.compactMap { $0.text(argument) }
    #expect(texts.count == 37)
    #expect(texts.contains { $0.contains("\n") && $0.count > 200 })
  }

  @Test func odsGivesTheSameConsultationAsTheCSV() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let rows = try ArgumentsTable.rows()
    let csv = try Self.importCSV(rows, in: dir)
    let url = dir.appendingPathComponent("arguments.ods")
    try WorkbookWriter.ods([TestSheet(name: "Réponses", rows: rows)], to: url)
    let (ods, summary) = try ConsultationImporter().importFile(at: url)
    Self.expectSameAsCSV(ods, csv)
    #expect(summary.sheet == "Réponses")
    #expect(summary.columns == 7)
  }

  static let notice = TestSheet(
    name: "Notice",
    rows: [
      [.text("Champ"), .text("Description")],
      [.text("ARG"), .text("Argument déposé sur republique-numerique.fr")],
    ])

  @Test(arguments: ["xlsx", "ods"])
  func readsTheFirstSheetOrTheNamedOne(ext: String) throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let rows = try ArgumentsTable.rows(count: 12)
    let sheets = [Self.notice, TestSheet(name: "Réponses 2015", rows: rows)]
    let url = dir.appendingPathComponent("classeur.\(ext)")
    if ext == "xlsx" {
      try WorkbookWriter.xlsx(sheets, to: url)
    } else {
      try WorkbookWriter.ods(sheets, to: url)
    }

    let (first, firstSummary) = try ConsultationImporter().importFile(at: url)
    #expect(firstSummary.sheet == "Notice")
    #expect(first.questions.map(\.title) == ["Champ", "Description"])
    #expect(first.responses.count == 1)

    let (named, namedSummary) = try ConsultationImporter().importFile(at: url, sheet: "Réponses 2015")
    #expect(namedSummary.sheet == "Réponses 2015")
    Self.expectSameAsCSV(named, try Self.importCSV(rows, in: dir))

    let (loose, looseSummary) = try ConsultationImporter().importFile(at: url, sheet: "reponses 2015 ")
    #expect(looseSummary.sheet == "Réponses 2015")
    #expect(loose.responses == named.responses)

    let error = ingestError { _ = try ConsultationImporter().importFile(at: url, sheet: "Synthèse") }
    #expect(error?.reason == .sheetNotFound("Synthèse", available: ["Notice", "Réponses 2015"]))
    #expect(
      error?.messageFR
        == "Erreur dans classeur.\(ext) : la feuille « Synthèse » n'existe pas dans ce classeur "
        + "(feuilles disponibles : « Notice », « Réponses 2015 »).")
  }

  @Test func placesCellsByReferenceAndReportsCellsBeyondTheHeader() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let rows: [[TestCell]] = [
      [.empty, .empty],
      [.text("Académie"), .empty, .text("Note")],
      [.text("Créteil"), .empty, .number("4")],
      [.empty, .empty, .empty],
      [.text("Lille"), .text("sans en-tête"), .number("2.5"), .empty, .text("en trop")],
    ]
    let url = dir.appendingPathComponent("trous.xlsx")
    try WorkbookWriter.xlsx([TestSheet(name: "Feuil1", rows: rows)], to: url)
    let (c, summary) = try ConsultationImporter().importFile(at: url)
    // The first filled row is the header; the empty row is skipped; rows keep their numbers.
    #expect(c.questions.map(\.title) == ["Académie", "", "Note"])
    #expect(c.responses.count == 2)
    #expect(summary.columns == 3)
    #expect(summary.raggedRows.map { [$0.line, $0.fields] } == [[5, 5]])
    let note = c.questions[2].id
    #expect(c.responses.map { $0[note] } == [.number(4), .number(2.5)])
  }

  @Test func readsEveryXLSXCellTypeAsTheAnalystSeesIt() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("types.xlsx")
    let header = ["A", "B", "C", "D", "E", "F", "G", "H", "I"].enumerated().map { i, name in
      "<c r=\"\(name)1\" t=\"inlineStr\"><is><t>Q\(i + 1)</t></is></c>"
    }.joined()
    // Row 2: a date (style 1), a time stamp (style 2), a number in a non-date custom format
    // (style 3), a float Excel stored imprecisely, a boolean, an error, a formula string with an
    // escaped carriage return, an empty shared-string cell, a shared string; row 3 places its
    // cells without references after one that has a reference.
    let sheet =
      "<row r=\"1\">\(header)</row>"
      + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>42285</v></c><c r=\"B2\" s=\"2\"><v>42285.75</v></c>"
      + "<c r=\"C2\" s=\"3\"><v>3</v></c><c r=\"D2\"><v>4.5999999999999996</v></c><c r=\"E2\" t=\"b\"><v>1</v></c>"
      + "<c r=\"F2\" t=\"e\"><v>#N/A</v></c><c r=\"G2\" t=\"str\"><f>A1&amp;B1</f><v>ligne_x000D_suite</v></c>"
      + "<c r=\"H2\" t=\"s\"/><c r=\"I2\" t=\"s\"><v>0</v></c></row>"
      + "<row r=\"3\"><c r=\"G3\" t=\"s\"><v>1</v></c><c><v>7</v></c><c t=\"s\"><v>0</v></c></row>"
    try WorkbookWriter.xlsx(
      sheetData: sheet, sharedStrings: ["Une réponse « libre »", "Oui"], to: url)
    let content = try SpreadsheetReader(
      url: url, format: .xlsx, maximumPartBytes: 1_000_000, maximumCells: 1_000
    ).read(sheet: nil)
    #expect(content.rows.map(\.line) == [1, 2, 3])
    #expect(
      content.rows[1].cells.map(\.value) == [
        "2015-10-08", "2015-10-08 18:00:00", "3", "4.6", "VRAI", "#N/A", "ligne\rsuite",
        "Une réponse « libre »",
      ])
    #expect(content.rows[1].cells.map(\.column) == [0, 1, 2, 3, 4, 5, 6, 8])
    #expect(content.rows[2].cells.map(\.column) == [6, 7, 8])
    #expect(content.rows[2].cells.map(\.value) == ["Oui", "7", "Une réponse « libre »"])

    // The 1904 date system shifts serial numbers by 1,462 days.
    try FileManager.default.removeItem(at: url)
    try WorkbookWriter.xlsx(
      sheetData: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>40823</v></c></row>", sharedStrings: [],
      date1904: true, to: url)
    let content1904 = try SpreadsheetReader(
      url: url, format: .xlsx, maximumPartBytes: 1_000_000, maximumCells: 1_000
    ).read(sheet: nil)
    #expect(content1904.rows.first?.cells.first?.value == "2015-10-08")
  }

  @Test func aMissingSharedStringNamesItsRowAndColumn() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("chaines.xlsx")
    try WorkbookWriter.xlsx(
      sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        + "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>12</v></c></row>",
      sharedStrings: ["Avis"], to: url)
    let error = ingestError { _ = try ConsultationImporter().importFile(at: url) }
    #expect(
      error?.messageFR
        == "Erreur dans chaines.xlsx, ligne 4, colonne 3 : classeur illisible : chaîne partagée « 12 » "
        + "absente du classeur.")
  }

  @Test func duplicateHeaderIsReportedAtItsSpreadsheetRow() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let rows: [[TestCell]] = [
      [.empty], [.empty],
      [.text("Q1. Avis"), .text("Q1. Avis")],
      [.text("Oui"), .text("Non")],
    ]
    let url = dir.appendingPathComponent("doublon.ods")
    try WorkbookWriter.ods([TestSheet(name: "Feuille1", rows: rows)], to: url)
    let error = ingestError { _ = try ConsultationImporter().importFile(at: url) }
    #expect(error?.reason == .duplicateColumn("Q1"))
    #expect(error?.location == SourceLocation(file: "doublon.ods", line: 3, column: 2))
  }

  @Test func truncatedXLSXGivesAFrenchError() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let whole = dir.appendingPathComponent("entier.xlsx")
    try WorkbookWriter.xlsx([TestSheet(name: "Réponses", rows: try ArgumentsTable.rows())], to: whole)
    let bytes = try Data(contentsOf: whole)
    let url = dir.appendingPathComponent("tronque.xlsx")
    try bytes.prefix(bytes.count / 2).write(to: url)
    let error = ingestError { _ = try ConsultationImporter().importFile(at: url) }
    #expect(error?.reason == .corruptSpreadsheet("l'archive ZIP est tronquée ou endommagée"))
    #expect(error?.messageFR.hasPrefix("Erreur dans tronque.xlsx : classeur illisible") == true)
  }

  @Test func damagedPartIsNamedInTheError() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("abime.xlsx")
    try WorkbookWriter.xlsx([TestSheet(name: "Réponses", rows: try ArgumentsTable.rows())], to: url)
    var bytes = try Data(contentsOf: url)
    // Garble the middle of the shared strings' compressed data, keeping the directory intact.
    let header = try #require(ZIPLayout.localHeader(of: "xl/sharedStrings.xml", in: bytes))
    let middle = (header.dataStart + header.dataEnd) / 2
    for i in middle..<(middle + 64) { bytes[i] ^= 0x5A }
    try bytes.write(to: url)
    let error = ingestError { _ = try ConsultationImporter().importFile(at: url) }
    #expect(error?.location.file == "abime.xlsx (xl/sharedStrings.xml)")
    #expect(error?.messageFR.contains("classeur illisible") == true)
  }

  @Test func invalidXMLNamesPartLineAndColumn() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("xml.ods")
    let archive = try Archive(url: url, accessMode: .create)
    try WorkbookWriter.add(
      "<?xml version=\"1.0\"?>\n<office:document-content xmlns:office=\"o\" xmlns:table=\"t\">\n"
        + "<table:table table:name=\"A\"><table:table-row></table:table></office:document-content>",
      path: "content.xml", to: archive)
    let error = ingestError { _ = try ConsultationImporter().importFile(at: url) }
    #expect(error?.location.file == "xml.ods (content.xml)")
    #expect(error?.location.line == 3)
    #expect(error?.location.column != nil)
    #expect(error?.messageFR.contains("XML invalide") == true)
  }

  /// A sheet padded with 5 MB of whitespace, under a 1 MB cap.
  static func paddedSheet(to url: URL, declaredSize: UInt32? = nil) throws {
    try WorkbookWriter.xlsx([TestSheet(name: "Feuil1", rows: [[.text("Avis")], [.text("Oui")]])], to: url)
    let archive = try Archive(url: url, accessMode: .update)
    let padded = 5_000_000
    let sheetStart = Data(
      ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Avis</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Oui</t></is></c></row>").utf8)
    let sheetEnd = Data("</sheetData></worksheet>".utf8)
    try archive.remove(archive["xl/worksheets/sheet1.xml"]!)
    try archive.addEntry(
      with: "xl/worksheets/sheet1.xml", type: .file,
      uncompressedSize: Int64(sheetStart.count + padded + sheetEnd.count), compressionMethod: .deflate
    ) { position, size in
      // Streamed chunk by chunk: the test never holds the whole entry.
      let range = Int(position)..<(Int(position) + size)
      func piece(_ data: Data, at offset: Int) -> Data {
        let overlap = range.clamped(to: offset..<(offset + data.count))
        return overlap.isEmpty
          ? Data() : data.subdata(in: (overlap.lowerBound - offset)..<(overlap.upperBound - offset))
      }
      let spaces = range.clamped(to: sheetStart.count..<(sheetStart.count + padded)).count
      return piece(sheetStart, at: 0) + Data(repeating: 0x20, count: spaces)
        + piece(sheetEnd, at: sheetStart.count + padded)
    }
    guard let declaredSize else { return }
    // Make the archive lie about the entry's size, in both the local and the central headers.
    var bytes = try Data(contentsOf: url)
    let local = try #require(ZIPLayout.localHeader(of: "xl/worksheets/sheet1.xml", in: bytes)).offset
    let central = try #require(ZIPLayout.centralHeader(of: "xl/worksheets/sheet1.xml", in: bytes))
    let size = withUnsafeBytes(of: declaredSize.littleEndian) { Data($0) }
    bytes.replaceSubrange((local + 22)..<(local + 26), with: size)
    bytes.replaceSubrange((central + 24)..<(central + 28), with: size)
    try bytes.write(to: url)
  }

  @Test func zipBombIsRefusedFromTheDeclaredSize() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("bombe.xlsx")
    try Self.paddedSheet(to: url)
    let fileSize = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
    #expect((fileSize ?? .max) < 100_000)
    let importer = ConsultationImporter(maximumSpreadsheetPartBytes: 1_000_000)
    let error = ingestError { _ = try importer.importFile(at: url) }
    #expect(error?.reason == .spreadsheetTooLarge(limit: 1_000_000))
    #expect(
      error?.messageFR
        == "Erreur dans bombe.xlsx (xl/worksheets/sheet1.xml) : une partie du classeur dépasse 1 Mo "
        + "une fois décompressée (fichier trop gros ou archive piégée).")
    // Under the default cap the same file is read: the padding is valid XML.
    #expect(try ConsultationImporter().importFile(at: url).0.responses.count == 1)
  }

  @Test func zipBombLyingAboutItsSizeIsStoppedWhileDecompressing() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("menteuse.xlsx")
    try Self.paddedSheet(to: url, declaredSize: 1_000)
    let importer = ConsultationImporter(maximumSpreadsheetPartBytes: 1_000_000)
    let error = ingestError { _ = try importer.importFile(at: url) }
    #expect(error?.reason == .spreadsheetTooLarge(limit: 1_000_000))
    #expect(error?.location.file == "menteuse.xlsx (xl/worksheets/sheet1.xml)")
  }

  @Test func repeatedODSCellsCannotBlowUpMemory() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("repetitions.ods")
    let archive = try Archive(url: url, accessMode: .create)
    try WorkbookWriter.add(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="A"><table:table-row><table:table-cell office:value-type="string"><text:p>Avis</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000" office:value-type="string"><text:p>Oui</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>
      """, path: "content.xml", to: archive)
    let error = ingestError { _ = try ConsultationImporter().importFile(at: url) }
    #expect(error?.reason == .tooManyCells(limit: 20_000_000))
    #expect(error?.location.line == 2)
  }

  /// LibreOffice writes content.xml as a single line; past about 10 MB, libxml2 fails on it
  /// unless it is fed in chunks.
  @Test func readsAContentXMLOfMoreThan10MBOnOneLine() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let arguments = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl")
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Arguments"><table:table-row><table:table-cell office:value-type="string"><text:p>Position</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Argument</text:p></table:table-cell></table:table-row>
      """
    let padding = String(repeating: " ", count: 2_600)
    for argument in arguments {
      let text = (argument["text"] as! String).replacingOccurrences(of: "\r", with: "")
      xml +=
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>\(argument["stance"] as! String)"
        + "</text:p></table:table-cell><table:table-cell office:value-type=\"string\">"
        + WorkbookWriter.odsText(text) + "</table:table-cell></table:table-row>" + padding
    }
    xml += "</table:table></office:spreadsheet></office:body></office:document-content>"
    #expect(xml.utf8.count > 12_000_000)
    let url = dir.appendingPathComponent("long.ods")
    let archive = try Archive(url: url, accessMode: .create)
    try WorkbookWriter.add(xml, path: "content.xml", to: archive)
    let (c, _) = try ConsultationImporter().importFile(at: url)
    #expect(c.responses.count == arguments.count)
    #expect(
      c.responses.last?.text(QuestionID("Argument"))
        == (arguments.last?["text"] as? String)?.replacingOccurrences(of: "\r", with: ""))
  }

  static var libreOffice: String? {
    ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  @Test(.enabled(if: SpreadsheetImportTests.libreOffice != nil, "LibreOffice n'est pas installé"))
  func libreOfficeConversionsOfTheExampleImportLikeTheCSV() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let example = Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.libreOffice!)
    // A private profile, so a LibreOffice already running elsewhere cannot swallow the request;
    // 59,34,76,1: « ; » separator, « " » quotes, UTF-8, from line 1.
    process.arguments = [
      "-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--infilter=CSV:59,34,76,1",
      "--convert-to", "xlsx", "--outdir", dir.path, example.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let ods = Process()
    ods.executableURL = process.executableURL
    ods.arguments = process.arguments!.map { $0 == "xlsx" ? "ods" : $0 }
    ods.standardOutput = FileHandle.nullDevice
    ods.standardError = FileHandle.nullDevice
    try ods.run()
    ods.waitUntilExit()

    let (csv, _) = try ConsultationImporter().importFile(at: example)
    for ext in ["xlsx", "ods"] {
      let url = dir.appendingPathComponent("enseignants-ia.\(ext)")
      try #require(FileManager.default.fileExists(atPath: url.path), "LibreOffice n'a pas produit \(ext)")
      let (converted, _) = try ConsultationImporter().importFile(at: url)
      #expect(converted.responses.count == csv.responses.count, "\(ext)")
      #expect(converted.questions.map(\.id) == csv.questions.map(\.id), "\(ext)")
      #expect(converted.questions.map(\.kind) == csv.questions.map(\.kind), "\(ext)")
    }
  }
}

/// Offsets of ZIP headers, to damage an archive on purpose.
enum ZIPLayout {
  static func uint16(_ bytes: Data, _ at: Int) -> Int {
    Int(bytes[bytes.startIndex + at]) | Int(bytes[bytes.startIndex + at + 1]) << 8
  }

  static func uint32(_ bytes: Data, _ at: Int) -> Int {
    uint16(bytes, at) | uint16(bytes, at + 2) << 16
  }

  static func offsets(of signature: [UInt8], in bytes: Data) -> [Int] {
    var found: [Int] = []
    var search = bytes.startIndex
    while let range = bytes.range(of: Data(signature), in: search..<bytes.endIndex) {
      found.append(range.lowerBound - bytes.startIndex)
      search = range.upperBound
    }
    return found
  }

  /// The local header of `name` and where its (compressed) data lies.
  static func localHeader(of name: String, in bytes: Data) -> (offset: Int, dataStart: Int, dataEnd: Int)? {
    let nameBytes = Data(name.utf8)
    for offset in offsets(of: [0x50, 0x4B, 0x03, 0x04], in: bytes) {
      let nameLength = uint16(bytes, offset + 26)
      guard nameLength == nameBytes.count, offset + 30 + nameLength <= bytes.count,
        bytes.subdata(in: (offset + 30)..<(offset + 30 + nameLength)) == nameBytes
      else { continue }
      let dataStart = offset + 30 + nameLength + uint16(bytes, offset + 28)
      return (offset, dataStart, dataStart + uint32(bytes, offset + 18))
    }
    return nil
  }

  static func centralHeader(of name: String, in bytes: Data) -> Int? {
    let nameBytes = Data(name.utf8)
    return offsets(of: [0x50, 0x4B, 0x01, 0x02], in: bytes).first { offset in
      uint16(bytes, offset + 28) == nameBytes.count && offset + 46 + nameBytes.count <= bytes.count
        && bytes.subdata(in: (offset + 46)..<(offset + 46 + nameBytes.count)) == nameBytes
    }
  }
}
