/// What a token is made of.
///
/// Encodes (`Codable`) as its raw value, in `snake_case` (`"line_break"`), the form the
/// command line's JSON uses.
public enum TokenKind: String, Codable, Sendable, Hashable, CaseIterable {
  /// Letters, possibly with digits, marks and joiners inside (`NATO`, `에`, `can't`,
  /// `K-pop`, `北한`).
  case word
  /// Digits with their separators and no letter (`3,000`, `10.5`, `２０２４`).
  case number
  /// One punctuation mark (`,`, `[`, `“`, `…`).
  case punctuation
  /// A symbol (`©`, `+`, an emoji sequence), or any other character that is neither
  /// letter, digit, punctuation nor space (controls, unassigned code points).
  case symbol
  /// A run of spaces (`U+0020` and other space separators), or one tab.
  case whitespace
  /// One line break: LF, CR, CRLF, or U+000B, U+000C, U+0085, U+2028, U+2029.
  case lineBreak = "line_break"
  /// A URL with its scheme (`https://…`) or starting `www.`.
  case url
  /// An e-mail address (`yea@donga.com`).
  case email
  /// One maximal ill-formed UTF-8 subpart (the bytes one U+FFFD would replace).
  case invalid
}
