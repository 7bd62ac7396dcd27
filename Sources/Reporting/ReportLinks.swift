import ObservatoireCore

/// A place a report page can link to. Templates never name files: every href comes from a
/// `ReportLinks` given one of these, so the same views serve the offline report and web routes.
public enum ReportDestination: Sendable, Hashable {
  /// The summary: key figures, open and closed questions.
  case overview
  /// Method and transparency.
  case method
  /// One theme (or sub-theme) of a free-text question.
  case theme(question: QuestionID, theme: ThemeID)
  /// A file installed beside the pages (stylesheets), by its path under the assets folder.
  case asset(String)
}

/// Turns destinations into hrefs.
public protocol ReportLinks: Sendable {
  /// The href of `destination`, or nil when the report has no such page (an unknown theme).
  func href(_ destination: ReportDestination) -> String?
}

/// The offline report's relative file names: `index.html`, `methode.html`,
/// `theme-<question>-<theme>.html` (both 1-based positions in the report), `assets/<path>`.
public struct OfflineReportLinks: ReportLinks {
  private let themeFiles: [ReportDestination: String]

  public init(report: ConsultationReport) {
    var files: [ReportDestination: String] = [:]
    for (questionIndex, analysis) in report.analyses.enumerated() {
      for (themeIndex, theme) in analysis.themes.enumerated() {
        files[.theme(question: analysis.questionID, theme: theme.id)] =
          "theme-\(questionIndex + 1)-\(themeIndex + 1).html"
      }
    }
    self.themeFiles = files
  }

  public func href(_ destination: ReportDestination) -> String? {
    switch destination {
    case .overview: "index.html"
    case .method: "methode.html"
    case .theme: themeFiles[destination]
    case .asset(let path): "assets/" + path
    }
  }
}
