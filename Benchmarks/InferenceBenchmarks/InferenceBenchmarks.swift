import Benchmark
import Foundation
import Inference

// In-process llama.cpp throughput, measured the way llama-bench measures it (pp512, tg128),
// plus batched generation of 8 sequences and e5 embeddings. Compare with
// `scripts/bench/inference-vs-llama-bench.sh`, which runs llama-bench on the same model and threads.
//
// Environment: INFERENCE_BENCH_THREADS (default 2), INFERENCE_BENCH_MODEL (a GGUF path, default
// the 0.5B Qwen model of scripts/setup), OBSERVATOIRE_MODELS (the models folder).

private let environment = ProcessInfo.processInfo.environment
private let threads = Int(environment["INFERENCE_BENCH_THREADS"] ?? "") ?? 2
private let modelsFolder =
  environment["OBSERVATOIRE_MODELS"]
  ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("models").path
private let generatorPath =
  environment["INFERENCE_BENCH_MODEL"] ?? "\(modelsFolder)/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
private let embedderPath = "\(modelsFolder)/multilingual-e5-small-q4_0.gguf"

/// Loaded once for all benchmarks of the run.
private let generator = Result {
  try LlamaGenerator(
    modelPath: generatorPath,
    configuration: LlamaConfiguration(
      threads: threads, contextPerSequence: 1024, batchSize: 512, parallelSequences: 8))
}
private let embedder = Result { try LlamaEmbedder(modelPath: embedderPath, threads: threads) }

private let tokensPerSecond = BenchmarkMetric.custom(
  "tokens/s", polarity: .prefersLarger, useScalingFactor: false)
private let textsPerSecond = BenchmarkMetric.custom(
  "texts/s", polarity: .prefersLarger, useScalingFactor: false)

private func configuration(_ metric: BenchmarkMetric) -> Benchmark.Configuration {
  Benchmark.Configuration(
    metrics: [metric, .wallClock, .cpuTotal], tags: ["threads": String(threads)], warmupIterations: 1,
    maxDuration: .seconds(30), maxIterations: 5)
}

let benchmarks: @Sendable () -> Void = {
  Benchmark("pp512 (prompt processing)", configuration: configuration(tokensPerSecond)) { benchmark in
    let engine = try generator.get()
    for _ in benchmark.scaledIterations {
      let measurement = try await engine.measureThroughput(promptTokens: 512, generatedTokens: 0)
      benchmark.measurement(tokensPerSecond, Int(measurement.promptTokensPerSecond.rounded()))
    }
  }

  Benchmark("tg128, 1 sequence", configuration: configuration(tokensPerSecond)) { benchmark in
    let engine = try generator.get()
    for _ in benchmark.scaledIterations {
      let measurement = try await engine.measureThroughput(
        promptTokens: 0, generatedTokens: 128, sequences: 1)
      benchmark.measurement(tokensPerSecond, Int(measurement.generationTokensPerSecond.rounded()))
    }
  }

  Benchmark("tg128, 8 sequences in one batch (aggregate)", configuration: configuration(tokensPerSecond)) {
    benchmark in
    let engine = try generator.get()
    for _ in benchmark.scaledIterations {
      let measurement = try await engine.measureThroughput(
        promptTokens: 0, generatedTokens: 128, sequences: 8)
      benchmark.measurement(tokensPerSecond, Int(measurement.generationTokensPerSecond.rounded()))
    }
  }

  Benchmark("e5 embeddings, 64 French sentences", configuration: configuration(textsPerSecond)) { benchmark in
    let engine = try embedder.get()
    let texts = (0..<64).map {
      "Réponse \($0) : l'intelligence artificielle à l'école aide les élèves mais demande une formation des enseignants."
    }
    for _ in benchmark.scaledIterations {
      let start = ProcessClock.now()
      let vectors = try await engine.embed(texts, role: .passage)
      blackHole(vectors)
      benchmark.measurement(
        textsPerSecond, Int((Double(texts.count) / (ProcessClock.now() - start)).rounded()))
    }
  }
}
