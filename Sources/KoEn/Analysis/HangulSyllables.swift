/// Tests on words written in precomposed Hangul syllables (U+AC00–U+D7A3) that give what
/// `String`'s do, by bytes.
///
/// Each such syllable is a grapheme cluster of its own (no two of them join) and the
/// canonical composition of itself, so on such words `String`'s comparisons by characters
/// under canonical equivalence are comparisons of bytes. Other words go to `String`.
enum HangulSyllables {
  /// Whether every scalar of `word` is a precomposed Hangul syllable.
  static func areAll(_ word: String) -> Bool {
    word.unicodeScalars.allSatisfy { $0.value &- 0xAC00 <= 0xD7A3 - 0xAC00 }
  }

  /// Whether the UTF-8 bytes `word` end with the bytes `suffix`: `hasSuffix` of two words
  /// of syllables.
  static func hasSuffix(_ word: [UInt8], _ suffix: [UInt8]) -> Bool {
    guard word.count >= suffix.count else { return false }
    let offset = word.count - suffix.count
    for k in suffix.indices where word[offset + k] != suffix[k] { return false }
    return true
  }

  /// `word.hasSuffix(suffix)`, where `wordIsSyllables` is `areAll(word)`.
  static func hasSuffix(_ word: String, _ suffix: String, wordIsSyllables: Bool) -> Bool {
    guard wordIsSyllables && areAll(suffix) else { return word.hasSuffix(suffix) }
    let w = word.utf8
    let s = suffix.utf8
    return w.count >= s.count && w.suffix(s.count).elementsEqual(s)
  }
}
