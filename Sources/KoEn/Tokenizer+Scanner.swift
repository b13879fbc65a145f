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

/// Effective word-break classes of KoEn's own, beyond ICU's `Word_Break` values.
enum KoEnClass {
  /// Han ideographs and hiragana: UAX #29 leaves them `Other` (ICU breaks them with its
  /// dictionary); KoEn keeps a run of them, and Hanja glued to Hangul, in one word.
  static let cjk: UInt32 = 30
  /// Letters of scripts written without spaces (Thai…): kept as one run.
  static let complex: UInt32 = 31
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
/// Each call finds the token that starts at a boundary. Fast paths: runs of ASCII letters
/// and digits, runs of spaces, runs of precomposed Hangul; everything else goes through
/// one generic step per scalar over the classification table.
@usableFromInline
struct TokenScanner: @unchecked Sendable {
  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let count: Int
  @usableFromInline let table: UnsafePointer<UInt32>
  @usableFromInline let wordClass: UnsafePointer<UInt8>

  @usableFromInline
  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
    self.table = bmpCharInfo
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
  func info(_ codePoint: UInt32) -> CharInfo {
    codePoint < 0x10000 ? CharInfo(raw: table[Int(codePoint)]) : supplementaryCharInfo(codePoint)
  }

  /// The class and group of the next scalar at or after `j` that is not Extend, Format or
  /// ZWJ (UAX #29's WB4), or nil at the end, at a line break or at invalid bytes.
  @inline(__always)
  func nextBase(after j: Int) -> CharInfo? {
    var j = j
    while j < count {
      let (cp, len) = decode(j)
      if len == 0 { return nil }
      let inf = info(cp)
      let k = UInt32(inf.wordBreak)
      if k == WB.extend || k == WB.format || k == WB.zwj {
        j += len
        continue
      }
      return inf
    }
    return nil
  }

  @inline(__always)
  static func isKorean(_ group: UInt8) -> Bool {
    group == ScriptGroup.hangul || group == ScriptGroup.han
  }

  @inline(__always)
  static func isAHLetter(_ k: UInt32) -> Bool { k == WB.aLetter || k == WB.hebrewLetter }

  /// The effective class of a scalar: its `Word_Break` value, or KoEn's own class for Han,
  /// hiragana and the scripts written without spaces.
  @inline(__always)
  static func effectiveClass(_ inf: CharInfo) -> UInt32 {
    let g = inf.group
    let k = UInt32(inf.wordBreak)
    if g == ScriptGroup.han || (g == ScriptGroup.kana && k != WB.katakana) { return KoEnClass.cjk }
    if g == ScriptGroup.complex { return KoEnClass.complex }
    return k
  }

  /// Finds the token that starts at `start` (a boundary, `< count`).
  @inlinable @inline(__always)
  func scan(from start: Int) -> RawToken {
    if let token = fastScan(from: start) { return token }
    return fullScan(from: start)
  }

  /// The common tokens, decided without the generic rules: an ASCII word or number
  /// followed by a byte that cannot join it, a run of spaces, one ASCII punctuation mark
  /// or symbol, a line break, a run of Hangul syllables followed by ASCII. Nil when the
  /// generic scan must decide (it starts again from `start`).
  @inlinable @inline(__always)
  func fastScan(from start: Int) -> RawToken? {
    let b0 = base[start]
    if b0 < 0x80 {
      let w0 = wordClass[Int(b0)]
      if w0 == 0 {
        let next = start &+ 1
        switch b0 {
        case 0x20:
          var j = next
          while j < count && base[j] == 0x20 { j &+= 1 }
          guard
            j == count || base[j] < 0x80 || startsWithHangulSyllable(at: j)
              || nothingJoins(at: j, spaces: true)
          else {
            return nil
          }
          return RawToken(end: j, kind: .whitespace, script: 0, language: .zxx)
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
      // A run of ASCII letters, digits and underscores.
      if w0 == 1 {
        let second = start &+ 1 < count ? base[start &+ 1] | 0x20 : 0
        switch (b0 | 0x20, second) {
        case (UInt8(ascii: "h"), UInt8(ascii: "t")), (UInt8(ascii: "f"), UInt8(ascii: "t")),
          (UInt8(ascii: "f"), UInt8(ascii: "i")), (UInt8(ascii: "w"), UInt8(ascii: "w")):
          return nil  // maybe a URL
        default: break
        }
      }
      var seen = w0
      var j = start &+ 1
      while j < count {
        let w = wordClass[Int(base[j])]
        if w == 0 { break }
        seen |= w
        j &+= 1
      }
      if j < count {
        let b = base[j]
        guard b < 0x80 else { return nil }
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"),
          UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "%"):
          // A joiner (WB6/7, WB11/12), a hyphen or an e-mail address needs a letter or
          // digit (or "@") right after it; anything else ASCII ends the word here.
          if j &+ 1 < count {
            let after = base[j &+ 1]
            if after >= 0x80 || wordClass[Int(after)] != 0 || after == UInt8(ascii: "@") {
              return nil
            }
          }
        case UInt8(ascii: "@"):
          return nil  // "@" is a letter to ICU; maybe an e-mail address
        default: break
        }
      }
      if seen & 1 != 0 {
        return RawToken(end: j, kind: .word, script: 25 /* Latn */, language: .en)
      }
      if seen & 2 != 0 {
        return RawToken(end: j, kind: .number, script: 0, language: .zxx)
      }
      return nil
    }
    // A run of precomposed Hangul syllables (U+AC00–U+D7A3: EA B0 80 … ED 9E A3).
    var j = start
    while j &+ 2 < count {
      let c0 = base[j]
      let c1 = base[j &+ 1]
      let c2 = base[j &+ 2]
      guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { break }
      if c0 == 0xEB || c0 == 0xEC {
        j &+= 3
      } else if c0 == 0xEA && c1 >= 0xB0 {
        j &+= 3
      } else if c0 == 0xED && (c1 < 0x9E || (c1 == 0x9E && c2 <= 0xA3)) {
        j &+= 3
      } else {
        break
      }
    }
    // Anything ASCII ends a Hangul word, except a hyphen that may join another one.
    guard j > start, j == count || (base[j] < 0x80 && base[j] != UInt8(ascii: "-")) else {
      return nil
    }
    return RawToken(end: j, kind: .word, script: 18 /* Hang */, language: .ko)
  }

  /// Whether a lead byte at `j` begins a scalar from U+AC00 to U+D7FF (Hangul syllables
  /// and jamo): never Extend, Format, ZWJ or a space, so a space or mark run before it ends.
  @inlinable @inline(__always)
  func startsWithHangulSyllable(at j: Int) -> Bool {
    let c0 = base[j]
    if c0 == 0xEB || c0 == 0xEC { return true }
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
    let k = UInt32(info(cp).wordBreak)
    if k == WB.extend || k == WB.format || k == WB.zwj { return false }
    return !(spaces && k == WB.wSegSpace)
  }

  /// The kind of a token made of one ASCII byte that is not a letter, digit or space.
  @inlinable @inline(__always)
  func asciiKind(_ b: UInt8) -> TokenKind {
    let category = UInt32(CharInfo(raw: table[Int(b)]).category)
    switch category {
    case CharCategory.punctuation: return .punctuation
    case CharCategory.space: return .whitespace
    default: return .symbol
    }
  }

  /// The generic scan: UAX #29 with KoEn's differences, one scalar at a time after the
  /// fast loops.
  @usableFromInline
  func fullScan(from start: Int) -> RawToken {
    let b0 = base[start]
    // URLs start with a letter: check the few that can begin a scheme or "www.".
    if b0 < 0x80, wordClass[Int(b0)] == 1 {
      let second = start + 1 < count ? base[start + 1] | 0x20 : 0
      switch (b0 | 0x20, second) {
      case (UInt8(ascii: "h"), UInt8(ascii: "t")), (UInt8(ascii: "f"), UInt8(ascii: "t")),
        (UInt8(ascii: "f"), UInt8(ascii: "i")), (UInt8(ascii: "w"), UInt8(ascii: "w")):
        if let end = urlEnd(from: start) {
          return RawToken(end: end, kind: .url, script: Script.latin.rawValue, language: .zxx)
        }
      default: break
      }
    }
    let (cp0, len0) = decode(start)
    if len0 == 0 {
      let buffer = UnsafeBufferPointer(start: base, count: count)
      let length = UTF8Validation.invalidSequenceLength(in: buffer, at: start)
      return RawToken(
        end: start + length, kind: .invalid, script: Script.unknown.rawValue, language: .zxx)
    }
    let first = info(cp0)
    let k0 = UInt32(first.wordBreak)
    switch k0 {
    case WB.cr:
      let end = start + 1 < count && base[start + 1] == 0x0A ? start + 2 : start + 1
      return RawToken(end: end, kind: .lineBreak, script: 0, language: .zxx)
    case WB.lf, WB.newline:
      return RawToken(end: start + len0, kind: .lineBreak, script: 0, language: .zxx)
    default: break
    }

    var i = start + len0
    var prev = TokenScanner.effectiveClass(first)
    var prevGroup = first.group
    var groups: UInt8 = first.group == 0 ? 0 : 1 << first.group
    var letterScript: Int32 = first.group == 0 ? -1 : first.script
    var sawDigit = k0 == WB.numeric
    var sawAt = cp0 == 0x40
    var lastRawZWJ = k0 == WB.zwj
    var lastRawSpace = k0 == WB.wSegSpace
    var riCount = k0 == WB.regionalIndicator ? 1 : 0

    scanning: while i < count {
      let b = base[i]
      // Fast path: ASCII letters, digits and underscores continuing a non-Korean word.
      if b < 0x80 {
        let w = wordClass[Int(b)]
        if w != 0, prevGroup != ScriptGroup.hangul, prevGroup != ScriptGroup.han,
          prev == WB.aLetter || prev == WB.numeric || prev == WB.extendNumLet
        {
          var seen: UInt8 = 0
          var last: UInt8 = 0
          var j = i
          repeat {
            last = wordClass[Int(base[j])]
            seen |= last
            j += 1
          } while j < count && wordClass[Int(base[j])] != 0
          i = j
          if seen & 1 != 0 {
            groups |= 1 << ScriptGroup.latin
            if letterScript < 0 { letterScript = Script.latin.rawValue }
          }
          if seen & 2 != 0 { sawDigit = true }
          switch last {
          case 1: prev = WB.aLetter; prevGroup = ScriptGroup.latin
          case 2: prev = WB.numeric; prevGroup = ScriptGroup.none
          default: prev = WB.extendNumLet
          }
          lastRawZWJ = false
          lastRawSpace = false
          continue scanning
        }
        if b == 0x20, lastRawSpace {
          var j = i + 1
          while j < count && base[j] == 0x20 { j += 1 }
          i = j
          continue scanning
        }
      } else if b >= 0xEA, b <= 0xED, prev == WB.aLetter || prev == KoEnClass.cjk,
        prevGroup == ScriptGroup.hangul || prevGroup == ScriptGroup.han
      {
        // Fast path: precomposed Hangul syllables continuing a Korean word.
        var j = i
        while j + 2 < count {
          let c0 = base[j]
          let c1 = base[j + 1]
          let c2 = base[j + 2]
          guard c0 >= 0xEA, c0 <= 0xED, c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { break }
          let cp = UInt32(c0 & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
          guard cp >= 0xAC00, cp <= 0xD7A3 else { break }
          j += 3
        }
        if j > i {
          i = j
          prev = WB.aLetter
          prevGroup = ScriptGroup.hangul
          groups |= 1 << ScriptGroup.hangul
          lastRawZWJ = false
          lastRawSpace = false
          continue scanning
        }
      }

      // Generic step: one scalar.
      let (cp, len) = decode(i)
      if len == 0 { break scanning }
      let inf = info(cp)
      let k = UInt32(inf.wordBreak)
      if k == WB.cr || k == WB.lf || k == WB.newline { break scanning }  // WB3a, WB3b
      if cp == 0x40 { sawAt = true }
      var join = false
      var keepPrev = false
      if lastRawZWJ && inf.isExtendedPictographic {
        join = true  // WB3c
        prev = TokenScanner.effectiveClass(inf)
        riCount = 0
      } else if k == WB.wSegSpace && lastRawSpace {
        join = true  // WB3d
      } else if k == WB.extend || k == WB.format || k == WB.zwj {
        join = true  // WB4: absorbed, the previous class stays
        keepPrev = true
      } else {
        let cur = TokenScanner.effectiveClass(inf)
        let g = inf.group
        if prev == KoEnClass.cjk || cur == KoEnClass.cjk
          || (prev == WB.katakana && cur == WB.katakana)
        {
          // KoEn: runs of Han and kana, and Han glued to Hangul, stay one word.
          let prevCJK =
            prev == KoEnClass.cjk || prev == WB.katakana
            || (prev == WB.aLetter && prevGroup == ScriptGroup.hangul)
          let curCJK =
            cur == KoEnClass.cjk || cur == WB.katakana
            || (cur == WB.aLetter && g == ScriptGroup.hangul)
          let hangulKana =
            (prevGroup == ScriptGroup.hangul && g == ScriptGroup.kana)
            || (prevGroup == ScriptGroup.kana && g == ScriptGroup.hangul)
          join = prevCJK && curCJK && !hangulKana
        } else if prev == KoEnClass.complex || cur == KoEnClass.complex {
          join = prev == cur
        } else {
          switch cur {
          case WB.aLetter, WB.hebrewLetter:
            if TokenScanner.isAHLetter(prev) {
              join = TokenScanner.isKorean(prevGroup) == TokenScanner.isKorean(g)  // WB5
            } else if prev == WB.numeric {
              join = !TokenScanner.isKorean(g)  // WB10
            } else {
              join = prev == WB.extendNumLet && !TokenScanner.isKorean(g)  // WB13b
            }
          case WB.numeric:
            if prev == WB.numeric || prev == WB.extendNumLet {
              join = true  // WB8, WB13b
            } else if TokenScanner.isAHLetter(prev) {
              join = !TokenScanner.isKorean(prevGroup)  // WB9
            }
          case WB.katakana:
            join = prev == WB.extendNumLet  // WB13b (WB13 is above)
          case WB.extendNumLet:
            join =
              (TokenScanner.isAHLetter(prev) && !TokenScanner.isKorean(prevGroup))
              || prev == WB.numeric || prev == WB.katakana || prev == WB.extendNumLet  // WB13a
          case WB.midLetter, WB.midNumLet, WB.singleQuote, WB.midNum:
            if TokenScanner.isAHLetter(prev) && k != WB.midNum {
              // Hangul never joins across punctuation (ICU's rules for syllables).
              if !TokenScanner.isKorean(prevGroup), let next = nextBase(after: i + len),
                TokenScanner.isAHLetter(UInt32(next.wordBreak)),
                !TokenScanner.isKorean(next.group)
              {
                join = true  // WB6, WB7
                keepPrev = true
              } else if prev == WB.hebrewLetter && k == WB.singleQuote {
                join = true  // WB7a
              }
            } else if prev == WB.numeric && k != WB.midLetter {
              if let next = nextBase(after: i + len), UInt32(next.wordBreak) == WB.numeric {
                join = true  // WB11, WB12
                keepPrev = true
              }
            }
          case WB.doubleQuote:
            if prev == WB.hebrewLetter, let next = nextBase(after: i + len),
              UInt32(next.wordBreak) == WB.hebrewLetter
            {
              join = true  // WB7b, WB7c
              keepPrev = true
            }
          case WB.regionalIndicator:
            if prev == WB.regionalIndicator && riCount % 2 == 1 { join = true }  // WB15, WB16
          default:
            if inf.isHyphen && TokenScanner.isAHLetter(prev) && prevGroup != ScriptGroup.none,
              let next = nextBase(after: i + len),
              TokenScanner.isAHLetter(UInt32(next.wordBreak)), next.group == prevGroup
            {
              join = true  // KoEn: a hyphen between letters of one script (K-pop)
              keepPrev = true
            }
          }
        }
        if join && !keepPrev {
          if cur == WB.regionalIndicator {
            riCount = prev == WB.regionalIndicator ? riCount + 1 : 1
          }
          prev = cur
          if g != 0 {
            prevGroup = g
            groups |= 1 << g
            if letterScript < 0 { letterScript = inf.script }
          } else if cur == WB.numeric {
            prevGroup = ScriptGroup.none
            sawDigit = true
          }
        }
      }
      if !join { break scanning }
      lastRawZWJ = k == WB.zwj
      lastRawSpace = k == WB.wSegSpace
      i += len
    }

    // What the token is.
    if groups != 0 {
      // An e-mail address starts like a word and goes on at "@".
      if b0 < 0x80, sawAt || i < count, let end = emailEnd(from: start, wordEnd: i, sawAt: sawAt) {
        return RawToken(end: end, kind: .email, script: Script.latin.rawValue, language: .zxx)
      }
      let language: Language?
      if groups & (1 << ScriptGroup.hangul) != 0 {
        language = .ko
      } else if groups & (1 << ScriptGroup.kana) != 0 {
        language = .ja
      } else if groups & (1 << ScriptGroup.han) != 0 && letterScript == Script.han.rawValue {
        language = nil
      } else if letterScript == Script.latin.rawValue {
        language = .en
      } else {
        language = .und
      }
      return RawToken(
        end: i, kind: .word, script: letterScript < 0 ? 0 : letterScript, language: language)
    }
    if sawDigit {
      if b0 < 0x80, sawAt || i < count, let end = emailEnd(from: start, wordEnd: i, sawAt: sawAt) {
        return RawToken(end: end, kind: .email, script: Script.latin.rawValue, language: .zxx)
      }
      return RawToken(end: i, kind: .number, script: 0, language: .zxx)
    }
    let kind: TokenKind
    switch UInt32(first.category) {
    case CharCategory.space: kind = .whitespace
    case CharCategory.punctuation: kind = .punctuation
    case CharCategory.digit: kind = .number
    case CharCategory.letter: kind = .word
    default: kind = .symbol
    }
    return RawToken(
      end: i, kind: kind, script: kind == .word ? first.script : 0,
      language: kind == .word ? .und : .zxx)
  }

  // MARK: URLs and e-mail addresses

  @inline(__always)
  func lowercasedByte(_ i: Int) -> UInt8 { base[i] | 0x20 }

  /// Whether the bytes at `i` spell `word` (ASCII, compared without case).
  func matches(_ word: StaticString, at i: Int) -> Bool {
    let n = word.utf8CodeUnitCount
    guard i + n <= count else { return false }
    let p = word.utf8Start
    for k in 0..<n {
      let expected = p[k]
      let actual = base[i + k]
      if actual != expected && (actual | 0x20) != expected { return false }
    }
    return true
  }

  /// Whether `b` may appear inside a URL (RFC 3986's characters, ASCII only).
  @inline(__always)
  static func isURLByte(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
      UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "@"), UInt8(ascii: "!"),
      UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
      UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","),
      UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "%"):
      return true
    default:
      return false
    }
  }

  /// The end of a URL starting at `start` (`http://`, `https://`, `ftp://`, `file://` or
  /// `www.` followed by a host), or nil.
  func urlEnd(from start: Int) -> Int? {
    var i: Int
    if matches("https://", at: start) {
      i = start + 8
    } else if matches("http://", at: start) {
      i = start + 7
    } else if matches("ftp://", at: start) {
      i = start + 6
    } else if matches("file://", at: start) {
      i = start + 7
    } else if matches("www.", at: start) {
      i = start + 4
    } else {
      return nil
    }
    let bodyStart = i
    while i < count && TokenScanner.isURLByte(base[i]) { i += 1 }
    // Punctuation that ends a sentence or closes a bracket around the URL is not part of it.
    var parens = 0
    var brackets = 0
    for k in start..<i {
      switch base[k] {
      case UInt8(ascii: "("): parens += 1
      case UInt8(ascii: ")"): parens -= 1
      case UInt8(ascii: "["): brackets += 1
      case UInt8(ascii: "]"): brackets -= 1
      default: break
      }
    }
    while i > bodyStart {
      let last = base[i - 1]
      switch last {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"):
        i -= 1
        continue
      case UInt8(ascii: ")") where parens < 0:
        parens += 1
        i -= 1
        continue
      case UInt8(ascii: "]") where brackets < 0:
        brackets += 1
        i -= 1
        continue
      default: break
      }
      break
    }
    // A URL needs a host: at least one letter or digit after the scheme.
    guard i > bodyStart, wordClass[Int(base[bodyStart])] & 3 != 0 else { return nil }
    return i
  }

  /// The end of an e-mail address starting at `start`, whose first word ends at
  /// `wordEnd` (and holds an "@" if `sawAt`), or nil. The address is `local@label.label…` with ASCII letters and digits,
  /// the local part also taking `. _ % + -`, and a last label of two or more letters.
  func emailEnd(from start: Int, wordEnd: Int, sawAt: Bool) -> Int? {
    if !sawAt {
      switch base[wordEnd] {
      case UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
        UInt8(ascii: "%"):
        break
      default:
        return nil
      }
    }
    var i = start
    while i < count {
      let b = base[i]
      if wordClass[Int(b)] != 0 || b == UInt8(ascii: ".") || b == UInt8(ascii: "%")
        || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
      {
        i += 1
      } else {
        break
      }
    }
    guard i < count, base[i] == UInt8(ascii: "@"), i > start else { return nil }
    i += 1
    var labels = 0
    var end = -1
    while true {
      let labelStart = i
      var letters = 0
      while i < count {
        let w = wordClass[Int(base[i])]
        if w == 1 || w == 2 || base[i] == UInt8(ascii: "-") {
          if w == 1 { letters += 1 }
          i += 1
        } else {
          break
        }
      }
      guard i > labelStart else { break }
      labels += 1
      if labels >= 2 && letters >= 2 && letters == i - labelStart { end = i }
      if labels >= 2 && letters != i - labelStart { end = -1 }
      guard i + 1 < count, base[i] == UInt8(ascii: "."),
        wordClass[Int(base[i + 1])] & 3 != 0
      else { break }
      i += 1
    }
    return end > 0 ? end : nil
  }

  // MARK: Context for Han

  /// The language of the first letter after `position` on the same line, if it settles
  /// the language of Han: `ko` for Hangul, `ja` for kana. Looks at most 64 scalars ahead.
  @usableFromInline
  func hanContext(after position: Int) -> Language? {
    var i = position
    var steps = 0
    while i < count && steps < 64 {
      let (cp, len) = decode(i)
      if len == 0 { return nil }
      let inf = info(cp)
      let k = UInt32(inf.wordBreak)
      if k == WB.cr || k == WB.lf || k == WB.newline { return nil }
      switch inf.group {
      case ScriptGroup.hangul: return .ko
      case ScriptGroup.kana: return .ja
      case ScriptGroup.none, ScriptGroup.han: break
      default: return nil
      }
      i += len
      steps += 1
    }
    return nil
  }
}

extension TokenScanner {
  /// The number of letters in `range`: scalars of a letter category, counting a
  /// decomposed Hangul syllable once (its vowel and final jamo are not counted).
  func letterCount(in range: Range<Int>) -> Int {
    var letters = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let b = base[i]
      if b < 0x80 {
        if wordClass[Int(b)] == 1 { letters += 1 }
        i += 1
        continue
      }
      let (cp, len) = decode(i)
      if len == 0 {
        i += 1
        continue
      }
      let inf = info(cp)
      if UInt32(inf.category) == CharCategory.letter && !inf.isTrailingJamo { letters += 1 }
      i += len
    }
    return letters
  }
}
