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

/// Whether a value holds an identifier (e-mail, phone, NIR, IBAN, school code, postal address).
public typealias IdentifierCheck = @Sendable (String) -> Bool

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
  /// Responses imported.
  public var responseCount = 0
  /// Responses that answer each question.
  public var answeredCounts: [QuestionID: Int] = [:]
}

public struct RaggedRow: Sendable, Hashable {
  public var line: Int
  public var fields: Int
}

/// The consultation without its responses: what is known once the whole export has been read
/// once, before its responses are streamed.
public struct ConsultationOutline: Sendable, Hashable {
  public var title: String
  public var sourceName: String
  public var questions: [Question]
}

/// Reads a survey export (delimited text, XLSX or ODS) into a `Consultation`, inferring each
/// question's type.
///
/// The export is read twice as a stream: once to infer the questions' types, once to build,
/// mask and hand over the responses in batches. Memory does not grow with the file, except for
/// workbooks (whose parts are decompressed in memory) and identifiers that are not plain numbers.
public struct ConsultationImporter: Sendable {
  public var mapping: ImportMapping?
  public var masking: FreeTextMasking?
  /// A column inferred as closed whose options hold an identifier is read as free text instead,
  /// so that it is masked: two answers with an address look like two choices.
  public var identifierCheck: IdentifierCheck?
  public var maximumFieldBytes: Int
  /// Largest workbook part (a sheet, the shared strings…) accepted once decompressed.
  public var maximumSpreadsheetPartBytes: Int
  /// Most filled cells accepted from one sheet, repeated ODS cells counted one by one.
  public var maximumSpreadsheetCells: Int
  /// Responses handed over at a time.
  public var batchSize: Int

  public init(
    mapping: ImportMapping? = nil, masking: FreeTextMasking? = nil,
    identifierCheck: IdentifierCheck? = nil, maximumFieldBytes: Int = 10_000_000,
    maximumSpreadsheetPartBytes: Int = 512_000_000,
    maximumSpreadsheetCells: Int = 20_000_000, batchSize: Int = 2048
  ) {
    self.mapping = mapping
    self.masking = masking
    self.identifierCheck = identifierCheck
    self.maximumFieldBytes = maximumFieldBytes
    self.maximumSpreadsheetPartBytes = maximumSpreadsheetPartBytes
    self.maximumSpreadsheetCells = maximumSpreadsheetCells
    self.batchSize = max(1, batchSize)
  }

  public static let spreadsheetExtensions: Set<String> = ["xlsx", "ods"]

  /// Imports `url` whole; `sheet` names the sheet of a workbook (the first one when nil).
  public func importFile(
    at url: URL, title: String? = nil, sheet: String? = nil
  ) throws -> (Consultation, ImportSummary) {
    let prepared = try prepare(at: url, title: title, sheet: sheet)
    var responses: [Response] = []
    let summary = try prepared.readResponses { responses += $0 }
    let outline = prepared.outline
    return (
      Consultation(
        title: outline.title, sourceName: outline.sourceName, questions: outline.questions,
        responses: responses),
      summary
    )
  }

  /// Reads `url` a first time, as a stream: checks its format and infers its questions. Every
  /// error in the export is found here, before any response is handed over.
  public func prepare(at url: URL, title: String? = nil, sheet: String? = nil) throws -> PreparedImport {
    let (source, summary) = try recordSource(for: url, sheet: sheet)
    return try prepare(source, summary: summary, title: title)
  }

  /// The export's records, header first, each with its line and how many fields it has, and
  /// what is known of its format.
  func recordSource(for url: URL, sheet: String?) throws -> (RecordSource, ImportSummary) {
    let fileName = url.lastPathComponent
    let ext = url.pathExtension.lowercased()
    if Self.spreadsheetExtensions.contains(ext) {
      let reader = SpreadsheetReader(
        url: url, format: ext == "ods" ? .ods : .xlsx, maximumPartBytes: maximumSpreadsheetPartBytes,
        maximumCells: maximumSpreadsheetCells)
      let content = try reader.read(sheet: sheet)
      guard let headerRow = content.rows.first else {
        throw IngestError(.noHeader, at: SourceLocation(file: fileName))
      }
      // Trailing empty cells are not stored, so the header's last filled cell sets the width.
      let width = (headerRow.cells.last?.column ?? -1) + 1
      let rows = content.rows
      let source = RecordSource(fileName: fileName) { body in
        for row in rows {
          var fields = Array(repeating: "", count: width)
          for cell in row.cells where cell.column < width { fields[cell.column] = cell.value }
          let last = row.cells.last?.column ?? -1
          try body(fields, row.line, last >= width ? last + 1 : width)
        }
      }
      let summary = ImportSummary(
        encoding: .utf8, delimiter: "", columns: width, raggedRows: [], maskedCounts: [:],
        sheet: content.name)
      return (source, summary)
    }
    guard ["csv", "tsv", "txt", ""].contains(ext) else {
      throw IngestError(.unsupportedFormat(ext), at: SourceLocation(file: fileName))
    }
    let reader = DelimitedReader(url: url, maximumFieldBytes: maximumFieldBytes)
    let format = try reader.detectFormat()
    let source = RecordSource(fileName: fileName) { body in
      try reader.forEachRecord(format: format) { fields, line in
        try body(fields, line, fields.count)
      }
    }
    let summary = ImportSummary(
      encoding: format.encoding, delimiter: String(UnicodeScalar(format.delimiter)), columns: 0,
      raggedRows: [], maskedCounts: [:])
    return (source, summary)
  }

  private func prepare(_ source: RecordSource, summary: ImportSummary, title: String?) throws
    -> PreparedImport
  {
    var summary = summary
    // The header, ragged rows, and a profile of every question's values.
    var header: [String]?
    var headerLine = 1
    var layout: [QuestionLayout] = []
    var profiles: [TypeInference.Profile] = []
    var rowCount = 0
    // Records are split on another thread while this one profiles them.
    try Handoff<[SourceRecord]>.pipeline(depth: 4) { emit in
      var batch: [SourceRecord] = []
      batch.reserveCapacity(1024)
      try source.forEachRecord { fields, line, fieldCount in
        batch.append(SourceRecord(fields: fields, line: line, fieldCount: fieldCount))
        if batch.count == 1024 {
          try emit(batch)
          batch.removeAll(keepingCapacity: true)
        }
      }
      if !batch.isEmpty { try emit(batch) }
    } consume: { batch in
      for record in batch {
        guard let known = header else {
          header = record.fields
          headerLine = record.line
          layout = try questionLayout(
            header: record.fields, headerLine: record.line, fileName: source.fileName)
          profiles = layout.map {
            TypeInference.Profile(code: $0.code, headers: $0.headers, override: $0.override)
          }
          continue
        }
        if record.fieldCount != known.count {
          summary.raggedRows.append(RaggedRow(line: record.line, fields: record.fieldCount))
        }
        rowCount += 1
        let row = Self.padded(record.fields, to: known.count)
        for q in layout.indices { profiles[q].add(row, at: layout[q].indices) }
      }
    }
    guard let header else {
      throw IngestError(.noHeader, at: SourceLocation(file: source.fileName, line: headerLine))
    }
    summary.columns = header.count
    var questions: [Question] = []
    var readers: [TypeInference.Reader] = []
    for (q, group) in layout.enumerated() {
      var (question, read) = TypeInference.infer(
        code: group.code, headers: group.headers, indices: group.indices, profile: profiles[q],
        override: group.override)
      if let identifierCheck, group.override?.kind == nil, group.indices.count == 1,
        [.singleChoice, .multipleChoice].contains(question.kind),
        question.options.contains(where: identifierCheck)
      {
        question.kind = .freeText
        question.options = []
        question.isSegment = false
        question.confidence = 0.6
        read = TypeInference.reader(kind: .freeText, index: group.indices[0])
      }
      questions.append(question)
      readers.append(read)
    }
    return PreparedImport(
      outline: ConsultationOutline(
        title: title ?? (source.fileName as NSString).deletingPathExtension,
        sourceName: source.fileName, questions: questions),
      responseCount: rowCount, summary: summary, source: source,
      plan: ResponsePlan(
        questions: questions, readers: readers, width: header.count, masking: masking,
        identifierCheck: identifierCheck, batchSize: batchSize))
  }

  static func padded(_ fields: [String], to width: Int) -> [String] {
    if fields.count == width { return fields }
    if fields.count > width { return Array(fields[..<width]) }
    return fields + Array(repeating: "", count: width - fields.count)
  }

  /// The questions the header announces: their codes, columns and the mapping's overrides.
  private func questionLayout(header: [String], headerLine: Int, fileName: String) throws
    -> [QuestionLayout]
  {
    let headers = header.map(ColumnHeader.init)
    var seen: Set<String> = []
    for (i, h) in headers.enumerated() where !seen.insert(h.code).inserted {
      throw IngestError(
        .duplicateColumn(h.code), at: SourceLocation(file: fileName, line: headerLine, column: i + 1))
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
      let known = Set(groups.map(\.code)).union(headers.map(\.code)).union(header)
      for name in mapping.overrides.keys.sorted() where !known.contains(name) {
        throw IngestError(.missingColumn(name), at: SourceLocation(file: mapping.fileName))
      }
    }
    return groups.map { group in
      QuestionLayout(
        code: group.code, indices: group.indices, headers: group.indices.map { headers[$0] },
        override: mapping?.overrides[group.code] ?? mapping?.overrides[header[group.indices[0]]])
    }
  }

  static func isResponseIDHeader(_ code: String) -> Bool {
    ["id", "response id", "identifiant", "id de la réponse", "numéro"].contains(code.lowercased())
  }
}

/// An export read once: its questions are known, its responses are still to be read.
public struct PreparedImport: Sendable {
  public let outline: ConsultationOutline
  /// Responses the second reading will hand over, counted by the first.
  public let responseCount: Int
  let summary: ImportSummary
  let source: RecordSource
  let plan: ResponsePlan

  /// Reads the responses a second time, as a stream, and hands them to `body` in file order, a
  /// batch at a time, on the calling thread, their free text masked. Reading and masking the
  /// next batch goes on meanwhile on another thread. Returns the whole import's summary.
  public func readResponses(_ body: ([Response]) throws -> Void) throws -> ImportSummary {
    var summary = summary
    var rowCount = 0
    var masked: [String: Int] = [:]
    var answered: [QuestionID: Int] = [:]
    let plan = plan
    let source = source
    try Handoff<ResponseBatch>.pipeline(depth: 2) { emit in
      try plan.produce(from: source, emit: emit)
    } consume: { batch in
      rowCount += batch.responses.count
      for (kind, n) in batch.maskedCounts { masked[kind, default: 0] += n }
      for (q, n) in batch.answeredCounts.enumerated() where n > 0 {
        answered[plan.questions[q].id, default: 0] += n
      }
      try body(batch.responses)
    }
    summary.maskedCounts = masked
    summary.responseCount = rowCount
    summary.answeredCounts = answered
    return summary
  }
}

/// Records of an export, header first, that can be read more than once.
struct RecordSource: Sendable {
  var fileName: String
  /// Calls its argument with each record's fields, its line, and how many fields it really had
  /// (a workbook row is cut or padded to the header's width).
  var forEachRecord:
    @Sendable ((_ fields: [String], _ line: Int, _ fieldCount: Int) throws -> Void) throws -> Void
}

/// A record as read from the export.
struct SourceRecord: Sendable {
  var fields: [String]
  var line: Int
  var fieldCount: Int
}

/// One question's place in the header.
struct QuestionLayout: Sendable {
  var code: String
  var indices: [Int]
  var headers: [ColumnHeader]
  var override: QuestionOverride?
}

/// Responses of a run of consecutive rows, their free text masked.
struct ResponseBatch: Sendable {
  var responses: [Response]
  var maskedCounts: [String: Int]
  /// Answers to each question, by position.
  var answeredCounts: [Int] = []
}

/// Rows read into answers, not yet masked.
struct RowBatch: Sendable {
  var rows: [[QuestionID: Answer]]
  /// Answers to each question, by position.
  var answeredCounts: [Int]
}

/// How the second reading turns rows into answers.
struct ResponsePlan: Sendable {
  var questions: [Question]
  var readers: [TypeInference.Reader]
  var width: Int
  var masking: FreeTextMasking?
  /// Which metadata cells go through `masking`: those that hold an identifier (all when nil).
  var identifierCheck: IdentifierCheck?
  var batchSize: Int

  var idColumn: QuestionID? {
    questions.first {
      $0.kind == .identifier && ConsultationImporter.isResponseIDHeader($0.id.rawValue)
    }?.id
  }

  /// Rows read into answers on another thread while this one masks the batch before: reading
  /// alone kept a core idle for a tenth of the import.
  func produce(from source: RecordSource, emit: (ResponseBatch) throws -> Void) throws {
    var rowCount = 0
    var usedIDs = IdentifierSet()
    let idColumn = idColumn
    let plan = self
    try Handoff<RowBatch>.pipeline(depth: 2) { emitRows in
      try plan.readRows(from: source, emit: emitRows)
    } consume: { batch in
      let (rows, maskedCounts) = masked(batch.rows)
      var responses: [Response] = []
      responses.reserveCapacity(rows.count)
      for answers in rows {
        // The identifier column names the response when it is unique; else its row number.
        var id = String(rowCount + 1)
        if let idColumn, case .text(let raw)? = answers[idColumn], !raw.isEmpty,
          !usedIDs.contains(raw)
        {
          id = raw
        }
        usedIDs.insert(id)
        rowCount += 1
        responses.append(Response(id: ResponseID(id), row: rowCount, answers: answers))
      }
      try emit(
        ResponseBatch(
          responses: responses, maskedCounts: maskedCounts, answeredCounts: batch.answeredCounts))
    }
  }

  /// The rows after the header as answers, `batchSize` at a time, with the answers to each question.
  private func readRows(from source: RecordSource, emit: (RowBatch) throws -> Void) throws {
    var isHeader = true
    var pending = RowBatch(rows: [], answeredCounts: [Int](repeating: 0, count: questions.count))
    pending.rows.reserveCapacity(batchSize)
    try source.forEachRecord { fields, _, _ in
      if isHeader {
        isHeader = false
        return
      }
      let row = ConsultationImporter.padded(fields, to: width)
      var answers = [QuestionID: Answer](minimumCapacity: questions.count)
      for (q, question) in questions.enumerated() {
        if let answer = readers[q](row) {
          answers[question.id] = answer
          pending.answeredCounts[q] += 1
        }
      }
      pending.rows.append(answers)
      if pending.rows.count == batchSize {
        try emit(pending)
        pending.rows.removeAll(keepingCapacity: true)
        pending.answeredCounts = [Int](repeating: 0, count: questions.count)
      }
    }
    if !pending.rows.isEmpty { try emit(pending) }
  }

  /// The rows with every free-text answer masked, on every core, and the masked counts by kind.
  /// Metadata (an « adresse e-mail » column…) is masked too; the response identifier is not.
  func masked(_ rows: [[QuestionID: Answer]]) -> ([[QuestionID: Answer]], [String: Int]) {
    guard let masking else { return (rows, [:]) }
    let idColumn = idColumn
    let freeText = questions.filter { $0.kind == .freeText }.map(\.id)
    let metadata = questions.filter {
      $0.kind == .identifier && $0.id != idColumn
        && !TypeInference.randomKeyNames.contains($0.id.rawValue.lowercased())
    }.map(\.id)
    var cells: [(row: Int, question: QuestionID)] = []
    var texts: [String?] = []
    for (r, answers) in rows.enumerated() {
      for question in freeText {
        if case .text(let t)? = answers[question] {
          cells.append((r, question))
          texts.append(t)
        }
      }
      // Metadata goes through the masker only where it holds an identifier (an e-mail, an
      // address): its dates, page numbers, tokens and languages would only cost time.
      for question in metadata {
        if case .text(let t)? = answers[question], t.utf8.count > 5, TypeInference.number(t) == nil,
          TypeInference.date(t) == nil, identifierCheck?(t) ?? true
        {
          cells.append((r, question))
          texts.append(t)
        }
      }
    }
    let results = ConsultationImporter.maskConcurrently(texts, with: masking)
    var rows = rows
    var counts: [String: Int] = [:]
    for (cell, result) in zip(cells, results) {
      guard let result else { continue }
      rows[cell.row][cell.question] = .text(result.text)
      for (kind, n) in result.counts { counts[kind, default: 0] += n }
    }
    return (rows, counts)
  }
}

/// A column header split into LimeSurvey's parts: `Q5[SQ001]. Quels usages ? [Préparer]`.
struct ColumnHeader: Sendable {
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
    texts.concurrentMap(minimumPerWorker: 512) { $0.map(masking) }
  }
}
