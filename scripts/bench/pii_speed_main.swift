import Foundation

@main struct SpeedMain {
  static func main() throws {
    let path = CommandLine.arguments[1]
    let data = try String(contentsOfFile: path, encoding: .utf8)
    let texts = data.split(separator: "\n").compactMap { line -> String? in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        return nil
      }
      return object["text"] as? String
    }
    let only = ProcessInfo.processInfo.environment["KINDS"]
    var kinds = Set(PersonalDataKind.allCases)
    if only == "names" { kinds = [.personne] } else if only == "patterns" { kinds.remove(.personne) }
    let masker = PersonalDataMasker(options: MaskingOptions(kinds: kinds))
    _ = masker.mask("Mme Dupont")
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000_000)
    for _ in 0..<(Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "3") ?? 3) {
      best = min(best, clock.measure { for text in texts { _ = masker.mask(text) } })
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    print("answers/s: \(Int(Double(texts.count) / seconds))")
  }
}
