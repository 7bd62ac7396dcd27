import Analysis
import Foundation
import ObservatoireCore
import Privacy
import Storage

/// One theme as a reviewer reads and edits it: statement, synthesis with its citations, arguments
/// with their verbatims, and the versions to send back with each change.
extension ProjectReview {
  public struct ArgumentRow: Sendable, Hashable {
    /// Stable key (`ArgumentKey`), what a move or a split names.
    public var key: String
    /// Number on the theme's page, from 1: what the synthesis's citations refer to.
    public var number: Int
    public var text: String
    /// The words of the answer the argument was read in (personal data masked at import).
    public var verbatim: String
    public var stanceFR: String
    public var version: Int
  }

  public struct SentenceRow: Sendable, Hashable {
    public var text: String
    /// Numbers of the arguments it cites (`ArgumentRow.number`).
    public var citations: [Int]
  }

  public struct ThemeTarget: Sendable, Hashable {
    public var key: String
    public var label: String
    public var isSubTheme: Bool
  }

  public struct ThemeDetail: Sendable, Hashable {
    public var questionID: String
    public var questionTitle: String
    public var key: String
    public var label: String
    public var statement: String
    public var isSubTheme: Bool
    /// Respondents as published (nil: masked below *k*).
    public var respondents: Int?
    public var validatedBy: String?
    public var version: Int
    public var synthesis: [SentenceRow]
    public var synthesisValidatedBy: String?
    public var synthesisVersion: Int
    public var arguments: [ArgumentRow]
    /// The other themes of the question, where an argument may go.
    public var otherThemes: [ThemeTarget]
  }

  /// One theme of one question, as reviewed; `ReviewError.unknownTheme` when it is gone.
  public static func theme(project: String, question: String, theme key: String) throws -> ThemeDetail {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    guard let view = try database.reviewedAnalysis(question: QuestionID(question)) else {
      throw ReviewStoreError.noAnalysis(question: QuestionID(question))
    }
    let themeKey = ThemeKey(key)
    guard let theme = view.theme(themeKey) else { throw ReviewError.unknownTheme(themeKey) }
    let analysis = view.analysis
    let policy = try ReportAssembly.smallCellPolicy(for: database)
    let published = policy.publishedCounts(of: analysis).first { $0.themeID == theme.id }
    let byID = Dictionary(analysis.arguments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var numbers: [ArgumentID: Int] = [:]
    var arguments: [ArgumentRow] = []
    for id in theme.argumentIDs {
      guard let argument = byID[id], let argumentKey = view.argumentKeys[id], numbers[id] == nil else {
        continue
      }
      numbers[id] = arguments.count + 1
      arguments.append(
        ArgumentRow(
          key: argumentKey.rawValue, number: arguments.count + 1, text: argument.text,
          verbatim: argument.quoteText, stanceFR: stanceFR(argument.stance),
          version: view.version(of: .argument(argumentKey))))
    }
    let others = analysis.themes.filter { $0.id != theme.id && !$0.isOther }.compactMap { other in
      view.themeKeys[other.id].map {
        ThemeTarget(key: $0.rawValue, label: other.label, isSubTheme: other.parentID != nil)
      }
    }
    return ThemeDetail(
      questionID: analysis.questionID.rawValue, questionTitle: analysis.title, key: key, label: theme.label,
      statement: theme.statement, isSubTheme: theme.parentID != nil, respondents: published?.respondents,
      validatedBy: theme.validation?.analyst, version: view.version(of: .theme(themeKey)),
      synthesis: theme.synthesis.sentences.map { sentence in
        SentenceRow(text: sentence.text, citations: sentence.citations.compactMap { numbers[$0] })
      },
      synthesisValidatedBy: view.synthesisValidations[theme.id]?.analyst,
      synthesisVersion: view.version(of: .synthesis(themeKey)), arguments: arguments, otherThemes: others)
  }

  /// Replaces a theme's statement (the sentence that says what it holds).
  public static func editStatement(
    project: String, question: String, theme: String, statement: String, reviewer: String, version: Int
  ) throws {
    let cleaned = statement.trimmingCharacters(in: .whitespacesAndNewlines)
    guard cleaned.count <= 2_000 else {
      throw ReviewInputError("L'énoncé ne doit pas dépasser 2 000 caractères.")
    }
    try save(
      .editStatement(theme: ThemeKey(theme), statement: cleaned), project: project, question: question,
      reviewer: reviewer, expecting: [.theme(ThemeKey(theme)): version])
  }

  /// A synthesis sentence as a reviewer sends it: its text and the stable keys of the arguments it
  /// cites (a sentence left empty is removed).
  public struct SentenceEdit: Sendable, Hashable {
    public var text: String
    public var citations: [String]
    public init(text: String, citations: [String]) {
      self.text = text
      self.citations = citations
    }
  }

  /// Replaces a theme's synthesis by `sentences`; every citation must name an argument of the
  /// theme as it is now, and every sentence must cite at least one.
  public static func editSynthesis(
    project: String, question: String, theme: String, sentences: [SentenceEdit], reviewer: String,
    version: Int
  ) throws {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    guard let view = try database.reviewedAnalysis(question: QuestionID(question)) else {
      throw ReviewStoreError.noAnalysis(question: QuestionID(question))
    }
    let themeKey = ThemeKey(theme)
    guard view.theme(themeKey) != nil else { throw ReviewError.unknownTheme(themeKey) }
    let members = Set(view.argumentKeys(of: themeKey))
    var reviewed: [ReviewedSentence] = []
    for (index, sentence) in sentences.enumerated() {
      let text = sentence.text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else { continue }
      guard text.count <= 2_000 else {
        throw ReviewInputError("La phrase \(index + 1) dépasse 2 000 caractères.")
      }
      let keys = sentence.citations.map { ArgumentKey(rawValue: $0) }
      guard !keys.isEmpty else {
        throw ReviewInputError(
          "La phrase \(index + 1) ne cite aucun argument : chaque phrase de synthèse renvoie aux arguments "
            + "du thème qui la fondent (leurs numéros).")
      }
      guard keys.allSatisfy(members.contains) else {
        throw ReviewInputError(
          "La phrase \(index + 1) cite un argument qui n'appartient pas (ou plus) à ce thème : ne citez que "
            + "les arguments numérotés sur la page du thème ; rechargez-la s'ils ont changé.")
      }
      var unique: [ArgumentKey] = []
      for key in keys where !unique.contains(key) { unique.append(key) }
      reviewed.append(ReviewedSentence(text: text, citations: unique))
    }
    guard !reviewed.isEmpty else {
      throw ReviewInputError("La synthèse doit garder au moins une phrase.")
    }
    try save(
      .editSynthesis(theme: themeKey, sentences: reviewed), project: project, question: question,
      reviewer: reviewer, expecting: [.synthesis(themeKey): version])
  }

  /// Takes `arguments` (stable keys, each with the version the reviewer saw) out of `theme` into a
  /// new theme named `label`; returns the new theme's key.
  @discardableResult
  public static func split(
    project: String, question: String, theme: String, arguments: [(key: String, version: Int)],
    label: String, reviewer: String, version: Int
  ) throws -> String {
    let cleaned = label.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !cleaned.isEmpty, cleaned.count <= 200 else {
      throw ReviewInputError("L'intitulé du nouveau thème doit compter de 1 à 200 caractères.")
    }
    guard !arguments.isEmpty else {
      throw ReviewInputError("Cochez au moins un argument à sortir du thème.")
    }
    let themeKey = ThemeKey(theme)
    let action = ReviewAction.split(
      theme: themeKey, arguments: arguments.map { ArgumentKey(rawValue: $0.key) }, label: cleaned)
    var expecting: [ReviewObject: Int] = [.theme(themeKey): version]
    for argument in arguments { expecting[.argument(ArgumentKey(rawValue: argument.key))] = argument.version }
    if case .splitTheme(_, _, _, let newTheme) = action { expecting[.theme(newTheme)] = 0 }
    try save(action, project: project, question: question, reviewer: reviewer, expecting: expecting)
    if case .splitTheme(_, _, _, let newTheme) = action { return newTheme.rawValue }
    return theme
  }

  /// Moves one argument to another theme (and its parent, for a sub-theme).
  public static func moveArgument(
    project: String, question: String, argument: String, to theme: String, reviewer: String, version: Int
  ) throws {
    guard !theme.isEmpty else { throw ReviewInputError("Choisissez le thème où déplacer l'argument.") }
    let key = ArgumentKey(rawValue: argument)
    try save(
      .moveArgument(argument: key, to: ThemeKey(theme)), project: project, question: question,
      reviewer: reviewer, expecting: [.argument(key): version])
  }

  /// Marks a theme's synthesis « validé » (`theme` nil: the question's global synthesis).
  public static func validateSynthesis(
    project: String, question: String, theme: String?, reviewer: String, version: Int
  ) throws {
    let key = theme.map { ThemeKey($0) }
    let object: ReviewObject = key.map { .synthesis($0) } ?? .globalSynthesis
    try save(
      .validateSynthesis(theme: key, note: nil), project: project, question: question, reviewer: reviewer,
      expecting: [object: version])
  }

  static func save(
    _ action: ReviewAction, project: String, question: String, reviewer: String,
    expecting: [ReviewObject: Int]
  ) throws {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    do {
      try database.saveReview(
        action, question: QuestionID(question), reviewer: reviewer, expecting: expecting)
    } catch let error as StaleReviewError {
      throw ReviewConflict(messageFR: error.messageFR)
    }
  }

  static func stanceFR(_ stance: Stance) -> String {
    switch stance {
    case .pour: "pour"
    case .contre: "contre"
    case .nuance: "nuancé"
    case .neutre: "neutre"
    }
  }
}
