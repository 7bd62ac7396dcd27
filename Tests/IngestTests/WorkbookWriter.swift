import Foundation
import ZIPFoundation

/// One cell of a test table, written the way spreadsheet software stores it.
enum TestCell: Equatable {
  case text(String)
  /// As the CSV would show it: `3`, `1.5`.
  case number(String)
  /// `yyyy-MM-dd HH:mm:ss`.
  case date(String)
  case empty

  var csv: String {
    switch self {
    case .text(let t), .number(let t), .date(let t): t
    case .empty: ""
    }
  }
}

struct TestSheet {
  var name: String
  var rows: [[TestCell]]
}

func escapeXML(_ text: String) -> String {
  var out = ""
  for c in text {
    switch c {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    default: out.append(c)
    }
  }
  return out
}

/// Writes minimal but realistic XLSX and ODS files, exercising the features readers must
/// handle: shared, rich-text and inline strings, gaps between cells, cells without references,
/// date styles; ODS repeated cells and rows, multi-paragraph cells, `text:s` spaces, annotations.
enum WorkbookWriter {
  static func csv(_ rows: [[TestCell]]) -> Data {
    let lines = rows.map { row in
      row.map { "\"" + $0.csv.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        .joined(separator: ";")
    }
    return Data((lines.joined(separator: "\n") + "\n").utf8)
  }

  static func add(_ text: String, path: String, to archive: Archive, compressed: Bool = true) throws {
    let data = Data(text.utf8)
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count),
      compressionMethod: compressed ? .deflate : .none
    ) { position, size in
      data.subdata(in: Int(position)..<Int(position) + size)
    }
  }

  /// Excel's serial day number for `yyyy-MM-dd HH:mm:ss` (UTC).
  static func serial(_ date: String) -> Double {
    let parts = date.split(whereSeparator: { "- :".contains($0) }).map { Int($0)! }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let components = DateComponents(
      year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4], second: parts[5])
    let seconds = calendar.date(from: components)!.timeIntervalSince1970
    return seconds / 86_400 + 25_569
  }

  static func columnName(_ index: Int) -> String {
    var n = index + 1
    var name = ""
    while n > 0 {
      let r = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + r))) + name
      n = (n - 1) / 26
    }
    return name
  }

  static func xlsx(_ sheets: [TestSheet], to url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    var sharedStrings: [String] = []
    var sharedIndex: [String: Int] = [:]
    var sheetXML: [String] = []
    var textCells = 0
    for sheet in sheets {
      var xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        """
      for (r, row) in sheet.rows.enumerated() {
        // Every fifth row leaves out references, as some writers do.
        let withReferences = r % 5 != 3
        xml += withReferences ? "<row r=\"\(r + 1)\">" : "<row>"
        for (c, cell) in row.enumerated() {
          let reference = withReferences ? " r=\"\(columnName(c))\(r + 1)\"" : ""
          switch cell {
          case .empty:
            // Gaps are skipped when cells carry references, written as empty cells otherwise.
            if !withReferences { xml += "<c/>" }
          case .number(let n):
            xml += "<c\(reference)><v>\(n)</v></c>"
          case .date(let d):
            xml += "<c\(reference) s=\"1\"><v>\(serial(d))</v></c>"
          case .text(let t):
            textCells += 1
            if textCells % 7 == 0 {
              xml +=
                "<c\(reference) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escapeXML(t))</t></is></c>"
            } else {
              let index: Int
              if let known = sharedIndex[t] {
                index = known
              } else {
                index = sharedStrings.count
                sharedStrings.append(t)
                sharedIndex[t] = index
              }
              xml += "<c\(reference) t=\"s\"><v>\(index)</v></c>"
            }
          }
        }
        xml += "</row>"
      }
      xml += "</sheetData></worksheet>"
      sheetXML.append(xml)
    }
    var shared = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(sharedStrings.count)">
      """
    var wroteRichText = false
    for s in sharedStrings {
      if !wroteRichText && s.count > 4 {
        wroteRichText = true
        // The first string as rich text: two formatted runs plus a phonetic hint to leave out.
        let cut = s.index(s.startIndex, offsetBy: s.count / 2)
        shared +=
          "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">\(escapeXML(String(s[..<cut])))</t></r>"
          + "<r><t xml:space=\"preserve\">\(escapeXML(String(s[cut...])))</t></r>"
          + "<rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh></si>"
      } else {
        shared += "<si><t xml:space=\"preserve\">\(escapeXML(s))</t></si>"
      }
    }
    shared += "</sst>"

    var contentTypes = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
      """
    var workbook = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
      """
    var relationships = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
      """
    for (i, sheet) in sheets.enumerated() {
      // Sheet files numbered backwards, so only the relationships can tell which is which.
      let file = "worksheets/sheet\(sheets.count - i).xml"
      contentTypes +=
        "<Override PartName=\"/xl/\(file)\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      workbook += "<sheet name=\"\(escapeXML(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
      relationships +=
        "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"\(file)\"/>"
    }
    contentTypes += "</Types>"
    workbook += "</sheets></workbook>"
    relationships += "</Relationships>"
    let styles = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
      """
    let rootRelationships = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
      """
    try add(contentTypes, path: "[Content_Types].xml", to: archive)
    try add(rootRelationships, path: "_rels/.rels", to: archive)
    try add(workbook, path: "xl/workbook.xml", to: archive)
    try add(relationships, path: "xl/_rels/workbook.xml.rels", to: archive)
    try add(styles, path: "xl/styles.xml", to: archive)
    try add(shared, path: "xl/sharedStrings.xml", to: archive)
    for (i, xml) in sheetXML.enumerated() {
      try add(xml, path: "xl/worksheets/sheet\(sheets.count - i).xml", to: archive)
    }
  }

  /// An XLSX whose only sheet is `sheetData` as given, with `sharedStrings` and 1904 dates if asked.
  static func xlsx(sheetData: String, sharedStrings: [String], date1904: Bool = false, to url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    try add(
      "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><workbookPr date1904=\"\(date1904 ? 1 : 0)\"/>"
        + "<sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
      path: "xl/workbook.xml", to: archive)
    try add(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"/xl/worksheets/feuille.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relationships)/sharedStrings\" Target=\"./chaines.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>", path: "xl/_rels/workbook.xml.rels", to: archive)
    try add(
      "<sst xmlns=\"\(main)\">"
        + sharedStrings.map { "<si><t xml:space=\"preserve\">\(escapeXML($0))</t></si>" }.joined() + "</sst>",
      path: "xl/chaines.xml", to: archive)
    // Style 1: built-in date format 14; style 2: a custom time-stamp format.
    try add(
      "<styleSheet xmlns=\"\(main)\"><numFmts><numFmt numFmtId=\"170\" formatCode=\"[$-40C]dd/mm/yyyy\\ hh:mm\"/>"
        + "<numFmt numFmtId=\"171\" formatCode=\"0.00&quot; d&quot;\"/></numFmts>"
        + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"170\"/><xf numFmtId=\"171\"/></cellXfs></styleSheet>",
      path: "xl/styles.xml", to: archive)
    try add(
      "<worksheet xmlns=\"\(main)\"><sheetData>\(sheetData)</sheetData></worksheet>",
      path: "xl/worksheets/feuille.xml", to: archive)
  }

  static func odsText(_ text: String) -> String {
    text.components(separatedBy: "\n").map { paragraph in
      var out = "<text:p>"
      var spaces = 0
      func flush() {
        if spaces == 1 { out += " " }
        if spaces > 1 { out += " <text:s text:c=\"\(spaces - 1)\"/>" }
        spaces = 0
      }
      for c in paragraph {
        if c == " " {
          spaces += 1
          continue
        }
        flush()
        if c == "\t" { out += "<text:tab/>" } else { out += escapeXML(String(c)) }
      }
      flush()
      return out + "</text:p>"
    }.joined()
  }

  static func odsCell(_ cell: TestCell, repeated: Int) -> String {
    let repetition = repeated > 1 ? " table:number-columns-repeated=\"\(repeated)\"" : ""
    switch cell {
    case .empty: return "<table:table-cell\(repetition)/>"
    case .number(let n):
      let shown = n.replacingOccurrences(of: ".", with: ",")
      return
        "<table:table-cell\(repetition) office:value-type=\"float\" office:value=\"\(n)\"><text:p>\(shown)</text:p></table:table-cell>"
    case .date(let d):
      let iso = d.replacingOccurrences(of: " ", with: "T")
      return
        "<table:table-cell\(repetition) office:value-type=\"date\" office:date-value=\"\(iso)\"><text:p>\(d)</text:p></table:table-cell>"
    case .text(let t):
      return
        "<table:table-cell\(repetition) office:value-type=\"string\"><office:annotation><text:p>Note de relecture</text:p></office:annotation>\(odsText(t))</table:table-cell>"
    }
  }

  static func ods(_ sheets: [TestSheet], to url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    try add(
      "application/vnd.oasis.opendocument.spreadsheet", path: "mimetype", to: archive, compressed: false)
    try add(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
      """, path: "META-INF/manifest.xml", to: archive)
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>
      """
    for sheet in sheets {
      xml += "<table:table table:name=\"\(escapeXML(sheet.name))\">"
      xml += "<table:table-column table:number-columns-repeated=\"1024\"/>"
      if sheet.rows.count > 1 { xml += "<table:table-header-rows>" }
      for (r, row) in sheet.rows.enumerated() {
        xml += "<table:table-row>"
        var c = 0
        while c < row.count {
          // Runs of identical cells use a repeat count, as LibreOffice writes them.
          var run = 1
          while c + run < row.count, row[c + run] == row[c] { run += 1 }
          xml += odsCell(row[c], repeated: run)
          c += run
        }
        // Trailing padding to the end of the grid, as LibreOffice writes it.
        xml += "<table:table-cell table:number-columns-repeated=\"\(1024 - row.count)\"/></table:table-row>"
        if r == 0 && sheet.rows.count > 1 { xml += "</table:table-header-rows>" }
      }
      xml +=
        "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
      xml += "</table:table>"
    }
    xml += "</office:spreadsheet></office:body></office:document-content>"
    try add(xml, path: "content.xml", to: archive)
  }
}
