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

/// Who was asked what: the frame every prompt takes from the project, never a fixed one.
public struct ConsultationContext: Sendable, Hashable {
  /// The question as respondents read it.
  public var question: String
  /// What the consultation is and who answered it (« Enquête auprès des enseignants… »), if known.
  public var description: String?
  public init(question: String, description: String? = nil) {
    self.question = question
    self.description = description
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

/// How an answer was handled.
public enum ExtractionRoute: String, Sendable, Hashable, Codable {
  /// Empty, or a non-answer (« rien », « RAS », « / »): no argument, never sent to a model.
  case nonAnswer
  /// One short segment: the segment is the argument, no model call.
  case shortAnswer
  /// The segments were given to the language model.
  case model
  /// Cut by the clause segmenter (`--no-llm`, `--extraction regles`, or a model that gave nothing usable).
  case rules
}

/// What extraction made of one answer: the cached value of the « arguments » stage.
public struct ExtractionOutcome: Sendable, Hashable, Codable {
  public var arguments: [ExtractedArgument]
  public var route: ExtractionRoute
  /// Arguments the model gave that could not be kept (segment numbers outside the answer), even
  /// after a retry.
  public var droppedArguments: Int
  /// True when the model gave nothing usable and the rule-based segmenter cut the answer instead.
  public var usedRuleFallback: Bool
  /// The model answered an empty list (the rules then cut the answer).
  public var modelSaidNothing: Bool = false
  /// Ideas that copy the answer from other segments than those the model pointed at: their
  /// quote was moved to the segments they copy.
  public var repointedCopies: Int = 0
  /// Ideas that copy the answer but were cut at the schema's length or carry characters the
  /// answer does not have: the answer's own words replaced them, to the end of the segment.
  public var completedCopies: Int = 0
  /// Model calls that had to be made again (unreadable output, segment numbers out of range).
  public var retries: Int
  public var usage: Usage
  public init(
    arguments: [ExtractedArgument], route: ExtractionRoute, droppedArguments: Int = 0,
    usedRuleFallback: Bool = false, retries: Int = 0, usage: Usage = .zero
  ) {
    self.arguments = arguments
    self.route = route
    self.droppedArguments = droppedArguments
    self.usedRuleFallback = usedRuleFallback
    self.retries = retries
    self.usage = usage
  }
}

/// A finished answer of an extraction, by its position among the answers given.
public struct IndexedOutcome: Sendable, Hashable {
  public var index: Int
  public var outcome: ExtractionOutcome
  public init(index: Int, outcome: ExtractionOutcome) {
    self.index = index
    self.outcome = outcome
  }
}

/// The « arguments » stage: answers in, arguments with verbatim spans out.
public protocol ArgumentExtractor: Sendable {
  /// Everything the output depends on besides the answer (model, prompt version, parameters,
  /// algorithm version): part of every cache key of the stage.
  var identity: String { get }
  /// The model behind the extraction, if any (for the provenance).
  var generatorDescription: String? { get }
  /// The method, in French, for the provenance (« règles (sans modèle) »).
  var methodFR: String { get }
  /// Prompt files used, by name, with their versions (for the provenance).
  var promptVersions: [String: String] { get }
  /// Every answer's outcome, yielded as soon as it is ready (in any order).
  func outcomes(for answers: [AnswerText], context: ConsultationContext) -> AsyncThrowingStream<
    IndexedOutcome, any Error
  >
}

extension ArgumentExtractor {
  public var generatorDescription: String? { nil }
  public var promptVersions: [String: String] { [:] }
}

/// Decides, before any model, what an answer needs.
public enum AnswerTriage {
  /// Folded answers that say nothing (« rien », « RAS », « / », « sans avis »…).
  static let nonAnswers: Set<String> = [
    "", "rien", "ras", "r a s", "rien a signaler", "rien a dire", "rien a ajouter", "neant", "non",
    "non merci",
    "aucun", "aucune", "aucun avis", "sans avis", "pas d avis", "pas d opinion", "sans opinion",
    "je ne sais pas", "je sais pas", "ne sais pas", "nsp", "nc", "n c", "na", "n a", "non concerne",
    "non concernee", "pas concerne", "pas concernee", "idem", "pareil", "ok", "x", "xx", "xxx",
    "ne se prononce pas",
    "pas de commentaire", "pas de commentaires", "aucun commentaire", "sans commentaire", "no comment",
    "nothing",
    "none", "test", "?", "-", "--", "/", ".", "...", "…", "0",
  ]

  /// True for an empty answer, punctuation only, or a known non-answer.
  public static func isNonAnswer(_ answer: String) -> Bool {
    let trimmed = answer.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty || !trimmed.contains(where: { $0.isLetter || $0.isNumber }) { return true }
    let words = FrenchText.wordsKey(trimmed)
    return nonAnswers.contains(words)
  }

  /// Words of a segment, counted as the segmenter counts them.
  static func wordCount(_ text: String) -> Int {
    text.split { !$0.isLetter && !$0.isNumber }.count
  }
}

/// `--no-llm` and `--extraction regles`: a deterministic French clause segmenter and a stance lexicon.
public struct RuleBasedArgumentExtractor: ArgumentExtractor {
  public init() {}
  public var identity: String { "regles-v3" }
  public var methodFR: String { "règles (sans modèle)" }

  public func outcomes(for answers: [AnswerText], context: ConsultationContext) -> AsyncThrowingStream<
    IndexedOutcome, any Error
  > {
    AsyncThrowingStream { continuation in
      for (index, answer) in answers.enumerated() {
        continuation.yield(IndexedOutcome(index: index, outcome: Self.outcome(for: answer.text)))
      }
      continuation.finish()
    }
  }

  static func outcome(for answer: String) -> ExtractionOutcome {
    if AnswerTriage.isNonAnswer(answer) { return ExtractionOutcome(arguments: [], route: .nonAnswer) }
    return ExtractionOutcome(
      arguments: FrenchClauseSegmenter.segment(answer).map {
        ExtractedArgument(text: $0.text, stance: $0.stance, quote: $0.span)
      }, route: .rules)
  }
}

/// The inspectorate's method, made exact and cheap: the answer is cut into numbered segments
/// first (the clause segmenter), and the model returns, for each argument, the numbers of the
/// segments it rests on, its stance and a short reformulation — schema-constrained to the
/// answer's range. The quote is then exact by construction: nothing to copy, nothing to locate.
///
/// Answers that are non-answers, or a single short segment, never reach the model.
public struct SegmentPointingExtractor: ArgumentExtractor {
  public let generator: any TextGenerator
  public let prompt: Prompt
  public let seed: UInt32
  /// A one-segment answer of at most this many words is its own argument (see
  /// docs/benchmarks/pipeline.md for how it was chosen).
  public let shortAnswerWords: Int

  public static let defaultShortAnswerWords = 25
  /// Segments shown to the model; longer answers keep their first ones and the rest are merged
  /// into the last (a bounded prompt for a small context).
  static let maximumSegments = 12
  static let maximumArguments = 6
  static let maximumIdeaLength = 140

  public init(
    generator: any TextGenerator, prompt: Prompt, seed: UInt32 = 42,
    shortAnswerWords: Int = SegmentPointingExtractor.defaultShortAnswerWords
  ) {
    self.generator = generator
    self.prompt = prompt
    self.seed = seed
    self.shortAnswerWords = max(0, shortAnswerWords)
  }

  /// Raised whenever the segments or the reading of the model's output change.
  public static let segmentationVersion = "segments-v3"

  public var identity: String {
    "\(Self.segmentationVersion)|\(generator.modelDescription)|\(prompt.name)@\(prompt.version)|seed=\(seed)|court=\(shortAnswerWords)"
  }
  public var generatorDescription: String? { generator.modelDescription }
  public var methodFR: String { "modèle de langue (segments numérotés)" }
  public var promptVersions: [String: String] { [prompt.name: prompt.version] }

  /// The answer's segments as the model sees them: the clause segmenter's units, at most
  /// `maximumSegments` (the tail merged into the last one so that every word stays covered).
  static func segments(of answer: String) -> [TextSpan] {
    var spans = FrenchClauseSegmenter.spans(in: answer)
    if spans.count > maximumSegments {
      let tail = TextSpan(start: spans[maximumSegments - 1].start, end: spans.last!.end)
      spans = Array(spans.prefix(maximumSegments - 1)) + [tail]
    }
    return spans
  }

  /// The schema of one answer's output: segment numbers can only be those of the answer.
  static func schema(segmentCount: Int) -> String {
    let numbers = (1...max(1, segmentCount)).map(String.init).joined(separator: ",")
    let maximum = min(maximumArguments, max(1, segmentCount + 1))
    return """
      {"type":"object","properties":{"arguments":{"type":"array","maxItems":\(maximum),"items":{"type":"object",\
      "properties":{"segments":{"type":"array","minItems":1,"maxItems":\(max(1, segmentCount)),"items":{"enum":[\(numbers)]}},\
      "idee":{"type":"string","minLength":3,"maxLength":\(maximumIdeaLength)}},\
      "required":["segments","idee"]}}},"required":["arguments"]}
      """
  }

  struct ModelAnswer: Decodable {
    struct Item: Decodable {
      var segments: [Int]
      var idee: String
    }
    var arguments: [Item]
  }

  static let retryNote =
    "Attention : réponds avec le JSON demandé, et ne cite que des numéros de segments présents dans la réponse."

  /// What to do with one answer, decided without a model.
  enum Plan {
    case done(ExtractionOutcome)
    case ask(segments: [TextSpan])
  }

  func plan(_ answer: String) -> Plan {
    if AnswerTriage.isNonAnswer(answer) { return .done(ExtractionOutcome(arguments: [], route: .nonAnswer)) }
    let segments = Self.segments(of: answer)
    if segments.isEmpty { return .done(ExtractionOutcome(arguments: [], route: .nonAnswer)) }
    if segments.count == 1, let text = segments[0].slice(of: answer),
      AnswerTriage.wordCount(text) <= shortAnswerWords
    {
      return .done(
        ExtractionOutcome(
          arguments: [
            ExtractedArgument(text: text, stance: StanceLexicon.stance(of: text), quote: segments[0])
          ], route: .shortAnswer))
    }
    return .ask(segments: segments)
  }

  func request(
    answer: String, segments: [TextSpan], context: ConsultationContext, note: String?
  ) -> GenerationRequest {
    GenerationRequest(
      messages: [
        .system(prompt.rendered(context: context)),
        .user(Self.userMessage(answer, segments: segments, note: note)),
      ],
      options: GenerationOptions(
        maxTokens: 90 * min(Self.maximumArguments, segments.count + 1) + 20, temperature: 0, seed: seed,
        jsonSchema: Self.schema(segmentCount: segments.count)))
  }

  public func outcomes(for answers: [AnswerText], context: ConsultationContext) -> AsyncThrowingStream<
    IndexedOutcome, any Error
  > {
    .producing { yield in try await run(answers, context: context, yield: yield) }
  }

  private func run(
    _ answers: [AnswerText], context: ConsultationContext, yield: (IndexedOutcome) -> Void
  ) async throws {
    var asked: [(index: Int, segments: [TextSpan])] = []
    for (index, answer) in answers.enumerated() {
      switch plan(answer.text) {
      case .done(let outcome): yield(IndexedOutcome(index: index, outcome: outcome))
      case .ask(let segments): asked.append((index, segments))
      }
    }
    guard !asked.isEmpty else { return }
    // First pass: every answer in flight at once; readable outputs are final at once.
    var retry: [(index: Int, segments: [TextSpan], first: Reading)] = []
    let first = generator.generateEach(
      asked.map {
        request(answer: answers[$0.index].text, segments: $0.segments, context: context, note: nil)
      })
    for try await result in first {
      let (index, segments) = asked[result.index]
      let reading = Self.read(result.generation, answer: answers[index].text, segments: segments)
      if reading.needsRetry {
        retry.append((index, segments, reading))
      } else {
        yield(IndexedOutcome(index: index, outcome: reading.outcome(answer: answers[index].text, retries: 0)))
      }
    }
    guard !retry.isEmpty else { return }
    let second = generator.generateEach(
      retry.map {
        request(answer: answers[$0.index].text, segments: $0.segments, context: context, note: Self.retryNote)
      })
    for try await result in second {
      let (index, segments, earlier) = retry[result.index]
      var reading = Self.read(result.generation, answer: answers[index].text, segments: segments)
      if reading.arguments.count < earlier.arguments.count
        || (reading.arguments.count == earlier.arguments.count && reading.dropped > earlier.dropped)
      {
        reading = earlier
      }
      reading.usage = earlier.usage + result.generation.usage
      yield(IndexedOutcome(index: index, outcome: reading.outcome(answer: answers[index].text, retries: 1)))
    }
  }

  struct Reading {
    var arguments: [ExtractedArgument]
    /// Items whose segment numbers were outside the answer.
    var dropped: Int
    /// The output was not the JSON asked for (cut at the length limit, or a server without schemas).
    var invalid: Bool
    /// The model answered with a well-formed empty list.
    var saidNothing: Bool
    var usage: Usage
    var repointed = 0
    var completed = 0

    var needsRetry: Bool { invalid || dropped > 0 }

    func outcome(answer: String, retries: Int) -> ExtractionOutcome {
      // An empty list for an answer of several segments is far more often the small model
      // failing than an answer without idea: the rules keep the respondent (and it is counted).
      if arguments.isEmpty {
        // Nothing usable from the model: keep the respondent counted through the rules.
        var fallback = RuleBasedArgumentExtractor.outcome(for: answer)
        fallback.droppedArguments = dropped
        fallback.usedRuleFallback = true
        fallback.modelSaidNothing = saidNothing
        fallback.retries = retries
        fallback.usage = usage
        return fallback
      }
      var outcome = ExtractionOutcome(
        arguments: arguments, route: .model, droppedArguments: dropped, retries: retries, usage: usage)
      outcome.repointedCopies = repointed
      outcome.completedCopies = completed
      return outcome
    }
  }

  static func read(_ generation: Generation, answer: String, segments: [TextSpan]) -> Reading {
    guard let decoded = try? JSONDecoder().decode(ModelAnswer.self, from: Data(generation.text.utf8)) else {
      return Reading(arguments: [], dropped: 0, invalid: true, saidNothing: false, usage: generation.usage)
    }
    var arguments: [ExtractedArgument] = []
    var dropped = 0
    var repointed = 0
    var completed = 0
    let answerScalars = Array(answer.unicodeScalars)
    let answerWords = FrenchText.tokens(answerScalars)
    for item in decoded.arguments {
      let numbers = Set(item.segments).sorted()
      var text = item.idee.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard let low = numbers.first, let high = numbers.last, low >= 1, high <= segments.count,
        text.count >= 3
      else {
        dropped += 1
        continue
      }
      var span = TextSpan(start: segments[low - 1].start, end: segments[high - 1].end)
      // The small models mostly copy a sentence rather than reformulate it (docs/benchmarks/
      // pipeline.md): a copy rests on the segments it copies, whatever numbers came with it.
      if let copy = copiedPassage(text, answerWords: answerWords, segments: segments) {
        let copied = TextSpan(
          start: segments[copy.segments.lowerBound].start, end: segments[copy.segments.upperBound].end)
        if copied != span {
          span = copied
          repointed += 1
        }
        if isCut(text) || hasForeignCharacters(text, answer: answer) {
          let words = TextSpan(start: copy.start, end: span.end).slice(of: answer) ?? text
          text = words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          completed += 1
        }
      }
      guard !arguments.contains(where: { $0.quote == span && $0.text == text }) else { continue }
      // The stance is read from the answer's own words: the small default model marks nearly
      // every idea « nuancé » (docs/benchmarks/pipeline.md), the lexicon decides better, and the
      // model then writes fewer tokens.
      let stance = StanceLexicon.stance(of: span.slice(of: answer) ?? text)
      arguments.append(ExtractedArgument(text: text, stance: stance, quote: span))
    }
    return Reading(
      arguments: arguments, dropped: dropped, invalid: false, saidNothing: decoded.arguments.isEmpty,
      usage: generation.usage, repointed: repointed, completed: completed)
  }

  /// Where an idea copies its answer: the segments holding the copied words and the scalar
  /// offset of the first one. A copy is an idea of which 60 % of the words or more lie in runs of
  /// five words found in the answer (all of them, in order, for an idea under five words) — the
  /// « quoted » measure of the syntheses.
  static func copiedPassage(
    _ idea: String, answerWords: [FrenchText.Token], segments: [TextSpan]
  ) -> (segments: ClosedRange<Int>, start: Int)? {
    let ideaKeys = FrenchText.tokens(Array(idea.unicodeScalars)).map(\.key)
    guard !ideaKeys.isEmpty, !answerWords.isEmpty else { return nil }
    let run = min(5, ideaKeys.count)
    guard answerWords.count >= run else { return nil }
    var firstAt: [ArraySlice<String>: Int] = [:]
    let answerKeys = answerWords.map(\.key)
    for start in 0...(answerKeys.count - run) where firstAt[answerKeys[start..<start + run]] == nil {
      firstAt[answerKeys[start..<start + run]] = start
    }
    var covered = [Bool](repeating: false, count: ideaKeys.count)
    var matched: [Int] = []
    for start in 0...(ideaKeys.count - run) {
      guard let at = firstAt[ideaKeys[start..<start + run]] else { continue }
      for offset in 0..<run { covered[start + offset] = true }
      matched.append(contentsOf: at..<at + run)
    }
    guard covered.count(where: { $0 }) * 5 >= ideaKeys.count * 3, let first = matched.min(),
      let last = matched.max()
    else { return nil }
    func segment(of word: Int) -> Int? {
      segments.firstIndex { $0.start <= answerWords[word].start && answerWords[word].start < $0.end }
    }
    guard let from = segment(of: first), let to = segment(of: last) else { return nil }
    return (from...to, answerWords[first].start)
  }

  /// An idea that fills the schema's `maxLength` was cut there, mid-sentence or mid-word.
  static func isCut(_ idea: String) -> Bool { idea.count >= maximumIdeaLength - 2 }

  /// Letters or marks of the idea that the answer does not have: what a small model emits when
  /// it runs out of a word (« re价值 », « doiv́ »).
  static func hasForeignCharacters(_ idea: String, answer: String) -> Bool {
    let known = Set(answer.unicodeScalars)
    return idea.unicodeScalars.contains { scalar in
      guard !known.contains(scalar) else { return false }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return true
      case .otherLetter: return true
      default: return scalar.value >= 0x0250 && scalar.properties.isAlphabetic
      }
    }
  }

  /// The answer as numbered segments inside delimiters; delimiters inside it are neutralised so
  /// it cannot close the block.
  static func userMessage(_ answer: String, segments: [TextSpan], note: String?) -> String {
    let lines = segments.enumerated().map { number, span in
      "[\(number + 1)] " + neutralised(span.slice(of: answer) ?? "")
    }
    var message = "<réponse>\n" + lines.joined(separator: "\n") + "\n</réponse>"
    if let note { message += "\n\n\(note)" }
    return message
  }

  static func neutralised(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
      .replacingOccurrences(of: "<", with: "‹")
      .replacingOccurrences(of: ">", with: "›")
  }
}
