import ObservatoireCore

public enum PipelineError: UserFacingError, Equatable {
  case missingPrompt(String)
  case noConsultation
  case unknownQuestion(String, available: [String])
  case notFreeText(String)
  case noFreeTextQuestion
  case incompleteStage(String)

  public var messageFR: String {
    switch self {
    case .missingPrompt(let name):
      "Le fichier de consignes « \(name) » est introuvable dans l'installation d'Observatoire."
    case .noConsultation:
      "Le projet ne contient pas encore de consultation importée : lancez d'abord « observatoire import »."
    case .unknownQuestion(let code, let available):
      "Question « \(code) » inconnue. Questions à réponse libre : \(available.isEmpty ? "aucune" : available.joined(separator: ", "))."
    case .notFreeText(let code):
      "La question « \(code) » n'est pas une question à réponse libre : seules celles-ci s'analysent."
    case .noFreeTextQuestion:
      "Cette consultation ne contient aucune question à réponse libre à analyser."
    case .incompleteStage(let stage):
      "L'étape « \(stage) » s'est arrêtée avant d'avoir traité tous les éléments ; relancez l'analyse pour la reprendre."
    }
  }
}
