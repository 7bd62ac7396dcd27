import Foundation
import ObservatoireCore

/// Everything that can go wrong while loading or calling a model, worded for the analyst.
public enum InferenceError: UserFacingError, Equatable {
  case modelNotFound(path: String)
  case modelUnreadable(path: String, reason: String)
  case contextCreationFailed(path: String)
  case emptyPrompt
  case promptTooLong(tokens: Int, limit: Int)
  case invalidJSONSchema(reason: String)
  case decodeFailed(code: Int32)
  case serverUnreachable(url: String, reason: String)
  case serverError(url: String, status: Int, body: String)
  case requestRejected(url: String, status: Int, body: String)
  case invalidServerResponse(url: String, reason: String)
  case invalidConfiguration(file: String, reason: String)

  public var messageFR: String {
    switch self {
    case .modelNotFound(let path):
      return
        "Modèle introuvable : \(path). Lancez ./scripts/setup pour installer les modèles, ou indiquez un autre fichier de modèle dans la configuration."
    case .modelUnreadable(let path, let reason):
      return
        "Le fichier de modèle \(path) est illisible ou corrompu (\(reason)). Relancez ./scripts/setup pour le réinstaller."
    case .contextCreationFailed(let path):
      return
        "Impossible de préparer le modèle \(path) (mémoire insuffisante ou paramètres invalides : réduisez la taille du contexte)."
    case .emptyPrompt:
      return "La requête envoyée au modèle est vide : il n'y a rien à traiter."
    case .promptTooLong(let tokens, let limit):
      return
        "La requête fait \(tokens) jetons, plus que le contexte du modèle (\(limit) jetons). Raccourcissez le texte ou augmentez la taille du contexte."
    case .invalidJSONSchema(let reason):
      return "Schéma JSON non pris en charge : \(reason)."
    case .decodeFailed(let code):
      return "Le moteur llama.cpp a échoué pendant le calcul (code \(code))."
    case .serverUnreachable(let url, let reason):
      return
        "Le serveur \(url) est injoignable (\(reason)). Vérifiez l'adresse et que le serveur est démarré."
    case .serverError(let url, let status, let body):
      return "Le serveur \(url) a répondu par une erreur \(status) après plusieurs essais : \(body)"
    case .requestRejected(let url, let status, let body):
      let hint =
        status == 401 || status == 403
        ? " Vérifiez la clé d'API."
        : status == 404 ? " Vérifiez l'adresse et le nom du modèle demandé." : ""
      return "Le serveur \(url) a refusé la requête (erreur \(status)) : \(body)\(hint)"
    case .invalidServerResponse(let url, let reason):
      return "Réponse inattendue du serveur \(url) : \(reason)."
    case .invalidConfiguration(let file, let reason):
      return "Configuration invalide dans \(file) : \(reason)."
    }
  }

  public var messageEN: String {
    switch self {
    case .modelNotFound(let path): return "Model not found: \(path). Run ./scripts/setup."
    case .modelUnreadable(let path, let reason):
      return "Model file \(path) is unreadable or corrupt (\(reason))."
    case .contextCreationFailed(let path): return "Could not create a llama.cpp context for \(path)."
    case .emptyPrompt: return "The prompt is empty."
    case .promptTooLong(let tokens, let limit):
      return "The prompt has \(tokens) tokens, over the context of \(limit)."
    case .invalidJSONSchema(let reason): return "Unsupported JSON schema: \(reason)."
    case .decodeFailed(let code): return "llama_decode failed with code \(code)."
    case .serverUnreachable(let url, let reason): return "Server \(url) is unreachable (\(reason))."
    case .serverError(let url, let status, let body):
      return "Server \(url) answered \(status) after retries: \(body)"
    case .requestRejected(let url, let status, let body):
      return "Server \(url) rejected the request (\(status)): \(body)"
    case .invalidServerResponse(let url, let reason): return "Unexpected response from \(url): \(reason)."
    case .invalidConfiguration(let file, let reason): return "Invalid configuration in \(file): \(reason)."
    }
  }
}
