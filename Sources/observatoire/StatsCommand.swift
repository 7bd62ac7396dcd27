import Analysis
import ArgumentParser
import Foundation
import ObservatoireApp
import ObservatoireCore

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
    try await exitingOnUserFacingErrors { try statsNow() }
  }

  private func statsNow() throws {
    let result: ProjectStatistics
    do {
      result = try ProjectStatistics.compute(project: project, segment: by, minimumCellSize: smallCells.k)
    } catch let error as StatisticsError {
      guard case .invalidSegment = error else { throw error }
      throw CommandError(
        error.messageFR.replacingOccurrences(of: "Erreur : segment :", with: "Erreur : --by :"))
    }
    let statistics = result.statistics
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(statistics), as: UTF8.self))
    } else if statistics.isEmpty {
      print("Aucune question fermée dans ce projet.")
    } else {
      print(StatisticsTextTable.render(statistics, minimumCellSize: result.smallCells.minimumCellSize))
    }
  }
}
