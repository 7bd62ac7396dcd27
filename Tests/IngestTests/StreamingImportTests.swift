import Foundation
import Ingest
import ObservatoireCore
import TestSupport
import Testing

/// The export is read twice as a stream and its responses handed over by batches: the result
/// must not depend on where batches end, and errors on either side must stop both.
@Suite struct StreamingImportTests {
  /// République numérique arguments as a survey export: section as a segment, stance, votes,
  /// text, and a `Q9[SQ001]…` group of yes/no columns.
  static func argumentsExport(rows: Int) throws -> URL {
    let records = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").prefix(rows)
    var csv = "id;Section;Position;Votes;Q9[SQ001]. Accord [Oui];Q9[SQ002]. Accord [Non];Avis\n"
    for (i, record) in records.enumerated() {
      let text = (record["text"] as? String ?? "").replacingOccurrences(of: "\"", with: "\"\"")
      let section = (record["section"] as? String ?? "").replacingOccurrences(of: ";", with: ",")
      csv += "A\(i % 997 == 0 ? 0 : i);\(section);\(record["stance"] as? String ?? "");"
      csv += "\(record["votes_count"] as? Int ?? 0);\(i % 2 == 0 ? "Oui" : "");\(i % 3 == 0 ? "Oui" : "Non");"
      csv += "\"\(text)\"\n"
    }
    let url = try Fixtures.temporaryDirectory().appendingPathComponent("arguments.csv")
    try Data(csv.utf8).write(to: url)
    return url
  }

  @Test func batchesOfAnySizeGiveTheSameConsultation() throws {
    let url = try Self.argumentsExport(rows: 3_000)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let masking: FreeTextMasking = { text in
      (text.uppercased(), text.contains("donn") ? ["DONNEES": 1] : [:])
    }
    let (whole, wholeSummary) = try ConsultationImporter(masking: masking, batchSize: 100_000)
      .importFile(at: url)
    #expect(whole.responses.count == 3_000)
    #expect(
      whole.questions.map(\.kind) == [
        .identifier, .singleChoice, .singleChoice, .number, .multipleChoice, .freeText,
      ])
    // Repeated identifiers fall back to the row number, whatever batch they fall in.
    #expect(whole.responses[997].id == "998")
    #expect(whole.responses[1].id == "A1")
    for size in [1, 7, 2048] {
      let (batched, summary) = try ConsultationImporter(masking: masking, batchSize: size)
        .importFile(at: url)
      #expect(batched == whole, "batches of \(size)")
      #expect(summary == wholeSummary, "batches of \(size)")
    }
    #expect(wholeSummary.responseCount == 3_000)
    #expect(wholeSummary.maskedCounts["DONNEES", default: 0] > 100)
    let avis = try #require(whole.freeTextQuestions.first)
    #expect(
      wholeSummary.answeredCounts[avis.id] == whole.responses.filter { $0.answers[avis.id] != nil }.count)
  }

  @Test func theOutlineComesFirstAndBatchesStayWithinTheirSize() throws {
    let url = try Self.argumentsExport(rows: 1_000)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let prepared = try ConsultationImporter(batchSize: 64).prepare(at: url, title: "Arguments")
    #expect(prepared.outline.title == "Arguments")
    #expect(prepared.outline.questions.count == 6)
    #expect(prepared.responseCount == 1_000)
    var sizes: [Int] = []
    var rows: [Int] = []
    let summary = try prepared.readResponses { batch in
      sizes.append(batch.count)
      rows += batch.map(\.row)
    }
    #expect(sizes.allSatisfy { $0 <= 64 } && sizes.count == 16)
    #expect(rows == Array(1...1_000))
    #expect(summary.responseCount == 1_000)
  }

  @Test func aConsumerErrorStopsTheReadingAndIsRethrown() throws {
    let url = try Self.argumentsExport(rows: 2_000)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    struct Full: Error {}
    let prepared = try ConsultationImporter(batchSize: 10).prepare(at: url)
    var batches = 0
    #expect(throws: Full.self) {
      _ = try prepared.readResponses { _ in
        batches += 1
        if batches == 3 { throw Full() }
      }
    }
    #expect(batches == 3)
  }

  @Test func anExportThatChangedBetweenReadingsGivesItsErrorNotAPartialImport() throws {
    let url = try Self.argumentsExport(rows: 500)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let prepared = try ConsultationImporter(batchSize: 10).prepare(at: url)
    // Truncated inside a quoted field after the first reading.
    var bytes = try Data(contentsOf: url)
    bytes.append(contentsOf: Array("B1;x;y;1;Oui;Non;\"jamais fermé".utf8))
    try bytes.write(to: url)
    var handed = 0
    let error = ingestError { _ = try prepared.readResponses { handed += $0.count } }
    #expect(error?.reason == .unterminatedQuote)
    #expect(handed <= 500)
  }
}
