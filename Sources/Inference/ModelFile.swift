import Crypto
import Foundation

/// What `observatoire models list` shows about a model file, and what provenance records.
public struct ModelFileInfo: Sendable, Hashable, Codable {
  public var path: String
  public var bytes: Int64
  public var sha256: String

  /// Reads the whole file once to hash it (about a second per 500 MB).
  public init(path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
    else {
      throw InferenceError.modelNotFound(path: path)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InferenceError.modelUnreadable(path: path, reason: "lecture impossible")
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    var total: Int64 = 0
    while let chunk = try handle.read(upToCount: 8 << 20), !chunk.isEmpty {
      hasher.update(data: chunk)
      total += Int64(chunk.count)
    }
    self.path = path
    self.bytes = total
    self.sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }
}
