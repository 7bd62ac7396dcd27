extension UnsafeBufferPointer<UInt8> {
  /// The value of the scalar whose UTF-8 starts at `index`, and its length in bytes. The bytes must
  /// be valid UTF-8, as a `String`'s are: the masker reads its texts this way, not scalar by scalar.
  @inline(__always) func scalar(at index: Int) -> (value: UInt32, length: Int) {
    let lead = self[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
    for k in 1..<length { value = value << 6 | UInt32(self[index + k] & 0x3F) }
    return (value, length)
  }
}

extension String {
  /// The text's scalars, as `Array(unicodeScalars)` gives them, decoded in one pass over its UTF-8
  /// bytes: the standard view counts the scalars first, then decodes them again to copy them.
  var scalarArray: [Unicode.Scalar] {
    var text = self
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var index = 0
        while index < bytes.count {
          let (value, length) = bytes.scalar(at: index)
          buffer[count] = Unicode.Scalar(value) ?? "\u{FFFD}"  // never nil: a String's bytes are valid UTF-8
          count += 1
          index += length
        }
      }
    }
  }
}
