/// What the generic scan knows about the word it is extending: the class of the last
/// character that counts (WB4 skips marks and format characters), the scripts seen so far,
/// and the flags a few rules need.
@usableFromInline
struct WordRun {
  /// The effective class of the last character that counts.
  var prev: WordBreakClass
  /// The script group of the last letter, `.none` after a digit.
  var prevGroup: ScriptGroup
  /// The set of script groups seen (`ScriptGroup.bit`).
  var groups: UInt8
  /// The script of the first letter, or -1.
  var letterScript: Int32
  var sawDigit: Bool
  var sawAt: Bool
  /// Whether the last character was a ZWJ (WB3c) or a WSegSpace (WB3d).
  var lastRawZWJ: Bool
  var lastRawSpace: Bool
  /// The length of the current run of regional indicators (WB15, WB16).
  var riCount: Int

  @inline(__always)
  init(first: CharacterClass, codePoint: UInt32) {
    let k = first.wordBreak
    prev = first.wordClass
    prevGroup = first.group
    groups = first.group == .none ? 0 : first.group.bit
    letterScript = first.group == .none ? -1 : first.script
    sawDigit = k == .numeric
    sawAt = codePoint == 0x40
    lastRawZWJ = k == .zwj
    lastRawSpace = k == .wSegSpace
    riCount = k == .regionalIndicator ? 1 : 0
  }

  /// Whether ASCII letters and digits continue this word as they are: after a Latin
  /// letter, a digit or a connector, but not after Hangul or Han (WB5 with KoEn's split).
  @inline(__always)
  var takesASCIIWord: Bool {
    !prevGroup.isKorean && (prev == .aLetter || prev == .numeric || prev == .extendNumLet)
  }

  /// Whether Hangul syllables continue this word as they are: after Hangul or Han.
  @inline(__always)
  var takesHangul: Bool {
    (prev == .aLetter || prev == .cjk) && prevGroup.isKorean
  }

  /// Records a run of ASCII letters, digits and underscores (`seen`, the bits of
  /// `koen_ascii_word_classes`) ending with a byte of class `last`.
  @inline(__always)
  mutating func appendASCII(seen: UInt8, last: UInt8) {
    if seen & 1 != 0 {
      groups |= ScriptGroup.latin.bit
      if letterScript < 0 { letterScript = ScriptCode.latin }
    }
    if seen & 2 != 0 { sawDigit = true }
    switch last {
    case 1: prev = .aLetter; prevGroup = .latin
    case 2: prev = .numeric; prevGroup = .none
    default: prev = .extendNumLet
    }
    lastRawZWJ = false
    lastRawSpace = false
  }

  /// Records a run of precomposed Hangul syllables.
  @inline(__always)
  mutating func appendHangul() {
    prev = .aLetter
    prevGroup = .hangul
    groups |= ScriptGroup.hangul.bit
    lastRawZWJ = false
    lastRawSpace = false
  }

  /// Records a character of class `c` that joined the word and counts as its new last
  /// character (not one skipped by WB4).
  @inline(__always)
  mutating func append(_ c: CharacterClass) {
    let cur = c.wordClass
    if cur == .regionalIndicator {
      riCount = prev == .regionalIndicator ? riCount + 1 : 1
    }
    prev = cur
    let g = c.group
    if g != .none {
      prevGroup = g
      groups |= g.bit
      if letterScript < 0 { letterScript = c.script }
    } else if cur == .numeric {
      prevGroup = .none
      sawDigit = true
    }
  }
}

extension TokenScanner {
  /// The generic scan: UAX #29 with KoEn's differences, one scalar at a time after the
  /// fast loops.
  @usableFromInline
  func fullScan(from start: Int) -> RawToken {
    if let end = urlEnd(startingWith: base[start], at: start) {
      return RawToken(end: end, kind: .url, script: ScriptCode.latin, language: .zxx)
    }
    let (cp0, len0) = decode(start)
    if len0 == 0 {
      let buffer = UnsafeBufferPointer(start: base, count: count)
      let length = UTF8Validation.invalidSequenceLength(in: buffer, at: start)
      return RawToken(
        end: start + length, kind: .invalid, script: ScriptCode.unknown, language: .zxx)
    }
    let first = info(cp0)
    switch first.wordBreak {
    case .cr:
      let end = start + 1 < count && base[start + 1] == 0x0A ? start + 2 : start + 1
      return RawToken(end: end, kind: .lineBreak, script: 0, language: .zxx)
    case .lf, .newline:
      return RawToken(end: start + len0, kind: .lineBreak, script: 0, language: .zxx)
    default: break
    }
    var run = WordRun(first: first, codePoint: cp0)
    let end = extend(&run, from: start + len0)
    return token(of: run, first: first, start: start, end: end)
  }

  /// Extends the word in `run` from `i` for as long as the rules join, and returns its end.
  func extend(_ run: inout WordRun, from i: Int) -> Int {
    var i = i
    while i < count {
      let b = base[i]
      if b < 0x80 {
        if wordClass[Int(b)] != 0 && run.takesASCIIWord {
          let (end, seen, last) = asciiRun(from: i, first: wordClass[Int(b)])
          run.appendASCII(seen: seen, last: last)
          i = end
          continue
        }
        if b == 0x20 && run.lastRawSpace {
          var j = i + 1
          while j < count && base[j] == 0x20 { j += 1 }
          i = j
          continue
        }
      } else if b >= 0xEA && b <= 0xED && run.takesHangul {
        let end = hangulSyllablesEnd(from: i)
        if end > i {
          run.appendHangul()
          i = end
          continue
        }
      }
      // One scalar through the rules.
      let (cp, len) = decode(i)
      if len == 0 { break }
      guard step(&run, info(cp), codePoint: cp, after: i + len) else { break }
      i += len
    }
    return i
  }

  /// Applies the rules to one more scalar (`codePoint`, of class `c`, ending at `after`):
  /// whether it joins the word, with `run` updated when it does.
  @inline(__always)
  func step(_ run: inout WordRun, _ c: CharacterClass, codePoint: UInt32, after: Int) -> Bool {
    let k = c.wordBreak
    if k.isLineBreak { return false }  // WB3a, WB3b
    if codePoint == 0x40 { run.sawAt = true }
    if run.lastRawZWJ && c.isExtendedPictographic {
      run.prev = c.wordClass  // WB3c
      run.riCount = 0
    } else if k == .wSegSpace && run.lastRawSpace {
      // WB3d
    } else if !k.isIgnorable {  // WB4: an ignorable is absorbed, the previous class stays
      let cur = c.wordClass
      let joins: Bool
      if run.prev == .cjk || cur == .cjk || (run.prev == .katakana && cur == .katakana) {
        joins = TokenScanner.joinsCJK(run, c)
      } else if run.prev == .complex || cur == .complex {
        joins = run.prev == cur
      } else {
        switch joinsUAX29(run, c, after: after) {
        case .no: joins = false
        case .yes: joins = true
        case .across:  // a joiner between two letters or digits: the previous class stays
          run.lastRawZWJ = false
          run.lastRawSpace = false
          return true
        }
      }
      guard joins else { return false }
      run.append(c)
    }
    run.lastRawZWJ = k == .zwj
    run.lastRawSpace = k == .wSegSpace
    return true
  }

  /// KoEn's rule for Han and kana: runs of them, and Han glued to Hangul, stay one word;
  /// Hangul and kana do not join.
  @inline(__always)
  static func joinsCJK(_ run: WordRun, _ c: CharacterClass) -> Bool {
    let cur = c.wordClass
    let g = c.group
    let prevCJK =
      run.prev == .cjk || run.prev == .katakana || (run.prev == .aLetter && run.prevGroup == .hangul)
    let curCJK = cur == .cjk || cur == .katakana || (cur == .aLetter && g == .hangul)
    let hangulKana =
      (run.prevGroup == .hangul && g == .kana) || (run.prevGroup == .kana && g == .hangul)
    return prevCJK && curCJK && !hangulKana
  }

  /// How a character joins a word under UAX #29's rules: not at all, as the word's new
  /// last character, or as a joiner between two letters or digits (`across`) that leaves
  /// the previous class in place.
  @usableFromInline
  enum Join { case no, yes, across }

  /// UAX #29's rules WB5–WB16 for the character of class `c` ending at `after`, with KoEn's
  /// splits between Korean and other letters and its hyphenated words.
  @inline(__always)
  func joinsUAX29(_ run: WordRun, _ c: CharacterClass, after: Int) -> Join {
    let prev = run.prev
    let korean = run.prevGroup.isKorean
    let k = c.wordBreak
    switch c.wordClass {
    case .aLetter, .hebrewLetter:
      if prev.isAHLetter { return korean == c.group.isKorean ? .yes : .no }  // WB5
      if prev == .numeric { return c.group.isKorean ? .no : .yes }  // WB10
      return prev == .extendNumLet && !c.group.isKorean ? .yes : .no  // WB13b
    case .numeric:
      if prev == .numeric || prev == .extendNumLet { return .yes }  // WB8, WB13b
      return prev.isAHLetter && !korean ? .yes : .no  // WB9
    case .katakana:
      return prev == .extendNumLet ? .yes : .no  // WB13b (WB13 is KoEn's CJK rule)
    case .extendNumLet:  // WB13a
      let joins =
        (prev.isAHLetter && !korean) || prev == .numeric || prev == .katakana
        || prev == .extendNumLet
      return joins ? .yes : .no
    case .midLetter, .midNumLet, .singleQuote, .midNum:
      if prev.isAHLetter && k != .midNum {
        // Hangul never joins across punctuation (ICU's rules for syllables).
        if !korean, let next = nextBase(after: after), next.wordBreak.isAHLetter, !next.group.isKorean {
          return .across  // WB6, WB7
        }
        return prev == .hebrewLetter && k == .singleQuote ? .yes : .no  // WB7a
      }
      if prev == .numeric && k != .midLetter, let next = nextBase(after: after), next.wordBreak == .numeric {
        return .across  // WB11, WB12
      }
      return .no
    case .doubleQuote:
      if prev == .hebrewLetter, let next = nextBase(after: after), next.wordBreak == .hebrewLetter {
        return .across  // WB7b, WB7c
      }
      return .no
    case .regionalIndicator:
      return prev == .regionalIndicator && run.riCount % 2 == 1 ? .yes : .no  // WB15, WB16
    default:
      if c.isHyphen && prev.isAHLetter && run.prevGroup != .none, let next = nextBase(after: after),
        next.wordBreak.isAHLetter, next.group == run.prevGroup
      {
        return .across  // KoEn: a hyphen between letters of one script (K-pop)
      }
      return .no
    }
  }

  /// The class of the next scalar at or after `j` that is not Extend, Format or ZWJ
  /// (UAX #29's WB4), or nil at the end, at a line break or at invalid bytes.
  @inline(__always)
  func nextBase(after j: Int) -> CharacterClass? {
    var j = j
    while j < count {
      let (cp, len) = decode(j)
      if len == 0 { return nil }
      let c = info(cp)
      if c.wordBreak.isIgnorable {
        j += len
        continue
      }
      return c
    }
    return nil
  }

  /// The token a finished word run makes: an e-mail address, a word with its script and
  /// language, a number, or a run of punctuation, symbols or spaces.
  @inline(__always)
  func token(of run: WordRun, first: CharacterClass, start: Int, end: Int) -> RawToken {
    let b0 = base[start]
    if run.groups != 0 || run.sawDigit {
      // An e-mail address starts like a word or number and goes on at "@".
      if b0 < 0x80, run.sawAt || end < count,
        let address = emailEnd(from: start, wordEnd: end, sawAt: run.sawAt)
      {
        return RawToken(end: address, kind: .email, script: ScriptCode.latin, language: .zxx)
      }
    }
    if run.groups != 0 {
      let language: Language?
      if run.groups & ScriptGroup.hangul.bit != 0 {
        language = .ko
      } else if run.groups & ScriptGroup.kana.bit != 0 {
        language = .ja
      } else if run.groups & ScriptGroup.han.bit != 0 && run.letterScript == ScriptCode.han {
        language = nil
      } else if run.letterScript == ScriptCode.latin {
        language = .en
      } else {
        language = .und
      }
      let script = run.letterScript < 0 ? 0 : run.letterScript
      return RawToken(end: end, kind: .word, script: script, language: language)
    }
    if run.sawDigit { return RawToken(end: end, kind: .number, script: 0, language: .zxx) }
    let kind = TokenScanner.kind(ofLone: first.category)
    return RawToken(
      end: end, kind: kind, script: kind == .word ? first.script : 0,
      language: kind == .word ? .und : .zxx)
  }
}
