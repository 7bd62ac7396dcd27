import Foundation
import Ingest
import ObservatoireCore
import Privacy
import TestSupport
import Testing

@testable import Analysis

@Suite struct StatisticalFunctionsTests {
  @Test func wilsonIntervalKnownValues() throws {
    let half = try #require(StatisticalFunctions.wilsonInterval(successes: 5, trials: 10))
    #expect(abs(half.lower - 0.2366) < 1e-4 && abs(half.upper - 0.7634) < 1e-4)
    // 0 of n: upper bound z²/(n + z²).
    let none = try #require(StatisticalFunctions.wilsonInterval(successes: 0, trials: 10))
    let z2 = StatisticalFunctions.z95 * StatisticalFunctions.z95
    #expect(none.lower == 0 && abs(none.upper - z2 / (10 + z2)) < 1e-12)
    #expect(StatisticalFunctions.wilsonInterval(successes: 1, trials: 0) == nil)
  }

  @Test func chiSquarePValuesAtKnownCriticalValues() {
    #expect(abs(StatisticalFunctions.chiSquarePValue(3.841458820694124, degreesOfFreedom: 1) - 0.05) < 1e-9)
    #expect(abs(StatisticalFunctions.chiSquarePValue(5.991464547107979, degreesOfFreedom: 2) - 0.05) < 1e-9)
    #expect(abs(StatisticalFunctions.chiSquarePValue(18.307038053275146, degreesOfFreedom: 10) - 0.05) < 1e-9)
    #expect(abs(StatisticalFunctions.chiSquarePValue(6.634896601021214, degreesOfFreedom: 1) - 0.01) < 1e-9)
    // Q(1, x) = e^-x, on both sides of the series / continued-fraction switch.
    #expect(abs(StatisticalFunctions.regularizedUpperGamma(1, 0.5) - exp(-0.5)) < 1e-12)
    #expect(abs(StatisticalFunctions.regularizedUpperGamma(1, 7) - exp(-7)) < 1e-12)
    #expect(StatisticalFunctions.regularizedUpperGamma(3, 0) == 1)
  }

  @Test func chiSquareOfATwoByTwoTable() throws {
    // Expected 12, 18, 28, 42: 4/12 + 4/18 + 4/28 + 4/42.
    let test = try #require(StatisticalFunctions.chiSquareTest([[10, 20], [30, 40]]))
    #expect(abs(test.statistic - (4.0 / 12 + 4.0 / 18 + 4.0 / 28 + 4.0 / 42)) < 1e-12)
    #expect(test.degreesOfFreedom == 1)
    #expect(StatisticalFunctions.chiSquareTest([[3, 4], [0, 0]]) == nil)
  }
}

/// A small teacher survey shaped like the ministry's: usage (single choice), satisfaction (0–10),
/// uses (multiple choice), priorities (ranking) and the teaching degree as segment.
enum SurveyFixture {
  static let usage: QuestionID = "Q1"
  static let satisfaction: QuestionID = "Q2"
  static let uses: QuestionID = "Q3"
  static let priorities: QuestionID = "Q4"
  static let degree: QuestionID = "S1"

  static func consultation() -> Consultation {
    let questions = [
      Question(
        id: usage, title: "Utilisez-vous l'IA ?", kind: .singleChoice,
        options: ["Oui", "Non", "Je ne sais pas"]),
      Question(id: satisfaction, title: "Satisfaction", kind: .scale, scale: 0...10),
      Question(
        id: uses, title: "Pour quoi ?", kind: .multipleChoice,
        options: ["Préparer des cours", "Corriger", "Rechercher"]),
      Question(
        id: priorities, title: "Priorités", kind: .ranking, options: ["Formation", "Matériel", "Cadre"]),
      Question(
        id: degree, title: "Degré d'enseignement", kind: .singleChoice,
        options: ["Premier degré", "Second degré"],
        isSegment: true),
      Question(id: "Q5", title: "Commentaires", kind: .freeText),
    ]
    let usageAnswers = [
      "Oui", "Oui", "Oui", "Oui", "Oui", "Non", "Oui", "Oui", "Non", "Non", "Non", "Je ne sais pas", nil,
    ]
    let degrees = Array(repeating: "Premier degré", count: 6) + Array(repeating: "Second degré", count: 7)
    let scores: [Double?] = [8, 7, 9, 10, 6, 8, 5, 8, 7, 9, 10, 3, nil]
    // Préparer 9, Corriger 2, Rechercher 6 among 11 who answered.
    let usesAnswers: [[String]] = [
      ["Préparer des cours", "Rechercher"], ["Préparer des cours"], ["Préparer des cours", "Corriger"],
      ["Rechercher"], ["Préparer des cours", "Rechercher"], ["Préparer des cours"],
      ["Préparer des cours", "Rechercher"],
      ["Préparer des cours", "Corriger", "Rechercher"], ["Préparer des cours"], ["Rechercher"],
      ["Préparer des cours"],
      [], [],
    ]
    // First: Formation 6, Matériel 3, Cadre 1. Top two: Formation 9, Matériel 7, Cadre 4.
    let rankings: [[String]] = [
      ["Formation", "Matériel", "Cadre"], ["Formation", "Matériel", "Cadre"],
      ["Formation", "Matériel", "Cadre"],
      ["Formation", "Cadre", "Matériel"], ["Formation", "Cadre", "Matériel"],
      ["Formation", "Cadre", "Matériel"],
      ["Matériel", "Formation", "Cadre"], ["Matériel", "Formation", "Cadre"],
      ["Matériel", "Formation", "Cadre"],
      ["Cadre", "Matériel", "Formation"], [], [], [],
    ]
    let responses = (0..<13).map { i in
      var answers: [QuestionID: Answer] = [degree: .choice(degrees[i]), "Q5": .text("Réponse libre \(i)")]
      if let u = usageAnswers[i] { answers[usage] = .choice(u) }
      if let s = scores[i] { answers[satisfaction] = .number(s) }
      if !usesAnswers[i].isEmpty { answers[uses] = .choices(usesAnswers[i]) }
      if !rankings[i].isEmpty { answers[priorities] = .ranking(rankings[i]) }
      return Response(id: ResponseID("\(i + 1)"), row: i + 1, answers: answers)
    }
    return Consultation(
      title: "Enquête IA", sourceName: "enquete.csv", questions: questions, responses: responses)
  }
}

@Suite struct ClosedQuestionStatisticsTests {
  let consultation = SurveyFixture.consultation()

  func stats(_ id: QuestionID, k: Int = 5, segments: [QuestionID] = []) throws -> QuestionStatistics {
    try #require(
      ClosedQuestionStatistics.compute(
        consultation: consultation, smallCells: SmallCellPolicy(minimumCellSize: k), segments: segments
      )
      .first { $0.questionID == id })
  }

  @Test func freeTextQuestionsHaveNoStatistics() {
    let all = ClosedQuestionStatistics.compute(consultation: consultation)
    #expect(all.map(\.questionID) == ["Q1", "Q2", "Q3", "Q4", "S1"])
  }

  @Test func singleChoiceCountsSharesAndSuppression() throws {
    let s = try stats(SurveyFixture.usage)
    #expect(s.answered == 12 && s.respondents == 13)
    #expect(s.options.map(\.option) == ["Oui", "Non", "Je ne sais pas"])
    #expect(s.options.map(\.proportion.count) == [7, nil, nil])
    #expect(s.options[0].proportion.share == 7.0 / 12)
    let interval = try #require(StatisticalFunctions.wilsonInterval(successes: 7, trials: 12))
    #expect(s.options[0].proportion.lower == interval.lower)
    #expect(s.options[1].proportion.share == nil && s.options[1].proportion.lower == nil)
  }

  @Test func aLoneSuppressedCellTakesTheNextSmallestWithIt() throws {
    // k = 3: only « Je ne sais pas » (1) is small, but 12 − 7 − 4 would give it away, so « Non » goes too.
    let s = try stats(SurveyFixture.usage, k: 3)
    #expect(s.options.map(\.proportion.count) == [7, nil, nil])
    let open = try stats(SurveyFixture.usage, k: 1)
    #expect(open.options.map(\.proportion.count) == [7, 4, 1])
  }

  @Test func scaleHasMeanMedianAndSuppressedSmallValues() throws {
    let s = try stats(SurveyFixture.satisfaction)
    #expect(s.mean == 7.5)
    #expect(s.median == 8)
    #expect(s.options.map(\.option) == ["3", "5", "6", "7", "8", "9", "10"])
    #expect(s.options.allSatisfy { $0.proportion.isSuppressed })
    #expect(
      try stats(SurveyFixture.satisfaction, k: 1).options.map(\.proportion.count) == [1, 1, 1, 2, 3, 2, 2])
  }

  @Test func multipleChoiceSharesUseRespondentsAndNeedNoSecondarySuppression() throws {
    let s = try stats(SurveyFixture.uses)
    #expect(s.answered == 11)
    #expect(s.options.map(\.proportion.count) == [9, nil, 6])
    #expect(s.options[2].proportion.share == 6.0 / 11)
  }

  @Test func rankingGivesFirstPlacesAndTopTwo() throws {
    let s = try stats(SurveyFixture.priorities)
    #expect(s.answered == 10)
    #expect(s.options.map(\.proportion.count) == [6, nil, nil])
    #expect(s.options.map { $0.topTwo?.count } == [9, 7, nil])
    #expect(try stats(SurveyFixture.priorities, k: 1).options.map { $0.topTwo?.count } == [9, 7, 4])
  }

  @Test func questionsBelowKAreHiddenEntirely() throws {
    let s = try stats(SurveyFixture.satisfaction, k: 13)
    #expect(s.mean == nil && s.median == nil)
    #expect(s.options.allSatisfy { $0.proportion.isSuppressed })
  }

  @Test func crossTabulationBySegmentWithChiSquare() throws {
    let s = try stats(SurveyFixture.usage, k: 1, segments: [SurveyFixture.degree])
    let b = try #require(s.breakdowns.first)
    #expect(b.segmentValues == ["Premier degré", "Second degré"])
    // Premier: Oui 5, Non 1, NSP 0 (base 6). Second: Oui 2, Non 3, NSP 1 (base 6; one did not answer).
    #expect(b.cells.map { $0.map(\.count) } == [[5, 2], [1, 3], [0, 1]])
    #expect(b.cells[0][0].denominator == 6 && b.cells[0][1].denominator == 6)
    // Expected 3.5/3.5, 2/2, 0.5/0.5.
    let chi = 2 * (1.5 * 1.5 / 3.5) + 2 * (1.0 / 2) + 2 * (0.25 / 0.5)
    #expect(abs((b.chiSquare ?? 0) - chi) < 1e-12)
    #expect(b.degreesOfFreedom == 2)
    #expect(abs((b.pValue ?? 0) - exp(-chi / 2)) < 1e-12)
  }

  @Test func crossTabulationSuppressesRecoverableCells() throws {
    let s = try stats(SurveyFixture.usage, k: 2, segments: [SurveyFixture.degree])
    let b = try #require(s.breakdowns.first)
    // « Non / Second degré » (3 ≥ k) is hidden too: its row total minus 1 would reveal it.
    #expect(b.cells.map { $0.map(\.count) } == [[nil, nil], [nil, nil], [0, nil]])
  }
}

@Suite struct StatisticsTextTableTests {
  @Test func rendersBasesPercentagesAndSuppressedCellsInFrench() throws {
    let stats = ClosedQuestionStatistics.compute(
      consultation: SurveyFixture.consultation(), smallCells: SmallCellPolicy(minimumCellSize: 5))
    let text = StatisticsTextTable.render(stats, minimumCellSize: 5)
    #expect(text.contains("12 répondants à la question pour 13 répondants au questionnaire"))
    #expect(text.contains("Oui | 7 | 58,3 % |"))
    #expect(text.contains("Non | masqué"))
    #expect(text.contains("moyenne : 7,50"))
  }
}

/// The bundled example published at several k: what is shown is the exact value, what is masked
/// is below k or shares a line that adds up with another masked cell.
@Suite struct PublishedStatisticsOnTheExampleTests {
  static let consultation: Consultation? = try? ConsultationImporter().importFile(
    at: Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")
  ).0

  @Test(arguments: [5, 10, 25])
  func cellsAtOrAboveKAreUnchangedAndMaskedOnesCannotBeRecovered(k: Int) throws {
    let consultation = try #require(Self.consultation)
    let segments = consultation.segmentQuestions.map(\.id)
    let exact = ClosedQuestionStatistics.compute(
      consultation: consultation, smallCells: SmallCellPolicy(minimumCellSize: 1), segments: segments)
    let published = ClosedQuestionStatistics.compute(
      consultation: consultation, smallCells: SmallCellPolicy(minimumCellSize: k), segments: segments)
    #expect(exact.count == published.count && !segments.isEmpty)
    var masked = 0
    var maskedAtOrAboveK = 0
    for (all, shown) in zip(exact, published) {
      #expect(shown.answered == all.answered && shown.options.map(\.option) == all.options.map(\.option))
      if shown.answered >= k {
        #expect(shown.mean == all.mean && shown.median == all.median)
      }
      let addsUp = all.kind != .multipleChoice
      let line = zip(all.options, shown.options).map { ($0.proportion, $1.proportion) }
      var lines = [line]
      for (b, breakdown) in all.breakdowns.enumerated() {
        let cells = zip(breakdown.cells, shown.breakdowns[b].cells).map { Array(zip($0, $1)) }
        lines += cells
        if let width = cells.first?.count { lines += (0..<width).map { c in cells.map { $0[c] } } }
        #expect(shown.breakdowns[b].chiSquare == breakdown.chiSquare || shown.breakdowns[b].chiSquare == nil)
      }
      for line in lines {
        for (exactCell, shownCell) in line {
          let count = try #require(exactCell.count)
          if let published = shownCell.count {
            #expect(published == count && shownCell.share == exactCell.share, "\(all.questionID): changed")
            #expect(count == 0 || count >= k, "\(all.questionID): \(count) < k = \(k) shown")
          } else {
            masked += 1
            if count >= k { maskedAtOrAboveK += 1 }
          }
        }
        // A masked cell alone in its line would be the line's total minus the others, unless the
        // others are all zero: it is then the total itself, below k and masked as such.
        if addsUp, shown.answered >= k, let lone = line.first(where: { $0.1.count == nil }),
          line.count(where: { $0.1.count == nil }) == 1
        {
          #expect(
            line.allSatisfy { $0.1.count == nil || $0.1.count == 0 } && (lone.0.count ?? 0) < k,
            "\(all.questionID): a masked cell recoverable by difference")
        }
      }
    }
    #expect(masked > 0, "the example has cells below k = \(k)")
    if k == 10 { #expect(maskedAtOrAboveK > 0, "the secondary rule masked some cells at or above k") }
  }
}
