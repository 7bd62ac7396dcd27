import ObservatoireCore

/// Respondents per theme within each value of the segment questions and of the single-choice
/// questions, with cells below *k* suppressed.
public enum ThemeSegmentCounting {
  /// Choice questions with more options than this are not crossed with themes.
  public static let maximumOptions = 15

  public static func counts(
    themes: [Theme], arguments: [ArgumentID: Argument], question: QuestionID, consultation: Consultation,
    minimumCellSize k: Int
  ) -> [ThemeSegmentCount] {
    let crossed = consultation.questions.filter {
      $0.isSegment || ($0.kind == .singleChoice && !$0.options.isEmpty && $0.options.count <= maximumOptions)
    }
    let answered = consultation.responses.filter { $0.text(question) != nil }
    var result: [ThemeSegmentCount] = []
    for segment in crossed {
      var valueOf: [ResponseID: String] = [:]
      var base: [String: Int] = [:]
      for response in answered {
        guard let value = Self.value(response[segment.id]) else { continue }
        valueOf[response.id] = value
        base[value, default: 0] += 1
      }
      let values = Self.ordered(Array(base.keys), options: segment.options)
      for theme in themes {
        var holders: [String: Set<ResponseID>] = [:]
        for id in theme.argumentIDs {
          guard let argument = arguments[id], let value = valueOf[argument.responseID] else { continue }
          holders[value, default: []].insert(argument.responseID)
        }
        for value in values {
          let count = holders[value]?.count ?? 0
          let published = count >= k && base[value, default: 0] >= k ? count : nil
          result.append(
            ThemeSegmentCount(
              themeID: theme.id, segment: segment.id, value: value, respondents: published,
              base: base[value, default: 0]))
        }
      }
    }
    return result
  }

  static func value(_ answer: Answer?) -> String? {
    switch answer {
    case .choice(let value): value.isEmpty ? nil : value
    case .text(let value): value.isEmpty ? nil : value
    default: nil
    }
  }

  /// The questionnaire's option order first, then other values alphabetically.
  static func ordered(_ values: [String], options: [String]) -> [String] {
    let known = options.filter(values.contains)
    return known + values.filter { !options.contains($0) }.sorted()
  }
}
