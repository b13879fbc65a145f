/// A token found by the scanner, before its language is settled from its neighbours.
@usableFromInline
struct RawToken {
  @usableFromInline var end: Int
  @usableFromInline var kind: TokenKind
  @usableFromInline var script: Int32
  /// The language from the token's own letters; `nil` for Han with no kana or Hangul,
  /// whose language depends on the context.
  @usableFromInline var language: Language?

  @inlinable
  init(end: Int, kind: TokenKind, script: Int32, language: Language?) {
    self.end = end
    self.kind = kind
    self.script = script
    self.language = language
  }
}

/// The bytes `[A-Za-z0-9_]` by their role in an ASCII word: 1 letter, 2 digit, 4 underscore.
nonisolated(unsafe) let asciiWordClass: UnsafePointer<UInt8> = {
  let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
  table.initialize(repeating: 0, count: 256)
  for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = 1 }
  for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = 1 }
  for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = 2 }
  table[Int(UInt8(ascii: "_"))] = 4
  return UnsafePointer(table)
}()

/// The word-boundary engine: UAX #29's word rules as ICU applies them, with KoEn's
/// deliberate differences (see Documentation/Tokenization.md), over UTF-8 bytes.
///
/// Each call finds the token that starts at a boundary. The fast paths (this file) decide
/// the common tokens from bytes alone: runs of ASCII letters and digits, runs of spaces,
/// single ASCII marks, runs of precomposed Hangul. Everything else
/// goes to the generic scan (`Tokenizer+WordRules.swift`), one scalar at a time over the
/// `CharacterClass` table.
@usableFromInline
struct TokenScanner: @unchecked Sendable {
  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let count: Int
  @usableFromInline let classes: CharacterClassTable
  @usableFromInline let wordClass: UnsafePointer<UInt8>

  @usableFromInline
  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
    self.classes = CharacterClassTable.shared
    self.wordClass = asciiWordClass
  }

  /// Decodes the scalar at `i` (which must be `< count`): its code point and length, or
  /// length 0 when the bytes at `i` are not well-formed UTF-8.
  @inlinable @inline(__always)
  func decode(_ i: Int) -> (UInt32, Int) {
    let b0 = base[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    let rest = count - i
    switch b0 {
    case 0xC2...0xDF:
      guard rest >= 2 else { return (0, 0) }
      let b1 = base[i + 1]
      guard b1 & 0xC0 == 0x80 else { return (0, 0) }
      return (UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F), 2)
    case 0xE0...0xEF:
      guard rest >= 3 else { return (0, 0) }
      let b1 = base[i + 1]
      let b2 = base[i + 2]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return (0, 0) }
      let cp = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
      guard cp >= 0x800, cp & 0xF800 != 0xD800 else { return (0, 0) }
      return (cp, 3)
    case 0xF0...0xF4:
      guard rest >= 4 else { return (0, 0) }
      let b1 = base[i + 1]
      let b2 = base[i + 2]
      let b3 = base[i + 3]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return (0, 0) }
      let cp =
        UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6
        | UInt32(b3 & 0x3F)
      guard cp >= 0x10000, cp <= 0x10FFFF else { return (0, 0) }
      return (cp, 4)
    default:
      return (0, 0)
    }
  }

  @inlinable @inline(__always)
  func info(_ codePoint: UInt32) -> CharacterClass { classes.lookup(codePoint) }

  /// Finds the token that starts at `start` (a boundary, `< count`).
  @inlinable @inline(__always)
  func scan(from start: Int) -> RawToken {
    if let token = fastScan(from: start) { return token }
    return fullScan(from: start)
  }

  /// The common tokens, decided without the generic rules: a run of spaces, a line break,
  /// one ASCII punctuation mark or symbol, an ASCII word or number followed by something
  /// that cannot join it (a space, most ASCII punctuation, a Hangul syllable: letters of the
  /// two scripts never join, digits never join Hangul), a run of Hangul syllables. Nil when
  /// the generic scan must decide (it starts again from `start`).
  @inlinable @inline(__always)
  func fastScan(from start: Int) -> RawToken? {
    let b0 = base[start]
    if b0 == 0x20 { return spaces(from: start) }
    if b0 >= 0x80 { return hangulWord(from: start) }
    let w0 = wordClass[Int(b0)]
    let next = start &+ 1
    if w0 == 0 {
      switch b0 {
      case 0x0A, 0x0B, 0x0C:
        return RawToken(end: next, kind: .lineBreak, script: 0, language: .zxx)
      case 0x0D, UInt8(ascii: "@"):
        return nil  // CRLF; "@" is a letter to ICU
      default:
        guard next == count || base[next] < 0x80 || nothingJoins(at: next, spaces: false) else {
          return nil
        }
        return RawToken(end: next, kind: asciiKind(b0), script: 0, language: .zxx)
      }
    }
    // A run of ASCII letters, digits and underscores: a plain byte loop, the cheapest for
    // the short words of running text (see `asciiWordRun` for long runs).
    var seen = w0
    var j = next
    while j < count {
      let w = wordClass[Int(base[j])]
      if w == 0 { break }
      seen |= w
      j &+= 1
    }
    if j < count {
      let b = base[j]
      if b >= 0x80 {
        guard startsWithHangulSyllable(at: j) else { return nil }
      } else if asciiWordMayContinue(terminator: b, at: j) {
        return nil
      }
    }
    if seen & 1 != 0 { return RawToken(end: j, kind: .word, script: ScriptCode.latin, language: .en) }
    if seen & 2 != 0 { return RawToken(end: j, kind: .number, script: 0, language: .zxx) }
    return nil
  }

  /// A run of ASCII spaces starting at `start`, unless a mark, a format character or
  /// another space (WB3d, WB4) joins it.
  @inlinable @inline(__always)
  func spaces(from start: Int) -> RawToken? {
    var j = start &+ 1
    while j < count && base[j] == 0x20 { j &+= 1 }
    guard
      j == count || base[j] < 0x80 || startsWithHangulSyllable(at: j)
        || nothingJoins(at: j, spaces: true)
    else {
      return nil
    }
    return RawToken(end: j, kind: .whitespace, script: 0, language: .zxx)
  }

  /// Whether the ASCII byte `b` at `j`, right after a run of ASCII letters and digits, may
  /// continue the token: a joiner (WB6/7, WB11/12), a hyphen or an e-mail character before
  /// a letter or digit (or "@"), "@" itself, or "://" after a URL's scheme.
  @inlinable @inline(__always)
  func asciiWordMayContinue(terminator b: UInt8, at j: Int) -> Bool {
    switch b {
    case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"),
      UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "%"):
      guard j &+ 1 < count else { return false }
      let after = base[j &+ 1]
      return after >= 0x80 || wordClass[Int(after)] != 0 || after == UInt8(ascii: "@")
    case UInt8(ascii: ":"):
      return j &+ 1 < count && base[j &+ 1] == UInt8(ascii: "/")
    case UInt8(ascii: "@"):
      return true  // "@" is a letter to ICU; maybe an e-mail address
    default:
      return false
    }
  }

  /// The end of the run of ASCII letters, digits and underscores from `i`, and which of
  /// them it holds (the bits of `asciiWordClass`).
  ///
  /// The first eight bytes go one at a time through `asciiWordClass`: most words are
  /// shorter, and for them a byte loop costs fewer instructions than classifying a whole
  /// word of eight bytes (measured with callgrind on the benchmark inputs). A longer run
  /// (a long word or identifier, a number, a hash) goes on eight bytes at a time: a byte
  /// is in the run when its high bit is clear and it is a letter (`b | 0x20` in `a…z`), a
  /// digit or `_`; each range test is two additions whose high bits say "at least the low
  /// end" and "above the high end", and with the high bits cleared first no addition
  /// carries into the next byte.
  @inlinable @inline(__always)
  func asciiWordRun(from i: Int) -> (end: Int, seen: UInt8) {
    var j = i
    var seen: UInt8 = 0
    let firstEnd = Swift.min(count, i &+ 8)
    while j < firstEnd {
      let w = wordClass[Int(base[j])]
      if w == 0 { return (j, seen) }
      seen |= w
      j &+= 1
    }
    j = longWordRunEnd(from: j, seen: &seen)
    while j < count {
      let w = wordClass[Int(base[j])]
      if w == 0 { break }
      seen |= w
      j &+= 1
    }
    return (j, seen)
  }

  /// The end of a long run of ASCII letters, digits and underscores from `i`, eight bytes
  /// at a time while eight remain (the caller finishes the last few), adding what it holds
  /// to `seen`.
  @usableFromInline
  func longWordRunEnd(from i: Int, seen: inout UInt8) -> Int {
    var j = i
    let high: UInt64 = 0x8080_8080_8080_8080
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let ones: UInt64 = 0x0101_0101_0101_0101
    var letters: UInt64 = 0
    var digits: UInt64 = 0
    var underscores: UInt64 = 0
    while j &+ 8 <= count {
      let x = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
      let x7 = x & low7
      let folded = x7 | (ones &* 0x20)
      let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
      let digit = (x7 &+ ones &* (0x80 - 0x30)) & ~(x7 &+ ones &* (0x7F - 0x39))
      let underscore = ~((x7 ^ (ones &* 0x5F)) &+ low7)
      let outside = ~((letter | digit | underscore) & ~x) & high
      let inRun = outside == 0 ? ~0 : (outside &- 1) & ~outside  // bits before the first byte outside
      letters |= letter & inRun
      digits |= digit & inRun
      underscores |= underscore & inRun
      if outside != 0 {
        j &+= outside.trailingZeroBitCount &>> 3
        break
      }
      j &+= 8
    }
    if letters & high != 0 { seen |= 1 }
    if digits & high != 0 { seen |= 2 }
    if underscores & high != 0 { seen |= 4 }
    return j
  }

  /// A run of precomposed Hangul syllables starting at `start`, when what follows is
  /// ASCII other than a hyphen (which may join another Hangul word).
  @inlinable @inline(__always)
  func hangulWord(from start: Int) -> RawToken? {
    let j = hangulSyllablesEnd(from: start)
    guard j > start, j == count || (base[j] < 0x80 && base[j] != UInt8(ascii: "-")) else {
      return nil
    }
    return RawToken(end: j, kind: .word, script: ScriptCode.hangul, language: .ko)
  }

  /// The end of the run of precomposed Hangul syllables (U+AC00–U+D7A3, the bytes
  /// EA B0 80 … ED 9E A3) from `i`, by range checks on the lead and second bytes.
  @inlinable @inline(__always)
  func hangulSyllablesEnd(from i: Int) -> Int {
    var j = i
    while j &+ 2 < count {
      let c0 = base[j]
      let c1 = base[j &+ 1]
      let c2 = base[j &+ 2]
      guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { break }
      if c0 &- 0xEB < 2 {  // EB, EC: U+B000–U+CFFF
        j &+= 3
      } else if c0 == 0xEA && c1 >= 0xB0 {
        j &+= 3
      } else if c0 == 0xED && (c1 < 0x9E || (c1 == 0x9E && c2 <= 0xA3)) {
        j &+= 3
      } else {
        break
      }
    }
    return j
  }

  /// Whether a lead byte at `j` begins a scalar from U+AC00 to U+D7FF (Hangul syllables
  /// and jamo): never Extend, Format, ZWJ or a space, so a space or mark run before it ends.
  @inlinable @inline(__always)
  func startsWithHangulSyllable(at j: Int) -> Bool {
    let c0 = base[j]
    if c0 &- 0xEB < 2 { return true }
    guard j &+ 1 < count else { return false }
    let c1 = base[j &+ 1]
    return (c0 == 0xEA && c1 >= 0xB0) || (c0 == 0xED && c1 < 0xA0)
  }

  /// Whether the non-ASCII scalar at `j` starts a new token after an ASCII space run
  /// (`spaces`) or one ASCII punctuation mark or symbol: it is well-formed and neither
  /// Extend, Format nor ZWJ (WB4), nor, after spaces, another space (WB3d).
  @inlinable @inline(__always)
  func nothingJoins(at j: Int, spaces: Bool) -> Bool {
    let (cp, length) = decode(j)
    guard length > 0 else { return true }  // invalid bytes are a token of their own
    let k = info(cp).wordBreak
    if k.isIgnorable { return false }
    return !(spaces && k == .wSegSpace)
  }

  /// The kind of a token made of one ASCII byte that is not a letter, digit or space.
  @inlinable @inline(__always)
  func asciiKind(_ b: UInt8) -> TokenKind {
    switch classes.lookupASCII(b).category {
    case .punctuation: return .punctuation
    case .space: return .whitespace
    default: return .symbol
    }
  }
}
