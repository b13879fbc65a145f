/// A reference UTF-8 decoder written from the Unicode Standard's Table 3-7 (well-formed
/// byte sequences) and its definition of a maximal subpart of an ill-formed subsequence
/// (§3.9, D93b), kept apart from KoEn's own decoder so the two can be compared.
public enum UTF8Reference {
  /// The allowed range of the second byte after a given lead byte, or nil if the byte
  /// cannot start a multi-byte sequence.
  static func secondByteRange(after lead: UInt8) -> ClosedRange<UInt8>? {
    switch lead {
    case 0xC2...0xDF, 0xE1...0xEC, 0xEE...0xEF, 0xF1...0xF3: 0x80...0xBF
    case 0xE0: 0xA0...0xBF
    case 0xED: 0x80...0x9F
    case 0xF0: 0x90...0xBF
    case 0xF4: 0x80...0x8F
    default: nil
    }
  }

  /// The number of bytes a sequence with this lead byte has.
  static func sequenceLength(lead: UInt8) -> Int {
    switch lead {
    case 0x00...0x7F: 1
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: 0
    }
  }

  /// One step of decoding at `i`: a well-formed sequence of `length` bytes, or an
  /// ill-formed maximal subpart of `length` bytes (at least 1).
  public static func step(_ bytes: [UInt8], at i: Int) -> (length: Int, valid: Bool) {
    let lead = bytes[i]
    if lead < 0x80 { return (1, true) }
    guard let second = secondByteRange(after: lead) else { return (1, false) }
    let needed = sequenceLength(lead: lead)
    var length = 1
    if i + 1 < bytes.count, second.contains(bytes[i + 1]) {
      length = 2
      while length < needed, i + length < bytes.count, (0x80...0xBF).contains(bytes[i + length]) {
        length += 1
      }
    }
    return (length, length == needed)
  }

  /// The maximal subparts of ill-formed subsequences in `bytes`, in order.
  public static func illFormedSubparts(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
      let (length, valid) = step(bytes, at: i)
      if !valid { out.append(i..<(i + length)) }
      i += length
    }
    return out
  }

  /// The offset of the first ill-formed byte, or nil if `bytes` is well-formed UTF-8.
  public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    illFormedSubparts(bytes).first?.lowerBound
  }

  /// Whether `offset` falls between two scalars of well-formed `bytes` (or at an end).
  public static func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
    offset == 0 || offset == bytes.count || (offset > 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
  }
}
