// Release-mode measurement of the model-free rules (segmenter, stance lexicon, c-TF-IDF) on
// République numérique arguments: `observatoire-bench rules` (scripts/bench/rules.sh).
import Analysis
import Foundation
import ObservatoireCore

func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

enum RulesBenchmark {
  static func run(data: String) throws {
    let text = try String(
      contentsOfFile: data + "/republique_numerique_fr/arguments.jsonl", encoding: .utf8)
    var rows: [(text: String, stance: String, section: String)] = []
    for line in text.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      rows.append((object["text"] as! String, object["stance"] as! String, object["section"] as! String))
    }
    // Segmentation + stance of every unit, best of 5 (wall clock and process CPU time: the
    // machine is shared, CPU time is the steadier figure).
    var best = Double.infinity
    var bestCPU = Double.infinity
    var unitCount = 0
    for _ in 0..<5 {
      let clock = ContinuousClock()
      var units = 0
      let cpuStart = cpuSeconds()
      let elapsed = clock.measure {
        for row in rows { units += FrenchClauseSegmenter.segment(row.text).count }
      }
      bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
      unitCount = units
      best = min(best, Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
    }
    print("segment+stance CPU time, best of 5: \(String(format: "%.3f", bestCPU)) s")
    print(
      "segment+stance: \(rows.count) arguments, \(unitCount) units, best of 5: \(String(format: "%.3f", best)) s"
    )

    // Whole-argument stance against the pour/contre labels.
    var confusion: [String: [Stance: Int]] = [:]
    let clock = ContinuousClock()
    let stanceTime = clock.measure {
      for row in rows {
        confusion[row.stance, default: [:]][StanceLexicon.stance(of: row.text), default: 0] += 1
      }
    }
    print("stance of whole arguments: \(stanceTime)")
    for label in ["pour", "contre"] {
      let c = confusion[label] ?? [:]
      print(label, Stance.allCases.map { "\($0.rawValue)=\(c[$0] ?? 0)" }.joined(separator: " "))
    }
    let pp = confusion["pour"]?[.pour] ?? 0
    let pc = confusion["pour"]?[.contre] ?? 0
    let cp = confusion["contre"]?[.pour] ?? 0
    let cc = confusion["contre"]?[.contre] ?? 0
    let decided = pp + pc + cp + cc
    print(
      "decided pour/contre: \(decided) of \(rows.count); accuracy on decided: \(String(format: "%.3f", Double(pp + cc) / Double(decided)))"
    )
    // Unit-level: majority of decided units.
    var unitConfusion: [String: [Stance: Int]] = [:]
    var unitStances: [Stance: Int] = [:]
    var unitLengths: [Int] = []
    for row in rows {
      var p = 0
      var c = 0
      for unit in FrenchClauseSegmenter.segment(row.text) {
        unitStances[unit.stance, default: 0] += 1
        unitLengths.append(unit.text.unicodeScalars.count)
        if unit.stance == .pour { p += 1 } else if unit.stance == .contre { c += 1 }
      }
      let s: Stance = p > c ? .pour : c > p ? .contre : (p > 0 ? .nuance : .neutre)
      unitConfusion[row.stance, default: [:]][s, default: 0] += 1
    }
    unitLengths.sort()
    print(
      "units: " + Stance.allCases.map { "\($0.rawValue)=\(unitStances[$0] ?? 0)" }.joined(separator: " ")
        + "; median length \(unitLengths[unitLengths.count / 2]) scalars, 90th percentile \(unitLengths[unitLengths.count * 9 / 10])"
    )
    for label in ["pour", "contre"] {
      let c = unitConfusion[label] ?? [:]
      print(
        "units-majority", label, Stance.allCases.map { "\($0.rawValue)=\(c[$0] ?? 0)" }.joined(separator: " ")
      )
    }

    // c-TF-IDF over the 18 sections.
    var groups: [String: [String]] = [:]
    for row in rows { groups[row.section, default: []].append(row.text) }
    let names = groups.keys.sorted()
    var terms: [[String]] = []
    let termsTime = clock.measure { terms = DistinctiveTerms.top(5, forGroups: names.map { groups[$0]! }) }
    print("c-TF-IDF, 18 sections, \(rows.count) texts: \(termsTime)")
    for (name, group) in zip(names, terms) {
      print("  \(name): \(group.joined(separator: " | "))  →  \(DistinctiveTerms.label(from: group))")
    }

    // c-TF-IDF over the 4 themes of the Lille Grand Débat comments.
    let comments = try String(
      contentsOfFile: data + "/decidim_mel_granddebat_fr/debate_comments.jsonl", encoding: .utf8)
    var themes: [String: [String]] = [:]
    for line in comments.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      themes[object["theme"] as! String, default: []].append(object["text"] as! String)
    }
    let themeNames = themes.keys.sorted()
    let themeTerms = DistinctiveTerms.top(5, forGroups: themeNames.map { themes[$0]! })
    for (name, group) in zip(themeNames, themeTerms) {
      print("  \(name): \(group.joined(separator: " | "))  →  \(DistinctiveTerms.label(from: group))")
    }
  }
}
