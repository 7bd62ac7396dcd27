import Foundation
import Storage
import TestSupport
import Testing

@Suite struct RespondentsCommandTests {
  @Test func deletionAsksForConfirmationThenRemovesTheRespondent() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(
      try CLI.run(["import", ImportCommandTests.example, "--project", "p.observatoire"], in: dir).status == 0)
    let project = dir.appendingPathComponent("p.observatoire").path
    let first = try #require(
      try ProjectDatabase.openExisting(path: project).loadConsultation()?.responses.first?.id)
    let unconfirmed = try CLI.run(["respondents", "delete", "p.observatoire", first.rawValue], in: dir)
    #expect(unconfirmed.status != 0)
    #expect(unconfirmed.stderr.contains("--confirmer"), "\(unconfirmed.stderr)")
    #expect(try ProjectDatabase.openExisting(path: project).loadConsultation()?.responses.first?.id == first)
    let deleted = try CLI.run(
      ["repondants", "supprimer", "p.observatoire", first.rawValue, "--confirmer", "--operateur", "dpo"],
      in: dir)
    #expect(deleted.status == 0, "\(deleted.stderr)")
    #expect(deleted.stdout.hasPrefix("Répondant supprimé : "))
    let remaining =
      try ProjectDatabase.openExisting(path: project).loadConsultation()?.responses.map(\.id) ?? []
    #expect(!remaining.contains(first) && !remaining.isEmpty)
    let again = try CLI.run(
      ["respondents", "delete", "p.observatoire", first.rawValue, "--confirmer"], in: dir)
    #expect(again.stderr.contains("aucun répondant « \(first.rawValue) »"), "\(again.stderr)")
  }
}
