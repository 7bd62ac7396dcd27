import Crypto
import Foundation
import ObservatoireCore
import TestSupport
import Testing

@testable import Analysis

/// Each component's identity (name, algorithm version, parameters) is part of its stage's cache
/// key. This test holds, for each identity, a fingerprint of the component's output on fixed real
/// inputs (Tests/AnalysisTests/Golden/component-outputs.json): when the code changes what a
/// component computes but its version was not raised, projects analysed before would silently
/// reuse stale results — the test fails and says which version to raise. With a new version, the
/// test fails too until its fingerprint is recorded (`OBSERVATOIRE_RECORD_GOLDEN=1`).
@Suite struct ComponentVersionTests {
  static let goldenFile = Fixtures.repositoryRoot.appendingPathComponent(
    "Tests/AnalysisTests/Golden/component-outputs.json")
  static let recording = ProcessInfo.processInfo.environment["OBSERVATOIRE_RECORD_GOLDEN"] != nil

  /// 300 real République numérique arguments (at most 30 per section, in file order).
  static func realAnswers() throws -> [String] {
    let rows = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl")
    var perSection: [String: Int] = [:]
    var texts: [String] = []
    for row in rows {
      guard let text = row["text"] as? String, let section = row["section"] as? String else { continue }
      if perSection[section, default: 0] < 30 {
        perSection[section, default: 0] += 1
        texts.append(text)
      }
      if texts.count == 300 { break }
    }
    return texts
  }

  /// Seeded vectors in six directions with noise: the same on every machine of one architecture.
  static func syntheticVectors() throws -> EmbeddingMatrix {
    var generator = SeededGenerator(seed: 7)
    let dimension = 24
    let centres = (0..<6).map { _ in (0..<dimension).map { _ in Float.random(in: -1...1, using: &generator) }
    }
    var storage: [Float] = []
    for index in 0..<240 {
      let centre = centres[index % 6]
      storage += centre.map { $0 + Float.random(in: -0.45...0.45, using: &generator) }
    }
    return try EmbeddingMatrix(normalising: storage, dimension: dimension)
  }

  static func fingerprint<Value: Encodable>(_ value: Value) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let digest = SHA256.hash(data: try encoder.encode(value))
    return digest.map { String(format: "%02x", $0) }.joined().prefix(16).description
  }

  /// Every component and its fingerprint now.
  static func current() async throws -> [String: String] {
    let answers = try realAnswers()
    #expect(answers.count == 300)
    var result: [String: String] = [:]

    let rules = RuleBasedArgumentExtractor()
    let inputs = answers.enumerated().map {
      AnswerText(responseID: ResponseID("r\($0.offset)"), text: $0.element)
    }
    var outcomes: [ExtractionOutcome?] = Array(repeating: nil, count: inputs.count)
    for try await indexed in rules.outcomes(for: inputs, context: ConsultationContext(question: "Q")) {
      outcomes[indexed.index] = indexed.outcome
    }
    result["extraction:" + rules.identity] = try fingerprint(outcomes)

    // The segments the model is shown: part of the segment-pointing extractor's identity
    // (« segments-vN »), whatever the model.
    let segments = answers.map { SegmentPointingExtractor.segments(of: $0) }
    result["segments:" + SegmentPointingExtractor.segmentationVersion] = try fingerprint(segments)

    let synthesiser = RuleBasedSynthesiser()
    let requests = stride(from: 0, to: 60, by: 6).map { start in
      ThemeRequest(
        sample: (start..<start + 6).map { SampledArgument(id: "a\($0)", text: answers[$0]) },
        distinctiveLabel: "Libellé \(start)")
    }
    var writings: [ThemeWriting?] = Array(repeating: nil, count: requests.count)
    for try await indexed in synthesiser.writeThemes(requests, context: ConsultationContext(question: "Q")) {
      writings[indexed.index] = indexed.writing
    }
    let digests = (0..<5).map {
      ThemeDigest(
        label: "Thème \($0)", statement: answers[$0], respondents: 40 - $0,
        representativeArguments: ["a\($0)"])
    }
    let global = try await synthesiser.writeGlobal(
      themes: digests, answered: 120, context: ConsultationContext(question: "Q")
    ).0
    result["synthese:" + synthesiser.identity] = try fingerprint([
      try fingerprint(writings), try fingerprint(global),
    ])

    let vectors = try syntheticVectors()
    let graph = GraphThemeClusterer()
    let graphThemes = try await graph.cluster(vectors)
    result["themes:" + graph.identity] = try fingerprint([graphThemes.labels, graphThemes.subLabels])
    let kmeans = KMeansThemeClusterer(themeCount: 6)
    let kmeansThemes = try await kmeans.cluster(vectors)
    result["themes:" + kmeans.identity] = try fingerprint([kmeansThemes.labels, kmeansThemes.subLabels])
    return result
  }

  @Test func aComponentsOutputChangesOnlyWithItsVersion() async throws {
    let now = try await Self.current()
    if Self.recording {
      var golden =
        (try? JSONDecoder().decode(
          [String: String].self, from: Data(contentsOf: Self.goldenFile))) ?? [:]
      golden.merge(now) { _, new in new }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try encoder.encode(golden).write(to: Self.goldenFile)
      return
    }
    let golden = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: Self.goldenFile))
    for (identity, fingerprint) in now.sorted(by: { $0.key < $1.key }) {
      guard let recorded = golden[identity] else {
        Issue.record(
          "\(identity) : version sans empreinte enregistrée — relancez avec OBSERVATOIRE_RECORD_GOLDEN=1 si le changement est voulu."
        )
        continue
      }
      #expect(
        recorded == fingerprint,
        "\(identity) : la sortie a changé sans que la version change — augmentez la version du composant.")
    }
  }

  /// The test can fail: a clusterer whose parameters change gives another identity, and one whose
  /// output changes under the same identity is caught.
  @Test func theCheckSeesAChangedOutputUnderTheSameIdentity() async throws {
    let vectors = try Self.syntheticVectors()
    let six = KMeansThemeClusterer(themeCount: 6)
    let five = KMeansThemeClusterer(themeCount: 5)
    #expect(six.identity != five.identity)
    let a = try await six.cluster(vectors)
    let b = try await five.cluster(vectors)
    #expect(try Self.fingerprint([a.labels, a.subLabels]) != Self.fingerprint([b.labels, b.subLabels]))
  }

  @Test func theKMeansClustererFindsTheSixDirections() async throws {
    let vectors = try Self.syntheticVectors()
    let themes = try await KMeansThemeClusterer(themeCount: 6).cluster(vectors)
    #expect(themes.themeCount == 6)
    // Vectors drawn around the same centre share a theme.
    for index in 6..<240 {
      #expect(themes.labels[index] == themes.labels[index % 6])
    }
    #expect(themes.subLabels.allSatisfy { $0 == nil })
  }
}
