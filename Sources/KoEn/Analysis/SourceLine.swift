internal import CTokenBlock

/// One decoded scalar of the input with its byte position, class and traits. Sixteen bytes:
/// a line of n scalars takes 16n bytes while it is analysed.
struct SourceScalar: Sendable {
  /// UTF-8 byte offset of its first byte in the input.
  var offset: Int
  /// The scalar (U+FFFD for an invalid byte).
  var value: Unicode.Scalar
  /// Number of input bytes it spans (1–4).
  var byteCount: UInt8
  /// Its letter class.
  var letter: LetterClass
  /// What the passes over the line ask of it, worked out with the class.
  var traits: ScalarTraits

  init(offset: Int, value: Unicode.Scalar, byteCount: UInt8, letter: LetterClass) {
    self.offset = offset
    self.value = value
    self.byteCount = byteCount
    self.letter = letter
    self.traits = ScalarTraits(value, letter)
  }

  /// Number of input bytes it spans.
  var length: Int { Int(byteCount) }

  /// The Hangul syllable `value` (U+AC00–U+D7A3), three bytes at `offset`: a Korean letter
  /// with the traits of any scalar outside ASCII but a Latin letter, as the general
  /// initializer works them out (`SourceLineTests` checks every syllable).
  init(offset: Int, hangulSyllable value: Unicode.Scalar) {
    self.offset = offset
    self.value = value
    byteCount = 3
    letter = .korean
    traits = Self.syllableTraits
  }

  /// The traits of a Hangul syllable.
  static let syllableTraits = ScalarTraits("\u{AC00}", .korean)

  /// The Hangul syllable encoded by the three bytes at `i` (of `count` at `bytes`), if they
  /// are one.
  @inline(__always)
  static func hangulSyllable(_ bytes: UnsafePointer<UInt8>, at i: Int, count: Int) -> Unicode.Scalar? {
    // U+AC00–U+D7A3 is EA B0 80 through ED 9E A3.
    let b0 = bytes[i]
    guard b0 &- 0xEA < 4, count &- i >= 3 else { return nil }
    let b1 = bytes[i &+ 1]
    let b2 = bytes[i &+ 2]
    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
    let v = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
    guard v &- 0xAC00 <= 0xD7A3 - 0xAC00 else { return nil }
    return Unicode.Scalar(v)
  }
}

/// One line of the input, decoded, with its byte range (excluding the line break).
struct SourceLine: Sendable {
  /// 1-based line number.
  var number: Int
  /// Byte range in the input without the line break.
  var range: Range<Int>
  /// The line's scalars in order.
  var scalars: SourceScalars
  /// What the letter and capital passes ask of the scalars, counted at decoding when
  /// every scalar is ASCII (`unknown` otherwise, or when the line was not decoded).
  var asciiCounts = ASCIILineCounts.unknown

  /// Whether every scalar spans one byte: ASCII, or U+FFFD for an invalid byte, and no
  /// other scalar outside ASCII. Told by the counts alone: the range holds the scalars' bytes.
  var hasOneByteScalarsOnly: Bool { scalars.count == range.count }

  /// Whether the line is empty or whitespace only.
  var isBlank: Bool {
    if asciiCounts.isKnown { return asciiCounts.isBlank }
    return scalars.allSatisfy { $0.letter == .space }
  }

  /// Byte range of scalars `from...to` (inclusive indices).
  func byteRange(from: Int, through: Int) -> Range<Int> {
    scalars[from].offset..<(scalars[through].offset + scalars[through].length)
  }

  /// The text of scalars `from...through`.
  func text(from: Int, through: Int) -> String {
    guard from <= through else { return "" }
    return Self.text(of: scalars[from...through])
  }

  /// The whole line's text.
  var text: String { Self.text(of: scalars[...]) }

  /// The text of `scalars`, encoded straight into the string's storage.
  private static func text(of slice: Slice<SourceScalars>) -> String {
    slice.withUnsafeBufferPointer { text(of: $0) }
  }

  /// The text of `scalars`, encoded straight into the string's storage.
  static func text(of scalars: UnsafeBufferPointer<SourceScalar>) -> String {
    var length = 0
    for s in scalars { length &+= UTF8.width(s.value) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var k = 0
      for s in scalars { buffer.writeUTF8(s.value, at: &k) }
      return k
    }
  }

  /// Splits UTF-8 bytes into lines.
  ///
  /// Lines end at `\n`; a `\r` before it is excluded from the line's range. A final line
  /// break does not start another line, and empty input has no lines. Invalid bytes decode
  /// as U+FFFD one byte at a time, so offsets always point into the original input.
  ///
  /// - Complexity: O(n) in the number of bytes.
  static func split(_ bytes: some Collection<UInt8>) -> [SourceLine] {
    var lines: [SourceLine] = []
    var splitter = LineSplitter()
    splitter.push(bytes) { lines.append($0) }
    splitter.finish { lines.append($0) }
    return lines
  }

  /// Decodes the line `bytes` (without its `\n`), which starts at byte `offset` of the input,
  /// into scalars of their own.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int, number: Int) -> SourceLine {
    var pool = ScalarPool()
    return decode(bytes, offset: offset, number: number, pool: &pool)
  }

  /// Decodes the line `bytes` (without its `\n`), which starts at byte `offset` of the input,
  /// its scalars into room taken from `pool`.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, offset: Int, number: Int, pool: inout ScalarPool
  ) -> SourceLine {
    let n = bytes.count
    var stop = offset + n
    let scalars: SourceScalars
    if n <= directDecodingLimit {
      // At most one scalar per byte: room taken for n, then the line decoded straight into
      // it, an ASCII byte by two stores (most lines of an English page have nothing else).
      scalars = pool.decode(capacity: n) { out in
        var k = decodeDirect(bytes, offset: offset, into: out)
        if k > 0, out[k &- 1].value == "\r" {
          k -= 1
          stop -= 1
        }
        return k
      }
    } else {
      var decoded: [SourceScalar] = []
      // Bytes that start a scalar: the exact count on well-formed text.
      var starts = 0
      for b in bytes where b & 0xC0 != 0x80 { starts += 1 }
      decoded.reserveCapacity(starts)
      var i = 0
      while i < n {
        let (scalar, length) = decode(bytes, at: i)
        decoded.append(
          SourceScalar(offset: offset + i, value: scalar, byteCount: UInt8(length), letter: LetterClass(scalar)))
        i += length
      }
      if let last = decoded.last, last.value == "\r" {
        decoded.removeLast()
        stop -= 1
      }
      scalars = SourceScalars(decoded)
    }
    let counts = ASCIILineCounts(UnsafeBufferPointer(rebasing: bytes[..<(stop - offset)]))
    return SourceLine(number: number, range: offset..<stop, scalars: scalars, asciiCounts: counts)
  }

  /// Decodes the line `bytes` at `out`, which has room for one scalar per byte (it always
  /// fills less or exactly); returns the number of scalars written.
  @inline(__always)
  private static func decodeDirect(
    _ bytes: UnsafeBufferPointer<UInt8>, offset: Int, into out: UnsafeMutablePointer<SourceScalar>
  ) -> Int {
    let n = bytes.count
    guard let input = bytes.baseAddress else { return 0 }
    return asciiTails.withUnsafeBufferPointer { tails in
      var i = 0
      var k = 0
      while i < n {
        // Eight ASCII bytes, told by one load and one test, start a run of ASCII that C
        // decodes to its end (the whole of most lines of an English page), a table's
        // gather for four scalars where the processor can.
        if n &- i >= 8 {
          let eight = UnsafeRawPointer(input + i).loadUnaligned(as: UInt64.self)
          if eight & 0x8080_8080_8080_8080 == 0, let table = tails.baseAddress {
            let run = Int(
              koen_decode_ascii(
                input + i, Int64(n &- i), Int64(offset &+ i), table,
                UnsafeMutableRawPointer(out + k).assumingMemoryBound(to: UInt8.self)))
            i &+= run
            k &+= run
            continue
          }
        }
        let b0 = input[i]
        if b0 < 0x80 {
          let slot = UnsafeMutableRawPointer(out + k)
          slot.storeBytes(of: offset &+ i, as: Int.self)
          slot.storeBytes(of: tails[Int(b0)], toByteOffset: 8, as: UInt64.self)
          i &+= 1
        } else if let syllable = SourceScalar.hangulSyllable(input, at: i, count: n) {
          // A Hangul syllable (most scalars of a Korean line outside ASCII): its class
          // and traits are those of every syllable.
          (out + k).initialize(to: SourceScalar(offset: offset &+ i, hangulSyllable: syllable))
          i &+= 3
        } else {
          let (scalar, length) = SourceLine.decode(bytes, at: i)
          (out + k).initialize(
            to: SourceScalar(
              offset: offset &+ i, value: scalar, byteCount: UInt8(truncatingIfNeeded: length),
              letter: LetterClass(scalar)))
          i &+= length
        }
        k &+= 1
      }
      return k
    }
  }

  /// The last eight of the sixteen bytes of the `SourceScalar` of each ASCII byte (its
  /// value, length 1, letter class and traits), taken from the scalars themselves: after the
  /// eight bytes of its offset, which lead the type (checked here), they make the whole.
  static let asciiTails: [UInt64] = {
    precondition(
      MemoryLayout<SourceScalar>.stride == 16 && MemoryLayout<SourceScalar>.offset(of: \.offset) == 0
        && MemoryLayout<Int>.size == 8, "SourceScalar is no longer an offset and eight bytes")
    return (0..<128).map { b in
      let scalar = Unicode.Scalar(UInt8(b))
      var bytes: (UInt64, UInt64) = (0, 0)
      withUnsafeMutableBytes(of: &bytes) {
        $0.storeBytes(of: SourceScalar(offset: 0, value: scalar, byteCount: 1, letter: LetterClass(scalar)), as: SourceScalar.self)
      }
      return bytes.1
    }
  }()

  /// The longest line decoded into storage sized for one scalar per byte (16 bytes of it per
  /// input byte); longer lines count their scalars first.
  static let directDecodingLimit = 1 << 16

  /// Decodes one scalar at `i`, or U+FFFD with length 1 for an invalid sequence.
  fileprivate static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let b0 = bytes[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    let replacement: (Unicode.Scalar, Int) = ("\u{FFFD}", 1)
    let n = bytes.count
    func cont(_ k: Int) -> UInt32? {
      guard i + k < n, bytes[i + k] & 0xC0 == 0x80 else { return nil }
      return UInt32(bytes[i + k] & 0x3F)
    }
    var value: UInt32
    var length: Int
    switch b0 {
    case 0xC2...0xDF:
      guard let c1 = cont(1) else { return replacement }
      value = (UInt32(b0 & 0x1F) << 6) | c1
      length = 2
    case 0xE0...0xEF:
      guard let c1 = cont(1), let c2 = cont(2) else { return replacement }
      value = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
      length = 3
      if value < 0x800 || (0xD800...0xDFFF).contains(value) { return replacement }
    case 0xF0...0xF4:
      guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return replacement }
      value = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
      length = 4
      if value < 0x10000 || value > 0x10FFFF { return replacement }
    default:
      return replacement
    }
    guard let scalar = Unicode.Scalar(value) else { return replacement }
    return (scalar, length)
  }
}

extension UnsafeMutableBufferPointer<UInt8> {
  /// Writes `scalar` in UTF-8 at `k`, advancing `k` past it (room is the caller's to make).
  @inline(__always)
  func writeUTF8(_ scalar: Unicode.Scalar, at k: inout Int) {
    let v = scalar.value
    if v < 0x80 {
      self[k] = UInt8(truncatingIfNeeded: v)
      k += 1
    } else {
      UTF8.encode(scalar) { byte in
        self[k] = byte
        k += 1
      }
    }
  }
}
