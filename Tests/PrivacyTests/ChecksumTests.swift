import Foundation
import Testing

@testable import Privacy

@Suite struct ChecksumTests {
  @Test func uaiCheckLetterSkipsIOQ() {
    // Lycée Louis-le-Grand: 750654 mod 23 = 3 → D.
    #expect(PatternDetectors.isValidUAI("0750654D"))
    #expect(!PatternDetectors.isValidUAI("0750654E"))
    #expect(PatternDetectors.uaiAlphabet.count == 23)
    #expect(!PatternDetectors.uaiAlphabet.contains("I") && !PatternDetectors.uaiAlphabet.contains("O"))
    #expect(!PatternDetectors.uaiAlphabet.contains("Q"))
  }

  @Test func nirKeyIncludingCorsica() {
    // 1 85 05 78 006 084: 1850578006084 mod 97 = 6 → key 91.
    #expect(PatternDetectors.isValidNIR("185057800608491"))
    #expect(!PatternDetectors.isValidNIR("185057800608492"))
    // Corsica: 2A counts as 19 → 2850519123456 mod 97 gives the key.
    let corsicanBody = "28505" + "19" + "123456"
    let key = 97 - Int(corsicanBody)! % 97
    let corsican = "285052A123456" + String(format: "%02d", key)
    #expect(PatternDetectors.isValidNIR(corsican))
    #expect(!PatternDetectors.isValidNIR("285052B123456" + String(format: "%02d", key)))
  }

  @Test func ibanMod97() {
    #expect(PatternDetectors.isValidIBAN("FR7630006000011234567890189"))
    #expect(PatternDetectors.isValidIBAN("GB82WEST12345698765432"))
    #expect(!PatternDetectors.isValidIBAN("FR7630006000011234567890188"))
  }
}
