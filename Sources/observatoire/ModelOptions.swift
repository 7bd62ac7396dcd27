import ArgumentParser
import Foundation
import ObservatoireApp

/// The model options every command that runs models shares. Use it as
/// `@OptionGroup var models: ModelOptions`, then `try models.settings()` and
/// `try await settings.makeGenerator()` / `makeEmbedder()`.
///
/// Values come from, in order of precedence: the flags, the configuration file (`--config`,
/// or `observatoire.yaml` in the current directory), then the defaults (the models that
/// `./scripts/setup` installs, run in this process).
struct ModelOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Modèle de langue : un fichier GGUF exécuté ici, ou l'URL d'un serveur compatible OpenAI (llama-server, vLLM, Ollama, Albert).",
      valueName: "chemin|url"))
  var generator: String?

  @Option(
    help: ArgumentHelp(
      "Modèle qui nomme et synthétise les thèmes, s'il diffère du modèle de langue : un fichier GGUF (par ex. models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf, qu'installe « scripts/setup --modele-synthese ») ou l'URL d'un serveur. Par défaut : le modèle de langue.",
      valueName: "chemin|url"))
  var synthesisGenerator: String?

  @Option(
    help: ArgumentHelp(
      "Modèle de plongements : un fichier GGUF (multilingual-e5) ou l'URL d'un serveur compatible OpenAI.",
      valueName: "chemin|url"))
  var embedder: String?

  @Option(help: ArgumentHelp("Nom du modèle de langue à demander au serveur.", valueName: "nom"))
  var modelName: String?

  @Option(help: ArgumentHelp("Nom du modèle de plongements à demander au serveur.", valueName: "nom"))
  var embedderModelName: String?

  @Option(
    help: ArgumentHelp(
      "Variable d'environnement qui contient la clé d'API du serveur (la clé elle-même ne passe jamais en argument).",
      valueName: "VARIABLE"))
  var apiKeyEnv: String?

  @Option(
    help: ArgumentHelp(
      "Nombre de cœurs de calcul pour les modèles exécutés ici (par défaut : les cœurs libres, mesurés quand le modèle est chargé).",
      valueName: "N"))
  var threads: Int?

  @Option(
    help: ArgumentHelp(
      "Réponses traitées en même temps : requêtes en vol vers un serveur, ou séquences décodées ensemble par le modèle exécuté ici (par défaut : « parallel » / « max_concurrent_requests » de la configuration).",
      valueName: "N"))
  var concurrency: Int?

  @Option(
    help: ArgumentHelp(
      "Fichier de configuration YAML (par défaut : observatoire.yaml s'il existe).", valueName: "fichier"))
  var config: String?

  @Option(
    help: ArgumentHelp(
      "Puissance estimée par cœur occupé, en watts, pour l'estimation d'énergie (une estimation, pas une mesure).",
      valueName: "W"))
  var wattsPerCore: Double?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads doit être au moins 1.") }
    if let concurrency, concurrency < 1 { throw ValidationError("--concurrency doit être au moins 1.") }
    if let wattsPerCore, wattsPerCore < 0 {
      throw ValidationError("--watts-per-core ne peut pas être négatif.")
    }
  }

  /// The flags, as overrides of the configuration file and the defaults.
  var overrides: ModelOverrides {
    ModelOverrides(
      generator: generator, embedder: embedder, generatorModelName: modelName,
      embedderModelName: embedderModelName, apiKeyEnvironmentVariable: apiKeyEnv, threads: threads,
      concurrency: concurrency, wattsPerCore: wattsPerCore, configurationFile: config,
      synthesisGenerator: synthesisGenerator)
  }

  /// Flags › configuration file › defaults (`ModelSettings.resolve`).
  func settings() throws -> ModelSettings { try ModelSettings.resolve(overrides) }
}
