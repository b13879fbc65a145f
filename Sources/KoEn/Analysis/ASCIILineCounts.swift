internal import CTokenBlock

/// What the letter and capital passes over a line ask of its scalars, counted when a line
/// of ASCII is decoded, 32 bytes at a time, from its bytes (`koen_ascii_line_count`).
///
/// The quotes, dashes and ellipsis of English typography (`‘’“”–—…`, classed as other
/// scalars, none starting a word or separating a row's items) may stand among the ASCII:
/// a line of English prose often has one.
///
/// Most lines of an English page are such lines. For them, `LineLetters` (the letters of a line
/// of prose), the capitals of the chrome signals and `SourceLine.isBlank` take these counts
/// instead of reading the line's 16-byte `SourceScalar`s once more each (about 11
/// instructions per byte for each of the first two).
///
/// The counts follow the scalars' classes and traits exactly: a Latin letter is `A`–`Z` or
/// `a`–`z` (`LetterClass`), a space one of U+0009–U+000D and U+0020, and a letter starts a
/// word at the line's start or after a space, `-`, `/` or `|` (`ScalarTraits.startsWord`).
/// `ASCIILineCountsTests` checks them against those, scalar by scalar.
///
/// Eight bytes, kept with every decoded line: four counts of 14 bits and seven flags. A line
/// with more letters than 14 bits count, or another scalar outside ASCII, has none (`isKnown` is
/// false), and the passes read its scalars.
///
/// Thread-safety: a value type; `Sendable`.
struct ASCIILineCounts: Sendable, Equatable {
  private let bits: UInt64

  /// No counts: the passes read the scalars.
  static let unknown = ASCIILineCounts(bits: 0)

  private init(bits: UInt64) { self.bits = bits }

  /// The counts of the line `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    // An empty line (a third of a page's lines) is known blank without the scan.
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      self.init(bits: Self.known | Self.blank)
      return
    }
    let line = koen_ascii_line_count(base, Int64(bytes.count))
    guard line.is_ascii != 0, line.letters <= Self.countMask else {
      self.init(bits: 0)
      return
    }
    var bits = UInt64(line.letters) | UInt64(line.upper) << 14 | UInt64(line.letters_at_word_start) << 28
    bits |= UInt64(line.upper_at_word_start) << 42 | Self.known
    if line.has_digit != 0 { bits |= Self.digit }
    if line.may_separate_row != 0 { bits |= Self.separator }
    if line.is_blank != 0 { bits |= Self.blank }
    if line.has_mask_clue != 0 { bits |= Self.maskClue }
    if line.has_comma != 0 { bits |= Self.comma }
    if line.has_link_mark != 0 { bits |= Self.linkMark }
    self.init(bits: bits)
  }

  /// Whether the line was counted (all ASCII but typographic marks, at most 16,383 letters).
  var isKnown: Bool { bits & Self.known != 0 }
  /// Latin letters, and of them the upper-case ones.
  var letters: Int { count(0) }
  var upper: Int { count(14) }
  /// Latin letters that start a word, and of them the upper-case ones.
  var lettersAtWordStart: Int { count(28) }
  var upperAtWordStart: Int { count(42) }
  /// Whether the line has a decimal digit.
  var hasDigit: Bool { bits & Self.digit != 0 }
  /// Whether the line has `|`, `/` or `>`, the ASCII scalars that may separate a row's
  /// items (`ScalarTraits.maySeparateRow`), which only a reading of the scalars around
  /// them tells.
  var mayHaveRowSeparator: Bool { bits & Self.separator != 0 }
  /// Whether every scalar is a space (`LetterClass.space`), or there is none.
  var isBlank: Bool { bits & Self.blank != 0 }
  /// Whether an inline mask may match on the line: true unless the line was counted and
  /// has no scalar that gives one away (`MaskScanner.firstClue` finds none).
  var mayHaveMaskClue: Bool { bits & Self.known == 0 || bits & Self.maskClue != 0 }

  /// Whether the line may have a `,`: true unless the line was counted and has none.
  var mayHaveComma: Bool { bits & Self.known == 0 || bits & Self.comma != 0 }
  /// Whether the line may have a `<`, `]` or `=`: true unless the line was counted and has
  /// none, and then it has no HTML tag, no Markdown link target and no `href=`.
  var mayHaveLinkMark: Bool { bits & Self.known == 0 || bits & Self.linkMark != 0 }

  private func count(_ shift: UInt64) -> Int { Int(truncatingIfNeeded: bits &>> shift & UInt64(Self.countMask)) }

  private static let countMask: Int64 = 0x3FFF
  private static let comma: UInt64 = 1 << 57
  private static let linkMark: UInt64 = 1 << 58
  private static let maskClue: UInt64 = 1 << 59
  private static let known: UInt64 = 1 << 60
  private static let digit: UInt64 = 1 << 61
  private static let separator: UInt64 = 1 << 62
  private static let blank: UInt64 = 1 << 63
}
