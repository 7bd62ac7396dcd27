/// Escapes text for HTML/XML content and attribute values: respondent text is never markup.
///
/// Works on UTF-8 bytes (every character it changes is ASCII, and no byte of a multi-byte
/// sequence is below 0x80), so a quote followed by a combining mark is escaped like any quote.
/// Control characters other than tab and line breaks are invalid in XML 1.0: they are dropped
/// rather than break the file.
func escapeXML(_ text: String) -> String {
  guard
    text.utf8.contains(where: {
      $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20
    })
  else { return text }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(text.utf8.count + 32)
  for byte in text.utf8 {
    switch byte {
    case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
    case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
    case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
    case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
    case 0x27: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
    case 0x09, 0x0A, 0x0D: bytes.append(byte)
    case ..<0x20: continue
    default: bytes.append(byte)
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}
