import Analysis
import Foundation
import Inference
import Ingest
import ObservatoireCore
import Observatory
import Privacy
import Storage
import TestSupport
import Testing

/// A wave built the way the CLI builds one: an export imported into a fresh project, then the
/// rule-based pipeline (`--no-llm`) with the real e5 embedder.
struct AnalysedWave {
  var consultation: Consultation
  var analyses: [QuestionAnalysis]

  static func embedder() throws -> LlamaEmbedder {
    try LlamaEmbedder(modelPath: Fixtures.model(Fixtures.e5Small).path, threads: 2)
  }

  static func make(file: URL, mapping: ImportMapping, embedder: LlamaEmbedder) async throws -> AnalysedWave {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (consultation, _) = try ConsultationImporter(mapping: mapping).importFile(at: file)
    let database = try ProjectDatabase(path: directory.appendingPathComponent("vague.observatoire").path)
    try database.saveConsultation(consultation, privacy: PrivacySummary(maskedCounts: [:]))
    var analyses: [QuestionAnalysis] = []
    for question in consultation.freeTextQuestions {
      let pipeline = AnalysisPipeline(
        extractor: RuleBasedArgumentExtractor(), embedder: embedder, synthesiser: RuleBasedSynthesiser())
      analyses.append(try await pipeline.run(question: question.id, in: database).analysis)
    }
    return AnalysedWave(consultation: consultation, analyses: analyses)
  }

  func snapshot(series: String, wave: String, position: Int, embedder: LlamaEmbedder) async throws
    -> WaveSnapshot
  {
    try await WaveSnapshot.make(
      series: series, wave: wave, position: position, consultation: consultation, analyses: analyses,
      embedder: embedder)
  }
}

@Suite(.serialized) struct WaveTests {
  static let exampleMapping = ImportMapping(
    overrides: [
      "id": QuestionOverride(kind: .identifier),
      "DEGRE": QuestionOverride(title: "Degré", isSegment: true),
      "ACAD": QuestionOverride(title: "Académie", isSegment: true),
    ], fileName: "enseignants.mapping.yaml")

  @Test func questionsMatchByCodeThenWordingThenFile() {
    let earlier: [(code: String, title: String)] = [
      ("Q1", "Utilisez-vous l'IA pour préparer vos cours ?"), ("Q3", "Quels usages de l'IA observez-vous ?"),
    ]
    let later: [(code: String, title: String)] = [
      ("Q1", "Utilisez-vous l'IA pour préparer vos cours ?"), ("Q4", "Quels usages de l'IA observez-vous ?"),
    ]
    let matches = QuestionMatcher.match(earlier: earlier, later: later)
    #expect(
      matches.map { [$0.earlierCode, $0.laterCode, $0.method.rawValue] } == [
        ["Q1", "Q1", "code"], ["Q3", "Q4", "libellé"],
      ])
    let refused = QuestionMatcher.match(
      earlier: earlier, later: later, mapping: QuestionMapping(pairs: ["Q4": nil]))
    #expect(refused.map(\.laterCode) == ["Q1"], "the mapping file can say « not the same question »")
    let forced = QuestionMatcher.match(
      earlier: earlier + [("Q9", "Autre chose entièrement")], later: [("Q7", "Sans rapport")],
      mapping: QuestionMapping(pairs: ["Q7": "Q9"]))
    #expect(forced.first?.method == .file)
  }

  @Test func themesFromDifferentEmbeddersAreNotCompared() {
    func wave(_ name: String, model: String) -> WaveSnapshot {
      let theme = ThemeSnapshot(
        label: "Triche", respondents: 40, arguments: 50, centroid: [1, 0], examples: [], validatedBy: nil)
      return WaveSnapshot(
        series: "s", wave: name, position: 1, sourceName: "x", respondents: 100, closed: [],
        open: [
          OpenQuestionSnapshot(
            code: "Q5", title: "Avis", answered: 100, themes: [theme], embeddingModel: model,
            meanVector: [0.5, 0.5],
            argumentCount: 50)
        ])
    }
    let policy = SmallCellPolicy(minimumCellSize: 5)
    let same = WaveComparer.compare(wave("A", model: "e5"), wave("B", model: "e5"), policy: policy)
    #expect(same.open.first?.themes.map(\.status) == [.continuing])
    #expect(same.warnings.isEmpty)
    let different = WaveComparer.compare(wave("A", model: "e5"), wave("B", model: "bge"), policy: policy)
    #expect(different.open.isEmpty)
    #expect(different.warnings.first?.contains("deux modèles de plongements différents") == true)
  }

  @Test func changeIntervalsAndTestsMatchHandComputedValues() {
    let policy = SmallCellPolicy(minimumCellSize: 5)
    let comparison = WaveComparer.compareClosed(
      code: "Q1", title: "t", segment: nil, options: ["Oui", "Non"], exclusive: true,
      earlier: (100, ["Oui": 30, "Non": 70]), later: (100, ["Oui": 45, "Non": 55]), policy: policy)
    let yes = comparison.options[0]
    #expect(abs((yes.change.difference ?? 0) - 0.15) < 1e-9)
    // Two-proportion z test: pooled 0.375, z = 0.15 / sqrt(0.375·0.625·0.02) = 2.191, p = 0.0285.
    #expect(abs((yes.change.pValue ?? 1) - 0.0285) < 0.0005)
    // Newcombe's interval for 45/100 − 30/100: [0.0160, 0.2775].
    #expect(abs((yes.change.lower ?? 0) - 0.0160) < 0.001)
    #expect(abs((yes.change.upper ?? 0) - 0.2775) < 0.001)
    #expect(abs((comparison.pValue ?? 1) - 0.0285) < 0.0005, "2×2 chi-square equals the z test")
    let small = WaveComparer.compareClosed(
      code: "Q1", title: "t", segment: "Académie = Reims", options: ["Oui", "Non"], exclusive: true,
      earlier: (6, ["Oui": 2, "Non": 4]), later: (8, ["Oui": 6, "Non": 2]), policy: policy)
    #expect(
      small.options.allSatisfy { $0.earlier.count == nil }, "2 < k masked, and 4 with it (the line adds up)")
    #expect(small.options.allSatisfy { $0.change.difference == nil })
  }

  /// The bundled two-wave series, end to end: import, rule-based analysis with the real embedder,
  /// snapshots stored in a project, comparison.
  @Test func exampleSeriesComparesClosedQuestionsAndThemes() async throws {
    let embedder = try AnalysedWave.embedder()
    let first = try await AnalysedWave.make(
      file: Examples.wave2025, mapping: Self.exampleMapping, embedder: embedder)
    let second = try await AnalysedWave.make(
      file: Examples.wave2026, mapping: Self.exampleMapping, embedder: embedder)
    let archive = ObservatoryArchive(database: try ProjectDatabase.inMemory())
    try archive.saveWave(
      try await first.snapshot(series: "enseignants", wave: "2025", position: 1, embedder: embedder))
    try archive.saveWave(
      try await second.snapshot(series: "enseignants", wave: "2026", position: 2, embedder: embedder))
    let waves = try archive.waves(series: "enseignants")
    #expect(waves.map(\.wave) == ["2025", "2026"])
    let comparison = WaveComparer.compare(waves[0], waves[1], policy: SmallCellPolicy(minimumCellSize: 5))
    let pairs = Set(comparison.matches.map { "\($0.earlierCode)>\($0.laterCode):\($0.method.rawValue)" })
    #expect(pairs.isSuperset(of: ["Q1>Q1:code", "Q2>Q2:code", "Q3>Q4:libellé"]), "\(pairs)")
    // Q1: « Oui, régulièrement » was drawn at 30 % then 45 %: a change the test detects.
    let q1 = try #require(comparison.closed.first { $0.code == "Q1" && $0.segment == nil })
    let regular = try #require(q1.options.first { $0.option == "Oui, régulièrement" })
    #expect((regular.change.difference ?? 0) > 0.05)
    #expect((regular.change.pValue ?? 1) < 0.05)
    #expect(comparison.closed.contains { $0.code == "Q1" && $0.segment == "Académie = Lille" }, "by segment")
    for question in comparison.closed {
      for option in question.options {
        for count in [option.earlier.count, option.later.count] {
          if let count { #expect(count == 0 || count >= 5) }
        }
      }
    }
    // Free text: triche is in both waves, « interdiction » only in 2025, « autoformation » only in 2026.
    let open = try #require(comparison.open.first)
    func quotes(_ change: ThemeChange, earlier: Bool) -> String {
      let label = earlier ? change.earlierLabel : change.laterLabel
      let wave = earlier ? waves[0] : waves[1]
      let theme = wave.open[0].themes.first { $0.label == label }
      return ((theme?.examples ?? []) + [label ?? ""]).joined(separator: " ").lowercased()
    }
    let summary = open.themes.map {
      "\($0.status.rawValue): \($0.earlierLabel ?? "–") → \($0.laterLabel ?? "–") \($0.similarity)"
    }
    #expect(open.themes.contains { $0.status == .continuing }, "\(summary)")
    #expect(
      open.themes.contains { $0.status == .new && quotes($0, earlier: false).contains("formation") },
      "\(summary)")
    #expect(
      open.themes.contains { $0.status == .fading && quotes($0, earlier: true).contains("interdi") },
      "\(summary)")
    #expect(
      !open.themes.contains {
        $0.status == .continuing && quotes($0, earlier: false).contains("autoformation")
      },
      "a theme of 2026 only does not continue one of 2025: \(summary)")
  }
}
