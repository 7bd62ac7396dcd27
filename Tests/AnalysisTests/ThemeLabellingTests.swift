import Foundation
import Inference
import InferenceTesting
import ObservatoireCore
import Privacy
import TestSupport
import Testing

@testable import Analysis

/// Labels asked in a call of their own, from worked examples: the answer names the theme when it
/// passes the checks, and the synthesis's own « intitule » stays otherwise.
@Suite struct ThemeLabellingTests {
  static func isLabelCall(_ request: GenerationRequest) -> Bool {
    request.options.jsonSchema == ThemeLabeller.schema
  }

  func synthesiser(_ generator: ScriptedTextGenerator) throws -> LanguageModelSynthesiser {
    LanguageModelSynthesiser(
      generator: generator, themePrompt: try PromptLibrary.load(PromptLibrary.themeSynthesis),
      globalPrompt: try PromptLibrary.load(PromptLibrary.globalSynthesis),
      support: CitationSupport(embedder: ScriptedEmbedder(topics: ["formation", "retraite"])), retry: .never,
      familyPrompt: try PromptLibrary.load(PromptLibrary.themeFamilySynthesis),
      labelPrompt: try PromptLibrary.load(PromptLibrary.themeLabel))
  }

  func write(_ synthesiser: LanguageModelSynthesiser) async throws -> ThemeWriting {
    try await FamilySynthesisTests.write(synthesiser, question: "Que pensez-vous de l'IA ?")
  }

  static func family() -> String {
    FamilySynthesisTests.family(
      theme: [("La formation des enseignants est attendue.", [1, 2])],
      a: [("La formation des équipes d'abord.", [1, 2])],
      b: [("Le versement des retraites à contrôler.", [3, 4])])
  }

  @Test func theLabellersAnswersNameTheThemeAndItsSubThemes() async throws {
    let generator = ScriptedTextGenerator { request, _ in
      guard Self.isLabelCall(request) else { return Self.family() }
      let message = ScriptedTextGenerator.userMessage(request)
      if message.contains("formation, retraites") { return #""Formation et retraites""# }
      if message.contains("formation, équipes") { return #""Formation des équipes""# }
      return #""Contrôle des retraites""#
    }
    let writing = try await write(try synthesiser(generator))
    #expect(writing.label == "Formation et retraites")
    #expect(writing.subThemes.map(\.label) == ["Formation des équipes", "Contrôle des retraites"])
    #expect(writing.synthesis.sentences.first?.text == "La formation des enseignants est attendue.")
    let labelCalls = generator.requests.filter(Self.isLabelCall)
    #expect(labelCalls.count == 3, "the theme and each of its two sub-themes")
    // Worked examples come first, as earlier turns; the theme's arguments come last, as data.
    let messages = try #require(labelCalls.first?.messages)
    #expect(messages.first?.role == .system)
    #expect(messages.filter { $0.role == .assistant }.count >= 3)
    #expect(messages.last?.role == .user)
    #expect(messages.last?.content.contains("Les retraites à l'étranger coûtent cher.") == true)
    #expect(!messages.contains { $0.content.contains("Que pensez-vous") }, "the question is never shown")
    // The synthesis is then asked for no label: neither in its schema nor in its instructions.
    let family = try #require(generator.requests.first { !Self.isLabelCall($0) })
    #expect(family.options.jsonSchema?.contains("sous_themes") == true)
    #expect(family.options.jsonSchema?.contains("intitule") == false)
    let instructions = family.messages.first?.content ?? ""
    #expect(!instructions.contains("« intitule »") && !instructions.contains("[sans intitule]"))
    #expect(instructions.contains("« sous_themes » : pour chaque sous-thème (A, B, …), « phrases »"))
    let usage = writing.usage
    #expect(usage.calls == 4, "three labels and the family, counted in the theme's cost")
  }

  /// A label the checks refuse leaves the one the synthesis wrote, if any (a server may still
  /// send one), else the rule label.
  @Test func aRefusedLabelLeavesTheSynthesisLabel() async throws {
    let generator = ScriptedTextGenerator { request, _ in
      guard Self.isLabelCall(request) else { return Self.family() }
      let message = ScriptedTextGenerator.userMessage(request)
      if message.contains("formation, retraites") { return #""Rejection""# }
      if message.contains("formation, équipes") { return #""Horaires des transports""# }
      return #""Retraites des retraites""#
    }
    let writing = try await write(try synthesiser(generator))
    #expect(writing.label == "Former et payer", "an English word found in no argument")
    #expect(
      writing.subThemes.map(\.label) == ["Former les équipes", "Contrôler les retraites"],
      "an example's label, a repeated word")
  }

  /// The shipped prompt with a generator never called: for the checks on an answer.
  static func labellerWithoutModel() throws -> ThemeLabeller {
    ThemeLabeller(
      generator: ScriptedTextGenerator { _, _ in "" },
      prompt: try PromptLibrary.load(PromptLibrary.themeLabel))
  }

  @Test func theChecksOfALabel() throws {
    let labeller = try Self.labellerWithoutModel()
    let sample = [
      SampledArgument(id: "1", text: "Les élèves dys ont besoin d'un assistant qui reformule les consignes."),
      SampledArgument(id: "2", text: "Une aide précieuse pour les élèves en difficulté."),
    ]
    #expect(labeller.accepted("aide aux élèves dys.", sample: sample) == "Aide aux élèves dys")
    #expect(labeller.accepted("Reformulation des consignes", sample: sample) == "Reformulation des consignes")
    #expect(labeller.accepted("Rejection", sample: sample) == nil, "a word of no argument")
    #expect(labeller.accepted("Aide de l'aide", sample: sample) == nil, "a word repeated")
    #expect(labeller.accepted("Coût de l'abonnement", sample: sample) == nil, "an example's label")
    #expect(labeller.accepted("  ", sample: sample) == nil)
    #expect(
      labeller.accepted(
        "Très précieuse !", sample: sample + [SampledArgument(id: "3", text: "Très précieuse !")]) == nil)
    #expect(
      labeller.accepted("Les élèves dys ont besoin d'un assistant qui reformule", sample: sample) == nil,
      "a copied sentence")
  }

  /// A word that begins like one of the arguments' but is neither theirs nor in Debian's French
  /// list is invented: « Neutreité de l'internet », written by the 0.5B model for arguments on
  /// « la neutralité de l'internet » (République numérique, 2026-12-04). A word of the dictionary
  /// that the arguments only derive (« Reformulation » from « reformule ») stays welcome.
  @Test func aLabelWithAnInventedWordIsRefused() throws {
    try #require(NameLexicon.hasWordLists, "scripts/setup installs Debian's word lists (wfrench)")
    let labeller = try Self.labellerWithoutModel()
    let sample = [
      SampledArgument(id: "1", text: "La neutralité de l'internet est une liberté essentielle."),
      SampledArgument(id: "2", text: "Un assistant qui reformule les consignes aide les élèves."),
    ]
    #expect(labeller.accepted("Neutreité de l'internet", sample: sample) == nil)
    #expect(labeller.accepted("Neutralité de l'internet", sample: sample) == "Neutralité de l'internet")
    #expect(labeller.accepted("Reformulation des consignes", sample: sample) == "Reformulation des consignes")
    #expect(
      NameLexicon.dictionaryKnows("NEUTRALITE") == true && NameLexicon.dictionaryKnows("neutreité") == false)

    // Without the word lists, the check is off rather than refusing every derived word.
    let withoutLists = ThemeLabeller(
      generator: ScriptedTextGenerator { _, _ in "" },
      prompt: try PromptLibrary.load(PromptLibrary.themeLabel), dictionary: { _ in nil })
    #expect(withoutLists.accepted("Neutreité de l'internet", sample: sample) == "Neutreité de l'internet")
  }

  /// The small model leaves out accents and elisions (« Dependance », « Outils de hébergement »,
  /// both seen on the bundled example); an accepted label takes them from its arguments.
  @Test func anAcceptedLabelIsSpelledLikeItsArguments() throws {
    let labeller = try Self.labellerWithoutModel()
    let sample = [
      SampledArgument(id: "1", text: "La dépendance des élèves à l'outil m'inquiète."),
      SampledArgument(
        id: "2", text: "L'hébergement des outils hors d'Europe pose problème, comme la dependance."),
      SampledArgument(
        id: "3", text: "Une dépendance aux écrans, déjà, et au handicap des élèves on pense peu."),
    ]
    #expect(labeller.accepted("Dependance des eleves", sample: sample) == "Dépendance des élèves")
    #expect(labeller.accepted("outils de hébergement", sample: sample) == "Outils d'hébergement")
    #expect(labeller.accepted("Hébergement de les outils", sample: sample) == "Hébergement des outils")
    #expect(labeller.accepted("Ecrans et IA", sample: sample) == "Écrans et IA", "an acronym is left")
    #expect(labeller.accepted("Dependance au handicap", sample: sample) == "Dépendance au handicap")
    #expect(
      LabelSpelling.respelled("Le handicap de élèves", from: []) == "Le handicap d'élèves",
      "an aspirate h keeps its article; a vowel elides with no argument needed")
    #expect(
      LabelSpelling.respelled("Poste de travail", from: ["Un poste de travail…", "Les postes"])
        == "Poste de travail",
      "a word the arguments never accent is left")
    #expect(
      LabelSpelling.respelled("Cote des notes", from: ["la côte", "la cote", "la cote"]) == "Cote des notes")
    // A word that begins the label's word lends its accents; one that only shares a beginning does not.
    #expect(LabelSpelling.respelled("Dependance", from: ["Tout dépend de l'usage."]) == "Dépendance")
    #expect(
      LabelSpelling.respelled("Reformulation", from: ["Une réforme.", "Reformuler."]) == "Reformulation")
  }

  @Test func theShippedPromptHasWorkedExamplesAndNoQuestion() throws {
    let prompt = try PromptLibrary.load(PromptLibrary.themeLabel)
    let labeller = ThemeLabeller(generator: ScriptedTextGenerator { _, _ in "" }, prompt: prompt)
    #expect(labeller.examples.count >= 3)
    #expect(labeller.examples.allSatisfy { $0.arguments.hasPrefix("Arguments :") && !$0.label.isEmpty })
    #expect(!labeller.instructions.contains("--- exemple") && !labeller.instructions.contains(">>>"))
    #expect(!prompt.template.contains("{{question}}"))
  }

  /// With the real default model: a group of the bundled example's arguments gets a label of its
  /// own words, not the question nor an argument.
  @Test func theRealModelNamesAGroupOfTheExample() async throws {
    let generator = try LlamaGenerator(
      modelPath: Fixtures.model(Fixtures.qwenCoder05B).path,
      configuration: LlamaConfiguration(
        threads: LlamaConfiguration.threadsForFreeCores(), contextPerSequence: 2048, parallelSequences: 2))
    let labeller = ThemeLabeller(
      generator: generator, prompt: try PromptLibrary.load(PromptLibrary.themeLabel))
    let groups: [(sample: [SampledArgument], distinctiveLabel: String)] = [
      (
        [
          "Rien ne garantit la conformité au RGPD des outils que les élèves utilisent.",
          "Les données des élèves partent chez des entreprises américaines sans contrôle.",
          "Je teste prudemment, sans données personnelles d'élèves, et j'en vois les limites.",
        ].enumerated().map { SampledArgument(id: "\($0.offset)", text: $0.element) },
        "Conformité, RGPD et entreprises américaines"
      ),
      (
        [
          "Pour les élèves dys, un assistant qui reformule les consignes est une vraie aide.",
          "Les élèves allophones progressent plus vite avec une traduction immédiate des consignes.",
        ].enumerated().map { SampledArgument(id: "\($0.offset)", text: $0.element) },
        "Consignes, élèves dys et traduction"
      ),
    ]
    let labels = try await labeller.labels(for: groups, context: ConsultationContext(question: "Q ?"))
    #expect(labels.count == 2)
    for (group, result) in zip(groups, labels) {
      let label = try #require(result.label, "refused for « \(group.distinctiveLabel) »")
      #expect(label.split(separator: " ").count <= 6)
      #expect(
        !group.sample.contains {
          FrenchText.fold($0.text).hasPrefix(FrenchText.fold(label)) && label.count > 40
        })
      #expect(result.usage.calls == 1 && result.usage.generatedTokens > 0)
    }
  }
}
