import ArgumentParser
import Foundation
import Inference
import ObservatoireApp
import ObservatoireCore

struct ModelsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "models",
    abstract: "Liste, vérifie et mesure les modèles configurés.",
    discussion: """
      Les modèles viennent des options --generator et --embedder, du fichier observatoire.yaml \
      (ou --config), sinon des modèles installés par ./scripts/setup dans models/. Un chemin de \
      fichier GGUF fait tourner le modèle dans ce processus (llama.cpp) ; une URL http(s) utilise \
      un serveur compatible OpenAI (llama-server, vLLM, Ollama, Albert).
      """,
    subcommands: [List.self, Check.self, Bench.self]
  )
}

extension ModelsCommand {
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Affiche les modèles configurés : fichier, taille, empreinte SHA-256, ou serveur.")

    @OptionGroup var models: ModelOptions

    func run() async throws {
      let settings = try models.settings()
      if let file = settings.configurationFile { print("Configuration : \(file)") }
      var roles = [("Modèle de langue", settings.generator, settings.generatorModelName)]
      if let synthesis = settings.synthesisGenerator {
        roles.append(("Modèle des intitulés et synthèses", synthesis, settings.generatorModelName))
      }
      roles.append(("Plongements", settings.embedder, settings.embedderModelName))
      for (role, location, name) in roles {
        print("\(role) :")
        if ModelSettings.isServer(location) {
          print("  serveur : \(location)")
          print("  modèle  : \(name ?? "(celui du serveur)")")
        } else {
          print("  fichier : \(location)")
          do {
            let info = try ModelFileInfo(path: location)
            print("  taille  : \(formatBytes(info.bytes))")
            print("  sha256  : \(info.sha256)")
          } catch let error as InferenceError {
            print("  absent  : \(error.messageFR)")
          }
        }
      }
      print(
        "Cœurs de calcul : \(settings.threads) ; estimation d'énergie à \(settings.wattsPerCore) W par cœur occupé"
      )
    }
  }

  struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Charge chaque modèle, fait une génération et un plongement, et donne un verdict.")

    @OptionGroup var models: ModelOptions

    func run() async throws {
      let settings = try models.settings()
      let checks = await ModelDiagnostics.check(settings)
      for check in checks {
        let role = check.role == .generator ? "Modèle de langue" : "Plongements"
        if let failure = check.failure {
          print("✗ \(role) \(check.location) : \(failure)")
        } else if check.role == .generator {
          print(
            "✓ \(role) \(check.model ?? check.location) : « \(check.result ?? "") » (\(check.generatedTokens ?? 0) jetons, \(format(check.seconds)) s)"
          )
        } else {
          print(
            "✓ \(role) \(check.model ?? check.location) : \(check.result ?? "") (\(format(check.seconds)) s)")
        }
      }
      let failures = checks.count { !$0.passed }
      if failures > 0 {
        print("Verdict : \(failures) modèle(s) inutilisable(s).")
        throw ExitCode(1)
      }
      print("Verdict : les modèles sont prêts.")
    }
  }

  struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Mesure le débit : jetons/s du traitement de la requête et de la génération, lot de 8, plongements/s.",
      discussion: """
        Pour un modèle exécuté ici, la mesure suit llama-bench : une requête de --prompt-tokens \
        jetons, puis --generated-tokens jetons générés un à un, seuls (une séquence) puis pour \
        --batch séquences décodées ensemble. Les plongements sont mesurés sur des phrases \
        françaises. La machine doit être au repos pour des chiffres comparables.
        """)

    @OptionGroup var models: ModelOptions

    @Option(help: "Longueur de la requête mesurée, en jetons.")
    var promptTokens = 512

    @Option(help: "Jetons générés par séquence.")
    var generatedTokens = 128

    @Option(help: "Nombre de séquences décodées ensemble pour la mesure en lot.")
    var batch = 8

    @Option(help: "Nombre de textes pour la mesure des plongements.")
    var embeddingTexts = 64

    @Flag(help: "Écrit le résultat en JSON.")
    var json = false

    func validate() throws {
      guard promptTokens >= 1, generatedTokens >= 1, batch >= 1, embeddingTexts >= 1 else {
        throw ValidationError("Les longueurs et tailles mesurées doivent être au moins 1.")
      }
    }

    func run() async throws {
      let settings = try models.settings()
      var plan = ModelDiagnostics.BenchPlan()
      plan.promptTokens = promptTokens
      plan.generatedTokens = generatedTokens
      plan.batch = batch
      plan.embeddingTexts = embeddingTexts
      let report = try await ModelDiagnostics.bench(settings, plan: plan)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
      } else {
        print(
          "Modèle de langue : \(report.generatorDescription ?? settings.generator) (\(settings.threads) cœurs)"
        )
        if let value = report.promptTokensPerSecond {
          print("  traitement de la requête : \(format(value)) jetons/s (\(promptTokens) jetons)")
        }
        print("  génération, 1 séquence  : \(format(report.generationTokensPerSecond ?? 0)) jetons/s")
        print(
          "  génération, lot de \(batch)    : \(format(report.batchedGenerationTokensPerSecond ?? 0)) jetons/s au total"
        )
        print("Plongements : \(report.embedderDescription ?? settings.embedder)")
        print("  \(format(report.embeddingsPerSecond ?? 0)) textes/s")
        if let load = report.load { print("Charge de la machine pendant la mesure : \(load)") }
      }
    }
  }
}

private func format(_ value: Double) -> String { String(format: "%.1f", value) }

private func formatBytes(_ bytes: Int64) -> String {
  let megabytes = Double(bytes) / 1_000_000
  return megabytes >= 1000
    ? String(format: "%.2f Go", megabytes / 1000) : String(format: "%.1f Mo", megabytes)
}
