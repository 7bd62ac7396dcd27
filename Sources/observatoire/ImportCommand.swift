import ArgumentParser
import Foundation
import Ingest
import ObservatoireApp
import ObservatoireCore
import Privacy

struct ImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Importe un export d'enquête dans un projet.",
    discussion: """
      Lit un export CSV ou TSV (UTF-8 avec ou sans BOM, UTF-16, Windows-1252 ;
      séparateur « , », « ; » ou tabulation détecté) ou un classeur XLSX ou ODS
      (première feuille, ou celle nommée par --sheet ; la première ligne remplie
      donne les en-têtes). Reconnaît les conventions de LimeSurvey (Q3[SQ002],
      Oui/Non/N/A) et des formulaires (réponses multiples séparées par « ; »),
      devine le type de chaque question, masque les données personnelles des
      réponses libres et enregistre le tout dans le projet, en remplaçant la
      consultation déjà importée.
      En cas d'erreur, le projet reste inchangé.
      Un export CSV ou TSV est lu deux fois en flux (types, puis réponses),
      sans être chargé en mémoire ; dans un terminal, la progression
      s'affiche au-delà de 50 000 réponses.

      Fichier de correspondance (YAML), pour corriger les types devinés :
        Q3:
          type: echelle        # texte_libre, choix_unique, choix_multiple, echelle,
          min: 0               # classement, date, nombre, identifiant
          max: 10
        "ACAD":
          segment: true
          titre: Académie

      Données personnelles : les identifiants (NIR, IBAN, UAI, téléphone, adresse,
      e-mail) sont masqués à leur forme, même avec une clé fausse ; les noms, à
      partir des listes de prénoms et de noms et du contexte (titre, rôle,
      signature). Un nom masqué dans une réponse l'est aussi dans toutes les
      autres (« d'accord avec NADPERR » quand « @NADPERR » a été masqué), comme
      le vérifie ensuite l'export du rapport. Les indices plus faibles (un mot
      en capitale hors des listes après « avec », par exemple) ne sont pas
      masqués mais listés « à vérifier ».
      --privacy-report FICHIER écrit la liste de chaque valeur masquée (type,
      confiance, contexte, la valeur elle-même cachée) et des valeurs à
      vérifier, chacune avec son identifiant (P1A2B3C4D) ; « - » l'affiche.
      Pour masquer une valeur à vérifier, réimportez avec
      --confirm-masking P1A2B3C4D,P5E6F7A8B : la confirmation est gardée dans
      le projet et réappliquée à chaque import suivant, partout où le mot paraît.
      """
  )

  @ArgumentParser.Argument(help: "L'export à importer (.csv, .tsv, .xlsx, .ods).")
  var file: String

  @Option(
    help:
      "Le fichier projet (par défaut : <nom du fichier sans extension>.observatoire, dans le dossier courant)."
  )
  var project: String?

  @Option(help: "Fichier de correspondance YAML qui corrige les types devinés.")
  var mapping: String?

  @Option(help: "Écrit la correspondance devinée dans ce fichier YAML, pour la corriger.")
  var writeMapping: String?

  @Option(help: "Feuille à lire dans un classeur (XLSX, ODS).")
  var sheet: String?

  @Flag(help: "Affiche le résultat en JSON.")
  var json = false

  @Option(
    name: .customLong("privacy-report"),
    help: ArgumentHelp(
      "Écrit le rapport de confidentialité (valeurs masquées, valeurs à vérifier) ; « - » pour l'afficher.",
      valueName: "fichier"))
  var privacyReport: String?

  @Option(
    name: .customLong("confirm-masking"),
    help: ArgumentHelp(
      "Identifiants de valeurs à vérifier à masquer, séparés par des virgules (gardés dans le projet).",
      valueName: "ids"))
  var confirmMasking: String?

  func validate() throws {
    for id in confirmations where !PrivacyReview.isPossibleIdentifier(id) {
      throw ValidationError(
        "Identifiant « \(id) » inconnu pour --confirm-masking : attendu P suivi de 8 chiffres hexadécimaux, "
          + "tel qu'affiché par --privacy-report.")
    }
  }

  var confirmations: [String] {
    (confirmMasking ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
      .filter { !$0.isEmpty }
  }

  func run() async throws {
    try await exitingOnUserFacingErrors { try await importNow() }
  }

  private func importNow() async throws {
    if let warning = NameLexicon.warningFR { printWarning(warning) }
    let printer = ImportProgressPrinter()
    let result = try await ProjectImport(
      file: file, project: project, mapping: try mapping.map(MappingFile.read), sheet: sheet,
      confirmations: confirmations
    ).run(events: printer.show)
    let (outline, summary, projectPath, review) = (
      result.outline, result.summary, result.project, result.review
    )
    for id in confirmations where !review.confirmedSeen.contains(id) {
      FileHandle.standardError.write(
        Data("Attention : \(id) n'a masqué aucun mot de cet export (identifiant mal recopié ?).\n".utf8))
    }
    if let privacyReport {
      let text = review.renderFR(
        source: outline.sourceName, importCommand: "observatoire import \(file) --project \(projectPath)")
      if privacyReport == "-" {
        // With --json, standard output holds the JSON document only.
        if json { FileHandle.standardError.write(Data(text.utf8)) } else { print(text) }
      } else {
        do {
          try text.write(toFile: privacyReport, atomically: true, encoding: .utf8)
        } catch {
          throw PrivacyReportWriteError(path: privacyReport, detail: error.localizedDescription)
        }
      }
    }
    if let writeMapping {
      try MappingFile.yaml(for: outline.questions).write(
        toFile: writeMapping, atomically: true, encoding: .utf8)
    }
    if json {
      print(try Self.json(outline, summary: summary, project: projectPath))
    } else {
      print(Self.text(outline, summary: summary, project: projectPath))
    }
  }

  static func text(_ c: ConsultationOutline, summary: ImportSummary, project: String) -> String {
    let source =
      summary.sheet.map { "feuille « \($0) »" }
      ?? "encodage \(summary.encoding.rawValue), séparateur « \(summary.delimiter == "\t" ? "tabulation" : summary.delimiter) »"
    var lines = [
      "Import de \(c.sourceName) : \(frenchCount(summary.responseCount, "réponse")), "
        + "\(frenchCount(c.questions.count, "question")) (\(frenchCount(summary.columns, "colonne")), \(source)).",
      "Projet : \(project)",
      "",
    ]
    for q in c.questions {
      var detail = "\(q.kind.rawValue), confiance \(frenchDecimal(q.confidence))"
      if let s = q.scale { detail += ", de \(frenchNumber(s.lowerBound)) à \(frenchNumber(s.upperBound))" }
      if !q.options.isEmpty { detail += ", \(frenchCount(q.options.count, "modalité"))" }
      if q.isSegment { detail += ", segment" }
      lines.append(
        "  \(q.id) — \(q.title) [\(detail)] : \(frenchCount(summary.answeredCounts[q.id] ?? 0, "réponse"))")
    }
    lines.append("")
    if summary.maskedCounts.isEmpty {
      lines.append("Données personnelles masquées : aucune.")
    } else {
      let parts = summary.maskedCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      lines.append("Données personnelles masquées : " + parts.joined(separator: ", ") + ".")
    }
    if !summary.raggedRows.isEmpty {
      let unit = summary.sheet == nil ? "champs" : "colonnes"
      let shown = summary.raggedRows.prefix(5).map {
        "ligne \($0.line) (\(frenchCount($0.fields, String(unit.dropLast()))))"
      }
      let one = summary.raggedRows.count < 2
      let header =
        summary.columns < 2 ? "de la colonne unique" : "des \(summary.columns) colonnes"
      let problem =
        summary.sheet == nil
        ? "\(one ? "n'a" : "n'ont") pas \(frenchCount(summary.columns, "champ"))"
        : "\(one ? "a" : "ont") des cellules remplies au-delà \(header) de l'en-tête (ignorées)"
      lines.append(
        "Attention : \(frenchCount(summary.raggedRows.count, "ligne")) \(problem) : "
          + shown.joined(separator: ", ") + (summary.raggedRows.count > 5 ? "…" : "") + ".")
    }
    return lines.joined(separator: "\n")
  }

  static func json(_ c: ConsultationOutline, summary: ImportSummary, project: String) throws -> String {
    struct QuestionJSON: Encodable {
      var id: String
      var title: String
      var kind: String
      var confidence: Double
      var options: [String]
      var scale: [Double]?
      var isSegment: Bool
      var answered: Int
    }
    struct Output: Encodable {
      var source: String
      var project: String
      var encoding: String
      var delimiter: String
      var responses: Int
      var questions: [QuestionJSON]
      var maskedCounts: [String: Int]
      var raggedLines: [Int]
      var sheet: String?
    }
    let output = Output(
      source: c.sourceName, project: project, encoding: summary.encoding.rawValue,
      delimiter: summary.delimiter, responses: summary.responseCount,
      questions: c.questions.map {
        QuestionJSON(
          id: $0.id.rawValue, title: $0.title, kind: $0.kind.rawValue, confidence: $0.confidence,
          options: $0.options, scale: $0.scale.map { [$0.lowerBound, $0.upperBound] },
          isSegment: $0.isSegment, answered: summary.answeredCounts[$0.id] ?? 0)
      }, maskedCounts: summary.maskedCounts, raggedLines: summary.raggedRows.map(\.line),
      sheet: summary.sheet)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(output), as: UTF8.self)
  }
}

struct PrivacyReportWriteError: UserFacingError {
  var path: String
  var detail: String
  var messageFR: String { "Impossible d'écrire le rapport de confidentialité « \(path) » : \(detail)" }
}
