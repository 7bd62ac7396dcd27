import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Importe un export d'enquête dans un projet."
  )

  func run() async throws {
    throw ValidationError("« observatoire import » n'est pas encore disponible dans cette version.")
  }
}
