import Analysis
import Foundation
import ObservatoireCore
import Privacy
import Storage

/// The closed questions' statistics of a project, published at its *k*, optionally crossed by
/// one segment.
public struct ProjectStatistics: Sendable {
  public var statistics: [QuestionStatistics]
  public var smallCells: SmallCellPolicy

  /// `project`: a `.observatoire` file or a folder holding one; `segment`: the code of a segment
  /// or a single-answer closed question; `minimumCellSize`: nil resolves *k* from the project.
  public static func compute(project: String, segment: String? = nil, minimumCellSize: Int? = nil) throws
    -> ProjectStatistics
  {
    let database = try ProjectDatabase.openExisting(path: try projectFile(project))
    guard let consultation = try database.loadConsultation() else {
      throw StatisticsError.noConsultation(project: project)
    }
    let policy = try ReportAssembly.smallCellPolicy(for: database, explicit: minimumCellSize)
    var segments: [QuestionID] = []
    if let segment {
      let valid = consultation.questions.filter(canSegment)
      guard valid.contains(where: { $0.id.rawValue == segment }) else {
        throw StatisticsError.invalidSegment(
          code: segment, known: consultation.question(QuestionID(segment)) != nil,
          valid: valid.map(\.id.rawValue))
      }
      segments = [QuestionID(segment)]
    }
    let statistics = ClosedQuestionStatistics.compute(
      consultation: consultation, smallCells: policy, segments: segments)
    return ProjectStatistics(statistics: statistics, smallCells: policy)
  }

  /// Whether respondents can be split by their answer to `question`: a segment, or a closed
  /// question with one answer each. Free text, identifiers, dates, numbers and questions with
  /// several answers (multiple choice, rankings) would give one column per respondent or none.
  public static func canSegment(_ question: Question) -> Bool {
    question.isSegment || question.kind == .singleChoice || question.kind == .scale
  }
}

/// Why statistics could not be computed, in French for the analyst.
public enum StatisticsError: UserFacingError {
  case noConsultation(project: String)
  case invalidSegment(code: String, known: Bool, valid: [String])

  public var messageFR: String {
    switch self {
    case .noConsultation(let project):
      return "Erreur : le projet « \(project) » ne contient pas encore de consultation importée."
    case .invalidSegment(let code, let known, let valid):
      let problem =
        known
        ? "« \(code) » n'est ni une question de segment ni une question fermée à réponse unique"
        : "la question « \(code) » n'existe pas dans ce projet"
      let list = valid.isEmpty ? "aucun" : valid.joined(separator: ", ")
      return "Erreur : segment : \(problem). Codes possibles : \(list)."
    }
  }
}
