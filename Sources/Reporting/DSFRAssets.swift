import Foundation

/// The State design system (DSFR) files the HTML report copies next to its pages.
public struct DSFRAssets: Sendable, Hashable {
  /// The folder holding `dsfr.min.css` and `fonts/`, or nil to use the built-in stylesheet.
  public var directory: URL?

  public init(directory: URL?) {
    self.directory = directory
  }

  /// Finds the DSFR files: `explicit`, then `OBSERVATOIRE_DSFR`, then `Public/dsfr` under the
  /// current directory or beside (or above) the executable.
  public static func locate(explicit: URL? = nil) -> DSFRAssets {
    var candidates: [URL] = []
    if let explicit { candidates.append(explicit) }
    if let path = ProcessInfo.processInfo.environment["OBSERVATOIRE_DSFR"] {
      candidates.append(URL(fileURLWithPath: path))
    }
    candidates.append(
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Public/dsfr"))
    var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "/").resolvingSymlinksInPath()
    for _ in 0..<6 {
      dir = dir.deletingLastPathComponent()
      candidates.append(dir.appendingPathComponent("Public/dsfr"))
    }
    let found = candidates.first { isUsable($0) }
    return DSFRAssets(directory: found)
  }

  static func isUsable(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent("dsfr.min.css").path)
  }

  /// Copies the stylesheet and fonts (not the JS: the report works without script).
  func install(into folder: URL) throws -> (files: [String], usedDSFR: Bool) {
    let fileManager = FileManager.default
    do {
      try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
      var files: [String] = []
      let reportCSS = folder.appendingPathComponent("rapport.css")
      try? fileManager.removeItem(at: reportCSS)
      try Data(Stylesheet.report.utf8).write(to: reportCSS)
      files.append("rapport.css")
      let dsfrCSS = folder.appendingPathComponent("dsfr.min.css")
      try? fileManager.removeItem(at: dsfrCSS)
      guard let directory, Self.isUsable(directory) else {
        try Data(Stylesheet.fallback.utf8).write(to: dsfrCSS)
        files.append("dsfr.min.css")
        return (files, false)
      }
      try fileManager.copyItem(at: directory.appendingPathComponent("dsfr.min.css"), to: dsfrCSS)
      files.append("dsfr.min.css")
      let fonts = directory.appendingPathComponent("fonts")
      let fontNames = (try? fileManager.contentsOfDirectory(atPath: fonts.path)) ?? []
      if !fontNames.isEmpty {
        let target = folder.appendingPathComponent("fonts")
        try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
        for name in fontNames.sorted() where name.hasSuffix(".woff2") || name.hasSuffix(".woff") {
          let destination = target.appendingPathComponent(name)
          try? fileManager.removeItem(at: destination)
          try fileManager.copyItem(at: fonts.appendingPathComponent(name), to: destination)
          files.append("fonts/" + name)
        }
      }
      return (files, true)
    } catch {
      throw ReportError.cannotWrite(path: folder.path, reason: error.localizedDescription)
    }
  }
}

enum Stylesheet {
  /// Report-specific rules on top of DSFR: charts, highlighted quotes, print.
  static let report = """
    .obs-chart { max-width: 100%; height: auto; }
    .obs-chart text { font-family: Marianne, arial, sans-serif; font-size: 13px; fill: #161616; }
    mark.obs-quote { background: #fee7fc; color: #161616; border-bottom: 2px solid #6e445a; padding: 0 .1em; }
    .obs-answer { white-space: pre-wrap; border-left: 4px solid #6a6af4; padding-left: 1rem; }
    .obs-citation { font-size: .8em; vertical-align: super; }
    .obs-key-figures { display: flex; flex-wrap: wrap; gap: 1.5rem; list-style: none; padding: 0; }
    .obs-key-figures li { border: 1px solid #929292; padding: .75rem 1rem; }
    .obs-key-figures strong { display: block; font-size: 1.75rem; }
    a:focus, a:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
    @media print { nav, .fr-skiplinks { display: none; } a { color: #161616; } }
    """

  /// Used when the DSFR files are absent: readable, accessible, no external resources.
  static let fallback = """
    body { font-family: system-ui, arial, sans-serif; color: #161616; background: #fff; margin: 0; line-height: 1.5; }
    .fr-container { max-width: 78rem; margin: 0 auto; padding: 0 1rem; }
    .fr-header { border-bottom: 4px solid #000091; padding: 1rem 0; }
    .fr-footer { border-top: 2px solid #000091; margin-top: 3rem; padding: 1rem 0; }
    a { color: #000091; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid #929292; padding: .25rem .5rem; text-align: left; }
    caption { font-weight: bold; text-align: left; }
    .fr-skiplinks a { position: absolute; left: -999px; } .fr-skiplinks a:focus { left: 1rem; }
    .fr-skiplinks ul, .fr-links-group { list-style: none; padding: 0; }
    .fr-logo { font-weight: bold; text-transform: uppercase; line-height: 1.1; margin: 0 0 .5rem; }
    .fr-header__service a { color: #161616; text-decoration: none; }
    .fr-header__service-title { font-size: 1.25rem; font-weight: bold; margin: 0; }
    """
}
