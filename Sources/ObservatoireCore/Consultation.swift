import Foundation

/// A survey export read into typed questions and responses: the input of every analysis.
public struct Consultation: Sendable, Hashable, Codable {
  public var title: String
  /// The file it was imported from, as the analyst named it.
  public var sourceName: String
  public var questions: [Question]
  public var responses: [Response]

  public init(title: String, sourceName: String, questions: [Question], responses: [Response]) {
    self.title = title
    self.sourceName = sourceName
    self.questions = questions
    self.responses = responses
  }

  public func question(_ id: QuestionID) -> Question? {
    questions.first { $0.id == id }
  }

  /// Questions whose answers are segments of respondents (degree, académie, discipline…).
  public var segmentQuestions: [Question] { questions.filter(\.isSegment) }

  public var freeTextQuestions: [Question] { questions.filter { $0.kind == .freeText } }
}

/// The stable code of a question: the export's column code (`Q3`, `Q3[SQ002]`) or a slug.
public struct QuestionID: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
}

public enum QuestionKind: String, Sendable, Hashable, Codable, CaseIterable {
  case freeText = "texte_libre"
  case singleChoice = "choix_unique"
  case multipleChoice = "choix_multiple"
  case scale = "echelle"
  case ranking = "classement"
  case date = "date"
  case number = "nombre"
  /// Respondent identifiers, timestamps and other metadata that are not analysed.
  case identifier = "identifiant"
}

public struct Question: Sendable, Hashable, Codable, Identifiable {
  public var id: QuestionID
  /// The question's wording as shown to respondents (or the header when there is no other).
  public var title: String
  public var kind: QuestionKind
  /// Answer options for choice and ranking questions, in their presentation order.
  public var options: [String]
  /// Bounds of a numeric scale (e.g. 0…10).
  public var scale: ClosedRange<Double>?
  /// How sure the type inference was, 0…1; 1 when set by the analyst's mapping.
  public var confidence: Double
  /// Whether this question splits respondents into segments used in breakdowns.
  public var isSegment: Bool
  /// The export columns this question was read from (several for LimeSurvey sub-questions).
  public var sourceColumns: [String]

  public init(
    id: QuestionID, title: String, kind: QuestionKind, options: [String] = [],
    scale: ClosedRange<Double>? = nil, confidence: Double = 1, isSegment: Bool = false,
    sourceColumns: [String] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.options = options
    self.scale = scale
    self.confidence = confidence
    self.isSegment = isSegment
    self.sourceColumns = sourceColumns
  }
}

/// The identifier of a response as found in the input file, or its 1-based data row number.
public struct ResponseID: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (a: Self, b: Self) -> Bool {
    a.rawValue.compare(b.rawValue, options: .numeric) == .orderedAscending
  }
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
}

/// One respondent's answers to the questionnaire.
public struct Response: Sendable, Hashable, Codable, Identifiable {
  public var id: ResponseID
  /// 1-based row of the response in the source file (after the header).
  public var row: Int
  public var answers: [QuestionID: Answer]

  public init(id: ResponseID, row: Int, answers: [QuestionID: Answer]) {
    self.id = id
    self.row = row
    self.answers = answers
  }

  public subscript(question: QuestionID) -> Answer? { answers[question] }

  /// The free text answered to `question`, if any.
  public func text(_ question: QuestionID) -> String? {
    if case .text(let t) = answers[question], !t.isEmpty { return t }
    return nil
  }
}

public enum Answer: Sendable, Hashable, Codable {
  case text(String)
  case choice(String)
  case choices([String])
  case number(Double)
  /// Options in the order the respondent ranked them, best first.
  case ranking([String])
  case date(Date)
}
