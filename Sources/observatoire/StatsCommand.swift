import Analysis
import ArgumentParser
import Foundation
import ObservatoireCore
import Storage

struct StatsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Statistiques des questions fermées."
  )

  @OptionGroup var projectChoice: ProjectChoice
  var project: String { projectChoice.path }

  @Option(
    help:
      "Question de segment ou question fermée à réponse unique, pour les tableaux croisés (code, par ex. S1)."
  )
  var by: String?

  @OptionGroup var smallCells: SmallCellOptions

  @Flag(help: "Affiche les statistiques en JSON.")
  var json = false

  func run() async throws {
    try printingUserFacingErrors { try statsNow() }
  }

  private func statsNow() throws {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    guard let consultation = try database.loadConsultation() else {
      throw StatsError.noConsultation(project: project)
    }
    let policy = try ReportAssembly.smallCellPolicy(for: database, explicit: smallCells.k)
    var segments: [QuestionID] = []
    if let by {
      let valid = consultation.questions.filter(Self.canSegment)
      guard valid.contains(where: { $0.id.rawValue == by }) else {
        throw StatsError.invalidSegment(
          code: by, known: consultation.question(QuestionID(by)) != nil, valid: valid.map(\.id.rawValue))
      }
      segments = [QuestionID(by)]
    }
    let statistics = ClosedQuestionStatistics.compute(
      consultation: consultation, smallCells: policy, segments: segments)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(statistics), as: UTF8.self))
    } else if statistics.isEmpty {
      print("Aucune question fermée dans ce projet.")
    } else {
      print(StatisticsTextTable.render(statistics, minimumCellSize: policy.minimumCellSize))
    }
  }

  /// Whether respondents can be split by their answer to `question`: a segment, or a closed
  /// question with one answer each. Free text, identifiers, dates, numbers and questions with
  /// several answers (multiple choice, rankings) would give one column per respondent or none.
  static func canSegment(_ question: Question) -> Bool {
    question.isSegment || question.kind == .singleChoice || question.kind == .scale
  }
}

/// Why `stats` could not run, in French for the analyst.
enum StatsError: UserFacingError {
  case noConsultation(project: String)
  case invalidSegment(code: String, known: Bool, valid: [String])

  var messageFR: String {
    switch self {
    case .noConsultation(let project):
      return "Erreur : le projet « \(project) » ne contient pas encore de consultation importée."
    case .invalidSegment(let code, let known, let valid):
      let problem =
        known
        ? "« \(code) » n'est ni une question de segment ni une question fermée à réponse unique"
        : "la question « \(code) » n'existe pas dans ce projet"
      let list = valid.isEmpty ? "aucun" : valid.joined(separator: ", ")
      return "Erreur : --by : \(problem). Codes possibles : \(list)."
    }
  }
}
