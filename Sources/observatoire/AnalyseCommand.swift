import ArgumentParser

struct AnalyseCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyse",
    abstract: "Analyse les réponses libres (arguments, thèmes, synthèses)."
  )

  func run() async throws {
    throw ValidationError("« observatoire analyse » n'est pas encore disponible dans cette version.")
  }
}
