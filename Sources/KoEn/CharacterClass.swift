/// What KoEn needs to know about one code point, packed into 32 bits: the one answer to
/// "what kind of character is this" for the tokenizer, the segmenter and document analysis.
///
/// Every field is derived from ICU's properties through `UnicodeProperties` (the Unicode
/// version of the ICU in use, the same data as ICU's break iterators), once per code point:
/// `CharacterClass.of(_:)` reads a table built on first use (see `CharacterClassTable`), so
/// the hot loops never call ICU for text in the Basic Multilingual Plane.
///
/// Layout: bits 0–4 `Word_Break`, 5–7 `ScriptGroup`, 8 `Extended_Pictographic`, 9–11
/// `CharCategory`, 12 hyphen that may join letters, 13–14 `BracketRole`, 15 conjoining
/// vowel or final jamo, 16–23 ICU script code, 24–28 the effective word class, 29
/// `Uppercase`, 30 `Lowercase`, 31 `Alphabetic`.
@usableFromInline
struct CharacterClass: Equatable {
  @usableFromInline var raw: UInt32

  @inlinable init(raw: UInt32) { self.raw = raw }

  /// The `Word_Break` property value (with KoEn's two changes to ICU's data, see `compute`).
  @inlinable var wordBreak: WordBreakClass { WordBreakClass(rawValue: UInt8(truncatingIfNeeded: raw & 0x1F)) }
  /// The class the word rules use: `wordBreak`, or `.cjk` for Han and hiragana, or
  /// `.complex` for the scripts written without spaces.
  @inlinable var wordClass: WordBreakClass {
    WordBreakClass(rawValue: UInt8(truncatingIfNeeded: (raw >> 24) & 0x1F))
  }
  @inlinable var group: ScriptGroup { ScriptGroup(rawValue: UInt8(truncatingIfNeeded: (raw >> 5) & 0x7)) }
  @inlinable var isExtendedPictographic: Bool { raw & (1 << 8) != 0 }
  @inlinable var category: CharCategory {
    CharCategory(rawValue: UInt8(truncatingIfNeeded: (raw >> 9) & 0x7))
  }
  /// A hyphen that joins two letters of one script (`K-pop`): U+002D, U+2010, U+2011.
  @inlinable var isHyphen: Bool { raw & (1 << 12) != 0 }
  @inlinable var bracket: BracketRole { BracketRole(rawValue: UInt8(truncatingIfNeeded: (raw >> 13) & 0x3)) }
  /// A conjoining vowel or final jamo: part of the syllable its leading jamo starts.
  @inlinable var isTrailingJamo: Bool { raw & (1 << 15) != 0 }
  /// ICU's script code (`Script.rawValue`).
  @inlinable var script: Int32 { Int32((raw >> 16) & 0xFF) }
  @inlinable var isUppercase: Bool { raw & (1 << 29) != 0 }
  @inlinable var isLowercase: Bool { raw & (1 << 30) != 0 }
  @inlinable var isAlphabetic: Bool { raw & (1 << 31) != 0 }

  /// The class of `scalar`.
  ///
  /// - Complexity: O(1): two table reads for the BMP, ICU's property lookups above it.
  @inlinable static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
    CharacterClassTable.shared.lookup(scalar.value)
  }

  /// Whether `scalar` is `Uppercase` (Lu and Other_Uppercase).
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value &- 0x41 < 26 }
    return of(scalar).isUppercase
  }

  /// Whether `scalar` is `Lowercase` (Ll and Other_Lowercase).
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value &- 0x61 < 26 }
    return of(scalar).isLowercase
  }

  /// Computes the class of `codePoint` from ICU's properties.
  ///
  /// Properties that cannot apply to a category are not looked up (paired brackets are
  /// punctuation; `Uppercase`, `Lowercase` and `Alphabetic` belong to letters, marks,
  /// symbols and other numbers), which keeps the one-time table build short.
  static func compute(_ codePoint: UInt32) -> CharacterClass {
    let scalar = Unicode.Scalar(codePoint) ?? "\u{FFFD}"
    var wb = WordBreakClass(UnicodeProperties.wordBreak(of: scalar))
    // ICU's root word rules take the colon out of MidLetter (so "a:b" is three tokens).
    if codePoint == 0x3A || codePoint == 0xFE55 || codePoint == 0xFF1A { wb = .other }
    // ICU's root word rules count "@" as a letter (so "a@b" is one word, like ICU).
    if codePoint == 0x40 { wb = .aLetter }
    let gc = UnicodeProperties.generalCategory(of: scalar)
    let category = CharCategory(gc, isWhiteSpace: UnicodeProperties.isWhiteSpace(scalar))
    let script = Script(of: scalar)
    let group = ScriptGroup(
      script: script, wordBreak: wb, isLetter: category == .letter,
      isComplexContext: UnicodeProperties.lineBreak(of: scalar) == .complexContext)
    var raw = UInt32(wb.rawValue) | UInt32(group.rawValue) << 5 | UInt32(category.rawValue) << 9
    switch category {
    case .letter, .mark, .symbol, .otherNumber:
      if UnicodeProperties.isUppercase(scalar) { raw |= 1 << 29 }
      if UnicodeProperties.isLowercase(scalar) { raw |= 1 << 30 }
      if UnicodeProperties.isAlphabetic(scalar) { raw |= 1 << 31 }
    default: break
    }
    if UnicodeProperties.isExtendedPictographic(scalar) { raw |= 1 << 8 }
    if codePoint == 0x2D || codePoint == 0x2010 || codePoint == 0x2011 { raw |= 1 << 12 }
    raw |= UInt32(BracketRole(scalar, gc, isPunctuation: category == .punctuation).rawValue) << 13
    if (0x1160...0x11FF).contains(codePoint) || (0xD7B0...0xD7FF).contains(codePoint) {
      raw |= 1 << 15
    }
    raw |= UInt32(UInt8(clamping: max(0, script.rawValue))) << 16
    raw |= UInt32(WordBreakClass.effective(wb, group).rawValue) << 24
    return CharacterClass(raw: raw)
  }
}

/// A `Word_Break` value (UAX #29; `rawValue` is ICU's `UWordBreakValues` number, as in
/// `UnicodeProperties.WordBreak`), plus two classes of KoEn's own for letters that UAX #29
/// leaves as `Other` but that KoEn keeps in words. Small enough for the packed table.
@usableFromInline
struct WordBreakClass: Equatable {
  @usableFromInline let rawValue: UInt8
  @inlinable init(rawValue: UInt8) { self.rawValue = rawValue }
  init(_ value: UnicodeProperties.WordBreak) {
    rawValue = value.rawValue >= 0 && value.rawValue < 30 ? UInt8(value.rawValue) : 0
  }

  @inlinable static var other: Self { Self(rawValue: 0) }
  @inlinable static var aLetter: Self { Self(rawValue: 1) }
  @inlinable static var format: Self { Self(rawValue: 2) }
  @inlinable static var katakana: Self { Self(rawValue: 3) }
  @inlinable static var midLetter: Self { Self(rawValue: 4) }
  @inlinable static var midNum: Self { Self(rawValue: 5) }
  @inlinable static var numeric: Self { Self(rawValue: 6) }
  @inlinable static var extendNumLet: Self { Self(rawValue: 7) }
  @inlinable static var cr: Self { Self(rawValue: 8) }
  @inlinable static var extend: Self { Self(rawValue: 9) }
  @inlinable static var lf: Self { Self(rawValue: 10) }
  @inlinable static var midNumLet: Self { Self(rawValue: 11) }
  @inlinable static var newline: Self { Self(rawValue: 12) }
  @inlinable static var regionalIndicator: Self { Self(rawValue: 13) }
  @inlinable static var hebrewLetter: Self { Self(rawValue: 14) }
  @inlinable static var singleQuote: Self { Self(rawValue: 15) }
  @inlinable static var doubleQuote: Self { Self(rawValue: 16) }
  @inlinable static var zwj: Self { Self(rawValue: 21) }
  @inlinable static var wSegSpace: Self { Self(rawValue: 22) }
  /// KoEn: Han ideographs and hiragana. UAX #29 leaves them `Other` (ICU breaks them with
  /// its dictionary); KoEn keeps a run of them, and Hanja glued to Hangul, in one word.
  @inlinable static var cjk: Self { Self(rawValue: 30) }
  /// KoEn: letters of scripts written without spaces (Thai…), kept as one run.
  @inlinable static var complex: Self { Self(rawValue: 31) }

  /// Ignored between the characters it follows (WB4): Extend, Format, ZWJ.
  @inlinable var isIgnorable: Bool { self == .extend || self == .format || self == .zwj }
  /// Ends a line (WB3a, WB3b): CR, LF, Newline.
  @inlinable var isLineBreak: Bool { self == .cr || self == .lf || self == .newline }
  /// ALetter or Hebrew_Letter (UAX #29's AHLetter).
  @inlinable var isAHLetter: Bool { self == .aLetter || self == .hebrewLetter }

  /// The class the word rules use for a character of class `wb` in `group`.
  static func effective(_ wb: Self, _ group: ScriptGroup) -> Self {
    if group == .han || (group == .kana && wb != .katakana) { return .cjk }
    if group == .complex { return .complex }
    return wb
  }
}

/// Which family of scripts a letter belongs to, for KoEn's own word and language rules.
@usableFromInline
struct ScriptGroup: Equatable {
  @usableFromInline let rawValue: UInt8
  @inlinable init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Not a letter, or a letter of no particular script.
  @inlinable static var none: Self { Self(rawValue: 0) }
  /// Latin letters, fullwidth ones included.
  @inlinable static var latin: Self { Self(rawValue: 1) }
  /// Hangul syllables and jamo, compatibility and halfwidth forms included.
  @inlinable static var hangul: Self { Self(rawValue: 2) }
  /// Han ideographs (Hanja, kanji, hanzi).
  @inlinable static var han: Self { Self(rawValue: 3) }
  /// Hiragana and katakana.
  @inlinable static var kana: Self { Self(rawValue: 4) }
  /// Scripts written without spaces between words (Line_Break = Complex_Context: Thai…).
  @inlinable static var complex: Self { Self(rawValue: 5) }
  /// Letters of any other script.
  @inlinable static var other: Self { Self(rawValue: 6) }

  /// Hangul or Han: the letters of a Korean word.
  @inlinable var isKorean: Bool { self == .hangul || self == .han }
  /// This group as one bit of a set of groups.
  @inlinable var bit: UInt8 { 1 << rawValue }

  /// The group of a character: only letters (and characters UAX #29 counts as letters)
  /// have one.
  init(
    script: Script, wordBreak wb: WordBreakClass, isLetter: Bool,
    isComplexContext: @autoclosure () -> Bool
  ) {
    guard isLetter || wb == .aLetter || wb == .hebrewLetter || wb == .katakana else {
      self = .none
      return
    }
    switch script {
    case .latin: self = .latin
    case .hangul: self = .hangul
    case .han: self = .han
    case .hiragana, .katakana: self = .kana
    default:
      if wb == .katakana {
        self = .kana  // U+30FC and friends: Common script, used with kana
      } else if isComplexContext() {
        self = .complex
      } else if script == .common || script == .inherited {
        self = wb == .aLetter ? .other : .none
      } else {
        self = .other
      }
    }
  }
}

/// A coarse general category, enough to choose a token's kind.
@usableFromInline
struct CharCategory: Equatable {
  @usableFromInline let rawValue: UInt8
  @inlinable init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Letters (L*) and letter numbers (Nl).
  @inlinable static var letter: Self { Self(rawValue: 0) }
  /// Marks (M*).
  @inlinable static var mark: Self { Self(rawValue: 1) }
  /// Decimal digits (Nd).
  @inlinable static var digit: Self { Self(rawValue: 2) }
  /// Punctuation (P*).
  @inlinable static var punctuation: Self { Self(rawValue: 3) }
  /// Symbols (S*).
  @inlinable static var symbol: Self { Self(rawValue: 4) }
  /// White_Space characters, whatever their category.
  @inlinable static var space: Self { Self(rawValue: 5) }
  /// Controls, formats, unassigned, private use, separators that are not spaces.
  @inlinable static var other: Self { Self(rawValue: 6) }
  /// Other numbers (No: ², ½, ①).
  @inlinable static var otherNumber: Self { Self(rawValue: 7) }

  init(_ gc: Unicode.GeneralCategory, isWhiteSpace: Bool) {
    if isWhiteSpace {
      self = .space
      return
    }
    switch gc {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .letterNumber:
      self = .letter
    case .nonspacingMark, .spacingMark, .enclosingMark: self = .mark
    case .decimalNumber: self = .digit
    case .otherNumber: self = .otherNumber
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      self = .punctuation
    case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: self = .symbol
    default: self = .other
    }
  }
}

/// Whether a character opens or closes a bracket pair or a quotation.
@usableFromInline
struct BracketRole: Equatable {
  @usableFromInline let rawValue: UInt8
  @inlinable init(rawValue: UInt8) { self.rawValue = rawValue }

  @inlinable static var none: Self { Self(rawValue: 0) }
  /// An opening bracket (`Bidi_Paired_Bracket_Type=Open`), opening or initial punctuation.
  @inlinable static var opening: Self { Self(rawValue: 1) }
  /// A closing bracket, closing or final punctuation.
  @inlinable static var closing: Self { Self(rawValue: 2) }
  /// The ASCII quotes `"` and `'`: opening or closing by position.
  @inlinable static var either: Self { Self(rawValue: 3) }

  /// The role of `scalar`, of category `gc`; the paired-bracket property is looked up only
  /// for punctuation (every paired bracket is punctuation). One switch over `gc`: the
  /// standard library's enums are resilient, so each comparison with one costs a call.
  init(_ scalar: Unicode.Scalar, _ gc: Unicode.GeneralCategory, isPunctuation: Bool) {
    switch gc {
    case .openPunctuation, .initialPunctuation: self = .opening
    case .closePunctuation, .finalPunctuation: self = .closing
    default:
      if isPunctuation && UnicodeProperties.isOpeningBracket(scalar) {
        self = .opening
      } else if isPunctuation && UnicodeProperties.isClosingBracket(scalar) {
        self = .closing
      } else if scalar.value == 0x22 || scalar.value == 0x27 {
        self = .either
      } else {
        self = .none
      }
    }
  }
}

/// ICU's script codes (`UScriptCode`, `Script.rawValue`) that the scanner writes into
/// tokens, as constants the compiler folds (`Script`'s static members live in KoEnCore and
/// cost a call each from here). `CharacterClassTests` checks them against `Script`.
@usableFromInline
enum ScriptCode {
  /// `Script.latin.rawValue` (`USCRIPT_LATIN`).
  @inlinable static var latin: Int32 { 25 }
  /// `Script.hangul.rawValue` (`USCRIPT_HANGUL`).
  @inlinable static var hangul: Int32 { 18 }
  /// `Script.han.rawValue` (`USCRIPT_HAN`).
  @inlinable static var han: Int32 { 17 }
  /// `Script.unknown.rawValue` (`USCRIPT_UNKNOWN`).
  @inlinable static var unknown: Int32 { 103 }
}
