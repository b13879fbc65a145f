/// The language of a token or segment, as a BCP 47 tag.
///
/// KoEn places the languages it is built for (`ko`, `en`) and the two it must tell apart
/// from Korean because they share its Han characters (`ja`, `zh`). Letters of any other
/// script are `und` (their script still says which), and text with no letters at all
/// (digits, punctuation, symbols, spaces) is `zxx`, "no linguistic content".
///
/// Encodes (`Codable`) as the tag itself: `"ko"`.
public enum Language: String, Codable, Sendable, Hashable, CaseIterable {
  /// Korean: Hangul, and Hanja (Han) in Korean context.
  case ko
  /// English: Latin letters, including fullwidth forms.
  case en
  /// Japanese: kana, and Han in Japanese context.
  case ja
  /// Chinese: Han with no Korean or Japanese context.
  case zh
  /// Letters of a script KoEn does not place (Cyrillic, Greek, Thai…).
  case und
  /// No linguistic content: digits, punctuation, symbols, whitespace, invalid bytes.
  case zxx

  /// Whether text in this language has letters (every language but `zxx`).
  @inlinable public var hasLetters: Bool { self != .zxx }
}
