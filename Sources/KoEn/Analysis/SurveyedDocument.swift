/// What the first reading of a document learned: its format, dominant language, the terms
/// it keeps in English, whether it localized its code comments, and how often it repeats
/// each short line.
///
/// Only `DocumentSurvey.finish()` makes one, and a `StreamingDocumentAnalyzer` starts only
/// from one: holding this value is the proof that the survey of the whole document is
/// done. It may start several second readings of the same document.
///
/// Thread-safety: a value type; `Sendable`.
public struct SurveyedDocument: Sendable {
  /// The document's format.
  public let format: DocumentFormat
  /// The analysis options.
  public let options: AnalysisOptions
  /// The document's dominant language: the option when set, otherwise by letter mass.
  public let dominant: Language
  /// Lines that recur across a corpus (corpus mode), normalized.
  let recurring: Set<String>
  /// The terms a Korean document keeps in English (the glossary alone for other documents).
  let keptTerms: KeptTerms
  /// Whether the document localized comments in its code blocks.
  let commentsAreLocalized: Bool
  /// How often each short line occurs (saturating at 3), by `DocumentSurvey.stableHash`.
  private let shortLineCounts: ShortLineCounts
  /// The words of the document's running text.
  let runningText: RunningTextWords
  /// Non-blank lines: a single line has no page around it, so no chrome.
  let nonBlankLines: Int
  /// The first and last line (1-based numbers) that read as English running text.
  let firstSentenceLine: Int?
  let lastSentenceLine: Int?
  /// The document's language switchers, on one line or several, by line number.
  let switcherBlocks: [ClosedRange<Int>]
  /// 0-based indices of the lines of catalogue translations that are a licence text
  /// (`LicenceText`).
  let licenceLines: Set<Int>
  /// The lines the survey read, for the second reading to replay (nil when they were over
  /// its memory budget).
  private(set) var lines: SurveyedLines?

  init(
    format: DocumentFormat, options: AnalysisOptions, dominant: Language, recurring: Set<String>, keptTerms: KeptTerms,
    commentsAreLocalized: Bool, shortLineCounts: [UInt64: UInt8], runningText: RunningTextWords, nonBlankLines: Int,
    firstSentenceLine: Int?,
    lastSentenceLine: Int?, switcherBlocks: [ClosedRange<Int>], licenceLines: Set<Int>,
    lines: SurveyedLines?
  ) {
    self.format = format
    self.options = options
    self.dominant = dominant
    self.recurring = recurring
    self.keptTerms = keptTerms
    self.commentsAreLocalized = commentsAreLocalized
    self.shortLineCounts = ShortLineCounts(shortLineCounts)
    self.runningText = runningText
    self.nonBlankLines = nonBlankLines
    self.firstSentenceLine = firstSentenceLine
    self.lastSentenceLine = lastSentenceLine
    self.switcherBlocks = switcherBlocks
    self.licenceLines = licenceLines
    self.lines = lines
  }

  /// Takes the lines out, for the second reading to replay as their only holder.
  mutating func takeLines() -> SurveyedLines? { lines.take() }

  /// Whether line `number` belongs to a language switcher.
  func isSwitcher(line number: Int) -> Bool { switcherBlocks.contains { $0.contains(number) } }

  /// How often the document has the short line whose normalized text is `normalized`
  /// (saturating at 3).
  func occurrences(ofShortLine normalized: String) -> Int {
    Int(shortLineCounts[DocumentSurvey.stableHash(normalized)])
  }

  /// `occurrences(ofShortLine:)` of a line of `words` words: 0 without hashing its text when
  /// the survey counts no such line (more than `DocumentSurvey.shortLineWords` words, or
  /// one that ends like a sentence).
  func occurrences(ofShortLine normalized: String, words: Int, endsLikeSentence: Bool) -> Int {
    guard words <= DocumentSurvey.shortLineWords, !endsLikeSentence else { return 0 }
    return occurrences(ofShortLine: normalized)
  }
}

/// The survey's counts of short lines by their keys (`DocumentSurvey.stableHash`), in an
/// open-addressed table read by one multiplication and a probe or two: looked up in the
/// `Dictionary` the survey fills, each key was hashed once more by `Hasher` (about 150
/// instructions for every short line of the second reading).
///
/// Thread-safety: a value type; `Sendable`.
private struct ShortLineCounts: Sendable {
  /// The keys, 0 in an empty slot; `counts` holds each key's count in the same slot.
  private let keys: [UInt64]
  private let counts: [UInt8]
  /// The count of the key 0, which marks the empty slots.
  private let zeroCount: UInt8
  /// The slot index's width in bits.
  private let shift: UInt64

  init(_ counts: [UInt64: UInt8]) {
    var bits: UInt64 = 3
    while 1 << bits < counts.count * 2 { bits += 1 }
    let size = 1 << Int(bits)
    var keys = [UInt64](repeating: 0, count: size)
    var values = [UInt8](repeating: 0, count: size)
    var zeroCount: UInt8 = 0
    let shift = 64 - bits
    for (key, count) in counts {
      guard key != 0 else {
        zeroCount = count
        continue
      }
      var k = Self.slot(key, shift)
      while keys[k] != 0 { k = (k + 1) & (size - 1) }
      keys[k] = key
      values[k] = count
    }
    self.keys = keys
    self.counts = values
    self.zeroCount = zeroCount
    self.shift = shift
  }

  /// The first slot tried for `key`: the top bits of its product with an odd constant.
  @inline(__always)
  private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  /// The count of `key` (0 when the survey counted no such line).
  subscript(key: UInt64) -> UInt8 {
    guard key != 0 else { return zeroCount }
    return keys.withUnsafeBufferPointer { keys in
      let mask = keys.count - 1
      var k = Self.slot(key, shift)
      while true {
        let found = keys[k]
        if found == key { return counts.withUnsafeBufferPointer { $0[k] } }
        if found == 0 { return 0 }
        k = (k + 1) & mask
      }
    }
  }
}
