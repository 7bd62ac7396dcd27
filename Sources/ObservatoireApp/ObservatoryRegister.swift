import Foundation
import ObservatoireCore
import Observatory
import Privacy
import Reporting

/// The observatory's use cases, whichever front end calls them: one store (a project file that
/// keeps the register, the training records, the series' waves, the validated themes and the
/// publications), opened for each call. The command line passes `--projet`; the web app its data
/// folder's `observatoire.observatoire` (`ObservatoryService.webStore(in:)`).
public struct ObservatoryService: Sendable {
  /// The store's project file.
  public let path: String

  /// `project`: a project file (`.observatoire`), or a folder holding exactly one.
  public init(project: String) throws {
    path = try projectFile(project)
    emptyWhenMissing = false
  }

  /// The web app's store: `<data>/observatoire.observatoire`, beside the projects' folder.
  /// Until a first import it does not exist, and its pages are empty rather than refused.
  public static func webStore(in dataDirectory: URL) -> ObservatoryService {
    ObservatoryService(
      resolved: dataDirectory.appendingPathComponent("observatoire.observatoire").path, emptyWhenMissing: true
    )
  }

  /// Whether reading a store that does not exist yet gives empty views (the web app's) or the
  /// error « le projet … n'existe pas » (a path the analyst typed).
  let emptyWhenMissing: Bool

  init(resolved path: String, emptyWhenMissing: Bool) {
    self.path = path
    self.emptyWhenMissing = emptyWhenMissing
  }

  /// Whether the store exists yet.
  public var exists: Bool { FileManager.default.fileExists(atPath: path) }

  func open() throws -> ObservatoryArchive { try ObservatoryArchive.open(path: path) }
  /// The store to read, nil when it does not exist yet and empty views are wanted.
  func openForReading() throws -> ObservatoryArchive? { emptyWhenMissing && !exists ? nil : try open() }
  func openOrCreate() throws -> ObservatoryArchive { try ObservatoryArchive.openOrCreate(path: path) }

  /// The grid's criteria, levels and descriptors as text.
  public static func gridText() throws -> String { GridReference.text(try InspectionGrid.bundled()) }

  // MARK: Register

  public struct RegisterImportSummary: Sendable, Hashable {
    public var initiatives: Int
    /// Assessed on every criterion of the grid.
    public var fullyAssessed: Int
    /// At « maîtrise » or above on every criterion.
    public var validated: Int

    public var summaryFR: String {
      "\(initiatives) initiatives importées (\(fullyAssessed) évaluées sur les six critères, \(validated) à « maîtrise » ou au-delà partout)."
    }
  }

  /// Reads the register export `file` (every row checked first) and replaces the register and its
  /// assessments in one transaction: a refused file (`RowImportError`, naming each faulty row)
  /// leaves the store as it was. The store is created when it does not exist yet.
  public func importRegister(file: URL, sheet: String? = nil) throws -> RegisterImportSummary {
    let grid = try InspectionGrid.bundled()
    let initiatives = try RegisterImporter(grid: grid).read(file, sheet: sheet)
    try openOrCreate().replaceRegister(initiatives)
    return RegisterImportSummary(
      initiatives: initiatives.count,
      fullyAssessed: initiatives.filter { $0.isFullyAssessed(on: grid) }.count,
      validated: initiatives.filter { $0.isValidated(on: grid) }.count)
  }

  /// A part of the register: by discipline, school level (« collège ») and académie; nil keeps all.
  public struct RegisterFilter: Sendable, Hashable {
    public var discipline: String?
    public var level: String?
    public var academie: String?

    public init(discipline: String? = nil, level: String? = nil, academie: String? = nil) {
      func clean(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
      }
      self.discipline = clean(discipline)
      self.level = clean(level)
      self.academie = clean(academie)
    }

    public var isEmpty: Bool { discipline == nil && level == nil && academie == nil }

    func keeps(_ initiative: Initiative) -> Bool {
      (discipline.map { initiative.disciplines.contains($0) } ?? true)
        && (level.map { initiative.level.rawValue == $0 } ?? true)
        && (academie.map { initiative.academie == $0 } ?? true)
    }
  }

  func initiatives(_ filter: RegisterFilter = RegisterFilter()) throws -> [Initiative] {
    try open().register().filter(filter.keeps)
  }

  /// The register grouped by `dimension`, with the mean level per criterion, as text.
  public func registerText(by dimension: RegisterDimension) throws -> String {
    let grid = try InspectionGrid.bundled()
    return RegisterViews.text(
      RegisterViews.rows(try initiatives(), by: dimension, grid: grid), dimension: dimension, grid: grid)
  }

  /// The grid's heat map over (part of) the register, as text.
  public func heatMapText(_ filter: RegisterFilter = RegisterFilter()) throws -> String {
    HeatMap(try initiatives(filter), grid: try InspectionGrid.bundled()).text()
  }

  /// Writes `registre.html` (and the design system's files under `assets/`) into `folder`;
  /// returns the page and how many initiatives it shows.
  public func writeRegisterPage(_ filter: RegisterFilter = RegisterFilter(), to folder: URL) throws -> (
    page: URL, initiatives: Int
  ) {
    let initiatives = try initiatives(filter)
    let html = RegisterPage.html(initiatives, grid: try InspectionGrid.bundled())
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try PageKit.installStyles(into: folder.appendingPathComponent("assets"))
    let page = folder.appendingPathComponent("registre.html")
    try Data(html.utf8).write(to: page)
    return (page, initiatives.count)
  }

  /// What a page shows of the register: its HTML (heat map, views by discipline, level and
  /// académie, the grid's descriptors; escaped), and the values the filters offer.
  public struct RegisterView: Sendable, Hashable {
    public var bodyHTML: String
    /// Initiatives shown (after the filter) and in the whole register.
    public var shown: Int
    public var total: Int
    public var disciplines: [String]
    public var levels: [String]
    public var academies: [String]
  }

  /// The register (filtered) for a page; an empty register when the store does not exist yet.
  public func registerView(_ filter: RegisterFilter = RegisterFilter()) throws -> RegisterView {
    let grid = try InspectionGrid.bundled()
    let all = try openForReading()?.register() ?? []
    let shown = all.filter(filter.keeps)
    let french = Locale(identifier: "fr_FR")
    func sorted(_ values: some Sequence<String>) -> [String] {
      Array(Set(values)).sorted { $0.compare($1, locale: french) == .orderedAscending }
    }
    return RegisterView(
      bodyHTML: RegisterPage.body(shown, grid: grid, title: nil), shown: shown.count, total: all.count,
      disciplines: sorted(all.flatMap(\.disciplines)),
      levels: SchoolLevel.allCases.map(\.rawValue).filter { level in
        all.contains { $0.level.rawValue == level }
      },
      academies: sorted(all.map(\.academie)))
  }

  // MARK: Training

  public struct TrainingImportSummary: Sendable, Hashable {
    public var records: Int
    public var people: Int
    public var schools: Int

    public var summaryFR: String {
      "\(records) formations importées (\(people) personnes, \(schools) établissements)."
    }
  }

  /// Reads a training export and replaces the training records in one transaction (a refused
  /// file leaves the store as it was); the store is created when it does not exist yet.
  public func importTraining(file: URL, sheet: String? = nil) throws -> TrainingImportSummary {
    let records = try TrainingImporter().read(file, sheet: sheet)
    try openOrCreate().replaceTraining(records)
    return TrainingImportSummary(
      records: records.count, people: Set(records.map(\.person)).count, schools: Set(records.map(\.uai)).count
    )
  }

  /// Coverage and progress by territory and school year, people counts under *k* masked.
  public struct TrainingCoverage: Sendable, Hashable {
    public var rows: [TrainingCoverageRow]
    public var territory: TrainingTerritory
    public var k: Int

    /// The territories a coverage can be shown by: code (`academie`…) and French label.
    public static let territories: [(code: String, label: String)] = TrainingTerritory.allCases.map {
      ($0.rawValue, $0.labelFR)
    }

    public var territoryCode: String { territory.rawValue }
    public var text: String { TrainingFollowUp.text(rows, territory: territory, k: k) }
    /// The table and its explanation, for a page (escaped).
    public var bodyHTML: String { TrainingPage.body(rows, territory: territory, k: k) }

    /// Writes `formation.html` (with `assets/`) and `formation.ods` into `folder`.
    public func write(to folder: URL) throws {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try PageKit.installStyles(into: folder.appendingPathComponent("assets"))
      try Data(TrainingPage.html(rows, territory: territory, k: k).utf8).write(
        to: folder.appendingPathComponent("formation.html"))
      try PageKit.writeODS(
        [TrainingPage.table(rows, territory: territory)], to: folder.appendingPathComponent("formation.ods"))
    }
  }

  /// The training coverage by `territory`, at `k` (the default *k* when nil); no rows when the
  /// store does not exist yet.
  public func trainingCoverage(by territory: TrainingTerritory, k: Int? = nil) throws -> TrainingCoverage {
    let policy = SmallCellPolicy(minimumCellSize: k ?? SmallCellPolicy.defaultMinimumCellSize)
    let records = try openForReading()?.training() ?? []
    return TrainingCoverage(
      rows: TrainingFollowUp.coverage(records, by: territory, policy: policy), territory: territory,
      k: policy.minimumCellSize)
  }

  /// The same, the territory named by its code (`academie`, `departement`, `etablissement`,
  /// `role`; by académie when nil or unknown).
  public func trainingCoverage(territoryCode: String?, k: Int? = nil) throws -> TrainingCoverage {
    try trainingCoverage(by: territoryCode.flatMap(TrainingTerritory.init(rawValue:)) ?? .academie, k: k)
  }
}
