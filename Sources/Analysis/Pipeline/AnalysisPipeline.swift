import Foundation
import Inference
import ObservatoireCore
import Privacy
import Storage
import Synchronization

public enum PipelineStage: String, Sendable, Hashable, Codable, CaseIterable {
  case arguments
  case embeddings
  case themes
  case syntheses
  case global

  public var labelFR: String {
    switch self {
    case .arguments: "Arguments"
    case .embeddings: "Plongements"
    case .themes: "Thèmes"
    case .syntheses: "Synthèses des thèmes"
    case .global: "Synthèse d'ensemble"
    }
  }
}

public struct PipelineProgress: Sendable, Hashable {
  public var question: QuestionID
  public var stage: PipelineStage
  public var done: Int
  public var total: Int
  /// The model calls behind the stage's items, where one item takes several calls (a theme's
  /// label and synthesis): nil when the stage does not count them.
  public var calls: StepCount?
}

/// The syntheses stage's progress as last reported: themes written, model calls done (those of
/// the sub-themes' round added to the top themes' round).
private struct SynthesisProgress {
  var themes = 0
  var earlierCalls = StepCount(done: 0, total: 0)
  var calls: StepCount?
}

/// How many steps are done out of how many are planned so far.
public struct StepCount: Sendable, Hashable, Codable {
  public var done: Int
  public var total: Int
  public init(done: Int, total: Int) {
    self.done = done
    self.total = total
  }
}

/// How much of a stage was computed by this run and how much came from the cache.
public struct StageTally: Sendable, Hashable, Codable {
  public var computed = 0
  public var cached = 0
  public init(computed: Int = 0, cached: Int = 0) {
    self.computed = computed
    self.cached = cached
  }
}

/// What the run did with the answers and the model's output: every counter the summary, the
/// JSON and the method page report.
public struct PipelineChecks: Sendable, Hashable, Codable {
  /// Empty answers and non-answers (« rien », « RAS », « / »): counted, never sent to a model.
  public var nonAnswers = 0
  /// One short segment: the segment is the argument, no model call.
  public var shortAnswers = 0
  /// Answers whose segments went to the language model.
  public var modelAnswers = 0
  /// Answers the model found no argument in (a well-formed empty list; the rules then cut them).
  public var answersWithoutArgument = 0
  /// Answers the model gave nothing usable for, cut by the rules instead.
  public var ruleFallbackAnswers = 0
  /// Arguments the model proposed that could not be kept (segment numbers outside the answer).
  public var droppedArguments = 0
  /// Extraction calls made a second time (unreadable output, numbers out of range).
  public var extractionRetries = 0
  /// Synthesis sentences dropped because no citation in range supported them.
  public var droppedSentences = 0
  /// Citations removed from kept sentences because they did not support them.
  public var unsupportedCitations = 0
  /// Synthesis sentences none of whose citations supported them, cited instead by the theme's
  /// arguments that do.
  public var repointedSentences = 0
  /// Themes (and sub-themes) whose synthesis the model could not write, replaced by the rules.
  public var ruleFallbackThemes = 0
  /// Theme syntheses asked a second time.
  public var synthesisRetries = 0
  /// Reformulations that did not say what their segments say, replaced by the segments' words.
  public var unfaithfulReformulations = 0
  /// Ideas copied from other segments than the model pointed at, moved onto the segments they copy.
  public var repointedCopies = 0
  /// Copied ideas cut at the length limit or garbled, replaced by the answer's own words.
  public var completedCopies = 0
  /// Theme statements close to none of their theme's arguments, replaced by a kept sentence.
  public var replacedStatements = 0
  /// Syntheses of themes split between pour and contre that cited one side only, given the
  /// other side's commonest words as a cited sentence.
  public var balancedSyntheses = 0

  /// Every counter by its name, as the analysis keeps them for the method page and `analyse --json`.
  public func counters() throws -> [String: Int] {
    try JSONDecoder().decode([String: Int].self, from: JSONEncoder().encode(self))
  }
  public init() {}
}

/// One question's analysis and what it took.
public struct PipelineRun: Sendable {
  public var analysis: QuestionAnalysis
  public var provenance: Provenance
  public var stages: [PipelineStage: StageTally]
  public var checks: PipelineChecks

  /// The small-cell policy the analysis was run with.
  public var smallCells: SmallCellPolicy { SmallCellPolicy.resolved(explicit: analysis.minimumCellSize) }

  /// The themes' counts as they may be shown (the summary, `analyse --json`), by theme.
  public var publishedCounts: [ThemeID: PublishedThemeCounts] {
    Dictionary(
      smallCells.publishedCounts(of: analysis).map { ($0.themeID, $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The share of arguments that fall in a theme rather than « autres »; nil when the count of
  /// « autres » is masked (the share would give it back).
  public var publishedCoverage: Double? {
    let arguments = analysis.arguments.count
    guard arguments > 0 else { return 0 }
    guard let other = analysis.themes.first(where: \.isOther) else { return 1 }
    guard let inOther = publishedCounts[other.id]?.arguments else { return nil }
    return Double(arguments - inOther) / Double(arguments)
  }

  public var droppedArguments: Int { checks.droppedArguments }
  public var ruleFallbackAnswers: Int { checks.ruleFallbackAnswers }
  public var droppedSentences: Int { checks.droppedSentences }
  public var ruleFallbackThemes: Int { checks.ruleFallbackThemes }
}

/// The five stages of the inspectorate's method, each cached by content hash in the project.
public struct AnalysisPipeline: Sendable {
  public var extractor: any ArgumentExtractor
  public var embedder: any Embedder
  public var synthesiser: any ThemeSynthesiser
  /// How arguments are grouped into themes; it holds its own parameters.
  public var clusterer: any ThemeClusterer
  /// Minimum published cell size *k*; nil: the one the project's analyses were run with (the
  /// strictest), else the project's, else the default (`SmallCellPolicy.resolved`).
  public var minimumCellSize: Int?
  /// Arguments shown to the synthesiser per theme.
  public var sampleSize: Int
  /// Arguments shown to the synthesiser per sub-theme.
  public var subThemeSampleSize: Int
  /// Arguments shown per sub-theme when a theme is written with its sub-themes in one call.
  public var familySubThemeSampleSize: Int
  public var embeddingBatchSize: Int
  public var wattsPerCore: Double
  /// What the consultation is and who answered it, for the prompts (nil: the question alone).
  public var consultationDescription: String?
  /// Below this cosine between a reformulation and its segments, the segments' words replace
  /// it (nil: no check).
  public var reformulationThreshold: Float?
  /// Where embedding and generation calls are metered (for the provenance).
  public var meter: UsageMeter?

  /// From 22 ideas written in the models' own words on real answers, read by hand (supported or
  /// not by their segments; docs/benchmarks/pipeline.md): every unsupported one scored below 0.93
  /// with e5-small, 5 of 12 of them at 0.90 or more. Replacing a faithful reformulation by its
  /// segments' words costs a paraphrase; keeping an unfaithful one puts words in a respondent's
  /// mouth, so the threshold sits above the last unsupported pair.
  public static let defaultReformulationThreshold: Float = 0.93

  public init(
    extractor: any ArgumentExtractor, embedder: any Embedder, synthesiser: any ThemeSynthesiser,
    clusterer: any ThemeClusterer = GraphThemeClusterer(),
    minimumCellSize: Int? = nil, sampleSize: Int = 12, subThemeSampleSize: Int = 8,
    familySubThemeSampleSize: Int = 4, embeddingBatchSize: Int = 32,
    wattsPerCore: Double = 15, consultationDescription: String? = nil,
    reformulationThreshold: Float? = AnalysisPipeline.defaultReformulationThreshold, meter: UsageMeter? = nil
  ) {
    self.reformulationThreshold = reformulationThreshold
    self.extractor = extractor
    self.embedder = embedder
    self.synthesiser = synthesiser
    self.clusterer = clusterer
    self.minimumCellSize = minimumCellSize
    self.sampleSize = sampleSize
    self.subThemeSampleSize = subThemeSampleSize
    self.familySubThemeSampleSize = familySubThemeSampleSize
    self.embeddingBatchSize = embeddingBatchSize
    self.wattsPerCore = wattsPerCore
    self.consultationDescription = consultationDescription
    self.meter = meter
  }

  /// The free-text questions to analyse: `requested` ones (checked) or all of them.
  public static func questions(_ requested: [String], in consultation: Consultation) throws -> [Question] {
    let free = consultation.freeTextQuestions
    guard !free.isEmpty else { throw PipelineError.noFreeTextQuestion }
    if requested.isEmpty { return free }
    return try requested.map { code in
      guard let question = consultation.question(QuestionID(code)) else {
        throw PipelineError.unknownQuestion(code, available: free.map(\.id.rawValue))
      }
      guard question.kind == .freeText else { throw PipelineError.notFreeText(code) }
      return question
    }
  }

  public func run(
    question questionID: QuestionID, in database: ProjectDatabase,
    progress: @escaping @Sendable (PipelineProgress) -> Void = { _ in }
  ) async throws -> PipelineRun {
    guard let consultation = try database.loadConsultation() else { throw PipelineError.noConsultation }
    return try await run(question: questionID, of: consultation, in: database, progress: progress)
  }

  /// Same, for a consultation already loaded from `database` (saves reading it once per question).
  public func run(
    question questionID: QuestionID, of consultation: Consultation, in database: ProjectDatabase,
    progress: @escaping @Sendable (PipelineProgress) -> Void = { _ in }
  ) async throws -> PipelineRun {
    let started = Date()
    guard let question = consultation.question(questionID) else {
      throw PipelineError.unknownQuestion(
        questionID.rawValue, available: consultation.freeTextQuestions.map(\.id.rawValue))
    }
    guard question.kind == .freeText else { throw PipelineError.notFreeText(questionID.rawValue) }
    let position = consultation.freeTextQuestions.firstIndex { $0.id == questionID } ?? 0
    let prefix = "q\(position + 1)"
    let smallCells = try ReportAssembly.smallCellPolicy(for: database, explicit: minimumCellSize)
    let k = smallCells.minimumCellSize
    let context = ConsultationContext(question: question.title, description: consultationDescription)
    let answers = consultation.responses.compactMap { response in
      response.text(questionID).map { AnswerText(responseID: response.id, text: $0) }
    }
    var tallies: [PipelineStage: StageTally] = [:]
    var checks = PipelineChecks()
    var generationUsage = Usage.zero
    func report(_ stage: PipelineStage, _ done: Int, _ total: Int) {
      progress(PipelineProgress(question: questionID, stage: stage, done: done, total: total))
    }

    // 1. Arguments, one cached outcome per answer.
    let outcomes = try await extractArguments(answers, context: context, database: database) {
      tallies[.arguments] = $0
      report(.arguments, $0.computed + $0.cached, answers.count)
    }
    var arguments: [Argument] = []
    var reformulated: Set<Int> = []
    for (answer, outcome) in zip(answers, outcomes) {
      checks.droppedArguments += outcome.droppedArguments
      checks.repointedCopies += outcome.repointedCopies
      checks.completedCopies += outcome.completedCopies
      checks.extractionRetries += outcome.retries
      switch outcome.route {
      case .nonAnswer: checks.nonAnswers += 1
      case .shortAnswer: checks.shortAnswers += 1
      case .model:
        checks.modelAnswers += 1
        if outcome.arguments.isEmpty { checks.answersWithoutArgument += 1 }
      case .rules:
        if outcome.usedRuleFallback {
          checks.modelAnswers += 1
          checks.ruleFallbackAnswers += 1
          if outcome.modelSaidNothing { checks.answersWithoutArgument += 1 }
        }
      }
      generationUsage += outcome.usage
      for extracted in outcome.arguments {
        guard let quoteText = extracted.quote.slice(of: answer.text) else { continue }
        if outcome.route == .model { reformulated.insert(arguments.count) }
        arguments.append(
          Argument(
            id: "\(prefix)-a\(arguments.count + 1)", responseID: answer.responseID, questionID: questionID,
            text: extracted.text, stance: extracted.stance, quote: extracted.quote, quoteText: quoteText))
      }
    }

    if let threshold = reformulationThreshold {
      checks.unfaithfulReformulations = try await guardReformulations(
        &arguments, reformulated: reformulated, threshold: threshold, database: database)
    }

    // 2. Embeddings, one cached vector per distinct argument text.
    let (vectors, embeddingKeys) = try await embed(arguments, database: database) {
      tallies[.embeddings] = $0
      report(.embeddings, $0.computed + $0.cached, arguments.count)
    }

    // 3. Themes and sub-themes, cached for the whole set of vectors and the clusterer.
    report(.themes, 0, 1)
    let clusteringResult: ThemeClustering
    if arguments.isEmpty {
      clusteringResult = ThemeClustering(labels: [], subLabels: [], themeCount: 0)
    } else {
      (clusteringResult, tallies[.themes]) = try await clusterThemes(
        vectors, embeddingKeys: embeddingKeys, database: database)
    }
    report(.themes, 1, 1)

    // 4. Theme syntheses: every top-level theme in flight together, then their sub-themes (whose
    // labels must differ from their parent's).
    let members = clusteringResult.members
    let distinctive = DistinctiveTerms.labels(
      forGroups: members.map { $0.map { arguments[$0].text } }, excludingWordsOf: question.title)
    let groups: [ThemeGroup] = members.enumerated().map { index, memberIndices in
      ThemeGroup(
        id: "\(prefix)-t\(index + 1)", members: memberIndices,
        distinctiveLabel: distinctive[index],
        subGroups: subGroups(
          of: "\(prefix)-t\(index + 1)", members: memberIndices, clustering: clusteringResult,
          arguments: arguments, question: question.title))
    }
    let subTotal = groups.reduce(0) { $0 + $1.subGroups.count }
    let family = synthesiser.writesSubThemesWithParent
    let totalWritings = family ? groups.count : groups.count + subTotal
    let synthesisProgress = Mutex(SynthesisProgress())
    @Sendable func reportSyntheses(themes: Int? = nil, calls: StepCount? = nil) {
      // Reported under the lock: the themes and the calls come from two tasks, and a reader of
      // the progress sees them in order.
      synthesisProgress.withLock { state in
        if let themes { state.themes = themes }
        if let calls {
          state.calls = StepCount(
            done: state.earlierCalls.done + calls.done, total: state.earlierCalls.total + calls.total)
        }
        progress(
          PipelineProgress(
            question: questionID, stage: .syntheses, done: state.themes, total: totalWritings,
            calls: state.calls))
      }
    }
    var synthesisTally = StageTally()
    var usedLabels: Set<String> = []
    // Each text shown once: answers repeat each other, and a repeated line only costs tokens.
    func sample(_ indices: [Int], size: Int) -> [SampledArgument] {
      var seen: Set<String> = []
      return ThemeGeometry.diverseSample(size * 2, of: indices, in: vectors)
        .filter { seen.insert(FrenchText.fold(arguments[$0].text)).inserted }
        .prefix(size)
        .map {
          SampledArgument(id: arguments[$0].id, text: arguments[$0].text, vector: Array(vectors.row($0)))
        }
    }
    let topRequests = groups.map { group in
      guard family, !group.subGroups.isEmpty else {
        return ThemeRequest(
          sample: sample(group.members, size: sampleSize), distinctiveLabel: group.distinctiveLabel)
      }
      // The theme is shown through its sub-themes' samples, grouped: one call writes them all.
      var shown: [SampledArgument] = []
      var slices: [SubThemeSlice] = []
      for subGroup in group.subGroups {
        let start = shown.count
        shown += sample(subGroup.members, size: familySubThemeSampleSize)
        slices.append(SubThemeSlice(range: start..<shown.count, distinctiveLabel: subGroup.distinctiveLabel))
      }
      return ThemeRequest(sample: shown, distinctiveLabel: group.distinctiveLabel, subThemes: slices)
    }
    let topWritings = try await writeThemes(
      topRequests, context: context, database: database, calls: { reportSyntheses(calls: $0) },
      tally: {
        synthesisTally = $0
        tallies[.syntheses] = $0
        reportSyntheses(themes: $0.computed + $0.cached)
      })
    synthesisProgress.withLock { $0.earlierCalls = $0.calls ?? $0.earlierCalls }
    var topLabels: [String] = []
    for (group, writing) in zip(groups, topWritings) {
      topLabels.append(
        Self.distinctLabel(
          writing.label, fallback: group.distinctiveLabel, question: question.title,
          statement: writing.statement,
          used: &usedLabels))
    }
    let subWritings: [ThemeWriting]
    if family {
      subWritings = zip(groups, zip(topRequests, topWritings)).flatMap { group, written in
        let (request, writing) = written
        return group.subGroups.indices.map { index in
          if writing.subThemes.indices.contains(index) { return writing.subThemes[index] }
          // A theme whose sample was empty comes back without its sub-themes.
          let slice =
            request.subThemes.indices.contains(index) ? request.subRequest(request.subThemes[index]) : nil
          return RuleBasedSynthesiser.theme(
            sample: slice?.sample ?? [], label: group.subGroups[index].distinctiveLabel)
        }
      }
    } else {
      let subRequests = zip(groups, topLabels).flatMap { group, parentLabel in
        group.subGroups.map {
          ThemeRequest(
            sample: sample($0.members, size: subThemeSampleSize), distinctiveLabel: $0.distinctiveLabel,
            parentLabel: parentLabel)
        }
      }
      let base = synthesisTally
      subWritings = try await writeThemes(
        subRequests, context: context, database: database, calls: { reportSyntheses(calls: $0) },
        tally: {
          let combined = StageTally(computed: base.computed + $0.computed, cached: base.cached + $0.cached)
          tallies[.syntheses] = combined
          reportSyntheses(themes: combined.computed + combined.cached)
        })
    }
    if totalWritings == 0 { tallies[.syntheses] = StageTally() }
    for writing in topWritings + subWritings {
      generationUsage += writing.usage
      checks.droppedSentences += writing.synthesis.droppedSentences
      checks.unsupportedCitations += writing.unsupportedCitations
      checks.repointedSentences += writing.repointedSentences
      checks.synthesisRetries += writing.retries
      if writing.usedRuleFallback { checks.ruleFallbackThemes += 1 }
      if writing.replacedStatement { checks.replacedStatements += 1 }
    }
    var themes: [Theme] = []
    var nextSub = 0
    for (index, group) in groups.enumerated() {
      let writing = topWritings[index]
      themes.append(
        Theme(
          id: group.id, label: topLabels[index], statement: writing.statement, synthesis: writing.synthesis,
          argumentIDs: group.members.map { arguments[$0].id }))
      for (subIndex, subGroup) in group.subGroups.enumerated() {
        let subWriting = subWritings[nextSub]
        nextSub += 1
        themes.append(
          Theme(
            id: "\(group.id).\(subIndex + 1)", parentID: group.id,
            label: Self.distinctLabel(
              subWriting.label, fallback: subGroup.distinctiveLabel, question: question.title,
              statement: subWriting.statement, parentLabel: topLabels[index], used: &usedLabels),
            statement: subWriting.statement, synthesis: subWriting.synthesis,
            argumentIDs: subGroup.members.map { arguments[$0].id }))
      }
    }
    let outliers = clusteringResult.outliers
    if !outliers.isEmpty {
      let central = ThemeGeometry.mostCentral(3, of: outliers, in: vectors).map {
        SampledArgument(id: arguments[$0].id, text: arguments[$0].text)
      }
      themes.append(
        Theme(
          id: "\(prefix)-autres", label: "Autres",
          statement: "Arguments trop isolés pour former un thème ; en voici quelques-uns.",
          synthesis: RuleBasedSynthesiser.theme(sample: central, label: "Autres").synthesis,
          argumentIDs: outliers.map { arguments[$0].id }, isOther: true))
    }

    // 5. Counts, then the global synthesis of the themes by decreasing audience.
    let argumentByID = Dictionary(uniqueKeysWithValues: arguments.map { ($0.id, $0) })
    for index in themes.indices {
      let (respondents, stance) = Self.count(themes[index].argumentIDs, in: argumentByID)
      themes[index].respondents = respondents
      themes[index].stance = stance
      guard !themes[index].isOther else { continue }
      let members = themes[index].argumentIDs.compactMap { argumentByID[$0] }
      if let split = Self.splitStatement(themes[index].statement, arguments: members) {
        themes[index].statement = split
        checks.replacedStatements += 1
      }
      if let split = Self.splitLabel(themes[index].label, arguments: members, used: &usedLabels) {
        themes[index].label = split
      }
      if let balanced = Self.bothSides(themes[index].synthesis, arguments: members) {
        themes[index].synthesis = balanced
        checks.balancedSyntheses += 1
      }
    }
    // The synthesis is written from the published counts only: a masked one must not reach a
    // sentence.
    let draft = QuestionAnalysis(
      questionID: questionID, title: question.title, answered: answers.count, answers: [:],
      arguments: arguments, themes: themes, globalSynthesis: Synthesis(sentences: []))
    let published = Dictionary(
      smallCells.publishedCounts(of: draft).map { ($0.themeID, $0) }, uniquingKeysWith: { first, _ in first })
    let digests = themes.filter { $0.parentID == nil && !$0.isOther }
      .sorted { $0.respondents > $1.respondents || ($0.respondents == $1.respondents && $0.id < $1.id) }
      .map { theme in
        let cited = theme.synthesis.sentences.flatMap(\.citations)
        let counts = published[theme.id] ?? .masked(question: questionID, theme: theme.id)
        return ThemeDigest(
          label: theme.label, statement: theme.statement, respondents: counts.respondents,
          stance: counts.stance,
          representativeArguments: Array((cited.isEmpty ? theme.argumentIDs : cited).prefix(3)))
      }
    report(.global, 0, 1)
    let global: StoredGlobal
    (global, tallies[.global]) = try await writeGlobal(
      digests, question: question.title, answered: answers.count, context: context, database: database)
    report(.global, 1, 1)
    generationUsage += global.usage
    checks.droppedSentences += global.synthesis.droppedSentences

    let segmentCounts = ThemeSegmentCounting.counts(
      themes: themes.filter { $0.parentID == nil && !$0.isOther }, arguments: argumentByID,
      question: questionID, consultation: consultation)
    var analysis = QuestionAnalysis(
      questionID: questionID, title: question.title, answered: answers.count,
      answers: Dictionary(answers.map { ($0.responseID, $0.text) }, uniquingKeysWith: { first, _ in first }),
      arguments: arguments, themes: themes, globalSynthesis: global.synthesis, segmentCounts: segmentCounts,
      minimumCellSize: k)
    analysis.runCounters = try checks.counters()

    var usage = generationUsage
    if let meter { usage += await meter.embedding }
    let prompts = extractor.promptVersions.merging(synthesiser.promptVersions) { first, _ in first }
    var parameters = clusterer.provenance.merging([
      "extraction": extractor.methodFR,
      "synthèses": synthesiser.methodFR,
      "k": String(k),
      "arguments échantillonnés par thème": String(sampleSize),
    ]) { _, pipeline in pipeline }
    if let extracting = extractor.generatorDescription, let writing = synthesiser.generatorDescription,
      writing != extracting
    {
      parameters["modèle des intitulés et synthèses"] = writing
    }
    let provenance = Provenance(
      generator: extractor.generatorDescription ?? synthesiser.generatorDescription,
      embedder: embedder.modelDescription, prompts: prompts, parameters: parameters,
      usage: usage, wattsPerCore: wattsPerCore, startedAt: started, finishedAt: Date())
    try database.saveAnalysis(analysis, provenance: provenance, position: position)
    return PipelineRun(analysis: analysis, provenance: provenance, stages: tallies, checks: checks)
  }

  // MARK: - Stages

  /// One cached outcome per answer; the missing ones are extracted in one stream (the backend
  /// stays busy) and stored as they arrive, a few at a time, so an interruption loses little.
  private func extractArguments(
    _ answers: [AnswerText], context: ConsultationContext, database: ProjectDatabase,
    tally: (StageTally) -> Void
  ) async throws -> [ExtractionOutcome] {
    let keys = answers.map {
      StageKey("arguments", extractor.identity, context.question, context.description ?? "", $0.text)
    }
    return try await cachedItems(stage: .arguments, keys: keys, database: database, tally: tally) { missing in
      let stream = extractor.outcomes(for: missing.map { answers[$0] }, context: context)
      return stream.map { ($0.index, $0.outcome) }
    }
  }

  /// One cached writing per theme request.
  private func writeThemes(
    _ requests: [ThemeRequest], context: ConsultationContext, database: ProjectDatabase,
    calls: @escaping @Sendable (StepCount) -> Void, tally: (StageTally) -> Void
  ) async throws -> [ThemeWriting] {
    let keys = requests.map { request in
      StageKey(
        [
          "theme-synthesis", synthesiser.identity, context.question, context.description ?? "",
          request.distinctiveLabel, request.parentLabel ?? "",
        ]
          + request.sample.flatMap { [$0.id, $0.text] }
          + request.subThemes.flatMap { ["\($0.range)", $0.distinctiveLabel] })
    }
    return try await cachedItems(stage: .syntheses, keys: keys, database: database, tally: tally) { missing in
      synthesiser.writeThemes(missing.map { requests[$0] }, context: context, calls: calls).map {
        ($0.index, $0.writing)
      }
    }
  }

  /// The themes stage: one clustering of the whole set of vectors, cached under the vectors' keys
  /// and the clusterer's identity.
  private func clusterThemes(
    _ vectors: EmbeddingMatrix, embeddingKeys: [StageKey], database: ProjectDatabase
  ) async throws -> (ThemeClustering, StageTally) {
    let key = StageKey(["themes", clusterer.identity] + embeddingKeys.map(\.rawValue))
    let (stored, tally) = try await cachedValue(stage: .themes, key: key, database: database) {
      StoredClustering(try await clusterer.cluster(vectors))
    }
    return (stored.clustering, tally)
  }

  /// The global synthesis stage, cached under everything it is written from (the digests' counts
  /// as published).
  private func writeGlobal(
    _ digests: [ThemeDigest], question: String, answered: Int, context: ConsultationContext,
    database: ProjectDatabase
  ) async throws -> (StoredGlobal, StageTally) {
    let key = StageKey(
      // « v2 »: sentences that recopy a theme are dropped since 2026-12-02.
      [
        "global-synthesis-v2", synthesiser.identity, question, consultationDescription ?? "",
        String(answered),
      ]
        + digests.flatMap(Self.keyParts))
    return try await cachedValue(stage: .global, key: key, database: database) {
      let (synthesis, usage) = try await synthesiser.writeGlobal(
        themes: digests, answered: answered, context: context)
      return StoredGlobal(synthesis: synthesis, usage: usage)
    }
  }

  /// The generic cache step of a stage that computes one value: read under `key`, else compute
  /// and store it.
  private func cachedValue<Value: Codable & Sendable>(
    stage: PipelineStage, key: StageKey, database: ProjectDatabase, compute: () async throws -> Value
  ) async throws -> (Value, StageTally) {
    if let data = try database.cachedResult(stage: stage.rawValue, key: key),
      let stored = try? JSONDecoder().decode(Value.self, from: data)
    {
      return (stored, StageTally(cached: 1))
    }
    let value = try await compute()
    try database.storeResult(stage: stage.rawValue, key: key, value: try JSONEncoder().encode(value))
    return (value, StageTally(computed: 1))
  }

  /// The generic cache step of a stage made of independent items: reads what is stored under
  /// `keys`, computes the rest through `compute` (given the missing positions, it yields results
  /// by index into them, in any order) and stores them as they come, in small transactions.
  private func cachedItems<Value: Codable & Sendable, Results: AsyncSequence>(
    stage: PipelineStage, keys: [StageKey], database: ProjectDatabase, tally: (StageTally) -> Void,
    compute: ([Int]) -> Results
  ) async throws -> [Value] where Results.Element == (Int, Value) {
    let cached = try database.cachedResults(stage: stage.rawValue, keys: keys)
    var values: [Value?] = keys.map { key in
      cached[key].flatMap { try? JSONDecoder().decode(Value.self, from: $0) }
    }
    var counts = StageTally(cached: values.count { $0 != nil })
    tally(counts)
    let missing = values.indices.filter { values[$0] == nil }
    guard !missing.isEmpty else { return values.map { $0! } }
    let encoder = JSONEncoder()
    var pending: [(StageKey, Data)] = []
    var lastWrite = ProcessClock.wallSeconds()
    for try await (offset, value) in compute(missing) {
      try Task.checkCancellation()
      let index = missing[offset]
      guard values[index] == nil else { continue }
      values[index] = value
      pending.append((keys[index], try encoder.encode(value)))
      counts.computed += 1
      if pending.count >= 16 || ProcessClock.wallSeconds() - lastWrite > 2 {
        try database.storeResults(stage: stage.rawValue, pending)
        pending.removeAll()
        lastWrite = ProcessClock.wallSeconds()
      }
      tally(counts)
    }
    try database.storeResults(stage: stage.rawValue, pending)
    guard values.allSatisfy({ $0 != nil }) else { throw PipelineError.incompleteStage(stage.labelFR) }
    return values.map { $0! }
  }

  private func embed(
    _ arguments: [Argument], database: ProjectDatabase, tally: (StageTally) -> Void
  ) async throws -> (EmbeddingMatrix, [StageKey]) {
    let (rows, keys) = try await embedTexts(arguments.map(\.text), database: database, tally: tally)
    if arguments.isEmpty {
      return (try EmbeddingMatrix(normalising: [], dimension: max(1, embedder.dimensions)), keys)
    }
    return (try EmbeddingMatrix(normalisingRows: rows), keys)
  }

  /// One cached vector per distinct text (texts repeated share one key: embedded once, counted
  /// for each of them).
  private func embedTexts(
    _ texts: [String], database: ProjectDatabase, tally: (StageTally) -> Void
  ) async throws -> ([[Float]], [StageKey]) {
    let stage = PipelineStage.embeddings.rawValue
    let keys = texts.map { StageKey("embeddings", embedder.modelDescription, "query", $0) }
    var vectors: [StageKey: [Float]] = [:]
    for (key, data) in try database.cachedResults(stage: stage, keys: keys) {
      vectors[key] = Self.floats(data)
    }
    var counts = StageTally(cached: keys.count { vectors[$0] != nil })
    tally(counts)
    var sharing: [StageKey: Int] = [:]
    var missing: [Int] = []
    for index in texts.indices where vectors[keys[index]] == nil {
      sharing[keys[index], default: 0] += 1
      if sharing[keys[index]] == 1 { missing.append(index) }
    }
    for start in stride(from: 0, to: missing.count, by: embeddingBatchSize) {
      try Task.checkCancellation()
      let batch = Array(missing[start..<min(start + embeddingBatchSize, missing.count)])
      let embedded = try await embedder.embed(batch.map { texts[$0] }, role: .query)
      try database.storeResults(stage: stage, zip(batch, embedded).map { (keys[$0], Self.data($1)) })
      for (index, vector) in zip(batch, embedded) {
        vectors[keys[index]] = vector
        counts.computed += sharing[keys[index]] ?? 1
      }
      tally(counts)
    }
    tally(counts)
    return (keys.map { vectors[$0]! }, keys)
  }

  /// The faithfulness guard of reformulations: each argument the model wrote in its own words is
  /// compared with the segments it points at (cosine of their embeddings); below `threshold`, the
  /// reformulation does not say what its segments say, and the segments' own words replace it.
  /// An idea that copies its segments (the extractor has already moved it onto the segments it
  /// copies) says what they say and is not scored: a short copy of a long passage would score low.
  /// Returns how many were replaced.
  private func guardReformulations(
    _ arguments: inout [Argument], reformulated: Set<Int>, threshold: Float, database: ProjectDatabase
  ) async throws -> Int {
    let checked = arguments.indices.filter {
      reformulated.contains($0) && arguments[$0].text != arguments[$0].quoteText
        && LanguageModelSynthesiser.copiedShare(of: arguments[$0].text, from: arguments[$0].quoteText)
          < LanguageModelSynthesiser.copiedShareLimit
    }
    guard !checked.isEmpty else { return 0 }
    let texts = checked.flatMap { [arguments[$0].text, arguments[$0].quoteText] }
    let (vectors, _) = try await embedTexts(texts, database: database) { _ in }
    var replaced = 0
    for (offset, index) in checked.enumerated() {
      var idea = vectors[2 * offset]
      var source = vectors[2 * offset + 1]
      _ = VectorMath.normalise(&idea)
      _ = VectorMath.normalise(&source)
      let similarity = zip(idea, source).reduce(Float(0)) { $0 + $1.0 * $1.1 }
      if similarity < threshold {
        arguments[index].text = arguments[index].quoteText
        replaced += 1
      }
    }
    return replaced
  }

  /// A theme's sub-themes (none when the clusterer found fewer than two), with their c-TF-IDF labels.
  private func subGroups(
    of themeID: ThemeID, members: [Int], clustering: ThemeClustering, arguments: [Argument],
    question: String
  ) -> [ThemeGroup] {
    var groups: [Int: [Int]] = [:]
    for member in members {
      if let sub = clustering.subLabels[member] { groups[sub, default: []].append(member) }
    }
    guard groups.count > 1 else { return [] }
    let ordered = groups.keys.sorted().map { groups[$0]! }
    let labels = DistinctiveTerms.labels(
      forGroups: ordered.map { $0.map { arguments[$0].text } }, excludingWordsOf: question)
    return ordered.enumerated().map { index, group in
      ThemeGroup(
        id: "\(themeID).\(index + 1)", members: group,
        distinctiveLabel: labels[index],
        subGroups: [])
    }
  }

  /// Small models tend to give several themes the same label, often the question itself: a label
  /// that repeats the question or an earlier theme's becomes the theme's distinctive terms.
  /// A sub-theme's label (`parentLabel` given) whose words are all its parent's (« Instant » under
  /// « Pas pour l'instant ») says nothing of its own: its parent's label with one of its own terms
  /// (« Pas pour l'instant : outils »), else « … : en général ».
  public static func distinctLabel(
    _ proposed: String, fallback: String, question: String, statement: String = "",
    parentLabel: String? = nil,
    used: inout Set<String>
  ) -> String {
    let folded = FrenchText.fold(proposed.trimmingCharacters(in: .whitespacesAndNewlines))
    let foldedQuestion = FrenchText.fold(question)
    var label = proposed
    let words = { (text: String) in
      Set(text.split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
    }
    let labelWords = words(folded)
    let sharedWithQuestion = labelWords.intersection(words(foldedQuestion)).count
    let repeatsQuestion = !labelWords.isEmpty && sharedWithQuestion * 4 >= labelWords.count * 3
    // A copied argument, often cut at the schema's length, does not name a theme.
    let notAName = folded.split(separator: " ").count > 8
    let fallbackUsable = fallback != DistinctiveTerms.noLabel && !used.contains(FrenchText.fold(fallback))
    // « Instant » for a theme that says « Pas pour l'instant. », « Dépendance » for « Tout dépend de
    // l'usage »: one word taken from a short statement names it less well than the statement.
    let shortStatement = (2...6).contains(statement.split(whereSeparator: \.isWhitespace).count)
    let parentWords = parentLabel.map { words(FrenchText.fold($0)) } ?? []
    if let parentLabel, !labelWords.isEmpty, labelWords.isSubset(of: parentWords) {
      if let qualified = qualified(parentLabel, by: fallback, used: used) {
        label = qualified
      } else {
        var number = 2
        label = "\(parentLabel) : en général"
        while used.contains(FrenchText.fold(label)) {
          label = "\(parentLabel) : en général (\(number))"
          number += 1
        }
      }
    } else if labelWords.count == 1, let word = labelWords.first, folded.split(separator: " ").count == 1,
      shortStatement, let heading = heading(from: statement),
      !used.contains(FrenchText.fold(heading)),
      words(FrenchText.fold(heading)).contains(where: { $0.prefix(5) == word.prefix(5) })
    {
      label = heading
    } else if shortStatement, let heading = heading(from: statement),
      !used.contains(FrenchText.fold(heading)),
      dropsNegation(of: statement, label: folded)
    {
      // « Enthousiasme et rejet » for a theme that says « Ni enthousiasme ni rejet »: the
      // statement's words without its negation say the opposite.
      label = heading
    } else if folded.isEmpty || used.contains(folded) || repeatsQuestion || notAName {
      if fallbackUsable {
        label = fallback
      } else if !folded.isEmpty, !used.contains(folded) {
        label = proposed
      } else if let qualified = qualified(proposed, by: fallback, used: used) {
        // A sub-theme named like its parent (« Charte nationale ») reads better with one of its
        // own terms (« Charte nationale : erreurs ») than numbered.
        label = qualified
      } else if let heading = heading(from: statement), !used.contains(FrenchText.fold(heading)) {
        // What the theme says (« Pas pour l'instant ») reads better than a number (« Instant (2) »).
        label = heading
      } else {
        var number = 2
        let base = folded.isEmpty ? fallback : proposed
        while used.contains(FrenchText.fold("\(base) (\(number))")) { number += 1 }
        label = "\(base) (\(number))"
      }
    }
    used.insert(FrenchText.fold(label))
    return label
  }

  /// One side of a split theme: its commonest words and the arguments that say them.
  struct SplitSide {
    var text: String
    var stance: Stance
    var arguments: [ArgumentID]
    var heading: String? { AnalysisPipeline.heading(from: text) }
  }

  /// The commonest words of each side of a theme whose arguments are split between pour and
  /// contre, the larger side first; nil when the theme is not split. Split: each side holds at
  /// least three arguments and half as many as the other.
  static func splitSides(_ arguments: [Argument]) -> (first: SplitSide, second: SplitSide)? {
    let pour = arguments.filter { $0.stance == .pour }
    let contre = arguments.filter { $0.stance == .contre }
    guard pour.count >= 3, contre.count >= 3,
      2 * min(pour.count, contre.count) >= max(pour.count, contre.count)
    else { return nil }
    func commonest(_ side: [Argument], _ stance: Stance) -> SplitSide? {
      var groups: [String: (first: Int, side: SplitSide)] = [:]
      for (position, argument) in side.enumerated() {
        let key = FrenchText.wordsKey(argument.text)
        guard !key.isEmpty else { continue }
        groups[key, default: (position, SplitSide(text: argument.text, stance: stance, arguments: []))].side
          .arguments.append(argument.id)
      }
      let best = groups.values.max {
        ($0.side.arguments.count, -$0.first) < ($1.side.arguments.count, -$1.first)
      }
      return best?.side
    }
    guard let favourable = commonest(pour, .pour), let unfavourable = commonest(contre, .contre) else {
      return nil
    }
    let (first, second) =
      pour.count >= contre.count ? (favourable, unfavourable) : (unfavourable, favourable)
    guard
      first.heading != nil, second.heading != nil
    else { return nil }
    return (first, second)
  }

  /// The synthesis of a split theme with a sentence for each side it cites no argument of: that
  /// side's commonest words, citing the arguments that say them (five at most); nil when the
  /// synthesis already speaks for both sides or the theme is not split.
  static func bothSides(_ synthesis: Synthesis, arguments: [Argument]) -> Synthesis? {
    guard let sides = splitSides(arguments) else { return nil }
    let cited = Set(synthesis.sentences.flatMap(\.citations))
    let citedStances = Set(arguments.filter { cited.contains($0.id) }.map(\.stance))
    var balanced = synthesis
    for side in [sides.first, sides.second] where !citedStances.contains(side.stance) {
      balanced.sentences.append(
        CitedSentence(
          text: RuleBasedSynthesiser.asSentence(side.text), citations: Array(side.arguments.prefix(5))))
    }
    return balanced == synthesis ? nil : balanced
  }

  /// A statement that takes one side of a split theme (« Dangereux. » for seven « Dangereux » and
  /// seven « Très utile ») gives way to both sides' commonest words; nil when the statement stands.
  static func splitStatement(_ statement: String, arguments: [Argument]) -> String? {
    guard [.pour, .contre].contains(StanceLexicon.stance(of: statement)), let sides = splitSides(arguments)
    else { return nil }
    return
      "Avis partagés : « \(sides.first.heading ?? "") » pour les uns, « \(sides.second.heading ?? "") » pour les autres."
  }

  /// A label that takes one side of a split theme (« Utile ») gives way to both sides' verdicts
  /// (« Très utile ou dangereux ») when each is one or two words and the pair is not another
  /// theme's label; nil when it stands.
  static func splitLabel(_ label: String, arguments: [Argument], used: inout Set<String>) -> String? {
    guard [.pour, .contre].contains(StanceLexicon.stance(of: label)), let sides = splitSides(arguments)
    else { return nil }
    guard let first = sides.first.heading, var second = sides.second.heading else { return nil }
    // « Dangereux » joins the label in lower case, « IA … » keeps its capitals.
    if let first = second.first, second.dropFirst().first?.isLowercase == true {
      second = first.lowercased() + second.dropFirst()
    }
    // Two verdicts joined read as a name; two sentences joined do not.
    guard [first, second].allSatisfy({ $0.split(whereSeparator: \.isWhitespace).count <= 2 }) else {
      return nil
    }
    let candidate = "\(first) ou \(second)"
    guard used.insert(FrenchText.fold(candidate)).inserted else { return nil }
    return candidate
  }

  /// True when `label` (folded) is made of the words of `statement` but leaves out its negation.
  static func dropsNegation(of statement: String, label: String) -> Bool {
    let statementWords = FrenchText.fold(statement).split { !$0.isLetter }.map(String.init)
    let labelWords = label.split { !$0.isLetter }.map(String.init)
    guard statementWords.contains(where: negations.contains), !labelWords.contains(where: negations.contains)
    else { return false }
    let content = labelWords.filter { $0.count >= 4 }
    return !content.isEmpty
      && content.allSatisfy { word in
        statementWords.contains { $0.count >= 4 && $0.prefix(5) == word.prefix(5) }
      }
  }

  static let negations: Set<String> = [
    "ni", "pas", "sans", "non", "jamais", "aucun", "aucune", "rien", "ne", "n",
  ]

  /// A theme's statement as a heading: without its final punctuation, its first eight words
  /// (« … » after a cut); nil when empty.
  static func heading(from statement: String) -> String? {
    var words = statement.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return nil }
    let cut = words.count > 8
    if cut {
      words = Array(words.prefix(8))
      // « …claire avant de » ends on a word that announces what was cut.
      while words.count > 3, let last = words.last, Self.functionWords.contains(FrenchText.fold(last)) {
        words.removeLast()
      }
    }
    var text = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,;:!?…"))
    guard !text.isEmpty else { return nil }
    text = text.prefix(1).uppercased() + text.dropFirst()
    return cut ? text + "…" : text
  }

  static let functionWords: Set<String> = [
    "de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux", "en", "et", "ou", "pour", "sur", "par",
    "avec", "que", "qu", "qui", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "dans", "mais", "si",
  ]

  /// `label` followed by the first term of `terms` (« A, B et C ») it does not already say, when
  /// that is a label not used yet.
  static func qualified(_ label: String, by terms: String, used: Set<String>) -> String? {
    let base = label.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !base.isEmpty, terms != DistinctiveTerms.noLabel else { return nil }
    let said = Set(FrenchText.fold(base).split { !$0.isLetter }.map(String.init))
    let candidates = terms.replacingOccurrences(of: " et ", with: ", ").components(separatedBy: ", ")
      .map { $0.trimmingCharacters(in: .whitespaces) }
    for term in candidates where !term.isEmpty {
      let words = FrenchText.fold(term).split { !$0.isLetter }.map(String.init)
      guard !words.isEmpty, !words.allSatisfy(said.contains) else { continue }
      let label = "\(base) : \(term.prefix(1).lowercased() + term.dropFirst())"
      if !used.contains(FrenchText.fold(label)) { return label }
    }
    return nil
  }

  /// Respondents holding the theme (each once) and their stance: a respondent whose arguments in
  /// the theme are all « pour » counts pour; mixed pour and contre counts nuancé.
  static func count(_ argumentIDs: [ArgumentID], in arguments: [ArgumentID: Argument]) -> (Int, StanceCounts)
  {
    var byRespondent: [ResponseID: Set<Stance>] = [:]
    for id in argumentIDs {
      guard let argument = arguments[id] else { continue }
      byRespondent[argument.responseID, default: []].insert(argument.stance)
    }
    var stance = StanceCounts()
    for stances in byRespondent.values {
      stance[Self.combined(stances)] += 1
    }
    return (byRespondent.count, stance)
  }

  static func combined(_ stances: Set<Stance>) -> Stance {
    if stances.contains(.nuance) || (stances.contains(.pour) && stances.contains(.contre)) { return .nuance }
    if stances.contains(.pour) { return .pour }
    if stances.contains(.contre) { return .contre }
    return .neutre
  }

  /// What a theme digest contributes to the global synthesis's cache key: all the synthesis is
  /// written from, its counts as published.
  static func keyParts(_ digest: ThemeDigest) -> [String] {
    let stance: [String] = [Stance.pour, .contre, .nuance].map { kind in
      digest.stance[kind].map(String.init) ?? "masqué"
    }
    let respondents = digest.respondents.map(String.init) ?? "masqué"
    return [digest.label, digest.statement, respondents, stance.joined(separator: "/")]
      + digest.representativeArguments
  }

  // MARK: - Storage helpers

  static let sortedEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return encoder
  }()

  static func data(_ vector: [Float]) -> Data {
    vector.withUnsafeBufferPointer { Data(buffer: $0) }
  }

  static func floats(_ data: Data) -> [Float] {
    let count = data.count / MemoryLayout<Float>.stride
    return [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
      data.withUnsafeBytes { bytes in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: bytes[..<(count * MemoryLayout<Float>.stride)]))
      }
      initialised = count
    }
  }
}

/// A theme or sub-theme before it is written: its members and its c-TF-IDF label.
struct ThemeGroup {
  var id: ThemeID
  var members: [Int]
  var distinctiveLabel: String
  var subGroups: [ThemeGroup]
}

struct StoredClustering: Codable, Sendable {
  var labels: [Int?]
  var subLabels: [Int?]
  var themeCount: Int
  init(_ clustering: ThemeClustering) {
    labels = clustering.labels
    subLabels = clustering.subLabels
    themeCount = clustering.themeCount
  }
  var clustering: ThemeClustering {
    ThemeClustering(labels: labels, subLabels: subLabels, themeCount: themeCount)
  }
}

struct StoredGlobal: Codable, Sendable {
  var synthesis: Synthesis
  var usage: Usage
}
