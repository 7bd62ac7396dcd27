import Foundation
import GRDB
import ObservatoireCore

/// Finished analyses of free-text questions, one per question, with what produced them. Stored as
/// JSON documents: the report and the web app read them whole.
extension ProjectDatabase {
  static func registerAnalysisMigrations(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v1-analysis") { db in
      try db.create(table: "analysis") { t in
        t.column("questionID", .text).primaryKey()
        t.column("position", .integer).notNull()
        t.column("analysis", .blob).notNull()
        t.column("provenance", .blob).notNull()
        t.column("updatedAt", .datetime).notNull()
      }
    }
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }()

  /// Stores (replacing) the analysis of one question.
  public func saveAnalysis(_ analysis: QuestionAnalysis, provenance: Provenance, position: Int) throws {
    let analysisData = try Self.encoder.encode(analysis)
    let provenanceData = try Self.encoder.encode(provenance)
    try writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO analysis(questionID, position, analysis, provenance, updatedAt) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(questionID) DO UPDATE SET position = excluded.position, analysis = excluded.analysis,
            provenance = excluded.provenance, updatedAt = excluded.updatedAt
          """,
        arguments: [analysis.questionID.rawValue, position, analysisData, provenanceData, Date()])
    }
  }

  /// The stored analyses in questionnaire order, each with its provenance.
  public func loadAnalyses() throws -> [(analysis: QuestionAnalysis, provenance: Provenance)] {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try writer.read { db in
      try Row.fetchAll(db, sql: "SELECT analysis, provenance FROM analysis ORDER BY position").map { row in
        let analysis: Data = row["analysis"]
        let provenance: Data = row["provenance"]
        return (
          try decoder.decode(QuestionAnalysis.self, from: analysis),
          try decoder.decode(Provenance.self, from: provenance)
        )
      }
    }
  }
}
