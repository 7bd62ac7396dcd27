import Foundation
import ObservatoireCore
import Storage
import TestSupport
import Testing

@Suite struct ConsultationStoreTests {
  static func sample(title: String = "Consultation IA") -> Consultation {
    Consultation(
      title: title, sourceName: "enquete.csv",
      questions: [
        Question(
          id: "DEGRE", title: "Degré", kind: .singleChoice, options: ["Premier", "Second"],
          confidence: 0.9, isSegment: true, sourceColumns: ["DEGRE"]),
        Question(
          id: "Q2", title: "Usages", kind: .multipleChoice, options: ["A", "B"],
          confidence: 0.95, sourceColumns: ["Q2[SQ001]", "Q2[SQ002]"]),
        Question(id: "Q3", title: "Utilité", kind: .scale, scale: 0...10, confidence: 0.85),
        Question(id: "Q4", title: "Réserves", kind: .ranking, options: ["x", "y"]),
        Question(id: "D", title: "Date", kind: .date),
        Question(id: "Q5", title: "Avis", kind: .freeText, confidence: 0.9),
      ],
      responses: [
        Response(
          id: "10", row: 1,
          answers: [
            "DEGRE": .choice("Premier"), "Q2": .choices(["A", "B"]), "Q3": .number(7.5),
            "Q4": .ranking(["y", "x"]), "D": .date(Date(timeIntervalSince1970: 1_700_000_000)),
            "Q5": .text("Très utile, [PERSONNE] est d'accord."),
          ]),
        Response(id: "11", row: 2, answers: ["DEGRE": .choice("Second"), "Q2": .choices([])]),
        Response(id: "9", row: 3, answers: ["Q5": .text("Dangereux")]),
      ])
  }

  @Test func roundTripsAConsultationAndItsPrivacySummary() throws {
    let db = try ProjectDatabase.inMemory()
    #expect(try db.loadConsultation() == nil)
    #expect(try db.loadPrivacySummary() == nil)
    let privacy = PrivacySummary(maskedCounts: ["PERSONNE": 1, "EMAIL": 3], minimumCellSize: 7)
    try db.saveConsultation(Self.sample(), privacy: privacy)
    #expect(try db.loadConsultation() == Self.sample())
    #expect(try db.loadPrivacySummary() == privacy)
    let texts = try db.freeTextAnswers(to: "Q5")
    #expect(texts.map(\.0) == ["10", "9"])
    #expect(texts.map(\.1) == ["Très utile, [PERSONNE] est d'accord.", "Dangereux"])
  }

  @Test func savingAgainReplacesThePreviousConsultation() throws {
    let db = try ProjectDatabase.inMemory()
    try db.saveConsultation(Self.sample(), privacy: PrivacySummary())
    var second = Self.sample(title: "Deuxième")
    second.responses.removeLast()
    try db.saveConsultation(second, privacy: PrivacySummary(originalsKept: false))
    #expect(try db.loadConsultation() == second)
    #expect(try db.freeTextAnswers(to: "Q5").map(\.0) == ["10"])
  }
}
