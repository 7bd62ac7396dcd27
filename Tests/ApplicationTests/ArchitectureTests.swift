import Foundation
import TestSupport
import Testing

/// docs/ARCHITECTURE.md's table of targets against `Package.swift` and the `import` lines.
@Suite struct ArchitectureTests {
  static let root = Fixtures.repositoryRoot
  /// Modules every target may import without declaring them.
  static let platform: Set<String> = [
    "Foundation", "FoundationXML", "FoundationNetworking", "FoundationEssentials", "Synchronization",
    "Dispatch",
    "Glibc", "Darwin",
  ]
  /// The table's short names.
  static let aliases = ["Core": "ObservatoireCore"]

  /// Each row of the table: target → the modules it says the target imports.
  static func documented() throws -> [String: Set<String>] {
    let text = try String(
      contentsOf: root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
    var rows: [String: Set<String>] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 3 else { continue }
      let target = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      let modules = cells[cells.count - 1].split(separator: ",").map {
        let name = $0.trimmingCharacters(in: .whitespaces)
        return aliases[name] ?? name
      }
      rows[target] = Set(modules).subtracting(platform)
    }
    return rows
  }

  /// The modules a target's sources import.
  static func imported(by target: String) throws -> Set<String> {
    let folder = root.appendingPathComponent("Sources/\(target)")
    var modules: Set<String> = []
    let files = FileManager.default.enumerator(atPath: folder.path)
    while let name = files?.nextObject() as? String {
      guard name.hasSuffix(".swift") else { continue }
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
          words[..<index].allSatisfy({ ["@testable", "public", "internal", "@preconcurrency"].contains($0) })
        else { continue }
        modules.insert(String(words[index + 1]))
      }
    }
    return modules.subtracting(platform)
  }

  /// The dependencies `Package.swift` declares for each target (products by their name).
  static func declared() throws -> [String: Set<String>] {
    let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
    var result: [String: Set<String>] = [:]
    let target = try Regex(
      #"\.(?:target|executableTarget)\(\s*name: "([^"]+)"(?:,\s*dependencies: \[([^\]]*)\])?"#)
    let product = try Regex(#"\.product\(name: "([^"]+)""#)
    let plain = try Regex(#"(?:^|[\[,\s])"([A-Za-z]+)""#)
    for match in text.matches(of: target) {
      guard let name = match.output[1].substring.map(String.init) else { continue }
      var dependencies: Set<String> = []
      if let list = match.output[2].substring.map(String.init) {
        for found in list.matches(of: product) {
          if let dependency = found.output[1].substring { dependencies.insert(String(dependency)) }
        }
        let withoutProducts = list.replacing(try Regex(#"\.product\([^)]*\)"#), with: "")
        for found in withoutProducts.matches(of: plain) {
          if let dependency = found.output[1].substring { dependencies.insert(String(dependency)) }
        }
      }
      result[name] = dependencies
    }
    return result
  }

  @Test func everySourceTargetIsInTheTable() throws {
    let documented = try Self.documented()
    let sources = try FileManager.default.contentsOfDirectory(
      atPath: Self.root.appendingPathComponent("Sources").path
    ).filter { $0 != "CLlama" }
    #expect(Set(sources).subtracting(documented.keys).isEmpty, "targets missing from the table")
  }

  @Test func theTableMatchesTheImportsAndThePackage() throws {
    let documented = try Self.documented()
    let declared = try Self.declared()
    #expect(documented.count >= 9)
    for (target, modules) in documented.sorted(by: { $0.key < $1.key }) {
      let imports = try Self.imported(by: target)
      #expect(imports == modules, "\(target): imports \(imports.sorted()), table \(modules.sorted())")
      let dependencies = try #require(declared[target], "\(target) not in Package.swift")
      #expect(
        dependencies == modules,
        "\(target): Package.swift \(dependencies.sorted()), table \(modules.sorted())")
    }
  }

  /// The command line stays a front end: no SQL, no model loading, no pipeline assembly.
  @Test func theCommandLineOnlyParsesCallsAndPrints() throws {
    let folder = Self.root.appendingPathComponent("Sources/observatoire")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for forbidden in [
        "ProjectDatabase(", "AnalysisPipeline(", "LlamaGenerator(", "ConsultationImporter(",
        "ReportWriter(", "Yams.",
        // The observatory's use cases are `ObservatoryService`'s (ObservatoireApp).
        "ObservatoryArchive", "RegisterImporter(", "TrainingImporter(", "WaveSnapshot.make",
        "WaveComparer.compare",
        "Publication.make", "PublicationWriter(", "QuestionMapping.load", "InspectionGrid.bundled",
        "PageKit.",
      ] {
        #expect(!text.contains(forbidden), "\(name) uses \(forbidden)")
      }
    }
  }
}
