// How short must a one-segment answer be to skip the extraction call? Real one-segment answers
// (Lille Grand Débat comments, République numérique arguments, the bundled example) are all sent
// to the model (`shortAnswerWords: 0`), and what it returns is compared, by length, with what the
// no-call path keeps: the segment itself as one argument.
import Analysis
import Foundation
import Inference
import Ingest
import ObservatoireApp
import ObservatoireCore

enum ShortAnswerBenchmark {
  struct Bucket {
    var name: String
    var words: ClosedRange<Int>
    var answers = 0
    var oneArgument = 0
    var severalArguments = 0
    var nothing = 0
    var generated = 0
    var seconds = 0.0
  }

  static func run(perSource: Int, data: String, repository: URL, threads: Int) async throws {
    var answers: [(source: String, text: String)] = []
    func oneSegment(_ text: String) -> Bool {
      !AnswerTriage.isNonAnswer(text) && FrenchClauseSegmenter.spans(in: text).count == 1
    }
    func jsonl(_ path: String) throws -> [String] {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap {
        (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
      }
    }
    // Spread over lengths: the first one-segment answers of each length band, in file order.
    func take(_ texts: [String], source: String) {
      var perBand: [Int: Int] = [:]
      for text in texts where oneSegment(text) {
        let band = bucketIndex(words(text))
        guard perBand[band, default: 0] < perSource / 4 else { continue }
        perBand[band, default: 0] += 1
        answers.append((source, text))
      }
    }
    take(try jsonl(data + "/decidim_mel_granddebat_fr/debate_comments.jsonl"), source: "lille")
    take(try jsonl(data + "/republique_numerique_fr/arguments.jsonl"), source: "rn")
    take(
      try ExampleAnswers.read(repository.appendingPathComponent("examples/enseignants-ia.csv")),
      source: "exemple")

    let model = try LlamaGenerator(
      modelPath: repository.appendingPathComponent("models/\(ModelSettings.defaultGeneratorFile)").path,
      configuration: LlamaConfiguration(threads: threads))
    let extractor = SegmentPointingExtractor(
      generator: model, prompt: try PromptLibrary.load(PromptLibrary.argumentExtraction), shortAnswerWords: 0)
    let context = ConsultationContext(question: "Que pensez-vous de cette proposition ?")
    var buckets = bands.map { Bucket(name: $0.name, words: $0.words) }
    let start = ContinuousClock.now
    let stream = extractor.outcomes(
      for: answers.enumerated().map {
        AnswerText(responseID: ResponseID("r\($0.offset)"), text: $0.element.text)
      },
      context: context)
    for try await result in stream {
      let text = answers[result.index].text
      let index = bucketIndex(words(text))
      let outcome = result.outcome
      buckets[index].answers += 1
      buckets[index].generated += outcome.usage.generatedTokens
      buckets[index].seconds += outcome.usage.seconds
      if outcome.usedRuleFallback || outcome.arguments.isEmpty {
        buckets[index].nothing += 1
      } else if outcome.arguments.count == 1 {
        buckets[index].oneArgument += 1
      } else {
        buckets[index].severalArguments += 1
      }
    }
    let load =
      (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
      .joined(separator: " ") ?? "?"
    print(
      "one-segment answers sent to the model: \(answers.count) (lille \(answers.filter { $0.source == "lille" }.count), "
        + "rn \(answers.filter { $0.source == "rn" }.count), exemple \(answers.filter { $0.source == "exemple" }.count)), "
        + "\(threads) threads, \(Int((ContinuousClock.now - start).components.seconds)) s, load \(load)")
    print("words | answers | one argument | several | nothing (rules) | generated tokens per answer")
    for bucket in buckets where bucket.answers > 0 {
      let share = { (count: Int) in
        "\(count) (\(Int((Double(count) / Double(bucket.answers) * 100).rounded())) %)"
      }
      print(
        "\(bucket.name) | \(bucket.answers) | \(share(bucket.oneArgument)) | \(share(bucket.severalArguments)) | "
          + "\(share(bucket.nothing)) | "
          + "\(bucket.generated / bucket.answers)")
    }
  }

  static let bands: [(name: String, words: ClosedRange<Int>)] = [
    ("1–10", 1...10), ("11–25", 11...25), ("26–40", 26...40), ("41+", 41...Int.max),
  ]

  static func bucketIndex(_ count: Int) -> Int { bands.firstIndex { $0.words.contains(count) } ?? 0 }

  static func words(_ text: String) -> Int { text.split { $0.isWhitespace }.count }
}

/// The bundled example's free-text question (« Que pensez-vous… »), read with the product's reader.
enum ExampleAnswers {
  static func read(_ url: URL) throws -> [String] {
    let reader = DelimitedReader(url: url)
    var column: Int? = nil
    var answers: [String] = []
    try reader.forEachRecord(format: try reader.detectFormat()) { fields, _ in
      guard let column else {
        column = fields.firstIndex { $0.contains("Que pensez-vous") }
        return
      }
      if fields.indices.contains(column) { answers.append(fields[column]) }
    }
    return answers
  }
}
