import Foundation
import Hummingbird
import MultipartKit
import ObservatoireApp
import ObservatoireCore

/// An export sent to the server, streamed to disk as it arrives (never whole in memory) and
/// refused as soon as it passes the limit; then imported into a new project. Accepts a browser's
/// form (`multipart/form-data`, field `export`) or the file itself as the body with its name in
/// the query (`POST /projets?nom=export.csv`).
enum Upload {
  static let acceptedExtensions: Set<String> = ["csv", "tsv", "txt", "xlsx", "ods"]

  /// `acceptsToken` checks the CSRF token: the form's `csrf` field (before the file field, as
  /// the form writes it) or the `X-CSRF-Token` header; nothing is imported without it.
  static func receive(
    _ request: Request, library: ProjectLibrary, maxBytes: Int, acceptsToken: (String?) -> Bool
  ) async throws -> String {
    try await receiveFile(
      request, staging: library.root.deletingLastPathComponent().appendingPathComponent("envois"),
      maxBytes: maxBytes, acceptsToken: acceptsToken
    ) { named in
      try await importIntoNewProject(named, library: library) { project in
        ProjectImport(file: named.path, project: project)
      }
    }
  }

  /// A browser's form: the export streamed to disk (same limits and checks as `receive`), then
  /// kept aside for its sender to check its questions before the import; returns its token.
  static func stage(
    _ request: Request, library: ProjectLibrary, into staged: StagedExports, owner: String, maxBytes: Int,
    acceptsToken: (String?) -> Bool
  ) async throws -> String {
    try await receiveFile(
      request, staging: library.root.deletingLastPathComponent().appendingPathComponent("envois"),
      maxBytes: maxBytes, acceptsToken: acceptsToken
    ) { named in
      // Read once now: an export the importer cannot read is refused here, not after the review.
      _ = try await ImportPreview.read(file: named.path)
      return try await staged.stage(named, owner: owner)
    }
  }

  /// Imports a checked export into a new project with the analyst's mapping.
  static func importChecked(
    _ file: URL, preview: ImportPreview, kinds: [QuestionID: String], segments: Set<QuestionID>,
    library: ProjectLibrary
  ) async throws -> String {
    try await importIntoNewProject(file, library: library) { project in
      try preview.importing(file: file.path, into: project, kinds: kinds, segments: segments)
    }
  }

  /// Imports `file` into a new project folder of the library, named after the file; the folder
  /// is removed if the import fails. Returns the project's id.
  private static func importIntoNewProject(
    _ file: URL, library: ProjectLibrary, importing: (_ project: String) throws -> ProjectImport
  ) async throws -> String {
    let (id, folder) = try await library.reserve(fileName: file.lastPathComponent)
    do {
      _ = try await importing(folder.appendingPathComponent("projet.observatoire").path).run()
    } catch {
      await library.remove(id)
      throw error
    }
    return id
  }

  /// Streams the uploaded file to a folder of its own under `staging` (refused beyond
  /// `maxBytes`, or without a valid CSRF token, or when it is not a CSV, TSV, XLSX or ODS file),
  /// hands it, under its own name, to `use`, then removes it whatever happens.
  static func receiveFile<T>(
    _ request: Request, staging root: URL, maxBytes: Int, acceptsToken: (String?) -> Bool,
    then use: (URL) async throws -> T
  ) async throws -> T {
    let headerToken = request.headers[.init("X-CSRF-Token")!]
    let contentType = request.headers[.contentType] ?? ""
    let boundary = contentType.range(of: "boundary=").map {
      String(contentType[$0.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
    }
    var fileName = request.uri.queryParameters.get("nom").map { String($0) }
    if boundary == nil, fileName == nil { throw WebError.missingFileName }

    let staging = root.appendingPathComponent(UUID().uuidString, isDirectory: true)
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: staging) }
    let file = staging.appendingPathComponent("export")
    guard FileManager.default.createFile(atPath: file.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: file.path)
    else { throw WebError.badRequest("impossible d'enregistrer l'envoi") }
    var received = 0
    do {
      defer { try? handle.close() }
      if let boundary {
        let form = FormFileWriter(boundary: boundary, handle: handle)
        for try await buffer in request.body {
          received += buffer.readableBytes
          if received > maxBytes { throw WebError.uploadTooLarge(limit: maxBytes) }
          try form.parser.execute(buffer)
          if let error = form.error { throw error }
        }
        fileName = form.fileName
        guard acceptsToken(headerToken ?? form.csrf) else { throw WebError.csrf }
      } else {
        guard acceptsToken(headerToken) else { throw WebError.csrf }
        for try await buffer in request.body {
          received += buffer.readableBytes
          if received > maxBytes { throw WebError.uploadTooLarge(limit: maxBytes) }
          handle.write(Data(buffer.readableBytesView))
        }
      }
    }
    guard let name = fileName.map({ URL(fileURLWithPath: $0).lastPathComponent }), !name.isEmpty else {
      throw WebError.missingFileName
    }
    let fileExtension = URL(fileURLWithPath: name).pathExtension.lowercased()
    guard acceptedExtensions.contains(fileExtension) else {
      throw WebError.badRequest("« \(name) » n'est pas un export CSV, TSV, XLSX ou ODS.")
    }
    // The importers recognise the format by the file's extension.
    let named = staging.appendingPathComponent(name)
    try FileManager.default.moveItem(at: file, to: named)
    return try await use(named)
  }
}

/// Writes the `export` file field of a form to disk as the parser reads it.
final class FormFileWriter {
  let parser: MultipartParser
  private(set) var fileName: String?
  private(set) var error: WebError?
  /// The form's `csrf` field.
  private(set) var csrf: String?
  private var inFileField = false
  private var inTokenField = false

  init(boundary: String, handle: FileHandle) {
    parser = MultipartParser(boundary: boundary)
    parser.onHeader = { [unowned self] name, value in
      guard name.lowercased() == "content-disposition" else { return }
      let isExport = value.contains("name=\"export\"")
      inFileField = isExport
      inTokenField = value.contains("name=\"csrf\"")
      if isExport, let range = value.range(of: "filename=\"") {
        let rest = value[range.upperBound...]
        fileName = rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
      }
    }
    parser.onBody = { [unowned self] buffer in
      if inTokenField { csrf = (csrf ?? "") + String(buffer: buffer) }
      guard inFileField else { return }
      handle.write(Data(buffer.readableBytesView))
    }
    parser.onPartComplete = { [unowned self] in
      inFileField = false
      inTokenField = false
    }
  }
}
