import ObservatoireCore

/// Respondents per theme within each value of the segment questions and of the closed questions
/// (single and multiple choice, scales). A respondent who ticked several options of a
/// multiple-choice question counts under each of them. The counts are exact, kept in the project;
/// Privacy's `SmallCellPolicy.publishedSegmentCounts` masks them for every output.
public enum ThemeSegmentCounting {
  /// Choice questions with more options than this are not crossed with themes.
  public static let maximumOptions = 15

  public static func counts(
    themes: [Theme], arguments: [ArgumentID: Argument], question: QuestionID, consultation: Consultation
  ) -> [ThemeSegmentCount] {
    let answered = consultation.responses.filter { $0.text(question) != nil }
    var result: [ThemeSegmentCount] = []
    for segment in consultation.questions where segment.id != question {
      var valuesOf: [ResponseID: [String]] = [:]
      var base: [String: Int] = [:]
      for response in answered {
        let values = Self.values(response[segment.id])
        guard !values.isEmpty else { continue }
        valuesOf[response.id] = values
        for value in values { base[value, default: 0] += 1 }
      }
      guard Self.isCrossed(segment, distinctValues: base.count) else { continue }
      let values = Self.ordered(Array(base.keys), options: segment.options)
      for theme in themes {
        var holders: [String: Set<ResponseID>] = [:]
        for id in theme.argumentIDs {
          guard let argument = arguments[id] else { continue }
          for value in valuesOf[argument.responseID] ?? [] {
            holders[value, default: []].insert(argument.responseID)
          }
        }
        for value in values {
          result.append(
            ThemeSegmentCount(
              themeID: theme.id, segment: segment.id, value: value, respondents: holders[value]?.count ?? 0,
              base: base[value, default: 0]))
        }
      }
    }
    return result
  }

  static func isCrossed(_ question: Question, distinctValues: Int) -> Bool {
    if question.isSegment { return true }
    switch question.kind {
    case .singleChoice, .multipleChoice:
      return !question.options.isEmpty && question.options.count <= maximumOptions
    case .scale:
      return distinctValues > 0 && distinctValues <= maximumOptions
    default:
      return false
    }
  }

  static func values(_ answer: Answer?) -> [String] {
    switch answer {
    case .choice(let value), .text(let value): value.isEmpty ? [] : [value]
    case .choices(let values): values.filter { !$0.isEmpty }
    case .number(let number):
      number.rounded() == number && abs(number) < 1e9 ? [String(Int(number))] : [String(number)]
    default: []
    }
  }

  /// The questionnaire's option order first, then other values alphabetically.
  static func ordered(_ values: [String], options: [String]) -> [String] {
    let known = options.filter(values.contains)
    return known
      + values.filter { !options.contains($0) }.sorted { a, b in
        if let x = Double(a), let y = Double(b) { return x < y }
        return a < b
      }
  }
}
