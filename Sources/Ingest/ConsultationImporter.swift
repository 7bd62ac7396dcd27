import Foundation
import ObservatoireCore

/// What the analyst may override about one question (from the mapping file).
public struct QuestionOverride: Sendable, Hashable, Codable {
  public var kind: QuestionKind?
  public var title: String?
  public var isSegment: Bool?
  public var scale: ClosedRange<Double>?
  public init(
    kind: QuestionKind? = nil, title: String? = nil, isSegment: Bool? = nil,
    scale: ClosedRange<Double>? = nil
  ) {
    self.kind = kind
    self.title = title
    self.isSegment = isSegment
    self.scale = scale
  }
}

/// Overrides keyed by question code (or a column header), and where they came from.
public struct ImportMapping: Sendable, Hashable {
  public var overrides: [String: QuestionOverride]
  public var fileName: String
  public init(overrides: [String: QuestionOverride], fileName: String) {
    self.overrides = overrides
    self.fileName = fileName
  }
}

/// Masks personal data in one free-text answer; returns the masked text and counts by kind.
public typealias FreeTextMasking = @Sendable (String) -> (text: String, counts: [String: Int])

/// What the import found, for the CLI to print.
public struct ImportSummary: Sendable, Hashable {
  public var encoding: TextEncoding
  public var delimiter: String
  public var columns: Int
  /// Data rows whose field count differs from the header's: (line, fields).
  public var raggedRows: [RaggedRow]
  public var maskedCounts: [String: Int]
  /// The sheet read, for a workbook.
  public var sheet: String?
}

public struct RaggedRow: Sendable, Hashable {
  public var line: Int
  public var fields: Int
}

/// Reads a survey export (delimited text, XLSX or ODS) into a `Consultation`, inferring each
/// question's type.
public struct ConsultationImporter: Sendable {
  public var mapping: ImportMapping?
  public var masking: FreeTextMasking?
  public var maximumFieldBytes: Int
  /// Largest workbook part (a sheet, the shared strings…) accepted once decompressed.
  public var maximumSpreadsheetPartBytes: Int
  /// Most filled cells accepted from one sheet, repeated ODS cells counted one by one.
  public var maximumSpreadsheetCells: Int

  public init(
    mapping: ImportMapping? = nil, masking: FreeTextMasking? = nil,
    maximumFieldBytes: Int = 10_000_000, maximumSpreadsheetPartBytes: Int = 512_000_000,
    maximumSpreadsheetCells: Int = 20_000_000
  ) {
    self.mapping = mapping
    self.masking = masking
    self.maximumFieldBytes = maximumFieldBytes
    self.maximumSpreadsheetPartBytes = maximumSpreadsheetPartBytes
    self.maximumSpreadsheetCells = maximumSpreadsheetCells
  }

  public static let spreadsheetExtensions: Set<String> = ["xlsx", "ods"]

  /// Imports `url`; `sheet` names the sheet of a workbook (the first one when nil).
  public func importFile(
    at url: URL, title: String? = nil, sheet: String? = nil
  ) throws -> (Consultation, ImportSummary) {
    let ext = url.pathExtension.lowercased()
    if Self.spreadsheetExtensions.contains(ext) {
      return try importSpreadsheet(at: url, format: ext == "ods" ? .ods : .xlsx, title: title, sheet: sheet)
    }
    guard ["csv", "tsv", "txt", ""].contains(ext) else {
      throw IngestError(.unsupportedFormat(ext), at: SourceLocation(file: url.lastPathComponent))
    }
    let reader = DelimitedReader(url: url, maximumFieldBytes: maximumFieldBytes)
    let format = try reader.detectFormat()
    var header: [String]?
    var columns: [[String]] = []
    var lines: [Int] = []
    var ragged: [RaggedRow] = []
    try reader.forEachRecord(format: format) { fields, line in
      guard let header else {
        header = fields
        columns = Array(repeating: [], count: fields.count)
        return
      }
      if fields.count != header.count { ragged.append(RaggedRow(line: line, fields: fields.count)) }
      for i in 0..<header.count { columns[i].append(i < fields.count ? fields[i] : "") }
      lines.append(line)
    }
    guard let header else {
      throw IngestError(.noHeader, at: SourceLocation(file: url.lastPathComponent, line: 1))
    }
    let table = ColumnTable(header: header, columns: columns, lines: lines)
    var (consultation, masked) = try build(
      table, fileName: url.lastPathComponent)
    if let title { consultation.title = title }
    let summary = ImportSummary(
      encoding: format.encoding, delimiter: String(UnicodeScalar(format.delimiter)),
      columns: header.count, raggedRows: ragged, maskedCounts: masked)
    return (consultation, summary)
  }

  private func importSpreadsheet(
    at url: URL, format: SpreadsheetReader.Format, title: String?, sheet: String?
  ) throws -> (Consultation, ImportSummary) {
    let reader = SpreadsheetReader(
      url: url, format: format, maximumPartBytes: maximumSpreadsheetPartBytes,
      maximumCells: maximumSpreadsheetCells)
    let content = try reader.read(sheet: sheet)
    guard let headerRow = content.rows.first else {
      throw IngestError(.noHeader, at: SourceLocation(file: url.lastPathComponent))
    }
    // Trailing empty cells are not stored, so the header's last filled cell sets the width.
    let width = (headerRow.cells.last?.column ?? -1) + 1
    var header = Array(repeating: "", count: width)
    for cell in headerRow.cells { header[cell.column] = cell.value }
    var columns = Array(repeating: [String](), count: width)
    var lines: [Int] = []
    var ragged: [RaggedRow] = []
    let dataRows = content.rows.dropFirst()
    for i in 0..<width { columns[i].reserveCapacity(dataRows.count) }
    for row in dataRows {
      var next = 0
      for cell in row.cells where cell.column < width && cell.column >= next {
        while next < cell.column {
          columns[next].append("")
          next += 1
        }
        columns[next].append(cell.value)
        next += 1
      }
      while next < width {
        columns[next].append("")
        next += 1
      }
      if let last = row.cells.last, last.column >= width {
        ragged.append(RaggedRow(line: row.line, fields: last.column + 1))
      }
      lines.append(row.line)
    }
    let table = ColumnTable(header: header, columns: columns, lines: lines, headerLine: headerRow.line)
    var (consultation, masked) = try build(table, fileName: url.lastPathComponent)
    if let title { consultation.title = title }
    let summary = ImportSummary(
      encoding: .utf8, delimiter: "", columns: width, raggedRows: ragged, maskedCounts: masked,
      sheet: content.name)
    return (consultation, summary)
  }

  struct ColumnTable {
    var header: [String]
    var columns: [[String]]
    /// The source line (spreadsheet row number) of each data row.
    var lines: [Int]
    var headerLine = 1
  }

  func build(_ table: ColumnTable, fileName: String) throws -> (Consultation, [String: Int]) {
    let headers = table.header.map(ColumnHeader.init)
    var seen: Set<String> = []
    for (i, h) in headers.enumerated() where !seen.insert(h.code).inserted {
      throw IngestError(
        .duplicateColumn(h.code),
        at: SourceLocation(file: fileName, line: table.headerLine, column: i + 1))
    }
    // Group LimeSurvey sub-question columns `Q5[SQ001]`… under `Q5`, keeping file order.
    var groups: [(code: String, indices: [Int])] = []
    for (i, h) in headers.enumerated() {
      if h.subCode != nil, let g = groups.lastIndex(where: { $0.code == h.baseCode }),
        headers[groups[g].indices[0]].subCode != nil
      {
        groups[g].indices.append(i)
      } else {
        groups.append((h.subCode != nil ? h.baseCode : h.code, [i]))
      }
    }
    if let mapping {
      let known = Set(groups.map(\.code)).union(headers.map(\.code)).union(table.header)
      for name in mapping.overrides.keys.sorted() where !known.contains(name) {
        throw IngestError(.missingColumn(name), at: SourceLocation(file: mapping.fileName))
      }
    }
    var questions: [Question] = []
    var readers: [(QuestionID, [Int], (Int) -> Answer?)] = []
    for group in groups {
      let override =
        mapping?.overrides[group.code] ?? mapping?.overrides[table.header[group.indices[0]]]
      let (question, read) = TypeInference.infer(
        code: group.code, headers: group.indices.map { headers[$0] },
        columns: group.indices.map { table.columns[$0] }, override: override)
      questions.append(question)
      readers.append((question.id, group.indices, read))
    }
    var masked: [String: Int] = [:]
    let rowCount = table.lines.count
    // Masking is the costly part of an import: every free-text answer is masked up front, on
    // every core, then picked up row by row.
    let freeTextIDs = Set(questions.filter { $0.kind == .freeText }.map(\.id))
    var maskedTexts: [QuestionID: [MaskedCell?]] = [:]
    if let masking {
      for (id, _, read) in readers where freeTextIDs.contains(id) {
        var originals = [String?](repeating: nil, count: rowCount)
        for row in 0..<rowCount {
          if case .text(let t)? = read(row) { originals[row] = t }
        }
        maskedTexts[id] = Self.maskConcurrently(originals, with: masking)
      }
    }
    let idColumn = questions.first { $0.kind == .identifier && Self.isResponseIDHeader($0.id.rawValue) }
    var responses: [Response] = []
    responses.reserveCapacity(rowCount)
    var usedIDs: Set<String> = []
    for row in 0..<rowCount {
      var answers: [QuestionID: Answer] = [:]
      for (id, _, read) in readers {
        guard var answer = read(row) else { continue }
        if case .text = answer, let result = maskedTexts[id]?[row] {
          answer = .text(result.text)
          for (kind, n) in result.counts { masked[kind, default: 0] += n }
        }
        answers[id] = answer
      }
      var id = String(row + 1)
      if let idColumn, case .text(let raw)? = answers[idColumn.id], !raw.isEmpty,
        !usedIDs.contains(raw)
      {
        id = raw
      }
      usedIDs.insert(id)
      responses.append(Response(id: ResponseID(id), row: row + 1, answers: answers))
    }
    let title = (fileName as NSString).deletingPathExtension
    return (
      Consultation(title: title, sourceName: fileName, questions: questions, responses: responses),
      masked
    )
  }

  static func isResponseIDHeader(_ code: String) -> Bool {
    ["id", "response id", "identifiant", "id de la réponse", "numéro"].contains(code.lowercased())
  }
}

/// A column header split into LimeSurvey's parts: `Q5[SQ001]. Quels usages ? [Préparer]`.
struct ColumnHeader {
  var raw: String
  /// The code used as question id: `Q5[SQ001]`, or the whole header when it has no code.
  var code: String
  var baseCode: String
  var subCode: String?
  /// The wording after the code, if any.
  var text: String?

  init(_ raw: String) {
    self.raw = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    let scalars = Array(self.raw.unicodeScalars)
    var i = 0
    func isCodeChar(_ s: Unicode.Scalar) -> Bool {
      s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "_")
    }
    while i < scalars.count, isCodeChar(scalars[i]) { i += 1 }
    let base = String(String.UnicodeScalarView(scalars[0..<i]))
    var sub: String?
    var end = i
    if i > 0, i < scalars.count, scalars[i] == "[",
      let close = scalars[i...].firstIndex(of: "]")
    {
      sub = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
      end = close + 1
    }
    let rest = String(String.UnicodeScalarView(scalars[end...]))
    var text: String?
    for separator in [". ", " - ", ": "] where rest.hasPrefix(separator) {
      text = String(rest.dropFirst(separator.count)).trimmingCharacters(in: .whitespaces)
    }
    let looksLikeCode = i > 0 && scalars[0].properties.isAlphabetic && (rest.isEmpty || text != nil)
    if looksLikeCode, sub != nil || text != nil || rest.isEmpty {
      baseCode = base
      subCode = sub
      code = sub.map { "\(base)[\($0)]" } ?? base
      self.text = text
    } else {
      baseCode = self.raw
      subCode = nil
      code = self.raw
      self.text = nil
    }
  }

  /// The option a sub-question column stands for: `[Préparer]` at the end of the text, or the code.
  var optionLabel: String {
    if let text, text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
      return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    }
    return subCode ?? raw
  }

  /// The question wording without a trailing `[option]`.
  var questionText: String? {
    guard var text else { return nil }
    if subCode != nil, text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
      text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
    }
    return text
  }
}

typealias MaskedCell = (text: String, counts: [String: Int])

extension ConsultationImporter {
  /// `masking` applied to every text, in order, split across the machine's cores.
  static func maskConcurrently(_ texts: [String?], with masking: FreeTextMasking) -> [MaskedCell?] {
    let count = texts.count
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, count / 512)
    guard workers > 1 else { return texts.map { $0.map(masking) } }
    let slots = UnsafeMutableBufferPointer<MaskedCell?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    let shared = SendableSlots(slots)
    let chunk = (count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let start = worker * chunk
      let end = min(count, start + chunk)
      guard start < end else { return }
      // Each worker writes only its own indices.
      for index in start..<end { shared.slots[index] = texts[index].map(masking) }
    }
    return Array(slots)
  }
}

private struct SendableSlots: @unchecked Sendable {
  let slots: UnsafeMutableBufferPointer<MaskedCell?>
  init(_ slots: UnsafeMutableBufferPointer<MaskedCell?>) { self.slots = slots }
}
