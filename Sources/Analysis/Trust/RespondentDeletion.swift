import Foundation
import ObservatoireCore
import Storage

/// Deleting one respondent and everything derived from their answers (data-subject rights):
/// their answers, their arguments in every analysis, the citations of those arguments (a sentence
/// left citing nothing goes), the counts (respondents, stance, segment cells), the cache entries
/// made from their text; the syntheses that cited them are marked to be rewritten. Storage does
/// it in one transaction (`ProjectDatabase.deleteRespondent`) and logs it without the data.
public enum RespondentDeletion {
  @discardableResult
  public static func delete(
    _ id: ResponseID, from database: ProjectDatabase, by operatorName: String, at date: Date = Date()
  ) throws -> RespondentDeletionSummary {
    try database.deleteRespondent(id, by: operatorName, at: date) { record in plan(for: record) }
  }

  /// The analyses without the respondent, and how to recognise what the cache holds of them.
  public static func plan(for record: RespondentRecord) -> RespondentDeletionPlan {
    var analyses: [QuestionAnalysis] = []
    var rewrite: [QuestionID: Set<ThemeID>] = [:]
    var removedArguments = 0
    var removedCitations = 0
    var cacheEntries: [StageEntry] = []
    // Per question, their arguments' spans: an extraction outcome with exactly these is theirs.
    var theirArguments: [[Argument]] = []
    var citedSyntheses: [Synthesis] = []
    for var analysis in record.analyses {
      let removed = analysis.arguments.filter { $0.responseID == record.id }
      let answered =
        analysis.answers[record.id] != nil || record.answers[analysis.questionID].map(isText) == true
      guard !removed.isEmpty || answered else { continue }
      let removedIDs = Set(removed.map(\.id))
      removedArguments += removed.count
      if !removed.isEmpty { theirArguments.append(removed) }
      let embedder = record.provenances[analysis.questionID]?.embedder ?? ""
      for argument in removed {
        for text in Set([argument.text, argument.quoteText]) {
          cacheEntries.append(
            StageEntry(
              stage: PipelineStage.embeddings.rawValue, key: StageKey("embeddings", embedder, "query", text)))
        }
      }
      // Segment cells: they leave the base of their values, and the count of their themes.
      let heldThemes = Set(analysis.themes.filter { !removedIDs.isDisjoint(with: $0.argumentIDs) }.map(\.id))
      if answered {
        for index in analysis.segmentCounts.indices {
          let cell = analysis.segmentCounts[index]
          guard ThemeSegmentCounting.values(record.answers[cell.segment]).contains(cell.value) else {
            continue
          }
          if let base = cell.base { analysis.segmentCounts[index].base = max(0, base - 1) }
          if heldThemes.contains(cell.themeID), let count = cell.respondents {
            analysis.segmentCounts[index].respondents = max(0, count - 1)
          }
        }
        analysis.answered = max(0, analysis.answered - 1)
      }
      analysis.answers[record.id] = nil
      analysis.arguments.removeAll { removedIDs.contains($0.id) }
      for index in analysis.themes.indices {
        analysis.themes[index].argumentIDs.removeAll { removedIDs.contains($0) }
        let (synthesis, cut) = without(removedIDs, in: analysis.themes[index].synthesis)
        if cut > 0 {
          citedSyntheses.append(analysis.themes[index].synthesis)
          removedCitations += cut
          rewrite[analysis.questionID, default: []].insert(analysis.themes[index].id)
          analysis.themes[index].synthesis = synthesis
        }
      }
      let (global, cut) = without(removedIDs, in: analysis.globalSynthesis)
      if cut > 0 {
        citedSyntheses.append(analysis.globalSynthesis)
        removedCitations += cut
        rewrite[analysis.questionID, default: []].insert("")
        analysis.globalSynthesis = global
      }
      let byID = Dictionary(analysis.arguments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      for index in analysis.themes.indices {
        let (respondents, stance) = ThemeCounting.count(analysis.themes[index].argumentIDs, in: byID)
        analysis.themes[index].respondents = respondents
        analysis.themes[index].stance = stance
      }
      analyses.append(analysis)
    }
    let decoder = JSONDecoder()
    let theirs = theirArguments
    let cited = citedSyntheses
    return RespondentDeletionPlan(
      analyses: analyses, synthesesToRewrite: rewrite, removedArguments: removedArguments,
      removedCitations: removedCitations, cacheEntries: cacheEntries,
      scannedStages: [
        PipelineStage.arguments.rawValue, PipelineStage.syntheses.rawValue, PipelineStage.global.rawValue,
      ]
    ) { stage, value in
      switch stage {
      case PipelineStage.arguments.rawValue:
        guard let outcome = try? decoder.decode(ExtractionOutcome.self, from: value),
          !outcome.arguments.isEmpty
        else { return false }
        return theirs.contains { arguments in
          arguments.count == outcome.arguments.count
            && zip(arguments, outcome.arguments).allSatisfy { argument, extracted in
              argument.quote == extracted.quote
                && (extracted.text == argument.text || extracted.text == argument.quoteText)
            }
        }
      case PipelineStage.syntheses.rawValue:
        guard let writing = try? decoder.decode(ThemeWriting.self, from: value) else { return false }
        return cited.contains(writing.synthesis)
      case PipelineStage.global.rawValue:
        guard let global = try? decoder.decode(StoredGlobal.self, from: value) else { return false }
        return cited.contains(global.synthesis)
      default:
        return false
      }
    }
  }

  static func isText(_ answer: Answer) -> Bool {
    if case .text(let text) = answer { return !text.isEmpty }
    return false
  }

  /// The synthesis without citations of `removed`; a sentence left citing nothing goes (it
  /// rested on them alone). Returns how many citations were cut.
  static func without(_ removed: Set<ArgumentID>, in synthesis: Synthesis) -> (Synthesis, Int) {
    var cut = 0
    var sentences: [CitedSentence] = []
    for sentence in synthesis.sentences {
      let kept = sentence.citations.filter { !removed.contains($0) }
      cut += sentence.citations.count - kept.count
      if kept.isEmpty && !sentence.citations.isEmpty { continue }
      sentences.append(CitedSentence(text: sentence.text, citations: kept))
    }
    return (Synthesis(sentences: sentences, droppedSentences: synthesis.droppedSentences), cut)
  }
}
