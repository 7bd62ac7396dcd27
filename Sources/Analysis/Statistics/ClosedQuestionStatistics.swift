import Foundation
import ObservatoireCore

/// Statistics of closed questions (choices, scales, rankings), with small-cell suppression.
///
/// Suppression: a count from 1 to k − 1 is published as `count: nil` with no share nor interval
/// (a zero discloses nobody and stays). Secondary suppression: where a row of counts adds up to a
/// published total (single-choice options, a cross-tab column or row), a lone suppressed cell could
/// be recovered by subtraction, so the smallest other non-zero cell of that line is suppressed too,
/// repeated until no line has exactly one suppressed cell. Multiple-choice counts do not add up to
/// a total and need no secondary suppression. A question answered by fewer than k respondents has
/// every cell, its mean and median suppressed. Chi-square tests use the full counts (a test result
/// reveals no cell) and are given only when the question has at least k answers.
public enum ClosedQuestionStatistics {
  public static let defaultMinimumCellSize = 5

  public static func compute(
    consultation: Consultation, minimumCellSize: Int = defaultMinimumCellSize, segments: [QuestionID] = []
  ) -> [QuestionStatistics] {
    consultation.questions.compactMap {
      compute(question: $0, consultation: consultation, minimumCellSize: minimumCellSize, segments: segments)
    }
  }

  static let closedKinds: Set<QuestionKind> = [.singleChoice, .multipleChoice, .scale, .ranking]

  /// The statistics of one question, or nil when it is not a closed question.
  public static func compute(
    question: Question, consultation: Consultation, minimumCellSize k: Int = defaultMinimumCellSize,
    segments: [QuestionID] = []
  ) -> QuestionStatistics? {
    guard closedKinds.contains(question.kind) else { return nil }
    let values = consultation.responses.map { selections(of: $0[question.id], kind: question.kind) }
    let answeredRows = values.indices.filter { !values[$0].isEmpty }
    let answered = answeredRows.count
    let options = optionLabels(question: question, values: values)
    let wholeQuestionHidden = answered < k

    var optionCounts: [OptionCount]
    switch question.kind {
    case .ranking:
      let first = options.map { option in answeredRows.filter { values[$0].first == option }.count }
      let topTwo = options.map { option in answeredRows.filter { values[$0].prefix(2).contains(option) }.count
      }
      let firstShown = suppress(first, total: answered, k: k, hideAll: wholeQuestionHidden, addsUp: true)
      let topTwoShown = suppress(topTwo, total: answered, k: k, hideAll: wholeQuestionHidden, addsUp: false)
      optionCounts = options.indices.map {
        OptionCount(
          option: options[$0], proportion: proportion(firstShown[$0], of: answered),
          topTwo: proportion(topTwoShown[$0], of: answered))
      }
    default:
      let counts = options.map { option in answeredRows.filter { values[$0].contains(option) }.count }
      let shown = suppress(
        counts, total: answered, k: k, hideAll: wholeQuestionHidden, addsUp: question.kind != .multipleChoice)
      optionCounts = options.indices.map {
        OptionCount(option: options[$0], proportion: proportion(shown[$0], of: answered))
      }
    }

    var mean: Double?
    var median: Double?
    if question.kind == .scale, !wholeQuestionHidden {
      let numbers = answeredRows.compactMap { values[$0].first.flatMap(number) }
      if !numbers.isEmpty {
        mean = numbers.reduce(0, +) / Double(numbers.count)
        median = StatisticalFunctions.median(numbers)
      }
    }

    let breakdowns = segments.compactMap { segmentID -> SegmentBreakdown? in
      guard segmentID != question.id, question.kind != .ranking,
        let segment = consultation.question(segmentID)
      else {
        return nil
      }
      return breakdown(
        question: question, options: options, values: values, segment: segment, consultation: consultation,
        k: k)
    }

    return QuestionStatistics(
      questionID: question.id, title: question.title, kind: question.kind, answered: answered,
      respondents: consultation.responses.count, options: optionCounts, mean: mean, median: median,
      breakdowns: breakdowns)
  }

  static func breakdown(
    question: Question, options: [String], values: [[String]], segment: Question, consultation: Consultation,
    k: Int
  ) -> SegmentBreakdown {
    let segmentValues = consultation.responses.map {
      selections(of: $0[segment.id], kind: .singleChoice).first
    }
    let columns = optionLabels(question: segment, values: segmentValues.map { $0.map { [$0] } ?? [] })
    // Base of a column: respondents of that segment value who answered the question.
    let bases = columns.map { column in
      values.indices.filter { segmentValues[$0] == column && !values[$0].isEmpty }.count
    }
    var table = options.map { option in
      columns.map { column in
        values.indices.filter { segmentValues[$0] == column && values[$0].contains(option) }.count
      }
    }
    let test = question.kind == .multipleChoice ? nil : StatisticalFunctions.chiSquareTest(table)
    let answered = bases.reduce(0, +)
    let exclusive = question.kind != .multipleChoice
    var hidden = table.map { row in row.map { $0 > 0 && $0 < k } }
    for c in columns.indices where bases[c] < k {
      for r in options.indices { hidden[r][c] = true }
    }
    if exclusive { secondarySuppression(table, &hidden) }
    for r in options.indices {
      for c in columns.indices where hidden[r][c] { table[r][c] = -1 }
    }
    let cells = options.indices.map { r in
      columns.indices.map { c in proportion(table[r][c] < 0 ? nil : table[r][c], of: bases[c]) }
    }
    let showTest = answered >= k
    return SegmentBreakdown(
      segment: segment.id, segmentTitle: segment.title, segmentValues: columns, cells: cells,
      chiSquare: showTest ? test?.statistic : nil, degreesOfFreedom: showTest ? test?.degreesOfFreedom : nil,
      pValue: showTest ? test?.pValue : nil)
  }

  /// Hides, in every row and column holding exactly one hidden cell, the smallest other non-zero cell.
  static func secondarySuppression(_ table: [[Int]], _ hidden: inout [[Bool]]) {
    guard let width = table.first?.count else { return }
    var changed = true
    while changed {
      changed = false
      var lines: [[(Int, Int)]] = table.indices.map { r in (0..<width).map { (r, $0) } }
      lines += (0..<width).map { c in table.indices.map { ($0, c) } }
      for line in lines where line.filter({ hidden[$0.0][$0.1] }).count == 1 {
        let candidates = line.filter { !hidden[$0.0][$0.1] && table[$0.0][$0.1] > 0 }
        if let smallest = candidates.min(by: { table[$0.0][$0.1] < table[$1.0][$1.1] }) {
          hidden[smallest.0][smallest.1] = true
          changed = true
        }
      }
    }
  }

  /// Counts as published: nil where suppressed.
  static func suppress(_ counts: [Int], total: Int, k: Int, hideAll: Bool, addsUp: Bool) -> [Int?] {
    if hideAll { return counts.map { _ in nil } }
    var hidden = [counts.map { $0 > 0 && $0 < k }]
    if addsUp { secondarySuppression([counts], &hidden) }
    return counts.indices.map { hidden[0][$0] ? nil : counts[$0] }
  }

  static func proportion(_ count: Int?, of denominator: Int) -> Proportion {
    guard let count, denominator > 0 else {
      return Proportion(count: count, denominator: denominator, share: nil, lower: nil, upper: nil)
    }
    let interval = StatisticalFunctions.wilsonInterval(successes: count, trials: denominator)
    return Proportion(
      count: count, denominator: denominator, share: Double(count) / Double(denominator),
      lower: interval?.lower,
      upper: interval?.upper)
  }

  /// The declared options, then any other value met, in order of first appearance; scales sorted.
  static func optionLabels(question: Question, values: [[String]]) -> [String] {
    var labels = question.options
    var known = Set(labels)
    for selection in values {
      for value in selection where !known.contains(value) {
        labels.append(value)
        known.insert(value)
      }
    }
    if question.kind == .scale {
      labels.sort { (number($0) ?? .infinity, $0) < (number($1) ?? .infinity, $1) }
    }
    return labels
  }

  static func number(_ label: String) -> Double? {
    Double(label.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
  }

  static func label(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  /// What a respondent selected, as option labels (empty when unanswered).
  static func selections(of answer: Answer?, kind: QuestionKind) -> [String] {
    let raw: [String]
    switch answer {
    case .none, .date: raw = []
    case .text(let s), .choice(let s): raw = [s]
    case .choices(let list), .ranking(let list): raw = list
    case .number(let d): raw = [label(d)]
    }
    let cleaned = raw.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    if kind == .scale { return cleaned.compactMap { number($0).map(label) } }
    return kind == .multipleChoice || kind == .ranking ? cleaned : Array(cleaned.prefix(1))
  }
}
