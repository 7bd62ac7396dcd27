import Foundation
import ObservatoireCore

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
}

public enum AgreementMetrics {
  /// κ below this marks a theme « à revoir » (0.6: the upper bound of « moderate » agreement in
  /// Landis and Koch's reading).
  public static let defaultThreshold = 0.6

  /// Compares the themes a person gave each response of the sample (`human`, multi-label) with
  /// the machine's (`machine`; a response it does not list has no theme), over `themes`.
  public static func compare(
    human: [ResponseID: Set<ThemeID>], machine: [ResponseID: Set<ThemeID>], themes: [ThemeID],
    threshold: Double = defaultThreshold
  ) -> AgreementReport {
    let responses = human.keys.sorted()
    var pooled = (both: 0, machineOnly: 0, humanOnly: 0, neither: 0)
    var results: [ThemeAgreement] = []
    for theme in themes {
      var tp = 0
      var fp = 0
      var fn = 0
      var tn = 0
      for response in responses {
        let byHuman = human[response]?.contains(theme) ?? false
        let byMachine = machine[response]?.contains(theme) ?? false
        switch (byHuman, byMachine) {
        case (true, true): tp += 1
        case (false, true): fp += 1
        case (true, false): fn += 1
        case (false, false): tn += 1
        }
      }
      pooled.both += tp
      pooled.machineOnly += fp
      pooled.humanOnly += fn
      pooled.neither += tn
      let kappa = Kappa(both: tp, onlyFirst: fn, onlySecond: fp, neither: tn)
      results.append(
        ThemeAgreement(
          themeID: theme, truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn,
          precision: tp + fp > 0 ? Double(tp) / Double(tp + fp) : nil,
          recall: tp + fn > 0 ? Double(tp) / Double(tp + fn) : nil, kappa: kappa,
          needsReview: kappa.map { $0.value < threshold } ?? true))
    }
    let defined = results.compactMap { $0.kappa?.value }
    return AgreementReport(
      themes: results,
      overall: Kappa(
        both: pooled.both, onlyFirst: pooled.humanOnly, onlySecond: pooled.machineOnly,
        neither: pooled.neither),
      meanThemeKappa: defined.isEmpty ? nil : defined.reduce(0, +) / Double(defined.count),
      responses: responses.count, threshold: threshold)
  }
}

/// The responses an analyst codes by hand: a seeded random draw among those that answered the
/// question, so that the same seed gives the same sample on every machine.
public enum CodingSample {
  public static let defaultSize = 50

  /// `count` distinct responses of `answered` (all of them when fewer), in the order drawn.
  public static func draw(from answered: [ResponseID], count: Int = defaultSize, seed: UInt64) -> [ResponseID]
  {
    var pool = Array(Set(answered)).sorted()
    var generator = SeededGenerator(seed: seed)
    let size = min(max(0, count), pool.count)
    for index in 0..<size {
      let chosen = Int.random(in: index..<pool.count, using: &generator)
      pool.swapAt(index, chosen)
    }
    return Array(pool.prefix(size))
  }
}
