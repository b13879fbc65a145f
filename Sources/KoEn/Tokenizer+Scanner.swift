// The ASCII tables are C constants (`token_tables.h`), read by the inlined iteration.
public import CTokenBlock

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

/// The word-boundary engine: UAX #29's word rules as ICU applies them, with KoEn's
/// deliberate differences (see Documentation/Tokenization.md), over UTF-8 bytes.
///
/// Each call finds the token that starts at a boundary. The fast paths decide the common
/// tokens from bytes and at most one table lookup: runs of spaces, single ASCII marks and
/// runs of precomposed Hangul (this file), ASCII words and numbers with the marks that join
/// them (`Tokenizer+ASCIIWords.swift`), and what may end a word or stand alone outside
/// ASCII (`Tokenizer+WordEnds.swift`). Everything else goes to the generic scan
/// (`Tokenizer+WordRules.swift`), one scalar at a time over the `CharacterClass` table.
///
/// The scanner holds only its bytes: its tables are constants (`CTokenBlock`'s
/// `token_tables.h`) or the process's `CharacterClassTable`, so that `Tokenizer.Iterator`,
/// which holds a scanner, stays small enough for the compiler to keep its state in
/// registers (see `Tokenizer.Iterator`).
@usableFromInline
struct TokenScanner: @unchecked Sendable {
  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let count: Int

  @usableFromInline
  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
    _ = CharacterClassTable.shared  // built before `classes` is read
  }

  /// The classes of code points, for everything the ASCII tables do not decide: the
  /// process's table, built by `init` (`CharacterClassTable.built`).
  @usableFromInline var classes: CharacterClassTable { CharacterClassTable.built.unsafelyUnwrapped }

  /// The bytes `[A-Za-z0-9_]` by their role in an ASCII word: 1 letter, 2 digit, 4 `_`.
  @inlinable var wordClass: UnsafePointer<UInt8> { koen_ascii_word_classes() }

  /// What the byte after an ASCII word says about its end (`koen_ascii_word_ends`).
  @inlinable var wordEnds: UnsafePointer<UInt8> { koen_ascii_word_ends() }

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
  /// one ASCII punctuation mark or symbol, an ASCII word or number (`asciiWordOrNumber`), a run of
  /// Hangul syllables, one punctuation mark or symbol outside ASCII (`“`, `—`, `•`). Nil
  /// when the generic scan must decide (it starts again from `start`).
  @inlinable @inline(__always)
  func fastScan(from start: Int) -> RawToken? {
    let b0 = base[start]
    if b0 == 0x20 { return spaces(from: start) }
    if b0 >= 0x80 { return hangulWord(from: start) }
    let w0 = wordClass[Int(b0)]
    if w0 != 0 { return asciiWordOrNumber(from: start, first: w0) }
    let next = start &+ 1
    switch b0 {
    case 0x0A, 0x0B, 0x0C:
      return RawToken(end: next, kind: .lineBreak, script: 0, language: .zxx)
    case 0x0D, UInt8(ascii: "@"):
      return nil  // CRLF; "@" is a letter to ICU
    default:
      guard next == count || base[next] < 0x80 || nothingJoins(at: next, spaces: false) else {
        return nil
      }
      return RawToken(end: next, kind: TokenBlock.plainKind(b0), script: 0, language: .zxx)
    }
  }

  /// A run of ASCII spaces starting at `start`, unless a mark, a format character or
  /// another space (WB3d, WB4) joins it. One space before a printable ASCII byte or a
  /// Hangul syllable, the common case, is decided from that byte alone.
  @inlinable @inline(__always)
  func spaces(from start: Int) -> RawToken? {
    let next = start &+ 1
    if next < count && (base[next] &- 0x21 < 0x5F || startsWithHangulSyllable(at: next)) {
      return RawToken(end: next, kind: .whitespace, script: 0, language: .zxx)
    }
    return spaceRun(from: start)
  }

  /// `spaces` for a longer run, or one before a control, a byte outside ASCII or the end.
  @usableFromInline
  func spaceRun(from start: Int) -> RawToken? {
    // Eight bytes at a time (runs of indentation are often longer), the rest byte by byte.
    var j = start &+ 1
    while j &+ 8 <= count {
      let x = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
      let notSpace = x ^ 0x2020_2020_2020_2020
      if notSpace != 0 {
        j &+= notSpace.trailingZeroBitCount &>> 3
        break
      }
      j &+= 8
    }
    while j < count && base[j] == 0x20 { j &+= 1 }
    guard
      j == count || base[j] < 0x80 || startsWithHangulSyllable(at: j)
        || nothingJoins(at: j, spaces: true)
    else {
      return nil
    }
    return RawToken(end: j, kind: .whitespace, script: 0, language: .zxx)
  }

  /// A run of precomposed Hangul syllables starting at `start`, when what follows cannot
  /// join it (`hangulWordEnds`); else one punctuation mark or symbol (`loneScalar`).
  @inlinable @inline(__always)
  func hangulWord(from start: Int) -> RawToken? {
    let j = hangulSyllablesEnd(from: start)
    guard j > start else { return loneScalar(from: start) }
    guard j == count || hangulWordEnds(at: j) else { return hangulWordAcrossHyphens(from: start, runEnd: j) }
    return RawToken(end: j, kind: .word, script: ScriptCode.hangul, language: .ko)
  }

  /// The end of the run of precomposed Hangul syllables (U+AC00–U+D7A3, the bytes
  /// EA B0 80 … ED 9E A3) from `i`. While four bytes remain, a syllable is one four-byte
  /// load: two continuation bytes, and the first three bytes, read big-endian, in that
  /// range (UTF-8 keeps the order of code points). The last syllables go byte by byte.
  @inlinable @inline(__always)
  func hangulSyllablesEnd(from i: Int) -> Int {
    var j = i
    let lastLoad = count &- 4
    while j <= lastLoad {
      let x = UInt32(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt32.self))
      guard x & 0x00C0_C000 == 0x0080_8000, x.byteSwapped &- 0xEAB0_8000 <= 0xED9E_A3FF - 0xEAB0_8000
      else { return j }
      j &+= 3
    }
    return hangulSyllablesTail(from: j)
  }

  /// `hangulSyllablesEnd` within the last three bytes of the input, byte by byte; out of
  /// line, so that the callers' loops stay small enough to inline their fast paths.
  @usableFromInline
  func hangulSyllablesTail(from i: Int) -> Int {
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
  /// Extend, Format nor ZWJ (WB4), nor, after spaces, another space (WB3d). Out of line:
  /// rare, and it keeps the callers' loops small enough to inline their fast paths.
  @usableFromInline
  func nothingJoins(at j: Int, spaces: Bool) -> Bool {
    if startsWithHangulSyllable(at: j) { return true }  // the common case: `(한`, `"국`
    let (cp, length) = decode(j)
    guard length > 0 else { return true }  // invalid bytes are a token of their own
    let k = info(cp).wordBreak
    if k.isIgnorable { return false }
    return !(spaces && k == .wSegSpace)
  }

  /// The kind of a token made of one ASCII byte that is not a letter, digit or space, from
  /// the table of classes (`koen_plain_token_kinds` holds the same for every such byte).
  static func asciiKind(_ b: UInt8, in classes: CharacterClassTable) -> TokenKind {
    switch classes.lookupASCII(b).category {
    case .punctuation: return .punctuation
    case .space: return .whitespace
    default: return .symbol
    }
  }
}
