import Foundation
import TestSupport
import Testing

/// Files the CLI tests build from the bundled example, and what a folder holds.
enum CLIFixtures {
  static var example: String { ImportCommandTests.example }

  /// The header and the first `rows` responses of the bundled example, as another export.
  static func writeExampleHead(rows: Int, to url: URL) throws {
    let lines = try String(contentsOfFile: example, encoding: .utf8).split(separator: "\n")
    try Data((lines.prefix(rows + 1).joined(separator: "\n") + "\n").utf8).write(to: url)
  }

  static func files(in folder: URL) throws -> Set<String> {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var names: Set<String> = []
    while let name = enumerator?.nextObject() as? String { names.insert(name) }
    return names
  }
}
