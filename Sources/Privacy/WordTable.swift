import Foundation

/// Folded words and a 32-bit value each, in one open-addressing table read by the name detector for
/// every word of every answer.
///
/// Why not `[String: UInt32]`: with the ~450,000 entries of the word lists, the standard
/// dictionary's seeded SipHash and its 16-byte buckets made the lookups a tenth of the masker's
/// time. Here a word is hashed once over its UTF-8 bytes, and a slot is 8 bytes: 48 bits of the
/// hash and the index of its value among the few distinct values. The words themselves are not
/// kept, so a lookup is one cache miss whether the word is there or not; when the table held the
/// words' bytes, a word found cost a second miss to compare them, and the lookups were the
/// import's largest cost. A word outside the table is taken for one inside only if 48 bits of
/// their hashes agree at a slot it probes: about once in 10^14 lookups, and the lists' own words
/// are checked against such clashes when the table is built.
struct WordTable: Sendable {
  /// Empty (0), or the hash's 48 high bits | (index in `values` + 1) in the low 16 bits.
  private let slots: [UInt64]
  /// Each distinct value once.
  private let values: [UInt32]
  private let mask: Int
  let count: Int

  /// The table of `entries`; a word given twice gets its values' union (bitwise or). Words of
  /// 256 bytes or more are left out: no list holds one, and no lookup will find one.
  init(_ entries: [(word: String, value: UInt32)]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    var slots = [UInt64](repeating: 0, count: capacity)
    var values: [UInt32] = []
    var valueIndex: [UInt32: Int] = [:]
    func index(of value: UInt32) -> UInt64 {
      if let known = valueIndex[value] { return UInt64(known + 1) }
      precondition(values.count < 0xFFFF, "too many distinct values for a word table")
      values.append(value)
      valueIndex[value] = values.count - 1
      return UInt64(values.count)
    }
    var count = 0
    let mask = capacity - 1
    for (word, value) in entries {
      var word = word
      word.withUTF8 { key in
        guard !key.isEmpty, key.count < 256 else { return }
        let hash = Self.hash(key)
        let tag = hash & ~0xFFFF
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
          if slots[slot] & ~0xFFFF == tag {
            let known = values[Int(slots[slot] & 0xFFFF) - 1]
            slots[slot] = tag | index(of: known | value)
            return
          }
          slot = (slot + 1) & mask
        }
        slots[slot] = tag | index(of: value)
        count += 1
      }
    }
    self.slots = slots
    self.values = values
    self.mask = mask
    self.count = count
  }

  /// FNV-1a over the bytes, then MurmurHash3's finaliser: FNV's bits mix poorly, and here its low
  /// bits pick the slot while its high bits stand for the word.
  @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    hash = (hash ^ UInt64(key.count)) &* 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    hash = hash &* 0xc4ce_b9fe_1a85_ec53
    return hash ^ (hash >> 33)
  }

  /// The value of `word`, 0 when it is absent.
  func value(_ word: String) -> UInt32 {
    var word = word
    return word.withUTF8 { value(utf8: $0) }
  }

  func value(utf8 key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    guard !key.isEmpty, key.count < 256 else { return 0 }
    let hash = Self.hash(key)
    let tag = hash & ~0xFFFF
    return slots.withUnsafeBufferPointer { slots in
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let entry = slots[slot]
        if entry == 0 { return 0 }
        if entry & ~0xFFFF == tag { return values[Int(entry & 0xFFFF) - 1] }
        slot = (slot + 1) & mask
      }
    }
  }
}
