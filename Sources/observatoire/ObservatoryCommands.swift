import ArgumentParser
import Foundation
import ObservatoireApp
import Observatory

// The observatory's commands parse, call `ObservatoryService` (the application layer) and print.

/// `--projet`, the observatory's store: a project file (`.observatoire`), or a folder holding
/// exactly one. The commands that import create the file when it does not exist yet.
struct ObservatoryProjectOption: ParsableArguments {
  @Option(
    name: [.customLong("projet"), .customLong("project")],
    help: ArgumentHelp(
      "Le projet (.observatoire) qui garde l'observatoire, ou un dossier qui en contient un seul (par défaut : le dossier courant). Les commandes d'import le créent s'il n'existe pas.",
      valueName: "projet"))
  var path: String = "."

  func service() throws -> ObservatoryService { try ObservatoryService(project: path) }
}

/// The export an import reads, and the sheet of a workbook.
struct ExportFileOptions: ParsableArguments {
  @ArgumentParser.Argument(help: ArgumentHelp("L'export (CSV, XLSX, ODS).", valueName: "fichier"))
  var file: String

  @Option(name: .customLong("feuille"), help: "Feuille à lire dans un classeur (par défaut : la première).")
  var sheet: String?

  var url: URL { URL(fileURLWithPath: file) }
}

/// `--annee` of the publication's commands.
struct PublicationYearOption: ParsableArguments {
  @Option(help: "Année de la publication (ex. 2025-2026).")
  var annee: String
}

/// The series argument of `serie …`.
struct SeriesArgument: ParsableArguments {
  @ArgumentParser.Argument(help: ArgumentHelp("Nom de la série.", valueName: "serie"))
  var name: String
}

/// `--out`: the folder where a command writes its pages.
struct OutputFolderOption: ParsableArguments {
  @Option(help: "Dossier où écrire les pages (HTML et leurs fichiers de style).")
  var out: String?

  var folder: URL? { out.map { URL(fileURLWithPath: $0) } }
}

// MARK: - registre

struct RegisterCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "registre",
    abstract: "Registre des initiatives et leur évaluation sur la grille de l'inspection.",
    discussion: """
      Le registre recense les initiatives d'usage de l'IA des écoles et établissements : UAI, niveau, \
      disciplines, outils, usage, description, dates, contact (masqué à l'import) et statut. Chaque \
      initiative peut être évaluée sur les six critères de la grille de l'annexe 4 du rapport de \
      l'IGÉSR (mai 2025), chacun à l'un des quatre niveaux : 1 non intégré, 2 initiation, \
      3 maîtrise, 4 expertise. « observatoire registre grille » affiche les descripteurs.

      Exemple :
        observatoire registre importer examples/observatoire/registre-initiatives.csv --projet obs.observatoire
        observatoire registre vue --par academie --projet obs.observatoire
        observatoire registre carte --out registre --projet obs.observatoire
      """,
    subcommands: [
      RegisterImportCommand.self, RegisterViewCommand.self, RegisterMapCommand.self, GridCommand.self,
    ]
  )
}

struct RegisterImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "importer",
    abstract: "Importe (remplace) le registre et ses évaluations depuis un export de formulaire.",
    discussion: """
      FICHIER : CSV, XLSX ou ODS, une ligne par initiative. Colonnes reconnues (l'ordre et la casse \
      importent peu) : Identifiant, UAI, Établissement, Académie, Niveau, Disciplines (séparées par \
      « ; »), Outils, Usage, Description, Date de début, Date de fin, Contact, Statut, puis une \
      colonne par critère de la grille, nommée par son libellé (« Protection des élèves ») ou son \
      code (« protection »), contenant 1 à 4, le nom du niveau, ou rien si le critère n'est pas évalué.

      Chaque ligne est vérifiée avant tout enregistrement : un niveau de grille inconnu, un UAI mal \
      formé (sept chiffres et une lettre de contrôle), un niveau scolaire ou un statut inconnu, une \
      date illisible sont signalés avec leur ligne et leur colonne, et rien n'est importé. Les \
      descriptions et les contacts sont masqués comme toute donnée personnelle.
      """)

  @OptionGroup var export: ExportFileOptions
  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      print(try project.service().importRegister(file: export.url, sheet: export.sheet).summaryFR)
    }
  }
}

/// `--par` of `registre vue`.
enum RegisterDimensionArgument: String, ExpressibleByArgument, CaseIterable {
  case discipline, niveau, academie, degre
  var value: RegisterDimension { RegisterDimension(rawValue: rawValue) ?? .discipline }
}

/// `--par` of `formation suivi`.
enum TrainingTerritoryArgument: String, ExpressibleByArgument, CaseIterable {
  case academie, departement, etablissement, role
  var value: TrainingTerritory { TrainingTerritory(rawValue: rawValue) ?? .academie }
}

struct RegisterViewCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vue",
    abstract: "Initiatives par discipline, niveau, académie ou degré, avec le niveau moyen par critère.")

  @Option(name: .customLong("par"), help: "discipline, niveau, academie ou degre.")
  var dimension: RegisterDimensionArgument = .discipline

  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      print(try project.service().registerText(by: dimension.value))
    }
  }
}

struct RegisterMapCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carte",
    abstract: "Carte de chaleur des niveaux de la grille par critère (terminal, ou page HTML avec --out).",
    discussion: """
      Sans --out, affiche le tableau dans le terminal. Avec --out DOSSIER, écrit registre.html \
      (système de design de l'État) : la carte de chaleur, les vues par discipline, niveau et \
      académie, et les descripteurs de la grille. --discipline, --niveau et --academie restreignent \
      la carte à une partie du registre.
      """)

  @OptionGroup var output: OutputFolderOption

  @Option(help: "Ne garder que cette discipline.")
  var discipline: String?

  @Option(help: "Ne garder que ce niveau (ex. « collège »).")
  var niveau: String?

  @Option(help: "Ne garder que cette académie.")
  var academie: String?

  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let service = try project.service()
      let filter = ObservatoryService.RegisterFilter(
        discipline: discipline, level: niveau, academie: academie)
      guard let folder = output.folder else {
        print(try service.heatMapText(filter))
        return
      }
      let written = try service.writeRegisterPage(filter, to: folder)
      print("Carte écrite dans \(written.page.path) (\(written.initiatives) initiatives).")
    }
  }
}

struct GridCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grille", abstract: "Affiche la grille : critères, niveaux et descripteurs.")

  func run() async throws {
    try await exitingOnUserFacingErrors { print(try ObservatoryService.gridText()) }
  }
}

// MARK: - formation

struct TrainingCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formation",
    abstract: "Suivi des formations à l'IA : initiation → utilisation → expertise.",
    discussion: """
      Importez l'export de la plateforme de formation (une ligne par personne et par session :
      Agent, UAI, Académie, Département, Rôle, Formation, Étape, Date), puis suivez la couverture \
      et la progression par territoire et par année scolaire. Les effectifs de personnes \
      inférieurs à k sont masqués, ainsi que ce qui permettrait de les retrouver.

      Exemple :
        observatoire formation importer examples/observatoire/formations.csv --projet obs.observatoire
        observatoire formation suivi --par academie --projet obs.observatoire
      """,
    subcommands: [TrainingImportCommand.self, TrainingFollowUpCommand.self])
}

struct TrainingImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "importer",
    abstract: "Importe (remplace) les formations depuis un export (CSV, XLSX, ODS).",
    discussion: """
      Formations reconnues : café IA, autoformation « Connaître, utiliser et enseigner l'IA » (5 h), \
      formation locale, co-intervention, classe ouverte, webinaire. Étapes : initiation, \
      utilisation, expertise. L'identifiant de la plateforme n'est pas gardé : chaque personne \
      reçoit un numéro dans le projet. Une ligne fautive est signalée avec sa ligne et sa colonne, \
      et rien n'est importé.
      """)

  @OptionGroup var export: ExportFileOptions
  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      print(try project.service().importTraining(file: export.url, sheet: export.sheet).summaryFR)
    }
  }
}

struct TrainingFollowUpCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suivi",
    abstract: "Couverture et progression par territoire et par année scolaire.",
    discussion: """
      Pour chaque territoire et chaque année scolaire (cumulé) : personnes formées, progression \
      depuis l'année précédente, répartition selon l'étape la plus haute atteinte, établissements \
      touchés, personnes par type de formation. Avec --out : formation.html et formation.ods.
      """)

  @Option(name: .customLong("par"), help: "academie, departement, etablissement ou role.")
  var territory: TrainingTerritoryArgument = .academie

  @OptionGroup var output: OutputFolderOption
  @OptionGroup var smallCells: SmallCellOptions
  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let coverage = try project.service().trainingCoverage(by: territory.value, k: smallCells.k)
      print(coverage.text)
      if let folder = output.folder {
        try coverage.write(to: folder)
        print("Suivi écrit dans \(folder.path) : formation.html, formation.ods.")
      }
    }
  }
}

// MARK: - serie

struct SeriesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serie",
    abstract: "Séries de consultations dans le temps (vagues) et leur comparaison.",
    discussion: """
      Une série regroupe les vagues d'un même questionnaire (par exemple l'enquête enseignants de \
      chaque printemps). Chaque vague est d'abord importée et analysée comme une consultation \
      (« observatoire analyse »), puis ajoutée à la série : l'observatoire en garde les effectifs \
      des questions fermées et les thèmes des réponses libres (avec le centre de leurs plongements).

      Exemple :
        observatoire analyse examples/observatoire/enseignants-2025.csv --mapping examples/observatoire/enseignants.mapping.yaml --no-llm
        observatoire serie ajouter enseignants --vague 2025 --depuis enseignants-2025.observatoire --projet obs.observatoire
        (de même pour 2026)
        observatoire serie comparer enseignants --projet obs.observatoire
      """,
    subcommands: [SeriesAddCommand.self, SeriesCompareCommand.self, SeriesValidateThemeCommand.self])
}

struct SeriesAddCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ajouter", abstract: "Ajoute (ou remplace) une vague d'une série, depuis un projet analysé.")

  @OptionGroup var series: SeriesArgument

  @Option(help: "Libellé de la vague (ex. 2026).")
  var vague: String

  @Option(help: "Le projet de la vague, importé et analysé.")
  var depuis: String

  @Option(help: "Rang de la vague dans la série (par défaut : après les autres).")
  var rang: Int?

  @OptionGroup var models: ModelOptions
  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let added = try await project.service().addWave(
        series: series.name, wave: vague, position: rang, from: depuis, models: try models.settings())
      print(
        "Vague « \(vague) » ajoutée à la série « \(series.name) » : \(added.respondents) répondants, \(added.closedQuestions) questions fermées, "
          + "\(added.themes) thèmes de réponses libres.")
      if !added.analysed {
        print(
          "Attention : le projet n'a pas d'analyse des réponses libres ; lancez « observatoire analyse » puis ajoutez la vague à nouveau."
        )
      }
    }
  }
}

struct SeriesCompareCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "comparer",
    abstract:
      "Compare deux vagues : questions fermées (intervalles, test) et thèmes (nouveaux, continus, en retrait).",
    discussion: """
      Les questions sont appariées par code, puis par libellé (mots en commun ≥ 60 %) ; un fichier \
      --correspondances (YAML) confirme ou corrige : « questions: { Q4: Q3, Q7: null } » (code de la \
      vague récente : code de la vague ancienne, null pour « pas la même question »).

      Questions fermées : part de chaque modalité dans chaque vague avec son intervalle de Wilson à \
      95 %, écart en points avec son intervalle (Newcombe), p-valeur du test de deux proportions, et \
      test du khi-deux de la question entière ; pour tous, puis par segment. Réponses libres : chaque \
      thème de la vague récente est apparié au thème le plus proche de l'ancienne (cosinus des \
      centres de leurs plongements, une fois retirée la moyenne des deux vagues, ≥ --seuil) : il \
      « continue » ; sinon il est « nouveau » ; les thèmes anciens qu'aucun thème récent n'atteint \
      sont « en retrait ». Le cosinus de chaque paire est affiché : relisez les paires avant de \
      publier. Les effectifs inférieurs à k sont masqués. Avec --out : comparaison.html et \
      comparaison.md.
      """)

  @OptionGroup var series: SeriesArgument

  @Option(help: "Vague ancienne (par défaut : l'avant-dernière).")
  var de: String?

  @Option(help: "Vague récente (par défaut : la dernière).")
  var a: String?

  @Option(
    help: ArgumentHelp(
      "Cosinus minimal (centré) entre centres de thèmes pour dire qu'un thème continue "
        + "(étalonné à 0,5 sur des données réelles, voir docs/observatoire.md).",
      valueName: "cosinus"))
  var seuil: Double = WaveComparer.defaultThemeThreshold

  @Option(help: "Fichier YAML de correspondance des questions.")
  var correspondances: String?

  @OptionGroup var output: OutputFolderOption

  @Flag(help: "Affiche la comparaison en JSON.")
  var json = false

  @OptionGroup var smallCells: SmallCellOptions
  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let comparison = try project.service().compareWaves(
        ObservatoryService.ComparisonRequest(
          series: series.name, earlier: de, later: a, k: smallCells.k, themeThreshold: seuil,
          mappingFile: correspondances))
      print(
        json
          ? try ObservatoryService.comparisonJSON(comparison) : ObservatoryService.comparisonText(comparison))
      if let folder = output.folder { try ObservatoryService.writeComparison(comparison, to: folder) }
    }
  }
}

struct SeriesValidateThemeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "valider-theme",
    abstract: "Valide un thème d'une vague pour la publication annuelle.",
    discussion: """
      Seuls les thèmes validés par un analyste entrent dans la publication annuelle, avec leur \
      série, leur vague et leur effectif publié. Les thèmes déjà validés dans la relecture de la \
      vague le sont aussi.
      """)

  @OptionGroup var series: SeriesArgument

  @Option(help: "Libellé de la vague.")
  var vague: String

  @Option(help: "Code de la question libre.")
  var question: String

  @Option(help: "Libellé exact du thème.")
  var theme: String

  @Option(help: "Qui valide.")
  var par: String

  @OptionGroup var smallCells: SmallCellOptions
  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      try project.service().validateTheme(
        series: series.name, wave: vague, question: question, theme: theme, by: par, k: smallCells.k)
      print("Thème « \(theme) » validé pour la publication.")
    }
  }
}

// MARK: - publication

struct PublicationCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publication",
    abstract: "Publication annuelle des usages pertinents de l'IA par discipline.",
    discussion: """
      Trois temps : générer (depuis le registre et les thèmes validés), relire puis valider, \
      exporter. L'export d'une publication non validée, ou modifiée depuis sa validation, est \
      refusé, sauf --brouillon (chaque page porte alors « BROUILLON — non validé »).

      Exemple :
        observatoire publication generer --annee 2025-2026 --projet obs.observatoire
        observatoire publication exporter --annee 2025-2026 --out publication --brouillon --projet obs.observatoire
        observatoire publication valider --annee 2025-2026 --par "IA-IPR référent" --projet obs.observatoire
        observatoire publication exporter --annee 2025-2026 --out publication --projet obs.observatoire
      """,
    subcommands: [
      PublicationGenerateCommand.self, PublicationValidateCommand.self, PublicationExportCommand.self,
    ])
}

struct PublicationGenerateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generer",
    abstract:
      "Génère (ou régénère) la publication d'une année ; une validation antérieure ne vaut plus si elle change."
  )

  @OptionGroup var year: PublicationYearOption
  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let generated = try project.service().generatePublication(year: year.annee)
      print(generated.summaryFR)
      print(
        generated.stillValidated
          ? "Elle reste validée (inchangée)." : "Elle doit être relue puis validée avant export.")
    }
  }
}

struct PublicationValidateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "valider", abstract: "Valide la publication telle qu'elle est enregistrée.")

  @OptionGroup var year: PublicationYearOption

  @Option(help: "Qui valide (nom ou fonction).")
  var par: String

  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      try project.service().validatePublication(year: year.annee, by: par)
      print("Publication « \(year.annee) » validée par \(par).")
    }
  }
}

enum PublicationFormatArgument: String, ExpressibleByArgument, CaseIterable {
  case html, markdown, ods, tout

  var formats: Set<PublicationFormat> {
    switch self {
    case .html: [.html]
    case .markdown: [.markdown]
    case .ods: [.ods]
    case .tout: Set(PublicationFormat.allCases)
    }
  }
}

struct PublicationExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exporter", abstract: "Exporte la publication : HTML (DSFR), Markdown, ODS.")

  @OptionGroup var year: PublicationYearOption

  @Option(help: "Dossier de sortie.")
  var out: String

  @Option(help: "html, markdown, ods ou tout.")
  var format: PublicationFormatArgument = .tout

  @Flag(help: "Exporte une publication non validée, marquée « BROUILLON — non validé ».")
  var brouillon = false

  @OptionGroup var project: ObservatoryProjectOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let exported = try project.service().exportPublication(
        year: year.annee, formats: format.formats, to: URL(fileURLWithPath: out), draft: brouillon)
      print(
        (exported.validated ? "Publication exportée" : "Brouillon exporté") + " dans \(out) : "
          + exported.files.joined(separator: ", ") + ".")
    }
  }
}
