import ArgumentParser
import Reporting

/// The `--format` option of `analyse` and `report`: one list, one parser, one message.
struct ReportFormatOption: ParsableArguments {
  @Option(name: .long, help: "Formats du rapport, séparés par des virgules : html,md,json,ods,csv.")
  var format: String = "html"

  func validate() throws { _ = try formats() }

  /// The formats asked for; « markdown » stands for md.
  func formats() throws -> Set<ReportFormat> {
    var result: Set<ReportFormat> = []
    for name in format.split(separator: ",") {
      let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard let format = ReportFormat(rawValue: trimmed == "markdown" ? "md" : trimmed) else {
        throw ValidationError("Format inconnu « \(trimmed) » : choisissez parmi html, md, json, ods, csv.")
      }
      result.insert(format)
    }
    guard !result.isEmpty else { throw ValidationError("Aucun format demandé.") }
    return result
  }
}
