import Foundation
import Inference
import ObservatoireCore
import Yams

/// What a front end asks of the model configuration, each value optional: a command's flags, a
/// web form. `ModelSettings.resolve` merges them over the configuration file and the defaults.
public struct ModelOverrides: Sendable, Hashable {
  public var generator: String?
  /// The model that names and synthesises themes, when it is not the generator.
  public var synthesisGenerator: String?
  public var embedder: String?
  public var generatorModelName: String?
  public var embedderModelName: String?
  public var apiKeyEnvironmentVariable: String?
  public var threads: Int?
  /// Requests in flight to a server, or sequences decoded together in this process.
  public var concurrency: Int?
  public var wattsPerCore: Double?
  /// The configuration file to read; nil reads `observatoire.yaml` in the current directory if
  /// there is one.
  public var configurationFile: String?

  public init(
    generator: String? = nil, embedder: String? = nil, generatorModelName: String? = nil,
    embedderModelName: String? = nil, apiKeyEnvironmentVariable: String? = nil, threads: Int? = nil,
    concurrency: Int? = nil, wattsPerCore: Double? = nil, configurationFile: String? = nil,
    synthesisGenerator: String? = nil
  ) {
    self.generator = generator
    self.synthesisGenerator = synthesisGenerator
    self.embedder = embedder
    self.generatorModelName = generatorModelName
    self.embedderModelName = embedderModelName
    self.apiKeyEnvironmentVariable = apiKeyEnvironmentVariable
    self.threads = threads
    self.concurrency = concurrency
    self.wattsPerCore = wattsPerCore
    self.configurationFile = configurationFile
  }
}

/// Resolved model configuration: where each model is and how to run it.
///
/// Values come from, in order of precedence: the overrides (a command's flags), the configuration
/// file (given, or `observatoire.yaml` in the current directory), then the defaults (the models
/// that `./scripts/setup` installs, run in this process).
public struct ModelSettings: Sendable, Hashable {
  /// A GGUF path (absolute) or an http(s) URL.
  public var generator: String
  /// The model that names and synthesises the themes, when it differs from `generator` (a GGUF
  /// path or a URL; nil: the generator does it all): a larger model called once per theme, or a
  /// server, beside a small local extractor. Never chosen by default: the larger model that
  /// `scripts/setup --modele-synthese` installs is not yet better through the checks
  /// (docs/benchmarks/pipeline.md, « A second model for the syntheses »).
  public var synthesisGenerator: String?
  public var embedder: String
  public var generatorModelName: String?
  public var embedderModelName: String?
  public var apiKeyEnvironmentVariable: String?
  public var threads: Int
  /// True unless a flag or the configuration file fixed `threads`: the count then follows the
  /// cores free when a model is loaded (`measuringFreeCores()`).
  public var threadsFollowFreeCores = true
  public var contextPerSequence = 4096
  /// Sequences decoded together in-process (continuous batching): 4 and 8 measured alike on
  /// 2 cores (docs/benchmarks/inference.md), 4 holds half the KV cache.
  public var parallelSequences = 4
  public var wattsPerCore = 15.0
  public var maxConcurrentRequests = 4
  public var timeoutSeconds: Int64 = 300
  /// The file the settings were read from, if any.
  public var configurationFile: String?
  public var environment: [String: String] = [:]

  public static let defaultGeneratorFile = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
  public static let defaultEmbedderFile = "multilingual-e5-small-q4_0.gguf"
  /// The larger model `scripts/setup --modele-synthese` installs, to name with `--synthesis-generator`.
  public static let defaultSynthesisFile = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"

  public static func defaults(currentDirectory: URL, environment: [String: String]) -> ModelSettings {
    let folder = modelsFolder(currentDirectory: currentDirectory, environment: environment)
    return ModelSettings(
      generator: folder.appendingPathComponent(defaultGeneratorFile).path,
      embedder: folder.appendingPathComponent(defaultEmbedderFile).path,
      threads: min(8, LlamaConfiguration.threadsForFreeCores()))
  }

  /// The settings a front end runs with: `overrides` › the configuration file › the defaults.
  public static func resolve(
    _ overrides: ModelOverrides = ModelOverrides(),
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> ModelSettings {
    var settings = defaults(currentDirectory: currentDirectory, environment: environment)
    let localFile = currentDirectory.appendingPathComponent("observatoire.yaml")
    let configurationFile =
      overrides.configurationFile.map {
        URL(fileURLWithPath: $0, relativeTo: currentDirectory).standardizedFileURL
      } ?? (FileManager.default.fileExists(atPath: localFile.path) ? localFile : nil)
    if let configurationFile { try settings.apply(configurationFile: configurationFile) }
    if let generator = overrides.generator { settings.generator = resolve(generator, from: currentDirectory) }
    if let synthesis = overrides.synthesisGenerator {
      settings.synthesisGenerator = resolve(synthesis, from: currentDirectory)
    }
    if settings.synthesisGenerator == settings.generator { settings.synthesisGenerator = nil }
    if let embedder = overrides.embedder { settings.embedder = resolve(embedder, from: currentDirectory) }
    if let name = overrides.generatorModelName { settings.generatorModelName = name }
    if let name = overrides.embedderModelName { settings.embedderModelName = name }
    if let variable = overrides.apiKeyEnvironmentVariable { settings.apiKeyEnvironmentVariable = variable }
    if let threads = overrides.threads {
      settings.threads = threads
      settings.threadsFollowFreeCores = false
    }
    if let concurrency = overrides.concurrency {
      settings.maxConcurrentRequests = concurrency
      settings.parallelSequences = concurrency
    }
    if let watts = overrides.wattsPerCore { settings.wattsPerCore = watts }
    settings.environment = environment
    return settings
  }

  /// `OBSERVATOIRE_MODELS`, else `models/` in the current directory, else `models/` beside the
  /// repository the executable was built in (`swift run` from elsewhere), else `./models`.
  public static func modelsFolder(currentDirectory: URL, environment: [String: String]) -> URL {
    if let folder = environment["OBSERVATOIRE_MODELS"], !folder.isEmpty {
      return URL(fileURLWithPath: folder, relativeTo: currentDirectory).standardizedFileURL
    }
    let local = currentDirectory.appendingPathComponent("models")
    if FileManager.default.fileExists(atPath: local.path) { return local }
    if var directory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
      while directory.path != "/" {
        let candidate = directory.appendingPathComponent("models")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(defaultGeneratorFile).path)
        {
          return candidate
        }
        directory.deleteLastPathComponent()
      }
    }
    return local
  }

  public static func isServer(_ location: String) -> Bool {
    let lowered = location.lowercased()
    return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
  }

  /// URLs stay as they are; relative paths are taken from `directory`.
  public static func resolve(_ location: String, from directory: URL) -> String {
    if isServer(location) { return location }
    let expanded = (location as NSString).expandingTildeInPath
    // `relativeTo` replaces the last component of a URL without its trailing slash.
    let folder = URL(fileURLWithPath: directory.path, isDirectory: true)
    return URL(fileURLWithPath: expanded, relativeTo: folder).standardizedFileURL.path
  }

  public var apiKey: String? {
    get throws {
      guard let variable = apiKeyEnvironmentVariable else { return environment["OBSERVATOIRE_API_KEY"] }
      guard let key = environment[variable], !key.isEmpty else {
        throw ModelSettingsError.missingAPIKey(variable: variable)
      }
      return key
    }
  }

  public func endpoint(_ url: String, model: String?) throws -> OpenAIEndpoint {
    OpenAIEndpoint(
      baseURL: url, apiKey: try apiKey, model: model, timeoutSeconds: timeoutSeconds,
      maxConcurrentRequests: maxConcurrentRequests)
  }

  /// These settings with the thread count measured again now, unless it was fixed: the cores
  /// free when the resolution happened may no longer be free when a model is loaded.
  public func measuringFreeCores() -> ModelSettings {
    guard threadsFollowFreeCores else { return self }
    var settings = self
    settings.threads = min(8, LlamaConfiguration.threadsForFreeCores())
    return settings
  }

  public var llamaConfiguration: LlamaConfiguration {
    LlamaConfiguration(
      threads: threads, contextPerSequence: contextPerSequence, parallelSequences: parallelSequences)
  }

  /// The configured language model: loaded in this process, or a client of the server.
  public func makeGenerator() throws -> any TextGenerator {
    try makeGenerator(at: generator)
  }

  /// The model that names and synthesises the themes, when it is not the generator.
  public func makeSynthesisGenerator() throws -> (any TextGenerator)? {
    try synthesisGenerator.map { try makeGenerator(at: $0) }
  }

  /// A GGUF path loaded in this process, or a client of the server at that URL.
  private func makeGenerator(at location: String) throws -> any TextGenerator {
    if Self.isServer(location) {
      return OpenAICompatibleGenerator(endpoint: try endpoint(location, model: generatorModelName))
    }
    return try LlamaGenerator(modelPath: location, configuration: llamaConfiguration)
  }

  /// The configured embedder; a server is contacted once to learn the vector size.
  public func makeEmbedder() async throws -> any Embedder {
    if Self.isServer(embedder) {
      return try await OpenAICompatibleEmbedder.connect(
        endpoint: try endpoint(embedder, model: embedderModelName))
    }
    return try LlamaEmbedder(modelPath: embedder, threads: threads)
  }

  public static let configurationKeys = [
    "generator", "synthesis_generator", "embedder", "model_name", "embedder_model_name", "api_key_env",
    "threads", "context", "parallel", "watts_per_core", "max_concurrent_requests", "timeout_seconds",
  ]

  /// Reads `observatoire.yaml`: flat keys (see `configurationKeys`); paths are relative to the file.
  public mutating func apply(configurationFile url: URL) throws {
    let file = url.path
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw ModelSettingsError.unreadableFile(file: file)
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw ModelSettingsError.syntax(
        location: Self.location(of: error, file: file), detail: Self.problem(of: error))
    } catch {
      throw ModelSettingsError.syntax(location: SourceLocation(file: file), detail: String(describing: error))
    }
    configurationFile = file
    guard let root else { return }
    guard let mapping = root.mapping else {
      throw ModelSettingsError.invalidValue(
        location: Self.location(of: root, file: file), key: "(racine)",
        expected: "une liste de clés « nom: valeur »")
    }
    let directory = url.deletingLastPathComponent()
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      let location = Self.location(of: value, file: file)
      func text() throws -> String {
        guard let string = value.scalar?.string, !string.isEmpty else {
          throw ModelSettingsError.invalidValue(location: location, key: key, expected: "un texte")
        }
        return string
      }
      func positiveInteger() throws -> Int {
        guard let number = value.int, number >= 1 else {
          throw ModelSettingsError.invalidValue(location: location, key: key, expected: "un entier positif")
        }
        return number
      }
      switch key {
      case "generator": generator = Self.resolve(try text(), from: directory)
      case "synthesis_generator": synthesisGenerator = Self.resolve(try text(), from: directory)
      case "embedder": embedder = Self.resolve(try text(), from: directory)
      case "model_name": generatorModelName = try text()
      case "embedder_model_name": embedderModelName = try text()
      case "api_key_env": apiKeyEnvironmentVariable = try text()
      case "threads":
        threads = try positiveInteger()
        threadsFollowFreeCores = false
      case "context": contextPerSequence = try positiveInteger()
      case "parallel": parallelSequences = try positiveInteger()
      case "max_concurrent_requests": maxConcurrentRequests = try positiveInteger()
      case "timeout_seconds": timeoutSeconds = Int64(try positiveInteger())
      case "watts_per_core":
        guard let watts = value.float, watts >= 0 else {
          throw ModelSettingsError.invalidValue(location: location, key: key, expected: "un nombre positif")
        }
        wattsPerCore = watts
      default:
        throw ModelSettingsError.unknownKey(
          location: Self.location(of: keyNode, file: file), key: key, known: Self.configurationKeys)
      }
    }
  }

  private static func location(of node: Node, file: String) -> SourceLocation {
    SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
  }

  private static func location(of error: YamlError, file: String) -> SourceLocation {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return SourceLocation(file: file, line: mark.line, column: mark.column)
    default:
      return SourceLocation(file: file)
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      return problem
    default:
      return String(describing: error)
    }
  }
}

public enum ModelSettingsError: UserFacingError, Equatable {
  case unreadableFile(file: String)
  case syntax(location: SourceLocation, detail: String)
  case unknownKey(location: SourceLocation, key: String, known: [String])
  case invalidValue(location: SourceLocation, key: String, expected: String)
  case missingAPIKey(variable: String)

  public var messageFR: String {
    switch self {
    case .unreadableFile(let file):
      return "Fichier de configuration illisible : \(file)."
    case .syntax(let location, let detail):
      return "\(location) : le fichier de configuration n'est pas du YAML valide (\(detail))."
    case .unknownKey(let location, let key, let known):
      return "\(location) : clé inconnue « \(key) ». Clés possibles : \(known.joined(separator: ", "))."
    case .invalidValue(let location, let key, let expected):
      return "\(location) : la valeur de « \(key) » doit être \(expected)."
    case .missingAPIKey(let variable):
      return "La variable d'environnement \(variable), qui doit contenir la clé d'API, n'est pas définie."
    }
  }
}
