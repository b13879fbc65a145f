internal import CICU
import Synchronization

/// The kind of text boundary to find, as UAX #29 (grapheme clusters, words, sentences) and
/// UAX #14 (line-break opportunities) define them, with ICU's tailorings.
public enum BreakKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// Grapheme clusters: what a reader sees as one character (한 written as three conjoining
  /// jamo is one cluster).
  case grapheme
  /// Words, with ICU's rule status for each (`WordBreakStatus`).
  case word
  /// Line-break opportunities: where text may wrap.
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

/// What ICU's word break rules say about the segment that ends at a word boundary.
///
/// ICU reports a number in bands (`UWordBreak`); the static ranges match them in a `switch`:
///
/// ```swift
/// switch boundary.status {
/// case WordBreakStatus.letter: print("a word of letters")
/// case WordBreakStatus.number: print("a number")
/// default: print("spaces or punctuation")
/// }
/// ```
public struct WordBreakStatus: RawRepresentable, Hashable, Sendable {
  /// ICU's rule status value.
  public let rawValue: Int32
  /// Wraps ICU's rule status value.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Spaces, punctuation, symbols. The corresponding ICU band is `UBRK_WORD_NONE`.
  public static let none: Range<Int32> = 0..<100
  /// Numbers. The corresponding ICU band is `UBRK_WORD_NUMBER`.
  public static let number: Range<Int32> = 100..<200
  /// Words of letters (Latin, Hangul). The corresponding ICU band is `UBRK_WORD_LETTER`.
  public static let letter: Range<Int32> = 200..<300
  /// Kana. The corresponding ICU band is `UBRK_WORD_KANA`.
  public static let kana: Range<Int32> = 300..<400
  /// Ideographs (Han). The corresponding ICU band is `UBRK_WORD_IDEO`.
  public static let ideograph: Range<Int32> = 400..<500

  /// Whether `status` falls in `band`, so that the bands work as `switch` patterns.
  public static func ~= (band: Range<Int32>, status: WordBreakStatus) -> Bool {
    band.contains(status.rawValue)
  }
}

/// A boundary found by ICU: an offset and, for word boundaries, the rule status of the
/// segment that ends there.
public struct TextBoundary: Hashable, Sendable {
  /// The offset: UTF-8 bytes for UTF-8 and `String` input, UTF-16 units for UTF-16 input.
  public let offset: Int
  /// ICU's rule status for the segment ending here; 0 except for word boundaries.
  public let status: WordBreakStatus

  /// Creates a boundary.
  public init(offset: Int, status: WordBreakStatus = WordBreakStatus(rawValue: 0)) {
    self.offset = offset
    self.status = status
  }
}

/// The direction ICU walks the text in. Both give the same boundaries; ICU implements the
/// backward walk with separate rules, so tests check both.
public enum BreakDirection: Sendable, Hashable {
  /// From the start to the end (`ubrk_next`).
  case forward
  /// From the end to the start (`ubrk_previous`); the result is still in ascending order.
  case backward
}

/// Finds grapheme, word, line or sentence boundaries with ICU, directly over UTF-8 bytes,
/// without copying the text to UTF-16.
///
/// ```swift
/// let words = try TextBreaks(.word)
/// words.boundaries(in: "NATO에 가입").map(\.offset)  // [0, 4, 7, 8, 14]
/// ```
///
/// Every result includes offset 0 and the end of the text (empty text gives `[0]`).
///
/// ICU's root word rules follow UAX #29 with tailorings that matter for Korean: a run of
/// precomposed Hangul syllables is a word of its own, never joined to Latin letters or
/// digits beside it (`NATO|에`, `가|1`), where UAX #29 alone would join them; and the colon
/// is not a letter joiner (`a:b` is three words). The conformance tests list every case
/// where ICU differs from Unicode's test files.
///
/// - Thread-safety: ICU's break iterators are not thread-safe. A `TextBreaks` keeps a small
///   pool of them and lends each to one call at a time, so one value (and its copies) may
///   be shared between tasks; concurrent calls open extra iterators as needed.
public struct TextBreaks: Sendable {
  /// The kind of boundary found.
  public let kind: BreakKind
  /// The locale whose rules apply (`""` for the root rules).
  public let locale: String
  /// Iterators ready for reuse, shared by copies of this value.
  private let pool: Pool

  /// Prepares to find boundaries of `kind` under `locale`'s rules.
  ///
  /// - Parameters:
  ///   - kind: grapheme clusters, words, line-break opportunities or sentences.
  ///   - locale: an ICU locale ID such as `"ko"`; `""` (the default) is the root rules.
  /// - Throws: `ICUError` when ICU cannot open a break iterator (missing data).
  public init(_ kind: BreakKind, locale: String = "") throws(ICUError) {
    self.kind = kind
    self.locale = locale
    self.pool = Pool(first: try Handle(kind: kind, locale: locale))
  }

  /// Every boundary in `text` as UTF-8 byte offsets, including 0 and the end.
  ///
  /// - Complexity: O(n), plus opening an ICU iterator (a few microseconds).
  public func boundaries(in text: String, direction: BreakDirection = .forward) -> [TextBoundary] {
    if let result = text.utf8.withContiguousStorageIfAvailable({ boundaries(inUTF8: $0, direction: direction) }) {
      return result
    }
    var copy = text
    return copy.withUTF8 { boundaries(inUTF8: $0, direction: direction) }
  }

  /// Every boundary in UTF-8 `bytes`, as byte offsets, including 0 and the end.
  ///
  /// Ill-formed UTF-8 is not an error here: ICU reads each maximal ill-formed subpart as one
  /// U+FFFD, and offsets still count the original bytes, so no boundary ever falls inside a
  /// well-formed character and the text is never changed. Validate with `UTF8Validation`
  /// first when ill-formed input must be rejected.
  ///
  /// - Complexity: O(n). Contiguous collections are read in place; others are copied once.
  public func boundaries(utf8 bytes: some Collection<UInt8>, direction: BreakDirection = .forward) -> [TextBoundary] {
    if let result = bytes.withContiguousStorageIfAvailable({ boundaries(inUTF8: $0, direction: direction) }) {
      return result
    }
    return Array(bytes).withUnsafeBufferPointer { boundaries(inUTF8: $0, direction: direction) }
  }

  /// Every boundary in a buffer of UTF-8 bytes, as byte offsets, including 0 and the end.
  ///
  /// The buffer is read in place and must stay valid for the call. Ill-formed UTF-8 is
  /// handled as described on `boundaries(utf8:direction:)`.
  ///
  /// - Precondition: `bytes.count` fits in `Int32` (ICU reports offsets as 32-bit numbers);
  ///   cut longer texts at line ends first.
  public func boundaries(inUTF8 bytes: UnsafeBufferPointer<UInt8>, direction: BreakDirection = .forward) -> [TextBoundary] {
    precondition(bytes.count <= Int(Int32.max), "TextBreaks handles texts below 2 GiB; cut the text first")
    return iterate(count: bytes.count, direction: direction) { raw, status in
      // A non-null pointer even for empty input: ICU rejects NULL text.
      withUnsafePointer(to: 0 as UInt8) { empty in
        koen_breaks_set_utf8(raw, bytes.baseAddress ?? empty, Int64(bytes.count), &status)
      }
    }
  }

  /// Every boundary in UTF-16 code units, as UTF-16 offsets, including 0 and the end.
  ///
  /// Use it with text that is already UTF-16 (or holds lone surrogates, which no UTF-8
  /// text can): ICU treats a lone surrogate as a character of its own.
  public func boundaries(utf16 units: some Collection<UInt16>, direction: BreakDirection = .forward) -> [TextBoundary] {
    let array = Array(units)
    precondition(array.count <= Int(Int32.max), "TextBreaks handles texts below 2 GiB; cut the text first")
    return array.withUnsafeBufferPointer { buffer in
      iterate(count: buffer.count, direction: direction) { raw, status in
        withUnsafePointer(to: 0 as UInt16) { empty in
          koen_breaks_set_utf16(raw, buffer.baseAddress ?? empty, Int32(buffer.count), &status)
        }
      }
    }
  }

  private func iterate(
    count: Int,
    direction: BreakDirection,
    setText: (OpaquePointer, inout koen_status) -> Void
  ) -> [TextBoundary] {
    // Opening cannot fail after init succeeded with the same arguments, short of running
    // out of memory; the text then gets the one boundary every text has.
    guard let handle = borrowHandle() else { return [TextBoundary(offset: 0)] }
    defer { returnHandle(handle) }
    var status: koen_status = 0
    setText(handle.raw, &status)
    guard status <= 0 else { return count == 0 ? [TextBoundary(offset: 0)] : [TextBoundary(offset: 0), TextBoundary(offset: count)] }
    let withStatus = kind == .word
    var result: [TextBoundary] = []
    switch direction {
    case .forward:
      result.append(TextBoundary(offset: Int(koen_breaks_first(handle.raw))))
      while true {
        let offset = koen_breaks_next(handle.raw)
        if offset < 0 { break }
        let rule = withStatus ? koen_breaks_rule_status(handle.raw) : 0
        result.append(TextBoundary(offset: Int(offset), status: WordBreakStatus(rawValue: rule)))
      }
    case .backward:
      // ICU's rule status is that of the boundary at the current position, in either
      // direction.
      var found: [TextBoundary] = []
      var offset = koen_breaks_last(handle.raw)
      while offset >= 0 {
        let rule = withStatus && offset > 0 ? koen_breaks_rule_status(handle.raw) : 0
        found.append(TextBoundary(offset: Int(offset), status: WordBreakStatus(rawValue: rule)))
        offset = koen_breaks_previous(handle.raw)
      }
      result = found.reversed()
    }
    return result
  }

  /// An iterator from the pool, or a new one when all are lent out; nil only when ICU
  /// cannot open one (out of memory).
  func borrowHandle() -> Handle? {
    pool.take() ?? (try? Handle(kind: kind, locale: locale))
  }

  /// Gives an iterator back to the pool after a call.
  func returnHandle(_ handle: Handle) { pool.give(back: handle) }

  /// Open iterators waiting for the next call; at most four are kept.
  final class Pool: Sendable {
    private let free: Mutex<[Handle]>
    init(first: Handle) { free = Mutex([first]) }
    func take() -> Handle? { free.withLock { $0.popLast() } }
    func give(back handle: Handle) {
      free.withLock { if $0.count < 4 { $0.append(handle) } }
    }
  }

  /// An open ICU break iterator. Owned: closed when released. The pool lends it to one
  /// call at a time, which is what makes the unchecked `Sendable` true.
  final class Handle: @unchecked Sendable {
    let raw: OpaquePointer
    init(kind: BreakKind, locale: String) throws(ICUError) {
      var status: koen_status = 0
      let raw = koen_breaks_open(kind.cValue, locale, &status)
      try checkICU(status)
      guard let raw else { throw .missingResource }
      self.raw = raw
    }
    deinit { koen_breaks_close(raw) }
  }
}
