import Foundation

/// A proportion with its Wilson 95 % interval, or a suppressed cell.
public struct Proportion: Sendable, Hashable, Codable {
  /// nil when masked by the small-cell rule (Privacy's `SmallCellPolicy`).
  public var count: Int?
  /// Respondents the share is taken of; nil when that base is itself masked (a cross-tab column
  /// of fewer than *k* respondents).
  public var denominator: Int?
  public var share: Double?
  public var lower: Double?
  public var upper: Double?

  public init(count: Int?, denominator: Int?, share: Double?, lower: Double?, upper: Double?) {
    self.count = count
    self.denominator = denominator
    self.share = share
    self.lower = lower
    self.upper = upper
  }

  public var isSuppressed: Bool { count == nil }

  enum CodingKeys: String, CodingKey {
    case count, denominator, share, lower, upper, masked
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    count = try container.decodeIfPresent(Int.self, forKey: .count)
    denominator = try container.decodeIfPresent(Int.self, forKey: .denominator)
    share = try container.decodeIfPresent(Double.self, forKey: .share)
    lower = try container.decodeIfPresent(Double.self, forKey: .lower)
    upper = try container.decodeIfPresent(Double.self, forKey: .upper)
  }

  /// `count` (and `share`, `lower`, `upper`) null with `"masked": true` when suppressed.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(count, forKey: .count)
    try container.encode(denominator, forKey: .denominator)
    try container.encode(share, forKey: .share)
    try container.encode(lower, forKey: .lower)
    try container.encode(upper, forKey: .upper)
    try container.encode(isSuppressed, forKey: .masked)
  }
}

/// One line of a closed question's table: an option (or a scale value) and how many chose it.
public struct OptionCount: Sendable, Hashable, Codable {
  public var option: String
  public var proportion: Proportion
  /// For ranking questions: how many placed the option in their top 2.
  public var topTwo: Proportion?
  public init(option: String, proportion: Proportion, topTwo: Proportion? = nil) {
    self.option = option
    self.proportion = proportion
    self.topTwo = topTwo
  }
}

/// A cross-tabulation of a question by a segment, with its chi-square test of independence.
public struct SegmentBreakdown: Sendable, Hashable, Codable {
  public var segment: QuestionID
  public var segmentTitle: String
  /// Segment values (columns), in display order.
  public var segmentValues: [String]
  /// cells[row][column]: rows follow the question's options.
  public var cells: [[Proportion]]
  public var chiSquare: Double?
  public var degreesOfFreedom: Int?
  public var pValue: Double?
  public init(
    segment: QuestionID, segmentTitle: String, segmentValues: [String], cells: [[Proportion]],
    chiSquare: Double? = nil, degreesOfFreedom: Int? = nil, pValue: Double? = nil
  ) {
    self.segment = segment
    self.segmentTitle = segmentTitle
    self.segmentValues = segmentValues
    self.cells = cells
    self.chiSquare = chiSquare
    self.degreesOfFreedom = degreesOfFreedom
    self.pValue = pValue
  }
}

/// The statistics of one closed question, ready to render.
public struct QuestionStatistics: Sendable, Hashable, Codable {
  public var questionID: QuestionID
  public var title: String
  public var kind: QuestionKind
  /// « N répondants à la question pour M répondants au questionnaire ».
  public var answered: Int
  public var respondents: Int
  public var options: [OptionCount]
  public var mean: Double?
  public var median: Double?
  public var breakdowns: [SegmentBreakdown]

  public init(
    questionID: QuestionID, title: String, kind: QuestionKind, answered: Int, respondents: Int,
    options: [OptionCount], mean: Double? = nil, median: Double? = nil,
    breakdowns: [SegmentBreakdown] = []
  ) {
    self.questionID = questionID
    self.title = title
    self.kind = kind
    self.answered = answered
    self.respondents = respondents
    self.options = options
    self.mean = mean
    self.median = median
    self.breakdowns = breakdowns
  }
}

/// How many personal data items of each kind were masked, and the publication threshold.
public struct PrivacySummary: Sendable, Hashable, Codable {
  /// Counts keyed by placeholder kind (`PERSONNE`, `EMAIL`, `TELEPHONE`…).
  public var maskedCounts: [String: Int]
  /// Minimum cell size *k*: any count below it is suppressed from outputs. In a stored project,
  /// the project's own *k* (nil: the default of Privacy's `SmallCellPolicy`); in a report, the *k*
  /// it was published with (set by `SmallCellPolicy.publish(_:)`).
  public var minimumCellSize: Int?
  public var originalsKept: Bool
  public init(maskedCounts: [String: Int] = [:], minimumCellSize: Int? = nil, originalsKept: Bool = false) {
    self.maskedCounts = maskedCounts
    self.minimumCellSize = minimumCellSize
    self.originalsKept = originalsKept
  }
}
