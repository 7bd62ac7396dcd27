// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the root package never builds package-benchmark.
// Run from this folder: `swift package benchmark` (see docs/benchmarks/*.md).
let package = Package(
  name: "ObservatoireBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "Observatoire", path: ".."),
    // Its default malloc interposer package is not in the local mirror; this trait avoids it.
    .package(
      url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "InferenceBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "Inference", package: "Observatoire"),
      ],
      path: "InferenceBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    // A plain executable (no package-benchmark): builds only Reporting and the fixture in release.
    .executableTarget(
      name: "ReportBenchmarks",
      dependencies: [
        .product(name: "Reporting", package: "Observatoire"),
        .product(name: "ReportFixtures", package: "Observatoire"),
      ],
      path: "ReportBenchmarks"
    ),
  ]
)
