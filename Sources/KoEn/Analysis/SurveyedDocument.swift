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
  /// The `<nav>` elements that are the page's table of contents (`TableOfContentsFinder`), by
  /// line number: text, not the site's navigation.
  let tablesOfContents: [ClosedRange<Int>]
  /// The blockquotes and containers that hold a notice about the document
  /// (`NoticeBlockFinder`), by line number.
  let noticeBlocks: [ClosedRange<Int>]
  /// The paragraphs that hold a notice about the document, by line number: taken whole in a
  /// Korean document only.
  let noticeParagraphs: [ClosedRange<Int>]
  /// 0-based indices of the lines of catalogue translations that are a licence text or a
  /// copyright notice (`LicenceText`).
  let licenceLines: Set<Int>
  /// 0-based indices of the translation lines of a `.po` catalogue's translator credits
  /// (`TranslatorCredits`).
  let creditLines: Set<Int>
  /// 0-based indices of the lines of block comments a tool stamped at the head of a
  /// catalogue (`GeneratedHeadComment`).
  let stampedHeadLines: Set<Int>
  /// The lines the survey read, for the second reading to replay (nil when they were over
  /// its memory budget).
  private(set) var lines: SurveyedLines?

  init(
    format: DocumentFormat, options: AnalysisOptions, dominant: Language, recurring: Set<String>, keptTerms: KeptTerms,
    commentsAreLocalized: Bool, shortLineCounts: ShortLineCounts, runningText: RunningTextWords, nonBlankLines: Int,
    firstSentenceLine: Int?,
    lastSentenceLine: Int?, switcherBlocks: [ClosedRange<Int>],
    tablesOfContents: [ClosedRange<Int>], noticeBlocks: [ClosedRange<Int>],
    noticeParagraphs: [ClosedRange<Int>], licenceLines: Set<Int>, creditLines: Set<Int>,
    stampedHeadLines: Set<Int>, lines: SurveyedLines?
  ) {
    self.format = format
    self.options = options
    self.dominant = dominant
    self.recurring = recurring
    self.keptTerms = keptTerms
    self.commentsAreLocalized = commentsAreLocalized
    self.shortLineCounts = shortLineCounts
    self.runningText = runningText
    self.nonBlankLines = nonBlankLines
    self.firstSentenceLine = firstSentenceLine
    self.lastSentenceLine = lastSentenceLine
    self.switcherBlocks = switcherBlocks
    self.tablesOfContents = tablesOfContents
    self.noticeBlocks = noticeBlocks
    self.noticeParagraphs = noticeParagraphs
    self.licenceLines = licenceLines
    self.creditLines = creditLines
    self.stampedHeadLines = stampedHeadLines
    self.lines = lines
  }

  /// Takes the lines out, for the second reading to replay as their only holder.
  mutating func takeLines() -> SurveyedLines? { lines.take() }

  /// Whether line `number` belongs to a language switcher.
  func isSwitcher(line number: Int) -> Bool { switcherBlocks.contains { $0.contains(number) } }

  /// Whether line `number` lies in a `<nav>` element that is the page's table of contents.
  func isTableOfContents(line number: Int) -> Bool { tablesOfContents.contains { $0.contains(number) } }

  /// Whether line `number` lies in a box that holds a notice about the document. (Inlined:
  /// called on the survey a second reading holds, the whole survey, some 300 bytes, was
  /// copied to the stack first at every line.)
  @inline(__always)
  func isInNoticeBlock(line number: Int) -> Bool {
    noticeBlocks.contains { $0.contains(number) }
      || (dominant == .ko && noticeParagraphs.contains { $0.contains(number) })
  }

  /// How often the document has the short line whose normalized text is `normalized`
  /// (saturating at 3).
  func occurrences(ofShortLine normalized: NormalizedUTF8) -> Int {
    Int(shortLineCounts[DocumentSurvey.stableHash(normalized)])
  }

  /// `occurrences(ofShortLine:)` of a line of `words` words: 0 without hashing its text when
  /// the survey counts no such line (more than `DocumentSurvey.shortLineWords` words, or
  /// one that ends like a sentence).
  func occurrences(ofShortLine normalized: NormalizedUTF8, words: Int, endsLikeSentence: Bool) -> Int {
    guard words <= DocumentSurvey.shortLineWords, !endsLikeSentence else { return 0 }
    return occurrences(ofShortLine: normalized)
  }
}

/// How often each short line of a document occurs, saturating at 3, by the stable hash of
/// its normalized text (`DocumentSurvey.stableHash`): an open-addressed table of a power of
/// two of slots, at most half full, probed from the hash's low bits. It counts as a
/// `[UInt64: UInt8]` did, without running `Hasher` on every short line of both readings.
///
/// Thread-safety: a value type; `Sendable`.
struct ShortLineCounts: Sendable {
  /// A hash and its count; a count of 0 marks an empty slot.
  private struct Slot {
    var key: UInt64
    var count: UInt8
  }

  private var slots: [Slot] = []
  /// The slots in use.
  private var used = 0

  /// The most a count reaches.
  static let saturation: UInt8 = 3

  /// The count of `key` (0 for a line never counted).
  subscript(key: UInt64) -> UInt8 {
    guard !slots.isEmpty else { return 0 }
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var k = Int(truncatingIfNeeded: key) & mask
      while true {
        let slot = slots[k]
        if slot.count == 0 { return 0 }
        if slot.key == key { return slot.count }
        k = (k + 1) & mask
      }
    }
  }

  /// Counts one more occurrence of `key`, up to `saturation`.
  mutating func add(_ key: UInt64) {
    if (used + 1) * 2 > slots.count { grow() }
    let found: Bool = slots.withUnsafeMutableBufferPointer { slots in
      let mask = slots.count - 1
      var k = Int(truncatingIfNeeded: key) & mask
      while true {
        if slots[k].count == 0 {
          slots[k] = Slot(key: key, count: 1)
          return false
        }
        if slots[k].key == key {
          if slots[k].count < Self.saturation { slots[k].count += 1 }
          return true
        }
        k = (k + 1) & mask
      }
    }
    if !found { used += 1 }
  }

  /// Doubles the slots (64 at first), placing every count again.
  private mutating func grow() {
    let old = slots
    let size = max(64, old.count * 2)
    slots = [Slot](repeating: Slot(key: 0, count: 0), count: size)
    let mask = size - 1
    for slot in old where slot.count > 0 {
      var k = Int(truncatingIfNeeded: slot.key) & mask
      while slots[k].count != 0 { k = (k + 1) & mask }
      slots[k] = slot
    }
  }
}
