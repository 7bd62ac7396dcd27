import ArgumentParser

/// How the commands that read a project name it: as their argument (`observatoire stats P`) or
/// with `--project P`, the same in every command; the current folder when neither is given.
struct ProjectChoice: ParsableArguments {
  @ArgumentParser.Argument(
    help: ArgumentHelp(
      "Le projet (.observatoire), ou un dossier qui en contient un seul (par défaut : le dossier courant).",
      valueName: "projet"))
  var positional: String?

  @Option(
    name: .customLong("project"),
    help: ArgumentHelp("Le projet, comme l'argument (l'un ou l'autre).", valueName: "projet"))
  var option: String?

  var path: String { option ?? positional ?? "." }

  func validate() throws {
    if let option, let positional, option != positional {
      throw ValidationError(
        "Deux projets donnés (« \(positional) » et --project « \(option) ») : n'en donnez qu'un.")
    }
  }
}
