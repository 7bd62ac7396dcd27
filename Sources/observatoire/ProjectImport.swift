import Foundation
import Ingest
import ObservatoireCore
import Privacy
import Storage

/// Reads an export, masks personal data in every free-text answer and stores the consultation
/// in a project (replacing the previous one in one transaction). Shared by `import` and `analyse`.
/// Responses go from the export to the project by batches, never all in memory.
struct ProjectImport {
  var file: String
  var project: String?
  var mapping: ImportMapping?
  var sheet: String?
  /// Possible findings the analyst confirms with this import (`PossibleFinding.id`), kept in the
  /// project with those confirmed before and applied to every later import.
  var confirmations: [String] = []

  /// The project path used when none is given: the export's name with `.observatoire`.
  static func defaultProjectPath(for file: String) -> String {
    URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".observatoire"
  }

  func run() throws -> (
    outline: ConsultationOutline, summary: ImportSummary, project: String, review: PrivacyReview
  ) {
    let url = URL(fileURLWithPath: file)
    if sheet != nil, !ConsultationImporter.spreadsheetExtensions.contains(url.pathExtension.lowercased()) {
      throw IngestError(
        .unsupportedFormat("--sheet sur un fichier texte"), at: SourceLocation(file: url.lastPathComponent))
    }
    // Free text is masked before it is stored; counts by kind are kept, and for review each masked
    // value's context (value hidden) and the possible findings. The masker, with the project's
    // confirmations, is set once the project is open, before the first answer is masked.
    let state = MaskingState()
    let masking: FreeTextMasking = { text in
      let masked = state.masker.mask(text)
      state.collector.record(masked)
      var counts: [String: Int] = [:]
      for finding in masked.findings { counts[finding.kind.rawValue, default: 0] += 1 }
      return (masked.text, counts)
    }
    let importer = ConsultationImporter(mapping: mapping, masking: masking)
    let projectPath = project ?? Self.defaultProjectPath(for: file)
    let isNewProject = !FileManager.default.fileExists(atPath: projectPath)
    // A file already there must be a project: an export or another database is never written into.
    if !isNewProject { try ProjectDatabase.checkIsProject(path: projectPath) }
    // The export is read and checked before the project is opened: a bad export leaves it untouched.
    ImportProgress.announceReading(of: url)
    let prepared = try importer.prepare(at: url, sheet: sheet)
    let summary: ImportSummary
    do {
      summary = try Self.store(prepared, in: projectPath, state: state, confirmations: confirmations)
    } catch {
      // A project the failed import created is removed: nothing is left behind.
      if isNewProject {
        for suffix in ["", "-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: projectPath + suffix)
        }
      }
      throw error
    }
    return (prepared.outline, summary, projectPath, state.collector.result.review)
  }
}

/// The masker of an import and what it found, shared by the threads that mask. Both are replaced
/// once, before masking starts (`ProjectImport.store`), and only read afterwards.
final class MaskingState: @unchecked Sendable {
  var masker = PersonalDataMasker()
  var collector = PrivacyReviewCollector(salt: "")
}

extension ProjectImport {
  /// Streams the responses into the project at `path`, in one transaction.
  fileprivate static func store(
    _ prepared: PreparedImport, in path: String, state: MaskingState, confirmations: [String]
  ) throws -> ImportSummary {
    do {
      let database = try ProjectDatabase(path: path)
      let confirmed = try database.privacyConfirmations().union(confirmations)
      state.masker = PersonalDataMasker(options: MaskingOptions(confirmed: confirmed))
      state.collector = PrivacyReviewCollector(
        salt: try database.privacySalt(creatingWith: MaskedValueFingerprint.newSalt))
      let summary = try database.replaceConsultation { writer in
        let outline = prepared.outline
        try writer.begin(title: outline.title, sourceName: outline.sourceName, questions: outline.questions)
        var progress = ImportProgress(total: prepared.responseCount)
        let summary = try prepared.readResponses { batch in
          try writer.append(batch)
          progress.advance(by: batch.count)
        }
        try writer.finish(privacy: PrivacySummary(maskedCounts: summary.maskedCounts))
        return summary
      }
      try database.confirmPrivacyFindings(confirmations.map { ($0, PersonalDataKind.personne.rawValue) })
      try database.replaceMaskedValueFingerprints(state.collector.result.fingerprints)
      return summary
    } catch let error as any UserFacingError {
      throw error
    } catch {
      throw ProjectWriteError(path: path, detail: "\(error)")
    }
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

/// Responses stored so far, redrawn on standard error when it is a terminal and the import long
/// enough to wait for; silent otherwise, so that logs and scripts see only the summary.
struct ImportProgress {
  let total: Int
  private var done = 0
  private var lastDraw = Date.distantPast
  private let shown: Bool

  init(total: Int, minimumTotal: Int = 50_000) {
    self.total = total
    shown = total >= minimumTotal && isatty(STDERR_FILENO) != 0
  }

  /// A line while a large export is read a first time, on a terminal only.
  static func announceReading(of url: URL, minimumBytes: Int = 16_000_000) {
    guard isatty(STDERR_FILENO) != 0,
      let size = try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize, size >= minimumBytes
    else { return }
    let line = "Lecture de \(url.lastPathComponent) (\(size / 1_000_000) Mo) : types des questions…\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  mutating func advance(by count: Int) {
    done += count
    guard shown else { return }
    let now = Date()
    let finished = done >= total
    guard finished || now.timeIntervalSince(lastDraw) > 0.2 else { return }
    lastDraw = now
    let percent = total > 0 ? done * 100 / total : 100
    let line = "\r\u{1B}[2KImport : \(done)/\(total) réponses masquées et enregistrées (\(percent) %)"
    FileHandle.standardError.write(Data((line + (finished ? "\n" : "")).utf8))
  }
}
