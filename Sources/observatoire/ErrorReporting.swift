import ArgumentParser
import Foundation
import Inference
import ObservatoireCore
import Observatory

/// The one exit-code policy of every command: an error meant for the analyst (`UserFacingError`)
/// prints « Erreur : … » in French on standard error and exits with status 2; a usage error
/// (ArgumentParser's validation) exits with 64; anything else goes to ArgumentParser (status 1).
func exitingOnUserFacingErrors(_ body: () async throws -> Void) async throws {
  do {
    try await body()
  } catch let error as any UserFacingError {
    printError(error.messageFR + commandLineHint(for: error))
    throw ExitCode(2)
  }
}

/// The options that act on an error, named by the command line only (library errors speak of the
/// domain; a web app gives its own hints).
func commandLineHint(for error: any Error) -> String {
  if let error = error as? ObservatoryError {
    return switch error {
    case .noPublication: " Générez-la avec « observatoire publication generer »."
    case .unvalidatedPublication:
      " Validez-la avec « observatoire publication valider » ; un brouillon s'exporte avec --brouillon."
    case .notEnoughWaves: " (ajoutez une vague avec « observatoire serie ajouter »)"
    case .noConsultation: " (importez-la avec « observatoire import » ou « observatoire analyse »)"
    default: ""
    }
  }
  return switch error as? InferenceError {
  case .modelNotFound?: " (options --generator, --embedder ou fichier observatoire.yaml)"
  case .requestRejected(_, let status, _)? where status == 401 || status == 403: " (option --api-key-env)"
  case .requestRejected(_, 404, _)?: " (options --generator et --model-name)"
  default: ""
  }
}

/// A French error line on standard error, « Erreur : » in front unless the message has it.
func printError(_ message: String) {
  let line = message.hasPrefix("Erreur") ? message : "Erreur : " + message
  FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// A warning or note on standard error, as it is.
func printWarning(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// An error the command line itself finds (a missing file, a flag's hint).
struct CommandError: UserFacingError {
  var messageFR: String
  init(_ message: String) { messageFR = message }
}
