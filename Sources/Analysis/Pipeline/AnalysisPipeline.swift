import Foundation
import Inference
import ObservatoireCore
import Storage

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

/// One question's analysis and what it took.
public struct PipelineRun: Sendable {
  public var analysis: QuestionAnalysis
  public var provenance: Provenance
  public var stages: [PipelineStage: StageTally]
  /// Arguments whose quote could not be found in the answer, dropped.
  public var droppedArguments: Int
  /// Answers the model gave nothing usable for, cut by the rules instead.
  public var ruleFallbackAnswers: Int
  /// Synthesis sentences dropped because their citations did not validate.
  public var droppedSentences: Int
  /// Themes whose synthesis the model could not write, replaced by the rule-based one.
  public var ruleFallbackThemes: Int
}

/// The five stages of the inspectorate's method, each cached by content hash in the project.
public struct AnalysisPipeline: Sendable {
  public var extractor: any ArgumentExtractor
  public var embedder: any Embedder
  public var synthesiser: any ThemeSynthesiser
  public var clusterer: any ThemeClusterer
  public var clustering: ThemeClusteringParameters
  /// Minimum published cell size; nil: the project's.
  public var minimumCellSize: Int?
  /// Arguments shown to the synthesiser per theme.
  public var sampleSize: Int
  public var embeddingBatchSize: Int
  public var wattsPerCore: Double
  /// Where embedding and generation calls are metered (for the provenance).
  public var meter: UsageMeter?

  public init(
    extractor: any ArgumentExtractor, embedder: any Embedder, synthesiser: any ThemeSynthesiser,
    clusterer: any ThemeClusterer = GraphThemeClusterer(), clustering: ThemeClusteringParameters = .default,
    minimumCellSize: Int? = nil, sampleSize: Int = 12, embeddingBatchSize: Int = 32,
    wattsPerCore: Double = 15,
    meter: UsageMeter? = nil
  ) {
    self.extractor = extractor
    self.embedder = embedder
    self.synthesiser = synthesiser
    self.clusterer = clusterer
    self.clustering = clustering
    self.minimumCellSize = minimumCellSize
    self.sampleSize = sampleSize
    self.embeddingBatchSize = embeddingBatchSize
    self.wattsPerCore = wattsPerCore
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
    progress: @Sendable (PipelineProgress) -> Void = { _ in }
  ) async throws -> PipelineRun {
    guard let consultation = try database.loadConsultation() else { throw PipelineError.noConsultation }
    return try await run(question: questionID, of: consultation, in: database, progress: progress)
  }

  /// Same, for a consultation already loaded from `database` (saves reading it once per question).
  public func run(
    question questionID: QuestionID, of consultation: Consultation, in database: ProjectDatabase,
    progress: @Sendable (PipelineProgress) -> Void = { _ in }
  ) async throws -> PipelineRun {
    let started = Date()
    guard let question = consultation.question(questionID) else {
      throw PipelineError.unknownQuestion(
        questionID.rawValue, available: consultation.freeTextQuestions.map(\.id.rawValue))
    }
    guard question.kind == .freeText else { throw PipelineError.notFreeText(questionID.rawValue) }
    let position = consultation.freeTextQuestions.firstIndex { $0.id == questionID } ?? 0
    let prefix = "q\(position + 1)"
    let storedThreshold = try database.loadPrivacySummary()?.minimumCellSize
    let k = minimumCellSize ?? storedThreshold ?? ClosedQuestionStatistics.defaultMinimumCellSize
    let answers = consultation.responses.compactMap { response in
      response.text(questionID).map { AnswerText(responseID: response.id, text: $0) }
    }
    var tallies: [PipelineStage: StageTally] = [:]
    var generationUsage = Usage.zero
    func report(_ stage: PipelineStage, _ done: Int, _ total: Int) {
      progress(PipelineProgress(question: questionID, stage: stage, done: done, total: total))
    }

    // 1. Arguments, one cached outcome per answer.
    let outcomes = try await extractArguments(answers, question: question, database: database) {
      tallies[.arguments] = $0
      report(.arguments, $0.computed + $0.cached, answers.count)
    }
    var arguments: [Argument] = []
    var droppedArguments = 0
    var ruleFallbackAnswers = 0
    for (answer, outcome) in zip(answers, outcomes) {
      droppedArguments += outcome.droppedArguments
      if outcome.usedRuleFallback { ruleFallbackAnswers += 1 }
      generationUsage += outcome.usage
      for extracted in outcome.arguments {
        guard let quoteText = extracted.quote.slice(of: answer.text) else { continue }
        arguments.append(
          Argument(
            id: "\(prefix)-a\(arguments.count + 1)", responseID: answer.responseID, questionID: questionID,
            text: extracted.text, stance: extracted.stance, quote: extracted.quote, quoteText: quoteText))
      }
    }

    // 2. Embeddings, one cached vector per distinct argument text.
    let (vectors, embeddingKeys) = try await embed(arguments, database: database) {
      tallies[.embeddings] = $0
      report(.embeddings, $0.computed + $0.cached, arguments.count)
    }

    // 3. Themes and sub-themes, cached for the whole set of vectors and the parameters.
    report(.themes, 0, 1)
    let clusteringResult: ThemeClustering
    if arguments.isEmpty {
      clusteringResult = ThemeClustering(labels: [], subLabels: [], themeCount: 0)
    } else {
      let parameters = String(decoding: try Self.sortedEncoder.encode(clustering), as: UTF8.self)
      let key = StageKey(
        ["themes", String(describing: type(of: clusterer)), parameters] + embeddingKeys.map(\.rawValue))
      if let data = try database.cachedResult(stage: PipelineStage.themes.rawValue, key: key),
        let stored = try? JSONDecoder().decode(StoredClustering.self, from: data)
      {
        clusteringResult = stored.clustering
        tallies[.themes] = StageTally(cached: 1)
      } else {
        clusteringResult = try await clusterer.cluster(vectors, parameters: clustering)
        try database.storeResult(
          stage: PipelineStage.themes.rawValue, key: key,
          value: try JSONEncoder().encode(StoredClustering(clusteringResult)))
        tallies[.themes] = StageTally(computed: 1)
      }
    }
    report(.themes, 1, 1)

    // 4. Theme syntheses.
    let members = clusteringResult.members
    let distinctive = DistinctiveTerms.top(3, forGroups: members.map { $0.map { arguments[$0].text } })
    var themes: [Theme] = []
    var synthesisTally = StageTally()
    var droppedSentences = 0
    var ruleFallbackThemes = 0
    var usedLabels: Set<String> = []
    for (index, memberIndices) in members.enumerated() {
      let sample = ThemeGeometry.diverseSample(sampleSize, of: memberIndices, in: vectors).map {
        SampledArgument(id: arguments[$0].id, text: arguments[$0].text)
      }
      let fallbackLabel = DistinctiveTerms.label(from: distinctive[index])
      let key = StageKey(
        ["theme-synthesis", synthesiser.identity, question.title, fallbackLabel]
          + sample.flatMap { [$0.id, $0.text] })
      var writing: ThemeWriting
      if let data = try database.cachedResult(stage: PipelineStage.syntheses.rawValue, key: key),
        let stored = try? JSONDecoder().decode(ThemeWriting.self, from: data)
      {
        writing = stored
        synthesisTally.cached += 1
      } else {
        writing = try await synthesiser.writeTheme(
          sample: sample, distinctiveLabel: fallbackLabel, question: question.title)
        try database.storeResult(
          stage: PipelineStage.syntheses.rawValue, key: key, value: try JSONEncoder().encode(writing))
        synthesisTally.computed += 1
      }
      tallies[.syntheses] = synthesisTally
      report(.syntheses, index + 1, members.count)
      generationUsage += writing.usage
      droppedSentences += writing.synthesis.droppedSentences
      if writing.usedRuleFallback { ruleFallbackThemes += 1 }
      let themeID = "\(prefix)-t\(index + 1)"
      let label = Self.distinctLabel(
        writing.label, fallback: fallbackLabel, question: question.title, used: &usedLabels)
      themes.append(
        Theme(
          id: themeID, label: label, statement: writing.statement, synthesis: writing.synthesis,
          argumentIDs: memberIndices.map { arguments[$0].id }))
      themes += subThemes(
        of: themeID, members: memberIndices, clustering: clusteringResult, arguments: arguments,
        vectors: vectors)
    }
    let outliers = clusteringResult.outliers
    if !outliers.isEmpty {
      themes.append(
        Theme(
          id: "\(prefix)-autres", label: "Autres",
          statement: "Arguments trop isolés pour former un thème.",
          argumentIDs: outliers.map { arguments[$0].id }, isOther: true))
    }

    // 5. Counts, then the global synthesis of the themes by decreasing audience.
    let argumentByID = Dictionary(uniqueKeysWithValues: arguments.map { ($0.id, $0) })
    for index in themes.indices {
      let (respondents, stance) = Self.count(themes[index].argumentIDs, in: argumentByID)
      themes[index].respondents = respondents
      themes[index].stance = stance
    }
    let digests = themes.filter { $0.parentID == nil && !$0.isOther }
      .sorted { $0.respondents > $1.respondents || ($0.respondents == $1.respondents && $0.id < $1.id) }
      .map { theme in
        let cited = theme.synthesis.sentences.flatMap(\.citations)
        return ThemeDigest(
          label: theme.label, statement: theme.statement, respondents: theme.respondents,
          representativeArguments: Array((cited.isEmpty ? theme.argumentIDs : cited).prefix(3)))
      }
    report(.global, 0, 1)
    let globalKey = StageKey(
      ["global-synthesis", synthesiser.identity, question.title, String(answers.count)]
        + digests.flatMap { [$0.label, $0.statement, String($0.respondents)] + $0.representativeArguments })
    let global: StoredGlobal
    if let data = try database.cachedResult(stage: PipelineStage.global.rawValue, key: globalKey),
      let stored = try? JSONDecoder().decode(StoredGlobal.self, from: data)
    {
      global = stored
      tallies[.global] = StageTally(cached: 1)
    } else {
      let (synthesis, usage) = try await synthesiser.writeGlobal(
        themes: digests, answered: answers.count, question: question.title)
      global = StoredGlobal(synthesis: synthesis, usage: usage)
      try database.storeResult(
        stage: PipelineStage.global.rawValue, key: globalKey, value: try JSONEncoder().encode(global))
      tallies[.global] = StageTally(computed: 1)
    }
    report(.global, 1, 1)
    generationUsage += global.usage
    droppedSentences += global.synthesis.droppedSentences

    let segmentCounts = ThemeSegmentCounting.counts(
      themes: themes.filter { $0.parentID == nil && !$0.isOther }, arguments: argumentByID,
      question: questionID,
      consultation: consultation, minimumCellSize: k)
    let analysis = QuestionAnalysis(
      questionID: questionID, title: question.title, answered: answers.count,
      answers: Dictionary(answers.map { ($0.responseID, $0.text) }, uniquingKeysWith: { first, _ in first }),
      arguments: arguments, themes: themes, globalSynthesis: global.synthesis, segmentCounts: segmentCounts)

    var usage = generationUsage
    if let meter { usage += await meter.embedding }
    var prompts: [String: String] = [:]
    if let llm = synthesiser as? LanguageModelSynthesiser {
      prompts[llm.themePrompt.name] = llm.themePrompt.version
      prompts[llm.globalPrompt.name] = llm.globalPrompt.version
    }
    if let llm = extractor as? LanguageModelArgumentExtractor {
      prompts[llm.prompt.name] = llm.prompt.version
    }
    let generatorDescription = (extractor as? LanguageModelArgumentExtractor)?.generator.modelDescription
    let provenance = Provenance(
      generator: generatorDescription, embedder: embedder.modelDescription, prompts: prompts,
      parameters: [
        "extraction": extractor.identity.hasPrefix("llm") ? "modèle de langue" : "règles (sans modèle)",
        "graine": String(clustering.seed), "k": String(k),
        "voisins": String(clustering.neighbourCount), "résolution": String(clustering.resolution),
        "résolution sous-thèmes": String(clustering.subThemeResolution),
        "taille minimale de thème": clustering.minimumThemeSize.map(String.init) ?? "automatique",
        "arguments échantillonnés par thème": String(sampleSize),
      ],
      usage: usage, wattsPerCore: wattsPerCore, startedAt: started, finishedAt: Date())
    try database.saveAnalysis(analysis, provenance: provenance, position: position)
    return PipelineRun(
      analysis: analysis, provenance: provenance, stages: tallies, droppedArguments: droppedArguments,
      ruleFallbackAnswers: ruleFallbackAnswers, droppedSentences: droppedSentences,
      ruleFallbackThemes: ruleFallbackThemes)
  }

  // MARK: - Stages

  private func extractArguments(
    _ answers: [AnswerText], question: Question, database: ProjectDatabase, tally: (StageTally) -> Void
  ) async throws -> [ExtractionOutcome] {
    let stage = PipelineStage.arguments.rawValue
    let keys = answers.map { StageKey("arguments", extractor.identity, question.title, $0.text) }
    let cached = try database.cachedResults(stage: stage, keys: keys)
    var outcomes: [ExtractionOutcome?] = keys.map { key in
      cached[key].flatMap { try? JSONDecoder().decode(ExtractionOutcome.self, from: $0) }
    }
    var counts = StageTally(cached: outcomes.count { $0 != nil })
    tally(counts)
    let missing = outcomes.indices.filter { outcomes[$0] == nil }
    for start in stride(from: 0, to: missing.count, by: extractor.preferredBatchSize) {
      try Task.checkCancellation()
      let batch = Array(missing[start..<min(start + extractor.preferredBatchSize, missing.count)])
      let results = try await extractor.extract(batch.map { answers[$0] }, question: question.title)
      let encoder = JSONEncoder()
      try database.storeResults(
        stage: stage, try zip(batch, results).map { (keys[$0], try encoder.encode($1)) })
      for (index, result) in zip(batch, results) { outcomes[index] = result }
      counts.computed += batch.count
      tally(counts)
    }
    return outcomes.map { $0! }
  }

  private func embed(
    _ arguments: [Argument], database: ProjectDatabase, tally: (StageTally) -> Void
  ) async throws -> (EmbeddingMatrix, [StageKey]) {
    let stage = PipelineStage.embeddings.rawValue
    let keys = arguments.map { StageKey("embeddings", embedder.modelDescription, "query", $0.text) }
    var vectors: [StageKey: [Float]] = [:]
    for (key, data) in try database.cachedResults(stage: stage, keys: keys) {
      vectors[key] = Self.floats(data)
    }
    var counts = StageTally(cached: keys.count { vectors[$0] != nil })
    tally(counts)
    // Arguments with the same text share one key: embed it once, count it for each of them.
    var sharing: [StageKey: Int] = [:]
    var missing: [Int] = []
    for index in arguments.indices where vectors[keys[index]] == nil {
      sharing[keys[index], default: 0] += 1
      if sharing[keys[index]] == 1 { missing.append(index) }
    }
    for start in stride(from: 0, to: missing.count, by: embeddingBatchSize) {
      try Task.checkCancellation()
      let batch = Array(missing[start..<min(start + embeddingBatchSize, missing.count)])
      let embedded = try await embedder.embed(batch.map { arguments[$0].text }, role: .query)
      try database.storeResults(stage: stage, zip(batch, embedded).map { (keys[$0], Self.data($1)) })
      for (index, vector) in zip(batch, embedded) {
        vectors[keys[index]] = vector
        counts.computed += sharing[keys[index]] ?? 1
      }
      tally(counts)
    }
    tally(counts)
    if arguments.isEmpty {
      return (try EmbeddingMatrix(normalising: [], dimension: max(1, embedder.dimensions)), keys)
    }
    return (try EmbeddingMatrix(normalisingRows: keys.map { vectors[$0]! }), keys)
  }

  private func subThemes(
    of themeID: ThemeID, members: [Int], clustering: ThemeClustering, arguments: [Argument],
    vectors: EmbeddingMatrix
  ) -> [Theme] {
    var groups: [Int: [Int]] = [:]
    for member in members {
      if let sub = clustering.subLabels[member] { groups[sub, default: []].append(member) }
    }
    guard groups.count > 1 else { return [] }
    let ordered = groups.keys.sorted().map { groups[$0]! }
    let terms = DistinctiveTerms.top(3, forGroups: ordered.map { $0.map { arguments[$0].text } })
    return ordered.enumerated().map { index, group in
      let central = ThemeGeometry.mostCentral(3, of: group, in: vectors).map {
        SampledArgument(id: arguments[$0].id, text: arguments[$0].text)
      }
      let writing = RuleBasedSynthesiser.theme(
        sample: central, label: DistinctiveTerms.label(from: terms[index]))
      return Theme(
        id: "\(themeID).\(index + 1)", parentID: themeID, label: writing.label, statement: writing.statement,
        synthesis: writing.synthesis, argumentIDs: group.map { arguments[$0].id })
    }
  }

  /// Small models tend to give several themes the same label, often the question itself: a label
  /// that repeats the question or an earlier theme's becomes the theme's distinctive terms.
  public static func distinctLabel(
    _ proposed: String, fallback: String, question: String, used: inout Set<String>
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
    let fallbackUsable = fallback != DistinctiveTerms.noLabel && !used.contains(FrenchText.fold(fallback))
    if folded.isEmpty || used.contains(folded) || repeatsQuestion {
      if fallbackUsable {
        label = fallback
      } else if !folded.isEmpty, !used.contains(folded) {
        label = proposed
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

struct StoredClustering: Codable {
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

struct StoredGlobal: Codable {
  var synthesis: Synthesis
  var usage: Usage
}
