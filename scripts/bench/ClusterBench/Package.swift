// swift-tools-version: 6.1
import PackageDescription

// Measures the « Themes » clustering (quality on labelled data, scale to 1M vectors) in release
// mode without building the whole product: ClusterKit compiles the product's own clustering and
// vector-maths sources (symbolic links to Sources/Analysis/{Clustering,VectorMath}), which
// depend on the standard library and Foundation only.
let package = Package(
  name: "ClusterBench",
  platforms: [.macOS(.v14)],
  targets: [
    .target(name: "ClusterKit"),
    .executableTarget(name: "cluster-bench", dependencies: ["ClusterKit"]),
  ]
)
