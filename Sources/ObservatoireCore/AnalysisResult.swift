import Foundation

/// Respondents holding a theme within one segment value (e.g. « premier degré »).
public struct ThemeSegmentCount: Sendable, Hashable, Codable {
  public var themeID: ThemeID
  public var segment: QuestionID
  public var value: String
  /// Exact in a stored analysis; as published (nil: masked, see Privacy's `SmallCellPolicy`) in a
  /// report. Analyses stored before *k* was applied at publication hold nil for cells masked then.
  public var respondents: Int?
  /// Respondents of this segment value who answered the question (nil: masked).
  public var base: Int?
  public init(themeID: ThemeID, segment: QuestionID, value: String, respondents: Int?, base: Int?) {
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
  /// The publication threshold *k* the analysis was run with (nil: stored before it was kept).
  public var minimumCellSize: Int?
  /// What the run counted, by name (non-answers, answers cut by the rules, retries, sentences and
  /// citations dropped…), for the method page; nil when stored before it was kept.
  public var runCounters: [String: Int]?

  public init(
    questionID: QuestionID, title: String, answered: Int, answers: [ResponseID: String],
    arguments: [Argument], themes: [Theme], globalSynthesis: Synthesis,
    segmentCounts: [ThemeSegmentCount] = [], minimumCellSize: Int? = nil
  ) {
    self.questionID = questionID
    self.title = title
    self.answered = answered
    self.answers = answers
    self.arguments = arguments
    self.themes = themes
    self.globalSynthesis = globalSynthesis
    self.segmentCounts = segmentCounts
    self.minimumCellSize = minimumCellSize
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
  /// The themes' counts as published, made by Privacy's `SmallCellPolicy.publish(_:)` at
  /// `privacy.minimumCellSize`. Renderers show these, never the exact counts of `analyses`.
  public var themeCounts: [PublishedThemeCounts]
  /// Every response of the source file, in file order: what the analysis document's
  /// `assignments` list (empty when unknown).
  public var responses: [ResponseReference]
  /// The checks of the themes against samples coded by hand, for the questions where someone
  /// has coded a whole sample (what the method page shows).
  public var handCodedChecks: [HandCodedCheckResult]

  public init(
    title: String, sourceName: String, respondents: Int, statistics: [QuestionStatistics],
    analyses: [QuestionAnalysis], privacy: PrivacySummary, provenance: Provenance,
    themeCounts: [PublishedThemeCounts] = [], responses: [ResponseReference] = [],
    handCodedChecks: [HandCodedCheckResult] = []
  ) {
    self.title = title
    self.sourceName = sourceName
    self.respondents = respondents
    self.statistics = statistics
    self.analyses = analyses
    self.privacy = privacy
    self.provenance = provenance
    self.themeCounts = themeCounts
    self.responses = responses
    self.handCodedChecks = handCodedChecks
  }

  /// The published counts of a theme; every count masked when none were made for it, so that a
  /// report that skipped the policy shows nothing it should not.
  public func counts(of theme: ThemeID, in question: QuestionID) -> PublishedThemeCounts {
    themeCounts.first { $0.themeID == theme && $0.questionID == question }
      ?? .masked(question: question, theme: theme)
  }

  enum CodingKeys: String, CodingKey {
    case title, sourceName, respondents, statistics, analyses, privacy, provenance, themeCounts, responses
    case handCodedChecks
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    title = try container.decode(String.self, forKey: .title)
    sourceName = try container.decode(String.self, forKey: .sourceName)
    respondents = try container.decode(Int.self, forKey: .respondents)
    statistics = try container.decode([QuestionStatistics].self, forKey: .statistics)
    analyses = try container.decode([QuestionAnalysis].self, forKey: .analyses)
    privacy = try container.decode(PrivacySummary.self, forKey: .privacy)
    provenance = try container.decode(Provenance.self, forKey: .provenance)
    themeCounts = try container.decodeIfPresent([PublishedThemeCounts].self, forKey: .themeCounts) ?? []
    responses = try container.decodeIfPresent([ResponseReference].self, forKey: .responses) ?? []
    handCodedChecks =
      try container.decodeIfPresent([HandCodedCheckResult].self, forKey: .handCodedChecks) ?? []
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
