import Foundation
import ObservatoireCore
import Testing

@Suite struct TextSpanTests {
  @Test func slicesByUnicodeScalars() {
    let text = "L’IA aide 🧑‍🏫 les élèves."
    let span = TextSpan(start: 10, end: 13)
    #expect(span.slice(of: text) == "🧑‍🏫")
    #expect(TextSpan(start: 0, end: 4).slice(of: text) == "L’IA")
    #expect(TextSpan(start: 20, end: 40).slice(of: text) == nil)
  }
}

@Suite struct AssignmentTests {
  @Test func respondentCountsOncePerTheme() {
    let args = [
      Argument(
        id: "a1", responseID: "r1", questionID: "Q1", text: "x", stance: .pour,
        quote: .init(start: 0, end: 1), quoteText: "x"),
      Argument(
        id: "a2", responseID: "r1", questionID: "Q1", text: "y", stance: .contre,
        quote: .init(start: 1, end: 2), quoteText: "y"),
      Argument(
        id: "a3", responseID: "r2", questionID: "Q1", text: "z", stance: .pour,
        quote: .init(start: 0, end: 1), quoteText: "z"),
    ]
    let analysis = QuestionAnalysis(
      questionID: "Q1", title: "?", answered: 2, answers: [:], arguments: args,
      themes: [
        Theme(id: "t1", label: "un", argumentIDs: ["a1", "a2"]),
        Theme(id: "t2", label: "deux", argumentIDs: ["a3", "a1"]),
        Theme(id: "t1.1", parentID: "t1", label: "sous", argumentIDs: ["a1"]),
      ],
      globalSynthesis: Synthesis(sentences: []))
    #expect(analysis.assignments["r1"] == ["t1", "t2"])
    #expect(analysis.assignments["r2"] == ["t2"])
    #expect(analysis.topLevelThemes.count == 2)
  }

  @Test func responseIDsSortNumerically() {
    #expect(ResponseID("9") < ResponseID("10"))
  }
}
