/// The first byte of input that is not well-formed UTF-8.
///
/// Byte-level APIs that need valid text throw this rather than substitute U+FFFD, so nothing
/// is altered without the caller asking.
public struct InvalidUTF8Error: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 0-based offset of the first byte of the ill-formed sequence.
  public let byteOffset: Int

  /// Creates an error for the ill-formed sequence starting at `byteOffset`.
  public init(byteOffset: Int) { self.byteOffset = byteOffset }

  /// `invalid UTF-8 at byte N`.
  public var description: String { "invalid UTF-8 at byte \(byteOffset)" }
}

/// Well-formedness of UTF-8, by the table of well-formed byte sequences in the Unicode
/// Standard (chapter 3, table 3-7): no overlongs, no surrogates, nothing above U+10FFFF.
///
/// ```swift
/// UTF8Validation.firstInvalidOffset(in: bytes)  // nil, or where the first bad sequence starts
/// ```
///
/// - Thread-safety: pure functions.
public enum UTF8Validation {
  /// The offset of the first ill-formed byte sequence, or nil when all of `bytes` is valid.
  ///
  /// - Complexity: O(n); ASCII is checked eight bytes at a time. No allocation for
  ///   contiguous collections (arrays, slices, `String.UTF8View`); others are copied once.
  public static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
    if let answer = bytes.withContiguousStorageIfAvailable({ firstInvalidOffset(in: $0) }) {
      return answer
    }
    return Array(bytes).withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
  }

  /// The offset of the first ill-formed byte sequence in a buffer, or nil.
  ///
  /// - Complexity: O(n); no allocation.
  public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let n = bytes.count
    var i = 0
    while i < n {
      if i + 8 <= n {
        // ASCII eight bytes at a time; in a word with other bytes, straight to the first.
        let high = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
        if high == 0 {
          i += 8
          continue
        }
        i += high.trailingZeroBitCount >> 3
      } else if base[i] < 0x80 {
        i += 1
        continue
      }
      // The commonest sequences in Korean text, one after another: three bytes with a lead
      // from E1 to EC or EE to EF (Hangul syllables, most CJK, general punctuation), whose
      // second byte may be any continuation byte.
      while i + 4 <= n {
        let word = UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self))
        let lead = word & 0xFF
        guard word & 0x00C0_C0F0 == 0x0080_80E0, lead != 0xE0, lead != 0xED else { break }
        i += 3
      }
      guard i < n, base[i] >= 0x80 else { continue }
      let length = validSequenceLength(in: bytes, at: i)
      if length == 0 { return i }
      i += length
    }
    return nil
  }

  /// The length (2 to 4) of the well-formed multi-byte sequence at `i`, or 0 when the
  /// bytes at `i` do not start one. ASCII is not handled here (it returns 0 for it).
  ///
  /// - Precondition: `i < bytes.count`.
  @inline(__always)
  public static func validSequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let n = bytes.count
    let b0 = bytes[i]
    @inline(__always) func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      i + k < n && bytes[i + k] >= low && bytes[i + k] <= high
    }
    switch b0 {
    case 0xC2...0xDF: return cont(1) ? 2 : 0
    case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
    case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
    case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
    case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
    default: return 0
    }
  }

  /// The length of the maximal subpart of an ill-formed sequence at `i` (at least 1): the
  /// unit that one U+FFFD replaces under the Unicode Standard's recommended practice, which
  /// ICU, WHATWG and Swift's own decoder follow.
  ///
  /// - Precondition: `i < bytes.count`, and the bytes at `i` do not start a well-formed
  ///   sequence.
  public static func invalidSequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let n = bytes.count
    let b0 = bytes[i]
    let (needed, low, high): (Int, UInt8, UInt8)
    switch b0 {
    case 0xC2...0xDF: (needed, low, high) = (1, 0x80, 0xBF)
    case 0xE0: (needed, low, high) = (2, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (needed, low, high) = (2, 0x80, 0xBF)
    case 0xED: (needed, low, high) = (2, 0x80, 0x9F)
    case 0xF0: (needed, low, high) = (3, 0x90, 0xBF)
    case 0xF1...0xF3: (needed, low, high) = (3, 0x80, 0xBF)
    case 0xF4: (needed, low, high) = (3, 0x80, 0x8F)
    default: return 1
    }
    var length = 1
    if i + 1 < n, bytes[i + 1] >= low, bytes[i + 1] <= high {
      length = 2
      var k = 2
      while k <= needed, i + k < n, bytes[i + k] >= 0x80, bytes[i + k] <= 0xBF {
        length += 1
        k += 1
      }
    }
    return length
  }
}
