import ArgumentParser

struct ModelsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "models",
    abstract: "Liste, vérifie et mesure les modèles configurés."
  )

  func run() async throws {
    throw ValidationError("« observatoire models » n'est pas encore disponible dans cette version.")
  }
}
