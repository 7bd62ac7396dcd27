import Foundation

// The agreement of the machine with a person who coded a sample of responses by hand: value
// types of the trust measures, shown in reports (computed by Analysis's `AgreementMetrics`).

/// Cohen's κ of two raters' yes/no decisions, with a 95 % interval from its large-sample
/// standard error (Cohen 1960: SE = √(p_o(1 − p_o) / (n (1 − p_e)²))).
public struct Kappa: Sendable, Hashable, Codable {
  public var value: Double
  public var lower: Double
  public var upper: Double
  public var standardError: Double

  /// κ of a 2×2 table (`both` yes, `onlyFirst`, `onlySecond`, `neither`); nil when it is
  /// undefined (no decision, or both raters gave one same answer throughout: p_e = 1).
  public init?(both: Int, onlyFirst: Int, onlySecond: Int, neither: Int, z: Double = 1.959_964) {
    let n = Double(both + onlyFirst + onlySecond + neither)
    guard n > 0 else { return nil }
    let observed = Double(both + neither) / n
    let firstYes = Double(both + onlyFirst) / n
    let secondYes = Double(both + onlySecond) / n
    let expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes)
    guard expected < 1 else { return nil }
    value = (observed - expected) / (1 - expected)
    standardError = (observed * (1 - observed) / (n * (1 - expected) * (1 - expected))).squareRoot()
    lower = max(-1, value - z * standardError)
    upper = min(1, value + z * standardError)
  }
}

/// How far the machine agrees with a person on one theme, over the hand-coded sample: the
/// person is the reference.
public struct ThemeAgreement: Sendable, Hashable, Codable {
  public var themeID: ThemeID
  /// Responses both put in the theme.
  public var truePositives: Int
  /// Put in the theme by the machine only.
  public var falsePositives: Int
  /// Put in the theme by the person only.
  public var falseNegatives: Int
  public var trueNegatives: Int
  /// Of the responses the machine put in the theme, the share the person put there too.
  public var precision: Double?
  /// Of the responses the person put in the theme, the share the machine found.
  public var recall: Double?
  /// nil when undefined (nobody, or everybody, in the theme on both sides).
  public var kappa: Kappa?
  /// « à revoir »: κ below the threshold, or too few decisions to compute it.
  public var needsReview: Bool

  public var statusFR: String { needsReview ? "à revoir" : "accord suffisant" }

  public init(
    themeID: ThemeID, truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int,
    precision: Double?, recall: Double?, kappa: Kappa?, needsReview: Bool
  ) {
    self.themeID = themeID
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
    self.precision = precision
    self.recall = recall
    self.kappa = kappa
    self.needsReview = needsReview
  }
}

/// The agreement of the machine with a hand-coded sample, per theme and overall.
public struct AgreementReport: Sendable, Hashable, Codable {
  public var themes: [ThemeAgreement]
  /// κ over every (response, theme) decision of the sample together.
  public var overall: Kappa?
  /// Mean of the themes' κ (themes where it is defined).
  public var meanThemeKappa: Double?
  /// Responses compared (the hand-coded ones).
  public var responses: Int
  public var threshold: Double
  public var themesToReview: [ThemeID] { themes.filter(\.needsReview).map(\.themeID) }

  public init(
    themes: [ThemeAgreement], overall: Kappa?, meanThemeKappa: Double?, responses: Int, threshold: Double
  ) {
    self.themes = themes
    self.overall = overall
    self.meanThemeKappa = meanThemeKappa
    self.responses = responses
    self.threshold = threshold
  }
}

/// One person's check of a question's themes against a sample they coded by hand, as a report
/// shows it.
public struct HandCodedCheckResult: Sendable, Hashable, Codable {
  public var questionID: QuestionID
  public var coder: String
  /// Responses in the sample (all coded: a check is reported only once the sample is).
  public var sampleSize: Int
  public var agreement: AgreementReport

  public init(questionID: QuestionID, coder: String, sampleSize: Int, agreement: AgreementReport) {
    self.questionID = questionID
    self.coder = coder
    self.sampleSize = sampleSize
    self.agreement = agreement
  }
}
