import Foundation
import TestSupport
import Testing

@testable import Privacy

/// The name detector's word table answers as a dictionary of the same entries would.
@Suite struct WordTableTests {
  @Test func findsWhatADictionaryOfTheSameEntriesFinds() throws {
    var entries: [(word: String, value: UInt32)] = []
    for url in NameLexicon.locateWordLists() {
      for word in PersonNameDetector.loadCommonWords(url) ?? [] { entries.append((word, 1 << 31)) }
    }
    // The name lists, each with a value of its own: the table keeps hashes, not words, and two
    // words of the lists whose hashes clashed would share their values.
    for (bit, list) in ["prenoms", "noms", "lieux", "ambigus"].enumerated() {
      for word in PersonNameDetector.loadList(list) { entries.append((word, 1 << UInt32(20 + bit))) }
    }
    if let folder = NameLexicon.locate() {
      let extended = PersonNameDetector.loadFile(
        folder.appendingPathComponent(NameLexicon.firstNamesFile), alreadyFolded: true)
      for word in extended { entries.append((word, 1 << 24)) }
    }
    // Words given twice with different values, accents, a word too long to keep, an empty one.
    entries += [
      ("le", 1 << 3), ("le", 1 << 4), ("eleve", 1 << 9), ("élève", 1 << 2), ("jean-marc", 1),
      (String(repeating: "a", count: 300), 1 << 5), ("", 1 << 6), ("ça", 1 << 7),
    ]
    var reference: [String: UInt32] = [:]
    for (word, value) in entries where !word.isEmpty && word.utf8.count < 256 {
      reference[word, default: 0] |= value
    }
    let table = WordTable(entries)
    #expect(table.count == reference.count)
    for (word, value) in reference { #expect(table.value(word) == value, "\(word)") }
    // Absent words: real text's words outside the entries, near misses, the long and empty ones.
    var absent = [
      "l", "lee", "elev", "eleves", "jean", "jean-mar", String(repeating: "a", count: 300), "", "ca",
    ]
    absent += try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").prefix(300).flatMap {
      (($0["text"] as? String) ?? "").split(whereSeparator: { !$0.isLetter }).map {
        PersonNameDetector.fold($0)
      }
    }
    var missing = 0
    for word in absent where reference[word] == nil {
      #expect(table.value(word) == 0, "\(word)")
      missing += 1
    }
    #expect(table.value("le") & (1 << 3 | 1 << 4) == 1 << 3 | 1 << 4, "a word given twice has both values")
    #expect(table.value("élève") == 1 << 2 && table.value("eleve") & (1 << 9) != 0)
    #expect(missing > 8, "some words of real answers are in no list")
  }
}
