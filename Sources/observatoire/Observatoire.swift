import ArgumentParser
import Foundation

@main
struct Observatoire: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "observatoire",
    abstract: "Analyse locale de consultations sur l'IA à l'école.",
    discussion: """
      Observatoire importe un export d'enquête (CSV, XLSX, ODS, LimeSurvey, Forms), masque les
      données personnelles, calcule les statistiques des questions fermées, puis analyse les
      réponses libres avec des modèles exécutés sur cette machine : extraction des arguments,
      plongements, regroupement en thèmes, synthèses citant leurs sources. Rien ne quitte la
      machine, sauf si vous configurez un serveur distant.
      """,
    version: "0.1.0",
    subcommands: [
      ImportCommand.self, StatsCommand.self, AnalyseCommand.self, ReportCommand.self,
      ModelsCommand.self, UsersCommand.self, RespondentsCommand.self,
    ]
  )
}
