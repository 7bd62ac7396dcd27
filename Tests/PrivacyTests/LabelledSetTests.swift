import Foundation
import TestSupport
import Testing

@testable import Privacy

@Suite struct LabelledSetTests {
  static func records(_ fixture: String = "pii_testset.jsonl") throws -> [[String: Any]] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(fixture)")
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  @Test func meetsRecallAndPrecisionTargets() throws {
    let records = try Self.records()
    let entities = records.reduce(0) { $0 + (($1["entities"] as? [Any])?.count ?? 0) }
    #expect(entities >= 300)
    let scores = LabelledSetScores.evaluate(PersonalDataMasker(), on: records)
    print(scores)
    for miss in scores.misses { print(miss) }
    for kind in [PersonalDataKind.email, .telephone, .nir, .iban, .uai] {
      #expect(scores.recall(kind) >= 0.99, "recall \(kind)")
    }
    #expect(scores.recall(.personne) >= 0.90)
    #expect(scores.precision(.personne) >= 0.90)
  }

  /// The evaluation set (`scripts/bench/pii_make_evalset.py`): other templates, other value
  /// generators, wrong checksums, names outside the lists. Never used to tune the detector.
  @Test func meetsTargetsOnTheEvaluationSet() throws {
    let records = try Self.records("pii_evalset.jsonl")
    let entities = records.reduce(0) { $0 + (($1["entities"] as? [Any])?.count ?? 0) }
    #expect(entities >= 500)
    let scores = LabelledSetScores.evaluate(PersonalDataMasker(), on: records)
    print("Evaluation set:\n\(scores)")
    for miss in scores.misses { print(miss) }
    for kind in [PersonalDataKind.email, .telephone, .nir, .iban, .uai, .adresse] {
      #expect(scores.recall(kind) >= 0.99, "recall \(kind)")
    }
    #expect(scores.recall(.personne) >= 0.95)
    for kind in PersonalDataKind.allCases {
      #expect(scores.precision(kind) >= 0.90, "precision \(kind)")
    }
  }

  /// The holdout set (`scripts/bench/pii_make_holdout.py`), written by someone who never saw the
  /// detector, its sets or its docs, and scored once before any change (docs/benchmarks/privacy.md).
  /// Its author labels an initial with its dot (« Nadia B. »): a trailing dot is not a difference.
  @Test func scoresTheIndependentHoldoutSet() throws {
    let records = try Self.records("pii_holdout.jsonl")
    let entities = records.reduce(0) { $0 + (($1["entities"] as? [Any])?.count ?? 0) }
    #expect(entities >= 700)
    let scores = LabelledSetScores.evaluate(PersonalDataMasker(), on: records, ignoringTrailingDots: true)
    print("Holdout set:\n\(scores)")
    for miss in scores.misses { print(miss) }
    // Identifiers, after one round of general rules (so no longer held out for them). The set's
    // author leaves the postcode and city out of an address, the masker masks them too: an
    // address counts when every letter and digit of it is masked.
    for kind in [PersonalDataKind.email, .telephone, .nir, .iban, .uai] {
      #expect(scores.recall(kind) >= 0.99, "recall \(kind)")
      #expect(scores.precision(kind) >= 0.90, "precision \(kind)")
    }
    #expect(scores.maskedShare(.adresse) >= 0.99)
  }

  /// The development sets of the generalisation round (`scripts/bench/pii_make_dev4.py`, then
  /// `pii_make_dev5.py`): scored once before the changes they drove, then tuned on, so upper bounds.
  /// Names need the extended list and the word lists (`scripts/setup`); identifiers do not.
  @Test(arguments: ["pii_dev4.jsonl", "pii_dev5.jsonl"])
  func meetsTargetsOnTheDevelopmentSets(fixture: String) throws {
    let records = try Self.records(fixture)
    let scores = LabelledSetScores.evaluate(PersonalDataMasker(), on: records, ignoringTrailingDots: true)
    print("\(fixture):\n\(scores)")
    for miss in scores.misses { print(miss) }
    // Addresses are labelled without their postcode and city, which the masker masks too.
    for kind in [PersonalDataKind.email, .telephone, .nir, .iban, .uai] {
      #expect(scores.recall(kind) >= 0.99, "recall \(kind)")
      #expect(scores.precision(kind) >= 0.90, "precision \(kind)")
    }
    #expect(scores.maskedShare(.adresse) >= 0.99)
    #expect(scores.precision(.personne) >= 0.90)
    if NameLexicon.isInstalled && NameLexicon.hasWordLists {
      #expect(scores.recall(.personne) >= 0.90)
    }
  }

  /// The second, third, sixth, seventh, thirteenth and seventeenth blind sets
  /// (`scripts/bench/pii_make_blind2.py`, `…3.py`, `…6.py`, `…7.py`, `…13.py`, `…17.py`, other
  /// authors again), held out until a recall round read their misses (2 and 3 on 2026-12-01, 6 on
  /// 2026-12-02 once the seventh existed, 7 once the eighth existed, 13 in the afternoon once the
  /// fourteenth was being written, 17 on 2026-12-03 while the eighteenth was being written): since
  /// then tuning sets, whose floors keep what each round gained. Addresses: the share fully masked, as the sets
  /// label them differently.
  @Test(arguments: [
    ("pii_blind2.jsonl", 600, 0.94), ("pii_blind3.jsonl", 800, 0.95), ("pii_blind6.jsonl", 790, 0.96),
    ("pii_blind7.jsonl", 790, 0.95), ("pii_blind13.jsonl", 1000, 0.94), ("pii_blind17.jsonl", 1000, 0.96),
  ])
  func keepsTheRecallRoundOnTheSpentBlindSets(fixture: String, entities minimum: Int, names: Double) throws {
    try keepsTheRecallRound(on: fixture, entities: minimum, names: names, addresses: 0.99)
  }

  /// Blind 18, spent for its names on 2026-12-04 (92.9 % / 87.4 % before the round read from it,
  /// 97.0 % / 92.0 % after) once the nineteenth existed; its addresses were read on 2026-12-03.
  @Test func keepsTheNamesRoundOnTheEighteenthBlindSet() throws {
    try keepsTheRecallRound(on: "pii_blind18.jsonl", entities: 980, names: 0.96, addresses: 0.97)
  }

  /// Blind 19, scored on first sight before and after the round read from blind 18 (table only:
  /// names 96.1 / 92.1 → 96.3 / 92.5 %, identifiers 100 %, addresses 89.4 → 90.9 %), then spent
  /// whole on 2026-12-04 once the twentieth was being written: names 96.9 / 97.8 %, addresses
  /// 98.5 %.
  @Test func keepsTheRoundOnTheNineteenthBlindSet() throws {
    try keepsTheRecallRound(on: "pii_blind19.jsonl", entities: 770, names: 0.96, addresses: 0.98)
  }

  /// Blind 20 (753 entities), first sight after the rounds on blinds 18 and 19: names 93.2 / 91.6 %,
  /// e-mail 98.6 %, addresses 96.9 %, other identifiers 100 % (table only); then spent whole on
  /// 2026-12-04 once the twenty-first was being written: names 95.0 / 95.2 %, addresses 98.4 %; its
  /// e-mail miss (« chez … point fr ») is left.
  /// Blind 21 (857 entities, written « as people write »), first sight after the rounds on blinds 18
  /// to 20: names 85.4 / 90.5 % (92.7 % fully masked; its author split « NOM Prénom » in two and
  /// kept some titles, against the brief), phones 97.9 %, e-mail 98.6 %, addresses 85.7 %; then
  /// spent: names 86.5 / 91.9 %, phones 100 %, addresses 92.9 %.
  @Test func keepsTheRoundOnTheTwentyFirstBlindSet() throws {
    try keepsTheRecallRound(on: "pii_blind21.jsonl", entities: 850, names: 0.86, addresses: 0.92, email: 0.98)
  }

  /// Blind 22 (1,134 entities), first sight after the rounds on blinds 18 to 21: names 93.8 / 96.8 %
  /// (94.7 % fully masked), e-mail, phones, NIR, IBAN, UAI 100 %, addresses 96.6 %; then spent:
  /// names 94.8 / 97.1 %, addresses 97.7 %.
  @Test func keepsTheRoundOnTheTwentySecondBlindSet() throws {
    try keepsTheRecallRound(on: "pii_blind22.jsonl", entities: 1130, names: 0.94, addresses: 0.97)
  }

  @Test func keepsTheRoundOnTheTwentiethBlindSet() throws {
    try keepsTheRecallRound(on: "pii_blind20.jsonl", entities: 750, names: 0.95, addresses: 0.98, email: 0.98)
  }

  func keepsTheRecallRound(
    on fixture: String, entities minimum: Int, names: Double, addresses: Double, email: Double = 0.99
  ) throws {
    let records = try Self.records(fixture)
    let entities = records.reduce(0) { $0 + (($1["entities"] as? [Any])?.count ?? 0) }
    #expect(entities >= minimum)
    let scores = LabelledSetScores.evaluate(PersonalDataMasker(), on: records, ignoringTrailingDots: true)
    print("\(fixture):\n\(scores)")
    for kind in [PersonalDataKind.telephone, .nir, .iban, .uai] {
      #expect(scores.recall(kind) >= 0.99, "recall \(kind)")
    }
    #expect(scores.recall(.email) >= email)
    #expect(scores.maskedShare(.adresse) >= addresses)
    #expect(scores.recall(.personne) >= names)
  }

  /// The fourth, fifth, eighth to twelfth, fourteenth to sixteenth and twenty-third blind sets
  /// (`scripts/bench/pii_make_blind4.py`, `…5.py`, `…8.py` … `…12.py`, `…14.py` … `…16.py`, `…23.py`), each
  /// written by a session that saw neither the detector nor any
  /// other set. Only the table is printed, never the misses, so that nobody tunes on it; the floors
  /// (met on each set's last scoring) guard the identifiers and addresses without reading a miss.
  /// The identifier misses of blind 5, the address misses of blinds 8 to 11 (and 9's UAI) and
  /// the names' false positives of blind 11 were read for rounds of 2026-12-02; no missed name of
  /// these sets was, and no miss at all of 4. Blind 12 was held out until the thirteenth existed,
  /// then spent whole (names and addresses) for a round of 2026-12-02, afternoon; of blind 14 the
  /// missed phones and the NIR's false positives were read, then its names (2026-12-03, with the
  /// names' floor in `PersonalDataMaskerTests.namesGivenAwayByLayoutAndFrames`' shapes). Of blind
  /// 15 (2026-12-03) the identifiers' and the addresses' misses were read: its names stay unread. Of
  /// blind 16 (2026-12-03) the identifiers' and the addresses' misses were read. Blind 17 was
  /// spent whole on 2026-12-03 (see `keepsTheRecallRoundOnTheSpentBlindSets`). Of blind 18
  /// (2026-12-03, evening; first sight: phones 98.8 %, addresses 87.1 % fully masked) the
  /// identifiers' and the addresses' misses were read, then its names on 2026-12-04 (see
  /// `keepsTheNamesRoundOnTheEighteenthBlindSet`), and blinds 19 to 22 were spent the same day.
  /// Blind 23 (2026-12-04, 950 entities) was scored twice, table only, nothing of it read: at the
  /// day's start names 94.7 / 96.3 %, addresses 96.8 %; after the day's rounds names 95.0 / 97.0 %,
  /// every identifier and address 100 %.
  @Test(arguments: [
    ("pii_blind4.jsonl", 0.99, 0.98), ("pii_blind5.jsonl", 0.99, 0.99), ("pii_blind8.jsonl", 0.99, 0.99),
    ("pii_blind9.jsonl", 0.99, 0.98), ("pii_blind10.jsonl", 0.99, 0.93), ("pii_blind11.jsonl", 0.99, 0.92),
    ("pii_blind12.jsonl", 0.99, 0.98), ("pii_blind14.jsonl", 0.99, 0.95), ("pii_blind15.jsonl", 0.99, 0.94),
    ("pii_blind16.jsonl", 0.99, 0.97), ("pii_blind23.jsonl", 0.99, 0.99),
  ])
  func scoresTheLaterBlindSets(fixture: String, identifiers: Double, addresses: Double) throws {
    let records = try Self.records(fixture)
    let entities = records.reduce(0) { $0 + (($1["entities"] as? [Any])?.count ?? 0) }
    #expect(entities >= 730)
    let scores = LabelledSetScores.evaluate(PersonalDataMasker(), on: records, ignoringTrailingDots: true)
    print("\(fixture):\n\(scores)")
    for kind in [PersonalDataKind.email, .telephone, .nir, .iban, .uai] {
      #expect(scores.recall(kind) >= identifiers, "recall \(kind)")
    }
    #expect(scores.maskedShare(.adresse) >= addresses)
  }

  /// Findings per kind on real answers, as a false-positive check (they hold few personal data);
  /// prints every finding with its context for reading. Run with OBSERVATOIRE_BENCH=1.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["OBSERVATOIRE_BENCH"] != nil))
  func countsFindingsOnRealAnswers() throws {
    let masker = PersonalDataMasker()
    for file in [
      "republique_numerique_fr/arguments.jsonl", "decidim_mel_granddebat_fr/debate_comments.jsonl",
      "decidim_mel_granddebat_fr/proposals.jsonl",
    ] {
      var counts: [String: Int] = [:]
      for text in try Fixtures.jsonLines(file).compactMap({ $0["text"] as? String }) {
        let masked = masker.mask(text)
        for finding in masked.findings {
          counts[finding.kind.rawValue, default: 0] += 1
          print(
            "\(finding.kind.rawValue)\t\(finding.confidence.rawValue)\t\(masked.context(of: finding.span))")
        }
        for possible in masked.possible {
          counts["possible", default: 0] += 1
          print("possible\t\(possible.original)\t\(masked.context(of: possible.span))")
        }
      }
      print("\(file): \(counts.sorted { $0.key < $1.key })")
    }
  }

  /// Throughput and findings on real text with little personal data; run with OBSERVATOIRE_BENCH=1.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["OBSERVATOIRE_BENCH"] != nil))
  func measuresThroughputOnRepubliqueNumerique() throws {
    let texts = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").compactMap {
      $0["text"] as? String
    }
    let masker = PersonalDataMasker()
    let clock = ContinuousClock()
    var counts: [PersonalDataKind: Int] = [:]
    var examples: [String] = []
    let elapsed = clock.measure {
      for text in texts {
        for finding in masker.mask(text).findings {
          counts[finding.kind, default: 0] += 1
          if examples.count < 60 { examples.append("\(finding.kind.rawValue): \(finding.original)") }
        }
      }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("answers: \(texts.count), seconds: \(seconds), answers/s: \(Double(texts.count) / seconds)")
    print("findings: \(counts.sorted { $0.key.rawValue < $1.key.rawValue })")
    for example in examples { print(example) }
    #expect(texts.count > 1000)
  }
}

/// The cheap pre-check that lets most answers skip the regular expressions must never hide a match:
/// on the labelled set and on real consultation text, every kind a pattern finds was allowed.
@Suite struct PrerequisitesTests {
  @Test func neverHideAPatternMatch() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures")
    var texts: [String] = []
    for fixture in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where fixture.hasSuffix(".jsonl") {
      texts += try LabelledSetTests.records(fixture).compactMap { $0["text"] as? String }
    }
    texts += try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").compactMap {
      $0["text"] as? String
    }
    texts += try Fixtures.jsonLines("decidim_mel_granddebat_fr/debate_comments.jsonl").compactMap {
      $0["text"] as? String
    }
    // Web addresses and IBANs at the edges of what the pre-check lets through.
    texts += [
      "HTTPS://EXEMPLE.ORG/x", "ftp://a", "voir : //b", "WWW.ac-lille.FR", "site.Info ou site.IO",
      "x.EU", "ac-lille.fr.", "1.2.com", "écrire à l'adresse exemple.ﬁ", "fr14 2004 1010 0505 0001 3M02 606",
      "FR14 2004 1010 0505 0001 3M02 606", "FR١٤ 2004", "IBAN:FR7630006000011234567890189",
      "(FR76 3000 6000 0112 3456 7890 189)", "le Kelvin.K et ſite.ſr",
      // Obfuscated e-mail addresses and lowercase IBANs.
      "a.b (AT) c.fr", "a.b[at]c.fr", "a.b{at}c.fr", "a.b arobase c.fr", "a.b ARObase c.fr",
      "ſn76 1234 5678 9012 3456",
      "fr76 3000 6000 0112 3456 7890 189", "de89 3704 0044 0532 0130 00",
      // The second look: a top-level domain then what may follow it, « @ » beside spaces and
      // brackets, an IBAN's groups after separators.
      "site.fr2 site.fr_ site.fr@x", "fin.Fr", "voir ac-lille.fr/x", "a.b.Com,", "prénom @ exemple.fr",
      "prenom@ exemple.fr", "prenom@exemple (.) fr", "prenom@exemple [dot] fr", "prenom(@)exemple.fr",
      "@Paucelle : non", "@Paucelle (député)", "prenom@exemple . fr", "prenom@exemple(DOT)fr",
      "prenom@exemple [point] fr",
      "prenom@ exemple.fr", "FR76-3000-6000-0112-3456", "FR76\r\n3000 6000 0112", "de 2016 et la loi",
      "BE71 0961 2345 6769", "FR76 30004 00943 18989845347 18",
      // Streets after a number, roads, and rural addresses, in the forms the patterns accept.
      "12 bis, RUE Victor Hugo", "13 à 15 Allée des Pins", "3 impaſſe des Lilas", "4 RN 7, 97232 Le Lamentin",
      "2712 D 763, 74000 Annecy", "105B Rond-Point du Général", "12\nrue des écoles", "LIEU DIT Le Bourg",
      "Lieudit Kerbras, 29000 Quimper", "21 route nationale 2, 97232 Le Lamentin",
      // Phones, school codes and postcodes in the groupings the patterns accept.
      "+33 (0)5 04 79 86 51", "(+33)6 12 34 56 78", "0033 6 12 34 56 78", "06\r\n12 34 56 78",
      "026 2 85 26 65",
      "+225 07 44 98 97 88", "081 473 50 7", "059 1234 X", "0591234-X", "RNE : 0591234 k", "(uai 015 5250 a)",
      "2 rue X, CH-1204 Genève", "12 rue Y, 43 000 Le Puy", "3 bd Z, F-06400 Cannes", "tel ٠٦١٢٣٤٥٦٧٨",
      // Addresses at the text's edges, after tabs and line breaks, glued to punctuation.
      "www.ac-lille.fr", "\thttps://x.fr/a?b=c\r\n(voir site.org)", "a@b.fr", "«a.b@c.com»\nx@y.eu",
    ]
    var skipped = 0
    var found = 0
    for text in texts {
      let prerequisites = PatternDetectors.Prerequisites(text)
      for kind in PatternDetectors.order where kind != .personne {
        let detections = PatternDetectors.detect(kind, in: text as NSString)
        found += detections.count
        if !prerequisites.allows(kind) {
          skipped += 1
          #expect(detections.isEmpty, "\(kind) hidden in: \(text.prefix(80))")
        } else {
          let gated = PatternDetectors.detect(kind, in: text as NSString, prerequisites: prerequisites)
          #expect(gated.map(\.range) == detections.map(\.range), "\(kind) hidden in: \(text.prefix(80))")
        }
      }
    }
    #expect(found > 100, "the texts hold personal data to find")
    #expect(skipped > texts.count, "most answers skip most patterns")
    // Web and e-mail addresses looked for in the runs of text that may hold them only: the
    // same matches as over the whole text.
    var compared = 0
    for text in texts {
      let source = text as NSString
      for (pattern, markers) in [
        (PatternDetectors.url, [UInt16(0x2E), 0x3A]), (PatternDetectors.email, [0x40]),
      ] {
        let whole = PatternDetectors.matches(pattern, in: source)
        let inRuns = PatternDetectors.matchesInRuns(
          pattern, in: source, length: source.length, markers: markers)
        #expect(inRuns == whole, "\(text.prefix(80))")
        compared += whole.count
      }
    }
    #expect(compared > 200)
  }
}

@Suite struct NameTokenTests {
  /// The hand-written word scanner gives exactly the regular expression's words, ranges, gaps and
  /// folded forms and case, on every labelled and real text plus edge cases.
  @Test func scannerMatchesTheRegularExpression() throws {
    var texts = try LabelledSetTests.records().compactMap { $0["text"] as? String }
    texts += try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").compactMap {
      $0["text"] as? String
    }
    texts += try Fixtures.jsonLines("decidim_mel_granddebat_fr/debate_comments.jsonl").compactMap {
      $0["text"] as? String
    }
    texts += [
      "", "-", "a-", "-a", "a--b", "Jean-Pierre--Marie -Luc", "e\u{301}cole ÉCOLE Straße Œuvre",
      "l’IA 😀 Ünïcödé-test",
      "Καλημέρα κόσμε, 你好 Привет-мир", "M. Dupont\nMme Le Gall",
      // Cases the tables must read as Swift does: kra, titlecase digraphs, ß, modifier letters.
      "ĸ Ĳ ǅungla ǄA ß SS ẞ ᴬᴮ Ǉ-ǈ ƻ ǀ Ꞵ-ꞵ À-É-Ï éT",
      // Gaps: a Windows line break is one character, not « \n »; brackets, quotes, marks.
      "Marie\r\nDupont\nLe (4e) « Lycée » x.\u{301}y (( z ; a: b\r\r\nc \"d\" (CM2)",
      // Signs read from their bytes in a gap (no-break spaces, quotes, dashes), one that is not
      // (a combining mark after a bracket), and letters outside the folding tables (ª, µ, º).
      "a\u{A0}(b) c «\u{A0}d\u{A0}» e’f g…\nh — i “j” k\u{202F}: l (\u{301}m n.\u{A0}o\u{A0}(p) ªb µm ºc",
      "Le Floc’h, GUIVARC'H et Le Floc'h-Ménez ; x’\u{301}y", "«\u{A0}Zoé\u{A0}»\r\n« Éric »",
    ]
    let detector = PersonNameDetector.shared
    var compared = 0
    for text in texts {
      let fast = detector.tokens(in: text as NSString)
      let reference = detector.referenceTokens(in: text as NSString)
      #expect(fast.count == reference.count, "\(text.prefix(60))")
      for (a, b) in zip(fast, reference) {
        #expect(
          a.text == b.text && a.folded == b.folded && a.range == b.range && a.gapBefore == b.gapBefore
            && a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps
            && a.hasHyphen == b.text.contains("-"),
          "\(a.text)|\(a.folded)|\(a.gapBefore) vs \(b.text)|\(b.folded)|\(b.gapBefore)")
        // The gap's marks, read from bytes, as the rules read them from characters.
        let gap = a.gapBefore
        #expect(a.gapEndsSentence == gap.contains(where: { ".!?\n:«\"".contains($0) }), "\(gap)")
        #expect(a.gapEndsInstitution == gap.contains(where: { ".!?\n;:(,".contains($0) }), "\(gap)")
        #expect(a.gapOpensBracket == (gap.hasPrefix("(") || gap.hasPrefix(" (")), "\(gap)")
        compared += 1
      }
    }
    #expect(compared > 100_000)
  }

  /// The written-out check of a class or need after a word (« (4e », « (ULIS ») answers as the
  /// regular expression it replaced, on every gap and next word of the labelled and real texts.
  @Test func classOrNeedMatchesTheRegularExpression() throws {
    let reference = try NSRegularExpression(
      pattern:
        #"[ ]?\((?:\d{1,2}(?:e|de|nde|re|ère|ème)$|(?-i:CM[12]?|CE[12]?|CP|T?PS|MS|GS)$|ulis|segpa|tle$|dys|bts$|cap$|term)"#,
      options: [.caseInsensitive])
    var texts = try LabelledSetTests.records().compactMap { $0["text"] as? String }
    texts += try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").compactMap {
      $0["text"] as? String
    }
    var candidates = [
      "(4e", " (2nde", "(1re", "(3ème", "(3ÈME", "(3e\u{300}me", "(123e", "(CM", "(cm", "(CE", "(Ce", "(CP",
      "(ULIS", "(Ulisse", "(uliſ", "(SEGPA", "(Tle", "(tles", "(dys", "(BTS", "(btsa", "(CAP", "(capable",
      "(Terminale", " ( 4e", "  (4e", "(٤e", "(4", "(e", "", "(GS", "(gs", "(TPS", "(MSc",
    ]
    for text in texts {
      let tokens = PersonNameDetector.shared.tokens(in: text as NSString)
      for token in tokens where token.gapBefore.hasPrefix("(") || token.gapBefore.hasPrefix(" (") {
        candidates.append(token.gapBefore + token.text)
      }
    }
    for candidate in candidates {
      let expected =
        reference.firstMatch(
          in: candidate, options: .anchored,
          range: NSRange(location: 0, length: (candidate as NSString).length))
        != nil
      #expect(PersonNameDetector.isClassOrNeed(candidate) == expected, "\(candidate)")
    }
    #expect(candidates.count > 100)
  }
}
