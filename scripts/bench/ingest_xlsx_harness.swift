import Foundation

// Compiled with Sources/ObservatoireCore, Sources/Ingest and ZIPFoundation's sources as one
// module by scripts/bench/ingest-xlsx.sh. Modes: `sheet` (unzip + XML only), `import` (+ inference).
@main struct Bench {
  static func main() throws {
    let url = URL(fileURLWithPath: CommandLine.arguments[1])
    let mode = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : "import"
    let start = Date()
    let rows: Int
    if mode == "sheet" {
      let reader = SpreadsheetReader(
        url: url, format: url.pathExtension == "ods" ? .ods : .xlsx, maximumPartBytes: 512_000_000,
        maximumCells: 20_000_000)
      rows = try reader.read(sheet: nil).rows.count - 1
    } else {
      rows = try ConsultationImporter().importFile(at: url).0.responses.count
    }
    let seconds = Date().timeIntervalSince(start)
    print(
      "\(url.lastPathComponent) \(mode) rows=\(rows) seconds=\(String(format: "%.3f", seconds)) "
        + "rate=\(Int(Double(rows) / seconds))/s")
  }
}
