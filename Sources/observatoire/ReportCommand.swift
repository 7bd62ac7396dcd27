import ArgumentParser
import Foundation
import ObservatoireApp
import ObservatoireCore
import Reporting

struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Produit le rapport (HTML, Markdown, JSON, ODS, CSV)."
  )

  @OptionGroup var projectChoice: ProjectChoice
  var project: String { projectChoice.path }

  @Option(name: .long, help: "Dossier où écrire le rapport.")
  var out: String

  @OptionGroup var reportFormat: ReportFormatOption

  @Option(name: .long, help: "Langue des libellés : fr ou en.")
  var lang: String = "fr"

  @Option(name: .customLong("from-json"), help: "Relit une analyse exportée en JSON au lieu du projet.")
  var fromJSON: String?

  @Option(name: .long, help: "Dossier des fichiers DSFR (sinon OBSERVATOIRE_DSFR ou Public/dsfr).")
  var dsfr: String?

  @OptionGroup var smallCells: SmallCellOptions

  @Flag(
    name: .customLong("allow-pii"),
    help: """
      Écrit le rapport même si la vérification y trouve une donnée personnelle (forme \
      d'identifiant, nom masqué à l'import) ; chaque cas est signalé et noté dans \
      journal-confidentialite.txt. Sans ce drapeau, l'export s'arrête.
      """)
  var allowPII = false

  func validate() throws {
    guard ReportLanguage(rawValue: lang) != nil else {
      throw ValidationError("Langue inconnue « \(lang) » : choisissez fr ou en.")
    }
  }

  func run() async throws {
    try await exitingOnUserFacingErrors { try reportNow() }
  }

  private func reportNow() throws {
    let report: ConsultationReport
    do {
      report =
        try fromJSON.map { try loadConsultationReport(jsonFile: $0, minimumCellSize: smallCells.k) }
        ?? loadConsultationReport(project: project, minimumCellSize: smallCells.k)
    } catch ReportLoadingError.publishedAtAnotherK(let path, let documentK, let requested) {
      throw CommandError(
        "« \(path) » a été publié avec k = \(documentK.map(String.init) ?? "?") : ses effectifs masqués ne "
          + "peuvent pas être recalculés avec k = \(requested). Relancez « observatoire report » sur le "
          + "projet avec --k \(requested), ou retirez --k.")
    }
    if let warning = ReportExport.synthesesWrittenUnderSmallerK(report) {
      printWarning(warning + " (« observatoire analyse --k \(report.privacy.minimumCellSize ?? 0) »)")
    }
    var export = ReportExport(
      report: report, formats: try reportFormat.formats(), project: fromJSON == nil ? project : nil)
    export.language = ReportLanguage(rawValue: lang) ?? .fr
    export.assets = .locate(explicit: dsfr.map { URL(fileURLWithPath: $0) })
    export.allowsPersonalData = allowPII
    let output: ReportOutput
    do {
      output = try export.write(to: URL(fileURLWithPath: out))
    } catch let error as ReportError {
      guard case .personalDataFound = error else { throw error }
      throw CommandError(
        error.messageFR
          + " Corrigez la source, ou relancez avec --allow-pii pour écrire quand même (journalisé).")
    }
    for warning in output.warnings { printWarning(warning) }
    if report.analyses.isEmpty {
      printWarning(
        "Attention : ce projet ne contient aucune analyse des réponses libres (aucune encore, ou "
          + "l'export a été réimporté depuis) ; le rapport ne montre que les questions fermées. "
          + "Lancez « observatoire analyse » pour analyser les réponses libres.")
    }
    print("Rapport écrit dans « \(out) » (\(frenchCount(output.files.count, "fichier"))).")
  }
}
