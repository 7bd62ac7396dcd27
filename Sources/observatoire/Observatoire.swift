import ArgumentParser
import Foundation

@main
struct Observatoire: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "observatoire",
    abstract: "Analyse locale de consultations sur l'IA à l'école.",
    discussion: """
      Observatoire importe un export d'enquête (CSV, XLSX, ODS, LimeSurvey, Forms), masque les \
      données personnelles, calcule les statistiques des questions fermées, puis analyse les \
      réponses libres avec des modèles exécutés sur cette machine : extraction des arguments, \
      plongements, regroupement en thèmes, synthèses citant leurs sources. Rien ne quitte la \
      machine, sauf si vous configurez un serveur distant.
      """,
    version: "0.1.0",
    subcommands: [
      ImportCommand.self, StatsCommand.self, AnalyseCommand.self, ReportCommand.self,
      ModelsCommand.self, ServeCommand.self, UsersCommand.self, RespondentsCommand.self,
      RegisterCommand.self, TrainingCommand.self, SeriesCommand.self, PublicationCommand.self,
    ]
  )

  /// ArgumentParser's own `main`, but with its messages and help in French
  /// (`FrenchParserMessages`): help on standard output, errors on standard error, same exit codes.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      let message = FrenchParserMessages.translate(fullMessage(for: error))
      let code = exitCode(for: error)
      if !message.isEmpty {
        let output = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        output.write(Data((message + "\n").utf8))
      }
      Foundation.exit(code.rawValue)
    }
  }
}
