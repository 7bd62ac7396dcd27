import Foundation
import TestSupport
import Testing

@testable import ObservatoireApp

/// What a page reads from a project is kept while the project's files are unchanged, and never
/// when they were written so recently that a later write could leave them looking the same.
@Suite struct ProjectMemoTests {
  @Test func keepsAValueUntilTheFilesChangeAndNeverTrustsAFreshWrite() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("projet.observatoire")
    try Data("a".utf8).write(to: file)
    let memo = ProjectMemo<Int>()
    var computed = 0
    func read() throws -> Int {
      try memo.value(for: file.path) {
        computed += 1
        return computed
      }
    }
    // Written just now: computed each time.
    #expect(try read() == 1)
    #expect(try read() == 2)
    Thread.sleep(forTimeInterval: 0.2)
    #expect(try read() == 3)
    #expect(try read() == 3, "settled files: the value is kept")
    // Same size, new content: a change.
    try Data("b".utf8).write(to: file)
    #expect(try read() == 4)
    Thread.sleep(forTimeInterval: 0.2)
    #expect(try read() == 5)
    #expect(try read() == 5)
    // A write-ahead log appearing is a change.
    try Data("journal".utf8).write(to: URL(fileURLWithPath: file.path + "-wal"))
    #expect(try read() == 6)
    // No file: nothing kept.
    let absent = ProjectMemo<Int>()
    var calls = 0
    for _ in 0..<2 {
      _ = try absent.value(for: folder.appendingPathComponent("absent").path) {
        calls += 1
        return calls
      }
    }
    #expect(calls == 2)
  }

  /// With projects kept open (a server), a review is seen by the next read at once, and a project
  /// replaced under the same path is opened again, not read from the old file.
  @Test func keptProjectsSeeEachWriteAndAReplacedFile() async throws {
    ProjectConnections.keepOpen()
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try ApplicationTests.exampleHead(rows: 40, in: folder)
    let project = folder.appendingPathComponent("p.observatoire").path
    _ = try await ProjectImport(file: file.path, project: project).run()
    _ = try await AnalysisJob(try ApplicationTests.rulesRequest(project: project)).run()
    try await Task.sleep(for: .milliseconds(200))
    let first = try #require(try ProjectReview.themes(project: project).first?.themes.first)
    #expect(try ProjectReview.themes(project: project).first?.themes.first == first, "read twice")
    try ProjectReview.rename(
      project: project, question: "Q5", theme: first.key, label: "Intitulé revu", reviewer: "analyste",
      version: first.version)
    #expect(try ProjectReview.themes(project: project).first?.themes.first?.label == "Intitulé revu")

    // The project replaced by another import of fewer rows at the same path.
    let other = try ApplicationTests.exampleHead(rows: 12, in: folder)
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: project + suffix) }
    _ = try await ProjectImport(file: other.path, project: project).run()
    #expect(try ProjectOverview.load(project: project)?.respondents == 12)
  }
}
