// Release timing of ReportWriter on 3,000 answers and 50 themes (target: < 2 s); see
// docs/benchmarks/reporting.md. Run by scripts/bench/report.sh, or:
//   cd Benchmarks && swift build -c release --product ReportBenchmarks
//   OBSERVATOIRE_SHARED_DATA=/path/to/shared/data .build/release/ReportBenchmarks [DSFR_DIR] [RUNS]
import Foundation
import ObservatoireCore
import ReportFixtures
import Reporting

let arguments = Array(CommandLine.arguments.dropFirst())
let report = try ReportFixture.make(answerCount: 3000, themeCount: 50)
precondition(report.analyses[0].topLevelThemes.count == 50)
// DSFR files: the first argument, else where DSFRAssets.locate finds them (OBSERVATOIRE_DSFR,
// Public/dsfr in the current folder or above the executable).
let assets = DSFRAssets.locate(explicit: arguments.first.map { URL(fileURLWithPath: $0) })
let runs = arguments.count > 1 ? max(1, Int(arguments[1]) ?? 5) : 5
let clock = ContinuousClock()
for (name, formats) in [("html", Set([ReportFormat.html])), ("all", Set(ReportFormat.allCases))] {
  var samples: [Duration] = []
  for _ in 0..<runs {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repbench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let writer = ReportWriter(report: report, assets: assets)
    samples.append(try clock.measure { _ = try writer.write(formats: formats, to: folder) })
  }
  samples.sort()
  func seconds(_ duration: Duration) -> String {
    String(
      format: "%.3f s", Double(duration.components.attoseconds) / 1e18 + Double(duration.components.seconds))
  }
  print(
    "BENCH release report formats=\(name) answers=3000 themes=50 runs=\(runs) dsfr=\(assets.directory != nil)"
      + " median=\(seconds(samples[runs / 2])) min=\(seconds(samples[0])) max=\(seconds(samples[runs - 1]))")
}
