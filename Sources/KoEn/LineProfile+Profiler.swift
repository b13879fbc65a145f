/// The profiles of every line of UTF-8 text, in order: a lazy `Sequence` of
/// `LineProfile`.
///
/// Lines end at each line break token (LF, CRLF, CR, VT, FF, NEL, U+2028, U+2029); text
/// after the last break is a last line, and an empty input has no lines. The lines' full
/// ranges tile the input.
///
/// - Complexity: O(n); nothing is allocated per token or line.
public struct LineProfiler: Sequence, Sendable {
  /// The tokenizer whose tokens are counted.
  public let tokenizer: Tokenizer

  /// Profiles the lines of `text`.
  public init(_ text: String) { tokenizer = Tokenizer(text) }

  /// Profiles the lines of UTF-8 bytes, which need not be valid.
  public init(utf8 bytes: some Sequence<UInt8>) { tokenizer = Tokenizer(utf8: bytes) }

  /// Profiles the lines of the tokens of `tokenizer`.
  public init(tokenizer: Tokenizer) { self.tokenizer = tokenizer }

  /// An iterator over the lines.
  public func makeIterator() -> Iterator { Iterator(tokens: tokenizer.makeIterator()) }

  /// Produces the line profiles one at a time.
  public struct Iterator: IteratorProtocol {
    var tokens: Tokenizer.Iterator
    var number = 0
    var lineStart = 0
    var done = false

    init(tokens: Tokenizer.Iterator) { self.tokens = tokens }

    /// The next line's profile, or nil after the last line.
    public mutating func next() -> LineProfile? {
      guard !done else { return nil }
      let scanner = tokens.scanner
      var letters = LetterCounts()
      while let token = tokens.next() {
        switch token.kind {
        case .word:
          letters[token.language] += scanner.letterCount(in: token.range)
        case .lineBreak:
          number += 1
          let profile = LineProfile(
            number: number, range: lineStart..<token.range.lowerBound,
            lineBreakLength: token.range.count, letters: letters)
          lineStart = token.range.upperBound
          return profile
        default:
          break
        }
      }
      done = true
      guard lineStart < scanner.count else { return nil }
      number += 1
      return LineProfile(
        number: number, range: lineStart..<scanner.count, lineBreakLength: 0, letters: letters)
    }
  }
}
