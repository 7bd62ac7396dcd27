import Foundation
import ReportFixtures
import TestSupport
import Testing

@testable import Reporting

/// Report generation time for 3,000 answers and 50 themes. Timing is printed, not asserted (no
/// wall-clock assertions in tests): run with OBSERVATOIRE_BENCH_REPORT=1, see scripts/bench/report.sh.
@Suite struct ReportingBenchmark {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["OBSERVATOIRE_BENCH_REPORT"] != nil))
  func generationTimeFor3000AnswersAnd50Themes() throws {
    let report = try ReportFixture.make(answerCount: 3000, themeCount: 50)
    #expect(report.analyses[0].topLevelThemes.count == 50)
    let clock = ContinuousClock()
    for (name, formats) in [("html", Set([ReportFormat.html])), ("all", Set(ReportFormat.allCases))] {
      var samples: [Duration] = []
      for _ in 0..<5 {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = ReportWriter(report: report, assets: dsfrAssets)
        samples.append(try clock.measure { _ = try writer.write(formats: formats, to: folder) })
      }
      samples.sort()
      print(
        "BENCH report formats=\(name) answers=3000 themes=50 median=\(samples[2]) min=\(samples[0]) max=\(samples[4])"
      )
    }
  }
}
