import Analysis
import Foundation
import Inference
import ObservatoireCore
import Storage

/// How answers are cut into arguments when a model is available.
public enum ExtractionMode: String, Sendable, CaseIterable {
  /// The model points at the answer's segments and reformulates each idea.
  case modele
  /// The French clause rules cut the answers; the model writes labels and syntheses only.
  case regles
}

/// Which method an analysis runs.
public enum AnalysisMethod: Sendable, Hashable {
  /// No language model: clause rules, labels from distinctive terms, rule syntheses.
  case rules
  /// The language model extracts (or not, with `.regles`) and writes labels and syntheses.
  case languageModel(extraction: ExtractionMode)
}

/// Everything an analysis of a project needs, whichever front end asks for it.
public struct AnalysisRequest: Sendable {
  /// The project file (already imported).
  public var project: String
  /// Question codes to analyse; empty: every free-text question.
  public var questions: [String] = []
  public var method: AnalysisMethod = .languageModel(extraction: .modele)
  public var models: ModelSettings
  /// A one-segment answer of at most this many words is taken as it is (0: always the model).
  public var shortAnswerWords = SegmentPointingExtractor.defaultShortAnswerWords
  /// What the consultation is and who answered it, for the prompts.
  public var consultationDescription: String?
  public var seed: UInt64 = 42
  /// *k*; nil: resolved from the project (`SmallCellPolicy`).
  public var minimumCellSize: Int?

  public init(project: String, models: ModelSettings) {
    self.project = project
    self.models = models
  }
}

/// What an analysis job tells its front end as it goes.
public enum AnalysisEvent: Sendable {
  /// The questions about to be analysed, in order.
  case started(questions: [QuestionID])
  case progress(PipelineProgress)
  /// One question done (its run stored in the project).
  case questionAnalysed(PipelineRun)
  case finished(AnalysisOutcome)
}

/// What an analysis job did, once it is over.
public struct AnalysisOutcome: Sendable {
  public var project: String
  public var runs: [PipelineRun]
  /// Tokens and model time of this run (cached stages cost nothing).
  public var usage: Usage
  public var elapsedSeconds: Double
  public var wattsPerCore: Double
  /// The project's report after the analysis, counts published at its *k*.
  public var report: ConsultationReport

  public var estimatedJoules: Double { usage.estimatedJoules(wattsPerCore: wattsPerCore) }
}

/// An analysis of a project as a job: the five stages for each question, cached and resumable,
/// with its progress as events. The command line prints them; a web app streams them.
public struct AnalysisJob: Sendable {
  public var request: AnalysisRequest

  public init(_ request: AnalysisRequest) { self.request = request }

  /// The job's events; the job runs while the sequence is iterated and stops (at the next
  /// model call or stage) when the iteration is cancelled. The last event is `.finished`.
  public func events() -> AsyncThrowingStream<AnalysisEvent, any Error> {
    let (stream, continuation) = AsyncThrowingStream.makeStream(
      of: AnalysisEvent.self, bufferingPolicy: .unbounded)
    let task = Task {
      do {
        let outcome = try await run { continuation.yield($0) }
        continuation.yield(.finished(outcome))
        continuation.finish()
      } catch {
        continuation.finish(throwing: error)
      }
    }
    continuation.onTermination = { _ in task.cancel() }
    return stream
  }

  /// Runs the job, calling `onEvent` for each event but `.finished`, and returns the outcome.
  public func run(onEvent: @escaping @Sendable (AnalysisEvent) -> Void = { _ in }) async throws
    -> AnalysisOutcome
  {
    let database = try ProjectDatabase.openExisting(path: request.project)
    guard let consultation = try database.loadConsultation() else { throw PipelineError.noConsultation }
    let selected = try AnalysisPipeline.questions(request.questions, in: consultation)
    let meter = UsageMeter()
    let pipeline = try await Self.pipeline(for: request, meter: meter)
    onEvent(.started(questions: selected.map(\.id)))
    let clock = ContinuousClock()
    let start = clock.now
    var runs: [PipelineRun] = []
    for question in selected {
      try Task.checkCancellation()
      let run = try await pipeline.run(question: question.id, of: consultation, in: database) {
        onEvent(.progress($0))
      }
      runs.append(run)
      onEvent(.questionAnalysed(run))
    }
    let elapsed = clock.now - start
    let report = try ReportAssembly.report(from: database, minimumCellSize: request.minimumCellSize)
    return AnalysisOutcome(
      project: request.project, runs: runs, usage: await meter.total,
      elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
      wattsPerCore: request.models.wattsPerCore, report: report)
  }

  /// The pipeline a request asks for: models loaded (or servers connected), prompts read,
  /// stages chosen by the method.
  public static func pipeline(for request: AnalysisRequest, meter: UsageMeter) async throws
    -> AnalysisPipeline
  {
    let settings = request.models.measuringFreeCores()
    let embedder = MeteredEmbedder(try await settings.makeEmbedder(), meter: meter)
    let extractor: any ArgumentExtractor
    let synthesiser: any ThemeSynthesiser
    switch request.method {
    case .rules:
      extractor = RuleBasedArgumentExtractor()
      synthesiser = RuleBasedSynthesiser()
    case .languageModel(let extraction):
      let generatorSeed = UInt32(truncatingIfNeeded: request.seed)
      // Each model is loaded only for what it does: with rule segments and a synthesis model of
      // its own, the generator is not loaded at all.
      let synthesisModel = try settings.makeSynthesisGenerator().map {
        MeteredTextGenerator($0, meter: meter)
      }
      let loadGenerator = { MeteredTextGenerator(try settings.makeGenerator(), meter: meter) }
      let extractionModel = extraction == .modele ? try loadGenerator() : nil
      if let extractionModel {
        extractor = SegmentPointingExtractor(
          generator: extractionModel, prompt: try PromptLibrary.load(PromptLibrary.argumentExtraction),
          seed: generatorSeed, shortAnswerWords: request.shortAnswerWords)
      } else {
        extractor = RuleBasedArgumentExtractor()
      }
      let writer = try synthesisModel ?? extractionModel ?? loadGenerator()
      synthesiser = LanguageModelSynthesiser(
        generator: writer, themePrompt: try PromptLibrary.load(PromptLibrary.themeSynthesis),
        globalPrompt: try PromptLibrary.load(PromptLibrary.globalSynthesis), seed: generatorSeed,
        // Never asked again: on the whole example the second asking came after every first one,
        // one family at a time, for 44 s of 219 and about three parts that the rules then write
        // (docs/benchmarks/pipeline.md, « Synthesis retries » and « The whole example »); each
        // theme written with its sub-themes in one call (« One call per theme »); labels asked on
        // their own, from worked examples (« Model-written labels »).
        support: CitationSupport(embedder: embedder), retry: .never,
        familyPrompt: try PromptLibrary.load(PromptLibrary.themeFamilySynthesis),
        labelPrompt: try PromptLibrary.load(PromptLibrary.themeLabel))
    }
    var clustering = ThemeClusteringParameters.default
    clustering.seed = request.seed
    return AnalysisPipeline(
      extractor: extractor, embedder: embedder, synthesiser: synthesiser,
      clusterer: GraphThemeClusterer(parameters: clustering),
      minimumCellSize: request.minimumCellSize, wattsPerCore: settings.wattsPerCore,
      consultationDescription: request.consultationDescription, meter: meter)
  }
}
