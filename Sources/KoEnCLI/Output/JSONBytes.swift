import KoEn
import KoEnCore

/// JSON numbers and strings written straight at a pointer into an output buffer that has
/// room for them: the inner loop of the commands that write a record per token.
///
/// The bytes are those `JSONValue` writes. Strings take a fast path for what text holds
/// almost always (printable ASCII, `"`, `\`, line breaks, tabs and well-formed UTF-8);
/// anything else (other control characters, DEL, U+2028 and U+2029, ill-formed UTF-8) goes
/// to `JSONValue.writeString(utf8:to:)`, so escaping rules live in one place.
enum JSONBytes {
  /// The most bytes `writeDecimal` writes: a sign and 19 digits.
  static let maxDecimalCount = DecimalDigits.maxCount

  /// The most bytes a string literal of `count` bytes of UTF-8 takes (`\u00XX` per byte,
  /// and the quotes).
  @inline(__always)
  static func maxStringCount(_ count: Int) -> Int { 6 * count + 2 }

  /// Writes the decimal digits of `value` (with a `-` when negative) at `p`; returns how
  /// many bytes it wrote.
  @inline(__always)
  static func writeDecimal(_ value: Int, at p: UnsafeMutablePointer<UInt8>) -> Int { DecimalDigits.write(value, at: p) }

  /// Writes the ASCII `text` at `p`; returns its length.
  @inline(__always)
  static func write(_ text: StaticString, at p: UnsafeMutablePointer<UInt8>) -> Int {
    p.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    return text.utf8CodeUnitCount
  }

  /// Copies `count` bytes from `source` to `p` (short runs: no call to `memmove`);
  /// returns `count`.
  @inline(__always)
  static func copy(_ source: UnsafePointer<UInt8>, count: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
    var i = 0
    while i + 8 <= count {
      let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
      UnsafeMutableRawPointer(p + i).storeBytes(of: word, as: UInt64.self)
      i += 8
    }
    while i < count {
      p[i] = source[i]
      i += 1
    }
    return count
  }

  /// The unit of `copyBlocks`.
  static let blockSize = 16

  /// Copies `count` bytes from `source` to `p` in whole blocks of `blockSize` bytes:
  /// both must have room for `count` rounded up to a block (what is copied past `count`
  /// is garbage, to be overwritten). No call to `memmove`, no loop set-up for long runs.
  @inline(__always)
  static func copyBlocks(_ source: UnsafePointer<UInt8>, count: Int, to p: UnsafeMutablePointer<UInt8>) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(p)
    var i = 0
    repeat {
      to.storeBytes(of: from.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self), toByteOffset: i, as: SIMD16<UInt8>.self)
      i &+= 16
    } while i < count
  }

  /// Whether any of the eight bytes in `word` is below 0x20, at least 0x7F, `"` or `\`.
  @inline(__always)
  private static func needsCare(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let control = (word &- ones &* 0x20) & ~word
    let upper = (word &+ ones) | word
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let quoteOrBackslash = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
    return (control | upper | quoteOrBackslash) & highs != 0
  }

  /// Writes `bytes` as a JSON string literal at `p`, which has room for
  /// `maxStringCount(bytes.count)` bytes, and returns how many bytes it wrote; nil when
  /// a byte needs `JSONValue.writeString(utf8:to:)` (what was written is then garbage).
  static func writeString(_ bytes: UnsafeBufferPointer<UInt8>, at p: UnsafeMutablePointer<UInt8>) -> Int? {
    p[0] = UInt8(ascii: "\"")
    guard let source = bytes.baseAddress else {
      p[1] = UInt8(ascii: "\"")
      return 2
    }
    let n = bytes.count
    var i = 0
    var j = 1
    while i < n {
      if i + 8 <= n {
        let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
        if !needsCare(word) {
          UnsafeMutableRawPointer(p + j).storeBytes(of: word, as: UInt64.self)
          i += 8
          j += 8
          continue
        }
      }
      let b = source[i]
      if b >= 0x20 && b < 0x7F {
        if b == 0x22 || b == 0x5C {
          p[j] = UInt8(ascii: "\\")
          j += 1
        }
        p[j] = b
        i += 1
        j += 1
        continue
      }
      if b < 0x80 {
        guard let letter = escapeLetter(b) else { return nil }
        p[j] = UInt8(ascii: "\\")
        p[j + 1] = letter
        i += 1
        j += 2
        continue
      }
      if b == 0xE2 && i + 2 < n && source[i + 1] == 0x80 && source[i + 2] & 0xFE == 0xA8 { return nil }
      let valid = UTF8Validation.validSequenceLength(in: bytes, at: i)
      if valid == 0 { return nil }
      for k in 0..<valid { p[j + k] = source[i + k] }
      i += valid
      j += valid
    }
    p[j] = UInt8(ascii: "\"")
    return j + 1
  }

  /// Bytes a `writeString(validUTF8:…)` may store past the end of what it returns: it
  /// copies eight bytes at a time.
  static let overrun = 8

  /// Flags (the top bit of a byte) the bytes of `word` that well-formed UTF-8 text may need
  /// escaped: below 0x20, DEL, `"`, `\`, and 0xE2, the lead byte of U+2028 and U+2029. A
  /// flag can also be set above a flagged byte (a borrow), never below the lowest one.
  @inline(__always)
  private static func careInValidUTF8(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func equal(_ byte: UInt64) -> UInt64 {
      let x = word ^ (ones &* byte)
      return (x &- ones) & ~x
    }
    let control = (word &- ones &* 0x20) & ~word
    return (control | equal(0x7F) | equal(0x22) | equal(0x5C) | equal(0xE2)) & highs
  }

  /// Writes well-formed UTF-8 `text` as a JSON string literal at `p`, which has room for
  /// `maxStringCount(text.count) + overrun` bytes, and returns how many bytes it wrote:
  /// the bytes `JSONValue.writeString(utf8:to:)` writes, without checking the UTF-8.
  ///
  /// Eight bytes at a time, also for the last few: the text may be read past its end up to
  /// `readableEnd` (the end of the buffer it lies in), so a short token costs one load, a
  /// test and one store.
  @inline(__always)
  static func writeString(
    validUTF8 text: UnsafePointer<UInt8>, count n: Int, readableEnd: UnsafePointer<UInt8>,
    at p: UnsafeMutablePointer<UInt8>
  ) -> Int {
    p[0] = UInt8(ascii: "\"")
    // Most tokens: at most eight bytes, none needing a look.
    if n <= 8 && text + 8 <= readableEnd {
      let word = UInt64(littleEndian: UnsafeRawPointer(text).loadUnaligned(as: UInt64.self))
      if careInValidUTF8(word) & ((1 &<< UInt64(truncatingIfNeeded: 8 &* n)) &- 1 | (n == 8 ? ~0 : 0)) == 0 {
        UnsafeMutableRawPointer(p + 1).storeBytes(of: word.littleEndian, as: UInt64.self)
        p[n &+ 1] = UInt8(ascii: "\"")
        return n &+ 2
      }
    }
    var i = 0
    var j = 1
    while i < n {
      let left = n - i
      if left >= 16 {
        // Sixteen bytes at a time where none needs a look (long texts: language runs).
        let raw = UnsafeRawPointer(text + i)
        let low = raw.loadUnaligned(as: UInt64.self)
        let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if careInValidUTF8(UInt64(littleEndian: low)) | careInValidUTF8(UInt64(littleEndian: high)) == 0 {
          UnsafeMutableRawPointer(p + j).storeBytes(of: low, as: UInt64.self)
          UnsafeMutableRawPointer(p + j).storeBytes(of: high, toByteOffset: 8, as: UInt64.self)
          i += 16
          j += 16
          continue
        }
      }
      if left >= 8 || text + i + 8 <= readableEnd {
        // Byte k of the text is byte k of `word` counted from the least significant.
        let word = UInt64(littleEndian: UnsafeRawPointer(text + i).loadUnaligned(as: UInt64.self))
        var flags = careInValidUTF8(word)
        if left < 8 { flags &= (1 &<< UInt64(truncatingIfNeeded: 8 * left)) &- 1 }
        UnsafeMutableRawPointer(p + j).storeBytes(of: word.littleEndian, as: UInt64.self)
        if flags == 0 {
          let k = min(left, 8)
          i += k
          j += k
          continue
        }
        let k = flags.trailingZeroBitCount >> 3
        i += k
        j += k
      }
      j += escapeOne(text, at: &i, count: n, to: p + j)
    }
    p[j] = UInt8(ascii: "\"")
    return j + 1
  }

  /// Writes the byte at `i` of well-formed UTF-8 `text` (or, for U+2028 and U+2029, its
  /// character) as `JSONValue.writeString` does, moves `i` past it, returns the count.
  @inline(never)
  private static func escapeOne(
    _ text: UnsafePointer<UInt8>, at i: inout Int, count n: Int, to p: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let b = text[i]
    i += 1
    switch b {
    case 0x22, 0x5C:
      p[0] = UInt8(ascii: "\\")
      p[1] = b
      return 2
    case 0x20..<0x7F, 0x80...:
      if b == 0xE2 && i + 1 < n && text[i] == 0x80 && text[i + 1] & 0xFE == 0xA8 {
        i += 2
        return write(text[i - 1] == 0xA8 ? "\\u2028" : "\\u2029", at: p)
      }
      p[0] = b
      return 1
    default:
      p[0] = UInt8(ascii: "\\")
      if let letter = escapeLetter(b) {
        p[1] = letter
        return 2
      }
      let hex: StaticString = "0123456789abcdef"
      p[1] = UInt8(ascii: "u")
      p[2] = UInt8(ascii: "0")
      p[3] = UInt8(ascii: "0")
      p[4] = hex.utf8Start[Int(b >> 4)]
      p[5] = hex.utf8Start[Int(b & 15)]
      return 6
    }
  }

  /// The letter after `\` for a line feed, carriage return or tab; nil for other bytes.
  @inline(__always)
  private static func escapeLetter(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x0A: UInt8(ascii: "n")
    case 0x0D: UInt8(ascii: "r")
    case 0x09: UInt8(ascii: "t")
    default: nil
    }
  }
}

extension ByteBuffer {
  /// The longest text that takes the fast path: its worst case is reserved up front.
  private static var fastStringLimit: Int { 1 << 18 }

  /// Appends UTF-8 bytes as a JSON string literal, as `JSONValue.writeString(utf8:to:)`
  /// does (ill-formed sequences become U+FFFD).
  func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>) {
    if bytes.count <= Self.fastStringLimit {
      var done = true
      append(reserving: JSONBytes.maxStringCount(bytes.count)) { p in
        if let written = JSONBytes.writeString(bytes, at: p) { return written }
        done = false
        return 0
      }
      if done { return }
    }
    var out = self
    JSONValue.writeString(utf8: bytes, to: &out)
  }

  /// Appends `text` as a JSON string literal.
  func appendJSONString(_ text: String) {
    var text = text
    text.withUTF8 { appendJSONString($0) }
  }

  /// Appends the decimal digits of `value`.
  @inline(__always)
  func appendDecimal(_ value: Int) {
    append(reserving: JSONBytes.maxDecimalCount) { JSONBytes.writeDecimal(value, at: $0) }
  }
}
