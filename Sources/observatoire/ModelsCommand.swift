import ArgumentParser
import Foundation
import Inference
import ObservatoireCore

struct ModelsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "models",
    abstract: "Liste, vérifie et mesure les modèles configurés.",
    discussion: """
      Les modèles viennent des options --generator et --embedder, du fichier observatoire.yaml
      (ou --config), sinon des modèles installés par ./scripts/setup dans models/. Un chemin de
      fichier GGUF fait tourner le modèle dans ce processus (llama.cpp) ; une URL http(s) utilise
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
      for (role, location, name) in [
        ("Modèle de langue", settings.generator, settings.generatorModelName),
        ("Plongements", settings.embedder, settings.embedderModelName),
      ] {
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
      var failures = 0
      do {
        let start = ProcessClock.now()
        let generator = try settings.makeGenerator()
        let answer = try await generator.generate(
          [.user("Réponds par un seul mot : quelle est la capitale de la France ?")],
          options: GenerationOptions(maxTokens: 16))
        let reply = answer.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reply.isEmpty else { throw CheckFailure(message: "le modèle a rendu une réponse vide") }
        print(
          "✓ Modèle de langue \(generator.modelDescription) : « \(reply.prefix(60)) » (\(answer.usage.generatedTokens) jetons, \(format(ProcessClock.now() - start)) s)"
        )
      } catch {
        failures += 1
        print("✗ Modèle de langue \(settings.generator) : \(describe(error))")
      }
      do {
        let start = ProcessClock.now()
        let embedder = try await settings.makeEmbedder()
        let vectors = try await embedder.embed(
          ["Les élèves utilisent l'IA pour leurs devoirs.", "Les enseignants manquent de formation."],
          role: .passage)
        let norm = vectors.first.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() } ?? 0
        guard vectors.count == 2, vectors[0].count == embedder.dimensions, abs(norm - 1) < 1e-3 else {
          throw CheckFailure(message: "vecteurs inattendus")
        }
        print(
          "✓ Plongements \(embedder.modelDescription) : \(embedder.dimensions) dimensions (\(format(ProcessClock.now() - start)) s)"
        )
      } catch {
        failures += 1
        print("✗ Plongements \(settings.embedder) : \(describe(error))")
      }
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
        Pour un modèle exécuté ici, la mesure suit llama-bench : une requête de --prompt-tokens
        jetons, puis --generated-tokens jetons générés un à un, seuls (une séquence) puis pour
        --batch séquences décodées ensemble. Les plongements sont mesurés sur des phrases
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
      var settings = try models.settings()
      settings.parallelSequences = max(settings.parallelSequences, batch)
      settings.contextPerSequence = max(settings.contextPerSequence, promptTokens + 16, generatedTokens + 16)
      var report = BenchReport(
        generator: settings.generator, embedder: settings.embedder, threads: settings.threads)
      let generator = try settings.makeGenerator()
      report.generatorDescription = generator.modelDescription
      if let local = generator as? LlamaGenerator {
        // A first short pass warms the caches, as llama-bench does.
        _ = try await local.measureThroughput(promptTokens: 32, generatedTokens: 4)
        let single = try await local.measureThroughput(
          promptTokens: promptTokens, generatedTokens: generatedTokens, sequences: 1)
        let batched = try await local.measureThroughput(
          promptTokens: 0, generatedTokens: generatedTokens, sequences: batch)
        report.promptTokensPerSecond = single.promptTokensPerSecond
        report.generationTokensPerSecond = single.generationTokensPerSecond
        report.batchedGenerationTokensPerSecond = batched.generationTokensPerSecond
      } else {
        let prompt = String(
          repeating: "Les enseignants parlent de l'IA à l'école. ", count: max(1, promptTokens / 10))
        let options = GenerationOptions(maxTokens: generatedTokens)
        let single = try await generator.generate([.user(prompt)], options: options)
        report.promptTokensPerSecond = nil
        report.generationTokensPerSecond =
          Double(single.usage.generatedTokens) / max(single.usage.seconds, 1e-9)
        let start = ProcessClock.now()
        let many = try await generator.generate(
          batch: Array(repeating: [.user(prompt)], count: batch), options: options)
        report.batchedGenerationTokensPerSecond =
          Double(many.reduce(0) { $0 + $1.usage.generatedTokens }) / max(ProcessClock.now() - start, 1e-9)
      }
      report.batch = batch
      let embedder = try await settings.makeEmbedder()
      report.embedderDescription = embedder.modelDescription
      let texts = (0..<embeddingTexts).map { Self.sentence($0) }
      _ = try await embedder.embed(Array(texts.prefix(4)), role: .passage)
      let start = ProcessClock.now()
      _ = try await embedder.embed(texts, role: .passage)
      report.embeddingsPerSecond = Double(texts.count) / max(ProcessClock.now() - start, 1e-9)
      report.load = Self.loadAverage()
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

    private static let subjects = [
      "Les élèves", "Les enseignants", "Les parents", "Les chefs d'établissement", "Les inspecteurs",
      "Les documentalistes", "Les conseillers principaux d'éducation", "Les lycéens",
    ]
    private static let opinions = [
      "pensent que l'intelligence artificielle peut aider à différencier les exercices",
      "craignent que les devoirs faits avec un agent conversationnel ne reflètent plus le travail réel",
      "demandent une formation concrète avant d'utiliser ces outils en classe",
      "s'inquiètent de la protection des données personnelles des mineurs",
      "trouvent que la correction automatique fait gagner du temps",
      "souhaitent des règles claires sur l'usage de l'IA pendant les évaluations",
      "voient dans l'IA un moyen d'aider les élèves en difficulté",
      "redoutent une perte de l'esprit critique chez les jeunes",
    ]

    /// Varied French sentences of consultation length, so the measure is not of one repeated text.
    static func sentence(_ index: Int) -> String {
      "\(subjects[index % subjects.count]) \(opinions[(index / subjects.count + index) % opinions.count]), selon la réponse \(index + 1)."
    }

    static func loadAverage() -> String? {
      guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
      return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
  }
}

struct BenchReport: Codable {
  var generator: String
  var embedder: String
  var threads: Int
  var generatorDescription: String?
  var embedderDescription: String?
  var promptTokensPerSecond: Double?
  var generationTokensPerSecond: Double?
  var batch = 1
  var batchedGenerationTokensPerSecond: Double?
  var embeddingsPerSecond: Double?
  /// `/proc/loadavg` (1, 5, 15 minutes) at the end of the measure: the machine is shared.
  var load: String?
}

struct CheckFailure: Error {
  var message: String
}

private func describe(_ error: any Error) -> String {
  if let error = error as? any UserFacingError { return error.messageFR }
  if let error = error as? CheckFailure { return error.message }
  return String(describing: error)
}

private func format(_ value: Double) -> String { String(format: "%.1f", value) }

private func formatBytes(_ bytes: Int64) -> String {
  let megabytes = Double(bytes) / 1_000_000
  return megabytes >= 1000
    ? String(format: "%.2f Go", megabytes / 1000) : String(format: "%.1f Mo", megabytes)
}
