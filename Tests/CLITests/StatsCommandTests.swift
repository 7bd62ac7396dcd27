import Foundation
import TestSupport
import Testing

/// `stats --by`: what respondents can be split by.
@Suite struct StatsCommandTests {
  static var example: String { ImportCommandTests.example }

  @Test func statsByAcceptsOnlySegmentsAndSingleAnswerClosedQuestions() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try CLI.run(["import", Self.example, "--project", "p.observatoire"], in: dir).status == 0)
    for code in ["Q5", "id", "Q2", "INCONNU"] {
      let result = try CLI.run(["stats", "--project", "p.observatoire", "--by", code], in: dir)
      #expect(result.status != 0, "\(code)")
      #expect(result.stdout.isEmpty, "\(code): no table printed")
      #expect(result.stderr.hasPrefix("Erreur : --by"), "\(code): \(result.stderr)")
      #expect(
        result.stderr.contains("Codes possibles : DEGRE, ACAD, DISC, ROLE, Q1, Q3."), "\(result.stderr)")
    }
    let byDegree = try CLI.run(["stats", "--project", "p.observatoire", "--by", "DEGRE"], in: dir)
    #expect(byDegree.status == 0, "\(byDegree.stderr)")
    #expect(byDegree.stdout.contains("Par « Dans quel degré exercez-vous ? »"))
  }
}
