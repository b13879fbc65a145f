/// One token of UTF-8 text: a byte range with what it is made of, its script and its
/// language.
///
/// Tokens partition their input: in order they cover every byte once, so concatenating
/// the bytes of all tokens gives the input back.
///
/// ```swift
/// for token in Tokenizer("NATO에 3,000명") {
///   print(token.range, token.kind, token.script.code, token.language)
/// }
/// // 0..<4 word Latn en · 4..<7 word Hang ko · 7..<8 whitespace Zyyy zxx
/// // 8..<13 number Zyyy zxx · 13..<16 word Hang ko
/// ```
///
/// A small value (no references): `Sendable`, safe to keep after the tokenizer is gone.
public struct Token: Sendable, Hashable, Codable {
  /// The token's UTF-8 byte offsets in the input, half-open.
  public var range: Range<Int>
  /// What the token is made of.
  public var kind: TokenKind
  /// The script of the token's first letter; `Script.common` (`Zyyy`) when it has none,
  /// `Script.unknown` (`Zzzz`) for invalid bytes.
  public var script: Script
  /// The token's language: from its script, and for Han from its neighbours (see
  /// `Tokenizer`); `zxx` for tokens without letters.
  public var language: Language

  /// Creates a token.
  @inlinable
  public init(range: Range<Int>, kind: TokenKind, script: Script, language: Language) {
    self.range = range
    self.kind = kind
    self.script = script
    self.language = language
  }

  /// The number of bytes the token covers.
  @inlinable public var byteCount: Int { range.count }

  /// Whether the token carries letters (its kind is `word`).
  @inlinable public var isWord: Bool { kind == .word }
}
