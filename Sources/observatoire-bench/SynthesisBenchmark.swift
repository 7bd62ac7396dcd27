// Synthesis levers, side by side in one run: the first N answers of the bundled example (rule
// segments, or the model's extraction), once per variant of `LanguageModelSynthesiser`, each in a
// fresh project (nothing cached) with a fresh model. Counts (calls, tokens, retries, dropped
// sentences) do not depend on the machine's load; seconds do (load printed beside).
import Analysis
import Foundation
import Inference
import ObservatoireApp
import ObservatoireCore
import Storage
import Synchronization

enum SynthesisBenchmark {
  /// What each variant changes.
  enum Variant: String, CaseIterable {
    /// A theme asked again whenever one of its sentences is dropped; one call per sub-theme.
    case anyDroppedSentence = "phrase-ecartee"
    /// Asked again only when nothing survives; one call per sub-theme.
    case nothingSurvives = "rien-ne-reste"
    /// Asked again only when nothing survives; each theme written with its sub-themes in one call.
    case family = "famille"
    /// Each theme with its sub-themes in one call, never asked again.
    case familyNoRetry = "famille-sans-relance"
    /// `famille` with two or three sentences per theme and one or two per sub-theme.
    case familyFuller = "famille-longue"
    /// `famille-longue`, each slot evaluating the shared instructions itself (before 2026-12).
    case familyFullerUnshared = "famille-longue-sans-partage"
  }

  /// The bundled family prompt, or the file named by `OBS_BENCH_FAMILY_PROMPT` (to try a wording).
  static func familyPrompt() throws -> Prompt {
    guard let path = ProcessInfo.processInfo.environment["OBS_BENCH_FAMILY_PROMPT"] else {
      return try PromptLibrary.load(PromptLibrary.themeFamilySynthesis)
    }
    return Prompt(
      name: PromptLibrary.themeFamilySynthesis, template: try String(contentsOfFile: path, encoding: .utf8))
  }

  static func run(
    answers: Int, repository: URL, threads: Int, variants: [Variant], modelExtraction: Bool
  ) async throws {
    let example = repository.appendingPathComponent("examples/enseignants-ia.csv")
    let lines = try String(contentsOf: example, encoding: .utf8).split(separator: "\n")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("synthesis-bench-\(UUID())")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let csv = work.appendingPathComponent("extrait.csv")
    try (lines.prefix(answers + 1).joined(separator: "\n") + "\n").write(
      to: csv, atomically: true, encoding: .utf8)
    let models = repository.appendingPathComponent("models")
    print(
      "rows: \(answers) of the example's 300 (262 of which answer the open question), threads: \(threads), extraction: \(modelExtraction ? "modèle" : "règles"), "
        + "generator: \(ProcessInfo.processInfo.environment["OBS_BENCH_GENERATOR"] ?? ModelSettings.defaultGeneratorFile)"
    )
    print(
      "variant | seconds | syntheses s | calls | generated | prompt | themes + sub-themes | retries | dropped | "
        + "unsupported | statements replaced | rule fallbacks | sentences kept | labels written | labels copied | load"
    )
    for variant in variants {
      let project = work.appendingPathComponent("\(variant.rawValue).observatoire").path
      _ = try await ProjectImport(file: csv.path, project: project).run()
      let database = try ProjectDatabase.openExisting(path: project)
      let meter = UsageMeter()
      let embedder = MeteredEmbedder(
        try LlamaEmbedder(
          modelPath: models.appendingPathComponent(ModelSettings.defaultEmbedderFile).path, threads: threads),
        meter: meter)
      let modelPath =
        ProcessInfo.processInfo.environment["OBS_BENCH_GENERATOR"]
        ?? models.appendingPathComponent(ModelSettings.defaultGeneratorFile).path
      var model: any TextGenerator = try LlamaGenerator(
        modelPath: modelPath,
        configuration: LlamaConfiguration(
          threads: threads,
          contextPerSequence: ProcessInfo.processInfo.environment["OBS_BENCH_CONTEXT"].flatMap { Int($0) }
            ?? 2048,
          parallelSequences: ProcessInfo.processInfo.environment["OBS_BENCH_SLOTS"].flatMap { Int($0) } ?? 8,
          copiesSharedPrefix: variant != .familyFullerUnshared))
      if let folder = ProcessInfo.processInfo.environment["OBS_BENCH_KEEP"] {
        model = try TranscriptGenerator(
          model, path: URL(fileURLWithPath: folder).appendingPathComponent("\(variant.rawValue).txt").path)
      }
      let generator = MeteredTextGenerator(model, meter: meter)
      let extractor: any ArgumentExtractor =
        modelExtraction
        ? SegmentPointingExtractor(
          generator: generator, prompt: try PromptLibrary.load(PromptLibrary.argumentExtraction))
        : RuleBasedArgumentExtractor()
      let pipeline = AnalysisPipeline(
        extractor: extractor, embedder: embedder,
        synthesiser: LanguageModelSynthesiser(
          generator: generator, themePrompt: try PromptLibrary.load(PromptLibrary.themeSynthesis),
          globalPrompt: try PromptLibrary.load(PromptLibrary.globalSynthesis),
          support: CitationSupport(embedder: embedder),
          retry: variant == .anyDroppedSentence
            ? .anyDroppedSentence : variant == .familyNoRetry ? .never : .nothingSurvives,
          familyPrompt: [.family, .familyNoRetry, .familyFuller, .familyFullerUnshared].contains(variant)
            ? try familyPrompt() : nil,
          familySentences: [.familyFuller, .familyFullerUnshared].contains(variant) ? .fuller : .concise,
          labelPrompt: ProcessInfo.processInfo.environment["OBS_BENCH_NO_LABELLER"] == nil
            ? try PromptLibrary.load(PromptLibrary.themeLabel) : nil),
        meter: meter)
      let clock = ContinuousClock()
      let start = clock.now
      let synthesesStart = Mutex<ContinuousClock.Instant?>(nil)
      guard let question = try database.loadConsultation()?.freeTextQuestions.first else { return }
      let run = try await pipeline.run(question: question.id, in: database) { progress in
        guard progress.stage == .syntheses else { return }
        synthesesStart.withLock { if $0 == nil { $0 = clock.now } }
      }
      let elapsed = clock.now - start
      let syntheses = synthesesStart.withLock { $0 }.map { clock.now - $0 }
      let usage = await meter.total
      let checks = run.checks
      let themes = run.analysis.themes.filter { !$0.isOther }
      let kept = themes.reduce(0) { $0 + $1.synthesis.sentences.count }
      let load =
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ")
        .prefix(3).joined(separator: " ") ?? "?"
      let labels = LabelReading(run.analysis)
      print(
        "\(variant.rawValue) | \(elapsed.components.seconds) | \(syntheses?.components.seconds ?? 0) | "
          + "\(usage.calls) | \(usage.generatedTokens) | \(usage.promptTokens) | \(themes.count) | "
          + "\(checks.synthesisRetries) | \(checks.droppedSentences) | \(checks.unsupportedCitations) | \(checks.replacedStatements) | "
          + "\(checks.ruleFallbackThemes) | \(kept) | \(labels.written) | \(labels.copied) | \(load)")
      if let folder = ProcessInfo.processInfo.environment["OBS_BENCH_KEEP"] {
        try labels.lines.joined(separator: "\n").write(
          to: URL(fileURLWithPath: folder).appendingPathComponent("\(variant.rawValue)-intitules.txt"),
          atomically: true, encoding: .utf8)
        // The project as left (its write-ahead log too), to read the writings afterwards.
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: project + suffix) {
          try? FileManager.default.copyItem(
            atPath: project + suffix,
            toPath: URL(fileURLWithPath: folder).appendingPathComponent(
              "\(variant.rawValue).observatoire\(suffix)"
            ).path)
        }
      }
    }
  }
}

/// How the labels of a run read: written by the model (not a list of distinctive terms, « Abord,
/// ancien et fonctionner »), and among those, copied from one of the theme's arguments.
struct LabelReading {
  var written = 0
  var copied = 0
  var lines: [String] = []

  init(_ analysis: QuestionAnalysis) {
    let texts = Dictionary(
      analysis.arguments.map { ($0.id, Self.fold($0.text)) }, uniquingKeysWith: { first, _ in first })
    for theme in analysis.themes where !theme.isOther {
      let terms = Self.looksLikeTerms(theme.label)
      let folded = Self.fold(theme.label)
      let isCopy =
        !terms && folded.split(separator: " ").count >= 4
        && theme.argumentIDs.contains { texts[$0]?.contains(folded) == true }
      if !terms { written += 1 }
      if isCopy { copied += 1 }
      let mark = terms ? "termes" : isCopy ? "copie" : "modèle"
      lines.append("\(theme.parentID == nil ? "" : "    ")[\(mark)] \(theme.label)")
    }
  }

  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
  }

  /// « Abord, ancien et fonctionner »: two or three parts of one or two words joined by « , » and « et ».
  static func looksLikeTerms(_ label: String) -> Bool {
    let parts = label.replacingOccurrences(of: " et ", with: ", ").components(separatedBy: ", ")
    return (2...3).contains(parts.count) && parts.allSatisfy { $0.split(separator: " ").count <= 2 }
  }
}
