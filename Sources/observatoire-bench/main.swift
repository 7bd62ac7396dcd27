// Release-built measurements of the product's own code (no copied sources):
//   swift build -c release --product observatoire-bench
//   .build/release/observatoire-bench rules [shared-data-folder]
// Figures go to docs/benchmarks/*.md with the machine's load beside them.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let defaultData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data").path
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
  .joined(separator: " ")
switch arguments.first {
case "rules":
  print("load before: \(load ?? "?")")
  try RulesBenchmark.run(data: arguments.dropFirst().first ?? defaultData)
default:
  FileHandle.standardError.write(Data("usage: observatoire-bench rules [shared-data-folder]\n".utf8))
  exit(64)
}
