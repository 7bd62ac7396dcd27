import Analysis
import ArgumentParser
import Foundation
import ObservatoireCore
import Reporting
import Storage

/// Why a report could not be loaded, in French for the analyst.
enum ReportLoadingError: UserFacingError {
  case projectNotFound(project: String)
  case ambiguousProject(folder: String, candidates: [String])
  case unreadable(path: String, reason: String)
  case invalidJSON(path: String, line: Int?, column: Int?, reason: String)
  case publishedAtAnotherK(path: String, documentK: Int?, requested: Int)

  var messageFR: String {
    switch self {
    case .projectNotFound(let project):
      "Aucun projet Observatoire trouvé à « \(project) » : donnez le fichier .observatoire créé par « observatoire import » ou « observatoire analyse »."
    case .ambiguousProject(let folder, let candidates):
      "Le dossier « \(folder) » contient plusieurs projets (\(candidates.joined(separator: ", "))) : nommez celui à utiliser."
    case .unreadable(let path, let reason):
      "Impossible de lire « \(path) » : \(reason)"
    case .invalidJSON(let path, let line, let column, let reason):
      "Fichier JSON invalide : \(SourceLocation(file: path, line: line, column: column)) : \(reason)"
    case .publishedAtAnotherK(let path, let documentK, let requested):
      "« \(path) » a été publié avec k = \(documentK.map(String.init) ?? "?") : ses effectifs masqués ne "
        + "peuvent pas être recalculés avec k = \(requested). Relancez « observatoire report » sur le "
        + "projet avec --k \(requested), ou retirez --k."
    }
  }
}

/// The project file a command was given: the `.observatoire` file itself, or the only one in a
/// folder.
func projectFile(_ project: String) throws -> String {
  var isFolder: ObjCBool = false
  // A missing path goes on as it is: opening it says « le projet … n'existe pas ».
  guard FileManager.default.fileExists(atPath: project, isDirectory: &isFolder), isFolder.boolValue else {
    return project
  }
  let candidates = ((try? FileManager.default.contentsOfDirectory(atPath: project)) ?? [])
    .filter { $0.hasSuffix(".observatoire") }.sorted()
  guard let only = candidates.first else { throw ReportLoadingError.projectNotFound(project: project) }
  guard candidates.count == 1 else {
    throw ReportLoadingError.ambiguousProject(folder: project, candidates: candidates)
  }
  return URL(fileURLWithPath: project).appendingPathComponent(only).path
}

/// Loads the analysis of a project from its database: a `.observatoire` file, or a folder
/// holding exactly one.
func loadConsultationReport(project: String, minimumCellSize: Int? = nil) throws -> ConsultationReport {
  try ReportAssembly.report(
    from: try ProjectDatabase.openExisting(path: try projectFile(project)), minimumCellSize: minimumCellSize)
}

/// Loads an analysis document (`rapport.json`, or the output of `analyse --json`) to render it
/// again. Its counts were published when it was written: a different *k* cannot be applied to it.
func loadConsultationReport(jsonFile path: String, minimumCellSize: Int? = nil) throws -> ConsultationReport {
  let data: Data
  do {
    data = try Data(contentsOf: URL(fileURLWithPath: path))
  } catch {
    let reason =
      FileManager.default.fileExists(atPath: path) ? "lecture refusée ou impossible." : "fichier introuvable."
    throw ReportLoadingError.unreadable(path: path, reason: reason)
  }
  do {
    let report = try AnalysisDocument.decode(data).consultationReport
    if let minimumCellSize, minimumCellSize != report.privacy.minimumCellSize {
      throw ReportLoadingError.publishedAtAnotherK(
        path: path, documentK: report.privacy.minimumCellSize, requested: minimumCellSize)
    }
    return report
  } catch let error as AnalysisDocumentError {
    throw ReportLoadingError.invalidJSON(path: path, line: nil, column: nil, reason: error.messageFR)
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

/// Runs `body`, printing a user-facing error's French message on standard error and exiting with
/// status 2, as `import` does; other errors go to ArgumentParser.
func printingUserFacingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as any UserFacingError {
    var message = error.messageFR
    if !message.hasPrefix("Erreur") { message = "Erreur : " + message }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    throw ExitCode(2)
  }
}
