import Foundation
import Mustache
import ObservatoireCore

/// The HTML pages of a report: summary, one page per theme, method and transparency.
///
/// Builds view models (`ReportViews.swift`) from the report and renders them with the templates
/// (`Templates/*.mustache`); every href comes from `links`, so the same pages serve the offline
/// report (`OfflineReportLinks`) and, given other links, a web application.
public struct HTMLReport: Sendable {
  public let report: ConsultationReport
  public let links: any ReportLinks
  /// The reviewers' changes, shown on the method page (« Journal des révisions »).
  public var reviewJournal: [ReviewJournalEntry] = []
  let labels: Labels
  private let anchors: ArgumentAnchors

  public init(report: ConsultationReport, language: ReportLanguage = .fr, links: any ReportLinks) {
    self.report = report
    self.labels = Labels(language: language)
    self.links = links
    self.anchors = ArgumentAnchors(report: report)
  }

  /// Every page of the report, each with its destination: summary, method, then one per theme.
  public func pages() throws -> [(destination: ReportDestination, html: String)] {
    var result: [(destination: ReportDestination, html: String)] = [
      (.overview, try overviewPage()), (.method, try methodPage()),
    ]
    for analysis in report.analyses {
      for theme in analysis.themes {
        result.append(
          (.theme(question: analysis.questionID, theme: theme.id), try themePage(theme, in: analysis)))
      }
    }
    return result
  }

  /// One page, or nil when the report has no such page (an unknown theme, an asset).
  public func page(_ destination: ReportDestination) throws -> String? {
    switch destination {
    case .overview: return try overviewPage()
    case .method: return try methodPage()
    case .theme(let questionID, let themeID):
      guard let analysis = report.analyses.first(where: { $0.questionID == questionID }),
        let theme = analysis.themes.first(where: { $0.id == themeID })
      else { return nil }
      return try themePage(theme, in: analysis)
    case .asset: return nil
    }
  }

  // MARK: - Pages

  func overviewPage() throws -> String {
    let view = OverviewView(
      sourceName: report.sourceName, respondents: report.respondents,
      closedCount: report.statistics.count,
      closedCountLabel: labels.questionCount(report.statistics.count, open: false),
      openCount: report.analyses.count,
      openCountLabel: labels.questionCount(report.analyses.count, open: true),
      themeCount: report.analyses.reduce(0) { $0 + $1.topLevelThemes.count { !$0.isOther } },
      argumentCount: report.analyses.reduce(0) { $0 + $1.arguments.count },
      openQuestions: report.analyses.enumerated().map { openQuestion($1, index: $0) },
      closedQuestions: report.statistics.enumerated().map { closedQuestion($1, index: $0) })
    return try render(view, template: "overview", title: "\(labels.summary) – \(report.title)", at: .overview)
  }

  private func openQuestion(_ analysis: QuestionAnalysis, index: Int) -> OpenQuestionView {
    let id = "ouverte-\(index + 1)"
    let themes = analysis.topLevelThemes
    var chart = ""
    if !themes.isEmpty {
      let bars = themes.map { theme in
        let counts = report.counts(of: theme.id, in: analysis.questionID)
        let share = counts.share(of: analysis.answered)
        return SVGChart.Bar(
          label: label(of: theme), share: share,
          valueText: counts.respondents.map { "\($0) (\(labels.percent(share)))" } ?? labels.suppressed)
      }
      let description = themes.map {
        "\(label(of: $0)) : \(labels.count(report.counts(of: $0.id, in: analysis.questionID).respondents))"
      }.joined(separator: " ; ")
      chart = SVGChart.bars(
        id: "chart-\(id)", title: "\(labels.themes) – \(analysis.title)",
        description: "\(labels.chartDescriptionPrefix). \(description)", bars: bars)
    }
    let rows = themes.map { theme in
      let counts = report.counts(of: theme.id, in: analysis.questionID)
      return ThemeRowView(
        href: href(.theme(question: analysis.questionID, theme: theme.id)), label: label(of: theme),
        respondents: labels.count(counts.respondents),
        share: labels.percent(counts.share(of: analysis.answered)),
        arguments: labels.count(counts.arguments),
        stances: Stance.allCases.map { labels.count(counts.stance[$0]) })
    }
    return OpenQuestionView(
      sectionID: id, title: analysis.title, answered: analysis.answered,
      respondentsTotal: report.respondents,
      synthesis: synthesis(analysis.globalSynthesis, on: .overview), chart: chart,
      stanceNames: Stance.allCases.map { labels.stanceName($0) }, themes: rows)
  }

  private func closedQuestion(_ statistics: QuestionStatistics, index: Int) -> ClosedQuestionView {
    let id = "fermee-\(index + 1)"
    let bars = statistics.options.map { option in
      SVGChart.Bar(
        label: option.option, share: option.proportion.share,
        valueText: option.proportion.isSuppressed
          ? labels.suppressed
          : "\(labels.count(option.proportion.count)) (\(labels.percent(option.proportion.share)))")
    }
    let description = statistics.options.map {
      "\($0.option) : \($0.proportion.isSuppressed ? labels.suppressed : labels.percent($0.proportion.share))"
    }.joined(separator: " ; ")
    let chart = SVGChart.bars(
      id: "chart-\(id)", title: statistics.title,
      description: "\(labels.chartDescriptionPrefix). \(description)", bars: bars)
    let options = statistics.options.map { option in
      let p = option.proportion
      var row = OptionRowView(
        option: option.option, count: labels.count(p.count), share: labels.percent(p.share),
        interval: p.lower.map { "\(labels.percent($0)) – \(labels.percent(p.upper))" } ?? "–")
      if let top = option.topTwo {
        row.topTwoCount = labels.count(top.count)
        row.topTwoShare = labels.percent(top.share)
        row.topTwoInterval = top.lower.map { "\(labels.percent($0)) – \(labels.percent(top.upper))" } ?? "–"
      }
      return row
    }
    return ClosedQuestionView(
      sectionID: id, title: statistics.title, answered: statistics.answered,
      respondents: statistics.respondents,
      mean: statistics.mean.map { labels.number($0, decimals: 2) },
      median: statistics.median.map { labels.number($0, decimals: 1) }, chart: chart, options: options,
      breakdowns: statistics.breakdowns.enumerated().map { breakdownIndex, breakdown in
        self.breakdown(breakdown, statistics: statistics, id: "\(id)-seg-\(breakdownIndex + 1)")
      }, isRanking: statistics.kind == .ranking)
  }

  private func breakdown(_ breakdown: SegmentBreakdown, statistics: QuestionStatistics, id: String)
    -> BreakdownView
  {
    let options = statistics.options.map(\.option)
    let rows = breakdown.segmentValues.enumerated().map { column, value in
      SVGChart.StackedRow(
        label: value,
        counts: breakdown.cells.indices.map { row in
          column < breakdown.cells[row].count ? breakdown.cells[row][column].count : nil
        },
        // One answer each: a column's cells add up to its base, and a masked one leaves a gap.
        total: statistics.kind == .multipleChoice ? nil : breakdown.cells.first?[column].denominator)
    }
    let description = rows.map { row in
      "\(row.label) : " + zip(options, row.counts).map { "\($0) \(labels.count($1))" }.joined(separator: ", ")
    }.joined(separator: " ; ")
    let chart = SVGChart.stacked(
      id: "chart-\(id)", title: "\(statistics.title) – \(breakdown.segmentTitle)",
      description: "\(labels.stackedDescriptionPrefix). \(description)", categories: options, rows: rows,
      percent: { labels.percent($0) })
    let tableRows = options.enumerated().compactMap { row, option -> BreakdownView.Row? in
      guard row < breakdown.cells.count else { return nil }
      return BreakdownView.Row(
        option: option,
        cells: breakdown.cells[row].map { cell in
          "\(labels.count(cell.count))\(cell.share.map { " (\(labels.percent($0)))" } ?? "")"
        })
    }
    return BreakdownView(
      segmentTitle: breakdown.segmentTitle, chart: chart, segmentValues: breakdown.segmentValues,
      rows: tableRows,
      chiSquare: breakdown.chiSquare.map { chi in
        BreakdownView.ChiSquare(
          statistic: labels.number(chi, decimals: 2),
          degreesOfFreedom: breakdown.degreesOfFreedom.map(String.init),
          pValue: breakdown.pValue.map { labels.number($0, decimals: 4) })
      })
  }

  func themePage(_ theme: Theme, in analysis: QuestionAnalysis) throws -> String {
    let destination = ReportDestination.theme(question: analysis.questionID, theme: theme.id)
    let themeLabel = label(of: theme)
    var parent: LinkView?
    if let parentID = theme.parentID, let parentTheme = analysis.themes.first(where: { $0.id == parentID }),
      let parentHref = links.href(.theme(question: analysis.questionID, theme: parentID))
    {
      parent = LinkView(href: parentHref, label: label(of: parentTheme))
    }
    let counts = report.counts(of: theme.id, in: analysis.questionID)
    let stanceNames = Stance.allCases.map { labels.stanceName($0) }
    let stanceCounts = Stance.allCases.map { counts.stance[$0] }
    let stanceChart = SVGChart.stacked(
      id: "chart-stance", title: "\(labels.stanceSplit) – \(themeLabel)",
      description: "\(labels.stackedDescriptionPrefix). "
        + zip(stanceNames, stanceCounts).map { "\($0) : \(labels.count($1))" }.joined(separator: ", "),
      categories: stanceNames,
      rows: [
        SVGChart.StackedRow(label: labels.respondentsTitle, counts: stanceCounts, total: counts.respondents)
      ],
      percent: { labels.percent($0) })
    let stanceRows = Stance.allCases.map { stance in
      let share = counts.respondents.flatMap { total in
        counts.stance[stance].map { Double($0) / Double(max(total, 1)) }
      }
      return StanceRowView(
        stance: labels.stanceName(stance), count: labels.count(counts.stance[stance]),
        share: labels.percent(share))
    }

    let segments = analysis.segmentCounts.filter { $0.themeID == theme.id }
    var segmentChart = ""
    if !segments.isEmpty {
      let bars = segments.map { count in
        SVGChart.Bar(
          label: "\(count.segment.rawValue) = \(count.value)", share: Self.share(count),
          valueText: count.respondents.map { "\($0) / \(labels.count(count.base))" } ?? labels.suppressed)
      }
      segmentChart = SVGChart.bars(
        id: "chart-segments", title: "\(labels.bySegment) – \(themeLabel)",
        description: "\(labels.chartDescriptionPrefix). "
          + segments.map { "\($0.value) : \(labels.count($0.respondents)) / \(labels.count($0.base))" }
          .joined(separator: " ; "),
        bars: bars)
    }

    let view = ThemePageView(
      label: themeLabel, questionTitle: analysis.title, parentTheme: parent,
      statement: theme.statement.isEmpty ? nil : theme.statement,
      keyFigures: [
        keyFigure("respondents", counts.respondents, label: labels.respondents),
        keyFigure("arguments", counts.arguments, label: labels.arguments.lowercased()),
      ],
      hasMaskedCounts: !counts.maskedFields.isEmpty,
      synthesis: synthesis(theme.synthesis, on: destination), stanceChart: stanceChart,
      stanceRows: stanceRows, segmentChart: segmentChart,
      segments: segments.map { count in
        SegmentRowView(
          segment: count.segment.rawValue, value: count.value, respondents: labels.count(count.respondents),
          base: labels.count(count.base), share: labels.percent(Self.share(count)))
      },
      subThemes: analysis.subThemes(of: theme.id).map { child in
        SubThemeView(
          href: href(.theme(question: analysis.questionID, theme: child.id)), label: label(of: child),
          respondentsPhrase: labels.respondentsPhrase(
            report.counts(of: child.id, in: analysis.questionID).respondents))
      },
      arguments: theme.argumentIDs.compactMap { argumentID in
        guard let argument = anchors.arguments[argumentID], let anchor = anchors.anchor[argumentID] else {
          return nil
        }
        return argumentView(
          argument, anchor: anchor, number: anchors.number[argumentID] ?? 0,
          answer: analysis.answers[argument.responseID])
      })
    return try render(view, template: "theme", title: "\(themeLabel) – \(report.title)", at: destination)
  }

  func methodPage() throws -> String {
    let provenance = report.provenance
    let usage = provenance.usage
    let wattHours = provenance.estimatedJoules / 3600
    var validations: [ValidationRowView] = []
    for analysis in report.analyses {
      for theme in analysis.themes {
        if let v = theme.validation {
          validations.append(
            ValidationRowView(
              theme: label(of: theme), analyst: v.analyst, date: v.date.formatted(.iso8601),
              note: v.note ?? ""))
        }
      }
    }
    let k = report.privacy.minimumCellSize.map(String.init) ?? "–"
    let view = MethodView(
      generator: provenance.generator ?? labels.none, embedder: provenance.embedder ?? labels.none,
      softwareVersion: provenance.softwareVersion, periodStart: provenance.startedAt.formatted(.iso8601),
      periodEnd: provenance.finishedAt?.formatted(.iso8601) ?? "–",
      prompts: keyValueTable(
        id: "consignes", title: labels.prompts, keyHeader: labels.name, valueHeader: labels.version,
        pairs: provenance.prompts),
      parameters: keyValueTable(
        id: "parametres", title: labels.parameters, keyHeader: labels.name, valueHeader: labels.value,
        pairs: provenance.parameters),
      usage: [
        (labels.calls, String(usage.calls)), (labels.promptTokens, String(usage.promptTokens)),
        (labels.generatedTokens, String(usage.generatedTokens)),
        (labels.seconds, labels.number(usage.seconds, decimals: 1)),
        (labels.cpuSeconds, labels.number(usage.cpuSeconds, decimals: 1)),
        (labels.energy, labels.number(wattHours, decimals: 3)),
      ].map { KeyValueTableView.Row(key: $0, value: $1) },
      runChecks: report.analyses.enumerated().compactMap { position, analysis in
        guard let counters = analysis.runCounters else { return nil }
        return KeyValueTableView(
          sectionID: "controles-\(position + 1)", title: "\(labels.runChecks) : \(analysis.title)",
          keyHeader: labels.name, valueHeader: labels.count,
          rows: labels.runCounterRows(counters).map { KeyValueTableView.Row(key: $0, value: $1) })
      },
      k: k, thresholdExplanation: labels.thresholdExplanation(k),
      originalsKept: report.privacy.originalsKept ? labels.yes : labels.no,
      maskedData: keyValueTable(
        id: "masquage", title: labels.masked, keyHeader: labels.kind, valueHeader: labels.count,
        pairs: report.privacy.maskedCounts.mapValues(String.init)),
      validations: validations,
      journal: reviewJournal.map {
        JournalRowView(
          date: $0.date.formatted(.iso8601), actor: $0.actor, action: $0.action, question: $0.question,
          change: $0.change)
      },
      droppedSentences: report.analyses.reduce(0) { total, analysis in
        total + analysis.globalSynthesis.droppedSentences
          + analysis.themes.reduce(0) { $0 + $1.synthesis.droppedSentences }
      },
      handCodedChecks: HandCodedCheckView.views(of: report, labels: labels))
    return try render(view, template: "method", title: "\(labels.method) – \(report.title)", at: .method)
  }

  // MARK: - Pieces

  /// Renders a page template inside the layout's frame.
  private func render(
    _ content: any MustacheParent, template: String, title: String, at destination: ReportDestination
  ) throws -> String {
    let frame = FrameView(
      lang: labels.htmlLang, pageTitle: title, reportTitle: report.title,
      stylesheets: ["dsfr.min.css", "rapport.css"].map { href(.asset($0)) },
      overviewHref: href(.overview),
      navigation: [(ReportDestination.overview, labels.summary), (.method, labels.method)].map {
        NavigationLinkView(href: href($0), text: $1, current: $0 == destination)
      },
      suppressedLegend: labels.suppressedLegend(report.privacy.minimumCellSize.map(String.init) ?? "k"),
      respondentLanguage: labels.language == .fr ? nil : "fr", t: labels.templateTexts)
    return try ReportTemplates.render(PageView(frame: frame, content: content), template: template)
  }

  /// The href of a destination the report has; the summary's when it has none (never expected).
  private func href(_ destination: ReportDestination) -> String {
    links.href(destination) ?? links.href(.overview) ?? ""
  }

  private func keyFigure(_ name: String, _ count: Int?, label: String) -> KeyFigureView {
    KeyFigureView(
      name: name, value: count.map(String.init) ?? labels.suppressed, label: label, masked: count == nil)
  }

  /// A theme's share of a segment value, when both counts are published.
  static func share(_ count: ThemeSegmentCount) -> Double? {
    guard let respondents = count.respondents, let base = count.base else { return nil }
    return Double(respondents) / Double(max(base, 1))
  }

  private func keyValueTable(
    id: String, title: String, keyHeader: String, valueHeader: String, pairs: [String: String]
  ) -> KeyValueTableView {
    KeyValueTableView(
      sectionID: id, title: title, keyHeader: keyHeader, valueHeader: valueHeader,
      rows: pairs.keys.sorted().map { KeyValueTableView.Row(key: $0, value: pairs[$0] ?? "") })
  }

  /// Each sentence with links to the arguments it cites, seen from the page at `destination`.
  private func synthesis(_ synthesis: Synthesis, on destination: ReportDestination) -> SynthesisView {
    SynthesisView(
      sentences: synthesis.sentences.map { sentence in
        SynthesisView.Sentence(
          text: sentence.text,
          citations: sentence.citations.compactMap { citation in
            guard let target = anchors.link(to: citation, from: destination, links: links),
              let number = anchors.number[citation]
            else { return nil }
            return SynthesisView.Citation(href: target, number: number)
          })
      })
  }

  /// The masked answer split around the argument's quote (its span, in Unicode scalars, or where
  /// the quote is found when the span does not match: an edited answer, bad offsets).
  private func argumentView(_ argument: Argument, anchor: String, number: Int, answer: String?)
    -> ArgumentView
  {
    var view = ArgumentView(
      anchor: anchor, number: number, stance: labels.stanceName(argument.stance), text: argument.text,
      responseID: argument.responseID.rawValue, before: "", quote: argument.quoteText, after: "",
      quoteNotFound: false)
    guard let answer else { return view }
    let scalars = answer.unicodeScalars
    let span = argument.quote
    if span.start >= 0, span.start <= span.end,
      let start = scalars.index(scalars.startIndex, offsetBy: span.start, limitedBy: scalars.endIndex),
      let end = scalars.index(start, offsetBy: span.end - span.start, limitedBy: scalars.endIndex),
      String(scalars[start..<end]) == argument.quoteText
    {
      view.before = String(scalars[..<start])
      view.quote = String(scalars[start..<end])
      view.after = String(scalars[end...])
    } else if !argument.quoteText.isEmpty, let range = answer.range(of: argument.quoteText) {
      view.before = String(answer[..<range.lowerBound])
      view.quote = String(answer[range])
      view.after = String(answer[range.upperBound...])
    } else {
      view.before = answer
      view.quoteNotFound = true
    }
    return view
  }

  private func label(of theme: Theme) -> String {
    theme.isOther && theme.label.isEmpty ? labels.otherTheme : theme.label
  }
}

/// Where each argument is shown: its anchor, its display number and the page that lists it.
struct ArgumentAnchors: Sendable {
  var anchor: [ArgumentID: String] = [:]
  var number: [ArgumentID: Int] = [:]
  var page: [ArgumentID: ReportDestination] = [:]
  var arguments: [ArgumentID: Argument] = [:]
  /// Every page listing an argument (an argument of a sub-theme is listed on its parent's page too).
  var pagesListing: [ArgumentID: Set<ReportDestination>] = [:]

  init(report: ConsultationReport) {
    var counter = 0
    for analysis in report.analyses {
      for argument in analysis.arguments where arguments[argument.id] == nil {
        counter += 1
        arguments[argument.id] = argument
        anchor[argument.id] = "arg-\(counter)"
        number[argument.id] = counter
      }
      // Top-level themes first, so a link from the summary lands on the broader page.
      for theme in analysis.topLevelThemes + analysis.themes.filter({ $0.parentID != nil }) {
        let destination = ReportDestination.theme(question: analysis.questionID, theme: theme.id)
        for id in theme.argumentIDs where arguments[id] != nil {
          if page[id] == nil { page[id] = destination }
          pagesListing[id, default: []].insert(destination)
        }
      }
    }
  }

  /// The href of an argument seen from the page at `current`, or nil when no page lists it.
  func link(to id: ArgumentID, from current: ReportDestination, links: any ReportLinks) -> String? {
    guard let anchor = anchor[id], let target = page[id] else { return nil }
    if pagesListing[id]?.contains(current) == true { return "#\(anchor)" }
    guard let href = links.href(target) else { return nil }
    return "\(href)#\(anchor)"
  }
}
