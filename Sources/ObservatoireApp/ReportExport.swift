import Analysis
import Foundation
import ObservatoireCore
import Privacy
import Reporting
import Storage

/// Why a report could not be loaded, in French for the analyst.
public enum ReportLoadingError: UserFacingError {
  case projectNotFound(project: String)
  case ambiguousProject(folder: String, candidates: [String])
  case unreadable(path: String, reason: String)
  case invalidJSON(path: String, line: Int?, column: Int?, reason: String)
  case publishedAtAnotherK(path: String, documentK: Int?, requested: Int)

  public var messageFR: String {
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
        + "peuvent pas être recalculés avec k = \(requested) : produisez le rapport depuis le projet "
        + "avec k = \(requested), ou gardez le k du document."
    }
  }
}

/// The project file a command was given: the `.observatoire` file itself, or the only one in a
/// folder.
public func projectFile(_ project: String) throws -> String {
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
public func loadConsultationReport(project: String, minimumCellSize: Int? = nil) throws -> ConsultationReport
{
  try ReportAssembly.report(
    from: try ProjectDatabase.openExisting(path: try projectFile(project)), minimumCellSize: minimumCellSize)
}

/// Loads an analysis document (`rapport.json`, or the output of `analyse --json`) to render it
/// again. Its counts were published when it was written: a different *k* cannot be applied to it.
public func loadConsultationReport(jsonFile path: String, minimumCellSize: Int? = nil) throws
  -> ConsultationReport
{
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

/// Whether `path` is an Observatoire project (an SQLite file) rather than an export to import.
public func isProjectFile(_ path: String) -> Bool {
  if path.hasSuffix(".observatoire") { return true }
  guard let handle = FileHandle(forReadingAtPath: path) else { return false }
  defer { try? handle.close() }
  let header = (try? handle.read(upToCount: 16)) ?? Data()
  return header == Data("SQLite format 3\0".utf8)
}

/// Writes a report, every file checked for personal data first (`PrivacyOutputAudit`).
public struct ReportExport: Sendable {
  public var report: ConsultationReport
  public var formats: Set<ReportFormat>
  public var language: ReportLanguage = .fr
  public var assets: DSFRAssets?
  /// The project the report comes from: the names masked at its import are looked for too
  /// (nil for a report read from an analysis document).
  public var project: String?
  /// Writes even when the check finds personal data (each case logged in the folder).
  public var allowsPersonalData = false
  /// The reviewers' changes for the method page; nil: read from `project`'s audit log.
  public var reviewJournal: [ReviewJournalEntry]?

  public init(report: ConsultationReport, formats: Set<ReportFormat>, project: String?) {
    self.report = report
    self.formats = formats
    self.project = project
  }

  /// Writes into `folder`, replacing an earlier report there; throws
  /// `ReportError.personalDataFound` when the check stops the export.
  public func write(to folder: URL) throws -> ReportOutput {
    // Reviewers known by an e-mail address are named without it (`ProjectReview.publishedActor`).
    var report = report
    for a in report.analyses.indices {
      for t in report.analyses[a].themes.indices {
        if let analyst = report.analyses[a].themes[t].validation?.analyst {
          report.analyses[a].themes[t].validation?.analyst = ProjectReview.publishedActor(analyst)
        }
      }
    }
    var writer = ReportWriter(report: report, language: language, assets: assets ?? .locate(explicit: nil))
    writer.audit = PrivacyOutputAudit(project: project)
    writer.allowsPersonalData = allowsPersonalData
    writer.reviewJournal = try reviewJournal ?? project.map { try ProjectReview.journal(project: $0) } ?? []
    return try writer.write(formats: formats, to: folder)
  }

  /// Syntheses are written at analysis time from the counts published then: a report with a
  /// larger *k* than an analysis was run with masks its tables, but the analysis's sentences may
  /// still state a count between the two.
  public static func synthesesWrittenUnderSmallerK(_ report: ConsultationReport) -> String? {
    guard let k = report.privacy.minimumCellSize else { return nil }
    let earlier = report.analyses.filter { ($0.minimumCellSize ?? k) < k }
    guard let smallest = earlier.compactMap(\.minimumCellSize).min() else { return nil }
    let questions = earlier.map(\.questionID.rawValue).joined(separator: ", ")
    return "Attention : les synthèses de \(questions) ont été écrites avec k = \(smallest) ; elles peuvent "
      + "citer un effectif que k = \(k) masque. Relancez l'analyse avec k = \(k) pour les réécrire."
  }
}

/// The check of everything a report writes: identifier shapes, and the names masked at import
/// when the report comes from a project (their keyed fingerprints, `MaskedValueFingerprint`).
public struct PrivacyOutputAudit: OutputAuditing {
  let auditor: OutputAuditor

  public init(project: String?) {
    var auditor = OutputAuditor()
    if let project, let database = Self.database(project),
      let salt = try? database.privacySalt(), let fingerprints = try? database.maskedValueFingerprints()
    {
      auditor = OutputAuditor(fingerprints: fingerprints, salt: salt)
    }
    self.auditor = auditor
  }

  public func personalData(in text: String) -> [(kind: String, context: String)] {
    auditor.scan(text).map { ($0.kind.rawValue, $0.context) }
  }

  /// The project at `path`, or the only one in the folder `path`, opened; nil otherwise (the
  /// report's loading has already said why).
  static func database(_ path: String) -> ProjectDatabase? {
    guard let file = try? projectFile(path), isProjectFile(file) else { return nil }
    return try? ProjectDatabase(path: file)
  }
}
