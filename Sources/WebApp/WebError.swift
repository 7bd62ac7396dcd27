import Foundation
import ObservatoireCore

/// What a request can run into, in French, each with its HTTP status (one mapping, `status`).
public enum WebError: UserFacingError, Equatable {
  case notFound
  case uploadTooLarge(limit: Int)
  case missingFileName
  case jobAlreadyRunning
  case noRunningJob
  case noJob
  case badRequest(String)
  case csrf
  case notLoggedIn
  case forbidden(role: String)
  case administratorsOnly
  /// Single sign-on named a person with no account here.
  case unknownIdentity(String)

  public var messageFR: String {
    switch self {
    case .notFound: "Page ou projet introuvable."
    case .uploadTooLarge(let limit):
      "Fichier trop volumineux : la limite est de \(limit / 1_000_000) Mo (réglable avec --max-upload)."
    case .missingFileName: "Nom de fichier manquant : envoyez l'export avec son nom (paramètre « nom »)."
    case .jobAlreadyRunning: "Une analyse de ce projet est déjà en cours : attendez sa fin ou annulez-la."
    case .noRunningJob: "Aucune analyse en cours pour ce projet."
    case .noJob: "Aucune analyse lancée pour ce projet depuis le démarrage du serveur."
    case .badRequest(let detail): "Requête invalide : \(detail)"
    case .notLoggedIn: "Connexion requise : identifiez-vous sur la page « Connexion »."
    case .forbidden(let role):
      "Votre rôle (\(role)) permet de lire, pas de modifier : demandez à un administrateur le rôle analyste."
    case .administratorsOnly: "Réservé aux administrateurs."
    case .unknownIdentity(let identifier):
      "Le compte « \(identifier) » transmis par l'authentification de l'académie n'existe pas dans "
        + "Observatoire : demandez à un administrateur de le créer (observatoire users add)."
    case .csrf:
      "Formulaire expiré ou envoyé d'ailleurs (jeton de sécurité absent ou invalide) : rechargez la page et recommencez."
    }
  }

  public var status: Int {
    switch self {
    case .notFound, .noJob: 404
    case .uploadTooLarge: 413
    case .missingFileName, .badRequest: 400
    case .jobAlreadyRunning, .noRunningJob: 409
    case .csrf, .forbidden, .administratorsOnly, .unknownIdentity: 403
    case .notLoggedIn: 401
    }
  }
}
