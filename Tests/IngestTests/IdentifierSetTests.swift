import Testing

@testable import Ingest

/// Response identifiers kept as runs of numbers must answer exactly as a set of their texts.
@Suite struct IdentifierSetTests {
  static let texts = [
    "0", "00", "007", "-3", "+4", "1.0", "", "abc", "12a", "999999999999999999",
    "1000000000000000000", "٣", " 5",
  ]

  func checkAgainstASet(_ ids: [String], maximumRuns: Int) {
    var compact = IdentifierSet(maximumRuns: maximumRuns)
    var reference: Set<String> = []
    for id in ids {
      #expect(compact.contains(id) == reference.contains(id), "\(id)")
      compact.insert(id)
      reference.insert(id)
    }
    for probe in ids + Self.texts + (0..<300).map(String.init) {
      #expect(compact.contains(probe) == reference.contains(probe), "\(probe)")
    }
  }

  @Test func answersAsASetOfTexts() {
    var generator = SystemRandomNumberGenerator()
    let inOrder = (1...2_000).map(String.init)
    var gapped = (1...2_000).filter { $0 % 7 != 0 }.map(String.init)
    gapped += ["3", "14", "2001", "7"]
    let shuffled = (0..<2_000).map { _ in String(Int.random(in: 0..<600, using: &generator)) }
    let mixed = (0..<2_000).map { i in
      i % 5 == 0 ? Self.texts[i % Self.texts.count] : String(Int.random(in: 0..<300, using: &generator))
    }
    for ids in [inOrder, gapped, shuffled, mixed, inOrder.reversed()] {
      for maximumRuns in [1, 8, 4096] { checkAgainstASet(ids, maximumRuns: maximumRuns) }
    }
  }

  @Test func readsOnlyPlainIntegersAsNumbers() {
    #expect(IdentifierSet.plainInteger("0") == 0)
    #expect(IdentifierSet.plainInteger("4521") == 4521)
    for text in Self.texts where text != "0" && text != "999999999999999999" {
      #expect(IdentifierSet.plainInteger(text) == nil, "\(text)")
    }
  }
}
