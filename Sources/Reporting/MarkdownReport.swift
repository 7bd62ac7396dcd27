import Foundation
import ObservatoireCore

/// A Markdown rendering for wikis and notes: same content as the HTML summary and theme pages,
/// without charts (tables only). Respondent text is escaped so it cannot inject HTML or links.
struct MarkdownReport {
  let report: ConsultationReport
  let labels: Labels
  /// The reviewers' changes, on the method page as in the HTML report.
  var reviewJournal: [ReviewJournalEntry] = []

  func render() -> String {
    var md = "# \(escape(report.title))\n\n"
    md += "\(labels.source) : \(escape(report.sourceName)) — \(report.respondents) \(labels.respondents).\n\n"
    if !report.statistics.isEmpty {
      md += "## \(labels.closedQuestions)\n\n"
      for statistics in report.statistics {
        md += "### \(escape(statistics.title))\n\n"
        md +=
          "\(statistics.answered) \(labels.answeredOf) \(statistics.respondents) \(labels.answeredOfTail).\n\n"
        if statistics.kind == .ranking {
          md +=
            "| \(labels.option) | \(labels.count) (\(labels.firstPlace)) | \(labels.share) | "
            + "\(labels.count) (\(labels.topTwo)) | \(labels.share) |\n|---|---:|---:|---:|---:|\n"
          for option in statistics.options {
            let top = option.topTwo
            md +=
              "| \(cell(option.option)) | \(labels.count(option.proportion.count)) | \(labels.percent(option.proportion.share)) | "
              + "\(labels.count(top?.count)) | \(labels.percent(top?.share)) |\n"
          }
        } else {
          md += "| \(labels.option) | \(labels.count) | \(labels.share) |\n|---|---:|---:|\n"
          for option in statistics.options {
            md +=
              "| \(cell(option.option)) | \(labels.count(option.proportion.count)) | \(labels.percent(option.proportion.share)) |\n"
          }
        }
        md += "\n"
      }
    }
    if report.analyses.isEmpty { md += "\(escape(labels.noAnalysis))\n\n" }
    for analysis in report.analyses {
      md += "## \(escape(analysis.title))\n\n"
      md += "\(analysis.answered) \(labels.answeredOf) \(report.respondents) \(labels.answeredOfTail).\n\n"
      md += "### \(labels.globalSynthesis)\n\n" + synthesis(analysis.globalSynthesis) + "\n"
      for theme in analysis.themes {
        let counts = report.counts(of: theme.id, in: analysis.questionID)
        // A sub-theme under its theme, one level down: its heading cannot pass for a theme's.
        md +=
          theme.parentID == nil
          ? "### \(labels.theme) : \(escape(theme.label))\n\n"
          : "#### \(labels.subTheme) : \(escape(theme.label))\n\n"
        if !theme.statement.isEmpty { md += "*\(escape(theme.statement))*\n\n" }
        if counts.respondents == nil {
          md += "\(labels.respondentsPhrase(nil).capitalizedFirst).\n\n"
        } else {
          md +=
            "\(labels.respondentsPhrase(counts.respondents)), \(labels.count(counts.arguments)) \(labels.arguments.lowercased()) ("
          md +=
            Stance.allCases.map { "\(labels.stanceName($0)) \(labels.count(counts.stance[$0]))" }.joined(
              separator: ", ")
            + ").\n\n"
        }
        md += synthesis(theme.synthesis) + "\n"
      }
      md += "### \(labels.arguments)\n\n"
      for argument in analysis.arguments {
        md +=
          "- <a id=\"\(anchor(argument.id))\"></a>**[\(escape(argument.id))]** (\(labels.stanceName(argument.stance))) \(escape(argument.text)) — « \(escape(argument.quoteText)) »\n"
      }
      md += "\n"
    }
    md += "## \(labels.method)\n\n\(labels.methodIntro)\n\n"
    md += "- \(labels.generator) : \(escape(report.provenance.generator ?? labels.none))\n"
    md += "- \(labels.embedder) : \(escape(report.provenance.embedder ?? labels.none))\n"
    let k = report.privacy.minimumCellSize.map(String.init) ?? "k"
    md += "- \(labels.threshold) = \(k)\n"
    for paragraph in labels.thresholdExplanation(k) { md += "  \(escape(paragraph))\n" }
    md += "- \(escape(labels.suppressedLegend(k)))\n"
    for kind in report.privacy.maskedCounts.keys.sorted() {
      md += "- \(labels.masked) (\(escape(kind))) : \(report.privacy.maskedCounts[kind] ?? 0)\n"
    }
    let counted = report.analyses.filter { $0.runCounters != nil }
    if !counted.isEmpty {
      md += "\n### \(labels.runChecks)\n\n\(labels.runChecksIntro)\n"
      for analysis in counted {
        md += "\n\(escape(analysis.title))\n\n"
        for (name, value) in labels.runCounterRows(analysis.runCounters ?? [:]) {
          md += "- \(escape(name)) : \(value)\n"
        }
      }
    }
    md += "\n### \(labels.handCodedCheck)\n\n\(labels.handCodedCheckIntro)\n\n"
    let checks = HandCodedCheckView.views(of: report, labels: labels)
    if checks.isEmpty { md += "\(labels.noHandCodedCheck)\n" }
    for check in checks {
      md += "\(escape(check.summary))\n\n"
      md +=
        "| \(labels.theme) | \(labels.precision) | \(labels.recall) | \(labels.kappa) | \(labels.interval95) | \(labels.agreementState) |\n"
      md += "|---|---|---|---|---|---|\n"
      for row in check.rows {
        md +=
          "| \(cell(row.theme)) | \(row.precision) | \(row.recall) | \(row.kappa) | \(row.interval) | \(row.status) |\n"
      }
      md += "\n"
    }
    md += "\n### \(labels.reviewJournal)\n\n\(labels.reviewJournalIntro)\n\n"
    if reviewJournal.isEmpty {
      md += "\(labels.noReview)\n"
    } else {
      md +=
        "| \(labels.date) | \(labels.reviewer) | \(labels.reviewAction) | \(labels.question) | \(labels.reviewChange) |\n"
      md += "|---|---|---|---|---|\n"
      for entry in reviewJournal {
        md +=
          "| \(entry.date.formatted(.iso8601)) | \(cell(entry.actor)) | \(cell(entry.action)) | "
          + "\(cell(entry.question)) | \(cell(entry.change)) |\n"
      }
    }
    return md
  }

  private func synthesis(_ synthesis: Synthesis) -> String {
    synthesis.sentences.map { sentence in
      escape(sentence.text) + sentence.citations.map { " [\\[\(escape($0))\\]](#\(anchor($0)))" }.joined()
    }.joined(separator: " ") + "\n"
  }

  private func anchor(_ id: ArgumentID) -> String {
    "arg-" + String(id.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "-" })
  }

  /// Escapes Markdown and inline HTML.
  func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "#", "|", "!": result += "\\" + String(character)
      case "\n", "\r": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  private func cell(_ text: String) -> String { escape(text) }
}

extension String {
  /// The string with its first letter in capitals (« Effectif masqué »).
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
