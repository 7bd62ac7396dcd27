import Foundation
import GRDB
import ObservatoireCore
import Testing

@testable import Storage

@Suite struct AnalysisStoreTests {
  static func analysis(_ question: QuestionID, k: Int?) -> QuestionAnalysis {
    QuestionAnalysis(
      questionID: question, title: "Que pensez-vous de l'IA ?", answered: 0, answers: [:], arguments: [],
      themes: [], globalSynthesis: Synthesis(sentences: []), minimumCellSize: k)
  }

  /// The k an analysis was run with is stored with it, and read back without decoding it.
  @Test func keepsTheThresholdOfEachAnalysis() throws {
    let db = try ProjectDatabase.inMemory()
    try db.saveAnalysis(Self.analysis("Q5", k: 10), provenance: Provenance(), position: 0)
    try db.saveAnalysis(Self.analysis("Q6", k: 7), provenance: Provenance(), position: 1)
    #expect(try db.analysisMinimumCellSizes().sorted() == [7, 10])
    #expect(try db.loadAnalyses().map(\.analysis.minimumCellSize) == [10, 7])
    try db.saveAnalysis(Self.analysis("Q5", k: 3), provenance: Provenance(), position: 0)
    #expect(try db.analysisMinimumCellSizes().sorted() == [3, 7], "a rerun replaces its k")
  }

  /// An analysis stored before k was kept gets the « k » its provenance recorded.
  @Test func migrationTakesTheThresholdFromTheProvenance() throws {
    let queue = try DatabaseQueue()
    try ProjectDatabase.migrator.migrate(queue, upTo: "v3-privacy-review")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    encoder.dateEncodingStrategy = .iso8601
    // The analysis document as it was written then: no minimumCellSize key.
    var document =
      try JSONSerialization.jsonObject(with: encoder.encode(Self.analysis("Q5", k: nil)))
      as? [String: Any]
    document?["minimumCellSize"] = nil
    let analysisData = try JSONSerialization.data(withJSONObject: document ?? [:])
    let provenance = try encoder.encode(Provenance(parameters: ["k": "8", "graine": "42"]))
    try queue.write { db in
      try db.execute(
        sql:
          "INSERT INTO analysis(questionID, position, analysis, provenance, updatedAt) VALUES (?, 0, ?, ?, ?)",
        arguments: ["Q5", analysisData, provenance, Date()])
    }
    let db = try ProjectDatabase(writer: queue)
    #expect(try db.analysisMinimumCellSizes() == [8])
    #expect(try db.loadAnalyses().first?.analysis.minimumCellSize == 8)
  }
}
