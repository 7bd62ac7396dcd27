import Inference
import ObservatoireCore
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
}
