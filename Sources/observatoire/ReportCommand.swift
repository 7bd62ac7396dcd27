import ArgumentParser

struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Produit le rapport (HTML, Markdown, JSON, ODS, CSV)."
  )

  func run() async throws {
    throw ValidationError("« observatoire report » n'est pas encore disponible dans cette version.")
  }
}
