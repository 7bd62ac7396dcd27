import Analysis
import Foundation
import Inference
import InferenceTesting
import ObservatoireCore
import Storage
import TestSupport
import Testing

/// Every counter the run reports (`PipelineChecks`: summary, JSON, method page) driven through
/// the whole pipeline by scripted models, so that each one is seen non-zero — and equal to what
/// the script provoked — at least once.
@Suite struct PipelineCountersTests {
  static let question = "Que pensez-vous de l'IA à l'école ?"

  /// Answers and what each is there to provoke.
  static let rows: [PipelineProject.Row] = [
    ("N1", "-", "-", "RAS"),  // non-answer
    ("S1", "-", "-", "La formation est utile."),  // short: no call
    (
      "R1", "-", "-",  // out-of-range numbers: asked again, then one argument dropped
      "La formation des enseignants est urgente. Elle manque dans beaucoup d'écoles. Il faut la financer."
    ),
    (
      "V1", "-", "-",  // a well-formed empty list: the rules cut it
      "Les retraites des enseignants sont un sujet. On en parle peu en salle des maîtres. C'est dommage."
    ),
    (
      "I1", "-", "-",  // unreadable twice: the rules cut it
      "La formation continue compte beaucoup. Les inspecteurs devraient la proposer. Et vite."
    ),
    (
      "F1", "-", "-",  // a reformulation that says something else than its segments
      "La formation au numérique reste rare. Les collègues la demandent. Personne ne répond."
    ),
    (
      "C1", "-", "-",  // copies: one pointed at another segment, one garbled at its end
      "La formation en ligne ne remplace pas un stage. Les collègues le disent souvent. Il faudrait des stages de formation."
    ),
    (
      "G1", "-", "-",  // a faithful answer
      "La retraite progressive aiderait les anciens. Ils formeraient les jeunes. Cela coûterait peu aux retraites."
    ),
    (
      "G2", "-", "-",
      "La formation par les pairs marche bien. On apprend en observant. Il faut du temps pour la formation."
    ),
    (
      "G3", "-", "-",
      "Les retraites sont trop basses pour attirer. Le métier perd son attrait. Les jeunes fuient ces retraites."
    ),
  ]

  static func script(_ request: GenerationRequest, _ call: Int) -> String {
    let schema = request.options.jsonSchema ?? ""
    let message = ScriptedTextGenerator.userMessage(request)
    if schema.contains("segments") {
      if message.contains("Il faut la financer") {
        let asked = message.contains("Attention")
        return asked
          ? pointing([([1, 2], "contre", "La formation manque."), ([8], "pour", "Hors de la réponse.")])
          : pointing([([9], "pour", "Hors de la réponse.")])
      }
      if message.contains("salle des maîtres") { return #"{"arguments":[]}"# }
      if message.contains("inspecteurs devraient") { return "Je pense que 1) la formation" }
      if message.contains("Il faudrait des stages") {
        return pointing([
          ([1], "pour", "Il faudrait des stages de formation."),
          ([2], "neutre", "Les collègues le disent souvent 价"),
        ])
      }
      if message.contains("Personne ne répond") {
        return pointing([([1, 2, 3], "contre", "Les retraites sont trop basses.")])
      }
      let topic = message.contains("retraite") ? "La retraite" : "La formation"
      return pointing([
        ([1, 2], "nuancé", "\(topic) est un enjeu."), ([3], "neutre", "\(topic) demande du temps."),
      ])
    }
    if schema.contains("atouts") {
      return
        #"{"atouts":[{"texte":"La formation des enseignants est attendue.","themes":[1]}],"risques":[],"conditions":[]}"#
    }
    // A theme: the formation theme always writes one sentence its citations do not support (asked
    // again, still dropped); the retraite theme never writes anything readable (the rules).
    let lowered = message.lowercased()
    if lowered.components(separatedBy: "retraite").count > lowered.components(separatedBy: "formation").count
    {
      return "pas du JSON"
    }
    return
      #"{"intitule":"Former les enseignants","enonce":"La formation est une condition.","phrases":["#
      + #"{"texte":"La formation des enseignants est demandée.","citations":[1,2]},"#
      + #"{"texte":"Stopper le versement des retraites à l'étranger.","citations":[1]}]}"#
  }

  @Test func everyCounterIsSeenAndMatchesWhatTheScriptProvoked() async throws {
    let project = try PipelineProject.make(rows: Self.rows, question: Self.question)
    defer { try? FileManager.default.removeItem(at: project.directory) }
    let generator = ScriptedTextGenerator(Self.script)
    let embedder = ScriptedEmbedder(topics: ["formation", "retraite"])
    let pipeline = AnalysisPipeline(
      extractor: SegmentPointingExtractor(
        generator: generator, prompt: try PromptLibrary.load(PromptLibrary.argumentExtraction),
        shortAnswerWords: 8),
      embedder: embedder,
      synthesiser: LanguageModelSynthesiser(
        generator: generator, themePrompt: try PromptLibrary.load(PromptLibrary.themeSynthesis),
        globalPrompt: try PromptLibrary.load(PromptLibrary.globalSynthesis),
        support: CitationSupport(embedder: embedder)),
      clusterer: KMeansThemeClusterer(themeCount: 2, minimumThemeSize: 2),
      minimumCellSize: 1)
    let run = try await pipeline.run(question: project.freeTextQuestion, in: project.database)
    let checks = run.checks

    #expect(checks.nonAnswers == 1)
    #expect(checks.shortAnswers == 1)
    #expect(checks.modelAnswers == 8)
    #expect(checks.extractionRetries == 2, "R1 out of range, I1 unreadable")
    #expect(checks.droppedArguments == 1, "[8] in the call kept (the first call's [9] was retried)")
    #expect(checks.answersWithoutArgument == 1, "V1")
    #expect(checks.ruleFallbackAnswers == 2, "V1 and I1")
    #expect(checks.unfaithfulReformulations == 1, "F1")
    #expect(checks.repointedCopies == 1, "C1's first idea")
    #expect(checks.completedCopies == 1, "C1's second idea")
    #expect(checks.synthesisRetries >= 1)
    #expect(checks.droppedSentences >= 1)
    #expect(checks.unsupportedCitations >= 1)
    #expect(checks.ruleFallbackThemes >= 1)

    // The unfaithful reformulation was replaced by its segments' words.
    let f1 = try #require(
      project.consultation.responses.first {
        $0.text(project.freeTextQuestion)?.contains("Personne ne répond") == true
      })
    let replaced = run.analysis.arguments.filter { $0.responseID == f1.id }
    #expect(replaced.count == 1)
    #expect(replaced.first?.text == replaced.first?.quoteText)
    // Every citation kept supports its sentence: none is about pensions in the formation theme.
    for theme in run.analysis.themes {
      for sentence in theme.synthesis.sentences {
        #expect(!sentence.text.contains("retraites à l'étranger"))
        #expect(!sentence.citations.isEmpty)
      }
    }
  }
}
