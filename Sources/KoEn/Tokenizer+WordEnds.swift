extension CharacterClass {
  /// The effective word classes (`wordClass`) that never join a word of ASCII letters,
  /// digits or underscores under the rules of `TokenScanner.step`: Other (unless a hyphen
  /// between letters, KoEn's `K-pop` rule), the line breaks (WB3a/b), Regional_Indicator,
  /// Double_Quote (WB7b/c need a Hebrew letter), WSegSpace, and KoEn's CJK and complex
  /// classes (which join only their own kind).
  @usableFromInline
  static let neverJoinsASCIIWord: UInt32 = {
    let classes: [WordBreakClass] = [
      .other, .cr, .lf, .newline, .regionalIndicator, .doubleQuote, .wSegSpace, .cjk, .complex,
    ]
    return classes.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
  }()

  /// The effective word classes that never join a run of Hangul syllables: those of
  /// `neverJoinsASCIIWord` but Han (which stays in a Korean word), and besides them
  /// Katakana, the joiners of WB6/7 and WB11/12 (Hangul never joins across punctuation),
  /// Numeric and ExtendNumLet (KoEn splits Hangul from digits and connectors), and
  /// Hebrew letters.
  @usableFromInline
  static let neverJoinsHangulWord: UInt32 = {
    let classes: [WordBreakClass] = [
      .other, .cr, .lf, .newline, .regionalIndicator, .doubleQuote, .wSegSpace, .complex,
      .katakana, .midLetter, .midNum, .midNumLet, .singleQuote, .numeric, .extendNumLet,
      .hebrewLetter,
    ]
    return classes.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
  }()

  /// Whether this character, right after a run of ASCII letters, digits and underscores
  /// whose last byte has class `last` (the bits of `koen_ascii_word_classes`), ends the word:
  /// it is not ignorable (WB4) and no rule joins it. Letters outside ASCII join unless
  /// they are Korean (KoEn's split), Katakana only after `_` (WB13b).
  func endsWord(afterASCII last: UInt8) -> Bool {
    if wordBreak.isIgnorable { return false }
    let cls = wordClass.rawValue
    if CharacterClass.neverJoinsASCIIWord >> UInt32(cls) & 1 != 0 { return !(isHyphen && last == 1) }
    if cls == WordBreakClass.katakana.rawValue { return last != 4 }
    if cls == WordBreakClass.aLetter.rawValue || cls == WordBreakClass.hebrewLetter.rawValue {
      return group.isKorean
    }
    return false
  }

  /// Whether this character, right after a run of Hangul syllables, ends the word: it is
  /// not ignorable (WB4), not a hyphen (KoEn joins `한-국`), and no rule joins it; letters
  /// join only when Korean.
  func endsWordAfterHangul() -> Bool {
    if wordBreak.isIgnorable || isHyphen { return false }
    let cls = wordClass.rawValue
    if CharacterClass.neverJoinsHangulWord >> UInt32(cls) & 1 != 0 { return true }
    return cls == WordBreakClass.aLetter.rawValue && !group.isKorean
  }
}

extension TokenScanner {
  /// Whether the character at `j` (`< count`), right after a run of Hangul syllables, ends
  /// the word: ASCII other than a hyphen, invalid bytes, or `endsWordAfterHangul`.
  @inlinable @inline(__always)
  func hangulWordEnds(at j: Int) -> Bool {
    let b = base[j]
    if b < 0x80 { return b != UInt8(ascii: "-") }
    return nonASCIIEndsHangulWord(at: j)
  }

  /// `hangulWordEnds` for a character outside ASCII.
  @usableFromInline
  func nonASCIIEndsHangulWord(at j: Int) -> Bool {
    let (cp, length) = decode(j)
    guard length > 0 else { return true }  // invalid bytes are a token of their own
    return info(cp).endsWordAfterHangul()
  }

  /// A run of precomposed Hangul syllables joined by hyphens (`터미널-기능`, KoEn's rule for
  /// a hyphen between two letters of one script), whose first run ends at `runEnd`, where
  /// `hangulWordEnds` found the word not ended; nil unless every hyphen is followed by a
  /// syllable and the last run ends the word, for the generic scan to decide.
  @usableFromInline
  func hangulWordAcrossHyphens(from start: Int, runEnd: Int) -> RawToken? {
    var j = runEnd
    while j &+ 1 < count && base[j] == UInt8(ascii: "-") {
      let next = hangulSyllablesEnd(from: j &+ 1)
      guard next > j &+ 1 else { return nil }
      j = next
      if j == count || hangulWordEnds(at: j) {
        return RawToken(end: j, kind: .word, script: ScriptCode.hangul, language: .ko)
      }
    }
    return nil
  }

  /// A token of one character outside ASCII that is not a letter or digit (`Word_Break`
  /// Other with no script group: `“`, `—`, `•`, `©`, `①`; or a mark that joins only
  /// between two letters or digits, MidLetter, MidNum or MidNumLet: `‘`, `’`, `·`), with
  /// the marks and format characters after it (WB4) but no ZWJ: nothing else joins it, as
  /// no rule joins anything after such a character when it starts a token. Nil for
  /// anything else.
  @usableFromInline
  func loneScalar(from start: Int) -> RawToken? {
    let (cp, length) = decode(start)
    guard length > 0 else { return nil }
    let c = info(cp)
    let k = c.wordBreak
    guard k == .other || k == .midNumLet || k == .midLetter || k == .midNum, c.group == .none
    else { return nil }
    // Marks and format characters after it stay in its token (WB4: an emoji's variation
    // selector, `✔️`), as the generic scan keeps them; a ZWJ may join the next pictograph
    // (WB3c) and is left to it.
    var end = start &+ length
    while end < count && base[end] >= 0x80 && !startsWithHangulSyllable(at: end) {
      let (next, nextLength) = decode(end)
      guard nextLength > 0 else { break }
      let nextBreak = info(next).wordBreak
      guard nextBreak.isIgnorable else { break }
      if nextBreak == .zwj { return nil }
      end &+= nextLength
    }
    let kind = TokenScanner.kind(ofLone: c.category)
    return RawToken(
      end: end, kind: kind, script: kind == .word ? c.script : 0,
      language: kind == .word ? .und : .zxx)
  }

  /// The kind of a token with no letter of a script and no digit, from the category of
  /// its first character.
  static func kind(ofLone category: CharCategory) -> TokenKind {
    switch category {
    case .space: return .whitespace
    case .punctuation: return .punctuation
    case .digit, .otherNumber: return .number
    case .letter: return .word
    default: return .symbol
    }
  }
}
