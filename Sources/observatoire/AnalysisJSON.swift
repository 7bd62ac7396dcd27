import Analysis
import Foundation
import ObservatoireCore

/// The machine-readable result of `observatoire analyse --json`: a contract other tools rely on.
/// `themes` lists every top-level theme (« autres » included, flagged), `assignments` every
/// response of the file with its identifier (or row number) and its theme ids. Theme counts are
/// published under the analysis's small-cell policy: null where masked, named in `masked`.
enum AnalysisJSON {
  struct ArgumentOut: Encodable {
    var id: String
    var response: String
    var text: String
    var stance: String
    var quote: String
    var start: Int
    var end: Int
  }
  struct ThemeOut: Encodable {
    var id: String
    var question: String
    var parent: String?
    var label: String
    var statement: String
    /// null when masked by the small-cell rule (named in `masked`).
    var respondents: NullWhenMasked<Int>
    var share: NullWhenMasked<Double>
    var argumentCount: NullWhenMasked<Int>
    var stance: [String: Int?]
    /// The counts masked by the small-cell rule: `respondents` (and then `share`), `arguments`
    /// (`argumentCount`), `stance.pour`…
    var masked: [String]
    var isOther: Bool
    var synthesis: [SentenceOut]
    var arguments: [ArgumentOut]
  }
  struct SentenceOut: Encodable {
    var text: String
    var citations: [String]
  }
  struct AssignmentOut: Encodable {
    var id: String
    var row: Int
    var themes: [String]
  }
  struct QuestionOut: Encodable {
    var id: String
    var title: String
    var answered: Int
    var arguments: Int
    /// null when the count of « autres » is masked (the share would give it back).
    var coverage: NullWhenMasked<Double>
    var themes: [String]
    var subThemes: [ThemeOut]
    var globalSynthesis: [SentenceOut]
    var stages: [String: StageTally]
    var droppedArguments: Int
    var ruleFallbackAnswers: Int
    var droppedSentences: Int
    /// Every counter of the run (non-answers, answers sent to the model, retries, citations removed…).
    var checks: PipelineChecks
    var usage: Usage
  }
  struct Document: Encodable {
    var schemaVersion = "1.0"
    var project: String
    var report: String?
    var themes: [ThemeOut]
    var assignments: [AssignmentOut]
    var questions: [QuestionOut]
    var stages: [String: StageTally]
  }

  static func document(runs: [PipelineRun], consultation: Consultation, project: String, report: String?)
    throws
    -> String
  {
    var themes: [ThemeOut] = []
    var questions: [QuestionOut] = []
    var byResponse: [ResponseID: [String]] = [:]
    var stages: [String: StageTally] = [:]
    for run in runs {
      let analysis = run.analysis
      let arguments = Dictionary(uniqueKeysWithValues: analysis.arguments.map { ($0.id, $0) })
      let published = run.publishedCounts
      func out(_ theme: Theme) -> ThemeOut {
        let counts = published[theme.id] ?? .masked(question: analysis.questionID, theme: theme.id)
        return ThemeOut(
          id: theme.id, question: analysis.questionID.rawValue, parent: theme.parentID, label: theme.label,
          statement: theme.statement, respondents: NullWhenMasked(counts.respondents),
          share: NullWhenMasked(analysis.answered > 0 ? counts.share(of: analysis.answered) : 0),
          argumentCount: NullWhenMasked(counts.arguments),
          stance: Dictionary(uniqueKeysWithValues: Stance.allCases.map { ($0.rawValue, counts.stance[$0]) }),
          masked: counts.maskedFields, isOther: theme.isOther,
          synthesis: theme.synthesis.sentences.map { SentenceOut(text: $0.text, citations: $0.citations) },
          arguments: theme.argumentIDs.compactMap { arguments[$0] }.map {
            ArgumentOut(
              id: $0.id, response: $0.responseID.rawValue, text: $0.text, stance: $0.stance.rawValue,
              quote: $0.quoteText, start: $0.quote.start, end: $0.quote.end)
          })
      }
      let topLevel = analysis.topLevelThemes
      themes += topLevel.map(out)
      for (response, ids) in analysis.assignments { byResponse[response, default: []] += ids }
      var tallies: [String: StageTally] = [:]
      for (stage, tally) in run.stages {
        tallies[stage.rawValue] = tally
        stages[stage.rawValue, default: StageTally()].computed += tally.computed
        stages[stage.rawValue, default: StageTally()].cached += tally.cached
      }
      questions.append(
        QuestionOut(
          id: analysis.questionID.rawValue, title: analysis.title, answered: analysis.answered,
          arguments: analysis.arguments.count,
          coverage: NullWhenMasked(run.publishedCoverage),
          themes: topLevel.map(\.id), subThemes: analysis.themes.filter { $0.parentID != nil }.map(out),
          globalSynthesis: analysis.globalSynthesis.sentences.map {
            SentenceOut(text: $0.text, citations: $0.citations)
          },
          stages: tallies, droppedArguments: run.droppedArguments,
          ruleFallbackAnswers: run.ruleFallbackAnswers,
          droppedSentences: run.droppedSentences, checks: run.checks, usage: run.provenance.usage))
    }
    let assignments = consultation.responses.map { response in
      AssignmentOut(id: response.id.rawValue, row: response.row, themes: byResponse[response.id] ?? [])
    }
    let document = Document(
      project: project, report: report, themes: themes, assignments: assignments, questions: questions,
      stages: stages)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self)
  }
}
