import Mustache
import ObservatoireCore

/// A check of a question's themes against a sample coded by hand, as the method page and the
/// Markdown report show it: one line of summary, then a row per theme.
struct HandCodedCheckView: MustacheParent {
  struct Row: MustacheParent {
    var theme: String
    var precision: String
    var recall: String
    var kappa: String
    var interval: String
    var status: String

    func child(named name: String) -> Any? {
      switch name {
      case "agreementTheme": theme
      case "agreementPrecision": precision
      case "agreementRecall": recall
      case "agreementKappa": kappa
      case "agreementInterval": interval
      case "agreementStatus": status
      default: nil
      }
    }
  }

  var summary: String
  var caption: String
  var rows: [Row]

  func child(named name: String) -> Any? {
    switch name {
    case "checkSummary": summary
    case "checkCaption": caption
    case "checkRows": rows
    default: nil
    }
  }

  /// One view per check of `report`, themes named as the reviewers left them.
  static func views(of report: ConsultationReport, labels: Labels) -> [HandCodedCheckView] {
    report.handCodedChecks.map { check in
      let analysis = report.analyses.first { $0.questionID == check.questionID }
      let themeLabels = Dictionary(
        (analysis?.themes ?? []).map {
          ($0.id, $0.isOther && $0.label.isEmpty ? labels.otherTheme : $0.label)
        },
        uniquingKeysWith: { first, _ in first })
      func percent(_ value: Double?) -> String {
        value.map { labels.number(100 * $0, decimals: 0) + " %" } ?? "–"
      }
      func decimal(_ value: Double?) -> String { value.map { labels.number($0, decimals: 2) } ?? "–" }
      let rows = check.agreement.themes.map { theme in
        Row(
          theme: themeLabels[theme.themeID] ?? theme.themeID, precision: percent(theme.precision),
          recall: percent(theme.recall), kappa: decimal(theme.kappa?.value),
          interval: theme.kappa.map { "\(decimal($0.lower)) – \(decimal($0.upper))" } ?? "–",
          status: labels.agreementStatus(needsReview: theme.needsReview))
      }
      let overall = check.agreement.overall.map {
        labels.overallKappa(
          value: decimal($0.value), interval: "\(decimal($0.lower)) – \(decimal($0.upper))")
      }
      return HandCodedCheckView(
        summary: labels.handCodedCheckSummary(
          question: analysis?.title ?? check.questionID.rawValue, coder: check.coder,
          responses: check.sampleSize, overall: overall,
          threshold: decimal(check.agreement.threshold),
          toReview: check.agreement.themesToReview.count),
        caption: labels.handCodedCheckCaption(question: analysis?.title ?? check.questionID.rawValue),
        rows: rows)
    }
  }
}
