import ObservatoireCore

/// The publication threshold *k* and the small-cell rule: the one place where both are defined.
/// Everything that leaves a project (report pages, Markdown, JSON, ODS, CSV, the terminal) shows
/// counts of respondents only as this policy publishes them.
///
/// The rule:
/// 1. Primary suppression: a count of respondents from 1 to k − 1 is masked. Zero discloses
///    nobody and stays.
/// 2. A theme whose size is masked publishes no count of its own: its arguments, its stance split
///    and its cells by segment are masked too. A closed question answered by fewer than *k*
///    respondents has every cell, its mean and its median masked.
/// 3. Secondary suppression: where the cells of a line add up to a total that is published (or can
///    be worked out from what is), a line holding exactly one masked cell would give it away by
///    subtraction, so the smallest other non-zero cell of that line is masked too, repeated until
///    no such line holds exactly one masked cell. The lines that add up: the options of a
///    single-choice question, a scale or the first places of a ranking (to the answers); the rows
///    and columns of a cross-tabulation; the bases of a segment's values (to the answers, when
///    every answer has one value); the stance split of a theme (to its size); a theme's row across
///    a segment's values (to its size, when each respondent has one value); the argument counts of
///    the top-level themes (to all arguments) and of a theme's sub-themes (to the theme's, when
///    they share them out); the sizes of themes only when they share out their respondents (each
///    respondent in one theme), since a respondent usually holds several themes.
/// 4. The totals of respondents (to the questionnaire, to a question) are margins, published as
///    they are.
///
/// A masked count is shown the same way whether it is below *k* or masked by the secondary rule:
/// telling them apart would tell a reader that the second is at least *k*, and so narrow the
/// first.
public struct SmallCellPolicy: Sendable, Hashable {
  /// *k* when neither the command, the stored analyses nor the project give one.
  public static let defaultMinimumCellSize = 5

  /// *k*: the smallest count of respondents published as it is.
  public let minimumCellSize: Int

  public init(minimumCellSize: Int = SmallCellPolicy.defaultMinimumCellSize) {
    self.minimumCellSize = max(1, minimumCellSize)
  }

  /// The policy of an output: the *k* asked for (`--k`), else the strictest one the stored
  /// analyses were run with, else the project's, else the default.
  public static func resolved(explicit: Int?, analyses: [Int] = [], project: Int? = nil) -> SmallCellPolicy {
    SmallCellPolicy(minimumCellSize: explicit ?? analyses.max() ?? project ?? defaultMinimumCellSize)
  }

  /// Whether a count is masked on its own (primary suppression).
  public func isSmall(_ count: Int) -> Bool { count > 0 && count < minimumCellSize }

  // MARK: - Lines and tables

  /// A table of counts as published, nil where masked. `cells` may hold nil for cells masked
  /// already; `forced` marks cells to mask whatever their value; `rowsAddUp` and `columnsAddUp`
  /// say, line by line, whether its cells add up to a total a reader knows (missing: no).
  public func mask(
    _ cells: [[Int?]], forced: [[Bool]] = [], rowsAddUp: [Bool] = [], columnsAddUp: [Bool] = []
  ) -> [[Int?]] {
    var hidden = cells.indices.map { r in
      cells[r].indices.map { c in
        let isForced = r < forced.count && c < forced[r].count && forced[r][c]
        return isForced || cells[r][c].map(isSmall) ?? true
      }
    }
    Self.secondarySuppression(
      cells.map { $0.map { $0 ?? 0 } }, &hidden, rowsAddUp: rowsAddUp, columnsAddUp: columnsAddUp)
    return cells.indices.map { r in cells[r].indices.map { c in hidden[r][c] ? nil : cells[r][c] } }
  }

  /// One line of counts as published (see `mask(_:forced:rowsAddUp:columnsAddUp:)`).
  public func mask(_ line: [Int?], forced: [Bool] = [], addsUp: Bool) -> [Int?] {
    mask([line], forced: forced.isEmpty ? [] : [forced], rowsAddUp: [addsUp])[0]
  }

  /// Secondary suppression: in every line that adds up and holds exactly one hidden cell, hides
  /// the smallest other non-zero cell, until no such line is left.
  static func secondarySuppression(
    _ table: [[Int]], _ hidden: inout [[Bool]], rowsAddUp: [Bool], columnsAddUp: [Bool]
  ) {
    guard let width = table.first?.count else { return }
    var lines: [[(Int, Int)]] = table.indices.filter { $0 < rowsAddUp.count && rowsAddUp[$0] }.map { r in
      table[r].indices.map { (r, $0) }
    }
    lines += (0..<width).filter { $0 < columnsAddUp.count && columnsAddUp[$0] }.map { c in
      table.indices.filter { c < table[$0].count }.map { ($0, c) }
    }
    var changed = true
    while changed {
      changed = false
      for line in lines where line.filter({ hidden[$0.0][$0.1] }).count == 1 {
        let candidates = line.filter { !hidden[$0.0][$0.1] && table[$0.0][$0.1] > 0 }
        if let smallest = candidates.min(by: { table[$0.0][$0.1] < table[$1.0][$1.1] }) {
          hidden[smallest.0][smallest.1] = true
          changed = true
        }
      }
    }
  }

  // MARK: - Closed questions

  /// A closed question's statistics as published: the rule applied to its options, its
  /// cross-tabulations, its mean and median. Given exact statistics (every count known) it does
  /// all of it; given statistics already published, it masks what a larger *k* adds.
  public func publish(_ statistics: QuestionStatistics) -> QuestionStatistics {
    var published = statistics
    let wholeQuestionHidden = statistics.answered < minimumCellSize
    let everything = statistics.options.map { _ in wholeQuestionHidden }
    let addsUp = statistics.kind != .multipleChoice
    let counts = mask(statistics.options.map(\.proportion.count), forced: everything, addsUp: addsUp)
    let topTwo = mask(statistics.options.map { $0.topTwo?.count }, forced: everything, addsUp: false)
    for index in published.options.indices {
      published.options[index].proportion = Self.keeping(
        counts[index], of: statistics.options[index].proportion)
      if let top = statistics.options[index].topTwo {
        published.options[index].topTwo = Self.keeping(topTwo[index], of: top)
      }
    }
    if wholeQuestionHidden {
      published.mean = nil
      published.median = nil
    }
    published.breakdowns = statistics.breakdowns.map {
      publish($0, answered: statistics.answered, exclusive: addsUp)
    }
    return published
  }

  /// A cross-tabulation (rows: the question's options; columns: the segment's values) as
  /// published. A column whose base is masked (below *k*, or by the secondary rule when the
  /// bases add up to the answers) has every cell masked; then the cells' own rule.
  func publish(_ breakdown: SegmentBreakdown, answered: Int, exclusive: Bool) -> SegmentBreakdown {
    var published = breakdown
    let rows = breakdown.cells.count
    guard rows > 0 else { return published }
    let width = breakdown.cells[0].count
    let bases: [Int?] = (0..<width).map { c in breakdown.cells[0][c].denominator }
    let known = bases.compactMap { $0 }
    let basesAddUp = known.count == bases.count && known.reduce(0, +) == answered
    let shownBases = mask(bases, addsUp: basesAddUp)
    let forced = breakdown.cells.map { row in
      row.indices.map { c in (bases[c] ?? 0) < minimumCellSize || shownBases[c] == nil }
    }
    let cells = mask(
      breakdown.cells.map { $0.map(\.count) }, forced: forced,
      rowsAddUp: Array(repeating: exclusive, count: rows),
      columnsAddUp: Array(repeating: exclusive, count: width))
    for r in 0..<rows {
      for c in breakdown.cells[r].indices {
        var cell = Self.keeping(cells[r][c], of: breakdown.cells[r][c])
        if shownBases[c] == nil { cell.denominator = nil }
        published.cells[r][c] = cell
      }
    }
    if known.reduce(0, +) < minimumCellSize, known.count == bases.count {
      published.chiSquare = nil
      published.degreesOfFreedom = nil
      published.pValue = nil
    }
    return published
  }

  /// `proportion` with its count, share and interval kept when `count` is, dropped when masked.
  static func keeping(_ count: Int?, of proportion: Proportion) -> Proportion {
    guard count != nil else {
      return Proportion(count: nil, denominator: proportion.denominator, share: nil, lower: nil, upper: nil)
    }
    return proportion
  }

  // MARK: - Themes

  /// The counts of an analysis's themes and sub-themes as published, in the order of its themes.
  public func publishedCounts(of analysis: QuestionAnalysis) -> [PublishedThemeCounts] {
    let themes = analysis.themes
    let responseOf = Dictionary(
      analysis.arguments.map { ($0.id, $0.responseID) }, uniquingKeysWith: { first, _ in first })
    // The lines of themes: the top-level ones, then each theme's sub-themes.
    var lines: [(members: [Int], parent: Int?)] = [
      (themes.indices.filter { themes[$0].parentID == nil }, nil)
    ]
    for (index, theme) in themes.enumerated() where theme.parentID == nil {
      let children = themes.indices.filter { themes[$0].parentID == theme.id }
      if !children.isEmpty { lines.append((children, index)) }
    }
    var size: [Int?] = themes.map(\.respondents)
    var arguments: [Int?] = themes.map { $0.argumentIDs.count }
    for line in lines {
      let sizes = line.members.map { themes[$0].respondents }
      let total: Int
      if let parent = line.parent {
        total = themes[parent].respondents
      } else {
        total = Set(line.members.flatMap { themes[$0].argumentIDs.compactMap { responseOf[$0] } }).count
      }
      let shown = mask(sizes, addsUp: sizes.reduce(0, +) == total)
      for (offset, member) in line.members.enumerated() { size[member] = shown[offset] }
    }
    for line in lines {
      let counts = line.members.map { themes[$0].argumentIDs.count }
      let total = line.parent.map { themes[$0].argumentIDs.count } ?? analysis.arguments.count
      let forced = line.members.map { size[$0] == nil }
      let shown = mask(counts, forced: forced, addsUp: counts.reduce(0, +) == total)
      for (offset, member) in line.members.enumerated() { arguments[member] = shown[offset] }
    }
    return themes.indices.map { index in
      let theme = themes[index]
      let split = mask(
        Stance.allCases.map { theme.stance[$0] }, forced: Stance.allCases.map { _ in size[index] == nil },
        addsUp: true)
      var stance = PublishedStanceCounts()
      for (offset, kind) in Stance.allCases.enumerated() { stance[kind] = split[offset] }
      return PublishedThemeCounts(
        questionID: analysis.questionID, themeID: theme.id, respondents: size[index],
        arguments: arguments[index], stance: stance)
    }
  }

  /// An analysis's theme-by-segment counts as published. Per segment: the bases of its values
  /// (masked below *k*, and by the secondary rule when they add up to the answers); a cell is
  /// masked with its theme's size, with its column's base, or on its own; a theme's row whose
  /// cells add up to its size is a line of the secondary rule.
  public func publishedSegmentCounts(
    of analysis: QuestionAnalysis, themeCounts: [PublishedThemeCounts]
  ) -> [ThemeSegmentCount] {
    var hiddenThemes: Set<ThemeID> = []
    for counts in themeCounts where counts.respondents == nil { hiddenThemes.insert(counts.themeID) }
    let sizes = Dictionary(
      analysis.themes.map { ($0.id, $0.respondents) }, uniquingKeysWith: { first, _ in first })
    var segments: [QuestionID] = []
    var bySegment: [QuestionID: [ThemeSegmentCount]] = [:]
    for count in analysis.segmentCounts {
      if bySegment[count.segment] == nil { segments.append(count.segment) }
      bySegment[count.segment, default: []].append(count)
    }
    var result: [ThemeSegmentCount] = []
    for segment in segments {
      let counts = bySegment[segment] ?? []
      var values: [String] = []
      var themes: [ThemeID] = []
      var bases: [Int?] = []
      var position: [String: Int] = [:]
      var row: [ThemeID: Int] = [:]
      for count in counts {
        if position[count.value] == nil {
          position[count.value] = values.count
          values.append(count.value)
          bases.append(count.base)
        }
        if row[count.themeID] == nil {
          row[count.themeID] = themes.count
          themes.append(count.themeID)
        }
      }
      // A cell no count was stored for holds nobody.
      var table: [[Int?]] = themes.map { _ in values.map { _ in 0 } }
      for count in counts {
        guard let r = row[count.themeID], let c = position[count.value] else { continue }
        table[r][c] = count.respondents
      }
      let known = bases.compactMap { $0 }
      let shownBases = mask(
        bases, addsUp: known.count < bases.count || known.reduce(0, +) == analysis.answered)
      let forced = themes.map { theme in
        values.indices.map { hiddenThemes.contains(theme) || shownBases[$0] == nil }
      }
      let rowsAddUp = themes.indices.map { r in
        table[r].contains(nil) || table[r].reduce(0) { $0 + ($1 ?? 0) } == sizes[themes[r]]
      }
      let shown = mask(table, forced: forced, rowsAddUp: rowsAddUp)
      for count in counts {
        guard let r = row[count.themeID], let c = position[count.value] else { continue }
        result.append(
          ThemeSegmentCount(
            themeID: count.themeID, segment: count.segment, value: count.value,
            respondents: shown[r][c], base: shownBases[c]))
      }
    }
    return result
  }

  // MARK: - Reports

  /// A report as it may leave the project: closed questions, theme counts and theme-by-segment
  /// counts published under this policy, and its *k* recorded for the method page.
  public func publish(_ report: ConsultationReport) -> ConsultationReport {
    var published = report
    published.privacy.minimumCellSize = minimumCellSize
    published.statistics = report.statistics.map(publish)
    published.themeCounts = []
    for index in report.analyses.indices {
      let counts = publishedCounts(of: report.analyses[index])
      published.themeCounts += counts
      published.analyses[index].segmentCounts = publishedSegmentCounts(
        of: report.analyses[index], themeCounts: counts)
    }
    return published
  }

  // MARK: - Words

  /// « 12 répondants », or « effectif masqué » for a masked count (French prose: the terminal,
  /// the rule-based synthesis, the model's data).
  public static func respondentsFR(_ count: Int?) -> String {
    guard let count else { return "effectif masqué" }
    return count >= 2 ? "\(count) répondants" : "\(count) répondant"
  }
}
