import Foundation

/// Respondents holding a theme within one segment value (e.g. « premier degré »).
public struct ThemeSegmentCount: Sendable, Hashable, Codable {
  public var themeID: ThemeID
  public var segment: QuestionID
  public var value: String
  /// nil when suppressed (below *k*).
  public var respondents: Int?
  /// Respondents of this segment value who answered the question.
  public var base: Int
  public init(themeID: ThemeID, segment: QuestionID, value: String, respondents: Int?, base: Int) {
    self.themeID = themeID
    self.segment = segment
    self.value = value
    self.respondents = respondents
    self.base = base
  }
}

/// The analysis of one free-text question: arguments, themes, syntheses.
public struct QuestionAnalysis: Sendable, Hashable, Codable {
  public var questionID: QuestionID
  public var title: String
  /// Respondents with a non-empty answer.
  public var answered: Int
  /// The masked answers the arguments quote, by response.
  public var answers: [ResponseID: String]
  public var arguments: [Argument]
  /// Top-level themes and sub-themes (sub-themes have a `parentID`).
  public var themes: [Theme]
  public var globalSynthesis: Synthesis
  public var segmentCounts: [ThemeSegmentCount]

  public init(
    questionID: QuestionID, title: String, answered: Int, answers: [ResponseID: String],
    arguments: [Argument], themes: [Theme], globalSynthesis: Synthesis,
    segmentCounts: [ThemeSegmentCount] = []
  ) {
    self.questionID = questionID
    self.title = title
    self.answered = answered
    self.answers = answers
    self.arguments = arguments
    self.themes = themes
    self.globalSynthesis = globalSynthesis
    self.segmentCounts = segmentCounts
  }

  public var topLevelThemes: [Theme] { themes.filter { $0.parentID == nil } }
  public func subThemes(of theme: ThemeID) -> [Theme] { themes.filter { $0.parentID == theme } }

  /// Theme ids of each response (top-level themes only), the machine-readable assignment.
  public var assignments: [ResponseID: [ThemeID]] {
    var byArgument: [ArgumentID: ResponseID] = [:]
    for a in arguments { byArgument[a.id] = a.responseID }
    var result: [ResponseID: [ThemeID]] = [:]
    for theme in topLevelThemes {
      for id in theme.argumentIDs {
        guard let r = byArgument[id] else { continue }
        if result[r]?.contains(theme.id) != true { result[r, default: []].append(theme.id) }
      }
    }
    return result
  }
}

/// Everything a report shows about one consultation.
public struct ConsultationReport: Sendable, Hashable, Codable {
  public var title: String
  public var sourceName: String
  public var respondents: Int
  public var statistics: [QuestionStatistics]
  public var analyses: [QuestionAnalysis]
  public var privacy: PrivacySummary
  public var provenance: Provenance
  /// Every response of the source file, in file order: what the analysis document's
  /// `assignments` list (empty when unknown).
  public var responses: [ResponseReference]

  public init(
    title: String, sourceName: String, respondents: Int, statistics: [QuestionStatistics],
    analyses: [QuestionAnalysis], privacy: PrivacySummary, provenance: Provenance,
    responses: [ResponseReference] = []
  ) {
    self.title = title
    self.sourceName = sourceName
    self.respondents = respondents
    self.statistics = statistics
    self.analyses = analyses
    self.privacy = privacy
    self.provenance = provenance
    self.responses = responses
  }
}

/// A response named by its identifier and its row in the source file.
public struct ResponseReference: Sendable, Hashable, Codable {
  public var id: ResponseID
  /// 1-based row in the source file (after the header).
  public var row: Int
  public init(id: ResponseID, row: Int) {
    self.id = id
    self.row = row
  }
}
