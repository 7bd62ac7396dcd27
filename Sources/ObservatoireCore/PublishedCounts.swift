import Foundation

/// A theme's stance split as it may be published: nil where masked.
public struct PublishedStanceCounts: Sendable, Hashable, Codable {
  public var pour: Int?
  public var contre: Int?
  public var nuance: Int?
  public var neutre: Int?

  public init(pour: Int? = nil, contre: Int? = nil, nuance: Int? = nil, neutre: Int? = nil) {
    self.pour = pour
    self.contre = contre
    self.nuance = nuance
    self.neutre = neutre
  }

  public subscript(stance: Stance) -> Int? {
    get {
      switch stance {
      case .pour: pour
      case .contre: contre
      case .nuance: nuance
      case .neutre: neutre
      }
    }
    set {
      switch stance {
      case .pour: pour = newValue
      case .contre: contre = newValue
      case .nuance: nuance = newValue
      case .neutre: neutre = newValue
      }
    }
  }
}

/// The counts of one theme (or sub-theme) as a report, an export or the terminal may show them,
/// nil where masked. Privacy's `SmallCellPolicy` makes them from the exact counts a
/// `QuestionAnalysis` keeps; outputs show these, never the exact ones.
public struct PublishedThemeCounts: Sendable, Hashable, Codable {
  public var questionID: QuestionID
  public var themeID: ThemeID
  /// Distinct respondents holding the theme.
  public var respondents: Int?
  /// Arguments in the theme.
  public var arguments: Int?
  /// Respondents by stance (they add up to `respondents`).
  public var stance: PublishedStanceCounts

  public init(
    questionID: QuestionID, themeID: ThemeID, respondents: Int?, arguments: Int?,
    stance: PublishedStanceCounts
  ) {
    self.questionID = questionID
    self.themeID = themeID
    self.respondents = respondents
    self.arguments = arguments
    self.stance = stance
  }

  /// Every count masked: what a theme shows when no published counts were made for it.
  public static func masked(question: QuestionID, theme: ThemeID) -> PublishedThemeCounts {
    PublishedThemeCounts(
      questionID: question, themeID: theme, respondents: nil, arguments: nil, stance: PublishedStanceCounts())
  }

  /// The names of the masked counts (`respondents`, `arguments`, `stance.pour`…), for the flags
  /// of the JSON outputs.
  public var maskedFields: [String] {
    var fields: [String] = []
    if respondents == nil { fields.append("respondents") }
    if arguments == nil { fields.append("arguments") }
    for stance in Stance.allCases where self.stance[stance] == nil {
      fields.append("stance.\(stance.rawValue)")
    }
    return fields
  }

  /// The share of `answered` respondents, nil when the count is masked (or nobody answered).
  public func share(of answered: Int) -> Double? {
    guard let respondents, answered > 0 else { return nil }
    return Double(respondents) / Double(answered)
  }
}
