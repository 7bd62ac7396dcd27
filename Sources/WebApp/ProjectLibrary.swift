import Foundation
import ObservatoireApp
import ObservatoireCore

/// The projects a server keeps, one folder each under `<data>/projets/<id>/`: the export as
/// uploaded, the project database, the latest report.
public actor ProjectLibrary {
  public struct Project: Sendable, Hashable {
    public var id: String
    public var title: String
    public var sourceName: String
    public var respondents: Int
    public var analysedQuestions: Int
  }

  public let root: URL

  public init(dataDirectory: URL) throws {
    root = dataDirectory.appendingPathComponent("projets", isDirectory: true)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  /// A project's id is a folder name: lowercase letters, digits and dashes only, so that no id
  /// taken from a URL can leave the data folder.
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 80
      && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  public func folder(_ id: String) throws -> URL {
    guard Self.isValidID(id) else { throw WebError.notFound }
    let folder = root.appendingPathComponent(id, isDirectory: true)
    guard FileManager.default.fileExists(atPath: folder.path) else { throw WebError.notFound }
    return folder
  }

  public func databasePath(_ id: String) throws -> String {
    try folder(id).appendingPathComponent("projet.observatoire").path
  }

  public func reportFolder(_ id: String) throws -> URL {
    try folder(id).appendingPathComponent("rapport", isDirectory: true)
  }

  /// A new folder for an upload named `fileName`; its id starts with the name, made safe.
  public func reserve(fileName: String) throws -> (id: String, folder: URL) {
    let base = URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent
    let folded = base.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    var slug = String(folded.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
    slug = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(40))
    let suffix = String(UUID().uuidString.lowercased().prefix(8))
    let id = (slug.isEmpty ? "projet" : slug) + "-" + suffix
    let folder = root.appendingPathComponent(id, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return (id, folder)
  }

  public func remove(_ id: String) {
    guard Self.isValidID(id) else { return }
    try? FileManager.default.removeItem(at: root.appendingPathComponent(id))
  }

  /// Every project with an imported consultation, newest first.
  public func list() -> [Project] {
    let ids = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter(Self.isValidID)
    var projects: [(Date, Project)] = []
    for id in ids {
      guard let project = try? describe(id) else { continue }
      let created =
        (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(id).path)[
          .creationDate] as? Date) ?? .distantPast
      projects.append((created, project))
    }
    return projects.sorted { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1.id < $1.1.id) }.map(\.1)
  }

  public func describe(_ id: String) throws -> Project {
    guard let overview = try ProjectOverview.load(project: try databasePath(id)) else {
      throw WebError.notFound
    }
    return Project(
      id: id, title: overview.title, sourceName: overview.sourceName, respondents: overview.respondents,
      analysedQuestions: overview.analysedQuestions)
  }
}
