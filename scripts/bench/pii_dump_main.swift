import Foundation

/// Every text's masked form, findings and possible findings, a line each, for the JSON Lines
/// files given: two versions' dumps differ exactly where their maskers do.
@main struct DumpMain {
  static func main() throws {
    let masker = PersonalDataMasker()
    for path in CommandLine.arguments.dropFirst() {
      for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let text = object["text"] as? String
        else { continue }
        let masked = masker.mask(text)
        let found = masked.findings.map { "\($0.kind.rawValue):\($0.confidence.rawValue)" }
        let possible = masked.possible.map { "\($0.kind.rawValue)?\($0.original)" }
        print(
          ([masked.text] + found + possible).joined(separator: "\t").replacingOccurrences(
            of: "\n", with: "\\n"))
      }
    }
  }
}
