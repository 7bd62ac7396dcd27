import ArgumentParser
import Foundation
import ObservatoireApp
import ObservatoireCore

/// Data-subject requests on a project's respondents.
struct RespondentsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "respondents",
    abstract: "Droits des personnes : supprimer un répondant et tout ce qui en dérive.",
    subcommands: [DeleteRespondentCommand.self],
    aliases: ["repondants"]
  )
}

struct DeleteRespondentCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Supprime un répondant (sur demande) et tout ce qui en dérive.",
    discussion: """
      Supprime ses réponses, ses arguments dans chaque analyse, leurs citations,
      ses codages manuels, les entrées du cache calculées à partir de ses
      réponses, et le retire des effectifs (thèmes, positions, segments). Les
      synthèses qui le citaient sont marquées « à réécrire » : relancez
      « observatoire analyse » pour les réécrire. Le journal garde la date,
      l'opérateur et les nombres d'éléments supprimés, jamais l'identifiant ni
      le texte. Irréversible : --confirmer est exigé.
      """,
    aliases: ["supprimer"]
  )

  @ArgumentParser.Argument(
    help: ArgumentHelp(
      "Le projet (.observatoire), ou un dossier qui en contient un seul.", valueName: "projet"))
  var project: String

  @ArgumentParser.Argument(
    help: ArgumentHelp(
      "L'identifiant du répondant, tel qu'il figure dans l'export.", valueName: "identifiant-répondant"))
  var respondent: String

  @Flag(name: .customLong("confirmer"), help: "Confirme la suppression, irréversible.")
  var confirmed = false

  @Option(
    name: .customLong("operateur"),
    help: ArgumentHelp(
      "Qui fait la suppression, pour le journal (par défaut : l'utilisateur du système).", valueName: "nom"))
  var operatorName: String?

  func run() async throws {
    try await exitingOnUserFacingErrors {
      try RespondentRemoval.checkProject(project)
      guard confirmed else { throw RespondentCommandError.notConfirmed(respondent: respondent) }
      let who = operatorName ?? ProcessInfo.processInfo.environment["USER"] ?? "inconnu"
      let summary = try RespondentRemoval.delete(respondent: respondent, project: project, by: who)
      print(
        "Répondant supprimé : \(summary.answers) réponse(s), \(summary.arguments) argument(s), "
          + "\(summary.citations) citation(s), \(summary.cacheEntries) entrée(s) du cache, "
          + "\(summary.handCodings) codage(s) manuel(s).")
      if summary.synthesesToRewrite > 0 {
        print(
          "\(summary.synthesesToRewrite) synthèse(s) le citaient : marquées « à réécrire » ; relancez "
            + "« observatoire analyse » pour les réécrire.")
      }
    }
  }
}

enum RespondentCommandError: UserFacingError {
  case notConfirmed(respondent: String)

  var messageFR: String {
    switch self {
    case .notConfirmed(let respondent):
      "Erreur : la suppression du répondant « \(respondent) » est irréversible : relancez la commande avec "
        + "--confirmer."
    }
  }
}
