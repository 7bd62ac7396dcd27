import ArgumentParser

struct StatsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Statistiques des questions fermées."
  )

  func run() async throws {
    throw ValidationError("« observatoire stats » n'est pas encore disponible dans cette version.")
  }
}
