import Foundation
import ObservatoireCore

/// The French terminal rendering of closed-question statistics (`observatoire stats`).
public enum StatisticsTextTable {
  public static func render(_ statistics: [QuestionStatistics], minimumCellSize k: Int) -> String {
    var lines: [String] = []
    for question in statistics {
      lines.append("\(question.questionID) — \(question.title)")
      lines.append(
        "\(count(question.answered, "répondant")) à la question pour \(count(question.respondents, "répondant")) au questionnaire"
      )
      let isRanking = question.kind == .ranking
      lines.append(
        isRanking
          ? "option | en 1re place | % | IC 95 % | dans les 2 premiers | %"
          : "option | effectif | % | IC 95 %")
      for option in question.options {
        var cells = [option.option] + describe(option.proportion)
        if isRanking, let top = option.topTwo { cells += describe(top).prefix(2) }
        lines.append(cells.joined(separator: " | "))
      }
      if let mean = question.mean { lines.append("moyenne : \(decimal(mean))") }
      if let median = question.median { lines.append("médiane : \(decimal(median))") }
      for breakdown in question.breakdowns {
        lines.append("Par « \(breakdown.segmentTitle) » :")
        lines.append((["option"] + breakdown.segmentValues).joined(separator: " | "))
        for (row, option) in question.options.enumerated() where row < breakdown.cells.count {
          let cells = breakdown.cells[row].map { cell in
            cell.count.map { "\($0) (\(percent(cell.share)))" } ?? "masqué"
          }
          lines.append(([option.option] + cells).joined(separator: " | "))
        }
        if let chi = breakdown.chiSquare, let df = breakdown.degreesOfFreedom, let p = breakdown.pValue {
          lines.append("khi² = \(decimal(chi)), ddl = \(df), p = \(significant(p))")
        }
      }
      lines.append("")
    }
    lines.append(
      "« masqué » : effectif inférieur à \(k), ou qui permettrait de retrouver un tel effectif.")
    return lines.joined(separator: "\n")
  }

  static func describe(_ p: Proportion) -> [String] {
    guard let count = p.count else { return ["masqué", "—", "—"] }
    let interval = p.lower.flatMap { l in p.upper.map { "[\(percent(l)) ; \(percent($0))]" } } ?? "—"
    return ["\(count)", percent(p.share), interval]
  }

  static func percent(_ share: Double?) -> String {
    guard let share else { return "—" }
    return String(format: "%.1f %%", share * 100).replacingOccurrences(of: ".", with: ",")
  }

  /// « 1 répondant », « 2 répondants »: French puts 0 and 1 in the singular.
  static func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(abs(n) >= 2 ? "s" : "")"
  }

  /// Three significant digits with a decimal comma (« 0,992 », « 1,2e-05 »).
  static func significant(_ value: Double) -> String {
    String(format: "%.3g", value).replacingOccurrences(of: ".", with: ",")
  }

  static func decimal(_ value: Double) -> String {
    String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
  }
}
