// The synthesis retry lever, side by side in one run: rule segments + model syntheses on the
// first N answers of the bundled example, once with each `LanguageModelSynthesiser.RetryPolicy`,
// each in a fresh project (nothing cached) with a fresh model. Counts (calls, tokens, retries,
// dropped sentences) do not depend on the machine's load; seconds do (load printed beside).
import Analysis
import Foundation
import Inference
import ObservatoireApp
import ObservatoireCore
import Storage

enum SynthesisRetryBenchmark {
  static func run(answers: Int, repository: URL, threads: Int) async throws {
    let example = repository.appendingPathComponent("examples/enseignants-ia.csv")
    let lines = try String(contentsOf: example, encoding: .utf8).split(separator: "\n")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("synthesis-bench-\(UUID())")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let csv = work.appendingPathComponent("extrait.csv")
    try (lines.prefix(answers + 1).joined(separator: "\n") + "\n").write(
      to: csv, atomically: true, encoding: .utf8)
    let models = repository.appendingPathComponent("models")
    print("answers: \(answers), threads: \(threads)")
    print(
      "policy | seconds | calls | generated | prompt | syntheses | retries | dropped | unsupported | rule fallbacks | sentences kept | load"
    )
    for policy in LanguageModelSynthesiser.RetryPolicy.allCases {
      let project = work.appendingPathComponent("\(policy.rawValue).observatoire").path
      _ = try await ProjectImport(file: csv.path, project: project).run()
      let database = try ProjectDatabase.openExisting(path: project)
      let meter = UsageMeter()
      let embedder = MeteredEmbedder(
        try LlamaEmbedder(
          modelPath: models.appendingPathComponent(ModelSettings.defaultEmbedderFile).path, threads: threads),
        meter: meter)
      let generator = MeteredTextGenerator(
        try LlamaGenerator(
          modelPath: models.appendingPathComponent(ModelSettings.defaultGeneratorFile).path,
          configuration: LlamaConfiguration(threads: threads)),
        meter: meter)
      let pipeline = AnalysisPipeline(
        extractor: RuleBasedArgumentExtractor(), embedder: embedder,
        synthesiser: LanguageModelSynthesiser(
          generator: generator, themePrompt: try PromptLibrary.load(PromptLibrary.themeSynthesis),
          globalPrompt: try PromptLibrary.load(PromptLibrary.globalSynthesis),
          support: CitationSupport(embedder: embedder), retry: policy),
        meter: meter)
      let clock = ContinuousClock()
      let start = clock.now
      guard let question = try database.loadConsultation()?.freeTextQuestions.first else { return }
      let run = try await pipeline.run(question: question.id, in: database)
      let elapsed = clock.now - start
      let usage = await meter.total
      let checks = run.checks
      let themes = run.analysis.themes.filter { !$0.isOther }
      let kept = themes.reduce(0) { $0 + $1.synthesis.sentences.count }
      let load =
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ")
        .prefix(3).joined(separator: " ") ?? "?"
      print(
        "\(policy.rawValue) | \(elapsed.components.seconds) | \(usage.calls) | \(usage.generatedTokens) | "
          + "\(usage.promptTokens) | \(themes.count) | \(checks.synthesisRetries) | \(checks.droppedSentences) | "
          + "\(checks.unsupportedCitations) | \(checks.ruleFallbackThemes) | \(kept) | \(load)")
    }
  }
}
