import Foundation
import ObservatoireCore
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One sheet of a workbook: its non-empty rows, numbered as the spreadsheet numbers them,
/// each holding only its non-empty cells (0-based column, text as the analyst would see it).
struct SheetContent {
  struct Row {
    var line: Int
    var cells: [(column: Int, value: String)]
  }
  var name: String
  var rows: [Row]
}

/// Reads the first (or a named) sheet of an XLSX or ODS workbook.
///
/// Every archive part is decompressed under a size cap checked both against the size the
/// archive declares and while the bytes come out, so a zip bomb stops early; cells repeated by
/// ODS (`number-columns-repeated`) count against a cap on filled cells.
struct SpreadsheetReader {
  enum Format { case xlsx, ods }

  /// The grid limits of spreadsheet software; cells beyond them are ignored.
  static let maximumRows = 1_048_576
  static let maximumColumns = 16_384

  var url: URL
  var format: Format
  var maximumPartBytes: Int
  var maximumCells: Int

  var fileName: String { url.lastPathComponent }

  func read(sheet: String?) throws -> SheetContent {
    let archive = try WorkbookArchive(url: url, maximumPartBytes: maximumPartBytes)
    switch format {
    case .xlsx: return try readXLSX(archive, sheet: sheet)
    case .ods: return try readODS(archive, sheet: sheet)
    }
  }

  // MARK: XLSX

  private func readXLSX(_ archive: WorkbookArchive, sheet: String?) throws -> SheetContent {
    let workbookPath = "xl/workbook.xml"
    guard let workbookData = try archive.data(workbookPath) else {
      throw IngestError(
        .corruptSpreadsheet("\(workbookPath) est absent, ce n'est pas un classeur XLSX"),
        at: SourceLocation(file: fileName))
    }
    let workbook = XLSXWorkbookParser()
    try parseXML(workbookData, part: workbookPath, delegate: workbook) { workbook.failure }
    let relationships = XLSXRelationshipsParser()
    if let data = try archive.data("xl/_rels/workbook.xml.rels") {
      try parseXML(data, part: "xl/_rels/workbook.xml.rels", delegate: relationships) { nil }
    }
    let names = workbook.sheets.map(\.name)
    guard !names.isEmpty else {
      throw IngestError(
        .corruptSpreadsheet("le classeur ne contient aucune feuille"), at: SourceLocation(file: fileName))
    }
    guard let index = sheet.map({ Self.sheetIndex(named: $0, in: names) }) ?? 0 else {
      throw IngestError(
        .sheetNotFound(sheet ?? "", available: names), at: SourceLocation(file: fileName))
    }
    let chosen = workbook.sheets[index]
    func partPath(_ target: String) -> String {
      if target.hasPrefix("/") { return String(target.dropFirst()) }
      var parts = ["xl"]
      for piece in target.split(separator: "/") {
        if piece == ".." {
          _ = parts.popLast()
        } else if piece != "." {
          parts.append(String(piece))
        }
      }
      return parts.joined(separator: "/")
    }
    func target(ofType suffix: String, default fallback: String) -> String {
      relationships.relationships.first { $0.type.hasSuffix(suffix) }.map { partPath($0.target) }
        ?? fallback
    }
    var sharedStrings: [String] = []
    let sharedStringsPath = target(ofType: "/sharedStrings", default: "xl/sharedStrings.xml")
    if let data = try archive.data(sharedStringsPath) {
      let parser = XLSXSharedStringsParser()
      try parseXML(data, part: sharedStringsPath, delegate: parser) { nil }
      sharedStrings = parser.strings
    }
    var dateStyles: [Bool] = []
    let stylesPath = target(ofType: "/styles", default: "xl/styles.xml")
    if let data = try archive.data(stylesPath) {
      let parser = XLSXStylesParser()
      try parseXML(data, part: stylesPath, delegate: parser) { nil }
      dateStyles = parser.dateStyles
    }
    let sheetPath =
      relationships.relationships.first { $0.id == chosen.relationshipID }.map { partPath($0.target) }
      ?? "xl/worksheets/sheet\(chosen.index + 1).xml"
    guard let sheetData = try archive.data(sheetPath) else {
      throw IngestError(
        .corruptSpreadsheet("la feuille « \(chosen.name) » (\(sheetPath)) est absente de l'archive"),
        at: SourceLocation(file: fileName))
    }
    let parser = XLSXSheetParser(
      fileName: fileName, sharedStrings: sharedStrings, dateStyles: dateStyles,
      date1904: workbook.date1904, maximumCells: maximumCells)
    try parseXML(sheetData, part: sheetPath, delegate: parser) { parser.failure }
    return SheetContent(name: chosen.name, rows: parser.rows)
  }

  // MARK: ODS

  private func readODS(_ archive: WorkbookArchive, sheet: String?) throws -> SheetContent {
    guard let content = try archive.data("content.xml") else {
      throw IngestError(
        .corruptSpreadsheet("content.xml est absent, ce n'est pas un classeur ODS"),
        at: SourceLocation(file: fileName))
    }
    var parser = ODSContentParser(fileName: fileName, sheet: sheet, maximumCells: maximumCells)
    try parseXML(content, part: "content.xml", delegate: parser) { parser.failure }
    if parser.capturedName == nil, let sheet, let index = Self.sheetIndex(named: sheet, in: parser.tableNames)
    {
      // The name differed only by case or accents: read again, for that table.
      let exact = parser.tableNames[index]
      parser = ODSContentParser(fileName: fileName, sheet: exact, maximumCells: maximumCells)
      try parseXML(content, part: "content.xml", delegate: parser) { parser.failure }
    }
    guard let name = parser.capturedName else {
      throw IngestError(
        parser.tableNames.isEmpty
          ? .corruptSpreadsheet("le classeur ne contient aucune feuille")
          : .sheetNotFound(sheet ?? "", available: parser.tableNames),
        at: SourceLocation(file: fileName))
    }
    return SheetContent(name: name, rows: parser.rows)
  }

  /// The sheet called `wanted`, or else the only one whose name differs just by case, accents
  /// or surrounding spaces (`reponses` for `Réponses`).
  static func sheetIndex(named wanted: String, in names: [String]) -> Int? {
    if let exact = names.firstIndex(of: wanted) { return exact }
    func fold(_ name: String) -> String {
      name.trimmingCharacters(in: .whitespaces).folding(
        options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    let folded = fold(wanted)
    let matches = names.indices.filter { fold(names[$0]) == folded }
    return matches.count == 1 ? matches[0] : nil
  }

  // MARK: XML

  /// Parses one archive part; a delegate's own failure wins over the parser's.
  private func parseXML(
    _ data: Data, part: String, delegate: some XMLParserDelegate, failure: () -> IngestError?
  ) throws {
    let location = SourceLocation(file: "\(fileName) (\(part))")
    // Workbook parts never declare a DTD; refusing one rules out entity-expansion attacks.
    let prologue = data.prefix(65_536)
    if prologue.range(of: Data("<!DOCTYPE".utf8)) != nil || prologue.range(of: Data("<!ENTITY".utf8)) != nil {
      throw IngestError(.corruptSpreadsheet("déclaration DTD refusée"), at: location)
    }
    // Workbook parts are UTF-8. Foundation's XML parser on Linux traps on some invalid bytes in
    // element names instead of reporting an error, so they are refused here first.
    if let offset = Self.firstInvalidUTF8(data) {
      var line = 1
      var lineStart = 0
      for (i, b) in data.prefix(offset).enumerated() where b == 0x0A {
        line += 1
        lineStart = i + 1
      }
      let column =
        data[data.startIndex + lineStart..<data.startIndex + offset].count { $0 & 0xC0 != 0x80 } + 1
      throw IngestError(
        .corruptSpreadsheet("XML invalide (octets qui ne sont pas de l'UTF-8)"),
        at: SourceLocation(file: location.file, line: line, column: column))
    }
    // Fed as a stream, libxml2 parses in chunks; handed the whole `Data` at once, it fails on
    // long single-line parts (LibreOffice writes content.xml as one line) past about 10 MB.
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    let parsed = parser.parse()
    if let failure = failure() { throw failure }
    // On Linux `parse()` can return true after a fatal error; `parserError` is what tells.
    if !parsed || parser.parserError != nil {
      throw IngestError(
        .corruptSpreadsheet("XML invalide"),
        at: SourceLocation(file: location.file, line: parser.lineNumber, column: parser.columnNumber))
    }
  }
}

extension SpreadsheetReader {
  /// The offset of the first byte of `data` that does not belong to valid UTF-8 (overlong forms,
  /// surrogates and values past U+10FFFF included), or nil when it is all valid.
  static func firstInvalidUTF8(_ data: Data) -> Int? {
    data.withUnsafeBytes { raw -> Int? in
      let bytes = raw.bindMemory(to: UInt8.self)
      let count = bytes.count
      var i = 0
      while i < count {
        let lead = bytes[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        let length: Int
        let smallest: UInt32
        var value: UInt32
        if lead & 0xE0 == 0xC0 {
          (length, smallest, value) = (2, 0x80, UInt32(lead & 0x1F))
        } else if lead & 0xF0 == 0xE0 {
          (length, smallest, value) = (3, 0x800, UInt32(lead & 0x0F))
        } else if lead & 0xF8 == 0xF0 {
          (length, smallest, value) = (4, 0x10000, UInt32(lead & 0x07))
        } else {
          return i
        }
        guard i + length <= count else { return i }
        for k in 1..<length {
          let next = bytes[i + k]
          guard next & 0xC0 == 0x80 else { return i }
          value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= smallest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return i }
        i += length
      }
      return nil
    }
  }
}

/// The archive of a workbook, read part by part under a size cap.
struct WorkbookArchive {
  private struct PartTooLarge: Error {}

  let archive: Archive
  let fileName: String
  let maximumPartBytes: Int

  init(url: URL, maximumPartBytes: Int) throws {
    fileName = url.lastPathComponent
    self.maximumPartBytes = maximumPartBytes
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw IngestError(
        .unreadable("fichier introuvable ou illisible"), at: SourceLocation(file: url.lastPathComponent))
    }
    let head = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
      defer { try? handle.close() }
      return try? handle.read(upToCount: 8)
    }
    guard let head, !head.isEmpty else {
      throw IngestError(.empty, at: SourceLocation(file: url.lastPathComponent))
    }
    // Excel 97-2003 files and password-protected workbooks are OLE compound files, not zips.
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw IngestError(
        .corruptSpreadsheet(
          "c'est un classeur protégé par mot de passe ou au format Excel 97-2003 ; "
            + "enregistrez-le en XLSX sans mot de passe"),
        at: SourceLocation(file: url.lastPathComponent))
    }
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw IngestError(
        .corruptSpreadsheet("l'archive ZIP est tronquée ou endommagée"),
        at: SourceLocation(file: url.lastPathComponent))
    }
  }

  /// The decompressed bytes of a part, nil when the archive has no such part.
  func data(_ path: String) throws -> Data? {
    guard let entry = archive[path] else { return nil }
    let location = SourceLocation(file: "\(fileName) (\(path))")
    guard entry.uncompressedSize <= UInt64(maximumPartBytes) else {
      throw IngestError(.spreadsheetTooLarge(limit: maximumPartBytes), at: location)
    }
    var data = Data()
    data.reserveCapacity(Int(entry.uncompressedSize))
    let limit = maximumPartBytes
    let checksum: CRC32
    do {
      // The declared size may lie: the cap is enforced again on what actually comes out.
      checksum = try archive.extract(entry) { chunk in
        guard data.count + chunk.count <= limit else { throw PartTooLarge() }
        data.append(chunk)
      }
    } catch is PartTooLarge {
      throw IngestError(.spreadsheetTooLarge(limit: maximumPartBytes), at: location)
    } catch {
      throw IngestError(.corruptSpreadsheet("partie tronquée ou endommagée"), at: location)
    }
    guard checksum == entry.checksum, data.count == Int(entry.uncompressedSize) else {
      throw IngestError(.corruptSpreadsheet("partie endommagée (somme de contrôle)"), at: location)
    }
    return data
  }
}

/// `table:name` → `name`: prefixes vary between writers, local names do not.
private func localName(_ qualified: String) -> Substring {
  guard let colon = qualified.lastIndex(of: ":") else { return Substring(qualified) }
  return qualified[qualified.index(after: colon)...]
}

/// Attributes looked up by local name, without building a new dictionary per element.
private struct Attributes {
  let raw: [String: String]
  init(_ raw: [String: String]) { self.raw = raw }

  subscript(local: String) -> String? {
    if let value = raw[local] { return value }
    for (key, value) in raw where key.utf8.count > local.utf8.count && key.hasSuffix(local) {
      let separator = key.utf8[key.utf8.index(key.utf8.endIndex, offsetBy: -local.utf8.count - 1)]
      if separator == UInt8(ascii: ":") { return value }
    }
    return nil
  }
}

/// A number as a spreadsheet shows it by default: `3` rather than `3.0`, `4.6` rather than
/// the `4.5999999999999996` Excel stores.
func spreadsheetNumber(_ raw: String) -> String {
  guard let value = Double(raw), value.isFinite else { return raw }
  if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
  return "\(value)"
}

/// `2024-04-08T09:13:29.123` → `2024-04-08 09:13:29`, the form type inference reads as a date.
func spreadsheetDate(_ iso: String) -> String {
  var text = String(iso.prefix(19))
  if text.count == 19, text.hasSuffix("00:00:00") { text = String(text.prefix(10)) }
  return text.replacingOccurrences(of: "T", with: " ")
}

/// Undoes OOXML's `_xHHHH_` escapes (Excel writes a carriage return as `_x000D_`).
func decodeOOXMLEscapes(_ text: String) -> String {
  guard text.contains("_x") else { return text }
  let bytes = Array(text.utf8)
  var out: [UInt8] = []
  out.reserveCapacity(bytes.count)
  var i = 0
  func hex(_ b: UInt8) -> UInt32? {
    switch b {
    case 0x30...0x39: UInt32(b - 0x30)
    case 0x41...0x46: UInt32(b - 0x41 + 10)
    case 0x61...0x66: UInt32(b - 0x61 + 10)
    default: nil
    }
  }
  while i < bytes.count {
    if bytes[i] == UInt8(ascii: "_"), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"),
      bytes[i + 6] == UInt8(ascii: "_"),
      let a = hex(bytes[i + 2]), let b = hex(bytes[i + 3]), let c = hex(bytes[i + 4]),
      let d = hex(bytes[i + 5]),
      let scalar = Unicode.Scalar(a << 12 | b << 8 | c << 4 | d)
    {
      out.append(contentsOf: String(Character(scalar)).utf8)
      i += 7
    } else {
      out.append(bytes[i])
      i += 1
    }
  }
  return String(decoding: out, as: UTF8.self)
}

/// An Excel serial day number as `yyyy-MM-dd` or `yyyy-MM-dd HH:mm:ss`.
func excelSerialDate(_ serial: Double, date1904: Bool) -> String? {
  guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
  // Day 0 of the 1900 system is 1899-12-30 once Excel's fictitious 1900-02-29 is accounted for.
  let epochDays = date1904 ? -24_107 : -25_569
  let totalSeconds = Int((serial * 86_400).rounded())
  let days = totalSeconds / 86_400 + epochDays
  let seconds = totalSeconds % 86_400
  // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
  let z = days + 719_468
  let era = (z >= 0 ? z : z - 146_096) / 146_097
  let doe = z - era * 146_097
  let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
  let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
  let mp = (5 * doy + 2) / 153
  let day = doy - (153 * mp + 2) / 5 + 1
  let month = mp < 10 ? mp + 3 : mp - 9
  let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  var text = "\(year)-\(two(month))-\(two(day))"
  if seconds != 0 {
    text += " \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
  }
  return text
}

// MARK: - XLSX parts

final class XLSXWorkbookParser: NSObject, XMLParserDelegate {
  struct Sheet {
    var name: String
    var relationshipID: String
    var index: Int
  }
  var sheets: [Sheet] = []
  var date1904 = false
  var failure: IngestError?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    switch localName(elementName) {
    case "sheet":
      let attributes = Attributes(attributeDict)
      sheets.append(
        Sheet(name: attributes["name"] ?? "", relationshipID: attributes["id"] ?? "", index: sheets.count))
    case "workbookPr":
      let value = Attributes(attributeDict)["date1904"]
      date1904 = value == "1" || value == "true"
    default: break
    }
  }
}

final class XLSXRelationshipsParser: NSObject, XMLParserDelegate {
  struct Relationship {
    var id: String
    var type: String
    var target: String
  }
  var relationships: [Relationship] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    guard localName(elementName) == "Relationship" else { return }
    let attributes = Attributes(attributeDict)
    relationships.append(
      Relationship(
        id: attributes["Id"] ?? "", type: attributes["Type"] ?? "", target: attributes["Target"] ?? ""))
  }
}

/// `<si>` items: plain `<t>` or rich-text runs `<r><t>`, leaving out phonetic `<rPh>` hints.
final class XLSXSharedStringsParser: NSObject, XMLParserDelegate {
  var strings: [String] = []
  private var current = ""
  private var inText = false
  private var phoneticDepth = 0

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    switch localName(elementName) {
    case "si": current = ""
    case "t": inText = phoneticDepth == 0
    case "rPh": phoneticDepth += 1
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    switch localName(elementName) {
    case "si": strings.append(decodeOOXMLEscapes(current))
    case "t": inText = false
    case "rPh": phoneticDepth -= 1
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current += string }
  }
}

/// Which cell formats (`cellXfs` entries, indexed by a cell's `s`) display a date.
final class XLSXStylesParser: NSObject, XMLParserDelegate {
  var dateStyles: [Bool] = []
  private var customDateFormats: Set<Int> = []
  private var inCellFormats = false

  /// Built-in formats 14–22 and 45–47 are dates and times.
  private static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    switch localName(elementName) {
    case "numFmt":
      let attributes = Attributes(attributeDict)
      if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
        Self.isDateFormat(code)
      {
        customDateFormats.insert(id)
      }
    case "cellXfs": inCellFormats = true
    case "xf" where inCellFormats:
      let id = Attributes(attributeDict)["numFmtId"].flatMap(Int.init) ?? 0
      dateStyles.append(Self.builtInDateFormats.contains(id) || customDateFormats.contains(id))
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    if localName(elementName) == "cellXfs" { inCellFormats = false }
  }

  /// A format code showing a day or a year (quoted text and `[…]` sections aside).
  static func isDateFormat(_ code: String) -> Bool {
    var inQuotes = false
    var inBrackets = false
    var escaped = false
    for c in code {
      if escaped {
        escaped = false
        continue
      }
      switch c {
      case "\\": escaped = true
      case "\"": inQuotes.toggle()
      case "[" where !inQuotes: inBrackets = true
      case "]" where !inQuotes: inBrackets = false
      case "d", "D", "y", "Y":
        if !inQuotes && !inBrackets { return true }
      default: break
      }
    }
    return false
  }
}

/// The cells of one worksheet, placed by their `r` references (`C12`) when present.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
  var rows: [SheetContent.Row] = []
  var failure: IngestError?

  private let fileName: String
  private let sharedStrings: [String]
  private let dateStyles: [Bool]
  private let date1904: Bool
  private let maximumCells: Int
  private var cellCount = 0

  private var rowNumber = 0
  private var cells: [(column: Int, value: String)] = []
  private var nextColumn = 0
  private var cellColumn = 0
  private var cellType = "n"
  private var cellStyle = 0
  private var value = ""
  private var inlineText = ""
  private var capturingValue = false
  private var inInlineString = false
  private var capturingInline = false
  private var phoneticDepth = 0

  init(fileName: String, sharedStrings: [String], dateStyles: [Bool], date1904: Bool, maximumCells: Int) {
    self.fileName = fileName
    self.sharedStrings = sharedStrings
    self.dateStyles = dateStyles
    self.date1904 = date1904
    self.maximumCells = maximumCells
  }

  private func fail(_ parser: XMLParser, _ reason: IngestError.Reason, column: Int? = nil) {
    guard failure == nil else { return }
    failure = IngestError(
      reason, at: SourceLocation(file: fileName, line: rowNumber, column: column.map { $0 + 1 }))
    parser.abortParsing()
  }

  /// `C12` → 2; nil when the letters are missing or past the grid.
  static func column(ofReference reference: String) -> Int? {
    var column = 0
    var letters = 0
    for byte in reference.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
      case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
      case UInt8(ascii: "$"): continue
      default:
        guard letters > 0 else { return nil }
        return column - 1
      }
      letters += 1
      if letters > 3 { return nil }
    }
    return letters > 0 ? column - 1 : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    switch localName(elementName) {
    case "row":
      let attributes = Attributes(attributeDict)
      let number = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
      guard number > rowNumber, number <= SpreadsheetReader.maximumRows else {
        rowNumber += 1
        return fail(parser, .corruptSpreadsheet("numéro de ligne « \(attributes["r"] ?? "") » invalide"))
      }
      rowNumber = number
      cells = []
      nextColumn = 0
    case "c":
      let attributes = Attributes(attributeDict)
      if let reference = attributes["r"] {
        guard let column = Self.column(ofReference: reference), column < SpreadsheetReader.maximumColumns
        else {
          return fail(parser, .corruptSpreadsheet("référence de cellule « \(reference) » invalide"))
        }
        cellColumn = column
      } else {
        cellColumn = nextColumn
      }
      cellType = attributes["t"] ?? "n"
      cellStyle = attributes["s"].flatMap(Int.init) ?? 0
      value = ""
      inlineText = ""
    case "v":
      capturingValue = true
    case "is":
      inInlineString = true
    case "t" where inInlineString:
      capturingInline = phoneticDepth == 0
    case "rPh":
      phoneticDepth += 1
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    switch localName(elementName) {
    case "v": capturingValue = false
    case "t": capturingInline = false
    case "is": inInlineString = false
    case "rPh": phoneticDepth -= 1
    case "c":
      nextColumn = cellColumn + 1
      guard let text = cellText(parser), !text.isEmpty else { return }
      cellCount += 1
      guard cellCount <= maximumCells else {
        return fail(parser, .tooManyCells(limit: maximumCells), column: cellColumn)
      }
      cells.append((cellColumn, text))
    case "row":
      if !cells.isEmpty {
        // Out-of-order references are legal; the importer expects columns in order.
        if zip(cells, cells.dropFirst()).contains(where: { $0.column >= $1.column }) {
          cells.sort { $0.column < $1.column }
        }
        rows.append(SheetContent.Row(line: rowNumber, cells: cells))
      }
      cells = []
    default: break
    }
  }

  private func cellText(_ parser: XMLParser) -> String? {
    switch cellType {
    case "s" where value.isEmpty: return ""
    case "s":
      guard let index = Int(value) ?? Int(value.trimmedFast), sharedStrings.indices.contains(index)
      else {
        fail(
          parser, .corruptSpreadsheet("chaîne partagée « \(value) » absente du classeur"),
          column: cellColumn)
        return nil
      }
      return sharedStrings[index]
    case "inlineStr": return decodeOOXMLEscapes(inlineText)
    case "str": return decodeOOXMLEscapes(value)
    case "b": return value == "1" ? "VRAI" : value == "0" ? "FAUX" : value
    case "d": return spreadsheetDate(value)
    case "e": return value
    default:
      if value.isEmpty { return value }
      if cellStyle < dateStyles.count, dateStyles[cellStyle], let serial = Double(value),
        let date = excelSerialDate(serial, date1904: date1904)
      {
        return date
      }
      return spreadsheetNumber(value)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if capturingValue {
      value += string
    } else if capturingInline {
      inlineText += string
    }
  }
}

// MARK: - ODS

/// The rows of one `table:table` of an OpenDocument `content.xml`, with the names of all tables.
final class ODSContentParser: NSObject, XMLParserDelegate {
  var rows: [SheetContent.Row] = []
  var tableNames: [String] = []
  var capturedName: String?
  var failure: IngestError?

  private let fileName: String
  private let wantedSheet: String?
  private let maximumCells: Int
  private var cellCount = 0

  private var tableDepth = 0
  private var capturing = false
  private var rowNumber = 0
  private var rowRepeat = 1
  private var column = 0
  private var cells: [(column: Int, value: String)] = []
  private var inCell = false
  private var columnRepeat = 1
  private var valueType = ""
  private var officeValue: String?
  private var dateValue: String?
  private var paragraphs: [String] = []
  private var inParagraph = false
  private var annotationDepth = 0

  init(fileName: String, sheet: String?, maximumCells: Int) {
    self.fileName = fileName
    self.wantedSheet = sheet
    self.maximumCells = maximumCells
  }

  private func fail(_ parser: XMLParser, _ reason: IngestError.Reason, line: Int, column: Int? = nil) {
    guard failure == nil else { return }
    failure = IngestError(reason, at: SourceLocation(file: fileName, line: line, column: column))
    parser.abortParsing()
  }

  /// Repeat counts are clamped: writers pad sheets with thousands of repeated empty cells.
  private static func repeatCount(_ text: String?, limit: Int) -> Int {
    guard let text, let n = Int(text), n > 0 else { return 1 }
    return min(n, limit)
  }

  private var textTarget: Bool { capturing && tableDepth == 1 && inParagraph && annotationDepth == 0 }

  private func appendText(_ string: String) {
    if paragraphs.isEmpty { paragraphs.append("") }
    paragraphs[paragraphs.count - 1] += string
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let name = localName(elementName)
    if name == "table" {
      tableDepth += 1
      guard tableDepth == 1 else { return }
      let tableName = Attributes(attributeDict)["name"] ?? ""
      tableNames.append(tableName)
      if capturedName == nil, wantedSheet == nil || wantedSheet == tableName {
        capturedName = tableName
        capturing = true
      }
      return
    }
    guard capturing, tableDepth == 1 else { return }
    switch name {
    case "table-row":
      rowRepeat = Self.repeatCount(
        Attributes(attributeDict)["number-rows-repeated"], limit: SpreadsheetReader.maximumRows)
      cells = []
      column = 0
    case "table-cell", "covered-table-cell":
      let attributes = Attributes(attributeDict)
      inCell = true
      columnRepeat = Self.repeatCount(
        attributes["number-columns-repeated"], limit: SpreadsheetReader.maximumColumns)
      valueType = attributes["value-type"] ?? ""
      officeValue = attributes["value"]
      dateValue = attributes["date-value"]
      paragraphs = []
    case "annotation":
      annotationDepth += 1
    case "p", "h":
      guard inCell, annotationDepth == 0 else { return }
      paragraphs.append("")
      inParagraph = true
    case "s" where textTarget:
      let count = Self.repeatCount(Attributes(attributeDict)["c"], limit: 1_000)
      appendText(String(repeating: " ", count: count))
    case "tab" where textTarget: appendText("\t")
    case "line-break" where textTarget: appendText("\n")
    default: break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    let name = localName(elementName)
    if name == "table" {
      if tableDepth == 1 { capturing = false }
      tableDepth -= 1
      return
    }
    guard capturing, tableDepth == 1 else { return }
    switch name {
    case "annotation": annotationDepth -= 1
    case "p", "h": inParagraph = false
    case "table-cell", "covered-table-cell":
      inCell = false
      let text = cellText()
      if !text.isEmpty, column < SpreadsheetReader.maximumColumns {
        let count = min(columnRepeat, SpreadsheetReader.maximumColumns - column)
        cellCount += count
        guard cellCount <= maximumCells else {
          return fail(parser, .tooManyCells(limit: maximumCells), line: rowNumber + 1, column: column + 1)
        }
        for offset in 0..<count { cells.append((column + offset, text)) }
      }
      column = min(column + columnRepeat, SpreadsheetReader.maximumColumns)
    case "table-row":
      defer { rowNumber += rowRepeat }
      guard !cells.isEmpty, rowNumber < SpreadsheetReader.maximumRows else { return }
      let count = min(rowRepeat, SpreadsheetReader.maximumRows - rowNumber)
      if count > 1 {
        cellCount += cells.count * (count - 1)
        guard cellCount <= maximumCells else {
          return fail(parser, .tooManyCells(limit: maximumCells), line: rowNumber + 1)
        }
      }
      for offset in 0..<count { rows.append(SheetContent.Row(line: rowNumber + offset + 1, cells: cells)) }
    default: break
    }
  }

  private func cellText() -> String {
    switch valueType {
    case "float", "percentage", "currency":
      if let officeValue { return spreadsheetNumber(officeValue) }
    case "date":
      if let dateValue { return spreadsheetDate(dateValue) }
    default: break
    }
    return paragraphs.joined(separator: "\n")
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if textTarget { appendText(string) }
  }
}
