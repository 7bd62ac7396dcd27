import Foundation
import TestSupport
import Testing

/// Runs the built `observatoire` executable, as a user would.
enum CLI {
  static var executable: URL {
    // Tests run from the build products folder, where the executable lies beside the test bundle.
    let products = Bundle.main.bundleURL.deletingLastPathComponent()
    let candidates = [
      products.appendingPathComponent("observatoire"),
      Bundle.main.bundleURL.appendingPathComponent("observatoire"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

@Suite struct HelpTests {
  @Test func helpIsInFrenchAndListsTheSubcommands() throws {
    let result = try CLI.run(["--help"])
    #expect(result.status == 0)
    for name in ["import", "stats", "analyse", "report", "models"] {
      #expect(result.stdout.contains(name), "missing subcommand \(name)")
    }
    #expect(result.stdout.contains("réponses libres"))
  }
}
