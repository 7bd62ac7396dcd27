import Foundation
import ObservatoireCore

/// The HTML pages of a report: summary, one page per theme, method and transparency.
struct HTMLReport {
  let report: ConsultationReport
  let labels: Labels
  private let anchors: ArgumentAnchors
  private let themePages: [ThemeKey: String]

  struct ThemeKey: Hashable {
    var question: QuestionID
    var theme: ThemeID
  }

  init(report: ConsultationReport, labels: Labels) {
    self.report = report
    self.labels = labels
    var pages: [ThemeKey: String] = [:]
    for (questionIndex, analysis) in report.analyses.enumerated() {
      for (themeIndex, theme) in analysis.themes.enumerated() {
        pages[ThemeKey(question: analysis.questionID, theme: theme.id)] =
          "theme-\(questionIndex + 1)-\(themeIndex + 1).html"
      }
    }
    self.themePages = pages
    self.anchors = ArgumentAnchors(report: report, pages: pages)
  }

  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; script-src 'none'; form-action 'none'; base-uri 'none'"

  /// File name → HTML document.
  func pages() -> [(String, String)] {
    var result: [(String, String)] = [("index.html", summaryPage()), ("methode.html", methodPage())]
    for analysis in report.analyses {
      for theme in analysis.themes {
        guard let page = themePages[ThemeKey(question: analysis.questionID, theme: theme.id)] else {
          continue
        }
        result.append((page, themePage(theme, in: analysis)))
      }
    }
    return result
  }

  // MARK: - Pages

  private func summaryPage() -> String {
    var body = "<h1>\(escapeXML(report.title))</h1>"
    body += "<p>\(escapeXML(labels.source)) : \(escapeXML(report.sourceName))</p>"
    let themeCount = report.analyses.reduce(0) { $0 + $1.topLevelThemes.count }
    let argumentCount = report.analyses.reduce(0) { $0 + $1.arguments.count }
    body +=
      "<section aria-labelledby=\"chiffres\"><h2 id=\"chiffres\">\(labels.keyFigures)</h2><ul class=\"obs-key-figures\">"
    body +=
      "<li><strong data-respondents=\"\(report.respondents)\">\(report.respondents)</strong> \(labels.respondents)</li>"
    body +=
      "<li><strong>\(report.statistics.count)</strong> \(labels.questionCount(report.statistics.count, open: false))</li>"
    body +=
      "<li><strong>\(report.analyses.count)</strong> \(labels.questionCount(report.analyses.count, open: true))</li>"
    body +=
      "<li><strong data-themes=\"\(themeCount)\">\(themeCount)</strong> \(labels.themes.lowercased())</li>"
    body +=
      "<li><strong data-arguments=\"\(argumentCount)\">\(argumentCount)</strong> \(labels.arguments.lowercased())</li>"
    body += "</ul>\(suppressedLegend)</section>"
    if report.analyses.isEmpty {
      body += "<p class=\"obs-no-analysis\">\(escapeXML(labels.noAnalysis))</p>"
    } else {
      body += "<section aria-labelledby=\"ouvertes\"><h2 id=\"ouvertes\">\(labels.openQuestions)</h2>"
      for (index, analysis) in report.analyses.enumerated() {
        body += openQuestionSection(analysis, index: index)
      }
      body += "</section>"
    }
    if !report.statistics.isEmpty {
      body += "<section aria-labelledby=\"fermees\"><h2 id=\"fermees\">\(labels.closedQuestions)</h2>"
      for (index, statistics) in report.statistics.enumerated() {
        body += closedQuestionSection(statistics, index: index)
      }
      body += "</section>"
    }
    return document(title: "\(labels.summary) – \(report.title)", current: "index.html", body: body)
  }

  private func openQuestionSection(_ analysis: QuestionAnalysis, index: Int) -> String {
    let id = "ouverte-\(index + 1)"
    var html = "<section aria-labelledby=\"\(id)\"><h3 id=\"\(id)\">\(escapeXML(analysis.title))</h3>"
    html += "<p>\(analysis.answered) \(labels.answeredOf) \(report.respondents) \(labels.answeredOfTail).</p>"
    html += "<h4>\(labels.globalSynthesis)</h4>"
    html += synthesisHTML(analysis.globalSynthesis, page: "index.html")
    let themes = analysis.topLevelThemes
    if !themes.isEmpty {
      html += "<h4>\(labels.themes)</h4>"
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
      html +=
        "<figure>"
        + SVGChart.bars(
          id: "chart-\(id)", title: "\(labels.themes) – \(analysis.title)",
          description: "\(labels.chartDescriptionPrefix). \(description)", bars: bars) + "</figure>"
      html +=
        "<div class=\"fr-table\"><table><caption>\(labels.themes) – \(escapeXML(analysis.title))</caption><thead><tr>"
      html +=
        "<th scope=\"col\">\(labels.theme)</th><th scope=\"col\">\(labels.respondentsTitle)</th><th scope=\"col\">\(labels.share)</th><th scope=\"col\">\(labels.arguments)</th>"
      for stance in Stance.allCases {
        html += "<th scope=\"col\">\(escapeXML(labels.stanceName(stance)))</th>"
      }
      html += "</tr></thead><tbody>"
      for theme in themes {
        let page = themePages[ThemeKey(question: analysis.questionID, theme: theme.id)] ?? "index.html"
        let counts = report.counts(of: theme.id, in: analysis.questionID)
        html += "<tr><th scope=\"row\"><a href=\"\(page)\">\(escapeXML(label(of: theme)))</a></th>"
        html +=
          "<td>\(labels.count(counts.respondents))</td><td>\(labels.percent(counts.share(of: analysis.answered)))</td><td>\(labels.count(counts.arguments))</td>"
        for stance in Stance.allCases { html += "<td>\(labels.count(counts.stance[stance]))</td>" }
        html += "</tr>"
      }
      html += "</tbody></table></div>"
    }
    return html + "</section>"
  }

  private func closedQuestionSection(_ statistics: QuestionStatistics, index: Int) -> String {
    let id = "fermee-\(index + 1)"
    var html = "<section aria-labelledby=\"\(id)\"><h3 id=\"\(id)\">\(escapeXML(statistics.title))</h3>"
    html +=
      "<p>\(statistics.answered) \(labels.answeredOf) \(statistics.respondents) \(labels.answeredOfTail).</p>"
    if statistics.mean != nil || statistics.median != nil {
      html += "<p>"
      if let mean = statistics.mean { html += "\(labels.mean) : \(labels.number(mean, decimals: 2)). " }
      if let median = statistics.median {
        html += "\(labels.median) : \(labels.number(median, decimals: 1))."
      }
      html += "</p>"
    }
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
    html +=
      "<figure>"
      + SVGChart.bars(
        id: "chart-\(id)", title: statistics.title,
        description: "\(labels.chartDescriptionPrefix). \(description)",
        bars: bars) + "</figure>"
    html +=
      "<div class=\"fr-table\"><table><caption>\(labels.dataTable) – \(escapeXML(statistics.title))</caption><thead><tr>"
    html +=
      "<th scope=\"col\">\(labels.option)</th><th scope=\"col\">\(labels.count)</th><th scope=\"col\">\(labels.share)</th><th scope=\"col\">\(labels.interval)</th>"
    html += "</tr></thead><tbody>"
    for option in statistics.options {
      let p = option.proportion
      let interval = p.lower.map { "\(labels.percent($0)) – \(labels.percent(p.upper))" } ?? "–"
      html +=
        "<tr><th scope=\"row\">\(escapeXML(option.option))</th><td>\(labels.count(p.count))</td><td>\(labels.percent(p.share))</td><td>\(interval)</td></tr>"
    }
    html += "</tbody></table></div>"
    for (breakdownIndex, breakdown) in statistics.breakdowns.enumerated() {
      html += breakdownHTML(breakdown, statistics: statistics, id: "\(id)-seg-\(breakdownIndex + 1)")
    }
    return html + "</section>"
  }

  private func breakdownHTML(_ breakdown: SegmentBreakdown, statistics: QuestionStatistics, id: String)
    -> String
  {
    let options = statistics.options.map(\.option)
    var html = "<h4>\(labels.bySegment) : \(escapeXML(breakdown.segmentTitle))</h4>"
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
    html +=
      "<figure>"
      + SVGChart.stacked(
        id: "chart-\(id)", title: "\(statistics.title) – \(breakdown.segmentTitle)",
        description: "\(labels.stackedDescriptionPrefix). \(description)", categories: options, rows: rows,
        percent: { labels.percent($0) }) + "</figure>"
    html +=
      "<div class=\"fr-table\"><table><caption>\(labels.dataTable) – \(escapeXML(breakdown.segmentTitle))</caption><thead><tr><th scope=\"col\">\(labels.option)</th>"
    for value in breakdown.segmentValues { html += "<th scope=\"col\">\(escapeXML(value))</th>" }
    html += "</tr></thead><tbody>"
    for (row, option) in options.enumerated() where row < breakdown.cells.count {
      html += "<tr><th scope=\"row\">\(escapeXML(option))</th>"
      for cell in breakdown.cells[row] {
        html += "<td>\(labels.count(cell.count))\(cell.share.map { " (\(labels.percent($0)))" } ?? "")</td>"
      }
      html += "</tr>"
    }
    html += "</tbody></table></div>"
    if let chi = breakdown.chiSquare {
      html += "<p>\(labels.chiSquare) : χ² = \(labels.number(chi, decimals: 2))"
      if let df = breakdown.degreesOfFreedom { html += ", ddl = \(df)" }
      if let p = breakdown.pValue { html += ", p = \(labels.number(p, decimals: 4))" }
      html += ".</p>"
    }
    return html
  }

  private func themePage(_ theme: Theme, in analysis: QuestionAnalysis) -> String {
    let page = themePages[ThemeKey(question: analysis.questionID, theme: theme.id)] ?? ""
    var body = "<p><a href=\"index.html\">\(labels.backToSummary)</a></p>"
    body += "<h1>\(escapeXML(label(of: theme)))</h1>"
    body += "<p>\(labels.question) : \(escapeXML(analysis.title))</p>"
    if let parentID = theme.parentID, let parent = analysis.themes.first(where: { $0.id == parentID }),
      let parentPage = themePages[ThemeKey(question: analysis.questionID, theme: parentID)]
    {
      body += "<p>\(labels.theme) : <a href=\"\(parentPage)\">\(escapeXML(label(of: parent)))</a></p>"
    }
    if !theme.statement.isEmpty {
      body +=
        "<p class=\"fr-text--lead\"><strong>\(labels.statement) :</strong> \(escapeXML(theme.statement))</p>"
    }
    let counts = report.counts(of: theme.id, in: analysis.questionID)
    body += "<ul class=\"obs-key-figures\">"
    body += keyFigure("respondents", counts.respondents, label: labels.respondents)
    body += keyFigure("arguments", counts.arguments, label: labels.arguments.lowercased()) + "</ul>"
    if !counts.maskedFields.isEmpty { body += suppressedLegend }
    body += "<section aria-labelledby=\"synthese\"><h2 id=\"synthese\">\(labels.synthesis)</h2>"
    body += synthesisHTML(theme.synthesis, page: page) + "</section>"

    body += "<section aria-labelledby=\"positions\"><h2 id=\"positions\">\(labels.stanceSplit)</h2>"
    let stanceNames = Stance.allCases.map { labels.stanceName($0) }
    let stanceCounts = Stance.allCases.map { counts.stance[$0] }
    body +=
      "<figure>"
      + SVGChart.stacked(
        id: "chart-stance", title: "\(labels.stanceSplit) – \(label(of: theme))",
        description: "\(labels.stackedDescriptionPrefix). "
          + zip(stanceNames, stanceCounts).map { "\($0) : \(labels.count($1))" }.joined(separator: ", "),
        categories: stanceNames,
        rows: [
          SVGChart.StackedRow(label: labels.respondentsTitle, counts: stanceCounts, total: counts.respondents)
        ],
        percent: { labels.percent($0) }) + "</figure>"
    body +=
      "<div class=\"fr-table\"><table><caption>\(labels.stanceSplit)</caption><thead><tr><th scope=\"col\">\(labels.stance)</th><th scope=\"col\">\(labels.respondentsTitle)</th><th scope=\"col\">\(labels.share)</th></tr></thead><tbody>"
    for stance in Stance.allCases {
      let share = counts.respondents.flatMap { total in
        counts.stance[stance].map { Double($0) / Double(max(total, 1)) }
      }
      body +=
        "<tr><th scope=\"row\">\(escapeXML(labels.stanceName(stance)))</th><td>\(labels.count(counts.stance[stance]))</td><td>\(labels.percent(share))</td></tr>"
    }
    body += "</tbody></table></div></section>"

    let segments = analysis.segmentCounts.filter { $0.themeID == theme.id }
    if !segments.isEmpty {
      body += "<section aria-labelledby=\"segments\"><h2 id=\"segments\">\(labels.bySegment)</h2>"
      let bars = segments.map { count in
        SVGChart.Bar(
          label: "\(count.segment.rawValue) = \(count.value)", share: Self.share(count),
          valueText: count.respondents.map { "\($0) / \(labels.count(count.base))" } ?? labels.suppressed)
      }
      body +=
        "<figure>"
        + SVGChart.bars(
          id: "chart-segments", title: "\(labels.bySegment) – \(label(of: theme))",
          description: "\(labels.chartDescriptionPrefix). "
            + segments.map { "\($0.value) : \(labels.count($0.respondents)) / \(labels.count($0.base))" }
            .joined(
              separator: " ; "),
          bars: bars) + "</figure>"
      body +=
        "<div class=\"fr-table\"><table><caption>\(labels.bySegment)</caption><thead><tr><th scope=\"col\">\(labels.segment)</th><th scope=\"col\">\(labels.value)</th><th scope=\"col\">\(labels.respondentsTitle)</th><th scope=\"col\">\(labels.base)</th><th scope=\"col\">\(labels.share)</th></tr></thead><tbody>"
      for count in segments {
        body +=
          "<tr><td>\(escapeXML(count.segment.rawValue))</td><th scope=\"row\">\(escapeXML(count.value))</th><td>\(labels.count(count.respondents))</td><td>\(labels.count(count.base))</td><td>\(labels.percent(Self.share(count)))</td></tr>"
      }
      body += "</tbody></table></div></section>"
    }

    let children = analysis.subThemes(of: theme.id)
    if !children.isEmpty {
      body += "<section aria-labelledby=\"sous-themes\"><h2 id=\"sous-themes\">\(labels.subThemes)</h2><ul>"
      for child in children {
        let childPage = themePages[ThemeKey(question: analysis.questionID, theme: child.id)] ?? "index.html"
        body +=
          "<li><a href=\"\(childPage)\">\(escapeXML(label(of: child)))</a> (\(labels.respondentsPhrase(report.counts(of: child.id, in: analysis.questionID).respondents)))</li>"
      }
      body += "</ul></section>"
    }

    body += "<section aria-labelledby=\"arguments\"><h2 id=\"arguments\">\(labels.arguments)</h2>"
    let argumentsByID = anchors.arguments
    for argumentID in theme.argumentIDs {
      guard let argument = argumentsByID[argumentID], let anchor = anchors.anchor[argumentID] else {
        continue
      }
      body +=
        "<article id=\"\(anchor)\" class=\"fr-mb-4w\"><h3>\(labels.argument) \(anchors.number[argumentID] ?? 0) – \(escapeXML(labels.stanceName(argument.stance)))</h3>"
      body += "<p\(respondentLanguage)>\(escapeXML(argument.text))</p>"
      body += "<p>\(labels.response) \(escapeXML(argument.responseID.rawValue)) – \(labels.answer) :</p>"
      body +=
        "<blockquote class=\"obs-answer\"\(respondentLanguage)>\(highlighted(argument, answer: analysis.answers[argument.responseID]))</blockquote>"
      body += "</article>"
    }
    body += "</section>"
    return document(title: "\(label(of: theme)) – \(report.title)", current: page, body: body)
  }

  private func methodPage() -> String {
    let provenance = report.provenance
    var body = "<h1>\(labels.method)</h1><p>\(labels.methodIntro)</p>"
    body += "<section aria-labelledby=\"modeles\"><h2 id=\"modeles\">\(labels.models)</h2><ul>"
    body += "<li>\(labels.generator) : \(escapeXML(provenance.generator ?? labels.none))</li>"
    body += "<li>\(labels.embedder) : \(escapeXML(provenance.embedder ?? labels.none))</li>"
    body += "<li>\(labels.software) : Observatoire \(escapeXML(provenance.softwareVersion))</li>"
    let start = provenance.startedAt.formatted(.iso8601)
    let end = provenance.finishedAt?.formatted(.iso8601) ?? "–"
    body += "<li>\(labels.period) : \(start) – \(end)</li></ul></section>"
    body += keyValueTable(
      id: "consignes", title: labels.prompts, keyHeader: labels.name, valueHeader: labels.version,
      pairs: provenance.prompts)
    body += keyValueTable(
      id: "parametres", title: labels.parameters, keyHeader: labels.name, valueHeader: labels.value,
      pairs: provenance.parameters)
    let usage = provenance.usage
    let wattHours = provenance.estimatedJoules / 3600
    let usageRows: [(String, String)] = [
      (labels.calls, String(usage.calls)), (labels.promptTokens, String(usage.promptTokens)),
      (labels.generatedTokens, String(usage.generatedTokens)),
      (labels.seconds, labels.number(usage.seconds, decimals: 1)),
      (labels.cpuSeconds, labels.number(usage.cpuSeconds, decimals: 1)),
      (labels.energy, labels.number(wattHours, decimals: 3)),
    ]
    body +=
      "<section aria-labelledby=\"ressources\"><h2 id=\"ressources\">\(labels.usage)</h2><div class=\"fr-table\"><table><caption>\(labels.usage)</caption><tbody>"
    for (name, value) in usageRows { body += "<tr><th scope=\"row\">\(name)</th><td>\(value)</td></tr>" }
    body += "</tbody></table></div></section>"
    body += "<section aria-labelledby=\"donnees\"><h2 id=\"donnees\">\(labels.privacy)</h2>"
    let k = report.privacy.minimumCellSize.map(String.init) ?? "–"
    body += "<p>\(labels.threshold) = <strong data-k=\"\(k)\">\(k)</strong>.</p>"
    body += labels.thresholdExplanation(k).map { "<p>\(escapeXML($0))</p>" }.joined()
    body +=
      "<p>\(labels.originalsKept) : \(report.privacy.originalsKept ? labels.yes : labels.no).</p></section>"
    body += keyValueTable(
      id: "masquage", title: labels.masked, keyHeader: labels.kind, valueHeader: labels.count,
      pairs: report.privacy.maskedCounts.mapValues(String.init))
    body += "<section aria-labelledby=\"validations\"><h2 id=\"validations\">\(labels.validations)</h2>"
    var validated: [(String, Validation)] = []
    for analysis in report.analyses {
      for theme in analysis.themes { if let v = theme.validation { validated.append((label(of: theme), v)) } }
    }
    if validated.isEmpty {
      body += "<p>\(labels.notValidated)</p>"
    } else {
      body +=
        "<div class=\"fr-table\"><table><caption>\(labels.validations)</caption><thead><tr><th scope=\"col\">\(labels.theme)</th><th scope=\"col\">\(labels.analyst)</th><th scope=\"col\">\(labels.date)</th><th scope=\"col\">\(labels.note)</th></tr></thead><tbody>"
      for (themeLabel, v) in validated {
        body +=
          "<tr><th scope=\"row\">\(escapeXML(themeLabel))</th><td>\(escapeXML(v.analyst))</td><td>\(v.date.formatted(.iso8601))</td><td>\(escapeXML(v.note ?? ""))</td></tr>"
      }
      body += "</tbody></table></div>"
    }
    let dropped = report.analyses.reduce(0) { total, analysis in
      total + analysis.globalSynthesis.droppedSentences
        + analysis.themes.reduce(0) { $0 + $1.synthesis.droppedSentences }
    }
    body += "<p>\(dropped) \(labels.droppedSentences).</p></section>"
    return document(title: "\(labels.method) – \(report.title)", current: "methode.html", body: body)
  }

  // MARK: - Pieces

  /// What « masqué » means, where a masked count may appear.
  private var suppressedLegend: String {
    "<p class=\"fr-text--sm obs-suppressed-legend\">\(escapeXML(labels.suppressedLegend(report.privacy.minimumCellSize.map(String.init) ?? "k")))</p>"
  }

  /// A key figure: `<strong data-NAME="N">N</strong> label`, or, masked,
  /// `label : <strong data-NAME-masked="true">masqué</strong>`.
  private func keyFigure(_ name: String, _ count: Int?, label: String) -> String {
    guard let count else {
      return "<li>\(label) : <strong data-\(name)-masked=\"true\">\(labels.suppressed)</strong></li>"
    }
    return "<li><strong data-\(name)=\"\(count)\">\(count)</strong> \(label)</li>"
  }

  /// A theme's share of a segment value, when both counts are published.
  static func share(_ count: ThemeSegmentCount) -> Double? {
    guard let respondents = count.respondents, let base = count.base else { return nil }
    return Double(respondents) / Double(max(base, 1))
  }

  private func keyValueTable(
    id: String, title: String, keyHeader: String, valueHeader: String, pairs: [String: String]
  ) -> String {
    var html = "<section aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(title)</h2>"
    if pairs.isEmpty { return html + "<p>\(labels.none)</p></section>" }
    html +=
      "<div class=\"fr-table\"><table><caption>\(title)</caption><thead><tr><th scope=\"col\">\(keyHeader)</th><th scope=\"col\">\(valueHeader)</th></tr></thead><tbody>"
    for key in pairs.keys.sorted() {
      html += "<tr><th scope=\"row\">\(escapeXML(key))</th><td>\(escapeXML(pairs[key] ?? ""))</td></tr>"
    }
    return html + "</tbody></table></div></section>"
  }

  /// One paragraph per sentence, each followed by links to the arguments it cites.
  private func synthesisHTML(_ synthesis: Synthesis, page: String) -> String {
    var html = "<div class=\"obs-synthesis\">"
    for sentence in synthesis.sentences {
      html += "<p>\(escapeXML(sentence.text))"
      for citation in sentence.citations {
        guard let target = anchors.link(to: citation, from: page), let number = anchors.number[citation]
        else { continue }
        html +=
          " <a class=\"obs-citation\" href=\"\(target)\" aria-label=\"\(labels.argument) \(number)\">[\(number)]</a>"
      }
      html += "</p>"
    }
    return html + "</div>"
  }

  /// The masked answer with the argument's quote marked; everything escaped.
  private func highlighted(_ argument: Argument, answer: String?) -> String {
    guard let answer else { return "<mark class=\"obs-quote\">\(escapeXML(argument.quoteText))</mark>" }
    let scalars = Array(answer.unicodeScalars)
    var span = argument.quote
    if !(span.start >= 0 && span.end <= scalars.count
      && String(String.UnicodeScalarView(scalars[span.start..<span.end])) == argument.quoteText)
    {
      // The span does not match the quote (edited answer, bad offsets): find the quote instead.
      guard let range = answer.range(of: argument.quoteText), !argument.quoteText.isEmpty else {
        return escapeXML(answer) + "<br><mark class=\"obs-quote\">\(escapeXML(argument.quoteText))</mark>"
      }
      let start = answer.unicodeScalars.distance(from: answer.unicodeScalars.startIndex, to: range.lowerBound)
      span = TextSpan(start: start, end: start + argument.quoteText.unicodeScalars.count)
    }
    let before = String(String.UnicodeScalarView(scalars[0..<span.start]))
    let quote = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    let after = String(String.UnicodeScalarView(scalars[span.end...]))
    return escapeXML(before) + "<mark class=\"obs-quote\">" + escapeXML(quote) + "</mark>" + escapeXML(after)
  }

  /// Answers are in French: mark the change of language when the labels are not (RGAA 8.7).
  private var respondentLanguage: String { labels.language == .fr ? "" : " lang=\"fr\"" }

  private func label(of theme: Theme) -> String {
    theme.isOther && theme.label.isEmpty ? labels.otherTheme : theme.label
  }

  private func document(title: String, current: String, body: String) -> String {
    func navLink(_ href: String, _ text: String) -> String {
      "<li><a class=\"fr-link\" href=\"\(href)\"\(href == current ? " aria-current=\"page\"" : "")>\(text)</a></li>"
    }
    return """
      <!DOCTYPE html>
      <html lang="\(labels.htmlLang)" data-fr-scheme="light">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
      <meta name="referrer" content="no-referrer">
      <title>\(escapeXML(title))</title>
      <link rel="stylesheet" href="assets/dsfr.min.css">
      <link rel="stylesheet" href="assets/rapport.css">
      </head>
      <body>
      <div class="fr-skiplinks"><nav aria-label="\(labels.skipToContent)"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">\(labels.skipToContent)</a></li></ul></nav></div>
      <header role="banner" class="fr-header"><div class="fr-container"><p class="fr-h4 fr-mb-0">Observatoire</p><p class="fr-mb-0">\(escapeXML(report.title))</p></div></header>
      <nav class="fr-container" aria-label="\(labels.mainNavigation)"><ul class="fr-links-group fr-links-group--inline">\(navLink("index.html", labels.summary))\(navLink("methode.html", labels.method))</ul></nav>
      <main id="contenu" role="main" tabindex="-1" class="fr-container fr-my-4w">
      \(body)
      </main>
      <footer role="contentinfo" class="fr-footer"><div class="fr-container"><p>\(labels.footer)</p></div></footer>
      </body>
      </html>

      """
  }
}

/// Where each argument is shown: its anchor, its display number and the page that lists it.
struct ArgumentAnchors {
  var anchor: [ArgumentID: String] = [:]
  var number: [ArgumentID: Int] = [:]
  var page: [ArgumentID: String] = [:]
  var arguments: [ArgumentID: Argument] = [:]
  /// Every page listing an argument (an argument of a sub-theme is listed on its parent's page too).
  var pagesListing: [ArgumentID: Set<String>] = [:]

  init(report: ConsultationReport, pages: [HTMLReport.ThemeKey: String]) {
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
        guard let file = pages[HTMLReport.ThemeKey(question: analysis.questionID, theme: theme.id)] else {
          continue
        }
        for id in theme.argumentIDs where arguments[id] != nil {
          if page[id] == nil { page[id] = file }
          pagesListing[id, default: []].insert(file)
        }
      }
    }
  }

  /// The href of an argument seen from `currentPage`, or nil when no page lists it.
  func link(to id: ArgumentID, from currentPage: String) -> String? {
    guard let anchor = anchor[id], let target = page[id] else { return nil }
    if pagesListing[id]?.contains(currentPage) == true { return "#\(anchor)" }
    return "\(target)#\(anchor)"
  }
}
