import Foundation
import Testing

@testable import Privacy

@Suite struct PrivacyReviewTests {
  /// Masked values are listed with their context, never with their value; possible findings are
  /// grouped by identifier with the value shown, and the command to confirm them.
  @Test func listsMaskedValuesHiddenAndPossibleOnesToConfirm() {
    let masker = PersonalDataMasker()
    var review = PrivacyReview()
    for text in [
      "Mme Kowalczyk nous a présenté l'outil, appelez le 06 11 22 33 44.",
      "Le chien de Zorglub est malade.", "Un grand merci à Zorglub pour son aide.",
    ] {
      review.record(masker.mask(text))
    }
    let rendered = review.renderFR(source: "avis.csv", importCommand: "observatoire import avis.csv")
    #expect(review.maskedCounts == [.personne: 1, .telephone: 1])
    #expect(rendered.contains("Valeurs masquées : 2 (PERSONNE 1, TELEPHONE 1)."))
    #expect(rendered.contains("Mme [PERSONNE] nous a présenté"))
    #expect(!rendered.contains("Kowalczyk") && !rendered.contains("06 11 22 33 44"))
    let id = PossibleFinding.identifier(kind: .personne, text: "Zorglub")
    #expect(review.possible[id]?.occurrences == 2)
    #expect(rendered.contains("\(id)  PERSONNE  « Zorglub »  (2 fois)"))
    #expect(rendered.contains("observatoire import avis.csv --confirm-masking \(id)"))
    #expect(
      rendered.contains("À vérifier : 1 valeur possible, laissée en clair"), "one value, in the singular")
    #expect(PrivacyReview.isPossibleIdentifier(id))
    #expect(!PrivacyReview.isPossibleIdentifier("P123") && !PrivacyReview.isPossibleIdentifier("Q1234ABCD"))
  }

  @Test func collectorFingerprintsMaskedNamesOnly() {
    let collector = PrivacyReviewCollector(salt: "sel")
    collector.record(PersonalDataMasker().mask("Notre CPE, Yanis Kerbrat, écrit à yk@exemple.fr."))
    let (review, fingerprints) = collector.result
    #expect(review.maskedCounts == [.personne: 1, .email: 1])
    #expect(fingerprints == [MaskedValueFingerprint.make("Yanis Kerbrat", salt: "sel")!])
    #expect(MaskedValueFingerprint.make("Yanis Kerbrat", salt: "autre sel") != fingerprints.first)
  }
}

@Suite struct OutputAuditorTests {
  /// Identifier shapes, wrong checksums included, and names masked at import are found in text
  /// about to leave the project; their context hides them.
  @Test func findsPlantedIdentifiersAndKnownMaskedNames() {
    let salt = MaskedValueFingerprint.newSalt()
    let auditor = OutputAuditor(
      fingerprints: [MaskedValueFingerprint.make("Ludivine Courtois", salt: salt)!], salt: salt)
    let report = """
      <h2>Thème 3 : formation</h2><p>« Contactez 1 85 05 78 006 084 92 » et le 06.12.34.56.78,
      ou ludivine.courtois@ac-lille.fr ; la formation de Ludivine  Courtois était trop longue.</p>
      """
    let hits = auditor.scan(report)
    #expect(hits.map(\.kind) == [.nir, .telephone, .email, .personne])
    #expect(hits.allSatisfy { !$0.context.contains("Courtois") || $0.kind != .personne })
    #expect(hits.first?.context.contains("« Contactez [NIR] »") == true)
  }

  @Test func cleanReportTextHasNoHit() throws {
    let auditor = OutputAuditor(fingerprints: [MaskedValueFingerprint.make("Kevin", salt: "s")!], salt: "s")
    let text = """
      # Synthèse
      Les enseignants (62 %, n = 1 254) demandent une formation ; 12 établissements, 2024-2025.
      « Mme [PERSONNE] nous a présenté l'outil » — réponse 0042. Version 4.0.1, code 1234567.
      {"proportion": 0.123456789012345, "ecart": 1.2345678e-05, "total": 1254}
      "chiSquare" : 1.85057800608491, "pValue" : 2,85057800608491
      "cpuSeconds" : 10.0012345678901, "seconds" : 3,00612345678
      """
    #expect(auditor.scan(text).isEmpty)
    // A number after « 00 », written as people write it, is still a phone.
    #expect(auditor.scan("Appelez le 0044 20 7946 0958 ce soir.").map(\.kind) == [.telephone])
    // A NIR with the same digits, written as people write it, is still found.
    for written in ["1 85 05 78 006 084 91", "185057800608491", "1.85.05.78.006.084.91"] {
      #expect(auditor.scan("Mon numéro : \(written).").map(\.kind) == [.nir], "\(written)")
    }
  }
}

@Suite struct MaskedNamesTests {
  /// A name the masker finds in one answer (after « @ », by a title) is masked wherever else it
  /// stands bare; words made only of common words must be capitalised to count.
  @Test func masksANameFoundInAnotherAnswerWhereverItStands() throws {
    let collector = PrivacyReviewCollector(salt: "sel")
    let masker = PersonalDataMasker()
    let first = masker.mask("@NADPERR : non, il ne s'agit pas de favoriser la plainte.")
    #expect(first.text.hasPrefix("@[PERSONNE]"))
    collector.record(first)
    collector.record(masker.mask("Mme Pierre Lavayssière nous a présenté l'outil."))
    let names = collector.maskedNames
    let bare = "Je suis tout à fait d'accord avec NADPERR. Une loi complètement inutile à mon sens."
    #expect(masker.mask(bare).findings.isEmpty, "the masker alone leaves it")
    let masked = try #require(names.masking(bare))
    #expect(
      masked.text == "Je suis tout à fait d'accord avec [PERSONNE]. Une loi complètement inutile à mon sens.")
    #expect(masked.findings.map(\.confidence) == [.elsewhere])
    #expect(masked.findings.first?.original == "NADPERR")
    // The longest run wins; the placeholder already there is not read as a name; a word that is
    // no common word counts whatever its case.
    let longer = try #require(names.masking("Merci à Pierre Lavayssière et à [PERSONNE] ; nadperr aussi."))
    #expect(longer.text == "Merci à [PERSONNE] et à [PERSONNE] ; [PERSONNE] aussi.")
    #expect(longer.findings.map(\.original) == ["Pierre Lavayssière", "nadperr"])
    #expect(names.masking("Rien à masquer ici.") == nil)
  }

  /// A name made only of common words (« Pierre », « Rose ») counts only where it is capitalised:
  /// the stone and the colour are not the name.
  @Test func aNameOfCommonWordsMustBeCapitalised() throws {
    var names = MaskedNames()
    names.insert("Pierre")
    names.insert("Rose")
    names.insert("Lu")  // too short to look for
    #expect(names.count == 2)
    #expect(names.masking("Une pierre de taille, une rose des sables, lu et relu.") == nil)
    let masked = try #require(names.masking("Pierre et Rose ont raison."))
    #expect(masked.text == "[PERSONNE] et [PERSONNE] ont raison.")
    #expect(names.contains("PIERRE") && !names.contains("Pierre Rose"))
  }

  /// The export's check reads names back as the import masks them: after the import's pass, the
  /// answers hold no name the check would find.
  @Test func theExportCheckFindsNothingTheImportPassLeft() throws {
    let salt = "sel"
    let collector = PrivacyReviewCollector(salt: salt)
    let masker = PersonalDataMasker()
    let answers = [
      "@Denis Chenu: cette proposition me paraît distincte.",
      "Denis Chenu : j'ai étudié cette proposition, en plus du reste.",
      "Signé : M. Kowalczyk", "Kowalczyk a raison, et DENIS CHENU aussi.",
    ].map { masker.mask($0) }
    for answer in answers { collector.record(answer) }
    let names = collector.maskedNames
    let auditor = OutputAuditor(fingerprints: collector.result.fingerprints, salt: salt)
    let before = answers.map(\.text).joined(separator: "\n")
    let found = auditor.scan(before).map(\.context)
    #expect(found.contains { $0.contains("[PERSONNE] : j'ai étudié") }, "\(found)")
    #expect(found.contains { $0.contains("[PERSONNE] a raison") }, "\(found)")
    var after: [String] = []
    for answer in answers {
      if let again = names.masking(answer.text) {
        collector.recordElsewhere(again)
        after.append(again.text)
      } else {
        after.append(answer.text)
      }
    }
    #expect(auditor.scan(after.joined(separator: "\n")).isEmpty)
    #expect(after[3] == "[PERSONNE] a raison, et [PERSONNE] aussi.")
    let review = collector.result.review
    #expect(review.maskedCounts[.personne] == 5)
    #expect(review.renderFR(source: "a.csv", importCommand: "i").contains("(masqué dans une autre réponse)"))
  }
}
