import Foundation
import Inference
import ObservatoireCore

/// An argument shown to the synthesiser.
public struct SampledArgument: Sendable, Hashable {
  public var id: ArgumentID
  public var text: String
  public init(id: ArgumentID, text: String) {
    self.id = id
    self.text = text
  }
}

/// What the synthesis stage writes for one theme: the cached value.
public struct ThemeWriting: Sendable, Hashable, Codable {
  public var label: String
  public var statement: String
  public var synthesis: Synthesis
  /// True when the model's text could not be used and the rule-based writing replaced it.
  public var usedRuleFallback: Bool
  public var usage: Usage
  public init(
    label: String, statement: String, synthesis: Synthesis, usedRuleFallback: Bool = false,
    usage: Usage = .zero
  ) {
    self.label = label
    self.statement = statement
    self.synthesis = synthesis
    self.usedRuleFallback = usedRuleFallback
    self.usage = usage
  }
}

/// A theme as the global synthesis sees it, with the arguments that stand for it.
public struct ThemeDigest: Sendable, Hashable {
  public var label: String
  public var statement: String
  public var respondents: Int
  /// The theme's most representative arguments: what a sentence citing the theme cites.
  public var representativeArguments: [ArgumentID]
  public init(label: String, statement: String, respondents: Int, representativeArguments: [ArgumentID]) {
    self.label = label
    self.statement = statement
    self.respondents = respondents
    self.representativeArguments = representativeArguments
  }
}

/// The « syntheses » stages: one theme at a time, then all themes together.
public protocol ThemeSynthesiser: Sendable {
  var identity: String { get }
  /// `sample` is ordered most central first; `distinctiveLabel` is the c-TF-IDF label.
  func writeTheme(sample: [SampledArgument], distinctiveLabel: String, question: String) async throws
    -> ThemeWriting
  func writeGlobal(themes: [ThemeDigest], answered: Int, question: String) async throws -> (Synthesis, Usage)
}

/// Without a model: the label from distinctive terms, the most central arguments as synthesis,
/// and one counted sentence per theme as global synthesis.
public struct RuleBasedSynthesiser: ThemeSynthesiser {
  public init() {}
  public var identity: String { "regles-v1" }

  public func writeTheme(sample: [SampledArgument], distinctiveLabel: String, question: String) async throws
    -> ThemeWriting
  {
    Self.theme(sample: sample, label: distinctiveLabel)
  }

  static func theme(sample: [SampledArgument], label: String) -> ThemeWriting {
    let sentences = sample.prefix(3).map { CitedSentence(text: Self.asSentence($0.text), citations: [$0.id]) }
    return ThemeWriting(
      label: label, statement: sample.first.map { asSentence($0.text) } ?? "",
      synthesis: Synthesis(sentences: sentences))
  }

  public func writeGlobal(themes: [ThemeDigest], answered: Int, question: String) async throws -> (
    Synthesis, Usage
  ) {
    (Self.global(themes: themes, answered: answered), .zero)
  }

  static func global(themes: [ThemeDigest], answered: Int) -> Synthesis {
    let sentences = themes.prefix(6).compactMap { theme -> CitedSentence? in
      guard !theme.representativeArguments.isEmpty else { return nil }
      let share = answered > 0 ? Int((Double(theme.respondents) / Double(answered) * 100).rounded()) : 0
      return CitedSentence(
        text: "« \(theme.label) » : \(theme.respondents) répondants sur \(answered) (\(share) %).",
        citations: Array(theme.representativeArguments.prefix(2)))
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

/// The model writes each theme's label, statement and cited synthesis, then the global synthesis.
/// Citations are numbers of the arguments shown; a sentence citing nothing valid is retried once,
/// then dropped and counted.
public struct LanguageModelSynthesiser: ThemeSynthesiser {
  public let generator: any TextGenerator
  public let themePrompt: Prompt
  public let globalPrompt: Prompt
  public let seed: UInt32

  public init(generator: any TextGenerator, themePrompt: Prompt, globalPrompt: Prompt, seed: UInt32 = 42) {
    self.generator = generator
    self.themePrompt = themePrompt
    self.globalPrompt = globalPrompt
    self.seed = seed
  }

  public var identity: String {
    "llm-v1|\(generator.modelDescription)|\(themePrompt.name)@\(themePrompt.version)|\(globalPrompt.name)@\(globalPrompt.version)|seed=\(seed)"
  }

  static let sentencesSchema =
    #"{"type":"array","minItems":1,"maxItems":5,"items":{"type":"object","properties":{"texte":{"type":"string","minLength":10,"maxLength":400},"citations":{"type":"array","minItems":1,"maxItems":6,"items":{"type":"integer"}}},"required":["texte","citations"]}}"#
  static let themeSchema =
    #"{"type":"object","properties":{"intitule":{"type":"string","minLength":3,"maxLength":80},"enonce":{"type":"string","minLength":10,"maxLength":300},"phrases":"#
    + sentencesSchema + #"},"required":["intitule","enonce","phrases"]}"#
  static let globalSchema =
    #"{"type":"object","properties":{"phrases":"# + sentencesSchema + #"},"required":["phrases"]}"#

  struct ModelSentence: Decodable {
    var texte: String
    var citations: [Int]
  }
  struct ModelTheme: Decodable {
    var intitule: String
    var enonce: String
    var phrases: [ModelSentence]
  }
  struct ModelGlobal: Decodable {
    var phrases: [ModelSentence]
  }

  static let retryNote =
    "Attention : chaque phrase doit citer au moins un numéro présent dans la liste, et seulement ceux-là."

  public func writeTheme(sample: [SampledArgument], distinctiveLabel: String, question: String) async throws
    -> ThemeWriting
  {
    let list = sample.enumerated().map { "[\($0.offset + 1)] \(Self.neutralised($0.element.text))" }
      .joined(separator: "\n")
    let (best, usage) = try await bestAnswer(
      ModelTheme.self, prompt: themePrompt, question: question, data: "<arguments>\n\(list)\n</arguments>",
      schema: Self.themeSchema, maxTokens: 500, sentences: \.phrases
    ) { number in
      sample.indices.contains(number - 1) ? [sample[number - 1].id] : []
    }
    guard let best, !best.sentences.isEmpty else {
      var fallback = RuleBasedSynthesiser.theme(sample: sample, label: distinctiveLabel)
      fallback.usedRuleFallback = true
      fallback.synthesis.droppedSentences = best?.dropped ?? 0
      fallback.usage = usage
      return fallback
    }
    let label = Self.cleaned(best.answer.intitule)
    return ThemeWriting(
      label: label.isEmpty ? distinctiveLabel : label, statement: Self.cleaned(best.answer.enonce),
      synthesis: Synthesis(sentences: best.sentences, droppedSentences: best.dropped), usage: usage)
  }

  public func writeGlobal(themes: [ThemeDigest], answered: Int, question: String) async throws -> (
    Synthesis, Usage
  ) {
    let shown = Array(themes.prefix(15))
    guard !shown.isEmpty else { return (Synthesis(sentences: []), .zero) }
    let list = shown.enumerated().map {
      "[\($0.offset + 1)] \(Self.neutralised($0.element.label)) — \(Self.neutralised($0.element.statement)) (\($0.element.respondents) répondants sur \(answered))"
    }.joined(separator: "\n")
    let (best, usage) = try await bestAnswer(
      ModelGlobal.self, prompt: globalPrompt, question: question, data: "<themes>\n\(list)\n</themes>",
      schema: Self.globalSchema, maxTokens: 600, sentences: \.phrases
    ) { number in
      shown.indices.contains(number - 1) ? Array(shown[number - 1].representativeArguments.prefix(2)) : []
    }
    guard let best, !best.sentences.isEmpty else {
      var fallback = RuleBasedSynthesiser.global(themes: themes, answered: answered)
      fallback.droppedSentences = best?.dropped ?? 0
      return (fallback, usage)
    }
    return (Synthesis(sentences: best.sentences, droppedSentences: best.dropped), usage)
  }

  /// Asks the model, and once more with `retryNote` unless every sentence of the first answer
  /// kept a valid citation. Returns the answer that dropped fewest sentences (then kept most),
  /// nil when neither could be read, and the usage of every call.
  private func bestAnswer<Answer: Decodable>(
    _ type: Answer.Type, prompt: Prompt, question: String, data: String, schema: String, maxTokens: Int,
    sentences: KeyPath<Answer, [ModelSentence]>, resolve: (Int) -> [ArgumentID]
  ) async throws -> (best: (answer: Answer, sentences: [CitedSentence], dropped: Int)?, usage: Usage) {
    var usage = Usage.zero
    var best: (answer: Answer, sentences: [CitedSentence], dropped: Int)?
    for note in [nil, Self.retryNote] {
      let generation = try await generator.generate(
        [.system(prompt.rendered(question: question)), .user(note.map { data + "\n\n" + $0 } ?? data)],
        options: GenerationOptions(maxTokens: maxTokens, temperature: 0, seed: seed, jsonSchema: schema))
      usage += generation.usage
      guard let decoded = try? JSONDecoder().decode(Answer.self, from: Data(generation.text.utf8)) else {
        continue
      }
      let (kept, dropped) = Self.validated(decoded[keyPath: sentences], resolve: resolve)
      if best == nil || dropped < best!.dropped
        || (dropped == best!.dropped && kept.count > best!.sentences.count)
      {
        best = (decoded, kept, dropped)
      }
      if dropped == 0, !kept.isEmpty { break }
    }
    return (best, usage)
  }

  /// Keeps the sentences with at least one valid citation, mapped to argument ids.
  static func validated(_ sentences: [ModelSentence], resolve: (Int) -> [ArgumentID]) -> (
    [CitedSentence], Int
  ) {
    var kept: [CitedSentence] = []
    var dropped = 0
    for sentence in sentences {
      let text = cleaned(sentence.texte)
      var ids: [ArgumentID] = []
      for number in sentence.citations {
        for id in resolve(number) where !ids.contains(id) { ids.append(id) }
      }
      let allValid = sentence.citations.allSatisfy { !resolve($0).isEmpty }
      if text.isEmpty || ids.isEmpty || !allValid {
        dropped += 1
      } else if let same = kept.firstIndex(where: { $0.text.lowercased() == text.lowercased() }) {
        // Small models repeat a sentence with other citations: one sentence, all its evidence.
        for id in ids where !kept[same].citations.contains(id) { kept[same].citations.append(id) }
      } else {
        kept.append(CitedSentence(text: text, citations: ids))
      }
    }
    return (kept, dropped)
  }

  static func cleaned(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func neutralised(_ text: String) -> String {
    cleaned(text).replacingOccurrences(of: "<", with: "‹").replacingOccurrences(of: ">", with: "›")
  }
}
