// Release timing of ReportWriter on 3,000 answers and 50 themes; built by scripts/bench/report.sh.
import Foundation
import ObservatoireCore
import Reporting

let report = try ReportFixture.make(answerCount: 3000, themeCount: 50)
precondition(report.analyses[0].topLevelThemes.count == 50)
let clock = ContinuousClock()
// DSFR files: first argument, else Public/dsfr of the main checkout.
let assets = DSFRAssets(directory: URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "/work/main/Public/dsfr"))
for (name, formats) in [("html", Set([ReportFormat.html])), ("all", Set(ReportFormat.allCases))] {
  var samples: [Duration] = []
  for _ in 0..<5 {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repbench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let writer = ReportWriter(report: report, assets: assets)
    samples.append(try clock.measure { _ = try writer.write(formats: formats, to: folder) })
  }
  samples.sort()
  print("BENCH release report formats=\(name) answers=3000 themes=50 median=\(samples[2]) min=\(samples[0]) max=\(samples[4])")
}
