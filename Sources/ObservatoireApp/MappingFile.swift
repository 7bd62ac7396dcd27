import Foundation
import Ingest
import ObservatoireCore
import Yams

/// The mapping file (YAML) that corrects the question types an import inferred, and the file an
/// import writes for the analyst to correct.
public enum MappingFile {
  /// Reads a mapping file; every problem is an `IngestError` naming the file (and the line when
  /// the YAML itself is broken).
  public static func read(_ path: String) throws -> ImportMapping {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw IngestError(.unreadable("fichier introuvable ou illisible"), at: SourceLocation(file: name))
    }
    let node: Any?
    do {
      node = try Yams.load(yaml: text)
    } catch {
      var line: Int?
      var column: Int?
      if case .scanner(_, _, let mark, _)? = error as? YamlError {
        line = mark.line
        column = mark.column
      } else if case .parser(_, _, let mark, _)? = error as? YamlError {
        line = mark.line
        column = mark.column
      }
      throw IngestError(
        .invalidMapping("YAML illisible"), at: SourceLocation(file: name, line: line, column: column))
    }
    guard let entries = node as? [String: Any] else {
      throw IngestError(
        .invalidMapping("une table « colonne: réglages » est attendue"), at: SourceLocation(file: name))
    }
    var overrides: [String: QuestionOverride] = [:]
    for (column, value) in entries {
      guard let settings = value as? [String: Any] else {
        throw IngestError(
          .invalidMapping("les réglages de « \(column) » doivent être une table"),
          at: SourceLocation(file: name))
      }
      var override = QuestionOverride()
      if let type = settings["type"] as? String {
        guard let kind = QuestionKind(rawValue: type) else {
          throw IngestError(
            .invalidMapping("type « \(type) » inconnu pour « \(column) »"),
            at: SourceLocation(file: name))
        }
        override.kind = kind
      }
      override.title = settings["titre"] as? String
      override.isSegment = settings["segment"] as? Bool
      if let lo = (settings["min"] as? Double) ?? (settings["min"] as? Int).map(Double.init),
        let hi = (settings["max"] as? Double) ?? (settings["max"] as? Int).map(Double.init), lo <= hi
      {
        override.scale = lo...hi
      }
      overrides[column] = override
    }
    return ImportMapping(overrides: overrides, fileName: name)
  }

  /// The mapping an import inferred, as a file the analyst corrects and gives back.
  public static func yaml(for questions: [Question]) -> String {
    var out =
      "# Correspondance devinée par « observatoire import » ; corrigez puis relancez avec --mapping.\n"
    for question in questions {
      let escaped = question.id.rawValue.replacingOccurrences(of: "\"", with: "\\\"")
      out += "\"\(escaped)\":\n  type: \(question.kind.rawValue)\n"
      out += "  segment: \(question.isSegment)\n"
      if let scale = question.scale { out += "  min: \(scale.lowerBound)\n  max: \(scale.upperBound)\n" }
      out += "  # confiance : \(String(format: "%.2f", question.confidence))\n"
    }
    return out
  }
}
