import Foundation
@main struct Bench { static func main() throws {
let url = URL(fileURLWithPath: CommandLine.arguments[1])
let start = Date()
if CommandLine.arguments.count > 2 {
  let reader = DelimitedReader(url: url)
  let format = try reader.detectFormat()
  var n = 0
  try reader.forEachRecord(format: format) { _, _ in n += 1 }
  print("parse-only records=\(n - 1) seconds=\(Date().timeIntervalSince(start)) rate=\(Double(n - 1) / Date().timeIntervalSince(start))")
} else {
  let (c, _) = try ConsultationImporter().importFile(at: url)
  print("parse+infer responses=\(c.responses.count) seconds=\(Date().timeIntervalSince(start)) rate=\(Double(c.responses.count) / Date().timeIntervalSince(start))")
}
}}
