/// The letters of one line of text, by language, and what language the line is in.
///
/// ```swift
/// for line in LineProfiler("Copyright © 코리아중앙데일리.\nHot news now") {
///   print(line.number, line.language, line.letters.ko, line.letters.en)
/// }
/// // 1 mixed 8 9 · 2 en 0 10
/// ```
///
/// A small value: `Sendable`, `Hashable`, `Codable`.
public struct LineProfile: Sendable, Hashable, Codable {
  /// The 1-based line number.
  public var number: Int
  /// The line's UTF-8 byte offsets, without its line break.
  public var range: Range<Int>
  /// The bytes of the line's break (LF, CRLF, CR, U+2028…), 0 for the last line without
  /// one.
  public var lineBreakLength: Int
  /// The line's letters by language.
  public var letters: LetterCounts
  /// The line's language, from its Korean and English letters.
  public var language: LineLanguage

  /// Creates a profile; `language` follows from `letters`.
  public init(number: Int, range: Range<Int>, lineBreakLength: Int, letters: LetterCounts) {
    self.number = number
    self.range = range
    self.lineBreakLength = lineBreakLength
    self.letters = letters
    self.language = LineLanguage(letters)
  }

  /// The line's offsets including its line break.
  public var fullRange: Range<Int> { range.lowerBound..<(range.upperBound + lineBreakLength) }
}
