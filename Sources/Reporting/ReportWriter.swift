import Foundation
import ObservatoireCore

/// The output formats of a report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  case html
  case md
  case json
  case ods
  case csv
}

/// The language of the report's fixed labels (respondent text is never translated).
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
  case fr
  case en
}

/// What `ReportWriter.write` produced.
public struct ReportOutput: Sendable, Hashable {
  /// Written files, relative to the output folder.
  public var files: [String]
  /// Problems that did not stop the report (e.g. DSFR assets missing), in the report's language.
  public var warnings: [String]
}

/// Checks text a report is about to write for personal data. Supplied by the caller: Reporting
/// does not know how personal data is detected (the command line passes Privacy's auditor).
public protocol OutputAuditing: Sendable {
  /// Each possible piece of personal data in `text`: its kind and its context, the value hidden.
  func personalData(in text: String) -> [(kind: String, context: String)]
}

/// Personal data found in what a report was about to write.
public struct OutputAuditHit: Sendable, Hashable {
  /// The file, relative to the output folder (for ODS, the workbook and its sheet).
  public var file: String
  public var kind: String
  public var context: String
}

/// Renders one consultation's analysis into HTML, Markdown, JSON, ODS and CSV.
public struct ReportWriter: Sendable {
  public var report: ConsultationReport
  public var language: ReportLanguage
  public var assets: DSFRAssets
  /// Checks every file before anything is written; nil writes without checking.
  public var audit: (any OutputAuditing)?
  /// Writes even when `audit` finds personal data, listing the hits in the warnings and in
  /// `journal-confidentialite.txt` beside the report.
  public var allowsPersonalData = false
  /// The reviewers' changes, for the method page.
  public var reviewJournal: [ReviewJournalEntry] = []

  public init(report: ConsultationReport, language: ReportLanguage = .fr, assets: DSFRAssets = .locate()) {
    self.report = report
    self.language = language
    self.assets = assets
  }

  /// The file every report folder holds, so that a later report knows it may replace the folder.
  public static let markerFileName = ".rapport-observatoire"

  /// Writes the requested formats into `directory`. The report is written into a fresh folder
  /// beside it, which then takes its place: an earlier report there (known by its marker file)
  /// is replaced whole, never mixed with the new one. A folder that is neither empty nor an
  /// earlier report is refused, so that nothing else is lost.
  public func write(formats: Set<ReportFormat> = [.html], to directory: URL) throws -> ReportOutput {
    let fileManager = FileManager.default
    let directory = directory.standardizedFileURL
    let existing = try Self.existingFolder(at: directory)
    let parent = directory.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
    } catch {
      throw ReportError.cannotWrite(path: directory.path, reason: error.localizedDescription)
    }
    do {
      let output = try writeFiles(formats: formats, to: staging)
      try write(
        Data("Rapport produit par Observatoire \(ObservatoireVersion.current).\n".utf8),
        to: staging.appendingPathComponent(Self.markerFileName))
      try Self.move(staging, over: existing ? directory : nil, to: directory)
      return output
    } catch {
      try? fileManager.removeItem(at: staging)
      throw error
    }
  }

  /// Whether `directory` exists and must be replaced; throws when it may not be.
  static func existingFolder(at directory: URL) throws -> Bool {
    let fileManager = FileManager.default
    var isFolder: ObjCBool = false
    guard fileManager.fileExists(atPath: directory.path, isDirectory: &isFolder) else { return false }
    guard isFolder.boolValue else { throw ReportError.notAFolder(path: directory.path) }
    let contents: [String]
    do {
      contents = try fileManager.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw ReportError.cannotWrite(path: directory.path, reason: error.localizedDescription)
    }
    guard contents.isEmpty || contents.contains(markerFileName) || isUnmarkedReport(contents) else {
      throw ReportError.folderNotEmpty(path: directory.path)
    }
    return true
  }

  /// Whether a folder's entries are those of a report written before reports had a marker:
  /// `index.html` and nothing but what a report writes.
  static func isUnmarkedReport(_ contents: [String]) -> Bool {
    let names: Set<String> = [
      "index.html", "methode.html", "assets", "rapport.md", "rapport.json", "tableaux.ods", "csv",
    ]
    return contents.contains("index.html")
      && contents.allSatisfy { names.contains($0) || ($0.hasPrefix("theme-") && $0.hasSuffix(".html")) }
  }

  /// Puts the finished report at `destination`, replacing the folder `old` (the same path) when
  /// there is one: the old folder is renamed aside, the new one renamed in, then the old removed.
  static func move(_ staging: URL, over old: URL?, to destination: URL) throws {
    let fileManager = FileManager.default
    var aside: URL?
    if let old {
      let path = old.deletingLastPathComponent().appendingPathComponent(
        ".\(old.lastPathComponent).\(UUID().uuidString).old")
      guard rename(old.path, path.path) == 0 else {
        throw ReportError.cannotWrite(path: old.path, reason: String(cString: strerror(errno)))
      }
      aside = path
    }
    guard rename(staging.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      if let aside { _ = rename(aside.path, destination.path) }
      throw ReportError.cannotWrite(path: destination.path, reason: reason)
    }
    if let aside { try? fileManager.removeItem(at: aside) }
  }

  /// Writes the requested formats into `directory`, which exists.
  /// Renders every file, checks them with `audit` (a hit stops before anything is written, unless
  /// `allowsPersonalData`), then writes them into `directory`.
  private func writeFiles(formats: Set<ReportFormat>, to directory: URL) throws -> ReportOutput {
    let fileManager = FileManager.default
    let labels = Labels(language: language)
    // Rendered first, so that the audit sees everything before a byte is written.
    var rendered: [(name: String, data: Data)] = []
    if formats.contains(.html) {
      // Offline, each page is the file its own link names.
      let links = OfflineReportLinks(report: report)
      var pages = HTMLReport(report: report, language: language, links: links)
      pages.reviewJournal = reviewJournal
      for (destination, html) in try pages.pages() {
        guard let name = links.href(destination) else { continue }
        rendered.append((name, Data(html.utf8)))
      }
    }
    let htmlCount = rendered.count
    if formats.contains(.md) {
      let markdown = MarkdownReport(report: report, labels: labels, reviewJournal: reviewJournal)
      rendered.append(("rapport.md", Data(markdown.render().utf8)))
    }
    if formats.contains(.json) {
      rendered.append(("rapport.json", try AnalysisDocument(report).encoded()))
    }
    let tables = ReportTables(report: report, labels: labels).all()
    if formats.contains(.csv) {
      let csv = CSVWriter(language: language)
      for table in tables { rendered.append(("csv/\(table.fileName).csv", csv.render(table))) }
    }
    var hits: [OutputAuditHit] = []
    if let audit {
      for (name, data) in rendered {
        for hit in audit.personalData(in: String(decoding: data, as: UTF8.self)) {
          hits.append(OutputAuditHit(file: name, kind: hit.kind, context: hit.context))
        }
      }
      if formats.contains(.ods) {
        for table in tables {
          let cells = table.rows.map { row in
            row.map { cell -> String in
              if case .text(let text) = cell { return text }
              return ""
            }.joined(separator: "\t")
          }
          let text = ([table.name, table.header.joined(separator: "\t")] + cells).joined(separator: "\n")
          for hit in audit.personalData(in: text) {
            hits.append(
              OutputAuditHit(file: "tableaux.ods (\(table.name))", kind: hit.kind, context: hit.context))
          }
        }
      }
      if let first = hits.first, !allowsPersonalData {
        throw ReportError.personalDataFound(
          file: first.file, kind: first.kind, context: first.context, count: hits.count)
      }
    }
    do {
      try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw ReportError.cannotWrite(path: directory.path, reason: error.localizedDescription)
    }
    var output = ReportOutput(files: [], warnings: [])
    for (name, data) in rendered[..<htmlCount] {
      try write(data, to: directory.appendingPathComponent(name))
      output.files.append(name)
    }
    if formats.contains(.html) {
      let assetResult = try assets.install(into: directory.appendingPathComponent("assets"))
      output.files += assetResult.files.map { "assets/" + $0 }
      if !assetResult.usedDSFR { output.warnings.append(labels.dsfrMissingWarning) }
    }
    for (name, data) in rendered[htmlCount...] where !name.hasPrefix("csv/") {
      try write(data, to: directory.appendingPathComponent(name))
      output.files.append(name)
    }
    if formats.contains(.ods) {
      let url = directory.appendingPathComponent("tableaux.ods")
      try? fileManager.removeItem(at: url)
      do {
        try ODSWriter.write(tables: tables, to: url)
      } catch {
        throw ReportError.cannotWrite(path: url.path, reason: "\(error)")
      }
      output.files.append("tableaux.ods")
    }
    if formats.contains(.csv) {
      let folder = directory.appendingPathComponent("csv")
      try? fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
      for (name, data) in rendered where name.hasPrefix("csv/") {
        try write(data, to: directory.appendingPathComponent(name))
        output.files.append(name)
      }
    }
    if !hits.isEmpty {
      // Written anyway, at the analyst's request: said on the terminal and kept beside the report.
      let warning =
        language == .fr
        ? "Donnée personnelle possible écrite à la demande de l'analyste :"
        : "Possible personal data written at the analyst's request:"
      let lines = hits.map { "\($0.file) : \($0.kind) : \($0.context)" }
      output.warnings += lines.map { warning + " " + $0 }
      let journal =
        "\(ISO8601DateFormatter().string(from: Date())) — \(warning)\n"
        + lines.joined(separator: "\n") + "\n"
      try write(Data(journal.utf8), to: directory.appendingPathComponent("journal-confidentialite.txt"))
      output.files.append("journal-confidentialite.txt")
    }
    return output
  }

  private func write(_ data: Data, to url: URL) throws {
    do {
      try data.write(to: url, options: .atomic)
    } catch {
      throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
    }
  }
}

public enum ReportError: UserFacingError, Equatable {
  case cannotWrite(path: String, reason: String)
  /// The output folder holds other files than an earlier report.
  case folderNotEmpty(path: String)
  case notAFolder(path: String)
  /// The audit found personal data; nothing was written. `count` hits in all, the first named.
  case personalDataFound(file: String, kind: String, context: String, count: Int)
  /// The page templates shipped with the program could not be read (an incomplete installation).
  case templatesUnavailable(reason: String)

  public var messageFR: String {
    switch self {
    case .cannotWrite(let path, let reason):
      "Impossible d'écrire le rapport dans « \(path) » : \(reason)"
    case .folderNotEmpty(let path):
      "Le dossier « \(path) » n'est pas vide et ne contient pas un rapport Observatoire : "
        + "choisissez un dossier vide ou nouveau (un rapport précédent y serait remplacé en entier)."
    case .notAFolder(let path):
      "« \(path) » est un fichier, pas un dossier : choisissez un dossier pour le rapport."
    case .personalDataFound(let file, let kind, let context, let count):
      "Export arrêté, rien n'a été écrit : « \(file) » contiendrait une donnée personnelle (\(kind)) : "
        + "« \(context) »" + (count > 1 ? " (\(count) en tout)." : ".")
    case .templatesUnavailable(let reason):
      "Modèles de pages du rapport illisibles (installation incomplète ?) : \(reason)"
    }
  }
  public var messageEN: String {
    switch self {
    case .cannotWrite(let path, let reason): "Cannot write the report to “\(path)”: \(reason)"
    case .folderNotEmpty(let path):
      "The folder “\(path)” is not empty and holds no Observatoire report: choose an empty or new folder."
    case .notAFolder(let path): "“\(path)” is a file, not a folder: choose a folder for the report."
    case .personalDataFound(let file, let kind, let context, let count):
      "Export stopped, nothing written: “\(file)” would contain personal data (\(kind)): “\(context)”"
        + (count > 1 ? " (\(count) in all)." : ".")
    case .templatesUnavailable(let reason):
      "The report's page templates cannot be read (incomplete installation?): \(reason)"
    }
  }
}
