import ArgumentParser
import Foundation
import ObservatoireCore
import Reporting

struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Produit le rapport (HTML, Markdown, JSON, ODS, CSV)."
  )

  @ArgumentParser.Argument(help: "Le projet (.observatoire), ou un dossier qui en contient un seul.")
  var project: String = "."

  @Option(name: .long, help: "Dossier où écrire le rapport.")
  var out: String

  @Option(name: .long, help: "Formats, séparés par des virgules : html,md,json,ods,csv.")
  var format: String = "html"

  @Option(name: .long, help: "Langue des libellés : fr ou en.")
  var lang: String = "fr"

  @Option(name: .customLong("from-json"), help: "Relit une analyse exportée en JSON au lieu du projet.")
  var fromJSON: String?

  @Option(name: .long, help: "Dossier des fichiers DSFR (sinon OBSERVATOIRE_DSFR ou Public/dsfr).")
  var dsfr: String?

  func validate() throws {
    _ = try formats()
    guard ReportLanguage(rawValue: lang) != nil else {
      throw ValidationError("Langue inconnue « \(lang) » : choisissez fr ou en.")
    }
  }

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

  func run() async throws {
    try printingUserFacingErrors { try reportNow() }
  }

  private func reportNow() throws {
    let report =
      try fromJSON.map { try loadConsultationReport(jsonFile: $0) }
      ?? loadConsultationReport(project: project)
    let writer = ReportWriter(
      report: report, language: ReportLanguage(rawValue: lang) ?? .fr,
      assets: .locate(explicit: dsfr.map { URL(fileURLWithPath: $0) }))
    let output = try writer.write(formats: try formats(), to: URL(fileURLWithPath: out))
    for warning in output.warnings {
      FileHandle.standardError.write(Data((warning + "\n").utf8))
    }
    if report.analyses.isEmpty {
      FileHandle.standardError.write(
        Data(
          ("Attention : ce projet ne contient aucune analyse des réponses libres (aucune encore, ou "
            + "l'export a été réimporté depuis) ; le rapport ne montre que les questions fermées. "
            + "Lancez « observatoire analyse » pour analyser les réponses libres.\n").utf8))
    }
    print("Rapport écrit dans « \(out) » (\(frenchCount(output.files.count, "fichier"))).")
  }
}
