import Foundation
import ObservatoireCore

/// Why a report could not be loaded, in French for the analyst.
enum ReportLoadingError: UserFacingError {
  case databaseNotWired(project: String)
  case unreadable(path: String, reason: String)
  case invalidJSON(path: String, line: Int?, column: Int?, reason: String)

  var messageFR: String {
    switch self {
    case .databaseNotWired(let project):
      "La lecture du rapport depuis le projet « \(project) » n'est pas encore disponible : utilisez --from-json FICHIER."
    case .unreadable(let path, let reason):
      "Impossible de lire « \(path) » : \(reason)"
    case .invalidJSON(let path, let line, let column, let reason):
      "Fichier JSON invalide : \(SourceLocation(file: path, line: line, column: column)) : \(reason)"
    }
  }
}

/// Loads the analysis of a project from its database.
// TODO(lead): wire to Storage once the project database stores ConsultationReport values.
func loadConsultationReport(project: String) throws -> ConsultationReport {
  throw ReportLoadingError.databaseNotWired(project: project)
}

/// Loads a JSON-encoded `ConsultationReport` (dates in ISO 8601), e.g. to re-render an export.
func loadConsultationReport(jsonFile path: String) throws -> ConsultationReport {
  let data: Data
  do {
    data = try Data(contentsOf: URL(fileURLWithPath: path))
  } catch {
    throw ReportLoadingError.unreadable(path: path, reason: error.localizedDescription)
  }
  let decoder = JSONDecoder()
  decoder.dateDecodingStrategy = .iso8601
  do {
    return try decoder.decode(ConsultationReport.self, from: data)
  } catch let error as DecodingError {
    throw ReportLoadingError.invalidJSON(path: path, line: nil, column: nil, reason: describe(error))
  } catch {
    throw ReportLoadingError.invalidJSON(
      path: path, line: nil, column: nil, reason: error.localizedDescription)
  }
}

private func describe(_ error: DecodingError) -> String {
  func path(_ context: DecodingError.Context) -> String {
    let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
      .drop { $0 == "." }
    return keys.isEmpty ? "racine" : String(keys)
  }
  switch error {
  case .keyNotFound(let key, let context):
    return "champ « \(key.stringValue) » manquant (dans \(path(context)))"
  case .typeMismatch(_, let context), .valueNotFound(_, let context):
    return "valeur inattendue à « \(path(context)) »"
  case .dataCorrupted(let context): return "contenu illisible à « \(path(context)) »"
  @unknown default: return "contenu illisible"
  }
}
