import Foundation
import GRDB
import Inference
import InferenceTesting
import ObservatoireCore
import Storage
import TestSupport
import Testing

@testable import Analysis

@Suite(.serialized) struct RespondentDeletionTests {
  /// A project of real République numérique answers, analysed without a model, reviewed and
  /// hand-coded; then one respondent cited by a synthesis is deleted, and every table is read
  /// for any trace of them.
  @Test func deletingARespondentLeavesNoTraceInAnyTable() async throws {
    let rows = try republiqueNumeriqueRows(perSection: 10)
    let project = try PipelineProject.make(rows: rows, question: "Que pensez-vous du projet de loi ?")
    defer { try? FileManager.default.removeItem(at: project.directory) }
    let question = project.freeTextQuestion
    let pipeline = AnalysisPipeline(
      extractor: RuleBasedArgumentExtractor(),
      embedder: ScriptedEmbedder(topics: ["données", "accès", "internet", "neutralité", "public", "logiciel"]
      ),
      synthesiser: RuleBasedSynthesiser())
    let before = try await pipeline.run(question: question, in: project.database).analysis
    let db = project.database

    // The victim: the respondent of a citation of the first theme whose synthesis cites someone.
    let cited = try #require(before.themes.first { !$0.isOther && !$0.synthesis.sentences.isEmpty })
    let citedArgument = try #require(
      before.arguments.first { $0.id == cited.synthesis.sentences[0].citations.first })
    let victim = citedArgument.responseID
    let theirArguments = before.arguments.filter { $0.responseID == victim }
    let answerText = try #require(project.consultation.responses.first { $0.id == victim }?.text(question))
    #expect(
      !project.consultation.responses.contains { $0.id != victim && $0.id.rawValue.contains(victim.rawValue) }
    )

    // Reviews and codings that name them, and one that does not.
    let view = try #require(try db.reviewedAnalysis(question: question))
    let theme = try #require(view.themeKeys[cited.id])
    let otherTheme = try #require(
      view.analysis.topLevelThemes.first { $0.id != cited.id }.flatMap { view.themeKeys[$0.id] })
    let theirKey = ArgumentKey(citedArgument)
    try db.saveReview(
      .renameTheme(theme: theme, label: "Thème relu"), question: question, reviewer: "alice", expecting: [:])
    try db.saveReview(
      .moveArgument(argument: theirKey, to: otherTheme), question: question, reviewer: "alice", expecting: [:]
    )
    try db.saveHandCoding([theme], response: victim, question: question, coder: "alice")
    let others = project.consultation.responses.map(\.id).filter { $0 != victim }
    try db.saveHandCoding([otherTheme], response: others[0], question: question, coder: "alice")
    try db.saveCodingSample([victim, others[0]], seed: 1, question: question)
    let embedderName = try #require(try db.loadAnalyses().first?.provenance.embedder)
    #expect(
      try db.cachedResult(
        stage: "embeddings", key: StageKey("embeddings", embedderName, "query", theirArguments[0].text))
        != nil)

    let summary = try RespondentDeletion.delete(
      victim, from: db, by: "dpo", at: Date(timeIntervalSince1970: 1_800_000_000))
    #expect(summary.answers >= 1)
    #expect(summary.arguments == theirArguments.count)
    #expect(summary.citations >= 1)
    #expect(summary.handCodings == 1)
    #expect(summary.reviews >= 1)
    #expect(summary.cacheEntries >= theirArguments.count)

    // Every table, every column: no identifier, no answer, no argument of theirs.
    let needles =
      [answerText] + theirArguments.flatMap { [$0.text, $0.quoteText] }.filter { $0.count >= 12 }
    let traces = try Self.traces(of: victim, needles: needles, in: db)
    #expect(traces.isEmpty, "\(traces)")
    for argument in theirArguments {
      for text in [argument.text, argument.quoteText] {
        #expect(
          try db.cachedResult(stage: "embeddings", key: StageKey("embeddings", embedderName, "query", text))
            == nil)
      }
    }

    // What remains is consistent: the consultation reads back, counts follow, syntheses marked.
    let consultation = try #require(try db.loadConsultation())
    #expect(consultation.responses.map(\.id) == others)
    let after = try #require(try db.loadAnalyses().first?.analysis)
    #expect(after.answered == before.answered - 1)
    #expect(after.answers[victim] == nil)
    #expect(!after.arguments.contains { $0.responseID == victim })
    let byID = Dictionary(uniqueKeysWithValues: after.arguments.map { ($0.id, $0) })
    for theme in after.themes {
      #expect(theme.argumentIDs.allSatisfy { byID[$0] != nil })
      #expect(theme.respondents == Set(theme.argumentIDs.compactMap { byID[$0]?.responseID }).count)
      for sentence in theme.synthesis.sentences {
        #expect(sentence.citations.allSatisfy { byID[$0] != nil })
      }
    }
    let beforeTotal = before.segmentCounts.compactMap(\.base).reduce(0, +)
    let afterTotal = after.segmentCounts.compactMap(\.base).reduce(0, +)
    #expect(afterTotal < beforeTotal, "segment bases lose the respondent")
    #expect(try db.synthesesToRewrite(question: question).contains(cited.id))
    #expect(try db.handCodings(question: question).map(\.responseID) == [others[0]])
    #expect(try db.codingSample(question: question)?.responses == [others[0]])
    let records = try db.reviewRecords(question: question)
    #expect(records.map(\.action.name) == ["renommer-theme"], "the move of their argument is gone")
    let log = try db.auditLog()
    let last = try #require(log.last)
    #expect(last.action == "supprimer-repondant" && last.actor == "dpo" && last.questionID == nil)
    #expect(log.first { $0.action == "deplacer-argument" }?.before == "{\"effacé\":true}")
    #expect(log.first { $0.action == "renommer-theme" }?.after.contains("Thème relu") == true)
    // The reviewed view still opens; the rename survives (its other arguments remain).
    let reviewed = try #require(try db.reviewedAnalysis(question: question))
    #expect(reviewed.analysis.themes.contains { $0.label == "Thème relu" })

    #expect(throws: RespondentDeletionError.notFound(victim)) {
      try RespondentDeletion.delete(victim, from: db, by: "dpo")
    }
    // A new run clears the marks: its syntheses are written without them.
    _ = try await pipeline.run(question: question, in: db)
    #expect(try db.synthesesToRewrite(question: question).isEmpty)
  }

  /// Every table, every text or blob column: where the identifier (alone, quoted in JSON, or
  /// inside an argument key) or one of `needles` appears.
  static func traces(of victim: ResponseID, needles: [String], in db: ProjectDatabase) throws -> [String] {
    let identifierForms = ["\"\(victim.rawValue)\"", "|\(victim.rawValue)|"]
    return try db.writer.read { database in
      var found: [String] = []
      let tables = try String.fetchAll(
        database, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      for expected in ["auditEntry", "stageResult", "handCoding", "reviewRecord", "answer"]
      where !tables.contains(expected) {
        found.append("table \(expected) missing")
      }
      for table in tables {
        for row in try Row.fetchAll(database, sql: "SELECT * FROM \"\(table)\"") {
          for (column, value) in row {
            let text: String
            switch value.storage {
            case .string(let string): text = string
            case .blob(let data): text = String(decoding: data, as: UTF8.self)
            default: continue
            }
            if text == victim.rawValue || identifierForms.contains(where: text.contains) {
              found.append("\(table).\(column) names the respondent")
            }
            for needle in needles where text.contains(needle) {
              found.append("\(table).\(column) holds their text: \(needle.prefix(40))")
            }
          }
        }
      }
      return found
    }
  }
}
