import Foundation

/// Folded words and a 32-bit value each, in one open-addressing table read by the name detector for
/// every word of every answer.
///
/// Why not `[String: UInt32]`: with the ~400,000 entries of the word lists, the standard
/// dictionary's seeded SipHash and its 16-byte buckets made the lookups a tenth of the masker's
/// time. Here a word is hashed with FNV-1a over its UTF-8 bytes, a slot is 8 bytes (where the
/// word's bytes start, its length, 24 bits of its hash), the value lies just before the word's
/// bytes, and the bytes are compared only when length and hash agree: about one cache miss for an
/// absent word, two for a present one.
struct WordTable: Sendable {
  /// Each word as its value (4 bytes, little-endian) then its UTF-8 bytes, one after the other.
  private let bytes: [UInt8]
  /// Empty (0), or where the word's bytes start in `bytes` (high 32 bits) | length (8 bits) |
  /// hash tag (24 bits).
  private let slots: [UInt64]
  private let mask: Int
  let count: Int

  /// The table of `entries`; a word given twice gets its values' union (bitwise or). Words of
  /// 256 bytes or more are left out: no list holds one, and no lookup will find one.
  init(_ entries: [(word: String, value: UInt32)]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    var bytes: [UInt8] = []  // a word starts after its value: at 4 or more, so an empty slot is 0
    var slots = [UInt64](repeating: 0, count: capacity)
    var count = 0
    let mask = capacity - 1
    for (word, value) in entries {
      var word = word
      word.withUTF8 { key in
        guard !key.isEmpty, key.count < 256 else { return }
        let hash = Self.hash(key)
        let tag = Self.tag(hash, length: key.count)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
          let entry = slots[slot]
          if entry & 0xFFFF_FFFF == tag {
            let offset = Int(entry >> 32)
            if bytes[offset..<offset + key.count].elementsEqual(key) {
              for k in 0..<4 { bytes[offset - 4 + k] |= UInt8(truncatingIfNeeded: value >> (8 * k)) }
              return
            }
          }
          slot = (slot + 1) & mask
        }
        for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
        slots[slot] = UInt64(bytes.count) << 32 | tag
        bytes.append(contentsOf: key)
        count += 1
      }
    }
    self.bytes = bytes
    self.slots = slots
    self.mask = mask
    self.count = count
  }

  @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    // FNV's low bits mix poorly and they pick the slot: fold the high bits in.
    return hash ^ (hash >> 29)
  }

  @inline(__always) static func tag(_ hash: UInt64, length: Int) -> UInt64 {
    UInt64(length) << 24 | hash >> 40
  }

  /// The value of `word`, 0 when it is absent.
  func value(_ word: String) -> UInt32 {
    var word = word
    return word.withUTF8 { value(utf8: $0) }
  }

  func value(utf8 key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    guard key.count < 256, let start = key.baseAddress else { return 0 }
    let hash = Self.hash(key)
    let tag = Self.tag(hash, length: key.count)
    return slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { bytes in
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let entry = slots[slot]
          if entry == 0 { return 0 }
          if entry & 0xFFFF_FFFF == tag {
            // Most words are a few bytes long: a loop the compiler inlines beats calling `memcmp`.
            let word = bytes.baseAddress! + Int(entry >> 32)
            var same = true
            for k in 0..<key.count where word[k] != start[k] {
              same = false
              break
            }
            if same {
              return UInt32(littleEndian: UnsafeRawPointer(word - 4).loadUnaligned(as: UInt32.self))
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }
}
