import Foundation
import ObservatoireCore

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
