import Foundation
import ObservatoireCore

/// The one machine-readable form of an analysis: written by `analyse --json` and
/// `report --format json` (`rapport.json`), read back by `report --from-json`. Documented, with its
/// changelog, in docs/report-schema.md. The major version changes when a field is removed or
/// changes meaning; readers ignore keys they do not know.
public struct AnalysisDocument: Codable, Sendable, Hashable {
  public static let currentSchemaVersion = "2.1"

  public var schemaVersion: String
  public var title: String
  public var source: String
  /// Respondents to the questionnaire.
  public var respondents: Int
  /// The project and report a run of `analyse` wrote; absent from `rapport.json`.
  public var project: String?
  public var report: String?
  /// Top-level themes of every open question, « autres » included (flagged `isOther`).
  public var themes: [ThemeEntry]
  /// Every response of the source file, in file order, with the top-level themes its arguments
  /// belong to (empty when it holds none).
  public var assignments: [AssignmentEntry]
  public var questions: [QuestionEntry]
  /// What the run computed and read from the cache, summed over questions (`analyse` only).
  public var stages: [String: StageCount]?
  public var statistics: [QuestionStatistics]
  public var privacy: PrivacySummary
  public var provenance: Provenance
  /// The checks against samples coded by hand (2.1), absent when nobody has coded a whole sample.
  public var handCodedChecks: [HandCodedCheckResult]?

  public struct ThemeEntry: Codable, Sendable, Hashable {
    public var id: ThemeID
    public var question: String
    public var parent: ThemeID?
    public var label: String
    public var statement: String
    /// Distinct respondents with at least one argument in the theme; null when masked (below *k*,
    /// docs/report-schema.md « Small cells »), like every count here.
    public var respondents: Int?
    /// `respondents` over the respondents who answered the question.
    public var share: Double?
    public var argumentCount: Int?
    /// Respondents per stance: `pour`, `contre`, `nuancé`, `neutre`.
    public var stance: [String: Int?]
    /// The names of the masked counts: `respondents`, `arguments`, `stance.pour`…
    public var masked: [String]
    public var isOther: Bool
    public var synthesis: [SentenceEntry]
    /// Sentences of the theme's synthesis dropped for want of a supporting citation.
    public var droppedSentences: Int
    public var arguments: [ArgumentEntry]
    public var validation: Validation?

    // A masked count is written `null`, not left out: the reader sees it is there, and masked.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(question, forKey: .question)
      try container.encodeIfPresent(parent, forKey: .parent)
      try container.encode(label, forKey: .label)
      try container.encode(statement, forKey: .statement)
      try container.encode(respondents, forKey: .respondents)
      try container.encode(share, forKey: .share)
      try container.encode(argumentCount, forKey: .argumentCount)
      try container.encode(stance, forKey: .stance)
      try container.encode(masked, forKey: .masked)
      try container.encode(isOther, forKey: .isOther)
      try container.encode(synthesis, forKey: .synthesis)
      try container.encode(droppedSentences, forKey: .droppedSentences)
      try container.encode(arguments, forKey: .arguments)
      try container.encodeIfPresent(validation, forKey: .validation)
    }
  }

  public struct ArgumentEntry: Codable, Sendable, Hashable {
    public var id: ArgumentID
    public var response: String
    /// The reformulation.
    public var text: String
    public var stance: String
    /// The verbatim quote, as it reads in the masked answer.
    public var quote: String
    /// The quote's offsets in Unicode scalars into the masked answer, end exclusive.
    public var start: Int
    public var end: Int
  }

  public struct SentenceEntry: Codable, Sendable, Hashable {
    public var text: String
    public var citations: [ArgumentID]
  }

  public struct AssignmentEntry: Codable, Sendable, Hashable {
    public var id: String
    public var row: Int
    public var themes: [ThemeID]
  }

  public struct AnswerEntry: Codable, Sendable, Hashable {
    public var response: String
    /// The masked answer the arguments quote.
    public var text: String
  }

  public struct StageCount: Codable, Sendable, Hashable {
    public var computed: Int
    public var cached: Int
    public init(computed: Int, cached: Int) {
      self.computed = computed
      self.cached = cached
    }
  }

  /// What one run of `analyse` did for a question: cache use, checks, model use.
  public struct RunSummary: Sendable, Hashable {
    public var stages: [String: StageCount]
    /// Every counter of the run by name (non-answers, retries, citations removed…).
    public var checks: [String: Int]
    public var usage: Usage
    public init(stages: [String: StageCount], checks: [String: Int], usage: Usage) {
      self.stages = stages
      self.checks = checks
      self.usage = usage
    }
  }

  public struct QuestionEntry: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    /// Respondents with a non-empty answer.
    public var answered: Int
    public var arguments: Int
    /// Share of the arguments in a theme other than « autres »; null when the argument count of
    /// « autres » is masked (the share would give it back).
    public var coverage: Double?
    /// The *k* the analysis was run with.
    public var minimumCellSize: Int?
    /// Ids of the question's top-level themes, in the order of `themes`.
    public var themes: [ThemeID]
    public var subThemes: [ThemeEntry]
    public var globalSynthesis: [SentenceEntry]
    /// Sentences of the global synthesis dropped for want of a supporting citation.
    public var droppedSentences: Int
    public var answers: [AnswerEntry]
    public var segmentCounts: [ThemeSegmentCount]
    // Present when written by `analyse`.
    public var stages: [String: StageCount]?
    public var droppedArguments: Int?
    public var ruleFallbackAnswers: Int?
    public var checks: [String: Int]?
    public var usage: Usage?

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(title, forKey: .title)
      try container.encode(answered, forKey: .answered)
      try container.encode(arguments, forKey: .arguments)
      try container.encode(coverage, forKey: .coverage)
      try container.encodeIfPresent(minimumCellSize, forKey: .minimumCellSize)
      try container.encode(themes, forKey: .themes)
      try container.encode(subThemes, forKey: .subThemes)
      try container.encode(globalSynthesis, forKey: .globalSynthesis)
      try container.encode(droppedSentences, forKey: .droppedSentences)
      try container.encode(answers, forKey: .answers)
      try container.encode(segmentCounts, forKey: .segmentCounts)
      try container.encodeIfPresent(stages, forKey: .stages)
      try container.encodeIfPresent(droppedArguments, forKey: .droppedArguments)
      try container.encodeIfPresent(ruleFallbackAnswers, forKey: .ruleFallbackAnswers)
      try container.encodeIfPresent(checks, forKey: .checks)
      try container.encodeIfPresent(usage, forKey: .usage)
    }
  }
}

extension AnalysisDocument {
  /// The document of `report`, with each question's run when written by `analyse`.
  public init(
    _ report: ConsultationReport, runs: [QuestionID: RunSummary] = [:], project: String? = nil,
    reportPath: String? = nil
  ) {
    schemaVersion = Self.currentSchemaVersion
    title = report.title
    source = report.sourceName
    respondents = report.respondents
    self.project = project
    self.report = reportPath
    statistics = report.statistics
    privacy = report.privacy
    provenance = report.provenance
    handCodedChecks = report.handCodedChecks.isEmpty ? nil : report.handCodedChecks
    themes = []
    questions = []
    var byResponse: [ResponseID: [ThemeID]] = [:]
    for analysis in report.analyses {
      let arguments = Dictionary(analysis.arguments.map { ($0.id, $0) }) { first, _ in first }
      func entry(_ theme: Theme) -> ThemeEntry {
        // The published counts (Privacy's small-cell policy), never the exact ones of `theme`.
        let counts = report.counts(of: theme.id, in: analysis.questionID)
        return ThemeEntry(
          id: theme.id, question: analysis.questionID.rawValue, parent: theme.parentID, label: theme.label,
          statement: theme.statement, respondents: counts.respondents,
          share: analysis.answered > 0 ? counts.share(of: analysis.answered) : 0,
          argumentCount: counts.arguments,
          stance: Dictionary(uniqueKeysWithValues: Stance.allCases.map { ($0.rawValue, counts.stance[$0]) }),
          masked: counts.maskedFields,
          isOther: theme.isOther, synthesis: theme.synthesis.sentences.map(SentenceEntry.init),
          droppedSentences: theme.synthesis.droppedSentences,
          arguments: theme.argumentIDs.compactMap { arguments[$0] }.map(ArgumentEntry.init),
          validation: theme.validation)
      }
      let topLevel = analysis.topLevelThemes
      themes += topLevel.map(entry)
      for (response, ids) in analysis.assignments { byResponse[response, default: []] += ids }
      let inOther: Int? =
        analysis.themes.first(where: \.isOther).map {
          report.counts(of: $0.id, in: analysis.questionID).arguments
        } ?? 0
      let run = runs[analysis.questionID]
      // The counters the analysis kept, when no run of this `analyse` gives them.
      let checks = run?.checks ?? analysis.runCounters
      questions.append(
        QuestionEntry(
          id: analysis.questionID.rawValue, title: analysis.title, answered: analysis.answered,
          arguments: analysis.arguments.count,
          coverage: analysis.arguments.isEmpty
            ? 0 : inOther.map { Double(analysis.arguments.count - $0) / Double(analysis.arguments.count) },
          minimumCellSize: analysis.minimumCellSize, themes: topLevel.map(\.id),
          subThemes: analysis.themes.filter { $0.parentID != nil }.map(entry),
          globalSynthesis: analysis.globalSynthesis.sentences.map(SentenceEntry.init),
          droppedSentences: analysis.globalSynthesis.droppedSentences,
          answers: analysis.answers.sorted { $0.key < $1.key }.map {
            AnswerEntry(response: $0.key.rawValue, text: $0.value)
          },
          segmentCounts: analysis.segmentCounts, stages: run?.stages,
          droppedArguments: checks?["droppedArguments"],
          ruleFallbackAnswers: checks?["ruleFallbackAnswers"], checks: checks, usage: run?.usage))
    }
    assignments = report.responses.map {
      AssignmentEntry(id: $0.id.rawValue, row: $0.row, themes: byResponse[$0.id] ?? [])
    }
    if !runs.isEmpty {
      var totals: [String: StageCount] = [:]
      for run in runs.values {
        for (stage, count) in run.stages {
          let total = totals[stage] ?? StageCount(computed: 0, cached: 0)
          totals[stage] = StageCount(
            computed: total.computed + count.computed, cached: total.cached + count.cached)
        }
      }
      stages = totals
    }
  }

  /// The report this document describes, as `report` renders it from a project.
  public var consultationReport: ConsultationReport {
    let analyses = questions.map { question -> QuestionAnalysis in
      let questionID = QuestionID(question.id)
      let topLevel = themes.filter { $0.question == question.id }
      var seen: Set<ArgumentID> = []
      var arguments: [Argument] = []
      for entry in topLevel.flatMap(\.arguments) + question.subThemes.flatMap(\.arguments)
      where seen.insert(entry.id).inserted {
        arguments.append(entry.argument(question: questionID))
      }
      arguments.sort { Self.naturalOrder($0.id, $1.id) }
      var analysisThemes: [Theme] = []
      for theme in topLevel {
        analysisThemes.append(theme.theme)
        analysisThemes += question.subThemes.filter { $0.parent == theme.id }.map(\.theme)
      }
      var analysis = QuestionAnalysis(
        questionID: questionID, title: question.title, answered: question.answered,
        answers: Dictionary(question.answers.map { (ResponseID($0.response), $0.text) }) { first, _ in first
        },
        arguments: arguments, themes: analysisThemes,
        globalSynthesis: Synthesis(
          sentences: question.globalSynthesis.map(\.sentence), droppedSentences: question.droppedSentences),
        segmentCounts: question.segmentCounts, minimumCellSize: question.minimumCellSize)
      analysis.runCounters = question.checks
      return analysis
    }
    let themeCounts = questions.flatMap { question in
      (themes.filter { $0.question == question.id } + question.subThemes).map(\.publishedCounts)
    }
    return ConsultationReport(
      title: title, sourceName: source, respondents: respondents, statistics: statistics,
      analyses: analyses, privacy: privacy, provenance: provenance, themeCounts: themeCounts,
      responses: assignments.map { ResponseReference(id: ResponseID($0.id), row: $0.row) },
      handCodedChecks: handCodedChecks ?? [])
  }

  /// « q1-a2 » before « q1-a10 »: the order in which the pipeline numbers arguments.
  static func naturalOrder(_ a: String, _ b: String) -> Bool {
    a.compare(b, options: [.numeric]) == .orderedAscending
  }

  public func encoded() throws -> Data {
    try Self.encoder.encode(self)
  }

  /// Reads a document of the current major version; refuses another one with a French message.
  public static func decode(_ data: Data) throws -> AnalysisDocument {
    struct Header: Decodable { var schemaVersion: String? }
    let found = (try? JSONDecoder().decode(Header.self, from: data))?.schemaVersion
    let major = { (version: String) in version.split(separator: ".").first.map(String.init) }
    if let found, major(found) != major(currentSchemaVersion) {
      throw AnalysisDocumentError.unsupportedVersion(found: found)
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let text = try decoder.singleValueContainer().decode(String.self)
      guard let date = DocumentDates.date(from: text) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: decoder.codingPath, debugDescription: "date ISO 8601 illisible : \(text)"))
      }
      return date
    }
    return try decoder.decode(AnalysisDocument.self, from: data)
  }

  private static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(DocumentDates.string(from: date))
    }
    return encoder
  }
}

public enum AnalysisDocumentError: Error, Sendable, Equatable {
  case unsupportedVersion(found: String)

  public var messageFR: String {
    switch self {
    case .unsupportedVersion(let found):
      "ce document suit le schéma \(found), cette version d'Observatoire lit le schéma "
        + "\(AnalysisDocument.currentSchemaVersion) (voir docs/report-schema.md) : réexportez-le avec "
        + "« observatoire report --format json »."
    }
  }
}

/// ISO 8601 dates with milliseconds, so that a document read back and written again keeps its bytes.
enum DocumentDates {
  static func string(from date: Date) -> String {
    Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
  }
  static func date(from text: String) -> Date? {
    (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
      ?? (try? Date.ISO8601FormatStyle().parse(text))
  }
}

extension AnalysisDocument.ThemeEntry {
  var publishedCounts: PublishedThemeCounts {
    var split = PublishedStanceCounts()
    for stance in Stance.allCases { split[stance] = self.stance[stance.rawValue] ?? nil }
    return PublishedThemeCounts(
      questionID: QuestionID(question), themeID: id, respondents: respondents, arguments: argumentCount,
      stance: split)
  }

  /// The theme as a report holds it. Its exact counts are not in the document: the published ones
  /// stand in (0 where masked); renderers show `ConsultationReport.themeCounts` only.
  var theme: Theme {
    var counts = StanceCounts()
    for stance in Stance.allCases { counts[stance] = (self.stance[stance.rawValue] ?? nil) ?? 0 }
    return Theme(
      id: id, parentID: parent, label: label, statement: statement,
      synthesis: Synthesis(sentences: synthesis.map(\.sentence), droppedSentences: droppedSentences),
      argumentIDs: arguments.map(\.id), respondents: respondents ?? 0, stance: counts, isOther: isOther,
      validation: validation)
  }
}

extension AnalysisDocument.ArgumentEntry {
  init(_ argument: Argument) {
    self.init(
      id: argument.id, response: argument.responseID.rawValue, text: argument.text,
      stance: argument.stance.rawValue, quote: argument.quoteText, start: argument.quote.start,
      end: argument.quote.end)
  }

  func argument(question: QuestionID) -> Argument {
    Argument(
      id: id, responseID: ResponseID(response), questionID: question, text: text,
      stance: Stance(rawValue: stance) ?? .neutre, quote: TextSpan(start: start, end: max(start, end)),
      quoteText: quote)
  }
}

extension AnalysisDocument.SentenceEntry {
  init(_ sentence: CitedSentence) {
    self.init(text: sentence.text, citations: sentence.citations)
  }
  var sentence: CitedSentence { CitedSentence(text: text, citations: citations) }
}
