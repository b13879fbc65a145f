/// What the tokenizer needs to know about one code point, packed into 32 bits.
///
/// Built once per process from ICU's property data for the whole Basic Multilingual Plane
/// (a 256 KiB table), so the hot loop never calls ICU for BMP text; supplementary code
/// points (emoji, rare ideographs) are looked up in ICU each time.
///
/// Layout: bits 0–4 `Word_Break` (ICU's numbering), 5–7 `ScriptGroup`, 8
/// `Extended_Pictographic`, 9–11 `CharCategory`, 12 hyphen that may join letters, 13–14
/// paired bracket or quote (1 opening, 2 closing), 15 conjoining vowel or final jamo, 16–23
/// ICU script code.
@usableFromInline
struct CharInfo: Equatable {
  @usableFromInline var raw: UInt32

  @inlinable init(raw: UInt32) { self.raw = raw }

  @inlinable var wordBreak: UInt8 { UInt8(truncatingIfNeeded: raw & 0x1F) }
  @inlinable var group: UInt8 { UInt8(truncatingIfNeeded: (raw >> 5) & 0x7) }
  @inlinable var isExtendedPictographic: Bool { raw & (1 << 8) != 0 }
  @inlinable var category: UInt8 { UInt8(truncatingIfNeeded: (raw >> 9) & 0x7) }
  @inlinable var isHyphen: Bool { raw & (1 << 12) != 0 }
  @inlinable var bracket: UInt8 { UInt8(truncatingIfNeeded: (raw >> 13) & 0x3) }
  @inlinable var isTrailingJamo: Bool { raw & (1 << 15) != 0 }
  @inlinable var script: Int32 { Int32((raw >> 16) & 0xFF) }

  /// Computes the entry for `codePoint` from ICU.
  static func compute(_ codePoint: UInt32) -> CharInfo {
    var wb = UInt32(ScalarProperties.wordBreak(codePoint))
    if wb > 31 { wb = 0 }
    // ICU's root word rules take the colon out of MidLetter (so "a:b" is three tokens).
    if codePoint == 0x3A || codePoint == 0xFE55 || codePoint == 0xFF1A { wb = WB.other }
    // ICU's root word rules count "@" as a letter (so "a@b" is one word, like ICU).
    if codePoint == 0x40 { wb = WB.aLetter }
    let gc = ScalarProperties.generalCategory(codePoint)
    let script = ScalarProperties.script(codePoint)
    let isLetter = (1...5).contains(gc) || gc == 10  // L*, Nl
    var group = ScriptGroup.none
    if isLetter || wb == WB.aLetter || wb == WB.hebrewLetter || wb == WB.katakana {
      switch script {
      case Script.latin.rawValue: group = ScriptGroup.latin
      case Script.hangul.rawValue: group = ScriptGroup.hangul
      case Script.han.rawValue: group = ScriptGroup.han
      case Script.hiragana.rawValue, Script.katakana.rawValue: group = ScriptGroup.kana
      default:
        if wb == WB.katakana {
          group = ScriptGroup.kana  // U+30FC and friends: Common script, used with kana
        } else if ScalarProperties.lineBreak(codePoint) == 24 {
          group = ScriptGroup.complex
        } else if script == Script.common.rawValue || script == Script.inherited.rawValue {
          group = wb == WB.aLetter ? ScriptGroup.other : ScriptGroup.none
        } else {
          group = ScriptGroup.other
        }
      }
    }
    let category: UInt32
    switch gc {
    case 1...5, 10: category = CharCategory.letter
    case 6...8: category = CharCategory.mark
    case 9, 11: category = CharCategory.digit
    case 19...23, 27, 28: category = CharCategory.punctuation
    case 24...26: category = CharCategory.symbol
    default: category = CharCategory.other
    }
    let finalCategory =
      ScalarProperties.isWhiteSpace(codePoint) ? CharCategory.space : category
    var raw = wb | UInt32(group) << 5 | finalCategory << 9
    if ScalarProperties.isExtendedPictographic(codePoint) { raw |= 1 << 8 }
    if codePoint == 0x2D || codePoint == 0x2010 || codePoint == 0x2011 { raw |= 1 << 12 }
    let bracketType = ScalarProperties.pairedBracketType(codePoint)
    if bracketType == 1 || gc == 20 || gc == 27 {
      raw |= 1 << 13
    } else if bracketType == 2 || gc == 21 || gc == 28 {
      raw |= 2 << 13
    } else if codePoint == 0x22 || codePoint == 0x27 {
      raw |= 3 << 13  // ASCII quotes: opening or closing by position
    }
    if (0x1160...0x11FF).contains(codePoint) || (0xD7B0...0xD7FF).contains(codePoint) {
      raw |= 1 << 15
    }
    raw |= UInt32(UInt8(clamping: max(0, script))) << 16
    return CharInfo(raw: raw)
  }
}

/// ICU's `Word_Break` values (`UWordBreakValues`), plus two classes of KoEn's own for
/// letters that UAX #29 leaves as `Other` but that KoEn keeps in words.
@usableFromInline
enum WB {
  @usableFromInline static let other: UInt32 = 0
  @usableFromInline static let aLetter: UInt32 = 1
  @usableFromInline static let format: UInt32 = 2
  @usableFromInline static let katakana: UInt32 = 3
  @usableFromInline static let midLetter: UInt32 = 4
  @usableFromInline static let midNum: UInt32 = 5
  @usableFromInline static let numeric: UInt32 = 6
  @usableFromInline static let extendNumLet: UInt32 = 7
  @usableFromInline static let cr: UInt32 = 8
  @usableFromInline static let extend: UInt32 = 9
  @usableFromInline static let lf: UInt32 = 10
  @usableFromInline static let midNumLet: UInt32 = 11
  @usableFromInline static let newline: UInt32 = 12
  @usableFromInline static let regionalIndicator: UInt32 = 13
  @usableFromInline static let hebrewLetter: UInt32 = 14
  @usableFromInline static let singleQuote: UInt32 = 15
  @usableFromInline static let doubleQuote: UInt32 = 16
  @usableFromInline static let zwj: UInt32 = 21
  @usableFromInline static let wSegSpace: UInt32 = 22
}

/// Which family of scripts a letter belongs to, for KoEn's own word and language rules.
@usableFromInline
enum ScriptGroup {
  /// Not a letter, or a letter of no particular script.
  @usableFromInline static let none: UInt8 = 0
  /// Latin letters, fullwidth ones included.
  @usableFromInline static let latin: UInt8 = 1
  /// Hangul syllables and jamo, compatibility and halfwidth forms included.
  @usableFromInline static let hangul: UInt8 = 2
  /// Han ideographs (Hanja, kanji, hanzi).
  @usableFromInline static let han: UInt8 = 3
  /// Hiragana and katakana.
  @usableFromInline static let kana: UInt8 = 4
  /// Scripts written without spaces between words (Line_Break = Complex_Context: Thai…).
  @usableFromInline static let complex: UInt8 = 5
  /// Letters of any other script.
  @usableFromInline static let other: UInt8 = 6
}

/// A coarse general category, enough to choose a token's kind.
@usableFromInline
enum CharCategory {
  @usableFromInline static let letter: UInt32 = 0
  @usableFromInline static let mark: UInt32 = 1
  @usableFromInline static let digit: UInt32 = 2
  @usableFromInline static let punctuation: UInt32 = 3
  @usableFromInline static let symbol: UInt32 = 4
  @usableFromInline static let space: UInt32 = 5
  @usableFromInline static let other: UInt32 = 6
}

/// The classification of every BMP code point, built on first use and never freed.
///
/// A global `let` is initialized once, thread-safely, by the Swift runtime.
nonisolated(unsafe) let bmpCharInfo: UnsafePointer<UInt32> = {
  let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
  for codePoint in UInt32(0)..<0x10000 {
    switch codePoint {
    case 0xAC00...0xD7A3:
      // Precomposed Hangul syllables: all alike, so copy the first.
      table[Int(codePoint)] = codePoint == 0xAC00 ? CharInfo.compute(codePoint).raw : table[0xAC00]
    case 0xD800...0xDFFF:
      table[Int(codePoint)] = CharInfo.compute(0xFFFD).raw  // never decoded from UTF-8
    default:
      table[Int(codePoint)] = CharInfo.compute(codePoint).raw
    }
  }
  return UnsafePointer(table)
}()

/// The classification of a supplementary code point (outside the table), from ICU.
@usableFromInline
func supplementaryCharInfo(_ codePoint: UInt32) -> CharInfo {
  CharInfo.compute(codePoint)
}
