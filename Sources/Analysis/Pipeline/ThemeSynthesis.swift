import Foundation
import Inference
import ObservatoireCore
import Privacy

/// An argument shown to the synthesiser.
public struct SampledArgument: Sendable, Hashable {
  public var id: ArgumentID
  public var text: String
  /// Its embedding (unit length), when the caller has it: lets the citation check skip embedding it again.
  public var vector: [Float]?
  public init(id: ArgumentID, text: String, vector: [Float]? = nil) {
    self.id = id
    self.text = text
    self.vector = vector
  }
}

/// A sub-theme written in its parent theme's call: its arguments are `sample[range]` of the
/// parent's request.
public struct SubThemeSlice: Sendable, Hashable {
  public var range: Range<Int>
  public var distinctiveLabel: String
  public init(range: Range<Int>, distinctiveLabel: String) {
    self.range = range
    self.distinctiveLabel = distinctiveLabel
  }
}

/// One theme (or sub-theme) to name and synthesise.
public struct ThemeRequest: Sendable, Hashable {
  /// Ordered most central first; for a theme written with its sub-themes, grouped by sub-theme.
  public var sample: [SampledArgument]
  /// The c-TF-IDF label: the fallback, and the rule-based label.
  public var distinctiveLabel: String
  /// For a sub-theme, its parent's label: the sub-theme's own must say what sets it apart.
  public var parentLabel: String?
  /// Sub-themes to write in this theme's own call (only for a synthesiser whose
  /// `writesSubThemesWithParent` is true).
  public var subThemes: [SubThemeSlice]
  public init(
    sample: [SampledArgument], distinctiveLabel: String, parentLabel: String? = nil,
    subThemes: [SubThemeSlice] = []
  ) {
    self.sample = sample
    self.distinctiveLabel = distinctiveLabel
    self.parentLabel = parentLabel
    self.subThemes = subThemes
  }

  /// The sample taken in turn from each sub-theme (first of each, then second…).
  func alternatingSubThemes() -> ThemeRequest {
    guard !subThemes.isEmpty else { return self }
    var request = self
    let longest = subThemes.map(\.range.count).max() ?? 0
    request.sample = (0..<longest).flatMap { rank in
      subThemes.compactMap { $0.range.count > rank ? sample[$0.range.lowerBound + rank] : nil }
    }
    return request
  }

  /// The request a sub-theme would have on its own.
  public func subRequest(_ slice: SubThemeSlice) -> ThemeRequest {
    ThemeRequest(sample: Array(sample[slice.range]), distinctiveLabel: slice.distinctiveLabel)
  }
}

/// What the synthesis stage writes for one theme: the cached value.
public struct ThemeWriting: Sendable, Hashable, Codable {
  public var label: String
  public var statement: String
  public var synthesis: Synthesis
  /// True when the model's text could not be used and the rule-based writing replaced it.
  public var usedRuleFallback: Bool
  /// Citations the support check removed from kept sentences.
  public var unsupportedCitations: Int
  public var retries: Int
  public var usage: Usage
  /// The writings of the request's `subThemes`, in order (written in the same call).
  public var subThemes: [ThemeWriting]
  /// The model's statement said what none of the theme's arguments says: its first kept sentence
  /// stands instead.
  public var replacedStatement = false
  /// Sentences none of whose citations supported them, cited instead by the theme's arguments
  /// that do (`LanguageModelSynthesiser.repointed`).
  public var repointedSentences = 0
  public init(
    label: String, statement: String, synthesis: Synthesis, usedRuleFallback: Bool = false,
    unsupportedCitations: Int = 0, retries: Int = 0, usage: Usage = .zero, subThemes: [ThemeWriting] = []
  ) {
    self.label = label
    self.statement = statement
    self.synthesis = synthesis
    self.usedRuleFallback = usedRuleFallback
    self.unsupportedCitations = unsupportedCitations
    self.retries = retries
    self.usage = usage
    self.subThemes = subThemes
  }

  enum CodingKeys: String, CodingKey {
    case label, statement, synthesis, usedRuleFallback, unsupportedCitations, retries, usage, subThemes
    case replacedStatement, repointedSentences
  }

  /// Writings cached before sub-themes could be written with their parent have none.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    label = try container.decode(String.self, forKey: .label)
    statement = try container.decode(String.self, forKey: .statement)
    synthesis = try container.decode(Synthesis.self, forKey: .synthesis)
    usedRuleFallback = try container.decode(Bool.self, forKey: .usedRuleFallback)
    unsupportedCitations = try container.decode(Int.self, forKey: .unsupportedCitations)
    retries = try container.decode(Int.self, forKey: .retries)
    usage = try container.decode(Usage.self, forKey: .usage)
    subThemes = try container.decodeIfPresent([ThemeWriting].self, forKey: .subThemes) ?? []
    replacedStatement = try container.decodeIfPresent(Bool.self, forKey: .replacedStatement) ?? false
    repointedSentences = try container.decodeIfPresent(Int.self, forKey: .repointedSentences) ?? 0
  }

  /// Without sub-themes, the same bytes as before they existed (stored writings stay comparable).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(label, forKey: .label)
    try container.encode(statement, forKey: .statement)
    try container.encode(synthesis, forKey: .synthesis)
    try container.encode(usedRuleFallback, forKey: .usedRuleFallback)
    try container.encode(unsupportedCitations, forKey: .unsupportedCitations)
    try container.encode(retries, forKey: .retries)
    try container.encode(usage, forKey: .usage)
    if !subThemes.isEmpty { try container.encode(subThemes, forKey: .subThemes) }
    if replacedStatement { try container.encode(replacedStatement, forKey: .replacedStatement) }
    if repointedSentences > 0 { try container.encode(repointedSentences, forKey: .repointedSentences) }
  }
}

/// A finished theme of `writeThemes`, by its position among the requests.
public struct IndexedWriting: Sendable, Hashable {
  public var index: Int
  public var writing: ThemeWriting
  public init(index: Int, writing: ThemeWriting) {
    self.index = index
    self.writing = writing
  }
}

/// A theme as the global synthesis sees it, with the arguments that stand for it. Its counts are
/// the published ones (nil where masked by the small-cell rule): what the synthesis is written
/// from may end up in its sentences.
public struct ThemeDigest: Sendable, Hashable {
  public var label: String
  public var statement: String
  public var respondents: Int?
  public var stance: PublishedStanceCounts
  /// The theme's most representative arguments: what a sentence citing the theme cites.
  public var representativeArguments: [ArgumentID]
  public init(
    label: String, statement: String, respondents: Int?,
    stance: PublishedStanceCounts = PublishedStanceCounts(),
    representativeArguments: [ArgumentID]
  ) {
    self.label = label
    self.statement = statement
    self.respondents = respondents
    self.stance = stance
    self.representativeArguments = representativeArguments
  }
}

/// The « syntheses » stages: every theme (in flight together), then all themes at once.
public protocol ThemeSynthesiser: Sendable {
  /// Everything the output depends on besides its input (model, prompts, algorithm version).
  var identity: String { get }
  var generatorDescription: String? { get }
  /// The method, in French, for the provenance (« modèle de langue »).
  var methodFR: String { get }
  var promptVersions: [String: String] { get }
  /// True when a theme's sub-themes are written in the theme's own call: the pipeline then sends
  /// each theme with its `subThemes` and reads their writings from the theme's.
  var writesSubThemesWithParent: Bool { get }
  /// Each theme's writing, yielded as soon as it is ready (in any order).
  func writeThemes(_ requests: [ThemeRequest], context: ConsultationContext) -> AsyncThrowingStream<
    IndexedWriting, any Error
  >
  /// Same, telling `calls` how many model calls are done out of how many are planned so far: a
  /// theme is ready only once its label and synthesis are in, so the themes alone can stay at 0
  /// for minutes while the labels are written.
  func writeThemes(
    _ requests: [ThemeRequest], context: ConsultationContext, calls: @escaping @Sendable (StepCount) -> Void
  ) -> AsyncThrowingStream<IndexedWriting, any Error>
  func writeGlobal(themes: [ThemeDigest], answered: Int, context: ConsultationContext) async throws -> (
    Synthesis, Usage
  )
}

extension ThemeSynthesiser {
  public func writeThemes(
    _ requests: [ThemeRequest], context: ConsultationContext, calls: @escaping @Sendable (StepCount) -> Void
  ) -> AsyncThrowingStream<IndexedWriting, any Error> {
    writeThemes(requests, context: context)
  }
  public var generatorDescription: String? { nil }
  public var methodFR: String { generatorDescription == nil ? "règles (sans modèle)" : "modèle de langue" }
  public var promptVersions: [String: String] { [:] }
  public var writesSubThemesWithParent: Bool { false }
}

/// Without a model: the label from distinctive terms, the most central distinct arguments as
/// synthesis, and a global synthesis composed from the themes' counts (`global`).
public struct RuleBasedSynthesiser: ThemeSynthesiser {
  public init() {}
  public var identity: String { "regles-v4" }

  public func writeThemes(_ requests: [ThemeRequest], context: ConsultationContext) -> AsyncThrowingStream<
    IndexedWriting, any Error
  > {
    AsyncThrowingStream { continuation in
      for (index, request) in requests.enumerated() {
        continuation.yield(
          IndexedWriting(
            index: index, writing: Self.theme(sample: request.sample, label: request.distinctiveLabel)))
      }
      continuation.finish()
    }
  }

  /// Up to three sentences from the most central arguments, each said once: arguments with the
  /// same words become one sentence citing all of them.
  public static func theme(sample: [SampledArgument], label: String) -> ThemeWriting {
    var sentences: [CitedSentence] = []
    var seen: [String: Int] = [:]
    for argument in sample {
      let sentence = asSentence(argument.text)
      let key = FrenchText.wordsKey(sentence)
      if let index = seen[key] {
        sentences[index].citations.append(argument.id)
      } else if sentences.count < 3 {
        seen[key] = sentences.count
        sentences.append(CitedSentence(text: sentence, citations: [argument.id]))
      }
    }
    return ThemeWriting(
      label: label, statement: sentences.first?.text ?? "", synthesis: Synthesis(sentences: sentences))
  }

  public func writeGlobal(themes: [ThemeDigest], answered: Int, context: ConsultationContext) async throws
    -> (Synthesis, Usage)
  {
    (Self.global(themes: themes, answered: answered), .zero)
  }

  /// The global synthesis composed from the themes' published counts, in the order of the
  /// inspectorate's own (what is said most, then opportunities, risks, nuanced views): the most
  /// cited themes; those where a majority of the decided respondents are « pour », « contre », or
  /// nuanced. Each sentence cites a representative argument of every theme it names; a
  /// masked count is never written, and a theme with a masked stance is left out of the last three.
  public static func global(themes: [ThemeDigest], answered: Int) -> Synthesis {
    let shown = themes.filter { !$0.representativeArguments.isEmpty }
    guard !shown.isEmpty else { return Synthesis(sentences: []) }
    func named(_ theme: ThemeDigest) -> String { "« \(theme.label) »" }
    func list(_ items: [String]) -> String {
      items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " et " + items.last!
    }
    func sentence(_ text: String, citing cited: [ThemeDigest], perTheme: Int = 1) -> CitedSentence {
      var ids: [ArgumentID] = []
      for theme in cited {
        for id in theme.representativeArguments.prefix(perTheme) where !ids.contains(id) { ids.append(id) }
      }
      return CitedSentence(text: text, citations: ids)
    }
    var sentences: [CitedSentence] = []
    let top = Array(shown.prefix(3))
    let topItems = top.map { theme -> String in
      guard let respondents = theme.respondents else { return "\(named(theme)) (effectif masqué)" }
      let share = answered > 0 ? Int((Double(respondents) / Double(answered) * 100).rounded()) : 0
      return "\(named(theme)) (\(SmallCellPolicy.respondentsFR(respondents)), \(share) %)"
    }
    sentences.append(
      sentence(
        "Sur \(answered) répondants, les thèmes les plus cités sont \(list(topItems)).", citing: top,
        perTheme: 2))
    // A theme goes with the stance of the majority of its decided respondents (« neutre » says
    // nothing of its tone; 14 « pour » against 13 « contre » and 5 nuanced is no atout).
    let groups: [(lead: String, kind: Stance)] = [
      ("Atouts cités", .pour), ("Risques et réserves", .contre),
      ("Avis nuancés, souvent assortis de conditions", .nuance),
    ]
    let adjective: [Stance: String] = [.pour: "favorable", .contre: "défavorable", .nuance: "nuancé"]
    for group in groups {
      let members = shown.filter { theme in
        guard let pour = theme.stance.pour, let contre = theme.stance.contre,
          let nuance = theme.stance.nuance,
          theme.respondents != nil, pour + contre + nuance > 0
        else { return false }
        return 2 * (theme.stance[group.kind] ?? 0) > pour + contre + nuance
      }
      .sorted { ($0.stance[group.kind] ?? 0) > ($1.stance[group.kind] ?? 0) }
      .prefix(4)
      guard !members.isEmpty else { continue }
      let items = members.map { theme in
        let count = theme.stance[group.kind]!
        return
          "\(named(theme)) (\(count) \(adjective[group.kind]!)\(count > 1 ? "s" : "") sur \(theme.respondents!))"
      }
      sentences.append(sentence("\(group.lead) : \(list(items)).", citing: Array(members)))
    }
    return Synthesis(sentences: sentences)
  }

  /// A clause read as a sentence: capitalised, ending with a full stop.
  static func asSentence(_ text: String) -> String {
    var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let first = t.first else { return t }
    t = first.uppercased() + t.dropFirst()
    if let last = t.last, !".!?…»\"".contains(last) { t += "." }
    return t
  }
}

/// Scores whether cited arguments support a sentence: the cosine similarity of their embeddings.
/// A citation below `threshold` is removed; a sentence left without citation is not published.
public struct CitationSupport: Sendable {
  public let embedder: any Embedder
  /// Calibrated on hand-labelled pairs (docs/benchmarks/pipeline.md, « Citation support »).
  public let threshold: Float

  /// e5-small's cosines are compressed: on 345 (sentence, cited argument) pairs of the bundled
  /// example, the pairs read as not supporting their sentence scored 0.80–0.937, the supporting
  /// ones mostly 0.94 and above (docs/benchmarks/pipeline.md, « Citation support »).
  public static let defaultThreshold: Float = 0.94

  public init(embedder: any Embedder, threshold: Float = CitationSupport.defaultThreshold) {
    self.embedder = embedder
    self.threshold = threshold
  }

  /// Similarity of each sentence to each of its evidence texts (vectors when known).
  func scores(sentences: [String], evidence: [[SampledArgument]]) async throws -> [[Float]] {
    guard !sentences.isEmpty else { return [] }
    let sentenceVectors = try await embedder.embed(sentences, role: .query)
    var missing: [String] = []
    for group in evidence { for item in group where item.vector == nil { missing.append(item.text) } }
    let missingVectors = missing.isEmpty ? [] : try await embedder.embed(missing, role: .query)
    var next = 0
    return zip(sentenceVectors, evidence).map { sentence, group in
      group.map { item in
        let vector: [Float]
        if let known = item.vector {
          vector = known
        } else {
          vector = missingVectors[next]
          next += 1
        }
        return zip(sentence, vector).reduce(0) { $0 + $1.0 * $1.1 }
      }
    }
  }
}

/// How many sentences a theme and each of its sub-themes get when written in one call (the
/// schema's limit; the prompt asks for the range). On CPU, what the model generates is the cost.
public struct FamilySentenceLimits: Sendable, Hashable {
  public var theme: ClosedRange<Int>
  public var subTheme: ClosedRange<Int>
  public init(theme: ClosedRange<Int>, subTheme: ClosedRange<Int>) {
    self.theme = theme
    self.subTheme = subTheme
  }
  /// One or two sentences per theme, one per sub-theme (the default).
  public static let concise = FamilySentenceLimits(theme: 1...2, subTheme: 1...1)
  /// Two or three per theme, one or two per sub-theme (the default until 2026-12).
  public static let fuller = FamilySentenceLimits(theme: 2...3, subTheme: 1...2)

  static func french(_ range: ClosedRange<Int>) -> String {
    range.count == 1
      ? (range.lowerBound == 1 ? "une phrase" : "\(range.lowerBound) phrases")
      : "\(range.lowerBound) ou \(range.upperBound) phrases"
  }
  var identity: String {
    "\(theme.lowerBound)-\(theme.upperBound)/\(subTheme.lowerBound)-\(subTheme.upperBound)"
  }
}

/// The model writes each theme's label, statement and cited synthesis, then the global synthesis.
/// Citations are numbers of the arguments (or themes) shown, constrained by the schema; each one
/// must also support its sentence (`CitationSupport`); an unsupported sentence is dropped and
/// counted. When a theme is asked again depends on `retry`.
public struct LanguageModelSynthesiser: ThemeSynthesiser {
  /// When a theme's writing is asked a second time.
  public enum RetryPolicy: String, Sendable, Hashable, CaseIterable {
    /// Whenever a sentence had to be dropped (or nothing was readable).
    case anyDroppedSentence = "phrase-ecartee"
    /// Only when no sentence survives (or nothing was readable): a writing with some supported
    /// sentences is kept as it is, its dropped ones counted.
    case nothingSurvives = "rien-ne-reste"
    /// Never: what the model could not write is written by the rules (counted).
    case never = "jamais"
  }

  public let generator: any TextGenerator
  public let themePrompt: Prompt
  public let globalPrompt: Prompt
  public let seed: UInt32
  public let support: CitationSupport?
  public let retry: RetryPolicy
  /// When set, a theme and its sub-themes are written in one call with this prompt (one call
  /// per theme instead of one per theme and per sub-theme).
  public let familyPrompt: Prompt?
  public let familySentences: FamilySentenceLimits
  /// When set, every theme and sub-theme is named in a short call of its own, in the same stream
  /// as the syntheses, which are then asked for no label (where the labeller's answer is refused,
  /// the rule label names the theme).
  public let labeller: ThemeLabeller?

  public init(
    generator: any TextGenerator, themePrompt: Prompt, globalPrompt: Prompt, seed: UInt32 = 42,
    support: CitationSupport? = nil, retry: RetryPolicy = .anyDroppedSentence, familyPrompt: Prompt? = nil,
    familySentences: FamilySentenceLimits = .concise, labelPrompt: Prompt? = nil
  ) {
    self.labeller = labelPrompt.map { ThemeLabeller(generator: generator, prompt: $0, seed: seed) }
    self.familySentences = familySentences
    self.generator = generator
    self.themePrompt = themePrompt
    self.globalPrompt = globalPrompt
    self.seed = seed
    self.support = support
    self.retry = retry
    self.familyPrompt = familyPrompt
  }

  public var identity: String {
    let check = support.map { "appui=\($0.embedder.modelDescription)@\($0.threshold)" } ?? "appui=aucun"
    return
      "llm-v4|\(generator.modelDescription)|\(themePrompt.name)@\(themePrompt.version)|\(globalPrompt.name)@\(globalPrompt.version)|seed=\(seed)|\(check)"
      + (retry == .anyDroppedSentence ? "" : "|relance=\(retry.rawValue)")
      + (familyPrompt.map { "|famille=\($0.name)@\($0.version)|phrases=\(familySentences.identity)" } ?? "")
      + (labeller.map { "|intitules=\($0.identity)" } ?? "")
  }
  public var generatorDescription: String? { generator.modelDescription }
  public var promptVersions: [String: String] {
    var versions = [themePrompt.name: themePrompt.version, globalPrompt.name: globalPrompt.version]
    if let familyPrompt { versions[familyPrompt.name] = familyPrompt.version }
    if let labeller { versions[labeller.prompt.name] = labeller.prompt.version }
    return versions
  }
  public var writesSubThemesWithParent: Bool { familyPrompt != nil }

  static func sentencesSchema(citing count: Int, key: String, minItems: Int, maxItems: Int) -> String {
    sentencesSchema(citing: 1...max(1, count), key: key, minItems: minItems, maxItems: maxItems)
  }
  static func sentencesSchema(citing range: ClosedRange<Int>, key: String, minItems: Int, maxItems: Int)
    -> String
  {
    let numbers = range.map(String.init).joined(separator: ",")
    // No more citations than there are numbers to cite: with four places for a sub-theme of one
    // argument, the small model fills them with that number four times.
    return
      #"{"type":"array","minItems":\#(minItems),"maxItems":\#(maxItems),"items":{"type":"object","properties":{"texte":{"type":"string","minLength":10,"maxLength":300},""#
      + key + #"":{"type":"array","minItems":1,"maxItems":\#(min(4, range.count)),"items":{"enum":["#
      + numbers
      + #"]}}},"required":["texte",""# + key + #""]}}"#
  }
  static let labelSchema = #"{"type":"string","minLength":3,"maxLength":70}"#
  static let statementSchema = #"{"type":"string","minLength":10,"maxLength":220}"#

  /// The fields a theme's answer opens with: its label, unless the labeller names it.
  static func labelProperty(_ named: Bool) -> String { named ? #""intitule":"# + labelSchema + "," : "" }
  static func labelRequired(_ named: Bool) -> String { named ? #""intitule","# : "" }

  static func themeSchema(sampleSize: Int, named: Bool = true) -> String {
    #"{"type":"object","properties":{"# + labelProperty(named) + #""enonce":"# + statementSchema
      + #","phrases":"#
      + sentencesSchema(citing: sampleSize, key: "citations", minItems: 1, maxItems: 4)
      + #"},"required":["# + labelRequired(named) + #""enonce","phrases"]}"#
  }
  /// A theme with its sub-themes, each under its letter: the sub-theme's sentences can cite only
  /// the numbers of its own arguments.
  static func familySchema(
    _ request: ThemeRequest, limits: FamilySentenceLimits = .concise, named: Bool = true
  ) -> String {
    let subThemes = request.subThemes.enumerated().map { offset, slice in
      let numbers = (slice.range.lowerBound + 1)...slice.range.upperBound
      return #"""# + letter(offset) + #"":{"type":"object","properties":{"# + labelProperty(named)
        + #""phrases":"#
        + sentencesSchema(
          citing: numbers, key: "citations", minItems: 1, maxItems: limits.subTheme.upperBound)
        + #"},"required":["# + labelRequired(named) + #""phrases"]}"#
    }
    return #"{"type":"object","properties":{"# + labelProperty(named) + #""enonce":"# + statementSchema
      + #","phrases":"#
      + sentencesSchema(
        citing: request.sample.count, key: "citations", minItems: 1, maxItems: limits.theme.upperBound)
      + #","sous_themes":{"type":"object","properties":{"# + subThemes.joined(separator: ",")
      + #"},"required":["#
      + request.subThemes.indices.map { #"""# + letter($0) + #"""# }.joined(separator: ",")
      + #"]}},"required":["# + labelRequired(named) + #""enonce","phrases","sous_themes"]}"#
  }

  /// A, B, … Z, then AA, AB…
  static func letter(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index < letters.count
      ? String(letters[index]) : letter(index / letters.count - 1) + String(letters[index % letters.count])
  }

  static func globalSchema(themeCount: Int) -> String {
    // At least one sentence of opportunities and of risks: left free, the small default model
    // answers three empty lists.
    let part = { (min: Int) in sentencesSchema(citing: themeCount, key: "themes", minItems: min, maxItems: 3)
    }
    return #"{"type":"object","properties":{"atouts":"# + part(1) + #","risques":"# + part(1)
      + #","conditions":"# + part(0) + #"},"required":["atouts","risques","conditions"]}"#
  }

  struct ModelSentence: Decodable {
    var texte: String
    var citations: [Int]
    enum CodingKeys: String, CodingKey { case texte, citations, themes }
    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      texte = try container.decode(String.self, forKey: .texte)
      citations =
        try container.decodeIfPresent([Int].self, forKey: .citations)
        ?? container.decode([Int].self, forKey: .themes)
    }
  }
  struct ModelTheme: Decodable {
    /// Absent when the labeller names the theme.
    var intitule: String?
    /// A sub-theme written with its parent has none: its first sentence states it.
    var enonce: String?
    var phrases: [ModelSentence]
  }
  /// A theme's fields, and its sub-themes under their letters.
  struct ModelFamily: Decodable {
    var theme: ModelTheme
    var subThemes: [String: ModelTheme]
    enum CodingKeys: String, CodingKey { case subThemes = "sous_themes" }
    init(from decoder: any Decoder) throws {
      theme = try ModelTheme(from: decoder)
      subThemes = try decoder.container(keyedBy: CodingKeys.self).decode(
        [String: ModelTheme].self, forKey: .subThemes)
    }
  }

  struct ModelGlobal: Decodable {
    var atouts: [ModelSentence]
    var risques: [ModelSentence]
    var conditions: [ModelSentence]
    var all: [ModelSentence] { atouts + risques + conditions }
  }

  static let retryNote =
    "Attention : chaque phrase doit citer seulement les numéros des arguments qui disent ce qu'elle dit."

  // MARK: - Themes

  public func writeThemes(_ requests: [ThemeRequest], context: ConsultationContext) -> AsyncThrowingStream<
    IndexedWriting, any Error
  > {
    writeThemes(requests, context: context) { _ in }
  }

  public func writeThemes(
    _ requests: [ThemeRequest], context: ConsultationContext, calls: @escaping @Sendable (StepCount) -> Void
  ) -> AsyncThrowingStream<IndexedWriting, any Error> {
    .producing { yield in try await runThemes(requests, context: context, calls: calls, yield: yield) }
  }

  func themeRequest(_ request: ThemeRequest, context: ConsultationContext, note: String?) -> GenerationRequest
  {
    if let familyPrompt, !request.subThemes.isEmpty {
      return familyRequest(request, prompt: familyPrompt, context: context, note: note)
    }
    var data = "<arguments>\n"
    data += request.sample.enumerated().map { "[\($0.offset + 1)] \(Self.neutralised($0.element.text))" }
      .joined(separator: "\n")
    data += "\n</arguments>"
    if request.distinctiveLabel != DistinctiveTerms.noLabel {
      data += "\n\nMots caractéristiques de ce groupe : \(Self.neutralised(request.distinctiveLabel))."
    }
    if let parent = request.parentLabel, labeller == nil {
      data +=
        "\n\nCes arguments forment un sous-thème du thème « \(Self.neutralised(parent)) » : "
        + "l'intitulé doit dire ce qui les distingue, sans reprendre celui du thème."
    }
    if let note { data += "\n\n\(note)" }
    return GenerationRequest(
      messages: [
        .system(Self.labelLines(themePrompt.rendered(context: context), named: labeller == nil)), .user(data),
      ],
      options: GenerationOptions(
        maxTokens: 420, temperature: 0, seed: seed,
        jsonSchema: Self.themeSchema(sampleSize: request.sample.count, named: labeller == nil)))
  }

  /// The theme's arguments grouped under their sub-theme's letter, numbered across the groups.
  func familyRequest(_ request: ThemeRequest, prompt: Prompt, context: ConsultationContext, note: String?)
    -> GenerationRequest
  {
    var data = "<arguments>\n"
    for (offset, slice) in request.subThemes.enumerated() {
      data += "Sous-thème \(Self.letter(offset)) :\n"
      for position in slice.range {
        data += "[\(position + 1)] \(Self.neutralised(request.sample[position].text))\n"
      }
    }
    data += "</arguments>"
    if let note { data += "\n\n\(note)" }
    let instructions = Self.labelLines(prompt.rendered(context: context), named: labeller == nil)
      .replacingOccurrences(of: "{{phrases_theme}}", with: FamilySentenceLimits.french(familySentences.theme))
      .replacingOccurrences(
        of: "{{phrases_sous_theme}}", with: FamilySentenceLimits.french(familySentences.subTheme))
    return GenerationRequest(
      messages: [.system(instructions), .user(data)],
      options: GenerationOptions(
        maxTokens: 120 + 100 * familySentences.theme.upperBound
          + 70 * familySentences.subTheme.upperBound * request.subThemes.count,
        temperature: 0, seed: seed,
        jsonSchema: Self.familySchema(request, limits: familySentences, named: labeller == nil)))
  }

  /// The prompt's lines about the label: « [intitule] » lines kept when the synthesis names the
  /// theme, « [sans intitule] » lines when the labeller does (the markers removed).
  static func labelLines(_ text: String, named: Bool) -> String {
    let (kept, dropped) = named ? ("[intitule] ", "[sans intitule] ") : ("[sans intitule] ", "[intitule] ")
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix(dropped) }
      .map { $0.hasPrefix(kept) ? String($0.dropFirst(kept.count)) : String($0) }
      .joined(separator: "\n")
  }

  private func runThemes(
    _ requests: [ThemeRequest], context: ConsultationContext, calls: @Sendable (StepCount) -> Void,
    yield: (IndexedWriting) -> Void
  ) async throws {
    var retry: [(index: Int, first: FamilyReading)] = []
    let asked = requests.indices.filter { !requests[$0].sample.isEmpty }
    for index in requests.indices where requests[index].sample.isEmpty {
      yield(
        IndexedWriting(
          index: index,
          writing: RuleBasedSynthesiser.theme(sample: [], label: requests[index].distinctiveLabel)))
    }
    // Labels are asked first, in the same stream as the syntheses: short calls that share their
    // worked examples, so each slot reuses them from the call before (asked after the syntheses,
    // between unrelated prompts, they cost more: 361 s against 324 s for the example). A theme
    // is delivered once its synthesis and labels are in.
    let labelGroups = labelGroups(for: requests, asked: asked)
    var labels: [Int: FamilyLabels] = [:]
    var labelsDue: [Int: Int] = [:]
    for group in labelGroups {
      labels[group.owner, default: []].append((nil, .zero))
      labelsDue[group.owner, default: 0] += 1
    }
    var waiting: [Int: ThemeWriting] = [:]
    let deliver = { (index: Int, yield: (IndexedWriting) -> Void) in
      guard labelsDue[index, default: 0] == 0, let writing = waiting.removeValue(forKey: index) else {
        return
      }
      yield(IndexedWriting(index: index, writing: Self.labelled(writing, labels[index])))
    }
    let themeRequests = asked.map { themeRequest(requests[$0], context: context, note: nil) }
    let labelRequests = labelGroups.compactMap { group in
      labeller?.request(sample: group.sample, distinctiveLabel: group.distinctiveLabel, context: context)
    }
    var done = StepCount(done: 0, total: labelRequests.count + themeRequests.count)
    calls(done)
    for try await result in generator.generateEach(labelRequests + themeRequests) {
      done.done += 1
      calls(done)
      if result.index < labelRequests.count {
        let group = labelGroups[result.index]
        labels[group.owner]?[group.position] =
          labeller?.reading(result.generation, sample: group.sample) ?? (nil, .zero)
        labelsDue[group.owner, default: 1] -= 1
        deliver(group.owner, yield)
        continue
      }
      let index = asked[result.index - labelRequests.count]
      let reading = try await read(result.generation, request: requests[index])
      if reading.theme.isComplete || self.retry == .never
        || (self.retry == .nothingSurvives && reading.theme.hasSentences)
      {
        waiting[index] = reading.writing(for: requests[index], retries: 0)
        deliver(index, yield)
      } else {
        retry.append((index, reading))
      }
    }
    guard !retry.isEmpty else { return }
    done.total += retry.count
    calls(done)
    let again = generator.generateEach(
      retry.map { themeRequest(requests[$0.index], context: context, note: Self.retryNote) })
    for try await result in again {
      done.done += 1
      calls(done)
      let (index, first) = retry[result.index]
      let second = try await read(result.generation, request: requests[index])
      let reading = second.best(with: first)
      waiting[index] = reading.writing(for: requests[index], retries: 1)
      deliver(index, yield)
    }
  }

  /// The labeller's labels for a theme (first) and its sub-themes written with it, with their cost.
  typealias FamilyLabels = [(label: String?, usage: Usage)]

  /// What the labeller names: each asked theme (position 0) and the sub-themes written with it.
  private func labelGroups(for requests: [ThemeRequest], asked: [Int]) -> [(
    owner: Int, position: Int, sample: [SampledArgument], distinctiveLabel: String
  )] {
    guard labeller != nil else { return [] }
    return asked.flatMap { index in
      let request = requests[index]
      let slices = familyPrompt == nil ? [] : request.subThemes
      return [(index, 0, request.alternatingSubThemes().sample, request.distinctiveLabel)]
        + slices.enumerated().map { offset, slice in
          (index, offset + 1, request.subRequest(slice).sample, slice.distinctiveLabel)
        }
    }
  }

  /// The writing under the labeller's labels where they were accepted, the labels' cost added.
  static func labelled(_ writing: ThemeWriting, _ labels: FamilyLabels?) -> ThemeWriting {
    guard let labels, let first = labels.first else { return writing }
    var writing = writing
    if let label = first.label { writing.label = label }
    writing.usage = writing.usage + labels.reduce(Usage.zero) { $0 + $1.usage }
    for (offset, sub) in labels.dropFirst().enumerated() where offset < writing.subThemes.count {
      if let label = sub.label { writing.subThemes[offset].label = label }
    }
    return writing
  }

  /// A theme's reading and, when written in the same call, its sub-themes'.
  struct FamilyReading {
    var theme: ThemeReading
    var subThemes: [ThemeReading]

    /// Part by part, the better of two attempts; the usage of both.
    func best(with other: FamilyReading) -> FamilyReading {
      var theme = theme.isBetter(than: other.theme) ? theme : other.theme
      theme.usage = self.theme.usage + other.theme.usage
      let subThemes = zip(subThemes, other.subThemes).map { mine, theirs in
        mine.isBetter(than: theirs) ? mine : theirs
      }
      return FamilyReading(theme: theme, subThemes: subThemes)
    }

    func writing(for request: ThemeRequest, retries: Int) -> ThemeWriting {
      // Should the rules write the theme, its first arguments must come from every sub-theme.
      var writing = theme.writing(for: request.alternatingSubThemes(), retries: retries)
      writing.subThemes = zip(request.subThemes, subThemes).map { slice, reading in
        reading.writing(for: request.subRequest(slice), retries: retries)
      }
      return writing
    }
  }

  struct ThemeReading {
    var answer: ModelTheme?
    var sentences: [CitedSentence]
    var dropped: Int
    var unsupportedCitations: Int
    var usage: Usage
    /// False when the statement is close to none of the arguments it could cite.
    var statementSupported = true
    /// Sentences cited anew by the arguments that support them.
    var repointed = 0

    var isComplete: Bool { answer != nil && dropped == 0 && !sentences.isEmpty }
    var hasSentences: Bool { answer != nil && !sentences.isEmpty }

    func isBetter(than other: ThemeReading) -> Bool {
      guard answer != nil else { return false }
      guard other.answer != nil else { return true }
      return (dropped, -sentences.count) < (other.dropped, -other.sentences.count)
    }

    func writing(for request: ThemeRequest, retries: Int) -> ThemeWriting {
      guard let answer, !sentences.isEmpty else {
        var fallback = RuleBasedSynthesiser.theme(sample: request.sample, label: request.distinctiveLabel)
        fallback.usedRuleFallback = true
        fallback.synthesis.droppedSentences = dropped
        fallback.unsupportedCitations = unsupportedCitations
        fallback.retries = retries
        fallback.usage = usage
        fallback.repointedSentences = repointed
        return fallback
      }
      let label = LanguageModelSynthesiser.cleaned(answer.intitule ?? "")
      let statement = answer.enonce.map(LanguageModelSynthesiser.cleaned) ?? ""
      var writing = ThemeWriting(
        label: label.isEmpty ? request.distinctiveLabel : label,
        statement: statementSupported && !statement.isEmpty ? statement : sentences[0].text,
        synthesis: Synthesis(sentences: sentences, droppedSentences: dropped),
        unsupportedCitations: unsupportedCitations, retries: retries, usage: usage)
      writing.replacedStatement = !statementSupported
      writing.repointedSentences = repointed
      return writing
    }
  }

  private func read(_ generation: Generation, request: ThemeRequest) async throws -> FamilyReading {
    let data = Data(generation.text.utf8)
    let unread = ThemeReading(answer: nil, sentences: [], dropped: 0, unsupportedCitations: 0, usage: .zero)
    guard familyPrompt != nil, !request.subThemes.isEmpty else {
      let answer = try? JSONDecoder().decode(ModelTheme.self, from: data)
      var theme = try await reading(of: answer, citing: request.sample.indices, in: request.sample)
      theme.usage = generation.usage
      return FamilyReading(theme: theme, subThemes: [])
    }
    let family = try? JSONDecoder().decode(ModelFamily.self, from: data)
    var theme = try await reading(of: family?.theme, citing: request.sample.indices, in: request.sample)
    theme.usage = generation.usage
    var subThemes: [ThemeReading] = []
    for (offset, slice) in request.subThemes.enumerated() {
      guard let answer = family?.subThemes[Self.letter(offset)] else {
        subThemes.append(unread)
        continue
      }
      subThemes.append(try await reading(of: answer, citing: slice.range, in: request.sample))
    }
    return FamilyReading(theme: theme, subThemes: subThemes)
  }

  /// The model's writing with its citations checked: numbers are positions (from 1) in `sample`,
  /// and only those in `citable` count.
  private func reading(of answer: ModelTheme?, citing citable: Range<Int>, in sample: [SampledArgument])
    async throws -> ThemeReading
  {
    guard let answer else {
      return ThemeReading(answer: nil, sentences: [], dropped: 0, unsupportedCitations: 0, usage: .zero)
    }
    let verdict = try await checked(
      answer.phrases, alternatives: citable.map { (number: $0 + 1, item: sample[$0]) }
    ) {
      citable.contains($0 - 1) ? sample[$0 - 1] : nil
    }
    let sentences = verdict.sentences.map {
      CitedSentence(text: $0.text, citations: $0.numbers.map { sample[$0 - 1].id })
    }
    var reading = ThemeReading(
      answer: answer, sentences: sentences, dropped: verdict.dropped,
      unsupportedCitations: verdict.unsupported, usage: .zero)
    reading.repointed = verdict.repointed
    // The statement is printed under the theme's name: it must say what at least one of its
    // arguments says, as a cited sentence must.
    if let support, let statement = answer.enonce.map(Self.cleaned), !statement.isEmpty, !citable.isEmpty {
      let scores = try await support.scores(sentences: [statement], evidence: [Array(sample[citable])])
      reading.statementSupported = (scores.first?.max() ?? 0) >= support.threshold
    }
    return reading
  }

  // MARK: - Global synthesis

  public func writeGlobal(themes: [ThemeDigest], answered: Int, context: ConsultationContext) async throws
    -> (
      Synthesis, Usage
    )
  {
    let shown = Array(themes.prefix(15))
    guard !shown.isEmpty else { return (Synthesis(sentences: []), .zero) }
    let list = shown.enumerated().map { offset, theme in
      return "[\(offset + 1)] \(Self.neutralised(theme.label)) — \(Self.neutralised(theme.statement)) "
        + "(\(Self.counts(of: theme, answered: answered)))"
    }.joined(separator: "\n")
    // A sentence about a theme is checked against what the theme says, and cites the theme's
    // representative arguments.
    let evidenceOf = { (number: Int) -> SampledArgument? in
      guard shown.indices.contains(number - 1) else { return nil }
      let theme = shown[number - 1]
      return SampledArgument(id: "\(number)", text: theme.label + ". " + theme.statement)
    }
    var usage = Usage.zero
    var best: (sentences: [CitedSentence], dropped: Int)?
    asking: for note in [nil, Self.retryNote.replacingOccurrences(of: "arguments", with: "thèmes")] {
      var data = "<themes>\n\(list)\n</themes>"
      if let note { data += "\n\n\(note)" }
      let generation = try await generator.generate(
        [.system(globalPrompt.rendered(context: context)), .user(data)],
        options: GenerationOptions(
          maxTokens: 900, temperature: 0, seed: seed, jsonSchema: Self.globalSchema(themeCount: shown.count)))
      usage += generation.usage
      guard let decoded = try? JSONDecoder().decode(ModelGlobal.self, from: Data(generation.text.utf8)) else {
        if retry == .never { break asking }
        continue
      }
      let labels = shown.map { Self.neutralised($0.label) }
      let sentences = decoded.all.map { sentence in
        var sentence = sentence
        sentence.texte = Self.withoutDataLine(sentence.texte, labels: labels)
        return sentence
      }
      var verdict = try await checked(sentences, evidence: evidenceOf)
      // A sentence that recopies a theme's name and statement (a small model's habit: on the
      // bundled example, both of the 0.5B model's sentences were a theme's statement word for
      // word) says nothing of the whole: the reader gets it in the list of themes already.
      let copies = verdict.sentences.filter { sentence in
        sentence.numbers.contains { number in
          evidenceOf(number).map {
            Self.copiedShare(of: sentence.text, from: $0.text) >= Self.copiedShareLimit
          }
            ?? false
        }
      }
      verdict.sentences.removeAll { sentence in copies.contains { $0.text == sentence.text } }
      verdict.dropped += copies.count
      let resolved = verdict.sentences.map { sentence in
        var ids: [ArgumentID] = []
        for number in sentence.numbers {
          for id in shown[number - 1].representativeArguments.prefix(2) where !ids.contains(id) {
            ids.append(id)
          }
        }
        return CitedSentence(text: sentence.text, citations: ids)
      }.filter { !$0.citations.isEmpty }
      let dropped = verdict.dropped + (verdict.sentences.count - resolved.count)
      if best == nil || (dropped, -resolved.count) < (best!.dropped, -best!.sentences.count) {
        best = (resolved, dropped)
      }
      // Asked again under the same policy as the themes.
      switch retry {
      case .anyDroppedSentence: if dropped == 0, !resolved.isEmpty { break asking }
      case .nothingSurvives: if !resolved.isEmpty { break asking }
      case .never: break asking
      }
    }
    guard let best, !best.sentences.isEmpty else {
      var fallback = RuleBasedSynthesiser.global(themes: themes, answered: answered)
      fallback.droppedSentences = best?.dropped ?? 0
      return (fallback, usage)
    }
    var sentences = best.sentences
    // A small model keeps a sentence or two (the 0.5B one, on the bundled example: one): the
    // sentences composed from the counts follow, so that the reader still gets the whole picture.
    if sentences.count < Self.globalSentencesBeforeComposing {
      let texts = Set(sentences.map { $0.text.lowercased() })
      sentences += RuleBasedSynthesiser.global(themes: themes, answered: answered).sentences.filter {
        !texts.contains($0.text.lowercased())
      }
    }
    return (Synthesis(sentences: sentences, droppedSentences: best.dropped), usage)
  }

  /// Below this many kept sentences, the model's global synthesis is completed by the composed one.
  static let globalSentencesBeforeComposing = 3

  /// A sentence with this share of its words copied from one text recopies it (the « quoted »
  /// measure of docs/benchmarks/pipeline.md).
  static let copiedShareLimit = 0.6

  /// The share of `sentence`'s words that lie in runs of five words or more found, in the same
  /// order, in `source` (accents and case aside); a sentence of fewer than five words counts as
  /// copied when it stands whole in `source`.
  static func copiedShare(of sentence: String, from source: String) -> Double {
    let words = FrenchText.fold(sentence).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    let sourceWords = FrenchText.fold(source).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    guard !words.isEmpty else { return 0 }
    let run = 5
    guard words.count >= run else {
      let joined = " " + sourceWords.joined(separator: " ") + " "
      return joined.contains(" " + words.joined(separator: " ") + " ") ? 1 : 0
    }
    guard sourceWords.count >= run else { return 0 }
    let runs = Set((0...(sourceWords.count - run)).map { sourceWords[$0..<$0 + run].joined(separator: " ") })
    var copied = [Bool](repeating: false, count: words.count)
    for start in 0...(words.count - run)
    where runs.contains(words[start..<start + run].joined(separator: " ")) {
      for index in start..<start + run { copied[index] = true }
    }
    return Double(copied.count { $0 }) / Double(words.count)
  }

  // MARK: - Checks

  /// Sentences kept, with the numbers (of arguments or themes) that still support them.
  struct Checked {
    var sentences: [(text: String, numbers: [Int])] = []
    var dropped = 0
    var unsupported = 0
    var repointed = 0
  }

  /// At most this many arguments cite a sentence that is given citations anew.
  static let repointedCitationLimit = 2

  /// Keeps the sentences with at least one citation in range that supports them; citations that
  /// do not support their sentence are removed (and counted). Repeated sentences become one.
  /// A sentence none of whose citations supports it, while some of `alternatives` do (a small
  /// model copies one argument and cites its neighbour), is cited by those instead — the best
  /// first, at most `repointedCitationLimit` — and counted; without such arguments it is dropped.
  private func checked(
    _ sentences: [ModelSentence], alternatives: [(number: Int, item: SampledArgument)] = [],
    evidence: (Int) -> SampledArgument?
  ) async throws -> Checked {
    let texts = sentences.map { Self.withoutPromptMarks(Self.cleaned($0.texte)) }
    let cited: [[(number: Int, item: SampledArgument)]] = sentences.map { sentence in
      var seen: Set<Int> = []
      return sentence.citations.compactMap { number in
        guard seen.insert(number).inserted, let item = evidence(number) else { return nil }
        return (number, item)
      }
    }
    let scores = try await support?.scores(sentences: texts, evidence: cited.map { $0.map(\.item) })
    var result = Checked()
    var kept: [[Int]] = texts.indices.map { position in
      cited[position].enumerated().compactMap { offset, citation in
        if let support, let score = scores?[position][offset], score < support.threshold {
          result.unsupported += 1
          return nil
        }
        return citation.number
      }
    }
    if let support, !alternatives.isEmpty {
      let orphans = texts.indices.filter {
        kept[$0].isEmpty && !texts[$0].isEmpty && !Self.isDegenerate(texts[$0])
      }
      // Every orphan is scored against the same arguments: embed those without a vector once.
      var candidates = alternatives.map(\.item)
      let unembedded = candidates.indices.filter { candidates[$0].vector == nil }
      if !orphans.isEmpty, !unembedded.isEmpty {
        let vectors = try await support.embedder.embed(unembedded.map { candidates[$0].text }, role: .query)
        for (index, vector) in zip(unembedded, vectors) { candidates[index].vector = vector }
      }
      let orphanScores = try await support.scores(
        sentences: orphans.map { texts[$0] }, evidence: orphans.map { _ in candidates })
      for (orphan, row) in zip(orphans, orphanScores) {
        let supporting = zip(alternatives, row).filter { $0.1 >= support.threshold }
          .sorted { $0.1 > $1.1 }.prefix(Self.repointedCitationLimit)
        guard !supporting.isEmpty else { continue }
        kept[orphan] = supporting.map(\.0.number)
        result.repointed += 1
      }
    }
    for (position, text) in texts.enumerated() {
      let numbers = kept[position]
      if text.isEmpty || numbers.isEmpty || Self.isDegenerate(text) {
        result.dropped += 1
      } else if let same = result.sentences.firstIndex(where: { Self.repeats($0.text, text) }) {
        // Small models repeat a sentence with other citations, at times behind an opener
        // (« Honnêtement, … »): one sentence, all its evidence.
        for number in numbers where !result.sentences[same].numbers.contains(number) {
          result.sentences[same].numbers.append(number)
        }
      } else {
        result.sentences.append((text, numbers))
      }
    }
    return result
  }

  /// The same sentence twice: equal but for case, or each one's words copied from the other by
  /// at least `repeatedShare` (an opener or a last word apart).
  static func repeats(_ first: String, _ second: String) -> Bool {
    first.lowercased() == second.lowercased()
      || (copiedShare(of: first, from: second) >= repeatedShare
        && copiedShare(of: second, from: first) >= repeatedShare)
  }

  static let repeatedShare = 0.8

  /// What small models write when they lose the thread: a word said over and over (« Bof. Bof.
  /// Bof… »), or a placeholder (« Sous-thème A »).
  static func isDegenerate(_ text: String) -> Bool {
    let words = FrenchText.fold(text).split { !$0.isLetter && !$0.isNumber }
    guard !words.isEmpty else { return true }
    if words.count <= 3, words.first == "sous", words.dropFirst().first == "theme" { return true }
    // A unit of one or two words repeated four times in a row.
    for period in 1...2 where words.count >= period * 4 {
      var run = 0
      for index in period..<words.count {
        run = words[index] == words[index - period] ? run + 1 : 0
        if run >= period * 3 { return true }
      }
    }
    return false
  }

  /// The request's own marks copied into a sentence (« Sous-thème A : [1] utile pour… »): the
  /// numbers belong in the citations, the letters in the structure.
  static func withoutPromptMarks(_ text: String) -> String {
    text.replacing(/(?i)sous-th[eè]me\s+[A-Z]{1,2}\s*:\s*/, with: "")
      .replacing(/\s*\[\d+\]/, with: "")
      .trimmingCharacters(in: .whitespaces)
  }

  /// A global sentence that copies the data line it was given (« Label — énoncé (12 répondants
  /// sur 40 ; …) ») keeps only its prose.
  static func withoutDataLine(_ text: String, labels: [String]) -> String {
    var text = cleaned(text)
    if let label = labels.first(where: { text.hasPrefix($0 + " — ") }) {
      text = String(text.dropFirst(label.count + 3))
    }
    return text.replacing(/\s*\([^()]*répondants? sur \d+[^()]*\)/, with: "")
      .trimmingCharacters(in: .whitespaces)
  }

  static func cleaned(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A theme's counts as the model reads them: only published ones, so that no masked count can
  /// reach a sentence.
  static func counts(of theme: ThemeDigest, answered: Int) -> String {
    guard let respondents = theme.respondents else { return SmallCellPolicy.respondentsFR(nil) }
    let stance = [Stance.pour, .contre, .nuance].map { kind in
      "\(kind.rawValue) \(theme.stance[kind].map(String.init) ?? "masqué")"
    }
    return "\(SmallCellPolicy.respondentsFR(respondents)) sur \(answered) ; " + stance.joined(separator: ", ")
  }

  static func neutralised(_ text: String) -> String {
    cleaned(text).replacingOccurrences(of: "<", with: "‹").replacingOccurrences(of: ">", with: "›")
  }
}
