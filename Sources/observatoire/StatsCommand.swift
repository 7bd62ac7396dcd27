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

  @Option(help: "Fichier du projet (.observatoire).")
  var project: String

  @Option(help: "Question de segment pour les tableaux croisés (code, par ex. S1).")
  var by: String?

  @Option(help: "Effectif minimal publié (k) ; par défaut celui du projet, sinon 5.")
  var k: Int?

  @Flag(help: "Affiche les statistiques en JSON.")
  var json = false

  func run() async throws {
    guard FileManager.default.fileExists(atPath: project) else {
      throw ValidationError("Le projet « \(project) » n'existe pas. Lancez d'abord « observatoire import ».")
    }
    let database = try ProjectDatabase(path: project)
    guard let consultation = try database.loadConsultation() else {
      throw ValidationError("Le projet « \(project) » ne contient pas encore de consultation importée.")
    }
    let storedThreshold = try database.loadPrivacySummary()?.minimumCellSize
    let threshold = k ?? storedThreshold ?? ClosedQuestionStatistics.defaultMinimumCellSize
    guard threshold >= 1 else { throw ValidationError("--k doit être au moins 1.") }
    var segments: [QuestionID] = []
    if let by {
      guard consultation.question(QuestionID(by)) != nil else {
        let known = consultation.segmentQuestions.map(\.id.rawValue).joined(separator: ", ")
        throw ValidationError(
          "Segment « \(by) » inconnu. Segments disponibles : \(known.isEmpty ? "aucun" : known).")
      }
      segments = [QuestionID(by)]
    }
    let statistics = ClosedQuestionStatistics.compute(
      consultation: consultation, minimumCellSize: threshold, segments: segments)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(statistics), as: UTF8.self))
    } else if statistics.isEmpty {
      print("Aucune question fermée dans ce projet.")
    } else {
      print(StatisticsTextTable.render(statistics, minimumCellSize: threshold))
    }
  }
}
