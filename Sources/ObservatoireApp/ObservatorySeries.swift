import Foundation
import ObservatoireCore
import Observatory
import Privacy
import Reporting

extension ObservatoryService {
  // MARK: Series and waves

  public struct WaveAdded: Sendable, Hashable {
    public var series: String
    public var wave: String
    public var respondents: Int
    public var closedQuestions: Int
    public var themes: Int
    /// Whether the wave's project had analyses of its free-text questions.
    public var analysed: Bool
  }

  /// Adds (or replaces) the wave `wave` of `series`, taken from the imported, analysed project at
  /// `project` (file or folder); its themes' centroids are computed with `models`' embedder.
  /// `position`: its rank in the series (by default, its earlier rank, else after the others).
  public func addWave(
    series: String, wave: String, position: Int? = nil, from project: String, models: ModelSettings
  ) async throws -> WaveAdded {
    let archive = try openOrCreate()
    let existing = try archive.waves(series: series)
    let rank =
      position ?? existing.first(where: { $0.wave == wave })?.position
      ?? ((existing.map(\.position).max() ?? 0) + 1)
    let embedder = try await models.makeEmbedder()
    let (snapshot, analysed) = try await WaveSnapshot.make(
      series: series, wave: wave, position: rank, project: try projectFile(project), embedder: embedder)
    try archive.saveWave(snapshot)
    return WaveAdded(
      series: series, wave: wave, respondents: snapshot.respondents, closedQuestions: snapshot.closed.count,
      themes: snapshot.open.reduce(0) { $0 + $1.themes.count }, analysed: analysed)
  }

  /// The series of the store, each with its waves in order.
  public func series() throws -> [(name: String, waves: [String])] {
    guard let archive = try openForReading() else { return [] }
    return try archive.seriesNames().map { name in (name, try archive.waves(series: name).map(\.wave)) }
  }

  /// What to compare: a series, two of its waves (by default the last two), *k*, the theme
  /// threshold and an optional question mapping file (YAML or JSON).
  public struct ComparisonRequest: Sendable, Hashable {
    public var series: String
    public var earlier: String?
    public var later: String?
    public var k: Int?
    public var themeThreshold: Double
    public var mappingFile: String?

    public init(
      series: String, earlier: String? = nil, later: String? = nil, k: Int? = nil,
      themeThreshold: Double = WaveComparer.defaultThemeThreshold, mappingFile: String? = nil
    ) {
      self.series = series
      self.earlier = earlier
      self.later = later
      self.k = k
      self.themeThreshold = themeThreshold
      self.mappingFile = mappingFile
    }
  }

  /// Compares two waves of a series: closed questions (intervals, tests) and themes (new,
  /// continuing, receding).
  public func compareWaves(_ request: ComparisonRequest) throws -> WaveComparison {
    let archive = try openForReading()
    let waves = try archive?.waves(series: request.series) ?? []
    guard !waves.isEmpty else {
      throw ObservatoryError.unknownSeries(request.series, known: try archive?.seriesNames() ?? [])
    }
    guard waves.count >= 2 else { throw ObservatoryError.notEnoughWaves(series: request.series) }
    func find(_ label: String?, default index: Int) throws -> WaveSnapshot {
      guard let label else { return waves[index] }
      guard let wave = waves.first(where: { $0.wave == label }) else {
        throw ObservatoryError.unknownWave(series: request.series, wave: label, known: waves.map(\.wave))
      }
      return wave
    }
    let earlier = try find(request.earlier, default: waves.count - 2)
    let later = try find(request.later, default: waves.count - 1)
    let mapping = try request.mappingFile.map(QuestionMapping.load(from:)) ?? QuestionMapping()
    let policy = SmallCellPolicy(minimumCellSize: request.k ?? SmallCellPolicy.defaultMinimumCellSize)
    return WaveComparer.compare(
      earlier, later, policy: policy, themeThreshold: request.themeThreshold, mapping: mapping)
  }

  /// A comparison as text, JSON, a page's HTML body, or files (`comparaison.html` with `assets/`,
  /// `comparaison.md`).
  public static func comparisonText(_ comparison: WaveComparison) -> String {
    WaveComparisonText.render(comparison)
  }

  public static func comparisonJSON(_ comparison: WaveComparison) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(comparison), as: UTF8.self)
  }

  public static func comparisonBodyHTML(_ comparison: WaveComparison) -> String {
    WaveComparisonText.body(comparison)
  }

  public static func writeComparison(_ comparison: WaveComparison, to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try PageKit.installStyles(into: folder.appendingPathComponent("assets"))
    try Data(WaveComparisonText.html(comparison).utf8).write(
      to: folder.appendingPathComponent("comparaison.html"))
    try Data(WaveComparisonText.markdown(comparison).utf8).write(
      to: folder.appendingPathComponent("comparaison.md"))
  }

  /// A comparison for a page: its HTML body (escaped) and what it compares.
  public struct ComparisonView: Sendable, Hashable {
    public var series: String
    public var earlier: String
    public var later: String
    public var bodyHTML: String
  }

  public func comparisonView(_ request: ComparisonRequest) throws -> ComparisonView {
    let comparison = try compareWaves(request)
    return ComparisonView(
      series: comparison.series, earlier: comparison.earlier, later: comparison.later,
      bodyHTML: WaveComparisonText.body(comparison))
  }

  /// Validates a theme of a wave for the annual publication, with its published count at `k`.
  public func validateTheme(
    series: String, wave: String, question: String, theme: String, by person: String, k: Int? = nil
  ) throws {
    let archive = try open()
    let waves = try archive.waves(series: series)
    guard !waves.isEmpty else {
      throw ObservatoryError.unknownSeries(series, known: try archive.seriesNames())
    }
    guard let snapshot = waves.first(where: { $0.wave == wave }) else {
      throw ObservatoryError.unknownWave(series: series, wave: wave, known: waves.map(\.wave))
    }
    let policy = SmallCellPolicy(minimumCellSize: k ?? SmallCellPolicy.defaultMinimumCellSize)
    try archive.validateTheme(
      try ThemeValidation.validate(in: snapshot, question: question, theme: theme, by: person, policy: policy)
    )
  }

  // MARK: Publication

  public struct PublicationGenerated: Sendable, Hashable {
    public var year: String
    public var uses: Int
    public var disciplines: Int
    public var initiativesValidated: Int
    public var initiativesConsidered: Int
    public var themes: Int
    /// Whether an earlier validation still holds (the publication did not change).
    public var stillValidated: Bool

    public var summaryFR: String {
      "Publication « \(year) » générée : \(uses) usages pertinents dans \(disciplines) disciplines, "
        + "\(initiativesValidated) initiatives retenues sur \(initiativesConsidered), \(themes) thèmes validés."
    }
  }

  /// Generates (or regenerates) the publication of `year` from the register and the validated
  /// themes; an earlier validation no longer holds if it changed.
  public func generatePublication(year: String) throws -> PublicationGenerated {
    let archive = try open()
    let publication = Publication.make(
      year: year, initiatives: try archive.register(), themes: try archive.validatedThemes(),
      grid: try InspectionGrid.bundled())
    try archive.savePublication(publication)
    return PublicationGenerated(
      year: year, uses: publication.uses.count, disciplines: publication.disciplines.count,
      initiativesValidated: publication.initiativesValidated,
      initiativesConsidered: publication.initiativesConsidered, themes: publication.themes.count,
      stillValidated: try archive.publicationValidation(year: year).isCurrent)
  }

  /// Validates the stored publication of `year` as it is now.
  public func validatePublication(year: String, by person: String) throws {
    try open().validatePublication(year: year, by: person)
  }

  /// The stored publication of `year` and whether its validation still holds.
  func publicationState(year: String) throws -> (
    publication: Publication, validation: (by: String, at: String)?, changed: Bool
  )? {
    guard let archive = try openForReading(), let publication = try archive.publication(year: year) else {
      return nil
    }
    let state = try archive.publicationValidation(year: year)
    return (
      publication, state.isCurrent ? state.validation.map { ($0.validatedBy, $0.validatedAt) } : nil,
      state.validation != nil && !state.isCurrent
    )
  }

  /// Exports the publication of `year` in `formats` into `folder`. Refused when it is not
  /// validated, or changed since, unless `draft` (every page then says « BROUILLON — non validé »).
  public func exportPublication(
    year: String, formats: Set<PublicationFormat>, to folder: URL, draft: Bool, assets: DSFRAssets = .locate()
  ) throws -> (files: [String], validated: Bool) {
    guard let state = try publicationState(year: year) else {
      throw ObservatoryError.noPublication(year: year)
    }
    if state.validation == nil && !draft {
      throw ObservatoryError.unvalidatedPublication(year: year, changed: state.changed)
    }
    let files = try PublicationWriter(publication: state.publication, validation: state.validation).write(
      formats: formats, to: folder, assets: assets)
    return (files, state.validation != nil)
  }

  /// What a page shows of a publication: its HTML body (a draft banner unless validated), and
  /// its state.
  public struct PublicationView: Sendable, Hashable {
    public var year: String
    public var bodyHTML: String
    public var validatedBy: String?
    public var validatedAt: String?
    /// Validated once, changed since.
    public var changedSinceValidation: Bool
  }

  /// The years with a stored publication, most recent first.
  public func publicationYears() throws -> [String] {
    try openForReading()?.publicationYears().sorted(by: >) ?? []
  }

  public func publicationView(year: String) throws -> PublicationView {
    guard let state = try publicationState(year: year) else {
      throw ObservatoryError.noPublication(year: year)
    }
    return PublicationView(
      year: year,
      bodyHTML: PublicationWriter(publication: state.publication, validation: state.validation).body(),
      validatedBy: state.validation?.by, validatedAt: state.validation?.at,
      changedSinceValidation: state.changed)
  }
}
