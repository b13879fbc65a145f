/// One line of an analysed document: its position, language, role and fragments.
///
/// Thread-safety: a value type; `Sendable`.
public struct AnalyzedLine: Hashable, Sendable, Codable {
  /// The 1-based line number.
  public var number: Int
  /// UTF-8 byte offsets of the line in the input, excluding its line break (`\n` or `\r\n`).
  public var range: Range<Int>
  /// The line's language.
  public var language: LineLanguage
  /// The line's role in the document.
  public var role: LineRole
  /// The fragments of the line in the document's non-dominant language, in order.
  public var fragments: [Fragment]

  /// Creates an analysed line.
  ///
  /// - Parameters:
  ///   - number: 1-based line number.
  ///   - range: Byte range of the line without its break.
  ///   - language: The line's language.
  ///   - role: The line's role.
  ///   - fragments: Its fragments in the non-dominant language.
  public init(number: Int, range: Range<Int>, language: LineLanguage, role: LineRole, fragments: [Fragment]) {
    self.number = number
    self.range = range
    self.language = language
    self.role = role
    self.fragments = fragments
  }

  private enum CodingKeys: String, CodingKey {
    case line, start, end, lang, role, fragments
  }

  /// Decodes a line from `{"line","start","end","lang","role","fragments"}`.
  ///
  /// - Throws: `DecodingError` when a field is missing or `end < start`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.number = try c.decode(Int.self, forKey: .line)
    self.range = try c.decodeByteRange(start: .start, end: .end)
    self.language = try c.decode(LineLanguage.self, forKey: .lang)
    self.role = try c.decode(LineRole.self, forKey: .role)
    self.fragments = try c.decode([Fragment].self, forKey: .fragments)
  }

  /// Encodes the line as `{"line","start","end","lang","role","fragments"}`.
  ///
  /// - Throws: `EncodingError` from the underlying encoder.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(number, forKey: .line)
    try c.encodeByteRange(range, start: .start, end: .end)
    try c.encode(language, forKey: .lang)
    try c.encode(role, forKey: .role)
    try c.encode(fragments, forKey: .fragments)
  }
}
