import Testing

@testable import Analysis

/// Unit vectors around `clusterCount` random centres (plus optional uniform outliers), with the
/// planted cluster of each (-1 for outliers).
private func plantedClusters(
  clusterCount: Int, perCluster: Int, dimension: Int = 32, noise: Double = 0.25, outliers: Int = 0,
  seed: UInt64 = 3
) throws -> (vectors: EmbeddingMatrix, planted: [Int]) {
  var generator = SeededGenerator(seed: seed)
  let centres = (0..<clusterCount).map { _ in (0..<dimension).map { _ in generator.nextGaussian() } }
  var storage: [Float] = []
  var planted: [Int] = []
  for cluster in 0..<clusterCount {
    var norm = 0.0
    for value in centres[cluster] { norm += value * value }
    for _ in 0..<perCluster {
      for value in centres[cluster] {
        storage.append(
          Float(value / norm.squareRoot() + noise * generator.nextGaussian() / Double(dimension).squareRoot())
        )
      }
      planted.append(cluster)
    }
  }
  for _ in 0..<outliers {
    for _ in 0..<dimension { storage.append(Float(generator.nextGaussian())) }
    planted.append(-1)
  }
  return (try EmbeddingMatrix(normalising: storage, dimension: dimension), planted)
}

@Suite struct ClusteringTests {
  @Test func recoversPlantedThemesWithoutBeingToldHowMany() async throws {
    let (vectors, planted) = try plantedClusters(clusterCount: 7, perCluster: 60)
    let result = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    #expect(result.themeCount == 7)
    let scores = ClusteringMetrics.scores(planted, ClusteringMetrics.flatLabels(result))
    #expect(scores.adjustedMutualInformation > 0.95)
    #expect(scores.adjustedRandIndex > 0.95)
    #expect(result.coverage > 0.95)
  }

  @Test func sameSeedGivesSameThemes() async throws {
    let (vectors, _) = try plantedClusters(clusterCount: 5, perCluster: 50, noise: 0.9)
    var parameters = ThemeClusteringParameters.default
    parameters.seed = 11
    let first = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    let second = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    #expect(first == second)
    #expect(first.themeCount > 1)
  }

  @Test func isolatedVectorsGoToAutres() async throws {
    let (vectors, planted) = try plantedClusters(clusterCount: 4, perCluster: 60, outliers: 12)
    let result = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    let outliersInAutres = planted.indices.filter { planted[$0] == -1 && result.labels[$0] == nil }.count
    let clusteredInThemes = planted.indices.filter { planted[$0] >= 0 && result.labels[$0] != nil }.count
    #expect(outliersInAutres >= 10)
    #expect(clusteredInThemes >= 230)
    #expect(result.themeCount == 4)
  }

  @Test func subThemesStayInsideTheirTheme() async throws {
    let (vectors, _) = try plantedClusters(clusterCount: 3, perCluster: 120, noise: 0.6)
    let result = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    #expect(result.subThemeCounts.contains { $0 >= 2 })
    for (label, subLabel) in zip(result.labels, result.subLabels) {
      if label == nil { #expect(subLabel == nil) }
      if let label, let subLabel { #expect(subLabel < result.subThemeCounts[label]) }
    }
  }

  @Test func rejectsRowsOfDifferentLengths() {
    #expect(throws: VectorMathError.rowDimensionMismatch(row: 1, expected: 3, found: 2)) {
      try EmbeddingMatrix(normalisingRows: [[1, 0, 0], [0, 1]])
    }
    #expect(throws: VectorMathError.nonFiniteValue(row: 0)) {
      try EmbeddingMatrix(normalisingRows: [[.nan, 0, 0]])
    }
  }
}

@Suite struct VectorMathTests {
  @Test func approximateNeighboursMostlyAgreeWithExactOnes() throws {
    let (vectors, _) = try plantedClusters(clusterCount: 10, perCluster: 80, noise: 0.8)
    let exact = NearestNeighbours.exact(vectors, k: 10)
    let approximate = NearestNeighbours.approximate(vectors, k: 10, listSize: 80, probes: 4, seed: 5)
    var hits = 0
    for row in 0..<vectors.rowCount {
      let truth = Set(exact.neighbours(of: row))
      hits += approximate.neighbours(of: row).filter { truth.contains($0) }.count
    }
    #expect(Double(hits) / Double(vectors.rowCount * 10) > 0.9)
    // Exact lists are sorted by decreasing similarity and exclude the row itself.
    for row in 0..<vectors.rowCount {
      let neighbours = exact.neighbours(of: row)
      #expect(!neighbours.contains(Int32(row)))
      let similarities = exact.similarities[row * 10..<(row + 1) * 10]
      #expect(zip(similarities, similarities.dropFirst()).allSatisfy { $0 >= $1 })
    }
  }

  @Test func principalComponentsFindTheDirectionOfLargestSpread() throws {
    // Points spread along (1, 1, 0, 0) / √2 far more than along the other axes.
    var generator = SeededGenerator(seed: 9)
    var storage: [Float] = []
    for _ in 0..<400 {
      let along = generator.nextGaussian() * 3
      storage += [
        Float(1 + along / 2.0.squareRoot() + 0.1 * generator.nextGaussian()),
        Float(1 + along / 2.0.squareRoot() + 0.1 * generator.nextGaussian()),
        Float(5 + 0.1 * generator.nextGaussian()), Float(0.1 * generator.nextGaussian()),
      ]
    }
    // Rows are normalised, which bends the line but keeps its main direction in the first two axes.
    let vectors = try EmbeddingMatrix(normalising: storage, dimension: 4)
    let pca = PrincipalComponents.fit(vectors, componentCount: 2, seed: 1)
    let first = Array(pca.components[0..<4])
    #expect(abs(abs(first[0]) - abs(first[1])) < 0.1)
    #expect(abs(first[0]) > 0.5)
    #expect(pca.explainedVariance[0] > 10 * pca.explainedVariance[1])
    let norm = first.reduce(0) { $0 + $1 * $1 }
    #expect(abs(norm - 1) < 1e-4)
  }

  @Test func centralAndDiverseMembers() throws {
    // Members: three near-copies of one direction, one other direction, and a vector between.
    let vectors = try EmbeddingMatrix(normalisingRows: [
      [1, 0, 0], [1, 0.01, 0], [1, 0, 0.01], [0, 1, 0], [1, 0.8, 0],
    ])
    let members = [0, 1, 2, 3, 4]
    let central = ThemeGeometry.mostCentral(2, of: members, in: vectors)
    #expect(central.count == 2)
    #expect(!central.contains(3))
    let diverse = ThemeGeometry.diverseSample(3, of: members, in: vectors, relevanceWeight: 0.3)
    #expect(diverse.contains(3))
    #expect(Set(diverse).count == 3)
    let centroid = ThemeGeometry.centroid(of: members, in: vectors)
    #expect(abs(centroid.reduce(0) { $0 + $1 * $1 } - 1) < 1e-5)
  }
}

@Suite struct ThemeCountTests {
  @Test func tooManyThemesLowerTheResolution() async throws {
    let (vectors, _) = try plantedClusters(clusterCount: 12, perCluster: 30, noise: 0.5)
    var parameters = ThemeClusteringParameters.default
    parameters.minimumThemeSize = 3
    let unconstrained = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    parameters.maximumThemeCount = 5
    let constrained = try await GraphThemeClusterer().cluster(vectors, parameters: parameters)
    #expect(unconstrained.themeCount > 5)
    #expect(constrained.themeCount <= 5)
    #expect(constrained.themeCount >= 2)
  }
}

@Suite struct TinyInputTests {
  @Test(arguments: [0, 1, 2, 5])
  func tinySetsGoToAutresWithoutCrashing(count: Int) async throws {
    let storage = (0..<count * 4).map { Float(($0 * 7) % 5) - 2 }
    let vectors = try EmbeddingMatrix(normalising: storage, dimension: 4)
    let result = try await GraphThemeClusterer().cluster(vectors, parameters: .default)
    #expect(result.labels.count == count)
    #expect(result.subLabels.count == count)
    // Below the minimum theme size (3) nothing can form a theme.
    if count < 3 { #expect(result.themeCount == 0 && result.labels.allSatisfy { $0 == nil }) }
  }
}
