import Foundation
import Ingest
import ObservatoireCore
import TestSupport
import Testing

@Suite struct SurveyShapeTests {
  static var example: URL { Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv") }

  @Test func infersEveryQuestionTypeOfTheLimeSurveyExample() throws {
    let (c, summary) = try ConsultationImporter().importFile(at: Self.example)
    #expect(summary.encoding == .utf8)
    #expect(summary.raggedRows.isEmpty)
    #expect(c.responses.count == 300)
    let kinds = Dictionary(uniqueKeysWithValues: c.questions.map { ($0.id.rawValue, $0.kind) })
    #expect(kinds["id"] == .identifier)
    #expect(kinds["submitdate"] == .identifier)
    #expect(kinds["DEGRE"] == .singleChoice)
    #expect(kinds["Q1"] == .singleChoice)
    #expect(kinds["Q2"] == .multipleChoice)
    #expect(kinds["Q3"] == .scale)
    #expect(kinds["Q4"] == .ranking)
    #expect(kinds["Q5"] == .freeText)
    let q2 = try #require(c.question("Q2"))
    #expect(q2.options.first == "Préparer des cours")
    #expect(q2.options.count == 6)
    #expect(q2.sourceColumns.count == 6)
    #expect(q2.title == "Pour quels usages utilisez-vous l'IA ?")
    #expect(c.question("Q3")?.scale == 0...10)
    #expect(Set(c.segmentQuestions.map(\.id)) == ["DEGRE", "ACAD", "DISC", "ROLE"])
    #expect(
      c.question("Q5")?.title == "Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?")
    // Response ids come from the id column; LimeSurvey's N/A is no answer.
    #expect(c.responses[1].id == "2")
    #expect(c.responses[1][QuestionID("Q2")] == nil)
    #expect(c.responses.contains { $0.text("Q5")?.contains("<script>") == true })
  }

  @Test func readsFormsMultipleAnswersJoinedBySemicolons() throws {
    var csv = "Horodateur,Adresse e-mail,Quels outils utilisez-vous ?,Votre niveau\n"
    let tools = ["ChatGPT", "Mistral", "Copilot", "Aucun"]
    for i in 0..<40 {
      let picked = (0..<tools.count).filter { (i >> $0) & 1 == 1 }.map { tools[$0] }
      csv += "2024/03/0\(i % 9 + 1) 10:00:00,p\(i)@exemple.fr,\"\(picked.joined(separator: ";"))\",Lycée\n"
    }
    let (c, _) = try importBytes(Array(csv.utf8))
    let toolsQuestion = try #require(c.questions.first { $0.title == "Quels outils utilisez-vous ?" })
    #expect(toolsQuestion.kind == .multipleChoice)
    #expect(Set(toolsQuestion.options) == Set(tools))
    #expect(c.responses[3][toolsQuestion.id] == .choices(["ChatGPT", "Mistral"]))
    #expect(c.questions[0].kind == .identifier)
    #expect(c.questions[3].isSegment)
  }

  @Test func appliesTheAnalystsMappingAndRejectsAMissingColumn() throws {
    let mapping = ImportMapping(
      overrides: [
        "Q3": QuestionOverride(kind: .number), "ACAD": QuestionOverride(isSegment: false),
        "Q1": QuestionOverride(title: "Usage de l'IA"),
      ], fileName: "m.yaml")
    let (c, _) = try ConsultationImporter(mapping: mapping).importFile(at: Self.example)
    #expect(c.question("Q3")?.kind == .number)
    #expect(c.question("Q3")?.confidence == 1)
    #expect(c.question("ACAD")?.isSegment == false)
    #expect(c.question("Q1")?.title == "Usage de l'IA")
    let missing = ImportMapping(overrides: ["Q99": QuestionOverride(kind: .scale)], fileName: "m.yaml")
    let error = ingestError { _ = try ConsultationImporter(mapping: missing).importFile(at: Self.example) }
    #expect(error?.reason == .missingColumn("Q99"))
    #expect(error?.messageFR.contains("m.yaml") == true)
  }

  @Test func masksFreeTextOnlyWithTheGivenMasker() throws {
    let masker: FreeTextMasking = { text in
      let masked = text.replacingOccurrences(of: "Mme Durand", with: "[PERSONNE]")
      return (masked, masked == text ? [:] : ["PERSONNE": 1])
    }
    let (c, summary) = try ConsultationImporter(masking: masker).importFile(at: Self.example)
    #expect(summary.maskedCounts == ["PERSONNE": 1])
    #expect(!c.responses.contains { $0.text("Q5")?.contains("Durand") == true })
    #expect(c.responses.contains { $0.text("Q5")?.contains("[PERSONNE]") == true })
  }

  @Test func importsRealFrenchTextFromRepubliqueNumeriqueAndGrandDebat() throws {
    let arguments = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").prefix(800)
    let comments = try Fixtures.jsonLines("decidim_mel_granddebat_fr/debate_comments.jsonl").prefix(200)
    func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    var csv = "id,Position,Argument\n"
    var texts: [String] = []
    for (i, a) in arguments.enumerated() {
      let text = a["text"] as? String ?? ""
      texts.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
      csv += "rn\(i),\(a["stance"] as? String ?? ""),\(quote(text))\n"
    }
    for (i, a) in comments.enumerated() {
      let text = a["text"] as? String ?? ""
      texts.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
      csv += "gd\(i),,\(quote(text))\n"
    }
    let (c, summary) = try importBytes(Array(csv.utf8))
    #expect(summary.raggedRows.isEmpty)
    #expect(c.responses.count == texts.count)
    #expect(c.question("Argument")?.kind == .freeText)
    #expect(c.question("Position")?.kind == .singleChoice)
    for (i, r) in c.responses.enumerated() {
      #expect(r.text("Argument") == (texts[i].isEmpty ? nil : texts[i]))
    }
  }
}
