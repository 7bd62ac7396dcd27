import Foundation
import Ingest
import ObservatoireCore
import Privacy
import Reporting

/// The path of the training plan.
public enum TrainingStage: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case initiation = 1
  case utilisation = 2
  case expertise = 3

  public static func < (a: TrainingStage, b: TrainingStage) -> Bool { a.rawValue < b.rawValue }

  public var labelFR: String {
    switch self {
    case .initiation: "initiation"
    case .utilisation: "utilisation"
    case .expertise: "expertise"
    }
  }

  init?(parsing raw: String) {
    switch FoldedText.fold(raw) {
    case "initiation", "1", "niveau 1", "decouverte": self = .initiation
    case "utilisation", "2", "niveau 2": self = .utilisation
    case "expertise", "3", "niveau 3", "expert": self = .expertise
    default: return nil
    }
  }
}

/// The kinds of training the regional plans list.
public enum TrainingKind: String, Sendable, Hashable, Codable, CaseIterable {
  case cafeIA = "café IA"
  case autoformation = "autoformation « Connaître, utiliser et enseigner l'IA » (5 h)"
  case formationLocale = "formation locale"
  case coIntervention = "co-intervention"
  case classeOuverte = "classe ouverte"
  case webinaire = "webinaire"

  public var shortLabel: String {
    switch self {
    case .autoformation: "autoformation 5 h"
    default: rawValue
    }
  }

  init?(parsing raw: String) {
    let folded = FoldedText.fold(raw)
    if folded.contains("cafe") {
      self = .cafeIA
    } else if folded.contains("autoformation") || folded.contains("connaitre utiliser") {
      self = .autoformation
    } else if folded.contains("co intervention") || folded.contains("cointervention") {
      self = .coIntervention
    } else if folded.contains("classe") && folded.contains("ouverte") {
      self = .classeOuverte
    } else if folded.contains("webinaire") || folded.contains("webinar") {
      self = .webinaire
    } else if folded.contains("formation locale") || folded.contains("formation d initiative locale")
      || folded == "fil" || folded == "locale"
    {
      self = .formationLocale
    } else {
      return nil
    }
  }
}

/// One line of a training-platform export: a person (by a number the import assigns, never the
/// platform's identifier), a school, a role, a kind of training, the stage it validates, a date.
public struct TrainingRecord: Sendable, Hashable, Codable {
  public var person: Int
  public var uai: String
  public var academie: String
  public var departement: String
  public var role: String
  public var kind: TrainingKind
  public var stage: TrainingStage
  /// « 2025-03-14 »
  public var date: String

  public init(
    person: Int, uai: String, academie: String, departement: String, role: String, kind: TrainingKind,
    stage: TrainingStage, date: String
  ) {
    self.person = person
    self.uai = uai
    self.academie = academie
    self.departement = departement
    self.role = role
    self.kind = kind
    self.stage = stage
    self.date = date
  }

  /// The school year of the date: « 2024-2025 » from 1 September 2024 to 31 August 2025.
  public var schoolYear: String { Self.schoolYear(of: date) }

  static func schoolYear(of date: String) -> String {
    let parts = date.split(separator: "-").compactMap { Int($0) }
    guard parts.count >= 2 else { return "?" }
    let start = parts[1] >= 9 ? parts[0] : parts[0] - 1
    return "\(start)-\(start + 1)"
  }
}

/// Reads a training-platform export (CSV, XLSX, ODS). Every row is checked first; a faulty row
/// refuses the whole file, named by line and column.
public struct TrainingImporter: Sendable {
  public init() {}

  enum Field: CaseIterable {
    case person, uai, academie, departement, role, kind, stage, date

    var aliases: [String] {
      switch self {
      case .person: ["agent", "identifiant agent", "identifiant", "id agent", "personne"]
      case .uai: ["uai", "code uai", "rne"]
      case .academie: ["academie"]
      case .departement: ["departement"]
      case .role: ["role", "fonction", "corps"]
      case .kind: ["formation", "type de formation", "modalite", "dispositif"]
      case .stage: ["etape", "niveau", "parcours", "etape du parcours"]
      case .date: ["date", "date de la formation", "date de validation"]
      }
    }

    var labelFR: String {
      switch self {
      case .person: "agent"
      case .uai: "UAI"
      case .academie: "académie"
      case .departement: "département"
      case .role: "rôle"
      case .kind: "formation"
      case .stage: "étape"
      case .date: "date"
      }
    }
  }

  public func read(_ url: URL, sheet: String? = nil) throws -> [TrainingRecord] {
    let file = url.lastPathComponent
    var header: [String]?
    var columnOf: [Field: Int] = [:]
    var problems: [RowImportError.Problem] = []
    var records: [TrainingRecord] = []
    var people: [String: Int] = [:]
    try ConsultationImporter().forEachRecord(at: url, sheet: sheet) { fields, line in
      guard let known = header else {
        header = fields
        for (index, name) in fields.enumerated() {
          let folded = FoldedText.fold(name)
          if let field = Field.allCases.first(where: { $0.aliases.contains(folded) }), columnOf[field] == nil
          {
            columnOf[field] = index
          }
        }
        let missing = Field.allCases.filter { columnOf[$0] == nil }
        if !missing.isEmpty {
          throw ObservatoryError.missingColumns(
            file: file, what: "un export de formation", columns: missing.map(\.labelFR))
        }
        return
      }
      if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { return }
      func value(_ field: Field) -> String {
        guard let index = columnOf[field], index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
      }
      func report(_ field: Field, _ message: String) {
        problems.append(.init(line: line, column: columnOf[field].map { known[$0] }, message: message))
      }
      let before = problems.count
      let uai = UAICode.normalised(value(.uai))
      if !UAICode.isValid(uai) {
        report(.uai, "UAI « \(value(.uai)) » mal formé : sept chiffres puis une lettre de contrôle attendus")
      }
      let kind = TrainingKind(parsing: value(.kind))
      if kind == nil {
        report(
          .kind,
          "formation « \(value(.kind)) » inconnue (attendu : "
            + TrainingKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      let stage = TrainingStage(parsing: value(.stage))
      if stage == nil {
        report(.stage, "étape « \(value(.stage)) » inconnue (attendu : initiation, utilisation ou expertise)")
      }
      let date = RegisterImporter.isoDate(value(.date))
      if date == nil {
        report(.date, "date « \(value(.date)) » illisible (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)")
      }
      for field in [Field.person, .academie, .departement, .role] where value(field).isEmpty {
        report(field, "\(field.labelFR) manquant")
      }
      guard problems.count == before, let kind, let stage, let date else { return }
      let person = people[value(.person)] ?? (people.count + 1)
      people[value(.person)] = person
      records.append(
        TrainingRecord(
          person: person, uai: uai, academie: value(.academie), departement: value(.departement),
          role: value(.role), kind: kind, stage: stage, date: date))
    }
    guard header != nil else { throw ObservatoryError.emptyFile(file: file) }
    if !problems.isEmpty {
      throw RowImportError(file: file, what: "l'export de formation", problems: problems)
    }
    guard !records.isEmpty else { throw ObservatoryError.emptyFile(file: file) }
    return records
  }
}

/// How training follow-up is cut.
public enum TrainingTerritory: String, Sendable, Hashable, CaseIterable {
  case academie
  case departement
  case etablissement
  case role

  public var labelFR: String {
    switch self {
    case .academie: "Académie"
    case .departement: "Département"
    case .etablissement: "Établissement (UAI)"
    case .role: "Rôle"
    }
  }

  func key(of record: TrainingRecord) -> String {
    switch self {
    case .academie: record.academie
    case .departement: record.departement
    case .etablissement: record.uai
    case .role: record.role
    }
  }
}

/// Staff trained in a territory by the end of a school year, by the highest stage each person
/// has reached: published under the small-cell rule (people are counted, so *k* applies; the
/// three stages add up to the total, so one masked stage masks another).
public struct TrainingCoverageRow: Sendable, Hashable, Codable {
  public var territory: String
  public var schoolYear: String
  /// People trained so far (any stage); nil when masked.
  public var trained: Int?
  /// People whose highest stage is initiation, utilisation, expertise; nil when masked.
  public var byStage: [Int?]
  /// Schools with at least one person trained (schools are not people: published as they are).
  public var schools: Int
  /// Change in people trained since the previous school year, when both are published.
  public var progress: Int?
  /// People who followed each kind of training so far (a person may follow several).
  public var byKind: [String: Int?]
}

public enum TrainingFollowUp {
  /// Coverage and progress by territory and school year, cumulative: a person counts from the
  /// year of their first training, at the highest stage reached by the end of each year.
  public static func coverage(
    _ records: [TrainingRecord], by territory: TrainingTerritory, policy: SmallCellPolicy
  )
    -> [TrainingCoverageRow]
  {
    let years = Array(Set(records.map(\.schoolYear))).sorted()
    var byTerritory: [String: [TrainingRecord]] = [:]
    for record in records { byTerritory[territory.key(of: record), default: []].append(record) }
    var rows: [TrainingCoverageRow] = []
    for (name, list) in byTerritory.sorted(by: { $0.key < $1.key }) {
      var previous: Int?
      for year in years {
        let sofar = list.filter { $0.schoolYear <= year }
        var highest: [Int: TrainingStage] = [:]
        for record in sofar {
          highest[record.person] = max(highest[record.person] ?? .initiation, record.stage)
        }
        let total = highest.count
        let stages = TrainingStage.allCases.map { stage in highest.values.filter { $0 == stage }.count }
        let publishedTotal = policy.mask([total], addsUp: false)[0]
        let publishedStages = policy.mask(
          stages, forced: stages.map { _ in publishedTotal == nil }, addsUp: true)
        var kinds: [String: Int?] = [:]
        let kindCounts = TrainingKind.allCases.map { kind in
          Set(sofar.filter { $0.kind == kind }.map(\.person)).count
        }
        let publishedKinds = policy.mask(
          kindCounts, forced: kindCounts.map { _ in publishedTotal == nil }, addsUp: false)
        for (index, kind) in TrainingKind.allCases.enumerated() {
          kinds.updateValue(publishedKinds[index], forKey: kind.shortLabel)
        }
        let progress: Int? =
          if let publishedTotal, let previous { publishedTotal - previous } else { nil }
        rows.append(
          TrainingCoverageRow(
            territory: name, schoolYear: year, trained: publishedTotal, byStage: publishedStages,
            schools: Set(sofar.map(\.uai)).count, progress: progress, byKind: kinds))
        previous = publishedTotal
      }
    }
    return rows
  }

  /// The coverage as a text table for the terminal.
  public static func text(_ rows: [TrainingCoverageRow], territory: TrainingTerritory, k: Int) -> String {
    let masked = "< \(k) ou masqué"
    func show(_ value: Int?) -> String { value.map(String.init) ?? masked }
    let header =
      [territory.labelFR, "année", "formés", "progression"] + TrainingStage.allCases.map(\.labelFR)
      + ["établissements"] + TrainingKind.allCases.map(\.shortLabel)
    let body = rows.map { row in
      [
        row.territory, row.schoolYear, show(row.trained),
        row.progress.map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? "–",
      ]
        + row.byStage.map(show) + ["\(row.schools)"]
        + TrainingKind.allCases.map { show(row.byKind[$0.shortLabel] ?? nil) }
    }
    return TextTable.render(header: header, rows: body)
  }
}

/// The training follow-up as an HTML page (the report's layout) and ODS tables.
public enum TrainingPage {
  static func cell(_ value: Int?) -> String { value.map(String.init) ?? "masqué" }

  public static func html(_ rows: [TrainingCoverageRow], territory: TrainingTerritory, k: Int) -> String {
    PageKit.page(
      title: "Suivi des formations", subtitle: "Observatoire des usages de l'IA",
      navigation: [("formation.html", "Formations")], current: "formation.html",
      body: body(rows, territory: territory, k: k))
  }

  /// The page's content (escaped), for a page of another layout (the web app's).
  public static func body(_ rows: [TrainingCoverageRow], territory: TrainingTerritory, k: Int) -> String {
    let e = PageKit.escapeHTML
    var body = "<h1>Suivi des formations à l'IA</h1>"
    body +=
      "<p>Personnes formées depuis le début du suivi, à la fin de chaque année scolaire, par \(e(territory.labelFR.lowercased())) ; répartition selon l'étape la plus haute atteinte (initiation → utilisation → expertise). Effectifs de personnes inférieurs à \(k) masqués, ainsi que ce qui permettrait de les retrouver.</p>"
    body +=
      "<div class=\"fr-table\"><table><caption>Couverture et progression</caption><thead><tr><th scope=\"col\">\(e(territory.labelFR))</th><th scope=\"col\">Année</th><th scope=\"col\">Formés</th><th scope=\"col\">Progression</th>"
    body += TrainingStage.allCases.map { "<th scope=\"col\">\(e($0.labelFR))</th>" }.joined()
    body += "<th scope=\"col\">Établissements</th>"
    body += TrainingKind.allCases.map { "<th scope=\"col\">\(e($0.shortLabel))</th>" }.joined()
    body += "</tr></thead><tbody>"
    for row in rows {
      body +=
        "<tr><th scope=\"row\">\(e(row.territory))</th><td>\(e(row.schoolYear))</td><td>\(cell(row.trained))</td><td>\(row.progress.map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? "–")</td>"
      body += row.byStage.map { "<td>\(cell($0))</td>" }.joined()
      body += "<td>\(row.schools)</td>"
      body += TrainingKind.allCases.map { "<td>\(cell(row.byKind[$0.shortLabel] ?? nil))</td>" }.joined()
      body += "</tr>"
    }
    return body + "</tbody></table></div>"
  }

  public static func table(_ rows: [TrainingCoverageRow], territory: TrainingTerritory) -> PageKit.Table {
    func count(_ value: Int?) -> PageKit.Cell { value.map { .integer($0) } ?? .text("masqué") }
    return PageKit.Table(
      name: "Formations",
      header: [territory.labelFR, "Année", "Formés", "Progression"] + TrainingStage.allCases.map(\.labelFR)
        + ["Établissements"] + TrainingKind.allCases.map(\.shortLabel),
      rows: rows.map { row -> [PageKit.Cell] in
        [
          .text(row.territory), .text(row.schoolYear), count(row.trained),
          row.progress.map { .integer($0) } ?? .empty,
        ]
          + row.byStage.map(count) + [.integer(row.schools)]
          + TrainingKind.allCases.map { count(row.byKind[$0.shortLabel] ?? nil) }
      })
  }
}
