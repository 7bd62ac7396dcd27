import Foundation
import TestSupport
import Testing

/// The export of issue 11 whose import never ended: its row 44 turns question Q1 into free text
/// with a 1.5 MB answer, a run of 1.08 million « x » then « @SUM(1) », and the e-mail pattern of
/// `PatternDetectors` (`[A-Za-z0-9][A-Za-z0-9._%+-]*@…`, no anchor) starts again at every « x »
/// and reads to the « @ »: 10,000 letters take 4 s, 20,000 take 26 s. Anchored and bounded as
/// RFC 5321 bounds the local part, `(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+@…`, the
/// same import takes 5 s in a debug build (the test passes); the pattern belongs to `Privacy`,
/// which another change owns, so the test waits for it.
@Suite struct ImportHangTests {
  static let repro = Fixtures.sharedData.deletingLastPathComponent().appendingPathComponent(
    "repro/import-hang.csv.gz")

  /// Runs the CLI, killing it after `seconds`; nil when it had to be killed.
  static func run(_ arguments: [String], in directory: URL, within seconds: Double) throws -> CLI.Result? {
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = Date(timeIntervalSinceNow: seconds)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return nil
    }
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return CLI.Result(status: process.terminationStatus, stdout: "", stderr: stderr)
  }

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: repro.path)))
  func theExportOfIssue11ImportsInsteadOfRunningForever() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let unpack = Process()
    unpack.executableURL = URL(fileURLWithPath: "/bin/sh")
    unpack.arguments = ["-c", "gzip -dc \"$0\" > import-hang.csv", Self.repro.path]
    unpack.currentDirectoryURL = dir
    try unpack.run()
    unpack.waitUntilExit()
    #expect(unpack.terminationStatus == 0)
    // A hang detector, generous for a debug build on a loaded machine; not a speed check.
    let result = try Self.run(
      ["import", "import-hang.csv", "--project", "p.observatoire"], in: dir, within: 120)
    let finished = try #require(result, "the import still ran after 120 s")
    #expect(finished.status == 0, "\(finished.stderr)")
  }
}
