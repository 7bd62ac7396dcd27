import Foundation

public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
  case pour
  case contre
  case nuance = "nuancé"
  case neutre
}

/// A range of Unicode scalars in a text: `start` inclusive, `end` exclusive.
/// Unicode scalar offsets are what Python, JavaScript's `Array.from` and most tools agree on.
public struct TextSpan: Sendable, Hashable, Codable {
  public var start: Int
  public var end: Int
  public init(start: Int, end: Int) {
    precondition(start <= end, "span start after end")
    self.start = start
    self.end = end
  }
  public var length: Int { end - start }

  /// The substring of `text` this span covers, or nil when it falls outside.
  public func slice(of text: String) -> String? {
    let scalars = text.unicodeScalars
    guard start >= 0, end <= scalars.count else { return nil }
    let from = scalars.index(scalars.startIndex, offsetBy: start)
    let to = scalars.index(from, offsetBy: end - start)
    return String(scalars[from..<to])
  }
}

public typealias ArgumentID = String
public typealias ThemeID = String

/// One argument found in an answer: a reformulation plus the verbatim quote it rests on.
public struct Argument: Sendable, Hashable, Codable, Identifiable {
  public var id: ArgumentID
  public var responseID: ResponseID
  public var questionID: QuestionID
  /// Short reformulation (by the model, or the clause itself without a model).
  public var text: String
  public var stance: Stance
  /// Where the quote lies in the (masked) answer.
  public var quote: TextSpan
  /// The verbatim quote, as it reads in the masked answer.
  public var quoteText: String

  public init(
    id: ArgumentID, responseID: ResponseID, questionID: QuestionID, text: String, stance: Stance,
    quote: TextSpan, quoteText: String
  ) {
    self.id = id
    self.responseID = responseID
    self.questionID = questionID
    self.text = text
    self.stance = stance
    self.quote = quote
    self.quoteText = quoteText
  }
}

/// A sentence of a synthesis and the arguments it rests on.
public struct CitedSentence: Sendable, Hashable, Codable {
  public var text: String
  public var citations: [ArgumentID]
  public init(text: String, citations: [ArgumentID]) {
    self.text = text
    self.citations = citations
  }
}

public struct Synthesis: Sendable, Hashable, Codable {
  public var sentences: [CitedSentence]
  /// Sentences the model wrote whose citations could not be validated, dropped from the output.
  public var droppedSentences: Int
  public init(sentences: [CitedSentence], droppedSentences: Int = 0) {
    self.sentences = sentences
    self.droppedSentences = droppedSentences
  }
  public var text: String { sentences.map(\.text).joined(separator: " ") }
}

public struct StanceCounts: Sendable, Hashable, Codable {
  public var pour = 0
  public var contre = 0
  public var nuance = 0
  public var neutre = 0
  public init(pour: Int = 0, contre: Int = 0, nuance: Int = 0, neutre: Int = 0) {
    self.pour = pour
    self.contre = contre
    self.nuance = nuance
    self.neutre = neutre
  }
  public subscript(stance: Stance) -> Int {
    get {
      switch stance {
      case .pour: pour
      case .contre: contre
      case .nuance: nuance
      case .neutre: neutre
      }
    }
    set {
      switch stance {
      case .pour: pour = newValue
      case .contre: contre = newValue
      case .nuance: nuance = newValue
      case .neutre: neutre = newValue
      }
    }
  }
  public var total: Int { pour + contre + nuance + neutre }
}

/// A group of similar arguments, with what the machine (then the analyst) says of it.
public struct Theme: Sendable, Hashable, Codable, Identifiable {
  public var id: ThemeID
  /// The parent theme for a sub-theme; nil for a top-level theme.
  public var parentID: ThemeID?
  /// A few words.
  public var label: String
  /// One sentence stating the theme.
  public var statement: String
  public var synthesis: Synthesis
  public var argumentIDs: [ArgumentID]
  /// Distinct respondents holding at least one argument of the theme.
  public var respondents: Int
  public var stance: StanceCounts
  /// True for the « autres » bucket of arguments that fit no theme.
  public var isOther: Bool
  public var validation: Validation?

  public init(
    id: ThemeID, parentID: ThemeID? = nil, label: String, statement: String = "",
    synthesis: Synthesis = Synthesis(sentences: []), argumentIDs: [ArgumentID],
    respondents: Int = 0, stance: StanceCounts = StanceCounts(), isOther: Bool = false,
    validation: Validation? = nil
  ) {
    self.id = id
    self.parentID = parentID
    self.label = label
    self.statement = statement
    self.synthesis = synthesis
    self.argumentIDs = argumentIDs
    self.respondents = respondents
    self.stance = stance
    self.isOther = isOther
    self.validation = validation
  }
}

/// An analyst's sign-off on a theme.
public struct Validation: Sendable, Hashable, Codable {
  public var analyst: String
  public var date: Date
  public var note: String?
  public init(analyst: String, date: Date, note: String? = nil) {
    self.analyst = analyst
    self.date = date
    self.note = note
  }
}
