/// Escapes text for HTML/XML content and attribute values: respondent text is never markup.
func escapeXML(_ text: String) -> String {
  guard
    text.utf8.contains(where: {
      $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20
    })
  else { return text }
  var result = ""
  result.reserveCapacity(text.utf8.count + 16)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&#39;"
    case "\n", "\t", "\r": result.unicodeScalars.append(scalar)
    default:
      // Control characters are invalid in XML 1.0 documents: drop them rather than break the file.
      if scalar.value < 0x20 { continue }
      result.unicodeScalars.append(scalar)
    }
  }
  return result
}
