import Foundation

/// The UAI (« unité administrative immatriculée ») of a school: seven digits and a check letter.
public enum UAICode {
  /// Whether `code` is a well-formed UAI whose check letter is right (case-insensitive).
  public static func isValid(_ code: String) -> Bool {
    guard code.count == 8, code.prefix(7).allSatisfy(\.isASCII), code.prefix(7).allSatisfy(\.isNumber)
    else { return false }
    return PatternDetectors.isValidUAI(code)
  }

  /// `code` in its usual form: trimmed, letter in capitals.
  public static func normalised(_ code: String) -> String {
    code.trimmingCharacters(in: .whitespaces).uppercased()
  }
}
