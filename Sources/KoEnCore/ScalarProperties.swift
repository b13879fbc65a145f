internal import CICU

/// Raw Unicode character properties of a code point, straight from ICU's data.
///
/// These are the properties KoEn's tokenizer needs to build its classification tables: the
/// values are ICU's enumeration numbers, unchanged (`UWordBreakValues`, `UCharCategory`,
/// `ULineBreak`, `UBidiPairedBracketType`, `UScriptCode`), so callers can compare them with
/// the constants documented by ICU. Code points above U+10FFFF give ICU's values for an
/// unassigned code point.
///
/// Every function is a pure lookup in ICU's read-only tables: O(1), no allocation, safe to
/// call from any thread.
public enum ScalarProperties {
  /// The `Word_Break` property value (ICU's `UWordBreakValues`: 0 Other, 1 ALetter,
  /// 2 Format, 3 Katakana, 4 MidLetter, 5 MidNum, 6 Numeric, 7 ExtendNumLet, 8 CR,
  /// 9 Extend, 10 LF, 11 MidNumLet, 12 Newline, 13 Regional_Indicator, 14 Hebrew_Letter,
  /// 15 Single_Quote, 16 Double_Quote, 21 ZWJ, 22 WSegSpace).
  public static func wordBreak(_ codePoint: UInt32) -> Int32 {
    koen_property_value(codePoint, KOEN_PROP_WORD_BREAK)
  }

  /// The `General_Category` value (ICU's `UCharCategory`: 0 unassigned, 1–5 letters,
  /// 6–8 marks, 9–11 numbers, 12–14 separators, 15–18 other, 19–23 and 27–28
  /// punctuation, 24–26 symbols).
  public static func generalCategory(_ codePoint: UInt32) -> Int32 {
    koen_property_value(codePoint, KOEN_PROP_GENERAL_CATEGORY)
  }

  /// The `Line_Break` value (ICU's `ULineBreak`; 24 is `Complex_Context`, the scripts
  /// written without spaces between words, such as Thai).
  public static func lineBreak(_ codePoint: UInt32) -> Int32 {
    koen_property_value(codePoint, KOEN_PROP_LINE_BREAK)
  }

  /// The `Bidi_Paired_Bracket_Type` value: 0 none, 1 opening, 2 closing.
  public static func pairedBracketType(_ codePoint: UInt32) -> Int32 {
    koen_property_value(codePoint, KOEN_PROP_BIDI_PAIRED_BRACKET_TYPE)
  }

  /// Whether the code point has the `Extended_Pictographic` property (emoji and their
  /// reserved neighbours).
  public static func isExtendedPictographic(_ codePoint: UInt32) -> Bool {
    koen_property_value(codePoint, KOEN_PROP_EXTENDED_PICTOGRAPHIC) != 0
  }

  /// Whether the code point has the `White_Space` property.
  public static func isWhiteSpace(_ codePoint: UInt32) -> Bool {
    koen_property_value(codePoint, KOEN_PROP_WHITE_SPACE) != 0
  }

  /// Whether the code point has the `Alphabetic` property.
  public static func isAlphabetic(_ codePoint: UInt32) -> Bool {
    koen_property_value(codePoint, KOEN_PROP_ALPHABETIC) != 0
  }

  /// The `Script` property value (ICU's `UScriptCode`); `Script.unknown` for code points
  /// ICU cannot classify.
  public static func script(_ codePoint: UInt32) -> Int32 {
    var status: Int32 = 0
    let value = koen_script_of(codePoint, &status)
    return status > 0 ? Script.unknown.rawValue : value
  }
}
