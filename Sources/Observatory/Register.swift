import Foundation
import Ingest
import ObservatoireCore
import Privacy

/// First degree (écoles) or second degree (collèges, lycées).
public enum SchoolDegree: String, Sendable, Hashable, Codable, CaseIterable {
  case premier = "1er degré"
  case second = "2nd degré"
}

/// Where an initiative stands.
public enum InitiativeStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case enProjet = "en projet"
  case enCours = "en cours"
  case terminee = "terminée"
  case abandonnee = "abandonnée"

  init?(parsing raw: String) {
    let folded = FoldedText.fold(raw)
    switch folded {
    case "en projet", "projet", "prevue": self = .enProjet
    case "en cours", "active": self = .enCours
    case "terminee", "termine", "achevee": self = .terminee
    case "abandonnee", "abandonne", "arretee": self = .abandonnee
    default: return nil
    }
  }
}

/// The school levels a register knows, each in its degree.
public enum SchoolLevel: String, Sendable, Hashable, Codable, CaseIterable {
  case maternelle = "école maternelle"
  case elementaire = "école élémentaire"
  case college = "collège"
  case lyceeGT = "lycée général et technologique"
  case lyceePro = "lycée professionnel"

  public var degree: SchoolDegree {
    switch self {
    case .maternelle, .elementaire: .premier
    case .college, .lyceeGT, .lyceePro: .second
    }
  }

  init?(parsing raw: String) {
    let folded = FoldedText.fold(raw)
    if let exact = SchoolLevel.allCases.first(where: { FoldedText.fold($0.rawValue) == folded }) {
      self = exact
      return
    }
    switch folded {
    case "maternelle", "cycle 1": self = .maternelle
    case "elementaire", "ecole", "primaire", "cycle 2", "cycle 3": self = .elementaire
    case "college", "cycle 4": self = .college
    case "lycee", "lgt", "lycee general", "lycee general technologique", "lycee technologique":
      self = .lyceeGT
    case "lp", "lycee pro", "lycee professionnel": self = .lyceePro
    default: return nil
    }
  }
}

/// One initiative of the register, with its assessment on the grid. Its description and contact
/// are stored masked.
public struct Initiative: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  /// The line of the import file it came from.
  public var line: Int
  public var uai: String
  public var school: String
  public var academie: String
  public var level: SchoolLevel
  public var disciplines: [String]
  public var tools: [String]
  /// The kind of use (« remédiation », « aide à l'écrit »…): the unit of the annual publication.
  public var use: String
  public var description: String
  public var startDate: String?
  public var endDate: String?
  public var contact: String
  public var status: InitiativeStatus
  /// Level per criterion code; a criterion not assessed is absent.
  public var assessment: [String: GridLevel]

  public var degree: SchoolDegree { level.degree }

  public init(
    id: String, line: Int, uai: String, school: String, academie: String, level: SchoolLevel,
    disciplines: [String], tools: [String], use: String, description: String, startDate: String?,
    endDate: String?, contact: String, status: InitiativeStatus, assessment: [String: GridLevel]
  ) {
    self.id = id
    self.line = line
    self.uai = uai
    self.school = school
    self.academie = academie
    self.level = level
    self.disciplines = disciplines
    self.tools = tools
    self.use = use
    self.description = description
    self.startDate = startDate
    self.endDate = endDate
    self.contact = contact
    self.status = status
    self.assessment = assessment
  }

  /// Assessed on every criterion of `grid`.
  public func isFullyAssessed(on grid: InspectionGrid) -> Bool {
    grid.criteria.allSatisfy { assessment[$0.code] != nil }
  }

  /// The publication's rule: assessed on every criterion, each at « maîtrise » or above, and not
  /// abandoned.
  public func isValidated(on grid: InspectionGrid) -> Bool {
    status != .abandonnee
      && grid.criteria.allSatisfy { (assessment[$0.code] ?? .nonIntegre) >= .maitrise }
  }
}

/// Why a register (or a training export) could not be imported: every faulty row, named by its
/// line and column. Nothing was imported.
public struct RowImportError: UserFacingError, Equatable {
  public struct Problem: Sendable, Hashable {
    public var line: Int
    public var column: String?
    public var message: String
    public init(line: Int, column: String?, message: String) {
      self.line = line
      self.column = column
      self.message = message
    }
  }

  public var file: String
  public var what: String
  public var problems: [Problem]

  public init(file: String, what: String, problems: [Problem]) {
    self.file = file
    self.what = what
    self.problems = problems
  }

  /// How many problems the message lists before « … et N autres ».
  static let shown = 12

  public var messageFR: String {
    let lines = problems.prefix(Self.shown).map { problem in
      var place = "\(file), ligne \(problem.line)"
      if let column = problem.column { place += ", colonne « \(column) »" }
      return "  - \(place) : \(problem.message)"
    }
    var text =
      "Erreur : \(what) « \(file) » n'a pas été importé (\(problems.count) "
      + (problems.count > 1 ? "problèmes" : "problème") + ") ; rien n'a été modifié dans le projet.\n"
      + lines.joined(separator: "\n")
    if problems.count > Self.shown { text += "\n  … et \(problems.count - Self.shown) autres." }
    return text
  }
}

/// General observatory errors, in French for the analyst.
public enum ObservatoryError: UserFacingError, Equatable {
  case missingResource(String)
  case missingColumns(file: String, what: String, columns: [String])
  case emptyFile(file: String)
  case unknownSeries(String, known: [String])
  case unknownWave(series: String, wave: String, known: [String])
  case notEnoughWaves(series: String)
  case noConsultation(project: String)
  case invalidMapping(file: String, detail: String)
  case noPublication(year: String)
  case unvalidatedPublication(year: String, changed: Bool)
  case unknownTheme(String)

  public var messageFR: String {
    switch self {
    case .missingResource(let name): "Erreur : ressource « \(name) » absente de l'installation."
    case .missingColumns(let file, let what, let columns):
      "Erreur dans \(file), ligne 1 : colonnes obligatoires absentes pour \(what) : "
        + columns.map { "« \($0) »" }.joined(separator: ", ") + ". Rien n'a été importé."
    case .emptyFile(let file): "Erreur dans \(file) : le fichier ne contient aucune ligne de données."
    case .unknownSeries(let name, let known):
      "Erreur : la série « \(name) » n'existe pas dans ce projet (séries : "
        + (known.isEmpty ? "aucune" : known.joined(separator: ", ")) + ")."
    case .unknownWave(let series, let wave, let known):
      "Erreur : la vague « \(wave) » n'existe pas dans la série « \(series) » (vagues : "
        + (known.isEmpty ? "aucune" : known.joined(separator: ", ")) + ")."
    case .notEnoughWaves(let series):
      "Erreur : la série « \(series) » doit compter au moins deux vagues pour être comparée."
    case .noConsultation(let project):
      "Erreur : le projet « \(project) » ne contient pas de consultation importée."
    case .invalidMapping(let file, let detail): "Erreur dans \(file) : \(detail)."
    case .noPublication(let year):
      "Erreur : aucune publication « \(year) » n'a été générée."
    case .unvalidatedPublication(let year, let changed):
      changed
        ? "Erreur : la publication « \(year) » a changé depuis sa validation : relisez-la et validez-la de nouveau, ou exportez-la comme brouillon."
        : "Erreur : la publication « \(year) » n'est pas validée : relisez-la puis validez-la, ou exportez-la comme brouillon."
    case .unknownTheme(let detail): "Erreur : \(detail)."
    }
  }
}

/// Reads a register of initiatives and their assessments from a form export (CSV, XLSX, ODS).
/// Every row is checked before anything is kept: an unknown grid level, a malformed UAI, an
/// unknown level or status, a bad date, a repeated identifier — each is named by its line and
/// column, and the whole file is refused.
public struct RegisterImporter: Sendable {
  public var grid: InspectionGrid
  public var masker: PersonalDataMasker

  public init(grid: InspectionGrid, masker: PersonalDataMasker = PersonalDataMasker()) {
    self.grid = grid
    self.masker = masker
  }

  enum Field: String, CaseIterable {
    case id, uai, school, academie, level, disciplines, tools, use, description, start, end, contact, status

    var aliases: [String] {
      switch self {
      case .id: ["identifiant", "id", "numero", "n"]
      case .uai: ["uai", "code uai", "rne", "uai etablissement"]
      case .school: ["etablissement", "ecole", "nom de l etablissement", "ecole ou etablissement"]
      case .academie: ["academie"]
      case .level: ["niveau", "niveau scolaire", "type d etablissement"]
      case .disciplines: ["disciplines", "discipline", "disciplines concernees"]
      case .tools: ["outils", "outils utilises", "outil"]
      case .use: ["usage", "type d usage", "usage pedagogique"]
      case .description: ["description", "description de l initiative"]
      case .start: ["date de debut", "debut", "date debut"]
      case .end: ["date de fin", "fin", "date fin"]
      case .contact: ["contact", "referent", "contact referent"]
      case .status: ["statut", "etat"]
      }
    }

    var required: Bool { [.uai, .academie, .level, .disciplines, .description, .status].contains(self) }

    var labelFR: String {
      switch self {
      case .id: "identifiant"
      case .uai: "UAI"
      case .school: "établissement"
      case .academie: "académie"
      case .level: "niveau"
      case .disciplines: "disciplines"
      case .tools: "outils"
      case .use: "usage"
      case .description: "description"
      case .start: "date de début"
      case .end: "date de fin"
      case .contact: "contact"
      case .status: "statut"
      }
    }
  }

  /// Reads `url` whole and returns the initiatives, or throws `RowImportError` listing every
  /// faulty row (nothing is returned, so nothing can be half-stored).
  public func read(_ url: URL, sheet: String? = nil) throws -> [Initiative] {
    let file = url.lastPathComponent
    var header: [String]?
    var columnOf: [Field: Int] = [:]
    var criterionColumns: [(criterion: GridCriterion, column: Int)] = []
    var problems: [RowImportError.Problem] = []
    var initiatives: [Initiative] = []
    var seenIDs: [String: Int] = [:]
    try ConsultationImporter().forEachRecord(at: url, sheet: sheet) { fields, line in
      guard let known = header else {
        header = fields
        for (index, name) in fields.enumerated() {
          let folded = FoldedText.fold(name)
          if let criterion = grid.criterion(forHeader: name) {
            criterionColumns.append((criterion, index))
          } else if let field = Field.allCases.first(where: { $0.aliases.contains(folded) }),
            columnOf[field] == nil
          {
            columnOf[field] = index
          }
        }
        let missing = Field.allCases.filter { $0.required && columnOf[$0] == nil }
        if !missing.isEmpty {
          throw ObservatoryError.missingColumns(
            file: file, what: "un registre d'initiatives", columns: missing.map(\.labelFR))
        }
        return
      }
      if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { return }
      func value(_ field: Field) -> String {
        guard let index = columnOf[field], index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
      }
      func report(_ field: Field?, _ message: String, column: String? = nil) {
        let name = column ?? field.flatMap { columnOf[$0] }.map { known[$0] }
        problems.append(.init(line: line, column: name, message: message))
      }
      let uai = UAICode.normalised(value(.uai))
      if uai.isEmpty {
        report(.uai, "UAI manquant")
      } else if !UAICode.isValid(uai) {
        report(
          .uai,
          "UAI « \(value(.uai)) » mal formé : sept chiffres puis une lettre de contrôle attendus (par ex. 0590001X)"
            + (uai.count == 8 && uai.prefix(7).allSatisfy(\.isNumber)
              ? " ; la lettre de contrôle ne correspond pas" : ""))
      }
      let level = SchoolLevel(parsing: value(.level))
      if level == nil {
        report(
          .level,
          "niveau « \(value(.level)) » inconnu (attendu : "
            + SchoolLevel.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      let status = InitiativeStatus(parsing: value(.status))
      if status == nil {
        report(
          .status,
          "statut « \(value(.status)) » inconnu (attendu : "
            + InitiativeStatus.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      let academie = value(.academie)
      if academie.isEmpty { report(.academie, "académie manquante") }
      let disciplines = Self.list(value(.disciplines))
      if disciplines.isEmpty { report(.disciplines, "aucune discipline") }
      let description = value(.description)
      if description.isEmpty { report(.description, "description manquante") }
      var dates: [Field: String] = [:]
      for field in [Field.start, .end] where !value(field).isEmpty {
        if let date = Self.isoDate(value(field)) {
          dates[field] = date
        } else {
          report(field, "date « \(value(field)) » illisible (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)")
        }
      }
      var assessment: [String: GridLevel] = [:]
      for (criterion, column) in criterionColumns {
        let raw = column < fields.count ? fields[column].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        guard !raw.isEmpty else { continue }
        if let level = GridLevel(parsing: raw) {
          assessment[criterion.code] = level
        } else {
          report(
            nil,
            "niveau de grille « \(raw) » inconnu pour « \(criterion.label) » (attendu : 1 non intégré, 2 initiation, 3 maîtrise, 4 expertise, ou vide si non évalué)",
            column: known[column])
        }
      }
      var id = value(.id)
      if id.isEmpty { id = "L\(line)" }
      if let first = seenIDs[id] {
        report(.id, "identifiant « \(id) » déjà utilisé ligne \(first)")
      } else {
        seenIDs[id] = line
      }
      guard let level, let status, problems.last?.line != line else { return }
      initiatives.append(
        Initiative(
          id: id, line: line, uai: uai, school: masker.mask(value(.school)).text, academie: academie,
          level: level, disciplines: disciplines, tools: Self.list(value(.tools)),
          use: value(.use).isEmpty ? "usage non précisé" : value(.use),
          description: masker.mask(description).text, startDate: dates[.start], endDate: dates[.end],
          contact: Self.maskedContact(value(.contact), masker: masker), status: status, assessment: assessment
        ))
    }
    guard header != nil else { throw ObservatoryError.emptyFile(file: file) }
    if !problems.isEmpty {
      throw RowImportError(file: file, what: "le registre", problems: problems)
    }
    guard !initiatives.isEmpty else { throw ObservatoryError.emptyFile(file: file) }
    return initiatives
  }

  /// A contact is personal data as a whole: the masker's placeholders where it recognises a kind
  /// (name, e-mail, telephone), and « [contact] » for whatever it leaves that still holds letters or
  /// digits — a contact field is never published as written.
  static func maskedContact(_ raw: String, masker: PersonalDataMasker) -> String {
    guard !raw.isEmpty else { return "" }
    let masked = masker.mask(raw)
    var rest = masked.text
    for kind in PersonalDataKind.allCases {
      rest = rest.replacingOccurrences(of: kind.placeholder, with: " ")
    }
    let leftover = FoldedText.fold(rest).split(separator: " ").filter {
      !["mme", "m", "mr", "madame", "monsieur", "tel", "mel", "courriel"].contains(String($0))
    }
    if masked.findings.isEmpty || !leftover.isEmpty { return "[contact]" }
    return masked.text
  }

  /// Items separated by « ; », « , », « / » or « | ».
  static func list(_ raw: String) -> [String] {
    raw.split(whereSeparator: { ";,|/".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// « 2025-09-01 » or « 01/09/2025 » as « 2025-09-01 »; nil otherwise.
  static func isoDate(_ raw: String) -> String? {
    let parts: [Int]
    if raw.contains("/") {
      let split = raw.split(separator: "/").compactMap { Int($0) }
      guard split.count == 3 else { return nil }
      parts = [split[2], split[1], split[0]]
    } else {
      let split = raw.prefix(10).split(separator: "-").compactMap { Int($0) }
      guard split.count == 3 else { return nil }
      parts = split
    }
    let (year, month, day) = (parts[0], parts[1], parts[2])
    guard (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
    var components = DateComponents()
    components.year = year
    components.month = month
    components.day = day
    let calendar = Calendar(identifier: .gregorian)
    guard let date = calendar.date(from: components),
      calendar.component(.day, from: date) == day
    else { return nil }
    return String(format: "%04d-%02d-%02d", year, month, day)
  }
}
