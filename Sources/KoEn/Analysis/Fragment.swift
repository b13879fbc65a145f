/// A run of text in the document's non-dominant language, with its exact position.
///
/// A fragment spans from the first to the last letter of that language: a Korean fragment
/// in an English document runs over digits, punctuation and embedded acronyms until a real
/// English word breaks it; an English fragment in a Korean document covers the English a
/// translator would have had to render, with placeholders and URLs at its edges left out.
///
/// Thread-safety: a value type; `Sendable`.
public struct Fragment: Hashable, Sendable, Codable {
  /// UTF-8 byte offsets into the analysed input, half-open.
  public var range: Range<Int>
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column of the first character, counted in Unicode scalars.
  public var column: Int
  /// The fragment's text.
  public var text: String
  /// The fragment's language (the document's non-dominant language).
  public var language: Language

  /// Creates a fragment.
  ///
  /// - Parameters:
  ///   - range: UTF-8 byte offsets into the input.
  ///   - line: 1-based line number.
  ///   - column: 1-based column in Unicode scalars.
  ///   - text: The fragment's text.
  ///   - language: The fragment's language.
  public init(range: Range<Int>, line: Int, column: Int, text: String, language: Language) {
    self.range = range
    self.line = line
    self.column = column
    self.text = text
    self.language = language
  }

  private enum CodingKeys: String, CodingKey {
    case start, end, line, column, text, lang
  }

  /// Decodes a fragment from `{"start","end","line","column","text","lang"}`.
  ///
  /// - Throws: `DecodingError` when a field is missing or `end < start`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.range = try c.decodeByteRange(start: .start, end: .end)
    self.line = try c.decode(Int.self, forKey: .line)
    self.column = try c.decode(Int.self, forKey: .column)
    self.text = try c.decode(String.self, forKey: .text)
    self.language = try c.decode(Language.self, forKey: .lang)
  }

  /// Encodes the fragment as `{"start","end","line","column","text","lang"}`.
  ///
  /// - Throws: `EncodingError` from the underlying encoder.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeByteRange(range, start: .start, end: .end)
    try c.encode(line, forKey: .line)
    try c.encode(column, forKey: .column)
    try c.encode(text, forKey: .text)
    try c.encode(language, forKey: .lang)
  }
}
