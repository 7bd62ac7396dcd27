import Foundation
import ObservatoireCore
import Storage
import Testing

@testable import Analysis

@Suite struct AgreementTests {
  /// Ten responses, two themes, checked by hand:
  ///
  /// Theme A: the person says r1–r5, the machine r1–r4 and r6. TP 4, FP 1, FN 1, TN 4.
  ///   precision 4/5 = 0.8, recall 4/5 = 0.8; p_o = 8/10 = 0.8; both say yes half the time, so
  ///   p_e = 0.5·0.5 + 0.5·0.5 = 0.5; κ = (0.8 − 0.5)/(1 − 0.5) = 0.6.
  ///   SE = √(0.8·0.2 / (10·0.5²)) = √0.064 = 0.25298; 95 % interval 0.6 ± 1.96·0.25298 =
  ///   [0.1042, 1] (1.0958 clipped).
  /// Theme B: the person says r1 r2, the machine r1–r4. TP 2, FP 2, FN 0, TN 6.
  ///   precision 0.5, recall 1; p_o = 0.8; p_e = 0.2·0.4 + 0.8·0.6 = 0.56;
  ///   κ = 0.24/0.44 = 0.54545 < 0.6: « à revoir ».
  /// Overall, the 20 decisions pooled: TP 6, FP 3, FN 1, TN 10; p_o = 16/20 = 0.8;
  ///   p_e = 0.35·0.45 + 0.65·0.55 = 0.515; κ = 0.285/0.485 = 0.58763.
  @Test func precisionRecallAndKappaOnAHandCheckedCase() throws {
    let ids = (1...10).map { ResponseID("r\($0)") }
    var human: [ResponseID: Set<ThemeID>] = Dictionary(uniqueKeysWithValues: ids.map { ($0, []) })
    var machine: [ResponseID: Set<ThemeID>] = [:]
    for i in 1...5 { human[ResponseID("r\(i)"), default: []].insert("A") }
    for i in [1, 2, 3, 4, 6] { machine[ResponseID("r\(i)"), default: []].insert("A") }
    for i in [1, 2] { human[ResponseID("r\(i)"), default: []].insert("B") }
    for i in 1...4 { machine[ResponseID("r\(i)"), default: []].insert("B") }
    let report = AgreementMetrics.compare(human: human, machine: machine, themes: ["A", "B"])
    #expect(report.responses == 10)
    let a = report.themes[0]
    #expect([a.truePositives, a.falsePositives, a.falseNegatives, a.trueNegatives] as [Int] == [4, 1, 1, 4])
    #expect(a.precision == 0.8 && a.recall == 0.8)
    let kappaA = try #require(a.kappa)
    #expect(abs(kappaA.value - 0.6) < 1e-12)
    #expect(abs(kappaA.standardError - 0.252_982) < 1e-6)
    #expect(abs(kappaA.lower - 0.104_162) < 1e-5)
    #expect(kappaA.upper == 1)
    #expect(!a.needsReview && a.statusFR == "accord suffisant")
    let b = report.themes[1]
    #expect([b.truePositives, b.falsePositives, b.falseNegatives, b.trueNegatives] as [Int] == [2, 2, 0, 6])
    #expect(b.precision == 0.5 && b.recall == 1)
    #expect(abs((b.kappa?.value ?? 0) - 0.545_454) < 1e-6)
    #expect(b.needsReview && b.statusFR == "à revoir")
    #expect(report.themesToReview == ["B"])
    #expect(abs((report.overall?.value ?? 0) - 0.587_628_9) < 1e-6)
    #expect(abs((report.meanThemeKappa ?? 0) - (0.6 + 0.545_454_5) / 2) < 1e-6)
  }

  @Test func kappaIsUndefinedWithoutVariationAndPerfectAgreementIsOne() throws {
    #expect(Kappa(both: 0, onlyFirst: 0, onlySecond: 0, neither: 10) == nil)
    #expect(Kappa(both: 0, onlyFirst: 0, onlySecond: 0, neither: 0) == nil)
    let perfect = try #require(Kappa(both: 3, onlyFirst: 0, onlySecond: 0, neither: 7))
    #expect(perfect.value == 1 && perfect.standardError == 0)
    // Systematic disagreement is negative.
    #expect((Kappa(both: 0, onlyFirst: 5, onlySecond: 5, neither: 0)?.value ?? 0) == -1)
    let report = AgreementMetrics.compare(human: ["r1": [], "r2": []], machine: [:], themes: ["A"])
    #expect(report.themes[0].kappa == nil && report.themes[0].needsReview, "nothing observed: to review")
  }

  @Test func theSampleIsSeededDistinctAndAmongThoseWhoAnswered() {
    let answered = (1...500).map { ResponseID("R\($0)") }
    let first = CodingSample.draw(from: answered, seed: 7)
    #expect(first.count == 50)
    #expect(Set(first).count == 50)
    #expect(Set(first).isSubset(of: Set(answered)))
    #expect(CodingSample.draw(from: answered.reversed(), seed: 7) == first, "the order given does not matter")
    #expect(CodingSample.draw(from: answered, seed: 8) != first)
    #expect(CodingSample.draw(from: Array(answered.prefix(20)), seed: 7).count == 20)
    #expect(CodingSample.draw(from: answered, count: 0, seed: 7).isEmpty)
    // Not the first 50: spread over the whole list.
    #expect(first.contains { Int($0.rawValue.dropFirst())! > 250 })
  }

  /// The whole check on a project: sample drawn among those who answered, codings stored by
  /// theme key, agreement computed against the reviewed analysis.
  @Test func theCheckOnAProjectUsesStoredCodingsAndReviewedThemes() throws {
    let db = try ProjectDatabase.inMemory()
    let analysis = TrustFixture.analysis
    try db.saveAnalysis(analysis, provenance: Provenance(), position: 0)
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try #require(view.themeKeys["q1-t1"])
    let t2 = try #require(view.themeKeys["q1-t2"])
    // The coder agrees on r1 r2, puts r3 in t2 instead of t1, and r4 in t2.
    for (response, themes) in [("r1", [t1]), ("r2", [t1]), ("r3", [t2]), ("r4", [t2])] {
      try db.saveHandCoding(Set(themes), response: ResponseID(response), question: "Q1", coder: "alice")
    }
    try db.saveHandCoding([t1], response: "r4", question: "Q1", coder: "bob")
    #expect(try db.handCodings(question: "Q1").count == 5)
    let report = try HandCodedCheck.agreement(question: "Q1", coder: "alice", in: db)
    #expect(report.responses == 4)
    let first = try #require(report.themes.first { $0.themeID == "q1-t1" })
    #expect([first.truePositives, first.falsePositives, first.falseNegatives] as [Int] == [2, 1, 0])
    // After the reviewer moves r3's argument to t2, the machine (as reviewed) agrees on it.
    try db.saveReview(
      .moveArgument(argument: try #require(view.argumentKeys["q1-a3"]), to: t2), question: "Q1",
      reviewer: "bob",
      expecting: [:])
    let reviewed = try HandCodedCheck.agreement(question: "Q1", coder: "alice", in: db)
    #expect(reviewed.themes.first { $0.themeID == "q1-t1" }?.falsePositives == 0)
  }
}

enum TrustFixture {
  static var analysis: QuestionAnalysis {
    let arguments = (1...4).map { i in
      Argument(
        id: "q1-a\(i)", responseID: ResponseID("r\(i)"), questionID: "Q1", text: "argument \(i)",
        stance: .pour,
        quote: TextSpan(start: 0, end: 5), quoteText: "texte")
    }
    return QuestionAnalysis(
      questionID: "Q1", title: "Question", answered: 4, answers: [:], arguments: arguments,
      themes: [
        Theme(id: "q1-t1", label: "Un", argumentIDs: ["q1-a1", "q1-a2", "q1-a3"]),
        Theme(id: "q1-t2", label: "Deux", argumentIDs: ["q1-a4"]),
      ], globalSynthesis: Synthesis(sentences: []))
  }
}
