import Foundation
import ZIPFoundation

/// Writes an OpenDocument spreadsheet: `mimetype` first and stored, then manifest, styles, content.
enum ODSWriter {
  static let mimeType = "application/vnd.oasis.opendocument.spreadsheet"

  static func write(tables: [ReportTable], to url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    try add(Data(mimeType.utf8), path: "mimetype", to: archive, compressed: false)
    try add(Data(manifest.utf8), path: "META-INF/manifest.xml", to: archive, compressed: true)
    try add(Data(styles.utf8), path: "styles.xml", to: archive, compressed: true)
    try add(content(tables), path: "content.xml", to: archive, compressed: true)
  }

  private static func add(_ data: Data, path: String, to archive: Archive, compressed: Bool) throws {
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count),
      modificationDate: Date(timeIntervalSince1970: 0),
      compressionMethod: compressed ? .deflate : .none
    ) { position, size in
      data.subdata(in: Int(position)..<Int(position) + size)
    }
  }

  static func content(_ tables: [ReportTable]) -> Data {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>
      """
    for table in tables {
      xml += "<table:table table:name=\"\(escapeXML(table.name))\">"
      xml += "<table:table-column table:number-columns-repeated=\"\(max(table.header.count, 1))\"/>"
      xml += "<table:table-row>" + table.header.map(stringCell).joined() + "</table:table-row>"
      for row in table.rows {
        xml += "<table:table-row>"
        for cell in row {
          switch cell {
          case .text(let value): xml += stringCell(value)
          case .integer(let value):
            xml +=
              "<table:table-cell office:value-type=\"float\" office:value=\"\(value)\"><text:p>\(value)</text:p></table:table-cell>"
          case .decimal(let value):
            xml +=
              "<table:table-cell office:value-type=\"float\" office:value=\"\(value)\"><text:p>\(value)</text:p></table:table-cell>"
          case .empty: xml += "<table:table-cell/>"
          }
        }
        xml += "</table:table-row>"
      }
      xml += "</table:table>"
    }
    xml += "</office:spreadsheet></office:body></office:document-content>"
    return Data(xml.utf8)
  }

  private static func stringCell(_ value: String) -> String {
    "<table:table-cell office:value-type=\"string\"><text:p>\(escapeXML(neutralisedCell(value)))</text:p></table:table-cell>"
  }

  static let manifest = """
    <?xml version="1.0" encoding="UTF-8"?>
    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
    <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
    <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
    </manifest:manifest>
    """

  static let styles = """
    <?xml version="1.0" encoding="UTF-8"?>
    <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>
    """
}
