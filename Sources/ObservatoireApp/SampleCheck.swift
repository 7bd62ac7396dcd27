import Analysis
import Foundation
import ObservatoireCore
import Storage

/// The check against a hand-coded sample, as a front end runs it: a seeded sample of responses is
/// drawn once; a person gives each the themes it expresses without seeing the machine's choice;
/// then the agreement per theme (precision, recall, Cohen's κ with its interval) and overall, with
/// the themes below the threshold « à revoir ».
public enum SampleCheck {
  public struct Response: Sendable, Hashable {
    public var id: String
    public var text: String
    /// The theme keys this coder gave it; nil when not coded yet.
    public var coded: Set<String>?
  }

  public struct ThemeChoice: Sendable, Hashable {
    public var key: String
    public var label: String
  }

  public struct Agreement: Sendable, Hashable {
    public var label: String
    public var precision: Double?
    public var recall: Double?
    public var kappa: Double?
    public var kappaLower: Double?
    public var kappaUpper: Double?
    public var statusFR: String
  }

  public struct State: Sendable, Hashable {
    public var question: String
    public var title: String
    public var responses: [Response]
    public var themes: [ThemeChoice]
    /// Once every response of the sample is coded: per theme, then overall.
    public var agreement: [Agreement]?
    public var overallKappa: Double?
    public var coded: Int { responses.count { $0.coded != nil } }
  }

  /// The sample of `question` (drawn on first use, 50 responses or all if fewer) with `coder`'s
  /// codings, and the agreement once the sample is fully coded.
  public static func state(
    project: String, question: String, coder: String, size: Int = CodingSample.defaultSize
  )
    throws -> State
  {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    let questionID = QuestionID(question)
    guard let view = try database.reviewedAnalysis(question: questionID) else {
      throw ReviewStoreError.noAnalysis(question: questionID)
    }
    let sample =
      try database.codingSample(question: questionID)?.responses
      ?? HandCodedCheck.drawSample(question: questionID, in: database, count: size, seed: 20_251_130)
    let answers = Dictionary(
      try database.freeTextAnswers(to: questionID).map { ($0.0, $0.1) },
      uniquingKeysWith: { first, _ in first })
    var codings: [ResponseID: Set<String>] = [:]
    for coding in try database.handCodings(question: questionID, coder: coder) {
      codings[coding.responseID] = Set(coding.themes.map(\.rawValue))
    }
    let themes = view.analysis.topLevelThemes.filter { !$0.isOther }.compactMap { theme in
      view.themeKeys[theme.id].map { ThemeChoice(key: $0.rawValue, label: theme.label) }
    }
    var state = State(
      question: question, title: view.analysis.title,
      responses: sample.map { Response(id: $0.rawValue, text: answers[$0] ?? "", coded: codings[$0]) },
      themes: themes)
    if !state.responses.isEmpty, state.coded == state.responses.count {
      let report = try HandCodedCheck.agreement(question: questionID, coder: coder, in: database)
      let labels = Dictionary(
        view.analysis.themes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
      state.agreement = report.themes.map {
        Agreement(
          label: labels[$0.themeID] ?? $0.themeID, precision: $0.precision, recall: $0.recall,
          kappa: $0.kappa?.value, kappaLower: $0.kappa?.lower, kappaUpper: $0.kappa?.upper,
          statusFR: $0.statusFR)
      }
      state.overallKappa = report.overall?.value
    }
    return state
  }

  /// Records the themes `coder` gave one response of the sample (none: it fits no theme); true
  /// when `coder` has now coded the whole sample (the report then has a check to print).
  @discardableResult
  public static func code(
    project: String, question: String, response: String, themes: [String], coder: String
  )
    throws -> Bool
  {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    let questionID = QuestionID(question)
    guard let sample = try database.codingSample(question: questionID)?.responses,
      sample.contains(ResponseID(response))
    else { throw ReviewInputError("Cette réponse n'est pas dans l'échantillon à coder.") }
    try database.saveHandCoding(
      Set(themes.map { ThemeKey($0) }), response: ResponseID(response), question: questionID, coder: coder)
    let coded = Set(try database.handCodings(question: questionID, coder: coder).map(\.responseID))
    return Set(sample).isSubset(of: coded)
  }
}
