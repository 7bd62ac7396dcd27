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

  /// Registered after every earlier migration: the *k* each analysis was run with, in a column of
  /// its own so that a command can resolve its threshold without decoding the analyses. Analyses
  /// stored before it get the « k » their provenance recorded.
  static func registerAnalysisThresholdMigration(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v4-analysis-k") { db in
      try db.alter(table: "analysis") { t in t.add(column: "minimumCellSize", .integer) }
      let decoder = JSONDecoder()
      decoder.dateDecodingStrategy = .iso8601
      for row in try Row.fetchAll(db, sql: "SELECT questionID, provenance FROM analysis") {
        let questionID: String = row["questionID"]
        let data: Data = row["provenance"]
        guard let provenance = try? decoder.decode(Provenance.self, from: data),
          let k = provenance.parameters["k"].flatMap({ Int($0) })
        else { continue }
        try db.execute(
          sql: "UPDATE analysis SET minimumCellSize = ? WHERE questionID = ?", arguments: [k, questionID])
      }
    }
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }()

  /// Stores (replacing) the analysis of one question, with the *k* it was run with.
  public func saveAnalysis(_ analysis: QuestionAnalysis, provenance: Provenance, position: Int) throws {
    let analysisData = try Self.encoder.encode(analysis)
    let provenanceData = try Self.encoder.encode(provenance)
    try writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO analysis(questionID, position, analysis, provenance, updatedAt, minimumCellSize)
            VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT(questionID) DO UPDATE SET position = excluded.position, analysis = excluded.analysis,
            provenance = excluded.provenance, updatedAt = excluded.updatedAt,
            minimumCellSize = excluded.minimumCellSize
          """,
        arguments: [
          analysis.questionID.rawValue, position, analysisData, provenanceData, Date(),
          analysis.minimumCellSize,
        ])
      // Its syntheses are new: none is left to rewrite after a deleted respondent.
      try db.execute(
        sql: "DELETE FROM synthesisRewrite WHERE questionID = ?", arguments: [analysis.questionID.rawValue])
    }
  }

  /// The stored analyses in questionnaire order, each with its provenance (and its *k*, for an
  /// analysis stored before the document held it).
  public func loadAnalyses() throws -> [(analysis: QuestionAnalysis, provenance: Provenance)] {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try writer.read { db in
      try Row.fetchAll(
        db, sql: "SELECT analysis, provenance, minimumCellSize FROM analysis ORDER BY position"
      ).map { row in
        let analysisData: Data = row["analysis"]
        let provenance: Data = row["provenance"]
        var analysis = try decoder.decode(QuestionAnalysis.self, from: analysisData)
        if analysis.minimumCellSize == nil { analysis.minimumCellSize = row["minimumCellSize"] }
        return (analysis, try decoder.decode(Provenance.self, from: provenance))
      }
    }
  }

  /// The *k* of every stored analysis that recorded one, without decoding the analyses.
  public func analysisMinimumCellSizes() throws -> [Int] {
    try writer.read { db in
      try Int.fetchAll(db, sql: "SELECT minimumCellSize FROM analysis WHERE minimumCellSize IS NOT NULL")
    }
  }
}
