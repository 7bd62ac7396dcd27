import Foundation
import Mustache

/// The report's Mustache templates (`Templates/*.mustache`, resources of this target), parsed once.
///
/// Every template is registered behind a `CONTENT_TYPE` pragma naming `ObservatoireHTML`, so that
/// `{{value}}` is escaped by `escapeXML` (by Unicode scalar: a quote followed by a combining mark
/// is still escaped, and control characters invalid in XML are dropped) rather than by the
/// library's default HTML escaping, which works on grapheme clusters. `{{{value}}}` is used only
/// for SVG charts, which `SVGChart` escapes itself.
enum ReportTemplates {
  static let contentTypeName = "OBSERVATOIRE_HTML"

  /// The parsed templates, or why they could not be read.
  static let library: Result<MustacheLibrary, ReportError> = load()

  struct ObservatoireHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { escapeXML(text) }
  }

  private static func load() -> Result<MustacheLibrary, ReportError> {
    MustacheContentTypes.register(ObservatoireHTML(), named: contentTypeName)
    guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
      return .failure(.templatesUnavailable(reason: "Templates not found in \(Bundle.module.bundlePath)"))
    }
    do {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".mustache") }.sorted()
      var library = MustacheLibrary()
      for name in names {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        try library.register(
          "{{%CONTENT_TYPE: \(contentTypeName)}}\n" + text, named: String(name.dropLast(".mustache".count)))
      }
      return .success(library)
    } catch {
      return .failure(.templatesUnavailable(reason: "\(error)"))
    }
  }

  /// Renders the template `name` with `view`.
  static func render(_ view: Any, template name: String) throws -> String {
    let templates = try library.get()
    guard let html = templates.render(view, withTemplate: name) else {
      throw ReportError.templatesUnavailable(reason: "no template named \(name)")
    }
    return html
  }
}
