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
