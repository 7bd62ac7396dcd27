import Foundation
import ObservatoireCore
import Testing

@testable import Privacy

@Suite struct SmallCellPolicyTests {
  @Test func kComesFromTheCommandThenTheAnalysesThenTheProject() {
    #expect(SmallCellPolicy.resolved(explicit: 3, analyses: [10], project: 7).minimumCellSize == 3)
    #expect(SmallCellPolicy.resolved(explicit: nil, analyses: [5, 10], project: 7).minimumCellSize == 10)
    #expect(SmallCellPolicy.resolved(explicit: nil, analyses: [], project: 7).minimumCellSize == 7)
    #expect(
      SmallCellPolicy.resolved(explicit: nil).minimumCellSize == SmallCellPolicy.defaultMinimumCellSize)
  }

  /// Pour 8, contre 3 of a theme of 11 (k = 5): masking « contre » alone would leave it as
  /// 11 − 8. The secondary rule masks « pour » too; zeros stay, they disclose nobody.
  @Test func aLoneMaskedCellInALineThatAddsUpTakesTheNextSmallestWithIt() {
    let policy = SmallCellPolicy(minimumCellSize: 5)
    #expect(policy.mask([8, 3, 0, 0], addsUp: true) == [nil, nil, 0, 0])
    #expect(
      policy.mask([8, 3, 0, 0], addsUp: false) == [8, nil, 0, 0], "no total: nothing to subtract from")
    #expect(policy.mask([8, 3, 2, 12], addsUp: true) == [8, nil, nil, 12], "two masked already")
    // A table whose rows and columns add up: no row nor column is left with one masked cell.
    let table = policy.mask(
      [[20, 3, 9], [15, 11, 6]], rowsAddUp: [true, true], columnsAddUp: [true, true, true])
    for line in table + (0..<3).map({ c in table.map { $0[c] } }) {
      #expect(line.count { $0 == nil } != 1, "\(table)")
    }
    #expect(table.flatMap { $0 }.compactMap { $0 }.allSatisfy { $0 >= 5 })
  }

  /// Two themes of 12 and 3 respondents and a sub-theme of 2; with `shared`, one respondent of the
  /// small theme also holds the large one.
  static func analysis(shared: Bool) -> QuestionAnalysis {
    var arguments: [Argument] = []
    func argument(_ respondent: Int, _ stance: Stance) -> ArgumentID {
      let id = "q1-a\(arguments.count + 1)"
      arguments.append(
        Argument(
          id: id, responseID: ResponseID("R\(respondent)"), questionID: "Q5", text: "idée", stance: stance,
          quote: TextSpan(start: 0, end: 5), quoteText: "idée"))
      return id
    }
    let large = (1...12).map { argument($0, $0 <= 8 ? .pour : $0 <= 10 ? .contre : .neutre) }
    let small = [shared ? 1 : 13, 14, 15].map { argument($0, .contre) }
    let themes = [
      Theme(
        id: "q1-t1", label: "Formation", argumentIDs: large, respondents: 12,
        stance: StanceCounts(pour: 8, contre: 2, neutre: 2)),
      Theme(
        id: "q1-t2", label: "Coût", argumentIDs: small, respondents: 3, stance: StanceCounts(contre: 3)),
      Theme(
        id: "q1-t2.1", parentID: "q1-t2", label: "Licences", argumentIDs: Array(small.suffix(2)),
        respondents: 2, stance: StanceCounts(contre: 2)),
    ]
    return QuestionAnalysis(
      questionID: "Q5", title: "Avis", answered: 15, answers: [:], arguments: arguments, themes: themes,
      globalSynthesis: Synthesis(sentences: []))
  }

  /// A theme of 3 respondents (k = 5) publishes none of its counts, its sub-theme neither; the
  /// stance of a theme of 12 loses the cell that its total would give back.
  @Test func aThemeBelowKPublishesNoneOfItsCounts() {
    let counts = SmallCellPolicy(minimumCellSize: 5).publishedCounts(of: Self.analysis(shared: true))
    #expect(counts.map(\.respondents) == [12, nil, nil])
    for masked in counts.dropFirst() {
      #expect(masked.arguments == nil)
      #expect(Stance.allCases.allSatisfy { masked.stance[$0] == nil })
      #expect(masked.maskedFields.contains("respondents"))
    }
    #expect(counts[0].stance == PublishedStanceCounts(pour: 8, contre: nil, nuance: 0, neutre: nil))
    // Every argument is in one top-level theme: the small theme's 3 would be 15 − 12.
    #expect(counts[0].arguments == nil, "the argument counts add up to the question's arguments")
  }

  /// When each respondent holds one theme only, the sizes add up to the respondents with an
  /// argument: the 3 would be 15 − 12, so the 12 is masked too.
  @Test func themeSizesThatShareOutTheRespondentsAreALine() {
    let counts = SmallCellPolicy(minimumCellSize: 5).publishedCounts(of: Self.analysis(shared: false))
    #expect(counts.map(\.respondents) == [nil, nil, nil])
  }

  /// Renderers take theme counts from the report: a report that did not go through the policy
  /// shows them masked, never exact.
  @Test func aReportThatSkippedThePolicyShowsThemeCountsMasked() {
    let theme = Theme(id: "q1-t1", label: "Formation", argumentIDs: ["a1"], respondents: 40)
    let analysis = QuestionAnalysis(
      questionID: "Q5", title: "Avis", answered: 40, answers: [:], arguments: [], themes: [theme],
      globalSynthesis: Synthesis(sentences: []))
    let report = ConsultationReport(
      title: "t", sourceName: "t.csv", respondents: 40, statistics: [], analyses: [analysis],
      privacy: PrivacySummary(), provenance: Provenance())
    #expect(report.counts(of: "q1-t1", in: "Q5").respondents == nil)
    let published = SmallCellPolicy().publish(report)
    #expect(published.counts(of: "q1-t1", in: "Q5").respondents == 40)
    #expect(published.privacy.minimumCellSize == SmallCellPolicy.defaultMinimumCellSize)
  }
}
