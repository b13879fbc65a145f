/// A run of text in one language: a byte range of the input with its language and script.
///
/// Segments partition their input like tokens do: in order they cover every byte once.
/// Spaces, digits and punctuation belong to the run around them (see `Segmenter`).
///
/// ```swift
/// for segment in Segmenter("[北, 러시아 파병] NATO meeting") {
///   print(segment.range, segment.language, segment.script.code)
/// }
/// // 0..<24 ko Hang · 24..<36 en Latn
/// ```
///
/// A small value with no references: `Sendable`, safe to keep after the segmenter is gone.
public struct Segment: Sendable, Hashable, Codable {
  /// The segment's UTF-8 byte offsets in the input, half-open.
  public var range: Range<Int>
  /// The run's language; `zxx` for a run with no letters (a line of digits, or text
  /// without any letter at all).
  public var language: Language
  /// The run's script: `Hang` for Korean (`Hani` if it holds only Hanja), `Latn` for
  /// English, `Jpan` for Japanese, `Hani` for Chinese, the letters' script for `und`, and
  /// `Zyyy` for `zxx`.
  public var script: Script

  /// Creates a segment.
  @inlinable
  public init(range: Range<Int>, language: Language, script: Script) {
    self.range = range
    self.language = language
    self.script = script
  }

  /// The number of bytes the segment covers.
  @inlinable public var byteCount: Int { range.count }
}
