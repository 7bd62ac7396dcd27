import Foundation
import Ingest
import ObservatoireCore
import Privacy
import Storage

/// Reads an export, masks personal data in every free-text answer and stores the consultation
/// in a project (replacing the previous one in one transaction). Shared by `import` and `analyse`.
struct ProjectImport {
  var file: String
  var project: String?
  var mapping: ImportMapping?
  var sheet: String?

  /// The project path used when none is given: the export's name with `.observatoire`.
  static func defaultProjectPath(for file: String) -> String {
    URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".observatoire"
  }

  func run() throws -> (consultation: Consultation, summary: ImportSummary, project: String) {
    let url = URL(fileURLWithPath: file)
    if sheet != nil, !ConsultationImporter.spreadsheetExtensions.contains(url.pathExtension.lowercased()) {
      throw IngestError(
        .unsupportedFormat("--sheet sur un fichier texte"), at: SourceLocation(file: url.lastPathComponent))
    }
    // Free text is masked before it is stored; only counts by kind are kept.
    let masker = PersonalDataMasker()
    let masking: FreeTextMasking = { text in
      let masked = masker.mask(text)
      var counts: [String: Int] = [:]
      for finding in masked.findings { counts[finding.kind.rawValue, default: 0] += 1 }
      return (masked.text, counts)
    }
    let importer = ConsultationImporter(mapping: mapping, masking: masking)
    let (consultation, summary) = try importer.importFile(at: url, sheet: sheet)
    let projectPath = project ?? Self.defaultProjectPath(for: file)
    do {
      let database = try ProjectDatabase(path: projectPath)
      try database.saveConsultation(consultation, privacy: PrivacySummary(maskedCounts: summary.maskedCounts))
    } catch {
      throw ProjectWriteError(path: projectPath, detail: "\(error)")
    }
    return (consultation, summary, projectPath)
  }
}

/// Whether `path` is an Observatoire project (an SQLite file) rather than an export to import.
func isProjectFile(_ path: String) -> Bool {
  if path.hasSuffix(".observatoire") { return true }
  guard let handle = FileHandle(forReadingAtPath: path) else { return false }
  defer { try? handle.close() }
  let header = (try? handle.read(upToCount: 16)) ?? Data()
  return header == Data("SQLite format 3\0".utf8)
}
