import Foundation
import Ingest
import ObservatoireCore
import Privacy
import Storage

/// What an import did: the questions found, the counts, where the project is, and the privacy
/// review (every masked value's context, the possible findings).
public struct ImportResult: Sendable {
  public var outline: ConsultationOutline
  public var summary: ImportSummary
  public var project: String
  public var review: PrivacyReview
}

/// How far an import has gone, for a front end to show.
public enum ImportEvent: Sendable {
  /// The export is being read a first time to infer the questions (`bytes` of it).
  case reading(file: String, bytes: Int?)
  /// `done` of `total` responses masked and stored.
  case stored(done: Int, total: Int)
}

/// Reads an export, masks personal data in every free-text answer and stores the consultation
/// in a project (replacing the previous one in one transaction). Shared by `import` and `analyse`.
/// Responses go from the export to the project by batches, never all in memory.
public struct ProjectImport: Sendable {
  public var file: String
  public var project: String?
  public var mapping: ImportMapping?
  public var sheet: String?
  /// Possible findings the analyst confirms with this import (`PossibleFinding.id`), kept in the
  /// project with those confirmed before and applied to every later import.
  public var confirmations: [String] = []

  public init(
    file: String, project: String? = nil, mapping: ImportMapping? = nil, sheet: String? = nil,
    confirmations: [String] = []
  ) {
    self.file = file
    self.project = project
    self.mapping = mapping
    self.sheet = sheet
    self.confirmations = confirmations
  }

  /// The project path used when none is given: the export's name with `.observatoire`.
  public static func defaultProjectPath(for file: String) -> String {
    URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".observatoire"
  }

  /// Imports on a thread of its own: the import is long synchronous work (reading, masking on
  /// every core, one SQLite transaction) that must not hold a thread of the cooperative pool,
  /// which a web server's requests and the analysis tasks share.
  public func run(events: @escaping @Sendable (ImportEvent) -> Void = { _ in }) async throws -> ImportResult {
    try await withCheckedThrowingContinuation { continuation in
      let thread = Thread {
        continuation.resume(with: Result { try self.runBlocking(events: events) })
      }
      thread.name = Self.threadName
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// A column whose few distinct values hold an e-mail, a phone, a NIR, an IBAN, a school code
  /// or an address is free text, whatever its shape: read as choices it would not be masked.
  static let identifierCheck: IdentifierCheck = {
    let identifiers = PersonalDataMasker(
      options: MaskingOptions(kinds: [.email, .telephone, .nir, .iban, .uai, .adresse]))
    return { !identifiers.mask($0).findings.isEmpty }
  }()

  /// The import thread's name (Linux keeps 15 characters).
  public static let threadName = "obs-import"

  /// Imports on the calling thread.
  public func runBlocking(events: (ImportEvent) -> Void = { _ in }) throws -> ImportResult {
    let url = URL(fileURLWithPath: file)
    if sheet != nil, !ConsultationImporter.spreadsheetExtensions.contains(url.pathExtension.lowercased()) {
      throw IngestError(
        .unsupportedFormat("une feuille demandée pour un fichier texte"),
        at: SourceLocation(file: url.lastPathComponent))
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
    let importer = ConsultationImporter(
      mapping: mapping, masking: masking, identifierCheck: Self.identifierCheck)
    let projectPath = project ?? Self.defaultProjectPath(for: file)
    let isNewProject = !FileManager.default.fileExists(atPath: projectPath)
    // A file already there must be a project: an export or another database is never written into.
    if !isNewProject { try ProjectDatabase.checkIsProject(path: projectPath) }
    // The export is read and checked before the project is opened: a bad export leaves it untouched.
    events(
      .reading(file: url.lastPathComponent, bytes: try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize))
    // The name lists load while the export is read, not when its first answer is masked.
    Thread { PersonalDataMasker.loadLists() }.start()
    let prepared = try importer.prepare(at: url, sheet: sheet)
    let summary: ImportSummary
    do {
      summary = try Self.store(
        prepared, in: projectPath, state: state, confirmations: confirmations, events: events)
    } catch {
      // A project the failed import created is removed: nothing is left behind.
      if isNewProject {
        for suffix in ["", "-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: projectPath + suffix)
        }
      }
      throw error
    }
    return ImportResult(
      outline: prepared.outline, summary: summary, project: projectPath, review: state.collector.result.review
    )
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
    _ prepared: PreparedImport, in path: String, state: MaskingState, confirmations: [String],
    events: (ImportEvent) -> Void
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
        let total = prepared.responseCount
        var done = 0
        var summary = try prepared.readResponses { batch in
          try writer.append(batch)
          done += batch.count
          events(.stored(done: done, total: total))
        }
        let elsewhere = try maskNamesElsewhere(
          writer: writer, questions: outline.questions.filter { $0.kind == .freeText }.map(\.id),
          collector: state.collector)
        if elsewhere > 0 { summary.maskedCounts[PersonalDataKind.personne.rawValue, default: 0] += elsewhere }
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

extension ProjectImport {
  /// Masks, in every free-text answer stored, the names the masker found in other answers
  /// (`MaskedNames`), on every core; returns how many occurrences it masked.
  static func maskNamesElsewhere(
    writer: ConsultationWriter, questions: [QuestionID], collector: PrivacyReviewCollector
  ) throws -> Int {
    let names = collector.maskedNames
    guard !names.isEmpty else { return 0 }
    var masked = 0
    _ = try writer.rewriteTexts(of: questions) { texts in
      let results = texts.concurrentMap(minimumPerWorker: 256) { names.masking($0) }
      for case let result? in results {
        collector.recordElsewhere(result)
        masked += result.findings.count
      }
      return results.map { $0?.text }
    }
    return masked
  }
}

/// The project could not be written (disk full, permissions…).
public struct ProjectWriteError: UserFacingError {
  public var path: String
  public var detail: String
  public var messageFR: String {
    "Erreur dans \(path) : impossible d'enregistrer la consultation (\(detail))."
  }
}
