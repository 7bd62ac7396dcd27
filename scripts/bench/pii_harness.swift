// Driver for scripts/bench/pii-harness.sh: scores the masker on the tuning and development sets
// with the tests' own scorer (Tests/PrivacyTests/LabelledSetScores.swift), or counts findings
// per kind on real answers. Never give it a blind set: it refuses them.
import Foundation

@main struct PIIHarness {
  static func records(_ path: String) throws -> [[String: Any]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    let showMisses = arguments.first == "--misses"
    if showMisses { arguments.removeFirst() }
    let masker = PersonalDataMasker()
    if arguments.first == "--text" {
      // Masks each argument and prints the findings: for trying a sentence.
      for text in arguments.dropFirst() {
        let masked = masker.mask(text)
        print(masked.text)
        for finding in masked.findings {
          print("  \(finding.kind.rawValue) «\(finding.original)» \(finding.confidence)")
        }
        for possible in masked.possible { print("  possible «\(possible.original)»") }
        if let tagger = PersonNameDetector.shared.tagger {
          let detector = PersonNameDetector.shared
          let tokens = detector.classifiedTokens(in: text as NSString)
          for index in tokens.indices where detector.isTaggerCandidate(index, in: tokens) {
            var buckets: [UInt32] = []
            detector.taggerFeatures(at: index, in: tokens, into: &buckets)
            print("  tagger «\(tokens[index].text)» \(tagger.score(buckets))")
          }
        }
      }
      return
    }
    if arguments.first == "--speed" {
      // Load time of the lists, then answers per second over a file, best of three rounds.
      let clock = ContinuousClock()
      let load = clock.measure { _ = masker.mask("Mme Dupont") }
      let texts = try records(arguments[1]).compactMap { $0["text"] as? String }
      var best = Duration.seconds(1_000_000)
      for _ in 0..<3 {
        best = min(best, clock.measure { for text in texts { _ = masker.mask(text) } })
      }
      let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
      print("load: \(load), answers: \(texts.count), answers/s: \(Int(Double(texts.count) / seconds))")
      return
    }
    if arguments.first == "--profile" {
      // Seconds per kind over a file (best of three): where the masker's time goes.
      let clock = ContinuousClock()
      let texts = try records(arguments[1]).compactMap { $0["text"] as? String }
      _ = masker.mask("Mme Dupont")
      for kind in PatternDetectors.order {
        var best = Duration.seconds(1_000_000)
        for _ in 0..<3 {
          best = min(
            best,
            clock.measure {
              for text in texts {
                let source = text as NSString
                if kind == .personne {
                  _ = PersonNameDetector.shared.detect(in: source, keepsInstitutionNames: true)
                } else {
                  let prerequisites = PatternDetectors.Prerequisites(text)
                  if prerequisites.allows(kind) {
                    _ = PatternDetectors.detect(kind, in: source, prerequisites: prerequisites)
                  }
                }
              }
            })
        }
        print("\(kind.rawValue): \(best)")
      }
      return
    }
    if arguments.first == "--features" {
      // For training the name tagger (scripts/bench/pii_train_tagger.py): per record, the rules'
      // name findings and, for each word the tagger looks at, its UTF-16 range, whether a rule
      // covers it, and its feature buckets. One JSON line per record.
      let rules = PersonNameDetector(
        extendedListFolder: NameLexicon.locate(), wordLists: NameLexicon.locateWordLists(), tagger: nil)
      for record in try records(arguments[1]) {
        let source = (record["text"] as? String ?? "") as NSString
        let found = rules.detect(in: source, keepsInstitutionNames: true)
        let tokens = rules.classifiedTokens(in: source)
        func isCovered(_ range: NSRange) -> Bool {
          found.masked.contains { NSIntersectionRange($0.range, range).length > 0 }
        }
        var words: [[Any]] = []
        var buckets: [UInt32] = []
        for index in tokens.indices where rules.isTaggerCandidate(index, in: tokens) {
          if rules.isInInstitution(index, in: tokens) { continue }
          buckets.removeAll()
          rules.taggerFeatures(at: index, in: tokens, into: &buckets)
          let range = tokens[index].range
          words.append([
            index, range.location, range.location + range.length, isCovered(range) ? 1 : 0, buckets,
          ])
        }
        let spans = found.masked.map { [$0.range.location, $0.range.location + $0.range.length] }
        let gaps = tokens.map { PersonNameDetector.continuesName($0.gapBefore) ? 1 : 0 }
        let line = try JSONSerialization.data(withJSONObject: [
          "id": record["id"] ?? "", "rules": spans, "words": words, "joins": gaps,
        ])
        print(String(decoding: line, as: UTF8.self))
      }
      return
    }
    if arguments.first == "--spans" {
      // Each record's findings with their offsets (Unicode scalars) in the original text, one JSON
      // line per record: for comparing the rules with another detector offline.
      for record in try records(arguments[1]) {
        let text = record["text"] as? String ?? ""
        let masked = masker.mask(text)
        var shift = 0
        var spans: [[String: Any]] = []
        for finding in masked.findings.sorted(by: { $0.span.start < $1.span.start }) {
          let start = finding.span.start - shift
          let length = finding.original.unicodeScalars.count
          spans.append(["kind": finding.kind.rawValue, "start": start, "end": start + length])
          shift += finding.span.length - length
        }
        let line = try JSONSerialization.data(withJSONObject: ["id": record["id"] ?? "", "findings": spans])
        print(String(decoding: line, as: UTF8.self))
      }
      return
    }
    if arguments.first == "--real" {
      // Real answers: findings per kind (the false-positive check); --real FILE... [--print]
      let printing = arguments.last == "--print"
      for file in arguments.dropFirst() where file != "--print" {
        var counts: [String: Int] = [:]
        for text in try records(file).compactMap({ $0["text"] as? String }) {
          let masked = masker.mask(text)
          for finding in masked.findings {
            counts[finding.kind.rawValue, default: 0] += 1
            if printing {
              print(
                "\(finding.kind.rawValue)\t\(finding.confidence.rawValue)\t\(finding.original)\t\(masked.context(of: finding.span))"
              )
            }
          }
          for possible in masked.possible {
            counts["possible", default: 0] += 1
            if printing { print("possible\t\(possible.original)\t\(masked.context(of: possible.span))") }
          }
        }
        print("\((file as NSString).lastPathComponent): \(counts.sorted { $0.key < $1.key })")
      }
      return
    }
    for path in arguments {
      precondition(!path.contains("blind"), "blind sets are scored by the lead only")
      let scores = LabelledSetScores.evaluate(masker, on: try records(path), ignoringTrailingDots: true)
      print("## \((path as NSString).lastPathComponent)\n\(scores)\n")
      if showMisses { for miss in scores.misses { print(miss) } }
    }
  }
}
