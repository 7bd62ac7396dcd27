import Analysis
import Foundation
import Inference
import Ingest
import ObservatoireCore
import Observatory
import Privacy
import TestSupport
import Testing

/// Two « waves » built from real answers (docs/observatoire.md, « Vagues sur données réelles »):
/// République numérique 2015 arguments and Lille Grand Débat 2019 comments, disjoint samples.
///
/// | topic | source | wave A | wave B |
/// |---|---|---|---|
/// | neutralité | RN « Neutralité de l'internet » | 40 | 40 others |
/// | démocratie | Lille « Démocratie et citoyenneté » | 40 | 40 others |
/// | impôts | Lille « Impôts, dépenses, action publique » | 40 | – |
/// | accessibilité | RN « Accessibilité des personnes handicapées aux sites internet publics » | – | 40 |
enum RealWaves {
  typealias Row = (id: String, topic: String, text: String)

  static func take(
    _ records: [[String: Any]], field: String, value: String, skip: Int, count: Int, prefix: String
  )
    -> [(String, String)]
  {
    records.filter { ($0[field] as? String) == value }
      .filter { record in
        let text = record["text"] as? String ?? ""
        return text.count >= 40 && text.count <= 600 && ((record["depth"] as? Int) ?? 0) == 0
      }
      .dropFirst(skip).prefix(count)
      .map { ("\(prefix)\($0["id"] as? Int ?? 0)", $0["text"] as? String ?? "") }
  }

  static func rows() throws -> (a: [Row], b: [Row]) {
    let rn = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl")
    let lille = try Fixtures.jsonLines("decidim_mel_granddebat_fr/debate_comments.jsonl")
    func tagged(_ pairs: [(String, String)], _ topic: String) -> [Row] { pairs.map { ($0.0, topic, $0.1) } }
    let neutrality = "Section 1 - Neutralité de l’internet"
    let accessibility = "Section 2 - Accessibilité des personnes handicapées aux sites internet publics"
    let a =
      tagged(take(rn, field: "section", value: neutrality, skip: 0, count: 40, prefix: "RN"), "neutralité")
      + tagged(
        take(lille, field: "theme", value: "Démocratie et citoyenneté", skip: 0, count: 40, prefix: "GD"),
        "démocratie")
      + tagged(
        take(
          lille, field: "theme", value: "Impôts, dépenses, action publique", skip: 0, count: 40, prefix: "GD"),
        "impôts")
    let b =
      tagged(take(rn, field: "section", value: neutrality, skip: 40, count: 40, prefix: "RN"), "neutralité")
      + tagged(
        take(lille, field: "theme", value: "Démocratie et citoyenneté", skip: 40, count: 40, prefix: "GD"),
        "démocratie")
      + tagged(
        take(rn, field: "section", value: accessibility, skip: 0, count: 40, prefix: "RN"), "accessibilité")
    return (a, b)
  }

  static func csvField(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func write(_ rows: [Row], to url: URL) throws {
    var csv = "identifiant,avis\n"
    for row in rows { csv += "\(row.id),\(csvField(row.text))\n" }
    try Data(csv.utf8).write(to: url)
  }

  static let mapping = ImportMapping(
    overrides: [
      "identifiant": QuestionOverride(kind: .identifier),
      "avis": QuestionOverride(kind: .freeText, title: "Que proposez-vous ?"),
    ], fileName: "mapping.yaml")

  /// Each top-level theme's majority topic and its share of the theme's arguments.
  static func topics(of analysis: QuestionAnalysis, consultation: Consultation, rows: [Row]) -> [String: (
    String, Double
  )] {
    var topicOf: [ResponseID: String] = [:]
    for (response, row) in zip(consultation.responses, rows) { topicOf[response.id] = row.topic }
    let responseOf = Dictionary(
      analysis.arguments.map { ($0.id, $0.responseID) }, uniquingKeysWith: { a, _ in a })
    var result: [String: (String, Double)] = [:]
    for theme in analysis.themes where theme.parentID == nil && !theme.isOther {
      var votes: [String: Int] = [:]
      for id in theme.argumentIDs {
        if let response = responseOf[id], let topic = topicOf[response] { votes[topic, default: 0] += 1 }
      }
      guard let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
      result[theme.label] = (best.key, Double(best.value) / Double(theme.argumentIDs.count))
    }
    return result
  }
}

@Suite(.serialized) struct RealDataWaveTests {
  @Test func themesOfATopicInBothWavesContinueAndOthersAreNewOrFading() async throws {
    let (rowsA, rowsB) = try RealWaves.rows()
    #expect(rowsA.count == 120 && rowsB.count == 120)
    #expect(Set(rowsA.map(\.id)).isDisjoint(with: Set(rowsB.map(\.id))), "no answer in both waves")
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try RealWaves.write(rowsA, to: directory.appendingPathComponent("vague-a.csv"))
    try RealWaves.write(rowsB, to: directory.appendingPathComponent("vague-b.csv"))
    let embedder = try AnalysedWave.embedder()
    let a = try await AnalysedWave.make(
      file: directory.appendingPathComponent("vague-a.csv"), mapping: RealWaves.mapping, embedder: embedder)
    let b = try await AnalysedWave.make(
      file: directory.appendingPathComponent("vague-b.csv"), mapping: RealWaves.mapping, embedder: embedder)
    let snapshotA = try await a.snapshot(series: "réel", wave: "A", position: 1, embedder: embedder)
    let snapshotB = try await b.snapshot(series: "réel", wave: "B", position: 2, embedder: embedder)
    let topicsA = RealWaves.topics(of: a.analyses[0], consultation: a.consultation, rows: rowsA)
    let topicsB = RealWaves.topics(of: b.analyses[0], consultation: b.consultation, rows: rowsB)

    // Calibration data: the cosine of every cross-wave pair of themes, by whether their
    // majority topics agree (themes at least 60 % one topic).
    let pooled = WaveComparer.pooledMean(snapshotA.open[0], snapshotB.open[0])
    var raw: [(Bool, Double)] = []
    var same: [Double] = []
    var different: [Double] = []
    // Whether each judged pair is a mutual best match (over all themes of both waves).
    let similarity = snapshotB.open[0].themes.map { y in
      snapshotA.open[0].themes.map { x in WaveComparer.centredCosine(x.centroid, y.centroid, around: pooled) }
    }
    let mutual = Self.mutualBestMatches(similarity)
    var judged: [(sameTopic: Bool, cosine: Double, mutual: Bool)] = []
    for (j, x) in snapshotA.open[0].themes.enumerated() {
      for (i, y) in snapshotB.open[0].themes.enumerated() {
        guard case (let tx, let px)? = topicsA[x.label], case (let ty, let py)? = topicsB[y.label], px >= 0.6,
          py >= 0.6
        else { continue }
        let cosine = WaveComparer.centredCosine(x.centroid, y.centroid, around: pooled)
        raw.append((tx == ty, WaveComparer.cosine(x.centroid, y.centroid)))
        if tx == ty { same.append(cosine) } else { different.append(cosine) }
        judged.append((tx == ty, cosine, mutual[i] == j))
        if mutual[i] == j {
          print(String(format: "MUTUAL %@ [%@] ~ %@ [%@] cos %.3f", x.label, tx, y.label, ty, cosine))
        }
      }
    }
    // Every mutual best match, judged or not (a theme under 60 % one topic is mixed).
    for (i, j) in mutual.sorted(by: { $0.key < $1.key }) {
      let x = snapshotA.open[0].themes[j]
      let y = snapshotB.open[0].themes[i]
      print(
        String(
          format: "MUTUAL-ALL %@ [%@ %.2f] ~ %@ [%@ %.2f] cos %.3f", x.label, topicsA[x.label]?.0 ?? "",
          topicsA[x.label]?.1 ?? 0, y.label, topicsB[y.label]?.0 ?? "", topicsB[y.label]?.1 ?? 0,
          similarity[i][j]))
    }
    func describe(_ values: [Double]) -> String {
      let sorted = values.sorted()
      guard !sorted.isEmpty else { return "none" }
      return String(
        format: "n=%d min=%.3f median=%.3f max=%.3f", sorted.count, sorted[0], sorted[sorted.count / 2],
        sorted[sorted.count - 1])
    }
    print(
      "CALIBRATION raw cosine: same-topic \(describe(raw.filter(\.0).map(\.1))); different-topic \(describe(raw.filter { !$0.0 }.map(\.1)))"
    )
    print(
      "CALIBRATION centred cosine: same-topic pairs \(describe(same)); different-topic pairs \(describe(different))"
    )
    let threshold = WaveComparer.defaultThemeThreshold
    let truePositives = same.filter { $0 >= threshold }.count
    let falsePositives = different.filter { $0 >= threshold }.count
    print(
      "CALIBRATION at \(threshold): \(truePositives)/\(same.count) same-topic pairs above, \(falsePositives)/\(different.count) different-topic pairs above"
    )
    for candidate in stride(from: 0.0, through: 0.9, by: 0.05) {
      let tp = same.filter { $0 >= candidate }.count
      let fp = different.filter { $0 >= candidate }.count
      print(
        String(
          format: "CALIBRATION threshold %.2f: TPR %.2f FPR %.2f", candidate,
          same.isEmpty ? 0 : Double(tp) / Double(same.count),
          different.isEmpty ? 0 : Double(fp) / Double(different.count)))
    }
    #expect(!same.isEmpty && !different.isEmpty)
    #expect(
      Double(falsePositives) / Double(max(1, different.count)) <= 0.05,
      "few different-topic pairs above the threshold")

    // The mutual-best-match rule: a pair continues at or above the threshold, or under it when
    // each theme is the other's closest and the cosine reaches the floor.
    for floor in stride(from: 0.0, through: 0.5, by: 0.05) {
      let accepted = judged.filter { $0.cosine >= threshold || ($0.mutual && $0.cosine >= floor) }
      print(
        String(
          format:
            "CALIBRATION mutual floor %.2f: %d/%d same-topic pairs accepted, %d/%d different-topic pairs accepted",
          floor, accepted.filter(\.sameTopic).count, same.count, accepted.filter { !$0.sameTopic }.count,
          different.count))
    }
    // Argument-level nearest neighbours (slower: every argument embedded again), on demand.
    if ProcessInfo.processInfo.environment["OBSERVATOIRE_MEASURE_NEIGHBOURS"] == "1" {
      try await Self.measureArgumentNeighbours(
        a: a, b: b, topicsA: topicsA, topicsB: topicsB, pooled: pooled, embedder: embedder)
    }
    let comparison = WaveComparer.compare(snapshotA, snapshotB, policy: SmallCellPolicy(minimumCellSize: 5))
    let themes = try #require(comparison.open.first).themes
    for change in themes {
      print(
        "THEME \(change.status.rawValue): \(change.earlierLabel ?? "–") [\(change.earlierLabel.flatMap { topicsA[$0]?.0 } ?? "")] → \(change.laterLabel ?? "–") [\(change.laterLabel.flatMap { topicsB[$0]?.0 } ?? "")] cos \(String(format: "%.3f", change.similarity))"
      )
    }
    // A topic present in both waves is matched…
    let continuingSameTopic = themes.filter { change in
      guard change.status == .continuing, let x = change.earlierLabel, let y = change.laterLabel else {
        return false
      }
      return topicsA[x]?.0 == topicsB[y]?.0 && ["neutralité", "démocratie"].contains(topicsA[x]?.0 ?? "")
    }
    #expect(!continuingSameTopic.isEmpty, "a theme of a topic in both waves continues")
    // …one only in the later wave is new, one only in the earlier wave is fading…
    #expect(themes.contains { $0.status == .new && topicsB[$0.laterLabel ?? ""]?.0 == "accessibilité" })
    #expect(themes.contains { $0.status == .fading && topicsA[$0.earlierLabel ?? ""]?.0 == "impôts" })
    // …and no theme continues one of another topic.
    let wrong = themes.filter { change in
      guard change.status == .continuing, let x = change.earlierLabel, let y = change.laterLabel,
        case (let tx, let px)? = topicsA[x], case (let ty, let py)? = topicsB[y], px >= 0.6, py >= 0.6
      else { return false }
      return tx != ty
    }
    #expect(
      wrong.isEmpty,
      "continuing across topics: \(wrong.map { "\($0.earlierLabel ?? "") → \($0.laterLabel ?? "")" })")
    // Prevalence change: a continuing theme has both shares, its difference and an interval around it.
    for change in continuingSameTopic {
      if let d = change.change.difference, let lower = change.change.lower, let upper = change.change.upper {
        #expect(lower <= d && d <= upper)
      }
    }
  }

  /// For each later theme (row of `similarity`, later × earlier), the earlier theme it is the
  /// mutual best match of: its closest, whose own closest later theme is it.
  static func mutualBestMatches(_ similarity: [[Double]]) -> [Int: Int] {
    var result: [Int: Int] = [:]
    for (i, row) in similarity.enumerated() {
      guard let j = row.indices.max(by: { (row[$0], $1) < (row[$1], $0) }),
        let back = similarity.indices.max(by: { (similarity[$0][j], $1) < (similarity[$1][j], $0) }),
        back == i
      else { continue }
      result[i] = j
    }
    return result
  }

  /// A measurement, not a product rule (snapshots keep centroids, not argument vectors):
  /// argument-level nearest neighbours. For a pair (earlier theme x, later theme y), the share of
  /// y's arguments whose nearest earlier argument (centred cosine) lies in x, averaged with the
  /// share of x's arguments whose nearest later argument lies in y.
  static func measureArgumentNeighbours(
    a: AnalysedWave, b: AnalysedWave, topicsA: [String: (String, Double)],
    topicsB: [String: (String, Double)],
    pooled: [Float], embedder: LlamaEmbedder
  ) async throws {
    func themed(_ wave: AnalysedWave) async throws -> (vectors: [[Float]], theme: [String?], labels: [String])
    {
      let analysis = wave.analyses[0]
      var themeOf: [ArgumentID: String] = [:]
      let top = analysis.themes.filter { $0.parentID == nil && !$0.isOther }
      for theme in top { for id in theme.argumentIDs { themeOf[id] = theme.label } }
      var vectors: [[Float]] = []
      for start in stride(from: 0, to: analysis.arguments.count, by: 32) {
        let slice = Array(analysis.arguments[start..<min(start + 32, analysis.arguments.count)])
        vectors += try await embedder.embed(slice.map(\.text), role: .passage)
      }
      let centred = vectors.map { v in v.indices.map { v[$0] - (pooled.count == v.count ? pooled[$0] : 0) } }
      return (centred, analysis.arguments.map { themeOf[$0.id] }, top.map(\.label))
    }
    let (va, ta, labelsA) = try await themed(a)
    let (vb, tb, labelsB) = try await themed(b)
    /// For each argument of `from`, the theme of its nearest argument in `to`.
    func nearestThemes(_ from: [[Float]], _ to: [[Float]], _ themes: [String?]) -> [String?] {
      from.map { v in
        let best = to.indices.max { WaveComparer.cosine(v, to[$0]) < WaveComparer.cosine(v, to[$1]) }
        return best.flatMap { themes[$0] }
      }
    }
    let nearestInA = nearestThemes(vb, va, ta)
    let nearestInB = nearestThemes(va, vb, tb)
    func share(_ themes: [String?], _ nearest: [String?], of label: String, landingIn other: String) -> Double
    {
      let members = themes.indices.filter { themes[$0] == label }
      guard !members.isEmpty else { return 0 }
      return Double(members.filter { nearest[$0] == other }.count) / Double(members.count)
    }
    var judged: [(x: String, y: String, same: Bool, score: Double)] = []
    var scores: [String: [String: Double]] = [:]
    for x in labelsA {
      for y in labelsB {
        let score =
          (share(tb, nearestInA, of: y, landingIn: x) + share(ta, nearestInB, of: x, landingIn: y)) / 2
        scores[y, default: [:]][x] = score
        guard case (let tx, let px)? = topicsA[x], case (let ty, let py)? = topicsB[y], px >= 0.6, py >= 0.6
        else { continue }
        judged.append((x, y, tx == ty, score))
      }
    }
    for pair in judged.sorted(by: { $0.score > $1.score }).prefix(12) {
      print(
        String(
          format: "NEIGHBOURS %@ pair %@ [%@] ~ %@ [%@] share %.3f", pair.same ? "same" : "different", pair.x,
          topicsA[pair.x]?.0 ?? "", pair.y, topicsB[pair.y]?.0 ?? "", pair.score))
    }
    for floor in stride(from: 0.05, through: 0.6, by: 0.05) {
      let accepted = judged.filter { $0.score >= floor }
      print(
        String(
          format:
            "NEIGHBOURS share %.2f: %d/%d same-topic pairs accepted, %d/%d different-topic pairs accepted",
          floor, accepted.filter(\.same).count, judged.filter(\.same).count,
          accepted.filter { !$0.same }.count,
          judged.filter { !$0.same }.count))
    }
    for y in labelsB {
      guard let (x, score) = scores[y]?.max(by: { $0.value < $1.value }) else { continue }
      print(
        String(
          format: "NEIGHBOURS best %@ [%@] ← %@ [%@] share %.3f", y, topicsB[y]?.0 ?? "", x,
          topicsA[x]?.0 ?? "",
          score))
    }
  }
}
