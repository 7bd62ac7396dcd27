import Foundation

/// The report's building blocks for documents other than a consultation's report (the
/// observatory's heat map, wave comparison and annual publication): the same page layout, DSFR
/// stylesheet, escaping and ODS writer, so that every document Observatoire writes reads alike.
public enum PageKit {
  /// The report's Content-Security-Policy: no script, styles, fonts and images from the page's
  /// own folder only (written here too, so that these pages do not depend on how the report's
  /// own pages are rendered).
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; script-src 'none'; form-action 'none'; base-uri 'none'"

  /// Escapes text for HTML content and attribute values.
  public static func escapeHTML(_ text: String) -> String { escapeXML(text) }

  /// Escapes Markdown and inline HTML on one line (a table cell, a list item).
  public static func escapeMarkdown(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "#", "|", "!": result += "\\" + String(character)
      case "\n", "\r": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// A whole HTML page in the report's layout (skip link, header, navigation, footer), under the
  /// report's Content-Security-Policy: no script, styles from `assets/` only. `stylesheets` are
  /// extra files under `assets/`.
  public static func page(
    title: String, subtitle: String, navigation: [(href: String, text: String)], current: String,
    body: String, stylesheets: [String] = [],
    footer: String = "Produit par Observatoire, sur la machine de l'analyste."
  ) -> String {
    let links = navigation.map { item in
      "<li><a class=\"fr-link\" href=\"\(escapeXML(item.href))\"\(item.href == current ? " aria-current=\"page\"" : "")>\(escapeXML(item.text))</a></li>"
    }.joined()
    let extra = stylesheets.map { "<link rel=\"stylesheet\" href=\"assets/\(escapeXML($0))\">\n" }.joined()
    return """
      <!DOCTYPE html>
      <html lang="fr" data-fr-scheme="light">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
      <meta name="referrer" content="no-referrer">
      <title>\(escapeXML(title))</title>
      <link rel="stylesheet" href="assets/dsfr.min.css">
      <link rel="stylesheet" href="assets/rapport.css">
      \(extra)</head>
      <body>
      <div class="fr-skiplinks"><nav aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Aller au contenu</a></li></ul></nav></div>
      <header role="banner" class="fr-header"><div class="fr-container"><p class="fr-h4 fr-mb-0">Observatoire</p><p class="fr-mb-0">\(escapeXML(subtitle))</p></div></header>
      <nav class="fr-container" aria-label="Navigation principale"><ul class="fr-links-group fr-links-group--inline">\(links)</ul></nav>
      <main id="contenu" role="main" tabindex="-1" class="fr-container fr-my-4w">
      \(body)
      </main>
      <footer role="contentinfo" class="fr-footer"><div class="fr-container"><p>\(escapeXML(footer))</p></div></footer>
      </body>
      </html>

      """
  }

  /// The person a web page is shown to, for its header: who, in which role, and the token of the
  /// logout form.
  public struct WebAccount: Sendable, Hashable {
    public var identifier: String
    public var role: String
    public var csrf: String
    public init(identifier: String, role: String, csrf: String) {
      self.identifier = identifier
      self.role = role
      self.csrf = csrf
    }
  }

  /// A web app page in the report's frame (the same header and footer templates): `template`
  /// names one of the templates (`web-*.mustache`) that fill the frame's main block, with `view`
  /// (a dictionary) for its values, escaped; or, without a template, `body` as already-escaped
  /// HTML.
  public static func webPage(
    title: String, account: WebAccount?, template: String = "web-layout", view: [String: Any] = [:],
    body: String = ""
  ) throws -> String {
    var texts = Labels(language: .fr).templateTexts
    texts["footer"] =
      "Observatoire analyse les consultations sur cette machine : les réponses ne la quittent pas."
    var frame: [String: Any] = [
      "pageTitle": title, "t": texts, "overviewHref": "/",
      "reportTitle": "Consultations et usages de l'IA à l'école", "body": body,
    ]
    if let account {
      frame["account"] = ["identifier": account.identifier, "role": account.role, "csrf": account.csrf]
    }
    frame.merge(view) { _, page in page }
    return try ReportTemplates.render(frame, template: template)
  }

  /// Copies the DSFR stylesheet and fonts (or the built-in fallback) and the report's own rules
  /// into `folder` (usually `assets/`); returns whether the DSFR files were found.
  @discardableResult
  public static func installStyles(into folder: URL, assets: DSFRAssets = .locate()) throws -> Bool {
    try assets.install(into: folder).usedDSFR
  }

  /// A cell of a spreadsheet table.
  public enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case empty
  }

  /// A sheet: its name (≤ 31 characters), header and rows.
  public struct Table: Sendable, Hashable {
    public var name: String
    public var header: [String]
    public var rows: [[Cell]]
    public init(name: String, header: [String], rows: [[Cell]]) {
      self.name = name
      self.header = header
      self.rows = rows
    }
  }

  /// Writes `tables` as one OpenDocument spreadsheet at `url` (replaced if present); text cells
  /// that a spreadsheet would run as formulas are neutralised.
  public static func writeODS(_ tables: [Table], to url: URL) throws {
    try? FileManager.default.removeItem(at: url)
    let converted = tables.map { table in
      ReportTable(
        name: String(table.name.filter { !"[]*?:/\\".contains($0) }.prefix(31)), fileName: "",
        header: table.header,
        rows: table.rows.map { row in
          row.map { cell -> ReportTable.Cell in
            switch cell {
            case .text(let value): .text(value)
            case .integer(let value): .integer(value)
            case .decimal(let value): .decimal(value)
            case .empty: .empty
            }
          }
        })
    }
    do {
      try ODSWriter.write(tables: converted, to: url)
    } catch {
      throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
    }
  }
}
