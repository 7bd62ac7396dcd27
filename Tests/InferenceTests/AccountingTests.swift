import Inference
import ObservatoireCore
import TestSupport
import Testing

@Suite struct UsageAccountingTests {
  @Test func usageAddsUpAndEstimatesEnergyFromCPUTime() {
    var total = Usage.zero
    total += Usage(promptTokens: 100, generatedTokens: 20, seconds: 1.5, cpuSeconds: 3, calls: 1)
    total += Usage(promptTokens: 50, generatedTokens: 5, seconds: 0.5, cpuSeconds: 1, calls: 1)
    #expect(total.promptTokens == 150)
    #expect(total.generatedTokens == 25)
    #expect(total.calls == 2)
    #expect(total.estimatedJoules(wattsPerCore: 10) == 40)
    #expect(GenerationOptions().temperature == 0, "greedy by default, for reproducibility")
  }

  @Test func meterSumsEveryCallOfARun() async throws {
    let meter = UsageMeter()
    let generator = MeteredTextGenerator(try smolGenerator(parallel: 2), meter: meter)
    let single = try await generator.generate([.user("Hello")], options: GenerationOptions(maxTokens: 3))
    let batch = try await generator.generate(
      batch: [[.user("One")], [.user("Two")]], options: GenerationOptions(maxTokens: 3))
    let embedder = MeteredEmbedder(try e5Embedder(), meter: meter)
    _ = try await embedder.embed(["Bonjour", "Au revoir"], role: .query)

    let generation = await meter.generation
    #expect(generation.calls == 3)
    #expect(
      generation.generatedTokens == single.usage.generatedTokens
        + batch.reduce(0) { $0 + $1.usage.generatedTokens })
    #expect(
      generation.promptTokens == single.usage.promptTokens + batch.reduce(0) { $0 + $1.usage.promptTokens })
    let embedding = await meter.embedding
    #expect(embedding.calls == 1)
    #expect(embedding.cpuSeconds > 0, "an in-process embedder's CPU time counts")
    let total = await meter.total
    #expect(await meter.estimatedJoules(wattsPerCore: 15) == total.cpuSeconds * 15)
    #expect(total.cpuSeconds > 0)
  }
}
