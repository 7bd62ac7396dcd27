import Foundation
import Inference
import ObservatoireCore
import Storage
import Yams

extension ObservatoryArchive {
  /// The observatory of the project file at `path`, which must exist and be a project.
  public static func open(path: String) throws -> ObservatoryArchive {
    ObservatoryArchive(database: try ProjectDatabase.openExisting(path: path))
  }

  /// The observatory of the project file at `path`, created (with its migrations) when no file is
  /// there yet and the name ends in `.observatoire`; an existing file must be a project.
  public static func openOrCreate(path: String) throws -> ObservatoryArchive {
    if FileManager.default.fileExists(atPath: path) { return try open(path: path) }
    guard path.hasSuffix(".observatoire") else { throw ProjectOpeningError.notFound(path: path) }
    let database = try ProjectDatabase(path: path)
    try database.setInfo("created", ISO8601DateFormatter().string(from: Date()))
    return ObservatoryArchive(database: database)
  }
}

extension WaveSnapshot {
  /// A wave taken from the imported, analysed project at `path` (see
  /// `make(series:wave:position:consultation:analyses:embedder:)`); `analysed` says whether it
  /// had analyses of its free-text questions.
  public static func make(
    series: String, wave: String, position: Int, project path: String, embedder: any Embedder
  ) async throws -> (snapshot: WaveSnapshot, analysed: Bool) {
    let source = try ProjectDatabase.openExisting(path: path)
    guard let consultation = try source.loadConsultation() else {
      throw ObservatoryError.noConsultation(project: path)
    }
    let analyses = try source.loadAnalyses().map(\.analysis)
    let snapshot = try await make(
      series: series, wave: wave, position: position, consultation: consultation, analyses: analyses,
      embedder: embedder)
    return (snapshot, !analyses.isEmpty)
  }
}

extension QuestionMapping {
  /// Reads a mapping file (YAML or JSON): `questions: { Q4: Q3, Q7: null }`, later wave's code →
  /// earlier wave's code, null for « not the same question ».
  public static func load(from path: String) throws -> QuestionMapping {
    let file = URL(fileURLWithPath: path).lastPathComponent
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw ObservatoryError.invalidMapping(file: file, detail: "fichier introuvable ou illisible")
    }
    let loaded: Any?
    do {
      loaded = try Yams.load(yaml: text)
    } catch {
      throw ObservatoryError.invalidMapping(file: file, detail: "YAML invalide")
    }
    guard let root = loaded as? [String: Any], let questions = root["questions"] as? [String: Any] else {
      throw ObservatoryError.invalidMapping(
        file: file, detail: "clé « questions » attendue (code récent : code ancien)")
    }
    var pairs: [String: String?] = [:]
    for (later, earlier) in questions {
      if earlier is NSNull {
        pairs[later] = .some(nil)
      } else if let code = earlier as? String {
        pairs[later] = code
      } else {
        throw ObservatoryError.invalidMapping(
          file: file, detail: "« \(later) » : un code de question ou null attendu")
      }
    }
    return QuestionMapping(pairs: pairs)
  }
}
