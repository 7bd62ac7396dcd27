import ArgumentParser
import Privacy

/// `--k`, the same in every command that publishes counts (`analyse`, `report`, `stats`).
struct SmallCellOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Effectif minimal publié : tout effectif de répondants inférieur à k est masqué, ainsi que ce qui permettrait de le retrouver par différence. Par défaut, le k le plus strict des analyses du projet, sinon \(SmallCellPolicy.defaultMinimumCellSize).",
      valueName: "k"))
  var k: Int?

  func validate() throws {
    if let k, k < 1 { throw ValidationError("--k doit être au moins 1.") }
  }
}
