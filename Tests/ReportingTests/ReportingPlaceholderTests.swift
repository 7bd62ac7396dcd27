import ObservatoireCore
import Testing

@Suite struct ReportingContractTests {
  @Test func statisticsValuesRoundTripThroughJSON() throws {
    let p = Proportion(count: nil, denominator: 12, share: nil, lower: nil, upper: nil)
    #expect(p.isSuppressed)
  }
}
