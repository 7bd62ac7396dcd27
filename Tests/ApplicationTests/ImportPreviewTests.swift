import Foundation
import ObservatoireApp
import ObservatoireCore
import Storage
import TestSupport
import Testing

/// The question check before an import (the web app's « Vérifier les questions »): what the
/// export holds, read without storing anything, then imported with the analyst's corrections.
@Suite struct ImportPreviewTests {
  static let example = Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")

  @Test func correctionsOfTypesAndSegmentsReachTheProject() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let preview = try await ImportPreview.read(file: Self.example.path)
    #expect(preview.fileName == "enseignants-ia.csv")
    #expect(preview.responseCount == 300)
    let inferred = Dictionary(uniqueKeysWithValues: preview.questions.map { ($0.id.rawValue, $0) })
    #expect(inferred["Q5"]?.kind == .freeText)
    #expect(inferred["ROLE"]?.kind == .singleChoice)
    #expect(inferred["DEGRE"]?.isSegment == true)
    #expect(inferred["Q1"]?.isSegment == false)

    // What a browser sends: every type as chosen, the boxes as checked.
    var kinds = Dictionary(uniqueKeysWithValues: preview.questions.map { ($0.id, $0.kind.rawValue) })
    kinds[QuestionID("ROLE")] = "identifiant"
    var segments = Set(preview.questions.filter(\.isSegment).map(\.id))
    segments.remove(QuestionID("DEGRE"))
    segments.insert(QuestionID("Q1"))
    let project = folder.appendingPathComponent("projet.observatoire").path
    _ = try await preview.importing(file: Self.example.path, into: project, kinds: kinds, segments: segments)
      .run()

    let consultation = try #require(try ProjectDatabase.openExisting(path: project).loadConsultation())
    let stored = Dictionary(uniqueKeysWithValues: consultation.questions.map { ($0.id.rawValue, $0) })
    #expect(stored["ROLE"]?.kind == .identifier)
    #expect(stored["DEGRE"]?.isSegment == false)
    #expect(stored["Q1"]?.isSegment == true)
    #expect(stored["ACAD"]?.isSegment == true, "what the analyst left alone stays as inferred")
    #expect(stored["Q5"]?.kind == .freeText)
    #expect(consultation.responses.count == 300)
  }

  @Test func anUnknownTypeIsAFrenchErrorNamingTheQuestion() async throws {
    let preview = try await ImportPreview.read(file: Self.example.path)
    let error = #expect(throws: (any Error).self) {
      _ = try preview.importing(
        file: Self.example.path, into: "/nulle-part.observatoire", kinds: [QuestionID("Q3"): "sondage"],
        segments: [])
    }
    let message = (error as? any UserFacingError)?.messageFR ?? ""
    #expect(message.contains("« sondage » inconnu pour « Q3 »"), "\(String(describing: error))")
  }
}
