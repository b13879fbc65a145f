/// The language profile of a whole document: each line's profile, the letters of all of
/// them, and the dominant language by letter mass.
///
/// ```swift
/// let profile = DocumentProfile(text)
/// profile.dominant            // .en for an English article with Korean portal chrome
/// profile.lines[3].language   // .ko
/// ```
public struct DocumentProfile: Sendable, Hashable, Codable {
  /// Every line, in order.
  public var lines: [LineProfile]
  /// The letters of the whole document.
  public var letters: LetterCounts
  /// The language with the most letters (`zxx` when there are none).
  public var dominant: Language { letters.dominant }

  /// Profiles `text`.
  ///
  /// - Complexity: O(n); allocates the array of lines.
  public init(_ text: String) { self.init(lines: LineProfiler(text)) }

  /// Profiles UTF-8 bytes, which need not be valid.
  public init(utf8 bytes: some Sequence<UInt8>) { self.init(lines: LineProfiler(utf8: bytes)) }

  /// Collects the profiles of `lines`.
  public init(lines: LineProfiler) {
    var all: [LineProfile] = []
    var letters = LetterCounts()
    for line in lines {
      letters += line.letters
      all.append(line)
    }
    self.lines = all
    self.letters = letters
  }
}
