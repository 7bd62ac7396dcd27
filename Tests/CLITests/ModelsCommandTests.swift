import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ModelsCommandTests {
  let smol = Fixtures.model(Fixtures.smolLM2).path
  let e5 = Fixtures.model(Fixtures.e5Small).path

  func configuration(_ yaml: String) throws -> URL {
    let directory = try Fixtures.temporaryDirectory()
    try yaml.write(
      to: directory.appendingPathComponent("observatoire.yaml"), atomically: true, encoding: .utf8)
    return directory
  }

  @Test func listReadsTheConfigurationFileAndHashesTheModels() throws {
    let directory = try configuration("generator: \(smol)\nembedder: \(e5)\nthreads: 1\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLI.run(["models", "list"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("observatoire.yaml"))
    // The published sha256 of the SmolLM2 file that scripts/setup installs.
    #expect(result.stdout.contains("b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"))
    #expect(result.stdout.contains("98.4 Mo"))
    #expect(result.stdout.contains("Cœurs de calcul : 1"))
  }

  @Test func flagsWinOverTheFileAndURLsMeanAServer() throws {
    let directory = try configuration("generator: absent.gguf\nembedder: \(e5)\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLI.run(
      ["models", "list", "--generator", "http://127.0.0.1:9/v1", "--model-name", "albert-large"],
      in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("serveur : http://127.0.0.1:9/v1"))
    #expect(result.stdout.contains("albert-large"))
    #expect(!result.stdout.contains("absent.gguf"))
  }

  @Test func configurationErrorsNameTheFileLineAndColumn() throws {
    let broken = try configuration("generator: \(smol)\nthreads: [1, 2\n")
    defer { try? FileManager.default.removeItem(at: broken) }
    let syntax = try CLI.run(["models", "list"], in: broken)
    #expect(syntax.status != 0)
    #expect(syntax.stderr.contains("observatoire.yaml, ligne"), "\(syntax.stderr)")
    #expect(syntax.stderr.contains("YAML"))

    let typo = try configuration("generator: \(smol)\ngenerateur: x.gguf\n")
    defer { try? FileManager.default.removeItem(at: typo) }
    let unknown = try CLI.run(["models", "list"], in: typo)
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("ligne 2, colonne 1"), "\(unknown.stderr)")
    #expect(unknown.stderr.contains("« generateur »"))

    let wrongType = try configuration("threads: beaucoup\n")
    defer { try? FileManager.default.removeItem(at: wrongType) }
    let invalid = try CLI.run(["models", "list"], in: wrongType)
    #expect(invalid.status != 0)
    #expect(invalid.stderr.contains("ligne 1, colonne 10"), "\(invalid.stderr)")
    #expect(invalid.stderr.contains("entier positif"))
  }

  @Test func checkLoadsBothModelsAndGivesAVerdict() throws {
    let result = try CLI.run(["models", "check", "--generator", smol, "--embedder", e5, "--threads", "1"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("✓ Modèle de langue"))
    #expect(result.stdout.contains("384 dimensions"))
    #expect(result.stdout.contains("Verdict : les modèles sont prêts."))
  }

  @Test func checkReportsAMissingModelWithTheSetupHint() throws {
    let result = try CLI.run([
      "models", "check", "--generator", "/nulle/part.gguf", "--embedder", e5, "--threads", "1",
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("✗ Modèle de langue /nulle/part.gguf"))
    #expect(result.stdout.contains("./scripts/setup"))
    #expect(result.stdout.contains("✓ Plongements"))
  }

  @Test func benchWritesJSON() throws {
    let result = try CLI.run([
      "models", "bench", "--generator", smol, "--embedder", e5, "--threads", "1", "--prompt-tokens", "64",
      "--generated-tokens", "8", "--batch", "4", "--embedding-texts", "8", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    for key in [
      "promptTokensPerSecond", "generationTokensPerSecond", "batchedGenerationTokensPerSecond",
      "embeddingsPerSecond",
    ] {
      #expect((report[key] as? Double ?? 0) > 0, "\(key)")
    }
    #expect(report["batch"] as? Int == 4)
  }
}
