internal import CICU

/// The kind of text boundary to find, as UAX #29 and UAX #14 define them.
public enum BreakKind: Sendable, Hashable, CaseIterable {
  /// Grapheme clusters: what a reader sees as one character (한 as three conjoining jamo).
  case grapheme
  /// Words, with ICU's rule status for each.
  case word
  /// Line-break opportunities.
  case line
  /// Sentences.
  case sentence

  var cValue: koen_break_kind {
    switch self {
    case .grapheme: KOEN_BREAK_CHARACTER
    case .word: KOEN_BREAK_WORD
    case .line: KOEN_BREAK_LINE
    case .sentence: KOEN_BREAK_SENTENCE
    }
  }
}

/// What ICU's word break rules say about the text before a word boundary.
///
/// ICU reports a number in bands (`UWordBreak`); `~=` lets a `switch` match them.
public struct WordBreakStatus: RawRepresentable, Hashable, Sendable {
  /// ICU's rule status value.
  public let rawValue: Int32
  /// Wraps ICU's rule status value.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Spaces, punctuation, symbols. The corresponding ICU band is `UBRK_WORD_NONE`.
  public static let none = 0..<100
  /// Numbers. The corresponding ICU band is `UBRK_WORD_NUMBER`.
  public static let number = 100..<200
  /// Words of letters (Latin, Hangul). The corresponding ICU band is `UBRK_WORD_LETTER`.
  public static let letter = 200..<300
  /// Kana. The corresponding ICU band is `UBRK_WORD_KANA`.
  public static let kana = 300..<400
  /// Ideographs. The corresponding ICU band is `UBRK_WORD_IDEO`.
  public static let ideograph = 400..<500

  public static func ~= (band: Range<Int32>, status: WordBreakStatus) -> Bool {
    band.contains(status.rawValue)
  }
}

/// A boundary found by ICU: a UTF-8 byte offset and, for word boundaries, the rule status
/// of the text that ends there.
public struct TextBoundary: Hashable, Sendable {
  /// A UTF-8 byte offset into the text.
  public let offset: Int
  /// ICU's rule status for the segment ending here (always 0 except for words).
  public let status: WordBreakStatus
}

/// Finds grapheme, word, line or sentence boundaries with ICU, directly over UTF-8 bytes.
///
/// ```swift
/// let words = try TextBreaks(.word)
/// words.boundaries(in: "NATO에 가입") // offsets 0, 7, 8, 14
/// ```
///
/// ICU's break iterators are not thread-safe; a `TextBreaks` opens its own for each call, so
/// one value may be shared between tasks.
public struct TextBreaks: Sendable {
  /// The kind of boundary found.
  public let kind: BreakKind
  /// The locale whose rules apply (`""` for the root rules).
  public let locale: String

  /// Prepares to find boundaries of `kind` under `locale`'s rules.
  ///
  /// - Throws: `ICUError` when ICU cannot open a break iterator (missing data).
  public init(_ kind: BreakKind, locale: String = "") throws(ICUError) {
    self.kind = kind
    self.locale = locale
    _ = try Handle(kind: kind, locale: locale)
  }

  /// Every boundary in `text`, including 0 and the end, as UTF-8 byte offsets.
  public func boundaries(in text: String) -> [TextBoundary] {
    var copy = text
    return copy.withUTF8 { boundaries(inUTF8: $0) }
  }

  /// Every boundary in UTF-8 bytes, including 0 and the end.
  ///
  /// Ill-formed UTF-8 is read as U+FFFD by ICU, one per maximal ill-formed subpart;
  /// offsets still count the original bytes, so boundaries never fall inside a valid
  /// character.
  public func boundaries(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [TextBoundary] {
    // Opening never fails after init succeeded with the same arguments.
    guard let handle = try? Handle(kind: kind, locale: locale) else { return [] }
    var status: Int32 = 0
    koen_breaks_set_utf8(handle.raw, bytes.baseAddress, Int64(bytes.count), &status)
    guard status <= 0 else { return [] }
    var result = [TextBoundary(offset: 0, status: WordBreakStatus(rawValue: 0))]
    while true {
      let offset = koen_breaks_next(handle.raw)
      if offset < 0 { break }
      let rule = kind == .word ? koen_breaks_rule_status(handle.raw) : 0
      result.append(TextBoundary(offset: Int(offset), status: WordBreakStatus(rawValue: rule)))
    }
    return result
  }

  /// An open ICU break iterator. Owned: closed when released.
  final class Handle {
    let raw: OpaquePointer
    init(kind: BreakKind, locale: String) throws(ICUError) {
      var status: Int32 = 0
      let raw = koen_breaks_open(kind.cValue, locale, &status)
      try checkICU(status)
      guard let raw else { throw .missingResource }
      self.raw = raw
    }
    deinit { koen_breaks_close(raw) }
  }
}
