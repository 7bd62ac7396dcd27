import Foundation
import ObservatoireCore

/// The JSON export, schema documented in docs/report-schema.md. Bump `schemaVersion` on any
/// change that is not a pure addition.
public enum ReportJSON {
  public static let schemaVersion = "1.0"

  public static func encode(_ report: ConsultationReport) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return try encoder.encode(Document(report))
  }

  struct Document: Encodable {
    var schemaVersion = ReportJSON.schemaVersion
    var title: String
    var source: String
    var respondents: Int
    var questions: [OpenQuestion]
    var themes: [ThemeEntry]
    var assignments: [Assignment]
    var arguments: [ArgumentEntry]
    var statistics: [QuestionStatistics]
    var privacy: PrivacySummary
    var provenance: Provenance

    init(_ report: ConsultationReport) {
      title = report.title
      source = report.sourceName
      respondents = report.respondents
      questions = report.analyses.map {
        OpenQuestion(
          id: $0.questionID.rawValue, title: $0.title, answered: $0.answered,
          synthesis: $0.globalSynthesis.sentences.map(SentenceEntry.init),
          droppedSentences: $0.globalSynthesis.droppedSentences)
      }
      themes = report.analyses.flatMap { analysis in
        analysis.themes.map {
          ThemeEntry(
            theme: $0, question: analysis.questionID,
            counts: report.counts(of: $0.id, in: analysis.questionID))
        }
      }
      assignments = report.analyses.flatMap { analysis in
        let byResponse = analysis.assignments
        return analysis.answers.keys.sorted().map {
          Assignment(
            responseID: $0.rawValue, questionID: analysis.questionID.rawValue, themes: byResponse[$0] ?? [])
        }
      }
      arguments = report.analyses.flatMap { $0.arguments.map(ArgumentEntry.init) }
      statistics = report.statistics
      privacy = report.privacy
      provenance = report.provenance
    }
  }

  struct OpenQuestion: Encodable {
    var id: String
    var title: String
    var answered: Int
    var synthesis: [SentenceEntry]
    var droppedSentences: Int
  }

  struct SentenceEntry: Encodable {
    var text: String
    var citations: [ArgumentID]
    init(_ sentence: CitedSentence) {
      text = sentence.text
      citations = sentence.citations
    }
  }

  struct ThemeEntry: Encodable {
    var id: ThemeID
    var questionID: String
    var parentID: ThemeID?
    var label: String
    var statement: String
    /// null when masked by the small-cell rule (named in `masked`).
    var respondents: NullWhenMasked<Int>
    var arguments: [ArgumentID]
    var stance: [String: Int?]
    /// The counts masked by the small-cell rule: `respondents`, `arguments`, `stance.pour`…
    var masked: [String]
    var isOther: Bool
    var synthesis: [SentenceEntry]
    var validation: Validation?

    init(theme: Theme, question: QuestionID, counts: PublishedThemeCounts) {
      id = theme.id
      questionID = question.rawValue
      parentID = theme.parentID
      label = theme.label
      statement = theme.statement
      respondents = NullWhenMasked(counts.respondents)
      arguments = theme.argumentIDs
      stance = Dictionary(uniqueKeysWithValues: Stance.allCases.map { ($0.rawValue, counts.stance[$0]) })
      masked = counts.maskedFields.filter { $0 != "arguments" }
      isOther = theme.isOther
      synthesis = theme.synthesis.sentences.map(SentenceEntry.init)
      validation = theme.validation
    }
  }

  struct Assignment: Encodable {
    var responseID: String
    var questionID: String
    var themes: [ThemeID]
  }

  struct ArgumentEntry: Encodable {
    var id: ArgumentID
    var responseID: String
    var questionID: String
    var text: String
    var stance: String
    var quote: Quote
    init(_ argument: Argument) {
      id = argument.id
      responseID = argument.responseID.rawValue
      questionID = argument.questionID.rawValue
      text = argument.text
      stance = argument.stance.rawValue
      quote = Quote(start: argument.quote.start, end: argument.quote.end, text: argument.quoteText)
    }
  }

  struct Quote: Encodable {
    var start: Int
    var end: Int
    var text: String
  }
}
