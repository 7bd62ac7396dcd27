import Foundation

@testable import Privacy

/// Recall and precision per kind on the labelled set built by `scripts/bench/pii_make_testset.py`.
struct LabelledSetScores: CustomStringConvertible {
  var truePositives: [PersonalDataKind: Int] = [:]
  var falsePositives: [PersonalDataKind: Int] = [:]
  var falseNegatives: [PersonalDataKind: Int] = [:]
  var misses: [String] = []
  /// Labelled values whose every letter and digit was masked (by a finding of any kind and any
  /// extent): what a reader of the masked text can no longer see, whatever the exact boundaries.
  var fullyMasked: [PersonalDataKind: Int] = [:]

  func maskedShare(_ kind: PersonalDataKind) -> Double {
    let labelled = truePositives[kind, default: 0] + falseNegatives[kind, default: 0]
    return Double(fullyMasked[kind, default: 0]) / Double(max(1, labelled))
  }

  func recall(_ kind: PersonalDataKind) -> Double {
    let tp = Double(truePositives[kind, default: 0])
    return tp / max(1, tp + Double(falseNegatives[kind, default: 0]))
  }
  func precision(_ kind: PersonalDataKind) -> Double {
    let tp = Double(truePositives[kind, default: 0])
    let predicted = tp + Double(falsePositives[kind, default: 0])
    return predicted == 0 ? 1 : tp / predicted
  }

  var description: String {
    var lines = [
      "| kind | labelled | found correctly | false positives | recall | precision | fully masked |",
      "|---|---|---|---|---|---|---|",
    ]
    for kind in PersonalDataKind.allCases {
      let tp = truePositives[kind, default: 0]
      lines.append(
        "| \(kind.rawValue) | \(tp + falseNegatives[kind, default: 0]) | \(tp) | \(falsePositives[kind, default: 0]) | "
          + String(
            format: "%.1f %% | %.1f %% | %.1f %% |", recall(kind) * 100, precision(kind) * 100,
            maskedShare(kind) * 100))
    }
    return lines.joined(separator: "\n")
  }

  static func evaluate(
    _ masker: PersonalDataMasker, on records: [[String: Any]], ignoringTrailingDots: Bool = false
  ) -> LabelledSetScores {
    func same(_ a: String, _ b: String) -> Bool {
      guard ignoringTrailingDots else { return a == b }
      func trimmed(_ s: String) -> Substring { s.hasSuffix(".") ? s.dropLast() : Substring(s) }
      return trimmed(a) == trimmed(b)
    }
    var scores = LabelledSetScores()
    for record in records {
      let text = record["text"] as? String ?? ""
      var expected = ((record["entities"] as? [[String: String]]) ?? []).compactMap { entity in
        PersonalDataKind(rawValue: entity["kind"] ?? "").map { ($0, entity["text"] ?? "") }
      }
      let masked = masker.mask(text)
      let scalars = Array(text.unicodeScalars)
      var covered = [Bool](repeating: false, count: scalars.count)
      // Finding spans are those of the placeholders in the masked text: shift them back.
      var shift = 0
      for finding in masked.findings.sorted(by: { $0.span.start < $1.span.start }) {
        let start = finding.span.start - shift
        let end = start + finding.original.unicodeScalars.count
        for offset in max(0, start)..<max(max(0, start), min(scalars.count, end)) { covered[offset] = true }
        shift += finding.span.length - finding.original.unicodeScalars.count
      }
      for (kind, original) in expected {
        let label = Array(original.unicodeScalars)
        guard label.count <= scalars.count,
          let start = (0...(scalars.count - label.count)).first(where: {
            Array(scalars[$0..<($0 + label.count)]) == label
          })
        else { continue }
        let uncovered = (start..<(start + label.count)).contains {
          !covered[$0] && CharacterSet.alphanumerics.contains(scalars[$0])
        }
        if !uncovered { scores.fullyMasked[kind, default: 0] += 1 }
      }
      for finding in masked.findings {
        if let index = expected.firstIndex(where: { $0.0 == finding.kind && same($0.1, finding.original) }) {
          expected.remove(at: index)
          scores.truePositives[finding.kind, default: 0] += 1
        } else {
          scores.falsePositives[finding.kind, default: 0] += 1
          scores.misses.append("FP \(finding.kind.rawValue) «\(finding.original)» in: \(text)")
        }
      }
      for (kind, original) in expected {
        scores.falseNegatives[kind, default: 0] += 1
        scores.misses.append("FN \(kind.rawValue) «\(original)» in: \(text)")
      }
    }
    return scores
  }
}
