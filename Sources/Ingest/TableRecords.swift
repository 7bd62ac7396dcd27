import Foundation
import ObservatoireCore

extension ConsultationImporter {
  /// Reads the raw records of an export (CSV, TSV, XLSX, ODS: the same readers, encodings and
  /// limits as a consultation), header first, each with the 1-based line it starts on. For tables
  /// that are not questionnaires — a register of initiatives, a training-platform export — whose
  /// columns the caller knows. Format errors are `IngestError`s naming the file and line.
  public func forEachRecord(
    at url: URL, sheet: String? = nil, _ body: (_ fields: [String], _ line: Int) throws -> Void
  ) throws {
    let (source, _) = try recordSource(for: url, sheet: sheet)
    try source.forEachRecord { fields, line, _ in try body(fields, line) }
  }
}
