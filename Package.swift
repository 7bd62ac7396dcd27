// swift-tools-version: 6.1
import PackageDescription

// Swift 6 language mode (strict concurrency) is the default with tools 6.1.
let strictSwift: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
  name: "Observatoire",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "observatoire", targets: ["observatoire"]),
    .library(name: "ObservatoireCore", targets: ["ObservatoireCore"]),
    .library(name: "Ingest", targets: ["Ingest"]),
    .library(name: "Privacy", targets: ["Privacy"]),
    .library(name: "Inference", targets: ["Inference"]),
    .library(name: "Storage", targets: ["Storage"]),
    .library(name: "Analysis", targets: ["Analysis"]),
    .library(name: "Reporting", targets: ["Reporting"]),
    .library(name: "ObservatoireApp", targets: ["ObservatoireApp"]),
    // The report fixture, for the release benchmark in Benchmarks/ (not for use by the product).
    .library(name: "ReportFixtures", targets: ["ReportFixtures"]),
    .library(name: "Accounts", targets: ["Accounts"]),
    .library(name: "Observatory", targets: ["Observatory"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CLlama",
      path: "Sources/CLlama",
      pkgConfig: "llama"
    ),
    .target(
      name: "ObservatoireCore",
      swiftSettings: strictSwift
    ),
    .target(
      name: "Ingest",
      dependencies: ["ObservatoireCore", "ZIPFoundation"],
      swiftSettings: strictSwift
    ),
    .target(
      name: "Privacy",
      dependencies: ["ObservatoireCore", .product(name: "Crypto", package: "swift-crypto")],
      resources: [.copy("Resources")],
      swiftSettings: strictSwift
    ),
    .target(
      name: "Inference",
      dependencies: [
        "ObservatoireCore", "CLlama",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictSwift
    ),
    .target(
      name: "Storage",
      dependencies: [
        "ObservatoireCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictSwift
    ),
    .target(
      name: "Analysis",
      dependencies: [
        "ObservatoireCore", "Inference", "Storage", "Privacy",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Prompts")],
      swiftSettings: strictSwift
    ),
    .target(
      name: "Reporting",
      dependencies: [
        "ObservatoireCore", "ZIPFoundation", .product(name: "Mustache", package: "swift-mustache"),
      ],
      resources: [.copy("Templates")],
      swiftSettings: strictSwift
    ),
    // The use cases every front end shares: import, model configuration, the analysis job,
    // report export. Front ends parse, call it and present.
    .target(
      name: "ObservatoireApp",
      dependencies: [
        "ObservatoireCore", "Ingest", "Privacy", "Inference", "Storage", "Analysis", "Reporting",
        "Observatory", .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictSwift
    ),
    // `observatoire serve`: Hummingbird routes over the application layer.
    .target(
      name: "WebApp",
      dependencies: [
        "ObservatoireApp", "ObservatoireCore", "Analysis", "Reporting", "Accounts",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "MultipartKit", package: "multipart-kit"),
        .product(name: "Prometheus", package: "swift-prometheus"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictSwift
    ),
    .target(
      name: "Accounts",
      dependencies: [
        "ObservatoireCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CryptoExtras", package: "swift-crypto"),
      ],
      swiftSettings: strictSwift
    ),
    .target(
      name: "Observatory",
      dependencies: [
        "ObservatoireCore", "Ingest", "Privacy", "Inference", "Storage", "Analysis", "Reporting",
        .product(name: "Yams", package: "Yams"),
      ],
      resources: [.copy("Resources")],
      swiftSettings: strictSwift
    ),
    .executableTarget(
      name: "observatoire",
      dependencies: [
        "ObservatoireApp", "WebApp", "ObservatoireCore", "Ingest", "Privacy", "Inference", "Analysis",
        "Reporting", "Accounts", "Observatory",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Hummingbird", package: "hummingbird"),
      ],
      swiftSettings: strictSwift
    ),
    // Release-built measurements of the product's own code (scripts/bench/*.sh).
    .executableTarget(
      name: "observatoire-bench",
      dependencies: ["Analysis", "ObservatoireCore", "Inference", "Ingest", "Storage", "ObservatoireApp"],
      swiftSettings: strictSwift
    ),
    .target(
      name: "TestSupport",
      dependencies: ["ObservatoireCore"],
      path: "Tests/TestSupport",
      swiftSettings: strictSwift
    ),
    .target(
      name: "ReportFixtures",
      dependencies: ["ObservatoireCore", "Privacy", "TestSupport"],
      path: "Tests/ReportFixtures",
      swiftSettings: strictSwift
    ),
    .target(
      name: "InferenceTesting",
      dependencies: ["ObservatoireCore", "Inference"],
      path: "Tests/InferenceTesting",
      swiftSettings: strictSwift
    ),
    .testTarget(name: "CoreTests", dependencies: ["ObservatoireCore", "TestSupport"]),
    .testTarget(name: "IngestTests", dependencies: ["Ingest", "Storage", "TestSupport", "ZIPFoundation"]),
    .testTarget(name: "PrivacyTests", dependencies: ["Privacy", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "InferenceTests", dependencies: ["Inference", "TestSupport"]),
    .testTarget(name: "StorageTests", dependencies: ["Storage", "TestSupport"]),
    .testTarget(
      name: "AnalysisTests",
      dependencies: [
        "Analysis", "Ingest", "Inference", "InferenceTesting", "Privacy", "Storage", "TestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      // Read from the source tree by path (ComponentVersionTests), not bundled.
      exclude: ["Golden"]),
    .testTarget(
      name: "ApplicationTests",
      dependencies: ["ObservatoireApp", "Analysis", "Storage", "Reporting", "TestSupport"]),
    .testTarget(
      name: "WebAppTests",
      dependencies: [
        "WebApp", "ObservatoireApp", "Accounts", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
      ]),
    .testTarget(
      name: "ReportingTests", dependencies: ["Reporting", "Privacy", "ReportFixtures", "TestSupport"]),
    .testTarget(name: "AccountsTests", dependencies: ["Accounts", "TestSupport"]),
    .testTarget(
      name: "ObservatoryTests",
      dependencies: [
        "Observatory", "Analysis", "Ingest", "Inference", "Privacy", "Reporting", "Storage", "TestSupport",
        "ZIPFoundation",
      ]),
    .testTarget(name: "CLITests", dependencies: ["observatoire", "Storage", "TestSupport", "ZIPFoundation"]),
  ]
)
