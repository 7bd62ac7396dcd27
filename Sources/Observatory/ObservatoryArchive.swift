import Foundation
import ObservatoireCore
import Storage

/// The observatory's records in a project file: the register, the training records, the wave
/// snapshots of each series, the validated themes and the publications. Each replacement is one
/// transaction.
public struct ObservatoryArchive: Sendable {
  public let database: ProjectDatabase

  public init(database: ProjectDatabase) {
    self.database = database
  }

  enum Area {
    static let register = "registre"
    static let training = "formation"
    static let wave = "vague"
    static let theme = "theme"
    static let publication = "publication"
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()

  static func decode<T: Decodable>(_ type: T.Type, _ records: [ObservatoryRecord]) throws -> [T] {
    let decoder = JSONDecoder()
    return try records.map { try decoder.decode(T.self, from: $0.document) }
  }

  // MARK: Register

  /// Replaces the whole register (one transaction).
  public func replaceRegister(_ initiatives: [Initiative]) throws {
    let records = try initiatives.enumerated().map { index, initiative in
      ObservatoryRecord(key: initiative.id, position: index, document: try Self.encoder.encode(initiative))
    }
    try database.replaceObservatoryRecords(area: Area.register, with: records)
  }

  public func register() throws -> [Initiative] {
    try Self.decode(Initiative.self, try database.observatoryRecords(area: Area.register))
  }

  // MARK: Training

  /// Replaces the training records (one transaction).
  public func replaceTraining(_ records: [TrainingRecord]) throws {
    let stored = try records.enumerated().map { index, record in
      ObservatoryRecord(
        key: String(format: "%08d", index), position: index, document: try Self.encoder.encode(record))
    }
    try database.replaceObservatoryRecords(area: Area.training, with: stored)
  }

  public func training() throws -> [TrainingRecord] {
    try Self.decode(TrainingRecord.self, try database.observatoryRecords(area: Area.training))
  }

  // MARK: Waves

  static func waveKey(series: String, wave: String) -> String { series + "\u{1F}" + wave }

  /// Stores (replacing) one wave of a series.
  public func saveWave(_ snapshot: WaveSnapshot) throws {
    try database.saveObservatoryRecord(
      area: Area.wave,
      ObservatoryRecord(
        key: Self.waveKey(series: snapshot.series, wave: snapshot.wave), grouping: snapshot.series,
        position: snapshot.position, document: try Self.encoder.encode(snapshot)))
  }

  /// The waves of `series`, in order.
  public func waves(series: String) throws -> [WaveSnapshot] {
    try Self.decode(WaveSnapshot.self, try database.observatoryRecords(area: Area.wave, grouping: series))
  }

  public func seriesNames() throws -> [String] {
    Array(Set(try database.observatoryRecords(area: Area.wave).map(\.grouping))).sorted()
  }

  // MARK: Validated themes

  /// Marks a theme of a wave as validated for the publication (who and when).
  public func validateTheme(_ theme: ValidatedTheme) throws {
    let key = [theme.series, theme.wave, theme.questionCode, theme.label].joined(separator: "\u{1F}")
    try database.saveObservatoryRecord(
      area: Area.theme,
      ObservatoryRecord(
        key: key, grouping: theme.series, position: 0, document: try Self.encoder.encode(theme)))
  }

  public func validatedThemes() throws -> [ValidatedTheme] {
    try Self.decode(ValidatedTheme.self, try database.observatoryRecords(area: Area.theme))
  }

  // MARK: Publications

  public func savePublication(_ publication: Publication) throws {
    try database.saveObservatoryRecord(
      area: Area.publication,
      ObservatoryRecord(key: publication.year, position: 0, document: try Self.encoder.encode(publication)))
  }

  public func publication(year: String) throws -> Publication? {
    try Self.decode(Publication.self, try database.observatoryRecords(area: Area.publication))
      .first { $0.year == year }
  }

  /// The years of the stored publications.
  public func publicationYears() throws -> [String] {
    try database.observatoryRecords(area: Area.publication).map(\.key)
  }

  /// The SHA-256 of a publication's stored form: what a validation vouches for.
  public static func hash(of publication: Publication) throws -> String {
    StageKey([String(decoding: try encoder.encode(publication), as: UTF8.self)]).rawValue
  }

  /// Validates the stored publication of `year` as it is now.
  public func validatePublication(year: String, by person: String, at date: Date = Date()) throws {
    guard let publication = try publication(year: year) else {
      throw ObservatoryError.noPublication(year: year)
    }
    try database.validateObservatoryRecord(
      area: Area.publication, key: year,
      ObservatoryValidation(
        documentHash: try Self.hash(of: publication), validatedBy: person,
        validatedAt: ISO8601DateFormatter().string(from: date)))
  }

  /// The validation of the publication of `year` when it still matches the stored publication.
  public func publicationValidation(year: String) throws -> (
    validation: ObservatoryValidation?, isCurrent: Bool
  ) {
    guard let publication = try publication(year: year),
      let validation = try database.observatoryValidation(area: Area.publication, key: year)
    else { return (nil, false) }
    return (validation, validation.documentHash == (try Self.hash(of: publication)))
  }
}
