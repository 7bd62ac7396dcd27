import Foundation
import Ingest
import ObservatoireCore

/// What an export holds before it is imported: its questions with the types the import would
/// infer, for an analyst to check and correct (the mapping) before anything is stored. Nothing
/// is masked or kept: only the questions' wordings and types are read back.
public struct ImportPreview: Sendable, Hashable {
  public var fileName: String
  public var responseCount: Int
  public var questions: [Question]

  /// Reads `file` once (on a thread of its own, as an import does) and infers its questions.
  public static func read(file: String, sheet: String? = nil) async throws -> ImportPreview {
    try await withCheckedThrowingContinuation { continuation in
      let thread = Thread {
        continuation.resume(
          with: Result {
            let url = URL(fileURLWithPath: file)
            let prepared = try ConsultationImporter(identifierCheck: ProjectImport.identifierCheck)
              .prepare(at: url, sheet: sheet)
            return ImportPreview(
              fileName: url.lastPathComponent, responseCount: prepared.responseCount,
              questions: prepared.outline.questions)
          })
      }
      thread.name = ProjectImport.threadName
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// The analyst's choices as an import mapping: for each question (by id) the type and the
  /// segment flag chosen, kept only where they differ from the inferred ones; nil when nothing
  /// changes. A type the analyst names that does not exist is an error naming the question.
  func mapping(kinds: [QuestionID: String], segments: Set<QuestionID>) throws -> ImportMapping? {
    var overrides: [String: QuestionOverride] = [:]
    for question in questions {
      var override = QuestionOverride()
      if let chosen = kinds[question.id] {
        guard let kind = QuestionKind(rawValue: chosen) else {
          throw IngestError(
            .invalidMapping("type « \(chosen) » inconnu pour « \(question.id.rawValue) »"),
            at: SourceLocation(file: fileName))
        }
        if kind != question.kind { override.kind = kind }
      }
      let isSegment = segments.contains(question.id)
      if isSegment != question.isSegment { override.isSegment = isSegment }
      if override != QuestionOverride() { overrides[question.id.rawValue] = override }
    }
    return overrides.isEmpty
      ? nil : ImportMapping(overrides: overrides, fileName: "vérification des questions")
  }

  /// The import of `file` into `project` with the analyst's choices (see `mapping`).
  public func importing(
    file: String, into project: String, kinds: [QuestionID: String], segments: Set<QuestionID>
  ) throws -> ProjectImport {
    ProjectImport(file: file, project: project, mapping: try mapping(kinds: kinds, segments: segments))
  }
}
