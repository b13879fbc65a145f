internal import CICU

/// Unicode character properties as the ICU in use knows them: the same data ICU's break
/// iterators, normalizers and script functions use, so answers never disagree with them
/// (Swift's own `Unicode.Scalar.Properties` may follow another Unicode version).
///
/// Use these for the rare code points a fast path does not cover, such as a tokenizer that
/// handles ASCII and Hangul itself and asks ICU about everything else:
///
/// ```swift
/// UnicodeProperties.generalCategory(of: "가")   // .otherLetter
/// UnicodeProperties.wordBreak(of: "'")          // .singleQuote
/// UnicodeProperties.wordBreak(of: "a").name     // "ALetter"
/// ```
///
/// - Complexity: each lookup is O(1): one call into ICU's property trie, no allocation.
/// - Thread-safety: ICU's property data is immutable; call from any thread.
public enum UnicodeProperties {
  /// The general category (`gc`), as Swift's own `Unicode.GeneralCategory` type.
  public static func generalCategory(of scalar: Unicode.Scalar) -> Unicode.GeneralCategory {
    let value = Int(koen_property_value(scalar.value, KOEN_PROP_GENERAL_CATEGORY))
    return value >= 0 && value < generalCategories.count ? generalCategories[value] : .unassigned
  }

  /// ICU's `UCharCategory` values in order.
  private static let generalCategories: [Unicode.GeneralCategory] = [
    .unassigned, .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
    .otherLetter, .nonspacingMark, .enclosingMark, .spacingMark, .decimalNumber, .letterNumber,
    .otherNumber, .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
    .privateUse, .surrogate, .dashPunctuation, .openPunctuation, .closePunctuation,
    .connectorPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol,
    .otherSymbol, .initialPunctuation, .finalPunctuation,
  ]

  /// The `Word_Break` property (UAX #29).
  public static func wordBreak(of scalar: Unicode.Scalar) -> WordBreak {
    WordBreak(rawValue: koen_property_value(scalar.value, KOEN_PROP_WORD_BREAK))
  }

  /// The `Grapheme_Cluster_Break` property (UAX #29).
  public static func graphemeClusterBreak(of scalar: Unicode.Scalar) -> GraphemeClusterBreak {
    GraphemeClusterBreak(rawValue: koen_property_value(scalar.value, KOEN_PROP_GRAPHEME_BREAK))
  }

  /// The `Sentence_Break` property (UAX #29).
  public static func sentenceBreak(of scalar: Unicode.Scalar) -> SentenceBreak {
    SentenceBreak(rawValue: koen_property_value(scalar.value, KOEN_PROP_SENTENCE_BREAK))
  }

  /// The `Line_Break` property (UAX #14).
  public static func lineBreak(of scalar: Unicode.Scalar) -> LineBreak {
    LineBreak(rawValue: koen_property_value(scalar.value, KOEN_PROP_LINE_BREAK))
  }

  /// The `East_Asian_Width` property (UAX #11): Hangul syllables are wide, halfwidth Hangul
  /// (U+FFA0–U+FFDC) is halfwidth.
  public static func eastAsianWidth(of scalar: Unicode.Scalar) -> EastAsianWidth {
    EastAsianWidth(rawValue: koen_property_value(scalar.value, KOEN_PROP_EAST_ASIAN_WIDTH))
  }

  /// The `Hangul_Syllable_Type` property: leading, vowel or trailing conjoining jamo, or an
  /// LV or LVT syllable. Compatibility and halfwidth jamo have none (see `HangulForm` for a
  /// classification that covers them).
  public static func hangulSyllableType(of scalar: Unicode.Scalar) -> HangulSyllableType {
    HangulSyllableType(rawValue: koen_property_value(scalar.value, KOEN_PROP_HANGUL_SYLLABLE_TYPE))
  }

  /// The canonical combining class (`ccc`): 0 for starters, above 0 for marks that
  /// canonical ordering may move.
  public static func canonicalCombiningClass(of scalar: Unicode.Scalar) -> UInt8 {
    koen_combining_class(scalar.value)
  }

  /// Whether the code point is `Alphabetic`.
  public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_ALPHABETIC) != 0
  }

  /// Whether the code point is `White_Space`.
  public static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_WHITE_SPACE) != 0
  }

  /// Whether the code point is `Uppercase` (`Lu` and `Other_Uppercase`, such as Ⓐ and Ⅰ).
  public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_UPPERCASE) != 0
  }

  /// Whether the code point is `Lowercase` (`Ll` and `Other_Lowercase`, such as ª and ⁱ).
  public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_LOWERCASE) != 0
  }

  /// Whether the code point is `Ideographic` (Han ideographs, including the CJK
  /// compatibility ideographs Korean uses for Hanja).
  public static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_IDEOGRAPHIC) != 0
  }

  /// Whether the code point is `Extended_Pictographic` (emoji and pictographs).
  public static func isExtendedPictographic(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_EXTENDED_PICTOGRAPHIC) != 0
  }

  /// Whether the code point is `Default_Ignorable_Code_Point` (zero-width joiners,
  /// variation selectors, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0).
  public static func isDefaultIgnorable(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_DEFAULT_IGNORABLE) != 0
  }

  /// The bracket that pairs with `scalar` (`)` for `(`, `」` for `「`), or nil when it is
  /// not a paired bracket (`Bidi_Paired_Bracket`, UAX #9).
  public static func pairedBracket(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard koen_property_value(scalar.value, KOEN_PROP_BIDI_PAIRED_BRACKET_TYPE) != 0 else { return nil }
    return Unicode.Scalar(koen_paired_bracket(scalar.value))
  }

  /// Whether `scalar` opens a bracket pair (`Bidi_Paired_Bracket_Type=Open`).
  public static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_BIDI_PAIRED_BRACKET_TYPE) == 1
  }

  /// Whether `scalar` closes a bracket pair (`Bidi_Paired_Bracket_Type=Close`).
  public static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool {
    koen_property_value(scalar.value, KOEN_PROP_BIDI_PAIRED_BRACKET_TYPE) == 2
  }

  static func valueName(_ property: koen_property, _ value: Int32) -> String {
    koen_property_value_name(property, value, 0).map { String(cString: $0) } ?? "\(value)"
  }

  // MARK: - Property values

  /// A value of the `Word_Break` property. The raw value is ICU's `UWordBreakValues`.
  public struct WordBreak: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// ICU's `UWordBreakValues` number.
    public let rawValue: Int32
    /// Wraps ICU's number.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// The value's short name, as in the UCD and the test files (`ALetter`, `WSegSpace`).
    public var name: String { UnicodeProperties.valueName(KOEN_PROP_WORD_BREAK, rawValue) }
    /// The short name.
    public var description: String { name }

    /// `XX`: everything else. The corresponding ICU constant is `U_WB_OTHER`.
    public static let other = WordBreak(rawValue: 0)
    /// Letters of alphabets and syllabaries, Hangul included. `U_WB_ALETTER`.
    public static let aLetter = WordBreak(rawValue: 1)
    /// Format controls such as U+00AD SOFT HYPHEN and U+2060 WORD JOINER. `U_WB_FORMAT`.
    public static let format = WordBreak(rawValue: 2)
    /// Katakana. `U_WB_KATAKANA`.
    public static let katakana = WordBreak(rawValue: 3)
    /// `:` `·` and the like. `U_WB_MIDLETTER`.
    public static let midLetter = WordBreak(rawValue: 4)
    /// `,` `;` and the like. `U_WB_MIDNUM`.
    public static let midNum = WordBreak(rawValue: 5)
    /// Digits. `U_WB_NUMERIC`.
    public static let numeric = WordBreak(rawValue: 6)
    /// `_` and other connectors. `U_WB_EXTENDNUMLET`.
    public static let extendNumLet = WordBreak(rawValue: 7)
    /// Carriage return. `U_WB_CR`.
    public static let cr = WordBreak(rawValue: 8)
    /// Combining marks and other extenders. `U_WB_EXTEND`.
    public static let extend = WordBreak(rawValue: 9)
    /// Line feed. `U_WB_LF`.
    public static let lf = WordBreak(rawValue: 10)
    /// `.` and the like. `U_WB_MIDNUMLET`.
    public static let midNumLet = WordBreak(rawValue: 11)
    /// Other line ends (U+000B, U+000C, U+0085, U+2028, U+2029). `U_WB_NEWLINE`.
    public static let newline = WordBreak(rawValue: 12)
    /// Regional indicator letters (flags). `U_WB_REGIONAL_INDICATOR`.
    public static let regionalIndicator = WordBreak(rawValue: 13)
    /// Hebrew letters. `U_WB_HEBREW_LETTER`.
    public static let hebrewLetter = WordBreak(rawValue: 14)
    /// `'`. `U_WB_SINGLE_QUOTE`.
    public static let singleQuote = WordBreak(rawValue: 15)
    /// `"`. `U_WB_DOUBLE_QUOTE`.
    public static let doubleQuote = WordBreak(rawValue: 16)
    /// Zero width joiner. `U_WB_ZWJ`.
    public static let zwj = WordBreak(rawValue: 21)
    /// Spaces that separate words (U+0020, U+3000 and others). `U_WB_WSEGSPACE`.
    public static let wSegSpace = WordBreak(rawValue: 22)
  }

  /// A value of the `Grapheme_Cluster_Break` property. The raw value is ICU's
  /// `UGraphemeClusterBreak`.
  public struct GraphemeClusterBreak: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// ICU's `UGraphemeClusterBreak` number.
    public let rawValue: Int32
    /// Wraps ICU's number.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// The value's short name (`L`, `LV`, `Extend`).
    public var name: String { UnicodeProperties.valueName(KOEN_PROP_GRAPHEME_BREAK, rawValue) }
    /// The short name.
    public var description: String { name }

    /// Everything else. `U_GCB_OTHER`.
    public static let other = GraphemeClusterBreak(rawValue: 0)
    /// Controls. `U_GCB_CONTROL`.
    public static let control = GraphemeClusterBreak(rawValue: 1)
    /// Carriage return. `U_GCB_CR`.
    public static let cr = GraphemeClusterBreak(rawValue: 2)
    /// Extenders (combining marks). `U_GCB_EXTEND`.
    public static let extend = GraphemeClusterBreak(rawValue: 3)
    /// Leading conjoining jamo (choseong). `U_GCB_L`.
    public static let l = GraphemeClusterBreak(rawValue: 4)
    /// Line feed. `U_GCB_LF`.
    public static let lf = GraphemeClusterBreak(rawValue: 5)
    /// Hangul syllables without a final consonant. `U_GCB_LV`.
    public static let lv = GraphemeClusterBreak(rawValue: 6)
    /// Hangul syllables with a final consonant. `U_GCB_LVT`.
    public static let lvt = GraphemeClusterBreak(rawValue: 7)
    /// Trailing conjoining jamo (jongseong). `U_GCB_T`.
    public static let t = GraphemeClusterBreak(rawValue: 8)
    /// Vowel conjoining jamo (jungseong). `U_GCB_V`.
    public static let v = GraphemeClusterBreak(rawValue: 9)
    /// Spacing marks. `U_GCB_SPACING_MARK`.
    public static let spacingMark = GraphemeClusterBreak(rawValue: 10)
    /// Prepended concatenation marks. `U_GCB_PREPEND`.
    public static let prepend = GraphemeClusterBreak(rawValue: 11)
    /// Regional indicators. `U_GCB_REGIONAL_INDICATOR`.
    public static let regionalIndicator = GraphemeClusterBreak(rawValue: 12)
    /// Zero width joiner. `U_GCB_ZWJ`.
    public static let zwj = GraphemeClusterBreak(rawValue: 17)
  }

  /// A value of the `Sentence_Break` property. The raw value is ICU's `USentenceBreak`.
  public struct SentenceBreak: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// ICU's `USentenceBreak` number.
    public let rawValue: Int32
    /// Wraps ICU's number.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// The value's short name (`ATerm`, `Upper`, `OLetter`).
    public var name: String { UnicodeProperties.valueName(KOEN_PROP_SENTENCE_BREAK, rawValue) }
    /// The short name.
    public var description: String { name }

    /// Everything else. `U_SB_OTHER`.
    public static let other = SentenceBreak(rawValue: 0)
    /// `.` `U_SB_ATERM`.
    public static let aTerm = SentenceBreak(rawValue: 1)
    /// Closing punctuation and quotes. `U_SB_CLOSE`.
    public static let close = SentenceBreak(rawValue: 2)
    /// Lowercase letters. `U_SB_LOWER`.
    public static let lower = SentenceBreak(rawValue: 4)
    /// Digits. `U_SB_NUMERIC`.
    public static let numeric = SentenceBreak(rawValue: 5)
    /// Other letters, Hangul and Han included. `U_SB_OLETTER`.
    public static let oLetter = SentenceBreak(rawValue: 6)
    /// Paragraph separators. `U_SB_SEP`.
    public static let sep = SentenceBreak(rawValue: 7)
    /// Spaces. `U_SB_SP`.
    public static let sp = SentenceBreak(rawValue: 8)
    /// `!` `?` `。` and other sentence terminators. `U_SB_STERM`.
    public static let sTerm = SentenceBreak(rawValue: 9)
    /// Uppercase letters. `U_SB_UPPER`.
    public static let upper = SentenceBreak(rawValue: 10)
  }

  /// A value of the `Line_Break` property (UAX #14; 43 values). The raw value is ICU's
  /// `ULineBreak`; `name` gives the two- or three-letter class (`AL`, `ID`, `H2`, `JL`).
  public struct LineBreak: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// ICU's `ULineBreak` number.
    public let rawValue: Int32
    /// Wraps ICU's number.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// The class's short name (`AL`, `H2`, `H3`, `JL`, `JV`, `JT`, `ID`).
    public var name: String { UnicodeProperties.valueName(KOEN_PROP_LINE_BREAK, rawValue) }
    /// The short name.
    public var description: String { name }

    /// `SA`: letters of scripts written without spaces between words, such as Thai and
    /// Lao, whose word boundaries need a dictionary. `U_LB_COMPLEX_CONTEXT`.
    public static let complexContext = LineBreak(rawValue: 24)
  }

  /// A value of the `East_Asian_Width` property. The raw value is ICU's `UEastAsianWidth`.
  public struct EastAsianWidth: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// ICU's `UEastAsianWidth` number.
    public let rawValue: Int32
    /// Wraps ICU's number.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// The value's short name (`N`, `A`, `H`, `F`, `Na`, `W`).
    public var name: String { UnicodeProperties.valueName(KOEN_PROP_EAST_ASIAN_WIDTH, rawValue) }
    /// The short name.
    public var description: String { name }

    /// Neutral. `U_EA_NEUTRAL`.
    public static let neutral = EastAsianWidth(rawValue: 0)
    /// Ambiguous: narrow in Western contexts, wide in East Asian ones. `U_EA_AMBIGUOUS`.
    public static let ambiguous = EastAsianWidth(rawValue: 1)
    /// Halfwidth forms such as U+FFA0–U+FFDC Hangul. `U_EA_HALFWIDTH`.
    public static let halfwidth = EastAsianWidth(rawValue: 2)
    /// Fullwidth forms such as U+FF21 Ａ. `U_EA_FULLWIDTH`.
    public static let fullwidth = EastAsianWidth(rawValue: 3)
    /// Narrow (ASCII). `U_EA_NARROW`.
    public static let narrow = EastAsianWidth(rawValue: 4)
    /// Wide: Hangul syllables, Han, compatibility jamo. `U_EA_WIDE`.
    public static let wide = EastAsianWidth(rawValue: 5)

    /// Whether the character takes two columns in a terminal (wide or fullwidth).
    public var isWide: Bool { self == .wide || self == .fullwidth }
  }

  /// A value of the `Hangul_Syllable_Type` property. The raw value is ICU's
  /// `UHangulSyllableType`.
  public struct HangulSyllableType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// ICU's `UHangulSyllableType` number.
    public let rawValue: Int32
    /// Wraps ICU's number.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// The value's short name (`NA`, `L`, `V`, `T`, `LV`, `LVT`).
    public var name: String { UnicodeProperties.valueName(KOEN_PROP_HANGUL_SYLLABLE_TYPE, rawValue) }
    /// The short name.
    public var description: String { name }

    /// Not Hangul conjoining jamo or a syllable. `U_HST_NOT_APPLICABLE`.
    public static let notApplicable = HangulSyllableType(rawValue: 0)
    /// Leading jamo (choseong), U+1100–U+115F and U+A960–U+A97C. `U_HST_LEADING_JAMO`.
    public static let leadingJamo = HangulSyllableType(rawValue: 1)
    /// Vowel jamo (jungseong), U+1160–U+11A7 and U+D7B0–U+D7C6. `U_HST_VOWEL_JAMO`.
    public static let vowelJamo = HangulSyllableType(rawValue: 2)
    /// Trailing jamo (jongseong), U+11A8–U+11FF and U+D7CB–U+D7FB. `U_HST_TRAILING_JAMO`.
    public static let trailingJamo = HangulSyllableType(rawValue: 3)
    /// A syllable without a final consonant (가). `U_HST_LV_SYLLABLE`.
    public static let lvSyllable = HangulSyllableType(rawValue: 4)
    /// A syllable with a final consonant (각). `U_HST_LVT_SYLLABLE`.
    public static let lvtSyllable = HangulSyllableType(rawValue: 5)
  }
}
