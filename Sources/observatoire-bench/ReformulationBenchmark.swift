// Does a reformulation say what its segments say? Real answers that the product sends to the
// model (Lille Grand Débat comments, République numérique arguments, the bundled example) are
// extracted as `analyse` extracts them; every idea the model wrote in other words than its
// segments is scored as the pipeline's faithfulness guard scores it (cosine of e5 embeddings,
// idea against the segments' words) and written out, one JSON line per pair, to be read and
// labelled by hand (supported / not) — the calibration of `defaultReformulationThreshold`.
import Analysis
import Foundation
import Inference
import ObservatoireApp
import ObservatoireCore

enum ReformulationBenchmark {
  static func run(perSource: Int, data: String, repository: URL, threads: Int, output: String) async throws {
    var answers: [(source: String, text: String)] = []
    func jsonl(_ path: String) throws -> [String] {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap {
        (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
      }
    }
    // The answers `analyse` sends to the model: not a non-answer, not one short segment.
    func sent(_ text: String) -> Bool {
      guard !AnswerTriage.isNonAnswer(text) else { return false }
      let segments = FrenchClauseSegmenter.spans(in: text).count
      return segments > 1
        || ShortAnswerBenchmark.words(text) > SegmentPointingExtractor.defaultShortAnswerWords
    }
    func take(_ texts: [String], source: String) {
      var seen = Set<String>()
      for text in texts where sent(text) && seen.insert(text).inserted {
        guard seen.count <= perSource else { break }
        answers.append((source, text))
      }
    }
    take(try jsonl(data + "/decidim_mel_granddebat_fr/debate_comments.jsonl"), source: "lille")
    take(try jsonl(data + "/republique_numerique_fr/arguments.jsonl"), source: "rn")
    take(
      try ExampleAnswers.read(repository.appendingPathComponent("examples/enseignants-ia.csv")),
      source: "exemple")

    let models = repository.appendingPathComponent("models")
    let model = try LlamaGenerator(
      modelPath: ProcessInfo.processInfo.environment["OBS_BENCH_GENERATOR"]
        ?? models.appendingPathComponent(ModelSettings.defaultGeneratorFile).path,
      configuration: LlamaConfiguration(threads: threads))
    let extractor = SegmentPointingExtractor(
      generator: model, prompt: try PromptLibrary.load(PromptLibrary.argumentExtraction))
    let context = ConsultationContext(question: "Que pensez-vous de cette proposition ?")
    let start = ContinuousClock.now
    var pairs: [(answer: Int, idea: String, segments: String)] = []
    var sentToModel = 0
    var ideas = 0
    var repointed = 0
    var completed = 0
    let stream = extractor.outcomes(
      for: answers.enumerated().map {
        AnswerText(responseID: ResponseID("r\($0.offset)"), text: $0.element.text)
      },
      context: context)
    for try await result in stream where result.outcome.route == .model {
      sentToModel += 1
      repointed += result.outcome.repointedCopies
      completed += result.outcome.completedCopies
      let text = answers[result.index].text
      for argument in result.outcome.arguments {
        ideas += 1
        guard let segments = argument.quote.slice(of: text), segments != argument.text else { continue }
        pairs.append((result.index, argument.text, segments))
      }
    }
    let extraction = ContinuousClock.now - start

    let embedder = try LlamaEmbedder(
      modelPath: models.appendingPathComponent(ModelSettings.defaultEmbedderFile).path, threads: threads)
    let vectors = try await embedder.embed(pairs.flatMap { [$0.idea, $0.segments] }, role: .query)
    var lines: [String] = []
    var below = 0
    for (offset, pair) in pairs.enumerated() {
      var idea = vectors[2 * offset]
      var segments = vectors[2 * offset + 1]
      _ = VectorMath.normalise(&idea)
      _ = VectorMath.normalise(&segments)
      let cosine = zip(idea, segments).reduce(Float(0)) { $0 + $1.0 * $1.1 }
      if cosine < AnalysisPipeline.defaultReformulationThreshold { below += 1 }
      let record: [String: Any] = [
        "pair": offset + 1, "source": answers[pair.answer].source, "answer": pair.answer,
        "cosine": (Double(cosine) * 1000).rounded() / 1000, "idea": pair.idea, "segments": pair.segments,
        "text": answers[pair.answer].text,
      ]
      let json = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
      lines.append(String(decoding: json, as: UTF8.self))
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
    let load =
      (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
      .joined(separator: " ") ?? "?"
    print(
      "answers: \(answers.count) (lille \(answers.filter { $0.source == "lille" }.count), "
        + "rn \(answers.filter { $0.source == "rn" }.count), exemple \(answers.filter { $0.source == "exemple" }.count)); "
        + "sent to the model and kept: \(sentToModel); ideas: \(ideas); written in other words than their segments: "
        + "\(pairs.count); below \(AnalysisPipeline.defaultReformulationThreshold): \(below); copies moved onto the "
        + "segments they copy: \(repointed); cut or garbled copies completed: \(completed); "
        + "extraction \(Int(extraction.components.seconds)) s, \(threads) threads, load \(load); pairs in \(output)"
    )
  }
}
