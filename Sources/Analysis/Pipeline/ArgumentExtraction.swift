import Foundation
import Inference
import ObservatoireCore

/// One answer to cut into arguments.
public struct AnswerText: Sendable, Hashable {
  public var responseID: ResponseID
  public var text: String
  public init(responseID: ResponseID, text: String) {
    self.responseID = responseID
    self.text = text
  }
}

/// An argument as the extraction stage stores it (ids are given later, by the orchestrator).
public struct ExtractedArgument: Sendable, Hashable, Codable {
  public var text: String
  public var stance: Stance
  public var quote: TextSpan
  public init(text: String, stance: Stance, quote: TextSpan) {
    self.text = text
    self.stance = stance
    self.quote = quote
  }
}

/// What extraction made of one answer: the cached value of the « arguments » stage.
public struct ExtractionOutcome: Sendable, Hashable, Codable {
  public var arguments: [ExtractedArgument]
  /// Arguments the model gave whose quote could not be found in the answer, even after a retry.
  public var droppedArguments: Int
  /// True when the model gave nothing usable and the rule-based segmenter cut the answer instead.
  public var usedRuleFallback: Bool
  public var usage: Usage
  public init(
    arguments: [ExtractedArgument], droppedArguments: Int = 0, usedRuleFallback: Bool = false,
    usage: Usage = .zero
  ) {
    self.arguments = arguments
    self.droppedArguments = droppedArguments
    self.usedRuleFallback = usedRuleFallback
    self.usage = usage
  }
}

/// The « arguments » stage: answers in, arguments with verbatim spans out.
public protocol ArgumentExtractor: Sendable {
  /// Everything the output depends on besides the answer (model, prompt version, parameters).
  var identity: String { get }
  /// How many answers are best handled together.
  var preferredBatchSize: Int { get }
  func extract(_ answers: [AnswerText], question: String) async throws -> [ExtractionOutcome]
}

/// `--no-llm`: a deterministic French clause segmenter and a stance lexicon.
public struct RuleBasedArgumentExtractor: ArgumentExtractor {
  public init() {}
  public var identity: String { "regles-v1" }
  public var preferredBatchSize: Int { 64 }

  public func extract(_ answers: [AnswerText], question: String) async throws -> [ExtractionOutcome] {
    answers.map { Self.outcome(for: $0.text) }
  }

  static func outcome(for answer: String) -> ExtractionOutcome {
    ExtractionOutcome(
      arguments: FrenchClauseSegmenter.segment(answer).map {
        ExtractedArgument(text: $0.text, stance: $0.stance, quote: $0.span)
      })
  }
}

/// The inspectorate's method: the language model lists each answer's arguments as JSON
/// constrained by a schema, each resting on a quote that must be found verbatim in the answer.
public struct LanguageModelArgumentExtractor: ArgumentExtractor {
  public let generator: any TextGenerator
  public let prompt: Prompt
  public let batchSize: Int
  public let seed: UInt32

  public init(generator: any TextGenerator, prompt: Prompt, batchSize: Int = 8, seed: UInt32 = 42) {
    self.generator = generator
    self.prompt = prompt
    self.batchSize = max(1, batchSize)
    self.seed = seed
  }

  public var identity: String {
    "llm-v1|\(generator.modelDescription)|\(prompt.name)@\(prompt.version)|seed=\(seed)"
  }
  public var preferredBatchSize: Int { batchSize }

  static let schema = """
    {"type":"object","properties":{"arguments":{"type":"array","maxItems":6,"items":{"type":"object",\
    "properties":{"reformulation":{"type":"string","minLength":3,"maxLength":300},\
    "position":{"type":"string","enum":["pour","contre","nuancé","neutre"]},\
    "citation":{"type":"string","minLength":3,"maxLength":400}},\
    "required":["reformulation","position","citation"]}}},"required":["arguments"]}
    """

  struct ModelAnswer: Decodable {
    struct Item: Decodable {
      var reformulation: String
      var position: String
      var citation: String
    }
    var arguments: [Item]
  }

  static let retryNote =
    "Attention : chaque « citation » doit être recopiée mot pour mot depuis la réponse, sans la reformuler ni la corriger."

  public func extract(_ answers: [AnswerText], question: String) async throws -> [ExtractionOutcome] {
    let system = prompt.rendered(question: question)
    let options = GenerationOptions(maxTokens: 600, temperature: 0, seed: seed, jsonSchema: Self.schema)
    let first = try await generator.generate(
      batch: answers.map { [.system(system), .user(Self.userMessage($0.text, note: nil))] }, options: options)
    var results = zip(answers, first).map { answer, generation in
      Self.read(generation, answer: answer.text)
    }
    let retry = results.indices.filter { results[$0].dropped > 0 || results[$0].invalid }
    if !retry.isEmpty {
      let second = try await generator.generate(
        batch: retry.map {
          [.system(system), .user(Self.userMessage(answers[$0].text, note: Self.retryNote))]
        },
        options: options)
      for (index, generation) in zip(retry, second) {
        var again = Self.read(generation, answer: answers[index].text)
        again.usage += results[index].usage
        let better = again.arguments.count > results[index].arguments.count
        if better
          || (again.arguments.count == results[index].arguments.count
            && again.dropped < results[index].dropped)
        {
          results[index] = again
        } else {
          results[index].usage = again.usage
        }
      }
    }
    return zip(answers, results).map { answer, result in
      if result.arguments.isEmpty, !result.saidNothing {
        // Nothing usable from the model: keep the respondent counted through the rules.
        var fallback = RuleBasedArgumentExtractor.outcome(for: answer.text)
        fallback.droppedArguments = result.dropped
        fallback.usedRuleFallback = !fallback.arguments.isEmpty
        fallback.usage = result.usage
        return fallback
      }
      return ExtractionOutcome(
        arguments: result.arguments, droppedArguments: result.dropped, usage: result.usage)
    }
  }

  struct Reading {
    var arguments: [ExtractedArgument]
    var dropped: Int
    var invalid: Bool
    /// The model answered with a well-formed empty list (an answer with no argument).
    var saidNothing: Bool
    var usage: Usage
  }

  static func read(_ generation: Generation, answer: String) -> Reading {
    guard let decoded = try? JSONDecoder().decode(ModelAnswer.self, from: Data(generation.text.utf8)) else {
      return Reading(arguments: [], dropped: 0, invalid: true, saidNothing: false, usage: generation.usage)
    }
    let locator = QuoteLocator(answer: answer)
    var arguments: [ExtractedArgument] = []
    var dropped = 0
    for item in decoded.arguments {
      let text = item.reformulation.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty, let span = locator.locate(item.citation) else {
        dropped += 1
        continue
      }
      guard !arguments.contains(where: { $0.quote == span && $0.text == text }) else { continue }
      arguments.append(
        ExtractedArgument(text: text, stance: Stance(rawValue: item.position) ?? .neutre, quote: span))
    }
    return Reading(
      arguments: arguments, dropped: dropped, invalid: false, saidNothing: decoded.arguments.isEmpty,
      usage: generation.usage)
  }

  /// The answer as delimited data; delimiters inside it are neutralised so it cannot close the block.
  static func userMessage(_ answer: String, note: String?) -> String {
    let safe =
      answer
      .replacingOccurrences(of: "<", with: "‹")
      .replacingOccurrences(of: ">", with: "›")
    var message = "<réponse>\n\(safe)\n</réponse>"
    if let note { message += "\n\n\(note)" }
    return message
  }
}
