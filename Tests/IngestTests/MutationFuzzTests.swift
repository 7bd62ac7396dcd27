import Foundation
import Ingest
import ObservatoireCore
import TestSupport
import Testing
import ZIPFoundation

/// A small, seeded pseudo-random generator (SplitMix64): the same seed gives the same cases on
/// every machine, so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random damage to an export's bytes, of the kinds a new user's files carry.
enum Mutation {
  static func apply(to bytes: [UInt8], using rng: inout SeededGenerator) -> (bytes: [UInt8], name: String) {
    var bytes = bytes
    func position() -> Int { bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng) }
    switch Int.random(in: 0..<9, using: &rng) {
    case 0:
      for _ in 0..<Int.random(in: 1...16, using: &rng) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
      }
      return (bytes, "octets inversés")
    case 1:
      let inserted: [UInt8] = [0x22, 0x3B, 0x2C, 0x09, 0x0A, 0x0D, 0x3C, 0x26, 0x3E]
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        bytes.insert(inserted.randomElement(using: &rng)!, at: position())
      }
      return (bytes, "guillemets, séparateurs, retours à la ligne insérés")
    case 2:
      let letter = UInt8.random(in: 0x61...0x7A, using: &rng)
      let length = [1_000, 70_000, 300_000, 1_100_000].randomElement(using: &rng)!
      bytes.insert(contentsOf: repeatElement(letter, count: length), at: position())
      if Bool.random(using: &rng) { bytes.insert(0x22, at: position()) }
      return (bytes, "longue suite d'une lettre (\(length))")
    case 3:
      return (Array(bytes.prefix(position())), "tronqué")
    case 4:
      guard !bytes.isEmpty else { return (bytes, "vide") }
      let start = Int.random(in: 0..<bytes.count, using: &rng)
      let end = min(bytes.count, start + Int.random(in: 1...4096, using: &rng))
      let chunk = Array(bytes[start..<end])
      for _ in 0..<Int.random(in: 1...20, using: &rng) { bytes.insert(contentsOf: chunk, at: position()) }
      return (bytes, "morceau dupliqué")
    case 5:
      let invalid: [[UInt8]] = [
        [0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
      ]
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        bytes.insert(contentsOf: invalid.randomElement(using: &rng)!, at: position())
      }
      return (bytes, "UTF-8 invalide")
    case 6:
      for _ in 0..<Int.random(in: 1...4, using: &rng) { bytes.insert(0, at: position()) }
      return (bytes, "octets nuls")
    case 7:
      // Unbalanced quotes and a quote at the very end.
      bytes.insert(0x22, at: position())
      bytes.append(0x22)
      return (bytes, "guillemet ouvert")
    default:
      // Several mutations on top of one another.
      var name: [String] = []
      for _ in 0..<3 {
        let (mutated, step) = apply(to: bytes, using: &rng)
        bytes = mutated
        name.append(step)
      }
      return (bytes, name.joined(separator: " + "))
    }
  }
}

/// Runs `body` on its own thread and waits at most `seconds` for it: a hang detector, not a
/// speed check. A body that never returns is left running; the test fails naming the case.
func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
  final class Signal: @unchecked Sendable {
    let condition = NSCondition()
    var done = false  // guarded by `condition`
  }
  let signal = Signal()
  let thread = Thread {
    body()
    signal.condition.lock()
    signal.done = true
    signal.condition.signal()
    signal.condition.unlock()
  }
  thread.stackSize = 8 << 20
  thread.start()
  let deadline = Date(timeIntervalSinceNow: seconds)
  signal.condition.lock()
  defer { signal.condition.unlock() }
  while !signal.done {
    if !signal.condition.wait(until: deadline) { return signal.done }
  }
  return true
}

/// Seeded mutations of the bundled example (CSV) and of a small workbook (XLSX, ODS): every case
/// must end, importing or throwing an `IngestError`; never crash, never hang.
@Suite struct MutationFuzzTests {
  static let seed: UInt64 = 20_261_130
  /// Generous: a hang detector in a debug build on a loaded machine, not a speed assertion.
  static let perCaseLimit = 20.0

  enum Outcome: Sendable {
    case imported
    case refused
    case unexpected(String)
  }

  final class Box: @unchecked Sendable {
    var outcome: Outcome?
  }

  /// Imports `bytes` as `name` in a fresh folder; nil when the import did not end in time.
  static func outcome(of bytes: [UInt8], name: String) throws -> Outcome? {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    let box = Box()
    let ended = finishes(within: perCaseLimit) {
      do {
        _ = try ConsultationImporter().importFile(at: url)
        box.outcome = .imported
      } catch let error as IngestError {
        box.outcome =
          error.messageFR.contains(name) ? .refused : .unexpected("message sans le fichier : \(error)")
      } catch {
        box.outcome = .unexpected("\(type(of: error)) : \(error)")
      }
    }
    return ended ? box.outcome : nil
  }

  static func run(
    cases: Int, base: [UInt8], name: String, seed: UInt64,
    mutate: (inout SeededGenerator) throws -> ([UInt8], String)
  )
    throws -> (imported: Int, refused: Int)
  {
    var rng = SeededGenerator(seed: seed)
    var imported = 0
    var refused = 0
    for index in 0..<cases {
      let (bytes, mutation) = try mutate(&rng)
      let replay = "seed \(seed), case \(index) (\(mutation), \(bytes.count) octets)"
      switch try outcome(of: bytes, name: name) {
      case nil: Issue.record("\(name): import still running after \(perCaseLimit) s — \(replay)")
      case .imported: imported += 1
      case .refused: refused += 1
      case .unexpected(let what): Issue.record("\(name): \(what) — \(replay)")
      }
    }
    return (imported, refused)
  }

  @Test func mutatedCSVExportsImportOrAreRefused() throws {
    let example = Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")
    let base = [UInt8](try Data(contentsOf: example))
    let (imported, refused) = try Self.run(cases: 150, base: base, name: "export.csv", seed: Self.seed) {
      rng in
      Mutation.apply(to: base, using: &rng)
    }
    // Both ends are reached: the mutations are neither all harmless nor all fatal.
    #expect(imported > 20 && refused > 20, "imported \(imported), refused \(refused)")
  }

  /// The first rows of the bundled example as a workbook table.
  static func exampleTable(rows: Int) throws -> [[TestCell]] {
    let example = Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")
    let lines = try String(contentsOf: example, encoding: .utf8).split(separator: "\n").prefix(rows)
    return lines.map { line in
      line.split(separator: ";", omittingEmptySubsequences: false).map { field in
        let text = String(field)
        if text.isEmpty { return .empty }
        if Double(text) != nil { return .number(text) }
        if text.count == 19, text.dropFirst(4).first == "-", text.dropFirst(10).first == " " {
          return .date(text)
        }
        return .text(text)
      }
    }
  }

  /// The entries of a zip archive, in order.
  static func entries(of url: URL) throws -> [(path: String, data: [UInt8])] {
    let archive = try Archive(url: url, accessMode: .read)
    var result: [(String, [UInt8])] = []
    for entry in archive where entry.type == .file {
      var data = Data()
      _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
      result.append((entry.path, [UInt8](data)))
    }
    return result
  }

  static func zip(_ entries: [(path: String, data: [UInt8])], to url: URL) throws {
    try? FileManager.default.removeItem(at: url)
    let archive = try Archive(url: url, accessMode: .create)
    for (path, bytes) in entries {
      let data = Data(bytes)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: path == "mimetype" ? .none : .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
  }

  /// Found by the cases above: Foundation's XML parser on Linux trapped on invalid UTF-8 in an
  /// element name; such a part is now refused, naming where the bad byte is.
  @Test(arguments: ["xlsx", "ods"])
  func invalidUTF8InAWorkbookPartIsRefusedWithItsPlace(format: String) throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = dir.appendingPathComponent("base.\(format)")
    let sheet = TestSheet(name: "Réponses", rows: try Self.exampleTable(rows: 3))
    if format == "xlsx" {
      try WorkbookWriter.xlsx([sheet], to: source)
    } else {
      try WorkbookWriter.ods([sheet], to: source)
    }
    var parts = try Self.entries(of: source)
    let partName = format == "xlsx" ? "xl/worksheets/sheet1.xml" : "content.xml"
    let index = try #require(parts.firstIndex { $0.path == partName })
    // After the XML declaration's line: line 2, an element whose name holds a lone lead byte.
    let newline = try #require(parts[index].data.firstIndex(of: 0x0A))
    parts[index].data.insert(contentsOf: Array("<é".utf8) + [0xC3, 0x3E], at: newline + 1)
    let url = dir.appendingPathComponent("classeur.\(format)")
    try Self.zip(parts, to: url)
    let error = ingestError { _ = try ConsultationImporter().importFile(at: url) }
    #expect(error?.reason == .corruptSpreadsheet("XML invalide (octets qui ne sont pas de l'UTF-8)"))
    #expect(error?.location == SourceLocation(file: "classeur.\(format) (\(partName))", line: 2, column: 3))
  }

  @Test(arguments: ["xlsx", "ods"])
  func mutatedWorkbooksImportOrAreRefused(format: String) throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = dir.appendingPathComponent("base.\(format)")
    let sheet = TestSheet(name: "Réponses", rows: try Self.exampleTable(rows: 30))
    if format == "xlsx" {
      try WorkbookWriter.xlsx([sheet], to: source)
    } else {
      try WorkbookWriter.ods([sheet], to: source)
    }
    let base = [UInt8](try Data(contentsOf: source))
    let parts = try Self.entries(of: source)
    let rezipped = dir.appendingPathComponent("mutated.zip")
    let seed = Self.seed &+ (format == "xlsx" ? 1 : 2)
    let (imported, refused) = try Self.run(cases: 100, base: base, name: "classeur.\(format)", seed: seed) {
      rng in
      if Int.random(in: 0..<3, using: &rng) == 0 {
        // The archive itself damaged: its headers, its compressed data, its length.
        return Mutation.apply(to: base, using: &rng)
      }
      // One part's XML damaged, then zipped again so the archive is sound.
      var mutatedParts = parts
      let index = Int.random(in: 0..<parts.count, using: &rng)
      let (bytes, mutation) = Mutation.apply(to: parts[index].data, using: &rng)
      mutatedParts[index].data = bytes
      try Self.zip(mutatedParts, to: rezipped)
      return ([UInt8](try Data(contentsOf: rezipped)), "\(parts[index].path) : \(mutation)")
    }
    #expect(imported > 5 && refused > 5, "imported \(imported), refused \(refused)")
  }
}
