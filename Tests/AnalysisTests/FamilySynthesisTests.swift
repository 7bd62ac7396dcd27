import Foundation
import Inference
import InferenceTesting
import ObservatoireCore
import Synchronization
import Testing

@testable import Analysis

/// A theme and its sub-themes written in one call (`familyPrompt`): one request per theme, each
/// sub-theme's citations bounded to its own arguments, what the model could not write left to the
/// rules, counted.
@Suite struct FamilySynthesisTests {
  /// Two sub-themes: A is arguments 1–2 (formation), B is 3–4 (retraites).
  static let request = ThemeRequest(
    sample: [
      SampledArgument(id: "a1", text: "La formation des enseignants est indispensable."),
      SampledArgument(id: "a2", text: "Il faut former les équipes à la formation numérique."),
      SampledArgument(id: "a3", text: "Les retraites à l'étranger coûtent cher."),
      SampledArgument(id: "a4", text: "Le versement des retraites doit être contrôlé."),
    ],
    distinctiveLabel: "Formation, retraites",
    subThemes: [
      SubThemeSlice(range: 0..<2, distinctiveLabel: "Formation, équipes"),
      SubThemeSlice(range: 2..<4, distinctiveLabel: "Retraites, versement"),
    ])

  static func sentences(_ items: [(String, [Int])]) -> String {
    "["
      + items.map { #"{"texte":"\#($0.0)","citations":[\#($0.1.map(String.init).joined(separator: ","))]}"# }
      .joined(separator: ",") + "]"
  }

  static func family(
    theme: [(String, [Int])], a: [(String, [Int])], b: [(String, [Int])],
    labels: (a: String, b: String) = ("Former les équipes", "Contrôler les retraites"),
    statement: String = "La formation avant tout."
  ) -> String {
    #"{"intitule":"Former et payer","enonce":""# + statement + #"","phrases":"# + sentences(theme)
      + #","sous_themes":{"A":{"intitule":""# + labels.a + #"","phrases":"#
      + sentences(a)
      + #"},"B":{"intitule":""# + labels.b + #"","phrases":"#
      + sentences(b) + "}}}"
  }

  func synthesiser(_ generator: ScriptedTextGenerator, retry: LanguageModelSynthesiser.RetryPolicy = .never)
    throws -> LanguageModelSynthesiser
  {
    LanguageModelSynthesiser(
      generator: generator, themePrompt: try PromptLibrary.load(PromptLibrary.themeSynthesis),
      globalPrompt: try PromptLibrary.load(PromptLibrary.globalSynthesis),
      support: CitationSupport(embedder: ScriptedEmbedder(topics: ["formation", "retraite"])), retry: retry,
      familyPrompt: try PromptLibrary.load(PromptLibrary.themeFamilySynthesis))
  }

  func write(_ synthesiser: LanguageModelSynthesiser) async throws -> ThemeWriting {
    try await Self.write(synthesiser)
  }

  /// The writing of `request` (the family of this suite by default) under `question`.
  static func write(
    _ synthesiser: LanguageModelSynthesiser, request: ThemeRequest = request, question: String = "Q ?"
  ) async throws -> ThemeWriting {
    var writings: [ThemeWriting] = []
    for try await result in synthesiser.writeThemes(
      [request], context: ConsultationContext(question: question))
    {
      writings.append(result.writing)
    }
    return try #require(writings.first)
  }

  @Test func oneCallWritesTheThemeAndEachSubTheme() async throws {
    let generator = ScriptedTextGenerator { _, _ in
      Self.family(
        theme: [("La formation des équipes est attendue.", [1, 2]), ("Les retraites inquiètent.", [3, 4])],
        a: [("La formation des enseignants d'abord.", [1, 2])],
        b: [("Le versement des retraites à contrôler.", [3, 4])])
    }
    let synthesiser = try synthesiser(generator)
    #expect(synthesiser.writesSubThemesWithParent)
    #expect(synthesiser.identity.contains("famille=synthese-theme-famille.md@"))
    let writing = try await write(synthesiser)
    #expect(generator.requests.count == 1)
    #expect(writing.label == "Former et payer")
    // Without a labeller, the synthesis names the theme and each sub-theme.
    let instructions = generator.requests[0].messages.first?.content ?? ""
    #expect(instructions.contains("« intitule » : 2 à 6 mots") && !instructions.contains("[intitule]"))
    #expect(!instructions.contains("sans intitule"))
    #expect(generator.requests[0].options.jsonSchema?.contains(#""required":["intitule","phrases"]"#) == true)
    #expect(writing.synthesis.sentences.map(\.citations) == [["a1", "a2"], ["a3", "a4"]])
    #expect(writing.subThemes.map(\.label) == ["Former les équipes", "Contrôler les retraites"])
    #expect(
      writing.subThemes.map { $0.synthesis.sentences.map(\.citations) } == [[["a1", "a2"]], [["a3", "a4"]]])
    #expect(writing.subThemes.allSatisfy { !$0.usedRuleFallback })
    #expect(writing.statement == "La formation avant tout." && !writing.replacedStatement)
    #expect(
      writing.subThemes.map(\.statement) == [
        "La formation des enseignants d'abord.", "Le versement des retraites à contrôler.",
      ])

    // The request groups the arguments under each letter, numbered across the groups, and the
    // schema lets each sub-theme cite only its own numbers.
    let message = ScriptedTextGenerator.userMessage(generator.requests[0])
    #expect(
      message.contains("Sous-thème A :\n[1] La formation")
        && message.contains("Sous-thème B :\n[3] Les retraites"))
    let schema = try #require(generator.requests[0].options.jsonSchema)
    #expect(schema.contains(#""A":{"type":"object""#) && schema.contains(#""enum":[1,2]"#))
    #expect(schema.contains(#""enum":[3,4]"#) && schema.contains(#""enum":[1,2,3,4]"#))
    _ = try JSONSchemaGrammar.gbnf(fromSchema: schema)
  }

  /// A sub-theme sentence citing another sub-theme's argument keeps no citation: dropped; the
  /// sub-theme, left with nothing, is written by the rules from its own arguments only.
  /// A sentence cites at most as many arguments as its part has (four at most): given four places
  /// for a sub-theme of one argument, the small model wrote « [8, 8, 8, 8] ».
  @Test func citationsAreBoundedByTheArgumentsThereAre() throws {
    var request = Self.request
    request.subThemes = [
      SubThemeSlice(range: 0..<1, distinctiveLabel: "Formation"),
      SubThemeSlice(range: 1..<4, distinctiveLabel: "Le reste"),
    ]
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(LanguageModelSynthesiser.familySchema(request).utf8))
        as? [String: Any])
    func citationLimit(_ part: Any?) -> Int? {
      let phrases = (part as? [String: Any])?["properties"] as? [String: Any]
      let items = (phrases?["phrases"] as? [String: Any])?["items"] as? [String: Any]
      let citations = (items?["properties"] as? [String: Any])?["citations"] as? [String: Any]
      return citations?["maxItems"] as? Int
    }
    let subThemes =
      ((schema["properties"] as? [String: Any])?["sous_themes"] as? [String: Any])?["properties"]
      as? [String: Any]
    #expect(citationLimit(schema) == 4)
    #expect(citationLimit(subThemes?["A"]) == 1)
    #expect(citationLimit(subThemes?["B"]) == 3)
  }

  /// Repeats: equal but for case, or each one's words copied from the other (an opener apart);
  /// a sentence that adds a clause of its own is no repeat.
  @Test func repeatedSentences() {
    #expect(LanguageModelSynthesiser.repeats("Il faut former.", "il faut former."))
    #expect(
      LanguageModelSynthesiser.repeats(
        "Il faudra du temps pour savoir si les élèves apprennent mieux.",
        "Honnêtement, il faudra du temps pour savoir si les élèves apprennent mieux."))
    #expect(
      !LanguageModelSynthesiser.repeats(
        "La formation des enseignants est une condition préalable.",
        "La formation des enseignants est une condition préalable, mais les moyens manquent partout."))
  }

  @Test func aSubThemeCannotCiteItsNeighbour() async throws {
    let generator = ScriptedTextGenerator { _, _ in
      Self.family(
        theme: [("La formation des équipes est attendue.", [1, 2])],
        a: [("La formation des enseignants d'abord.", [1])],
        b: [("Le versement des retraites à contrôler.", [1, 2])])
    }
    let writing = try await write(try synthesiser(generator))
    #expect(!writing.subThemes[0].usedRuleFallback)
    // B's sentence cited A's arguments: it is cited by B's own that support it instead.
    #expect(writing.subThemes[1].repointedSentences == 1 && !writing.subThemes[1].usedRuleFallback)
    let citedByB = Set(writing.subThemes[1].synthesis.sentences.flatMap(\.citations))
    #expect(!citedByB.isEmpty && citedByB.isSubset(of: ["a3", "a4"]))

    // A sentence that none of B's arguments supports is dropped, and B is written by the rules
    // from its own arguments, even though A's arguments would support it.
    let strayed = ScriptedTextGenerator { _, _ in
      Self.family(
        theme: [("La formation des équipes est attendue.", [1, 2])],
        a: [("La formation des enseignants d'abord.", [1])],
        b: [("La formation continue des équipes.", [1, 2])])
    }
    let strayedWriting = try await write(try synthesiser(strayed))
    #expect(strayedWriting.subThemes[1].usedRuleFallback)
    #expect(strayedWriting.subThemes[1].synthesis.droppedSentences == 1)
    let citedByStrayedB = Set(strayedWriting.subThemes[1].synthesis.sentences.flatMap(\.citations))
    #expect(!citedByStrayedB.isEmpty && citedByStrayedB.isSubset(of: ["a3", "a4"]))
  }

  /// Nothing readable: the theme by the rules, drawing from every sub-theme (not the first
  /// sub-theme's arguments again), each sub-theme from its own.
  @Test func unreadableFamilyFallsBackPartByPart() async throws {
    let generator = ScriptedTextGenerator { _, _ in "pas du JSON" }
    let writing = try await write(try synthesiser(generator, retry: .nothingSurvives))
    #expect(generator.requests.count == 2, "asked again once")
    #expect(writing.usedRuleFallback && writing.subThemes.allSatisfy(\.usedRuleFallback))
    #expect(writing.retries == 1)
    #expect(Array(writing.synthesis.sentences.flatMap(\.citations).prefix(2)) == ["a1", "a3"])
    #expect(writing.subThemes[0].synthesis.sentences.flatMap(\.citations) == ["a1", "a2"])
    #expect(writing.subThemes[1].synthesis.sentences.flatMap(\.citations) == ["a3", "a4"])
  }

  /// A statement close to none of the theme's arguments is not printed under its name: its first
  /// kept sentence stands instead, counted.
  @Test func anUnsupportedStatementIsReplaced() async throws {
    let generator = ScriptedTextGenerator { _, _ in
      Self.family(
        theme: [("La formation des équipes est attendue.", [1, 2])],
        a: [("La formation des enseignants d'abord.", [1, 2])],
        b: [("Le versement des retraites à contrôler.", [3, 4])],
        statement: "L'IA est une technique utilisée dans divers domaines.")
    }
    let writing = try await write(try synthesiser(generator))
    #expect(writing.replacedStatement)
    #expect(writing.statement == "La formation des équipes est attendue.")
  }

  /// « Bof. Bof. Bof… » and « Sous-thème A » are not sentences of a synthesis.
  @Test func degenerateSentencesAreDropped() async throws {
    let repeated = Array(repeating: "Formation.", count: 12).joined(separator: " ")
    let generator = ScriptedTextGenerator { _, _ in
      Self.family(
        theme: [
          (repeated, [1, 2]), ("Sous-thème A", [1]), ("La formation des équipes est attendue.", [1, 2]),
        ],
        a: [("La formation des enseignants d'abord.", [1, 2])],
        b: [("Le versement des retraites à contrôler.", [3, 4])])
    }
    let writing = try await write(try synthesiser(generator))
    #expect(writing.synthesis.sentences.map(\.text) == ["La formation des équipes est attendue."])
    #expect(writing.synthesis.droppedSentences == 2)
    #expect(
      !LanguageModelSynthesiser.isDegenerate("Les élèves et les parents et les professeurs et les autres."))
    #expect(LanguageModelSynthesiser.isDegenerate("Il faut former former former former les enseignants."))
  }

  /// A writing cached before sub-themes were written with their parent still reads.
  @Test func writingsCachedWithoutSubThemesStillDecode() throws {
    let writing = ThemeWriting(
      label: "L", statement: "S",
      synthesis: Synthesis(sentences: [CitedSentence(text: "T.", citations: ["a1"])]))
    let stored = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(writing)) as? [String: Any])
    #expect(stored["subThemes"] == nil, "no sub-themes: encoded as before they existed")
    let old = try JSONSerialization.data(withJSONObject: stored)
    #expect(try JSONDecoder().decode(ThemeWriting.self, from: old) == writing)
    var family = writing
    family.subThemes = [writing]
    #expect(try JSONDecoder().decode(ThemeWriting.self, from: JSONEncoder().encode(family)) == family)
  }

  @Test func aCopiedArgumentIsNotAThemeName() {
    var used: Set<String> = []
    let label = AnalysisPipeline.distinctLabel(
      "elle peut aider à repérer plus tôt les élèves en difficulté si les", fallback: "Repérer, difficulté",
      question: "Que pensez-vous de l'IA ?", used: &used)
    #expect(label == "Repérer, difficulté")
    #expect(
      AnalysisPipeline.distinctLabel(
        "Former les équipes", fallback: "Formation", question: "Que pensez-vous de l'IA ?", used: &used)
        == "Former les équipes")
  }
}

/// One theme whose sub-themes are the arguments' topics (formation, retraite): what the pipeline
/// does with a synthesiser that writes sub-themes with their parent.
struct TopicSubThemes: ThemeClusterer {
  var identity: String { "sous-themes-par-sujet" }
  var provenance: [String: String] { [:] }
  func cluster(_ vectors: EmbeddingMatrix) async throws -> ThemeClustering {
    let subLabels: [Int?] = (0..<vectors.rowCount).map { vectors.row($0).first == 1 ? 0 : 1 }
    return ThemeClustering(
      labels: Array(repeating: 0, count: vectors.rowCount), subLabels: subLabels, themeCount: 1)
  }
}

@Suite struct FamilyPipelineTests {
  @Test func eachThemeIsOneCallAndItsSubThemesComeFromIt() async throws {
    let rows: [PipelineProject.Row] = [
      ("1", "-", "-", "La formation des enseignants est indispensable."),
      ("2", "-", "-", "Il faut former les équipes à la formation numérique."),
      ("3", "-", "-", "Les retraites à l'étranger coûtent cher."),
      ("4", "-", "-", "Le versement des retraites doit être contrôlé."),
    ]
    let project = try PipelineProject.make(rows: rows, question: "Que pensez-vous de l'IA ?")
    defer { try? FileManager.default.removeItem(at: project.directory) }
    let generator = ScriptedTextGenerator { request, _ in
      let schema = request.options.jsonSchema ?? ""
      if schema.contains("atouts") {
        return
          #"{"atouts":[{"texte":"La formation des enseignants est attendue.","themes":[1]}],"risques":[],"conditions":[]}"#
      }
      let message = ScriptedTextGenerator.userMessage(request)
      // Sub-theme A holds whichever topic the diverse sample put first.
      let formationFirst =
        (message.range(of: "formation")?.lowerBound ?? message.endIndex)
        < (message.range(of: "retraites")?.lowerBound ?? message.endIndex)
      let formation = [("La formation des enseignants d'abord.", formationFirst ? [1, 2] : [3, 4])]
      let retraites = [("Le versement des retraites à contrôler.", formationFirst ? [3, 4] : [1, 2])]
      return FamilySynthesisTests.family(
        theme: [("La formation des équipes est attendue.", formationFirst ? [1, 2] : [3, 4])],
        a: formationFirst ? formation : retraites, b: formationFirst ? retraites : formation,
        labels: formationFirst
          ? ("Former les équipes", "Contrôler les retraites")
          : ("Contrôler les retraites", "Former les équipes"))
    }
    let embedder = ScriptedEmbedder(topics: ["formation", "retraite"])
    let pipeline = AnalysisPipeline(
      extractor: RuleBasedArgumentExtractor(), embedder: embedder,
      synthesiser: LanguageModelSynthesiser(
        generator: generator, themePrompt: try PromptLibrary.load(PromptLibrary.themeSynthesis),
        globalPrompt: try PromptLibrary.load(PromptLibrary.globalSynthesis),
        support: CitationSupport(embedder: embedder), retry: .never,
        familyPrompt: try PromptLibrary.load(PromptLibrary.themeFamilySynthesis)),
      clusterer: TopicSubThemes(), minimumCellSize: 1, reformulationThreshold: nil)
    let events = Mutex<[PipelineProgress]>([])
    let run = try await pipeline.run(question: project.freeTextQuestion, in: project.database) { event in
      events.withLock { $0.append(event) }
    }

    let themeCalls = generator.requests.filter { $0.options.jsonSchema?.contains("sous_themes") == true }
    #expect(themeCalls.count == 1)
    // The progress counts the theme's call before the theme is ready, and ends on all of them.
    let syntheses = events.withLock { $0 }.filter { $0.stage == .syntheses }
    #expect(syntheses.contains { $0.done == 0 && $0.calls == StepCount(done: 1, total: 1) })
    #expect(syntheses.last?.done == 1 && syntheses.last?.calls == StepCount(done: 1, total: 1))
    #expect(generator.requests.count == 2, "the family and the global synthesis")
    let themes = run.analysis.themes.filter { !$0.isOther }
    #expect(themes.filter { $0.parentID == nil }.map(\.label) == ["Former et payer"])
    let subThemes = themes.filter { $0.parentID != nil }
    #expect(Set(subThemes.map(\.label)) == ["Former les équipes", "Contrôler les retraites"])
    let arguments = Dictionary(uniqueKeysWithValues: run.analysis.arguments.map { ($0.id, $0.text) })
    for sub in subThemes {
      let cited = sub.synthesis.sentences.flatMap(\.citations)
      #expect(
        !cited.isEmpty && Set(cited).isSubset(of: Set(sub.argumentIDs)), "a sub-theme cites its own arguments"
      )
      let topic = sub.label.contains("Former") ? "form" : "retraite"
      #expect(cited.allSatisfy { arguments[$0]?.lowercased().contains(topic) == true })
    }
    #expect(run.stages[.syntheses]?.computed == 1)
  }
}
