// Release-built measurements of the product's own code (no copied sources):
//   swift build -c release --product observatoire-bench
//   .build/release/observatoire-bench rules [shared-data-folder]
//   .build/release/observatoire-bench syntheses [rows (80)] [threads (2)] [variants (all)] [regles|modele]
//     (the first rows of the example: 300 is the whole example, whose 262 answers to the open
//      question the CLI's `analyse` reads; 262 rows hold 229 of them)
//     (env: OBS_BENCH_SLOTS, OBS_BENCH_CONTEXT, OBS_BENCH_GENERATOR, OBS_BENCH_KEEP folder,
//      OBS_BENCH_NO_LABELLER=1 to leave the labels to the synthesis call, as before the labeller)
//   .build/release/observatoire-bench courtes [per source (120)] [threads (2)]
//   .build/release/observatoire-bench reformulations [per source (60)] [threads (2)] [output (reformulations.jsonl)]
//     (ideas the model wrote in its own words, with the guard's cosine, to read and label by hand;
//      env: OBS_BENCH_GENERATOR, another model)
//   .build/release/observatoire-bench clustering quality|sweep|scale N|recall N|units [DIR]
// Figures go to docs/benchmarks/*.md with the machine's load beside them.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let defaultData = repository.deletingLastPathComponent().appendingPathComponent("shared/data").path
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
  .joined(separator: " ")
switch arguments.first {
case "rules":
  print("load before: \(load ?? "?")")
  try RulesBenchmark.run(data: arguments.dropFirst().first ?? defaultData)
case "clustering":
  // The former cluster-bench: quality | sweep | scale N | recall N | units (see ClusterBenchmark).
  try await ClusterBenchmark.run(["cluster-bench"] + Array(arguments.dropFirst()))
case "syntheses":
  let rest = Array(arguments.dropFirst())
  let variants =
    rest.count > 2
    ? rest[2].split(separator: ",").compactMap { SynthesisBenchmark.Variant(rawValue: String($0)) }
    : SynthesisBenchmark.Variant.allCases
  try await SynthesisBenchmark.run(
    answers: rest.first.flatMap { Int($0) } ?? 80, repository: repository,
    threads: rest.dropFirst().first.flatMap { Int($0) } ?? 2, variants: variants,
    modelExtraction: rest.count > 3 && rest[3] == "modele")
case "courtes":
  let rest = Array(arguments.dropFirst())
  try await ShortAnswerBenchmark.run(
    perSource: rest.first.flatMap { Int($0) } ?? 120, data: defaultData, repository: repository,
    threads: rest.dropFirst().first.flatMap { Int($0) } ?? 2)
case "reformulations":
  let rest = Array(arguments.dropFirst())
  try await ReformulationBenchmark.run(
    perSource: rest.first.flatMap { Int($0) } ?? 60, data: defaultData, repository: repository,
    threads: rest.dropFirst().first.flatMap { Int($0) } ?? 2,
    output: rest.count > 2 ? rest[2] : "reformulations.jsonl")
default:
  FileHandle.standardError.write(
    Data(
      "usage: observatoire-bench rules [shared-data-folder] | syntheses [answers] [threads] [phrase-ecartee,rien-ne-reste,famille] [regles|modele] | courtes [per source] [threads] | reformulations [per source] [threads] [output] | clustering MODE…\n"
        .utf8))
  exit(64)
}
