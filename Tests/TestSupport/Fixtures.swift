import Foundation

/// Locations of real data and models used by the tests.
public enum Fixtures {
  /// The repository's root, found from this file's path.
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/data` beside the repository (or `OBSERVATOIRE_SHARED_DATA`).
  public static var sharedData: URL {
    if let path = ProcessInfo.processInfo.environment["OBSERVATOIRE_SHARED_DATA"] {
      return URL(fileURLWithPath: path)
    }
    var candidate = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    if !FileManager.default.fileExists(atPath: candidate.path) {
      // A git worktree or clone placed deeper: look for shared/data upward.
      var dir = repositoryRoot
      while dir.path != "/" {
        dir = dir.deletingLastPathComponent()
        let c = dir.appendingPathComponent("shared/data")
        if FileManager.default.fileExists(atPath: c.path) {
          candidate = c
          break
        }
      }
    }
    return candidate
  }

  /// The folder `scripts/setup` writes models to (or `OBSERVATOIRE_MODELS`).
  public static var modelsDirectory: URL {
    if let path = ProcessInfo.processInfo.environment["OBSERVATOIRE_MODELS"] {
      return URL(fileURLWithPath: path)
    }
    return repositoryRoot.appendingPathComponent("models")
  }

  public static let smolLM2 = "smollm2-135m-instruct-q4_1.gguf"
  public static let qwenCoder05B = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
  public static let e5Small = "multilingual-e5-small-q4_0.gguf"

  /// The path of a model installed by `scripts/setup`.
  public static func model(_ name: String) -> URL {
    modelsDirectory.appendingPathComponent(name)
  }

  /// Reads a JSON-lines file from the shared data folder into dictionaries.
  public static func jsonLines(_ relativePath: String) throws -> [[String: Any]] {
    let url = sharedData.appendingPathComponent(relativePath)
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").map { line in
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else { throw CocoaError(.fileReadCorruptFile) }
      return object
    }
  }

  /// A fresh temporary directory, removed by the caller.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "observatoire-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
