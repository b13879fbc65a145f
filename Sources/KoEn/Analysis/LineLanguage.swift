/// The language of one line of a document, as document analysis reports it.
///
/// A line is `mixed` when it carries real text in both languages, that is when it has at
/// least one fragment in the document's non-dominant language next to letters of the other.
/// Acronyms, names, code and URLs in Latin letters inside a Korean line do not make it mixed.
///
/// Thread-safety: a value type; `Sendable`.
public enum LineLanguage: String, Codable, Sendable, Hashable, CaseIterable {
  /// English only (Latin letters and no Hangul or Hanja).
  case en
  /// Korean (Hangul or Hanja), possibly with English that is normally kept in Korean text.
  case ko
  /// Text in both languages.
  case mixed
  /// No letters of either language: blank, digits, punctuation, symbols.
  case none
}
