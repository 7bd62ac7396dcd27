import ArgumentParser
import Foundation
import ObservatoireCore
import Privacy
import Reporting
import Storage

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
    try printingUserFacingErrors { try reportNow() }
  }

  private func reportNow() throws {
    let report =
      try fromJSON.map { try loadConsultationReport(jsonFile: $0, minimumCellSize: smallCells.k) }
      ?? loadConsultationReport(project: project, minimumCellSize: smallCells.k)
    if let warning = Self.synthesesWrittenUnderSmallerK(report) {
      FileHandle.standardError.write(Data((warning + "\n").utf8))
    }
    var writer = ReportWriter(
      report: report, language: ReportLanguage(rawValue: lang) ?? .fr,
      assets: .locate(explicit: dsfr.map { URL(fileURLWithPath: $0) }))
    writer.audit = PrivacyOutputAudit(project: fromJSON == nil ? project : nil)
    writer.allowsPersonalData = allowPII
    let output: ReportOutput
    do {
      output = try writer.write(formats: try reportFormat.formats(), to: URL(fileURLWithPath: out))
    } catch let error as ReportError {
      guard case .personalDataFound = error else { throw error }
      throw CommandError(
        error.messageFR
          + " Corrigez la source, ou relancez avec --allow-pii pour écrire quand même (journalisé).")
    }
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

extension ReportCommand {
  /// Syntheses are written at analysis time from the counts published then: a report with a
  /// larger *k* than an analysis was run with masks its tables, but the analysis's sentences may
  /// still state a count between the two.
  static func synthesesWrittenUnderSmallerK(_ report: ConsultationReport) -> String? {
    guard let k = report.privacy.minimumCellSize else { return nil }
    let earlier = report.analyses.filter { ($0.minimumCellSize ?? k) < k }
    guard let smallest = earlier.compactMap(\.minimumCellSize).min() else { return nil }
    let questions = earlier.map(\.questionID.rawValue).joined(separator: ", ")
    return "Attention : les synthèses de \(questions) ont été écrites avec k = \(smallest) ; elles peuvent "
      + "citer un effectif que k = \(k) masque. Relancez « observatoire analyse --k \(k) » pour les réécrire."
  }
}

/// The check of everything a report writes: identifier shapes, and the names masked at import
/// when the report comes from a project (their keyed fingerprints, `MaskedValueFingerprint`).
struct PrivacyOutputAudit: OutputAuditing {
  let auditor: OutputAuditor

  init(project: String?) {
    var auditor = OutputAuditor()
    if let project, let database = Self.database(project),
      let salt = try? database.privacySalt(), let fingerprints = try? database.maskedValueFingerprints()
    {
      auditor = OutputAuditor(fingerprints: fingerprints, salt: salt)
    }
    self.auditor = auditor
  }

  func personalData(in text: String) -> [(kind: String, context: String)] {
    auditor.scan(text).map { ($0.kind.rawValue, $0.context) }
  }

  /// The project at `path`, or the only one in the folder `path`, opened; nil otherwise (the
  /// report's loading has already said why).
  static func database(_ path: String) -> ProjectDatabase? {
    guard let file = try? projectFile(path), isProjectFile(file) else { return nil }
    return try? ProjectDatabase(path: file)
  }
}
