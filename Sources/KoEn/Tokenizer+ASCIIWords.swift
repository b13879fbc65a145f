extension TokenScanner {
  /// The token of an ASCII word or number ending at `end` that holds the classes `seen`.
  @inline(__always)
  func asciiWordToken(end: Int, seen: UInt8) -> RawToken? {
    if seen & 1 != 0 { return RawToken(end: end, kind: .word, script: ScriptCode.latin, language: .en) }
    if seen & 2 != 0 { return RawToken(end: end, kind: .number, script: 0, language: .zxx) }
    return nil  // underscores alone are punctuation
  }

  /// An ASCII word or number starting at `start` (whose byte has class `w0` in
  /// `koen_ascii_word_classes`): runs of letters, digits and underscores, joined where
  /// UAX #29 joins them across one mark (`don't`, `e.g`, `3,000`, `1.5`, `don’t`) or KoEn
  /// joins letters across a hyphen (`well-known`), and ended by what cannot join it. Nil
  /// when the generic scan must decide (an e-mail address or a URL may follow, a character
  /// outside ASCII may join, the run holds only underscores).
  ///
  /// Out of line, with no fast path in the caller's loop: the blocks hand out the words
  /// and numbers that end plainly, so nine in ten of those that reach the scanner are
  /// joined (`REG_DATE`, `tile-roofed`, `mpv.io`, `don’t`). Measuring the first run in the
  /// caller's loop before coming here cost those about 30 instructions each.
  @usableFromInline
  func asciiWordOrNumber(from start: Int, first w0: UInt8) -> RawToken? {
    var (j, seen, last) = asciiRun(from: start, first: w0)
    var joined = false
    while j < count {
      let t = base[j]
      var width = 1  // the joiner's length in bytes
      if t >= 0x80 {
        width = joinerAfterASCIIRun(at: j, last: last)
        if width < 0 { return nil }
        if width == 0 { break }
      } else {
        let after: UInt8 = j &+ 1 < count ? base[j &+ 1] : 0
        guard TokenScanner.joins(t, after: last, before: wordClass[Int(after)]) else {
          if asciiWordMayContinue(terminator: t, at: j, from: start, joined: joined) { return nil }
          break
        }
        if t == UInt8(ascii: ".") && j &- start == 3 && matches("www", at: start) { return nil }
      }
      let next = j &+ width
      let more = asciiRun(from: next, first: wordClass[Int(base[next])])
      j = more.end
      seen |= more.seen
      last = more.last
      joined = true
    }
    return asciiWordToken(end: j, seen: seen)
  }

  /// Whether the ASCII mark `t` joins a run of ASCII letters or digits whose last byte has
  /// class `last` to a run whose first byte has class `next` (0 for anything else): a
  /// hyphen between letters (KoEn), `'` or `.` between letters (WB6, WB7) or between
  /// digits (WB11, WB12), `,` or `;` between digits.
  @inline(__always)
  static func joins(_ t: UInt8, after last: UInt8, before next: UInt8) -> Bool {
    switch t {
    case UInt8(ascii: "-"): return last == 1 && next == 1
    case UInt8(ascii: "'"), UInt8(ascii: "."): return last == next && last != 4
    case UInt8(ascii: ","), UInt8(ascii: ";"): return last == 2 && next == 2
    default: return false
    }
  }

  /// Whether the ASCII mark `t` at `j`, which does not join the word from `start` before
  /// it, leaves the token to the generic scan: an e-mail address may go on from a mark of
  /// the local part (after a joined word, whose address check starts at its first byte:
  /// `emailMayFollow`), a character outside ASCII or "@" may join across a mark, "@" is a
  /// letter to ICU, and "://" follows a URL's scheme.
  @inline(__always)
  func asciiWordMayContinue(terminator t: UInt8, at j: Int, from start: Int, joined: Bool) -> Bool {
    let after: UInt8 = j &+ 1 < count ? base[j &+ 1] : 0
    switch t {
    case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "%"):
      if after >= 0x80 || wordClass[Int(after)] != 0 || after == UInt8(ascii: "@") { return true }
      return joined && emailMayFollow(from: start)
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "'"):
      return after >= 0x80 || after == UInt8(ascii: "@")
    case UInt8(ascii: ":"):
      return after == UInt8(ascii: "/")
    case UInt8(ascii: "@"):
      return true
    default:
      return false
    }
  }

  /// Whether the e-mail check of the generic scan (`emailEnd`) can find an address from
  /// `start`: whether the run of the local part's bytes (ASCII letters, digits and
  /// `_ . % + -`) from `start` reaches an "@". When it cannot, a joined word before `. - +
  /// %` ends where the marks stop joining (`e.g.`, `U.S.`, `6.4.0+`), as the generic scan
  /// would end it, without the generic scan's 300-odd instructions.
  func emailMayFollow(from start: Int) -> Bool {
    var i = start
    while i < count {
      let b = base[i]
      guard wordClass[Int(b)] != 0 || b == UInt8(ascii: ".") || b == UInt8(ascii: "%")
        || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
      else { return b == UInt8(ascii: "@") && i > start }
      i &+= 1
    }
    return false
  }

  /// What the character outside ASCII at `j` does after a run of ASCII letters or digits
  /// whose last byte has class `last`: 0 when it ends the word, its length when it joins
  /// two runs (`’` between letters or digits, as `'`), -1 when the generic scan must
  /// decide.
  func joinerAfterASCIIRun(at j: Int, last: UInt8) -> Int {
    if startsWithHangulSyllable(at: j) { return 0 }
    if base[j] == 0xE2 && j &+ 3 < count && base[j &+ 1] == 0x80 && base[j &+ 2] == 0x99 {
      let after = base[j &+ 3]
      if after >= 0x80 || after == UInt8(ascii: "@") { return -1 }
      return wordClass[Int(after)] == last && last != 4 ? 3 : 0
    }
    let (cp, length) = decode(j)
    guard length > 0 else { return 0 }  // invalid bytes are a token of their own
    return info(cp).endsWord(afterASCII: last) ? 0 : -1
  }

  /// The end of the run of ASCII letters, digits and underscores from `i` (whose byte has
  /// class `w`), the classes it holds and the class of its last byte.
  ///
  /// A run of letters or of digits is measured eight bytes at a time (`nonLetterBytes`,
  /// `nonDigitBytes`): a short word costs one load and a dozen operations, not a table
  /// read and a branch per byte. A run mixing them (`mp3`, `COVID_19`) goes on one byte
  /// at a time.
  @inline(__always)
  func asciiRun(from i: Int, first w: UInt8) -> (end: Int, seen: UInt8, last: UInt8) {
    asciiRunTail(from: w == 4 ? i &+ 1 : sameClassRunEnd(from: i, digits: w == 2), first: w)
  }

  /// `asciiRun` from `i`, where the run is known to hold only bytes of class `w` so far.
  @inline(__always)
  func asciiRunTail(from i: Int, first w: UInt8) -> (end: Int, seen: UInt8, last: UInt8) {
    var j = i
    var seen = w
    var last = w
    while j < count {
      let c = wordClass[Int(base[j])]
      if c == 0 { break }
      seen |= c
      last = c
      j &+= 1
    }
    return (j, seen, last)
  }

  /// The end of the run of ASCII letters (or digits) from `i`, eight bytes at a time while
  /// eight remain.
  @inline(__always)
  func sameClassRunEnd(from i: Int, digits: Bool) -> Int {
    var j = i
    while j &+ 8 <= count {
      let x = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
      let outside = digits ? TokenScanner.nonDigitBytes(x) : TokenScanner.nonLetterBytes(x)
      if outside != 0 { return j &+ (outside.trailingZeroBitCount &>> 3) }
      j &+= 8
    }
    let class_: UInt8 = digits ? 2 : 1
    while j < count && wordClass[Int(base[j])] == class_ { j &+= 1 }
    return j
  }

  /// The high bit of every byte of `x` that is not an ASCII letter: with the high bits
  /// cleared and case folded (`| 0x20`), a byte is a letter when adding 0x1F sets its high
  /// bit (at least `a`) and adding 5 does not (at most `z`); no addition carries into the
  /// next byte.
  @inlinable @inline(__always)
  static func nonLetterBytes(_ x: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let folded = (x | ones &* 0x20) & (ones &* 0x7F)
    let atLeastA = folded &+ ones &* (0x80 - 0x61)
    let aboveZ = folded &+ ones &* (0x7F - 0x7A)
    return (~atLeastA | aboveZ | x) & (ones &* 0x80)
  }

  /// The high bit of every byte of `x` that is not an ASCII digit (as `nonLetterBytes`).
  @inlinable @inline(__always)
  static func nonDigitBytes(_ x: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = x & (ones &* 0x7F)
    let atLeast0 = low &+ ones &* (0x80 - 0x30)
    let above9 = low &+ ones &* (0x7F - 0x39)
    return (~atLeast0 | above9 | x) & (ones &* 0x80)
  }
}
