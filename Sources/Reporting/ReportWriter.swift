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

/// Renders one consultation's analysis into HTML, Markdown, JSON, ODS and CSV.
public struct ReportWriter: Sendable {
  public var report: ConsultationReport
  public var language: ReportLanguage
  public var assets: DSFRAssets

  public init(report: ConsultationReport, language: ReportLanguage = .fr, assets: DSFRAssets = .locate()) {
    self.report = report
    self.language = language
    self.assets = assets
  }

  /// Writes the requested formats into `directory` (created if needed).
  public func write(formats: Set<ReportFormat> = [.html], to directory: URL) throws -> ReportOutput {
    let fileManager = FileManager.default
    do {
      try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw ReportError.cannotWrite(path: directory.path, reason: error.localizedDescription)
    }
    var output = ReportOutput(files: [], warnings: [])
    let labels = Labels(language: language)
    if formats.contains(.html) {
      let site = HTMLReport(report: report, labels: labels)
      for (name, html) in site.pages() {
        try write(Data(html.utf8), to: directory.appendingPathComponent(name))
        output.files.append(name)
      }
      let assetResult = try assets.install(into: directory.appendingPathComponent("assets"))
      output.files += assetResult.files.map { "assets/" + $0 }
      if !assetResult.usedDSFR { output.warnings.append(labels.dsfrMissingWarning) }
    }
    if formats.contains(.md) {
      let markdown = MarkdownReport(report: report, labels: labels).render()
      try write(Data(markdown.utf8), to: directory.appendingPathComponent("rapport.md"))
      output.files.append("rapport.md")
    }
    if formats.contains(.json) {
      try write(try ReportJSON.encode(report), to: directory.appendingPathComponent("rapport.json"))
      output.files.append("rapport.json")
    }
    let tables = ReportTables(report: report, labels: labels).all()
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
      let csv = CSVWriter(language: language)
      for table in tables {
        let name = "csv/\(table.fileName).csv"
        try write(csv.render(table), to: directory.appendingPathComponent(name))
        output.files.append(name)
      }
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

  public var messageFR: String {
    switch self {
    case .cannotWrite(let path, let reason):
      "Impossible d'écrire le rapport dans « \(path) » : \(reason)"
    }
  }
  public var messageEN: String {
    switch self {
    case .cannotWrite(let path, let reason): "Cannot write the report to “\(path)”: \(reason)"
    }
  }
}
