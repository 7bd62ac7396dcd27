import Foundation
import ObservatoireCore
import Privacy
import TestSupport

/// Builds realistic `ConsultationReport` values from real French comments of the MEL « grand
/// débat » (shared data), deterministically: one argument per answer quoting its first sentence,
/// theme = the comment's debate question (or index modulo `themeCount` when given).
/// Shared by ReportingTests and the release benchmark (`Benchmarks/ReportBenchmarks`).
public enum ReportFixture {
  public static let scriptAnswer =
    "<script>document.title='PWNED'</script> Je pense que l'IA aide les élèves en difficulté."
  public static let onerrorAnswer =
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> Les élèves trichent avec les outils d'IA."

  public struct Comment: Sendable {
    public var questionID: Int
    public var question: String
    public var text: String
  }

  public static func comments() throws -> [Comment] {
    try Fixtures.jsonLines("decidim_mel_granddebat_fr/debate_comments.jsonl").compactMap { object in
      guard let questionID = object["question_id"] as? Int, let question = object["question"] as? String,
        let text = object["text"] as? String, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      else { return nil }
      return Comment(questionID: questionID, question: question, text: text)
    }
  }

  /// The first sentence of `text` (up to `.`, `!`, `?` or a line break), as a span of scalars.
  public static func firstSentence(of text: String) -> TextSpan {
    let scalars = Array(text.unicodeScalars)
    var start = 0
    while start < scalars.count, CharacterSet.whitespacesAndNewlines.contains(scalars[start]) { start += 1 }
    var end = start
    while end < scalars.count, !".!?\n".unicodeScalars.contains(scalars[end]) { end += 1 }
    if end < scalars.count, scalars[end] != "\n" { end += 1 }
    return TextSpan(start: start, end: max(start, min(end, scalars.count)))
  }

  /// The report as it leaves a project: published under the small-cell policy at k = 5, like
  /// every report the commands write.
  /// - Parameters:
  ///   - answerCount: answers to produce (real comments, repeated with a suffix when more are asked).
  ///   - themeCount: nil to group by debate question; else that many themes, by index.
  public static func make(answerCount: Int? = nil, themeCount: Int? = nil) throws -> ConsultationReport {
    SmallCellPolicy(minimumCellSize: 5).publish(try exact(answerCount: answerCount, themeCount: themeCount))
  }

  /// The report with exact counts, before the small-cell policy.
  public static func exact(answerCount: Int? = nil, themeCount: Int? = nil) throws -> ConsultationReport {
    let source = try comments()
    let total = answerCount ?? source.count
    let questionID: QuestionID = "Q_IA"
    var answers: [ResponseID: String] = [:]
    var arguments: [Argument] = []
    var themeOf: [String] = []
    var themeLabel: [String: String] = [:]
    for index in 0..<total {
      let comment = source[index % source.count]
      let text = index < source.count ? comment.text : comment.text + " (\(index / source.count))"
      let response = ResponseID("\(index + 1)")
      answers[response] = text
      let span = firstSentence(of: text)
      let quote = span.slice(of: text) ?? ""
      let argument = Argument(
        id: "a\(index + 1)", responseID: response, questionID: questionID,
        text: String(quote.prefix(120)), stance: Stance.allCases[index % 4], quote: span, quoteText: quote)
      arguments.append(argument)
      let theme = themeCount.map { "t\(index % $0 + 1)" } ?? "t\(comment.questionID)"
      themeOf.append(theme)
      if themeLabel[theme] == nil {
        themeLabel[theme] =
          themeCount == nil ? String(comment.question.prefix(70)) : "Thème \(index % (themeCount ?? 1) + 1)"
      }
    }
    // Two hostile answers, in the first theme.
    for (offset, text) in [scriptAnswer, onerrorAnswer].enumerated() {
      let response = ResponseID("\(total + offset + 1)")
      answers[response] = text
      let span = firstSentence(of: text)
      arguments.append(
        Argument(
          id: "a\(total + offset + 1)", responseID: response, questionID: questionID, text: text,
          stance: .contre,
          quote: span, quoteText: span.slice(of: text) ?? ""))
      themeOf.append(themeOf[0])
    }

    var themeOrder: [String] = []
    var members: [String: [Argument]] = [:]
    for (argument, theme) in zip(arguments, themeOf) {
      if members[theme] == nil { themeOrder.append(theme) }
      members[theme, default: []].append(argument)
    }
    var themes: [Theme] = []
    for (index, id) in themeOrder.enumerated() {
      let own = members[id] ?? []
      var stance = StanceCounts()
      for argument in own { stance[argument.stance] += 1 }
      // Cite two own arguments and, for all but the last theme, one argument of the next theme.
      var crossCitation: [ArgumentID] = []
      if index + 1 < themeOrder.count, let other = members[themeOrder[index + 1]]?.first {
        crossCitation = [other.id]
      }
      let synthesis = Synthesis(
        sentences: [
          CitedSentence(
            text: "Les répondants insistent sur « \(own[0].quoteText.prefix(60)) ».", citations: [own[0].id]),
          CitedSentence(
            text: "D'autres nuancent ce point.",
            citations: Array(own.dropFirst().prefix(1).map(\.id)) + crossCitation),
        ], droppedSentences: index == 0 ? 1 : 0)
      themes.append(
        Theme(
          id: id, label: themeLabel[id] ?? id, statement: "Énoncé du thème : \(own[0].text.prefix(80))",
          synthesis: synthesis, argumentIDs: own.map(\.id), respondents: Set(own.map(\.responseID)).count,
          stance: stance,
          validation: index == 0
            ? Validation(analyst: "Analyste DANE", date: Date(timeIntervalSince1970: 1_790_000_000)) : nil
        ))
    }
    // A sub-theme of the first theme, holding half of its arguments, right after its parent as the
    // pipeline orders them.
    if let first = themes.first {
      let half = Array(first.argumentIDs.prefix(max(1, first.argumentIDs.count / 2)))
      let byID = Dictionary(uniqueKeysWithValues: arguments.map { ($0.id, $0) })
      var stance = StanceCounts()
      for id in half { if let a = byID[id] { stance[a.stance] += 1 } }
      themes.insert(
        Theme(
          id: first.id + ".1", parentID: first.id, label: "Sous-thème de \(first.label.prefix(40))",
          statement: "Une partie du premier thème.",
          synthesis: Synthesis(sentences: [CitedSentence(text: "Un point précis.", citations: [half[0]])]),
          argumentIDs: half, respondents: Set(half.compactMap { byID[$0]?.responseID }).count, stance: stance),
        at: 1)
    }
    let segmentCounts = themes.filter { $0.parentID == nil }.flatMap { theme in
      [
        ThemeSegmentCount(
          themeID: theme.id, segment: "degre", value: "premier degré",
          respondents: theme.respondents / 2 >= 5 ? theme.respondents / 2 : nil, base: total / 2),
        ThemeSegmentCount(
          themeID: theme.id, segment: "degre", value: "second degré",
          respondents: theme.respondents - theme.respondents / 2, base: total - total / 2),
      ]
    }
    let global = Synthesis(sentences: [
      CitedSentence(
        text: "La consultation fait ressortir des attentes fortes.",
        citations: [arguments[0].id, arguments[5].id]),
      CitedSentence(
        text: "Les inquiétudes portent sur la triche.", citations: [arguments[arguments.count - 1].id]),
    ])
    let analysis = QuestionAnalysis(
      questionID: questionID, title: "Que pensez-vous de l'usage de l'IA à l'école ?",
      answered: answers.count,
      answers: answers, arguments: arguments, themes: themes, globalSynthesis: global,
      segmentCounts: segmentCounts)

    let respondents = answers.count + 10
    func proportion(_ count: Int?, _ base: Int) -> Proportion {
      Proportion(
        count: count, denominator: base, share: count.map { Double($0) / Double(base) },
        lower: count.map { max(0, Double($0) / Double(base) - 0.03) },
        upper: count.map { min(1, Double($0) / Double(base) + 0.03) })
    }
    let usage = QuestionStatistics(
      questionID: "Q1", title: "Utilisez-vous l'IA pour préparer vos cours ?", kind: .singleChoice,
      answered: respondents - 4, respondents: respondents,
      options: [
        OptionCount(option: "Oui, souvent", proportion: proportion((respondents - 4) / 2, respondents - 4)),
        OptionCount(
          option: "Parfois",
          proportion: proportion((respondents - 4) - (respondents - 4) / 2 - 3, respondents - 4)),
        OptionCount(option: "=SOMME(1;2)", proportion: proportion(nil, respondents - 4)),
        OptionCount(option: "-Jamais", proportion: proportion(3, respondents - 4)),
      ],
      breakdowns: [
        SegmentBreakdown(
          segment: "degre", segmentTitle: "Degré d'enseignement",
          segmentValues: ["premier degré", "second degré"],
          cells: [
            [proportion(100, 300), proportion(120, 400)], [proportion(150, 300), proportion(200, 400)],
            [proportion(nil, 300), proportion(nil, 400)], [proportion(50, 300), proportion(80, 400)],
          ], chiSquare: 3.21, degreesOfFreedom: 3, pValue: 0.36)
      ])
    let scale = QuestionStatistics(
      questionID: "Q2", title: "Confiance dans les outils d'IA (1 à 5)", kind: .scale, answered: 500,
      respondents: respondents,
      options: (1...5).map {
        OptionCount(option: "\($0)", proportion: proportion([40, 90, 160, 140, 70][$0 - 1], 500))
      },
      mean: 3.2, median: 3)
    return ConsultationReport(
      title: "Consultation des enseignants sur l'IA à l'école",
      sourceName: "debate_comments.jsonl (MEL, grand débat)",
      respondents: respondents, statistics: [usage, scale], analyses: [analysis],
      privacy: PrivacySummary(maskedCounts: ["PERSONNE": 12, "EMAIL": 3], minimumCellSize: 5),
      provenance: Provenance(
        generator: "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf", embedder: "multilingual-e5-small-q4_0.gguf",
        prompts: ["arguments.txt": "sha256:1a2b3c", "synthese.txt": "sha256:4d5e6f"],
        parameters: ["temperature": "0", "k": "5"],
        usage: Usage(
          promptTokens: 120_000, generatedTokens: 30_000, seconds: 600, cpuSeconds: 1100, calls: 700),
        startedAt: Date(timeIntervalSince1970: 1_790_000_000),
        finishedAt: Date(timeIntervalSince1970: 1_790_000_600)),
      responses: answers.keys.sorted().enumerated().map { ResponseReference(id: $1, row: $0 + 1) })
  }
}
