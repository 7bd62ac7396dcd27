import Foundation
import ObservatoireCore
import Privacy

/// Statistics of closed questions (choices, scales, rankings), published under a small-cell
/// policy: the counts, shares, Wilson intervals, means, medians and chi-square tests are computed
/// from the full data, then Privacy's `SmallCellPolicy` masks what must not be published (see its
/// rule). Chi-square tests use the full counts (a test result reveals no cell) and are given only
/// when the cross-tabulation holds at least *k* answers.
public enum ClosedQuestionStatistics {
  public static func compute(
    consultation: Consultation, smallCells: SmallCellPolicy = SmallCellPolicy(), segments: [QuestionID] = []
  ) -> [QuestionStatistics] {
    consultation.questions.compactMap {
      compute(question: $0, consultation: consultation, smallCells: smallCells, segments: segments)
    }
  }

  static let closedKinds: Set<QuestionKind> = [.singleChoice, .multipleChoice, .scale, .ranking]

  /// The statistics of one question as published, or nil when it is not a closed question.
  public static func compute(
    question: Question, consultation: Consultation, smallCells: SmallCellPolicy = SmallCellPolicy(),
    segments: [QuestionID] = []
  ) -> QuestionStatistics? {
    exact(question: question, consultation: consultation, segments: segments).map(smallCells.publish)
  }

  /// Every count, share and interval, before the small-cell rule: never published as it is.
  static func exact(question: Question, consultation: Consultation, segments: [QuestionID])
    -> QuestionStatistics?
  {
    guard closedKinds.contains(question.kind) else { return nil }
    let values = consultation.responses.map { selections(of: $0[question.id], kind: question.kind) }
    let answeredRows = values.indices.filter { !values[$0].isEmpty }
    let answered = answeredRows.count
    let options = optionLabels(question: question, values: values)

    var optionCounts: [OptionCount]
    switch question.kind {
    case .ranking:
      let first = options.map { option in answeredRows.filter { values[$0].first == option }.count }
      let topTwo = options.map { option in answeredRows.filter { values[$0].prefix(2).contains(option) }.count
      }
      optionCounts = options.indices.map {
        OptionCount(
          option: options[$0], proportion: proportion(first[$0], of: answered),
          topTwo: proportion(topTwo[$0], of: answered))
      }
    default:
      let counts = options.map { option in answeredRows.filter { values[$0].contains(option) }.count }
      optionCounts = options.indices.map {
        OptionCount(option: options[$0], proportion: proportion(counts[$0], of: answered))
      }
    }

    var mean: Double?
    var median: Double?
    if question.kind == .scale {
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
        question: question, options: options, values: values, segment: segment, consultation: consultation)
    }

    return QuestionStatistics(
      questionID: question.id, title: question.title, kind: question.kind, answered: answered,
      respondents: consultation.responses.count, options: optionCounts, mean: mean, median: median,
      breakdowns: breakdowns)
  }

  static func breakdown(
    question: Question, options: [String], values: [[String]], segment: Question, consultation: Consultation
  ) -> SegmentBreakdown {
    let segmentValues = consultation.responses.map {
      selections(of: $0[segment.id], kind: .singleChoice).first
    }
    let columns = optionLabels(question: segment, values: segmentValues.map { $0.map { [$0] } ?? [] })
    // Base of a column: respondents of that segment value who answered the question.
    let bases = columns.map { column in
      values.indices.filter { segmentValues[$0] == column && !values[$0].isEmpty }.count
    }
    let table = options.map { option in
      columns.map { column in
        values.indices.filter { segmentValues[$0] == column && values[$0].contains(option) }.count
      }
    }
    let test = question.kind == .multipleChoice ? nil : StatisticalFunctions.chiSquareTest(table)
    let cells = options.indices.map { r in
      columns.indices.map { c in proportion(table[r][c], of: bases[c]) }
    }
    return SegmentBreakdown(
      segment: segment.id, segmentTitle: segment.title, segmentValues: columns, cells: cells,
      chiSquare: test?.statistic, degreesOfFreedom: test?.degreesOfFreedom, pValue: test?.pValue)
  }

  static func proportion(_ count: Int, of denominator: Int) -> Proportion {
    guard denominator > 0 else {
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
