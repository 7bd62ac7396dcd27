import Foundation
import Inference
import ObservatoireCore
import Privacy

/// Names themes with the model in a call of its own: a few worked examples (from other domains),
/// then the theme's arguments and distinctive terms, answered by a short noun phrase.
///
/// Asked inside the synthesis call, the small default model names a theme by repeating the
/// question or copying an argument (docs/benchmarks/pipeline.md, « Model-written labels »); as a
/// separate, short task that continues a pattern it names most of them.
public struct ThemeLabeller: Sendable {
  public let generator: any TextGenerator
  public let prompt: Prompt
  public let seed: UInt32
  /// The instructions, then each example's arguments and its label.
  let instructions: String
  let examples: [(arguments: String, label: String)]

  /// Distinct arguments shown per theme, each cut at `shownWords` words: labels read alike with
  /// six whole arguments, for about a third fewer prompt tokens to evaluate.
  static let shownArguments = 4
  static let shownWords = 25
  static let schema = #"{"type":"string","minLength":3,"maxLength":60}"#

  /// Whether a word is French or English (Debian's word lists); nil when unknown, which lets any
  /// word through.
  let dictionary: @Sendable (String) -> Bool?

  public init(
    generator: any TextGenerator, prompt: Prompt, seed: UInt32 = 42,
    dictionary: @escaping @Sendable (String) -> Bool? = NameLexicon.dictionaryKnows
  ) {
    self.generator = generator
    self.prompt = prompt
    self.seed = seed
    self.dictionary = dictionary
    (instructions, examples) = Self.parse(prompt.template)
  }

  /// The prompt file: instructions, then examples, each opened by a line `--- exemple` and
  /// answered on a line starting with `>>> `.
  static func parse(_ template: String) -> (String, [(arguments: String, label: String)]) {
    let parts = template.components(separatedBy: "\n--- exemple\n")
    let examples: [(arguments: String, label: String)] = parts.dropFirst().compactMap { part in
      let lines = part.split(separator: "\n", omittingEmptySubsequences: false)
      guard let answer = lines.firstIndex(where: { $0.hasPrefix(">>> ") }) else { return nil }
      let arguments = lines[..<answer].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      return (arguments, String(lines[answer].dropFirst(4)).trimmingCharacters(in: .whitespaces))
    }
    return (parts[0].trimmingCharacters(in: .whitespacesAndNewlines), examples)
  }

  /// « +orthographe »: labels mended by `LabelSpelling` (cached ones are asked again once).
  public var identity: String { "\(prompt.name)@\(prompt.version)+orthographe" }

  /// The arguments a label is asked from: the first distinct ones of the sample (most central
  /// first).
  static func shown(_ sample: [SampledArgument]) -> [String] {
    var seen: Set<String> = []
    var shown: [String] = []
    for argument in sample where shown.count < shownArguments {
      let words = LanguageModelSynthesiser.neutralised(argument.text).split(separator: " ")
      let text = words.prefix(shownWords).joined(separator: " ") + (words.count > shownWords ? "…" : "")
      if seen.insert(FrenchText.fold(text)).inserted { shown.append(text) }
    }
    return shown
  }

  func request(sample: [SampledArgument], distinctiveLabel: String, context: ConsultationContext)
    -> GenerationRequest
  {
    var messages: [ChatMessage] = [
      .system(Prompt(name: prompt.name, template: instructions).rendered(context: context))
    ]
    for example in examples {
      messages.append(.user(example.arguments))
      messages.append(.assistant(Self.jsonString(example.label)))
    }
    var data = "Arguments :\n" + Self.shown(sample).map { "- \($0)" }.joined(separator: "\n")
    if distinctiveLabel != DistinctiveTerms.noLabel {
      let terms = distinctiveLabel.replacingOccurrences(of: " et ", with: ", ")
      data += "\nMots clés : \(LanguageModelSynthesiser.neutralised(terms).lowercased())"
    }
    messages.append(.user(data))
    return GenerationRequest(
      messages: messages,
      options: GenerationOptions(maxTokens: 24, temperature: 0, seed: seed, jsonSchema: Self.schema))
  }

  /// One label per group (nil where the model's answer is refused), and what the calls cost, in
  /// the groups' order.
  public func labels(
    for groups: [(sample: [SampledArgument], distinctiveLabel: String)], context: ConsultationContext
  ) async throws -> [(label: String?, usage: Usage)] {
    var results: [(label: String?, usage: Usage)] = Array(repeating: (nil, .zero), count: groups.count)
    let asked = groups.indices.filter { !groups[$0].sample.isEmpty }
    let requests = asked.map {
      request(sample: groups[$0].sample, distinctiveLabel: groups[$0].distinctiveLabel, context: context)
    }
    for try await result in generator.generateEach(requests) {
      let index = asked[result.index]
      results[index] = reading(result.generation, sample: groups[index].sample)
    }
    return results
  }

  /// The label a call answered (nil when refused) and what it cost.
  func reading(_ generation: Generation, sample: [SampledArgument]) -> (label: String?, usage: Usage) {
    let text = (try? JSONDecoder().decode(String.self, from: Data(generation.text.utf8))) ?? ""
    return (accepted(text, sample: sample), generation.usage)
  }

  /// The model's label, or nil when it does not name these arguments: empty, longer than six
  /// words, an exclamation or a question (a short answer copied), an example's label, a word
  /// repeated, a word found in none of the arguments (the small model sometimes answers in
  /// English or invents a word), or a word that begins like one of the arguments' but is neither
  /// theirs nor in the dictionary (« Neutreité » for « neutralité »). An accepted label takes the
  /// arguments' accents and French elisions (`LabelSpelling`).
  func accepted(_ answer: String, sample: [SampledArgument]) -> String? {
    let label = LanguageModelSynthesiser.cleaned(answer).trimmingCharacters(
      in: CharacterSet(charactersIn: " .,;:"))
    let words = Self.contentWords(label)
    guard !label.isEmpty, label.split(separator: " ").count <= 6, !words.isEmpty,
      !label.contains(where: { "!?".contains($0) })
    else { return nil }
    guard !examples.contains(where: { FrenchText.fold($0.label) == FrenchText.fold(label) }) else {
      return nil
    }
    guard Set(words.map { $0.prefix(5) }).count == words.count else { return nil }
    let vocabulary = Set(sample.flatMap { Self.words(of: $0.text) }.map { String($0.prefix(5)) })
    guard words.allSatisfy({ vocabulary.contains(String($0.prefix(5))) }) else { return nil }
    let argumentWords = Set(sample.flatMap { Self.words(of: $0.text) })
    guard words.allSatisfy({ argumentWords.contains($0) || dictionary($0) != false }) else { return nil }
    let spelled = LabelSpelling.respelled(label, from: sample.map(\.text))
    return spelled.prefix(1).uppercased() + spelled.dropFirst()
  }

  static func words(of text: String) -> [String] {
    FrenchText.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// Words of four letters or more that are not stop words.
  static func contentWords(_ text: String) -> [String] {
    words(of: text).filter { $0.count >= 4 && !FrenchStopWords.words.contains($0) }
  }

  static func jsonString(_ text: String) -> String {
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
