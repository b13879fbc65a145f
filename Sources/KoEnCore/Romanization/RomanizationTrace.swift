/// What ``Romanizer/explain(_:)`` reports: the romanization of a text and, for each Korean
/// word in it, its pronunciation and every rule that changed a syllable boundary.
///
/// A user who doubts "Silla" for 신라 can read: `신라 [실라] → Silla` and
/// `신|라: ㄴ+ㄹ → ㄹ+ㄹ (ll): liquid assimilation (RR 3.1.1)`.
public struct RomanizationTrace: Sendable, Hashable, CustomStringConvertible {
  /// The text as given.
  public let input: String
  /// Its romanization (the same as ``Romanizer/romanize(_:)`` returns).
  public let output: String
  /// The Korean words of the text, in order.
  public let words: [RomanizedWord]

  /// One line per word, each followed by its changes, indented.
  public var description: String {
    var lines: [String] = []
    for word in words {
      var head = word.written
      if word.pronunciation != word.written { head += " [\(word.pronunciation)]" }
      lines.append("\(head) → \(word.romanization)")
      for change in word.changes { lines.append("  " + change.description) }
    }
    return lines.joined(separator: "\n")
  }
}

/// One Korean word of a ``RomanizationTrace``.
public struct RomanizedWord: Sendable, Hashable {
  /// The word as written (after Hangul composition and, if asked for, Hanja reading).
  public let written: String
  /// The standard pronunciation as Hangul (신라 → 실라); the written form for letter-for-letter schemes.
  public let pronunciation: String
  /// The romanization of the word, as it appears in the output.
  public let romanization: String
  /// The changes, in the order of the syllable boundaries.
  public let changes: [SoundChange]
}
