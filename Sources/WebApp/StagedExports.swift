import Foundation

/// Exports received from the form and waiting for their questions to be checked (the mapping)
/// before the import: one folder each under `<data>/envois-a-verifier/<jeton>/`, the export and
/// the account that sent it. The raw export still holds the personal data the import masks, so
/// it leaves as soon as it is imported or abandoned, and whatever waits longer than `lifetime`
/// is removed (at start and at each new envoi).
actor StagedExports {
  let root: URL
  let lifetime: TimeInterval

  init(dataDirectory: URL, lifetime: TimeInterval = 3600) throws {
    root = dataDirectory.appendingPathComponent("envois-a-verifier", isDirectory: true)
    self.lifetime = lifetime
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    Self.removeExpired(in: root, lifetime: lifetime, now: Date())
  }

  /// Moves `file` (keeping its name, which tells its format) into a new folder owned by `owner`;
  /// returns its token.
  func stage(_ file: URL, owner: String) throws -> String {
    Self.removeExpired(in: root, lifetime: lifetime, now: Date())
    let token = UUID().uuidString.lowercased()
    let folder = root.appendingPathComponent(token, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    do {
      try Data(owner.utf8).write(to: folder.appendingPathComponent(Self.ownerFile))
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(Self.exportFolder), withIntermediateDirectories: true)
      try FileManager.default.moveItem(
        at: file,
        to: folder.appendingPathComponent(Self.exportFolder).appendingPathComponent(file.lastPathComponent))
    } catch {
      try? FileManager.default.removeItem(at: folder)
      throw error
    }
    return token
  }

  /// The export waiting under `token`, for its owner only (anyone else gets « introuvable »).
  func export(_ token: String, owner: String) throws -> URL {
    let folder = try self.folder(token)
    guard
      let stored = try? String(contentsOf: folder.appendingPathComponent(Self.ownerFile), encoding: .utf8),
      stored == owner,
      let name = try? FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent(Self.exportFolder).path
      ).first
    else { throw WebError.notFound }
    return folder.appendingPathComponent(Self.exportFolder).appendingPathComponent(name)
  }

  /// Removes the export waiting under `token` (imported or abandoned), for its owner only.
  func discard(_ token: String, owner: String) throws {
    _ = try export(token, owner: owner)
    try? FileManager.default.removeItem(at: try folder(token))
  }

  private func folder(_ token: String) throws -> URL {
    guard UUID(uuidString: token) != nil, token == token.lowercased() else { throw WebError.notFound }
    let folder = root.appendingPathComponent(token, isDirectory: true)
    guard FileManager.default.fileExists(atPath: folder.path) else { throw WebError.notFound }
    return folder
  }

  static let ownerFile = "compte"
  /// The export sits alone in a folder of its own, under the name it was sent with.
  static let exportFolder = "export"

  static func removeExpired(in root: URL, lifetime: TimeInterval, now: Date) {
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    for name in folders {
      let folder = root.appendingPathComponent(name)
      let modified =
        (try? FileManager.default.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date)
        ?? .distantPast
      if now.timeIntervalSince(modified) > lifetime { try? FileManager.default.removeItem(at: folder) }
    }
  }
}
