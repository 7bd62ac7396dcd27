// The « Themes » clustering measured in release from the package itself (no copied sources):
// quality on labelled data, scale to 1M vectors, approximate-neighbour recall, the theme limit
// against algorithm version 1 (`VersionOneClusterer`, kept here only). Formerly
// scripts/bench/ClusterBench, which compiled symbolic links to the sources.
import Analysis
import Foundation

enum ClusterBenchmark {
  static let clock = ContinuousClock()

  // Usage:
  //   cluster-bench quality [EMB_DIR] [resolution] [neighbours] [minimumThemeSize|auto]
  //   cluster-bench sweep [EMB_DIR]
  //   cluster-bench scale N [EMB_DIR]
  //   cluster-bench recall N [EMB_DIR]
  //   cluster-bench units [UNITS_DIR] [NAME…]
  // EMB_DIR holds the dumps of scripts/bench/embed_dataset.py (default /tmp/obs-emb).

  struct Dataset {
    var name: String
    var vectors: EmbeddingMatrix
    var labels: [String]
    /// A finer labelling nested in `labels` where there is one (proposals, questions), to score sub-themes.
    var fineLabels: [String]? = nil
    var coarseLabels: [String]? = nil
  }

  static let sharedData =
    ProcessInfo.processInfo.environment["OBSERVATOIRE_SHARED_DATA"] ?? "/work/shared/data"

  static func jsonLines(_ path: String) throws -> [[String: Any]] {
    let text = try String(contentsOfFile: "\(sharedData)/\(path)", encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  static func loadMatrix(_ directory: String, _ name: String) throws -> EmbeddingMatrix {
    let meta =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name).json")))
      as! [String: Any]
    let dimension = meta["dimension"] as! Int
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name).f32"))
    let floats = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
    return try EmbeddingMatrix(normalising: floats, dimension: dimension)
  }

  static func string(_ value: Any?) -> String { value.map { "\($0)" } ?? "" }

  /// The full sets and the single-question-sized subsets (100–700 items) also used by bertopic_baseline.py.
  static func datasets(_ directory: String) throws -> [Dataset] {
    let republique = try loadMatrix(directory, "republique_numerique_arguments")
    let lille = try loadMatrix(directory, "lille_comments")
    let republiqueRows = try jsonLines("republique_numerique_fr/arguments.jsonl")
    let lilleRows = try jsonLines("decidim_mel_granddebat_fr/debate_comments.jsonl")
    var result = [
      Dataset(
        name: "République numérique (sections)", vectors: republique,
        labels: republiqueRows.map { string($0["section"]) },
        fineLabels: republiqueRows.map { string($0["proposal_id"]) }),
      Dataset(
        name: "Lille Grand Débat (questions)", vectors: lille,
        labels: lilleRows.map { string($0["question_id"]) },
        coarseLabels: lilleRows.map { string($0["theme"]) }
      ),
    ]
    // Subsets: each Lille theme (its questions as labels); each République numérique section of
    // 100–700 arguments (its proposals as labels).
    for theme in Set(lilleRows.map { string($0["theme"]) }).sorted() {
      let rows = lilleRows.indices.filter { string(lilleRows[$0]["theme"]) == theme }
      guard rows.count >= 100 && rows.count <= 700 else { continue }
      result.append(
        Dataset(
          name: "Lille « \(theme.prefix(30)) » (\(rows.count))", vectors: lille.rows(at: rows),
          labels: rows.map { string(lilleRows[$0]["question_id"]) }))
    }
    for section in Set(republiqueRows.map { string($0["section"]) }).sorted() {
      let rows = republiqueRows.indices.filter { string(republiqueRows[$0]["section"]) == section }
      guard rows.count >= 100 && rows.count <= 700 else { continue }
      result.append(
        Dataset(
          name: "RN « \(section.prefix(30)) » (\(rows.count))", vectors: republique.rows(at: rows),
          labels: rows.map { string(republiqueRows[$0]["proposal_id"]) }))
    }
    return result
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  static func row(
    _ method: String, _ dataset: Dataset, _ labels: [Int], coverage: Double, themes: Int, time: Double
  )
    -> String
  {
    let scores = ClusteringMetrics.scores(dataset.labels, labels)
    let trueCount = Set(dataset.labels).count
    return String(
      format: "| %@ | %@ | %.3f | %.3f | %.3f | %.0f %% | %d (%d) | %.2f |", method, dataset.name,
      scores.adjustedMutualInformation, scores.adjustedRandIndex, scores.normalisedMutualInformation,
      coverage * 100, themes, trueCount, time)
  }

  static func quality(_ directory: String, parameters: ThemeClusteringParameters, withBaselines: Bool)
    async throws
  {
    print("| method | dataset | AMI | ARI | NMI | coverage | themes (true) | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for dataset in try datasets(directory) {
      var clustering: ThemeClustering?
      let elapsed = try await clock.measure {
        clustering = try await GraphThemeClusterer().cluster(dataset.vectors, parameters: parameters)
      }
      let result = clustering!
      let subThemes = result.subThemeCounts.reduce(0, +)
      print(
        row(
          "kNN graph + Louvain", dataset, ClusteringMetrics.flatLabels(result), coverage: result.coverage,
          themes: result.themeCount, time: seconds(elapsed)) + " \(subThemes) sub-themes")
      // Two levels: themes against the coarser labelling, (theme, sub-theme) pairs against the finer.
      let pairs = zip(result.labels, result.subLabels).map { "\($0.0 ?? -1)/\($0.1 ?? -1)" }
      if let fine = dataset.fineLabels {
        let scores = ClusteringMetrics.scores(fine, pairs)
        print(
          String(
            format: "|  | sub-themes vs %d proposals | %.3f | %.3f | %.3f | | %d | |", Set(fine).count,
            scores.adjustedMutualInformation, scores.adjustedRandIndex, scores.normalisedMutualInformation,
            Set(pairs).count))
      }
      if let coarse = dataset.coarseLabels {
        let scores = ClusteringMetrics.scores(coarse, ClusteringMetrics.flatLabels(result))
        let fineScores = ClusteringMetrics.scores(dataset.labels, pairs)
        print(
          String(
            format: "|  | themes vs %d themes of the debate | %.3f | %.3f | %.3f | | %d | |",
            Set(coarse).count,
            scores.adjustedMutualInformation, scores.adjustedRandIndex, scores.normalisedMutualInformation,
            result.themeCount))
        print(
          String(
            format: "|  | sub-themes vs %d questions | %.3f | %.3f | %.3f | | %d | |",
            Set(dataset.labels).count,
            fineScores.adjustedMutualInformation, fineScores.adjustedRandIndex,
            fineScores.normalisedMutualInformation, Set(pairs).count))
      }
      guard withBaselines else { continue }
      let trueCount = Set(dataset.labels).count
      var kmeans: SphericalKMeans?
      let kmeansTime = clock.measure {
        kmeans = SphericalKMeans.fit(dataset.vectors, clusterCount: trueCount, iterations: 50, seed: 42)
      }
      print(
        row(
          "spherical k-means, true k", dataset, kmeans!.assignments, coverage: 1, themes: trueCount,
          time: seconds(kmeansTime)))
    }
  }

  /// Synthetic arguments around the real ones: a point on the segment between a real embedding and
  /// one of its 10 nearest real neighbours (as SMOTE does), plus a little Gaussian noise, renormalised.
  /// This keeps the real manifold's structure instead of making tight blobs of copies.
  static func sampledAround(_ base: EmbeddingMatrix, count: Int, noise: Double, seed: UInt64) throws
    -> EmbeddingMatrix
  {
    var generator = SeededGenerator(seed: seed)
    let neighbours = NearestNeighbours.exact(base, k: 10)
    var storage = [Float]()
    storage.reserveCapacity(count * base.dimension)
    for _ in 0..<count {
      let source = Int.random(in: 0..<base.rowCount, using: &generator)
      let partner = Int(neighbours.indices[source * 10 + Int.random(in: 0..<10, using: &generator)])
      let t = Float.random(in: 0..<1, using: &generator)
      for (a, b) in zip(base.row(source), base.row(partner)) {
        storage.append((1 - t) * a + t * b + Float(noise * generator.nextGaussian()))
      }
    }
    return try EmbeddingMatrix(normalising: consume storage, dimension: base.dimension)
  }

  static func realPool(_ directory: String) throws -> EmbeddingMatrix {
    let republique = try loadMatrix(directory, "republique_numerique_arguments")
    let lille = try loadMatrix(directory, "lille_comments")
    return try EmbeddingMatrix(
      normalising: republique.storage + lille.storage, dimension: republique.dimension)
  }

  /// Base parameters, overridable from the environment for exploration (OBS_AGREEMENT, OBS_LOF,
  /// OBS_EXACT_LIMIT, OBS_DIMENSION, OBS_SUB_RESOLUTION).
  static func baseParameters() -> ThemeClusteringParameters {
    let environment = ProcessInfo.processInfo.environment
    var parameters = ThemeClusteringParameters()
    if let value = environment["OBS_AGREEMENT"].flatMap(Double.init) {
      parameters.minimumNeighbourAgreement = value
    }
    if let value = environment["OBS_LOF"].flatMap(Double.init) { parameters.maximumLocalOutlierRatio = value }
    if let value = environment["OBS_EXACT_LIMIT"].flatMap(Int.init) { parameters.exactNeighbourLimit = value }
    if let value = environment["OBS_DIMENSION"].flatMap(Int.init) { parameters.reducedDimension = value }
    if let value = environment["OBS_SUB_RESOLUTION"].flatMap(Double.init) {
      parameters.subThemeResolution = value
    }
    return parameters
  }

  /// Argument units of an analysed project (scripts/bench/cluster_units_dump.py): the top-level theme
  /// count before (algorithm version 1, `VersionOneClusterer`) and after the theme limit, and, where the set has labels, each response's main theme (the top-level theme
  /// holding most of its units, « autres » one more cluster) against them, as pipeline_eval.py does.
  static func units(_ directory: String, names: [String]) async throws {
    print(
      "| set (units) | rule | themes | sub-themes | AMI | NMI | ARI | AMI / ARI, units | coverage | seconds |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    var variants: [(String, ThemeClusteringParameters?)] = [("before: version 1 (≤ 40 by resolution)", nil)]
    let perDecade =
      ProcessInfo.processInfo.environment["OBS_PER_DECADE"].map {
        $0.split(separator: ",").map { Double($0)! }
      }
      ?? [4]
    let mergings =
      ProcessInfo.processInfo.environment["OBS_MERGING"].map {
        $0.split(separator: ",").map { ThemeMerging(rawValue: String($0))! }
      } ?? [.modularity]
    for merging in mergings {
      for coefficient in perDecade {
        var parameters = baseParameters()
        parameters.merging = merging
        parameters.themesPerDecade = coefficient
        variants.append(("\(merging.rawValue), \(coefficient)·log10 n", parameters))
      }
    }
    for name in names {
      let vectors = try loadMatrix(directory, name)
      let meta =
        try JSONSerialization.jsonObject(
          with: Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name).json")))
        as! [String: Any]
      let responses = meta["responses"] as! [String]
      let labels = meta["labels"] as! [String]
      for (rule, parameters) in variants {
        var clustering: ThemeClustering?
        let elapsed = try await clock.measure {
          if let parameters {
            clustering = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
          } else {
            clustering = try VersionOneClusterer().cluster(vectors, parameters: baseParameters())
          }
        }
        let result = clustering!
        let subThemes = result.subThemeCounts.reduce(0, +)
        var cells = "— | — | — | — |"
        if !labels.isEmpty {
          var votes: [String: [Int: Int]] = [:]
          for (response, label) in zip(responses, result.labels) {
            votes[response, default: [:]][label ?? -1, default: 0] += 1
          }
          var truth: [String] = []
          var main: [Int] = []
          var labelOf: [String: String] = [:]
          for (response, label) in zip(responses, labels) { labelOf[response] = label }
          for (response, counts) in votes.sorted(by: { $0.key < $1.key }) {
            truth.append(labelOf[response]!)
            main.append(counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!.key)
          }
          let scores = ClusteringMetrics.scores(truth, main)
          let unitScores = ClusteringMetrics.scores(labels, ClusteringMetrics.flatLabels(result))
          cells = String(
            format: "%.3f | %.3f | %.3f | %.3f / %.3f |", scores.adjustedMutualInformation,
            scores.normalisedMutualInformation, scores.adjustedRandIndex,
            unitScores.adjustedMutualInformation,
            unitScores.adjustedRandIndex)
        }
        print(
          "| \(name) (\(vectors.rowCount)) | \(rule) | \(result.themeCount) | \(subThemes) | \(cells)"
            + String(format: " %.1f %% | %.2f |", result.coverage * 100, seconds(elapsed)))
      }
    }
  }

  /// `arguments`: the mode and its own arguments, as `cluster-bench` took them.
  static func run(_ arguments: [String]) async throws {
    let mode = arguments.count > 1 ? arguments[1] : "quality"
    switch mode {
    case "quality", "baselines":
      let directory = arguments.count > 2 ? arguments[2] : "/tmp/obs-emb"
      var parameters = baseParameters()
      if arguments.count > 3 { parameters.resolution = Double(arguments[3])! }
      if arguments.count > 4 { parameters.neighbourCount = Int(arguments[4])! }
      if arguments.count > 5, arguments[5] != "auto" { parameters.minimumThemeSize = Int(arguments[5])! }
      if arguments.count > 6 { parameters.weighting = GraphWeighting(rawValue: arguments[6])! }
      try await quality(directory, parameters: parameters, withBaselines: mode == "baselines")
    case "sweep":
      let directory = arguments.count > 2 ? arguments[2] : "/tmp/obs-emb"
      let sets = try datasets(directory)
      print(
        "| resolution | neighbours | " + sets.map { String($0.name.prefix(24)) }.joined(separator: " | ")
          + " | mean AMI |")
      let weighting = arguments.count > 3 ? GraphWeighting(rawValue: arguments[3])! : .fuzzy
      let neighbourChoices =
        ProcessInfo.processInfo.environment["OBS_NEIGHBOURS"].map {
          $0.split(separator: ",").map { Int($0)! }
        } ?? [10, 15, 30]
      let resolutionChoices =
        ProcessInfo.processInfo.environment["OBS_RESOLUTIONS"].map {
          $0.split(separator: ",").map { Double($0)! }
        } ?? [0.5, 1.0, 1.5, 2.0, 3.0]
      for neighbours in neighbourChoices {
        for resolution in resolutionChoices {
          var parameters = baseParameters()
          parameters.weighting = weighting
          parameters.resolution = resolution
          parameters.neighbourCount = neighbours
          var cells: [String] = []
          var total = 0.0
          for dataset in sets {
            let result = try await GraphThemeClusterer().cluster(dataset.vectors, parameters: parameters)
            let scores = ClusteringMetrics.scores(dataset.labels, ClusteringMetrics.flatLabels(result))
            total += scores.adjustedMutualInformation
            cells.append(
              String(
                format: "%.2f/%.2f %dt %.0f%%", scores.adjustedMutualInformation, scores.adjustedRandIndex,
                result.themeCount, result.coverage * 100))
          }
          print(
            "| \(resolution) | \(neighbours) | " + cells.joined(separator: " | ")
              + String(format: " | %.3f |", total / Double(sets.count)))
        }
      }
    case "scale":
      let count = Int(arguments[2])!
      let directory = arguments.count > 3 ? arguments[3] : "/tmp/obs-emb"
      let vectors = try sampledAround(try realPool(directory), count: count, noise: 0.005, seed: 7)
      var clustering: ThemeClustering?
      let elapsed = try await clock.measure {
        clustering = try await GraphThemeClusterer().cluster(vectors, parameters: ThemeClusteringParameters())
      }
      let result = clustering!
      print(
        String(
          format: "n=%d seconds=%.1f themes=%d sub-themes=%d coverage=%.3f", count, seconds(elapsed),
          result.themeCount, result.subThemeCounts.reduce(0, +), result.coverage))
    case "recall":
      let count = Int(arguments[2])!
      let directory = arguments.count > 3 ? arguments[3] : "/tmp/obs-emb"
      let vectors = try sampledAround(try realPool(directory), count: count, noise: 0.005, seed: 7)
      var exact: NeighbourLists?
      let exactTime = clock.measure { exact = NearestNeighbours.exact(vectors, k: 15) }
      var approximate: NeighbourLists?
      var reducedExact: NeighbourLists?
      let approximateTime = clock.measure {
        let reduced = PrincipalComponents.fit(vectors, componentCount: 64, seed: 42).project(vectors)
        approximate = NearestNeighbours.approximate(reduced, k: 15, seed: 42)
        reducedExact = NearestNeighbours.exact(reduced, k: 15)
      }
      func recall(_ found: NeighbourLists) -> Double {
        var hits = 0
        for row in 0..<count {
          let truth = Set(exact!.neighbours(of: row))
          hits += found.neighbours(of: row).filter { truth.contains($0) }.count
        }
        return Double(hits) / Double(count * 15)
      }
      func recall(_ found: NeighbourLists, against truth: NeighbourLists) -> Double {
        var hits = 0
        for row in 0..<count {
          let expected = Set(truth.neighbours(of: row))
          hits += found.neighbours(of: row).filter { expected.contains($0) }.count
        }
        return Double(hits) / Double(count * 15)
      }
      print(
        String(
          format:
            "n=%d exact %.1fs; recall@15 vs exact 384-d: PCA64+IVF %.3f, PCA64 exact %.3f; IVF vs PCA64 exact %.3f (%.1fs)",
          count, seconds(exactTime), recall(approximate!, against: exact!),
          recall(reducedExact!, against: exact!),
          recall(approximate!, against: reducedExact!), seconds(approximateTime)))
    case "units":
      let directory = arguments.count > 2 ? arguments[2] : "/tmp/obs-units"
      let names = arguments.count > 3 ? Array(arguments[3...]) : ["example", "lille", "rn"]
      try await units(directory, names: names)
    default:
      print("unknown mode \(mode)")
    }

  }
}
