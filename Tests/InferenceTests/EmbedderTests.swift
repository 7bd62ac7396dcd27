import Foundation
import Inference
import TestSupport
import Testing

func e5Embedder() throws -> LlamaEmbedder {
  try LlamaEmbedder(modelPath: Fixtures.model(Fixtures.e5Small).path, threads: 1)
}

func cosine(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

/// Parallel French/English sentences from FLORES-200 (SIB-200), aligned by line.
func sibSentences(_ language: String, count: Int) throws -> [String] {
  let url = Fixtures.sharedData.appendingPathComponent("short_text_benchmarks/sib200/\(language)/test.tsv")
  let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().prefix(count)
  return lines.map { String($0.split(separator: "\t", maxSplits: 2)[2]) }
}

@Suite(.serialized) struct LlamaEmbedderTests {
  @Test func frenchParaphrasesAreCloserThanUnrelatedSentences() async throws {
    let embedder = try e5Embedder()
    #expect(embedder.dimensions == 384)
    let vectors = try await embedder.embed(
      [
        "L'intelligence artificielle aide les professeurs à préparer leurs cours.",
        "Grâce à l'IA, les enseignants préparent plus facilement leurs leçons.",
        "La cantine du collège sert des frites le vendredi.",
        "Les élèves risquent de ne plus réfléchir par eux-mêmes avec ChatGPT.",
        "Avec les chatbots, les jeunes pourraient perdre l'habitude de penser seuls.",
      ], role: .passage)
    #expect(vectors.count == 5)
    for vector in vectors {
      #expect(abs(cosine(vector, vector) - 1) < 1e-4, "vectors are L2-normalised")
    }
    #expect(cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]) + 0.05)
    #expect(cosine(vectors[3], vectors[4]) > cosine(vectors[3], vectors[2]) + 0.05)
    #expect(cosine(vectors[3], vectors[4]) > cosine(vectors[3], vectors[0]))
  }

  @Test func translationsAreNearestNeighboursOnRealSentences() async throws {
    let embedder = try e5Embedder()
    let french = try sibSentences("fra_Latn", count: 20)
    let english = try sibSentences("eng_Latn", count: 20)
    let frenchVectors = try await embedder.embed(french, role: .query)
    let englishVectors = try await embedder.embed(english, role: .query)
    var matched = 0
    for (index, vector) in frenchVectors.enumerated() {
      let best = englishVectors.indices.max {
        cosine(vector, englishVectors[$0]) < cosine(vector, englishVectors[$1])
      }
      if best == index { matched += 1 }
    }
    #expect(matched >= 17, "\(matched) of 20 French sentences found their English translation")
  }

  @Test func batchingDoesNotChangeTheVectors() async throws {
    let embedder = try e5Embedder()
    let texts = try (0..<5).map { try realArgument(at: $0) }
    let together = try await embedder.embed(texts, role: .passage)
    let alone = try await embedder.embed([texts[2]], role: .passage)
    #expect(cosine(together[2], alone[0]) > 0.999)
    #expect(cosine(together[2], together[3]) < 0.99)
    let usage = await embedder.usage
    #expect(usage.calls == 2)
    #expect(usage.promptTokens > 6 * 10)
  }

  @Test func textsLongerThanTheModelContextAreTruncatedNotFatal() async throws {
    let embedder = try e5Embedder()
    let long = try (0..<30).map { try realArgument(at: $0) }.joined(separator: " ")
    let vectors = try await embedder.embed([long, "", "court"], role: .passage)
    #expect(vectors.count == 3)
    #expect(vectors.allSatisfy { $0.count == 384 && $0.allSatisfy(\.isFinite) })
  }

  @Test func aGenerativeModelIsNotAnEmbedder() throws {
    #expect(throws: InferenceError.self) {
      try LlamaEmbedder(modelPath: Fixtures.model(Fixtures.smolLM2).path, threads: 1)
    }
  }
}
