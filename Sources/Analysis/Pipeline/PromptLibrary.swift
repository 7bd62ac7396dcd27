import Crypto
import Foundation

/// A prompt file shipped with the product; its version is a hash of its content.
public struct Prompt: Sendable, Hashable {
  public var name: String
  public var template: String
  /// First 12 hex digits of the SHA-256 of the file.
  public var version: String

  public init(name: String, template: String) {
    self.name = name
    self.template = template
    version = SHA256.hash(data: Data(template.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined()
  }

  /// The instructions for this consultation: its question, and its description when known.
  public func rendered(context: ConsultationContext) -> String {
    let description = context.description?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return
      template
      .replacingOccurrences(
        of: "{{contexte}}\n", with: description.isEmpty ? "" : "Consultation : \(description)\n"
      )
      .replacingOccurrences(of: "{{contexte}}", with: description)
      .replacingOccurrences(of: "{{question}}", with: context.question)
  }
}

public enum PromptLibrary {
  public static let argumentExtraction = "extraction-segments.md"
  public static let themeSynthesis = "synthese-theme.md"
  /// A theme and its sub-themes in one call.
  public static let themeFamilySynthesis = "synthese-theme-famille.md"
  public static let globalSynthesis = "synthese-globale.md"
  /// A theme's label, asked on its own with worked examples.
  public static let themeLabel = "intitule-theme.md"

  public static func load(_ name: String) throws -> Prompt {
    guard
      let url = Bundle.module.url(forResource: "Prompts", withExtension: nil)?.appendingPathComponent(name),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { throw PipelineError.missingPrompt(name) }
    return Prompt(name: name, template: text)
  }
}
