/// The language of a line of text: `en`, `ko`, `mixed` or `none`.
///
/// Two judgements use this vocabulary. A `LineProfile` counts letters: a line is `mixed` as
/// soon as it holds Korean and English letters (`init(_:)`). Document analysis judges
/// language: a Korean line with acronyms, names, code or URLs in Latin letters is still `ko`,
/// and a line is `mixed` only when it carries a fragment in the document's other language.
///
/// Encodes (`Codable`) as its raw value (`"mixed"`).
public enum LineLanguage: String, Codable, Sendable, Hashable, CaseIterable {
  /// English letters and no Korean ones.
  case en
  /// Korean letters (Hangul, Hanja in Korean context) and no English ones.
  case ko
  /// Both Korean and English letters, however few of either.
  case mixed
  /// Neither: blank, digits and punctuation only, or only letters of other languages
  /// (their counts are still in `LetterCounts`).
  case none

  /// The language of a line with these letters: `mixed` as soon as both Korean and English
  /// letters are present, so that one untranslated word is never hidden in a ratio.
  public init(_ letters: LetterCounts) {
    switch (letters.ko > 0, letters.en > 0) {
    case (true, true): self = .mixed
    case (true, false): self = .ko
    case (false, true): self = .en
    case (false, false): self = .none
    }
  }
}
