import Foundation
import Ingest
import ObservatoireCore
import TestSupport
import Testing

/// Writes `bytes` as a file in a fresh temporary folder and imports it.
func importBytes(
  _ bytes: [UInt8], name: String = "export.csv", importer: ConsultationImporter = .init()
) throws -> (Consultation, ImportSummary) {
  let dir = try Fixtures.temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: dir) }
  let url = dir.appendingPathComponent(name)
  try Data(bytes).write(to: url)
  return try importer.importFile(at: url)
}

func ingestError(_ body: () throws -> Void) -> IngestError? {
  do {
    try body()
    return nil
  } catch let error as IngestError {
    return error
  } catch {
    return nil
  }
}

@Suite struct EncodingAndDelimiterTests {
  static let text =
    "Académie;Avis\r\nCréteil;« Très » utile, l’IA\r\nLille;Pas d'avis\r\nCréteil;Dangereux\r\n"

  static func check(_ bytes: [UInt8], encoding: TextEncoding) throws {
    let (c, summary) = try importBytes(bytes)
    #expect(summary.encoding == encoding)
    #expect(summary.delimiter == ";")
    #expect(c.questions.map(\.title) == ["Académie", "Avis"])
    #expect(c.responses.count == 3)
    #expect(c.responses[0][QuestionID("Avis")] != nil)
    let avis = c.responses.compactMap { r -> String? in
      switch r[QuestionID("Avis")] {
      case .text(let t)?, .choice(let t)?: t
      default: nil
      }
    }
    #expect(avis.first == "« Très » utile, l’IA")
  }

  @Test func readsUTF8WithAndWithoutBOM() throws {
    try Self.check(Array(Self.text.utf8), encoding: .utf8)
    try Self.check([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8), encoding: .utf8BOM)
  }

  @Test func readsUTF16AsExcelWritesIt() throws {
    var le: [UInt8] = [0xFF, 0xFE]
    for unit in Self.text.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try Self.check(le, encoding: .utf16LittleEndian)
    var be: [UInt8] = [0xFE, 0xFF]
    for unit in Self.text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    try Self.check(be, encoding: .utf16BigEndian)
  }

  @Test func readsWindows1252() throws {
    let latin = Self.text.data(using: .windowsCP1252)!
    try Self.check([UInt8](latin), encoding: .windows1252)
  }

  @Test(arguments: [(",", ","), ("\t", "\t"), (";", ";")])
  func detectsTheDelimiter(delimiter: String, expected: String) throws {
    let csv = [
      "id\(delimiter)Rôle\(delimiter)Commentaire", "1\(delimiter)Enseignant\(delimiter)\"a\(delimiter) b\"",
      "2\(delimiter)Direction\(delimiter)c", "3\(delimiter)Enseignant\(delimiter)d",
    ].joined(separator: "\n")
    let (c, summary) = try importBytes(Array(csv.utf8), name: "e.tsv")
    #expect(summary.delimiter == expected)
    #expect(c.questions.count == 3)
    #expect(c.responses[0][QuestionID("Commentaire")] == .text("a\(delimiter) b"))
  }

  @Test func readsQuotedFieldsWithNewlinesAndQuotesAndReportsRaggedRows() throws {
    let csv =
      "id,Commentaire,Note\n1,\"Première ligne\ndeuxième ligne avec \"\"guillemets\"\"\",4\n"
      + "2,court,5\n3,trop,de,champs\n4,\"fin\"\n\n"
    let (c, summary) = try importBytes(Array(csv.utf8))
    #expect(c.responses.count == 4)
    #expect(
      c.responses[0][QuestionID("Commentaire")]
        == .text("Première ligne\ndeuxième ligne avec \"guillemets\""))
    #expect(c.responses.map(\.id) == ["1", "2", "3", "4"])
    // Record 1 spans lines 2–3; the record on line 5 is too long, the one on line 6 too short.
    #expect(summary.raggedRows.map(\.line) == [5, 6])
    #expect(summary.raggedRows.map(\.fields) == [4, 2])
  }

  @Test func readsAcrossChunkBoundaries() throws {
    var csv = "id;Texte\n"
    for i in 1...2000 { csv += "\(i);\"réponse « \(i) » sur\ndeux lignes\"\n" }
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("chunks.csv")
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in csv.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try Data(utf16).write(to: url)
    let reader = DelimitedReader(url: url, chunkSize: 997)
    let format = try reader.detectFormat()
    var records: [[String]] = []
    var lines: [Int] = []
    try reader.forEachRecord(format: format) { fields, line in
      records.append(fields)
      lines.append(line)
    }
    #expect(records.count == 2001)
    #expect(records[1234] == ["1234", "réponse « 1234 » sur\ndeux lignes"])
    #expect(lines[2] == 4)
  }
}

@Suite struct ConcurrentMaskingTests {
  /// Thousands of real answers are masked on several threads: every answer gets exactly what the
  /// masking function gives it alone, in its own row, and the counts add up.
  @Test func everyAnswerIsMaskedInItsOwnRow() throws {
    let texts = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").prefix(3_000).compactMap {
      $0["text"] as? String
    }
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var csv = "id;Avis\n"
    for (index, text) in texts.enumerated() {
      csv += "R\(index);\"\(text.replacingOccurrences(of: "\"", with: "\"\"")) \(index)\"\n"
    }
    let file = dir.appendingPathComponent("avis.csv")
    try Data(csv.utf8).write(to: file)
    // Digits become « # »: each answer carries its row number, so a mix-up would show.
    let masking: FreeTextMasking = { text in
      let digits = text.filter(\.isNumber).count
      return (String(text.map { $0.isNumber ? "#" : $0 }), digits > 0 ? ["CHIFFRE": digits] : [:])
    }
    let mapping = ImportMapping(overrides: ["Avis": QuestionOverride(kind: .freeText)], fileName: "m.yaml")
    let (consultation, summary) = try ConsultationImporter(mapping: mapping, masking: masking).importFile(
      at: file)
    let question = try #require(consultation.freeTextQuestions.first)
    #expect(consultation.responses.count == texts.count)
    var expectedDigits = 0
    for (index, response) in consultation.responses.enumerated() {
      let original = texts[index].trimmingCharacters(in: .whitespacesAndNewlines) + " \(index)"
      let expected = masking(original)
      expectedDigits += expected.counts["CHIFFRE"] ?? 0
      #expect(response.id.rawValue == "R\(index)")
      #expect(response.text(question.id) == expected.text, "row \(index)")
    }
    #expect(summary.maskedCounts["CHIFFRE"] == expectedDigits)
  }
}
