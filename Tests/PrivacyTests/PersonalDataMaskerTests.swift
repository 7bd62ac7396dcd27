import Foundation
import ObservatoireCore
import Testing

@testable import Privacy

@Suite struct PersonalDataMaskerTests {
  let masker = PersonalDataMasker()

  @Test func replacesEachKindWithItsPlaceholderAndPointsAtIt() {
    let text =
      "Bonjour, je m'appelle Sophie Martin (sophie.martin@ac-lyon.fr, 06 12 34 56 78), collège 0750654D, "
      + "IBAN FR76 3000 6000 0112 3456 7890 189, voir https://exemple.fr/page."
    let masked = masker.mask(text)
    #expect(
      masked.text
        == "Bonjour, je m'appelle [PERSONNE] ([EMAIL], [TELEPHONE]), collège [UAI], IBAN [IBAN], voir [URL].")
    #expect(masked.findings.map(\.kind) == [.personne, .email, .telephone, .uai, .iban, .url])
    #expect(masked.findings.map(\.original).first == "Sophie Martin")
    for finding in masked.findings {
      #expect(finding.span.slice(of: masked.text) == finding.kind.placeholder)
    }
  }

  @Test func spansCountUnicodeScalarsAfterAccentsAndEmoji() {
    let masked = masker.mask("Élève 🙂 écrit à marc@exemple.org")
    let finding = try! #require(masked.findings.first)
    #expect(finding.span.slice(of: masked.text) == "[EMAIL]")
  }

  @Test func keepsInstitutionNamesAndCommonWords() {
    for text in [
      "Au collège Marie-Curie et au lycée Victor Hugo, on teste l'IA.",
      "Pierre par pierre, on construit une culture commune.",
      "Le code 1234567 et la date 12/03/2025 ne sont pas des données personnelles.",
    ] {
      #expect(masker.mask(text).findings.isEmpty, "\(text)")
    }
  }

  @Test func titlesAndSignaturesCatchUnknownSurnames() {
    let masked = masker.mask("Mme Kerbrat a refusé. Cordialement, Yanis Ouedraogo")
    #expect(masked.text == "Mme [PERSONNE] a refusé. Cordialement, [PERSONNE]")
  }

  @Test func invalidChecksumsAreLeftAlone() {
    #expect(masker.mask("Référence 0750654E et 185057800608492").findings.isEmpty)
  }

  @Test func disabledKindsStayInText() {
    let onlyEmails = PersonalDataMasker(options: MaskingOptions(kinds: [.email]))
    #expect(onlyEmails.mask("Sophie Martin, sophie@exemple.fr").text == "Sophie Martin, [EMAIL]")
  }
}
