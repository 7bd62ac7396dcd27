import Foundation
import GRDB
import ObservatoireCore
import TestSupport
import Testing

@testable import Storage

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

  @Test func replacingTheConsultationDropsItsAnalysesButAFailedReplacementKeepsThem() throws {
    let db = try ProjectDatabase.inMemory()
    try db.saveConsultation(Self.sample(), privacy: PrivacySummary())
    let analysis = QuestionAnalysis(
      questionID: "Q5", title: "Avis", answered: 2, answers: [:], arguments: [], themes: [],
      globalSynthesis: Synthesis(sentences: []))
    try db.saveAnalysis(analysis, provenance: Provenance(), position: 5)
    struct Interrupted: Error {}
    #expect(throws: Interrupted.self) {
      try db.replaceConsultation { _ in throw Interrupted() }
    }
    #expect(try db.loadAnalyses().map(\.analysis) == [analysis])
    try db.saveConsultation(Self.sample(title: "Autre export"), privacy: PrivacySummary())
    #expect(try db.loadAnalyses().isEmpty)
  }

  @Test func aFailedReplacementLeavesThePreviousConsultation() throws {
    let db = try ProjectDatabase.inMemory()
    try db.saveConsultation(Self.sample(), privacy: PrivacySummary())
    struct Interrupted: Error {}
    #expect(throws: Interrupted.self) {
      try db.replaceConsultation { writer in
        try writer.begin(title: "Autre", sourceName: "autre.csv", questions: Self.sample().questions)
        try writer.append(Array(Self.sample().responses.prefix(2)))
        throw Interrupted()
      }
    }
    #expect(try db.loadConsultation() == Self.sample())
    // Without its privacy summary, a consultation is not stored either.
    #expect(throws: (any Error).self) {
      try db.replaceConsultation { writer in
        try writer.begin(title: "Autre", sourceName: "autre.csv", questions: [])
      }
    }
    #expect(try db.loadConsultation() == Self.sample())
  }

  @Test func keepsEmptyTextsAndNumbersApartFromMissingOnes() throws {
    let db = try ProjectDatabase.inMemory()
    var c = Self.sample()
    c.responses[1].answers["Q5"] = .text("")
    c.responses[1].answers["Q3"] = .number(0)
    c.responses[2].answers["Q4"] = .ranking([])
    try db.saveConsultation(c, privacy: PrivacySummary())
    #expect(try db.loadConsultation() == c)
  }

  /// A project written before answers were keyed by positions is converted when opened.
  @Test func convertsAProjectMadeBeforeAnswerPositions() throws {
    let queue = try DatabaseQueue()
    try ProjectDatabase.migrator.migrate(queue, upTo: "v1-analysis")
    let sample = Self.sample()
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    try queue.write { db in
      try db.execute(
        sql: "INSERT INTO consultation(id, title, sourceName, privacy) VALUES (1, ?, ?, '{}')",
        arguments: [sample.title, sample.sourceName])
      for (position, q) in sample.questions.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO question(id, position, title, kind, options, scaleLower, scaleUpper,
            confidence, isSegment, sourceColumns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            q.id.rawValue, position, q.title, q.kind.rawValue,
            String(decoding: try encoder.encode(q.options), as: UTF8.self),
            q.scale?.lowerBound, q.scale?.upperBound, q.confidence, q.isSegment,
            String(decoding: try encoder.encode(q.sourceColumns), as: UTF8.self),
          ])
      }
      for (position, r) in sample.responses.enumerated() {
        try db.execute(
          sql: "INSERT INTO response(id, position, row) VALUES (?, ?, ?)",
          arguments: [r.id.rawValue, position, r.row])
        for (question, answer) in r.answers {
          let (kind, text, number) = try ProjectDatabase.columns(of: answer, encoder: encoder)
          try db.execute(
            sql: "INSERT INTO answer(questionID, responseID, kind, text, number) VALUES (?, ?, ?, ?, ?)",
            arguments: [question.rawValue, r.id.rawValue, kind, text, number])
        }
      }
    }
    let db = try ProjectDatabase(writer: queue)
    #expect(try db.loadConsultation() == sample)
    #expect(try db.freeTextAnswers(to: "Q5").map(\.0) == ["10", "9"])
    let columns = try queue.read { db in try db.columns(in: "answer").map(\.name) }
    #expect(columns == ["question", "response", "kind", "text", "number"])
  }

  /// Options are stored as JSON written by hand when nothing needs escaping: the same bytes as
  /// JSONEncoder for every character of the Basic Multilingual Plane and beyond.
  @Test func writesOptionArraysAsJSONEncoderDoes() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    var samples: [[String]] = [[], [""], ["Oui", "Non"], ["Préparer des cours", "Évaluer"], ["a/b"]]
    samples.append(["guillemet \" et \\", "tab\tligne\n", "\u{7F}\u{2028}\u{2029}\u{FEFF}😀"])
    for start in stride(from: 0, to: 0x11000, by: 64) {
      let scalars = (start..<start + 64).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
      samples.append(scalars)
      samples.append([scalars.joined()])
    }
    for strings in samples {
      let expected = String(decoding: try encoder.encode(strings), as: UTF8.self)
      #expect(try ProjectDatabase.jsonArray(strings, encoder: encoder) == expected)
    }
  }
}
