/// Finds the boxes of a document that hold a notice about the document itself: in Markdown a
/// blockquote (`> **번역본이다.** 정본은 영문 …`, GitHub's `> [!NOTE]`) or a container
/// (`::: info 번역` … `:::`, as VitePress and Docusaurus write them) in which one line is a
/// notice the chrome lexicon knows (that the page is a translation, by whom or by what
/// machine). The notice takes its whole box: the lines that go on with it (which text is
/// authoritative, where to report mistakes) and the container's fences are the same notice,
/// though only one line has the wording the lexicon matches.
///
/// A paragraph is such a box too, in any prose format of a Korean document: the lines of a
/// notice broken where
/// its source broke them (`This is a version of … translated into korean` / `This document is
/// maintained by …` / `If you find any difference …`), up to `maximumParagraphLines` lines
/// and none of them a list item or a heading (a list whose first item is a notice is still a
/// list of the document's). Not in an English page: a capture joins a caption, a byline and
/// the agency's copyright line into one paragraph, and only the last is the site's.
///
/// A box longer than its maximum is read as the document's text with a notice in it: only
/// the notice's own line is chrome then. Memory: the open box and paragraph, and at most
/// `maximumBlocks` ranges per document.
struct NoticeBlockFinder {
  /// Boxes kept per document.
  static let maximumBlocks = 16
  /// The longest box taken whole.
  static let maximumLines = 12
  /// The longest paragraph taken whole.
  static let maximumParagraphLines = 6

  /// The boxes found so far, as ranges of 1-based line numbers.
  private(set) var blocks: [ClosedRange<Int>] = []
  /// The paragraphs found so far, likewise.
  private(set) var paragraphs: [ClosedRange<Int>] = []

  private enum Box { case quote, container }
  private var box: Box? = nil
  private var start = 0
  private var end = 0
  private var holdsNotice = false
  /// The paragraph with a notice, by its first line and its last so far, while one is open;
  /// the last blank line, list item or heading read, after which the paragraph being read
  /// began.
  private var paragraphStart = 0
  private var paragraphEnd = 0
  private var paragraphHoldsNotice = false
  private var lastBreak = 0

  /// Reads the next line, `isNotice` telling whether the lexicon matched it as a notice;
  /// `readsBoxes` whether the format has blockquotes and containers (Markdown).
  mutating func read(_ line: SourceLine, isNotice: Bool, readsBoxes: Bool = true) {
    if line.isBlank || isNotice || readsParagraph { readParagraph(line, isNotice: isNotice) }
    guard readsBoxes else { return }
    let s = line.scalars
    var k = 0
    while k < s.count && (s[k].value == " " || s[k].value == "\t") { k += 1 }
    let startsQuote = k < s.count && s[k].value == ">"
    let fence = k + 2 < s.count && s[k].value == ":" && s[k + 1].value == ":" && s[k + 2].value == ":"
    switch box {
    case .container:
      end = line.number
      if isNotice { holdsNotice = true }
      // A fence alone closes the container.
      if fence && s[(k + 3)...].allSatisfy({ $0.value == ":" || $0.letter == .space }) { close() }
      return
    case .quote:
      if startsQuote {
        end = line.number
        if isNotice { holdsNotice = true }
        return
      }
      close()
    case nil:
      break
    }
    if startsQuote || fence {
      box = startsQuote ? .quote : .container
      start = line.number
      end = line.number
      holdsNotice = isNotice
    }
  }

  /// Ends the document: a box still open is judged on what it held.
  mutating func finish() {
    close()
    closeParagraph()
  }

  /// Whether the lines that follow are to be read for the paragraph (`read` needs a line
  /// otherwise only when it is blank or a notice).
  var readsParagraph: Bool { paragraphHoldsNotice }

  /// Follows paragraphs: a blank line ends one, and a paragraph with a notice starts after
  /// the last blank line (or list item or heading read). Only blank lines, a notice and the lines after it in its paragraph
  /// are read (whether one is a list item or a heading, which ends the paragraph before it):
  /// the other lines of a document cost nothing here.
  private mutating func readParagraph(_ line: SourceLine, isNotice: Bool) {
    if line.isBlank || Self.opensListItemOrHeading(line) {
      closeParagraph()
      lastBreak = line.number
      return
    }
    if isNotice && !paragraphHoldsNotice {
      paragraphStart = lastBreak + 1
      paragraphHoldsNotice = true
    }
    paragraphEnd = line.number
  }

  /// Whether the line's first scalar that is no space opens a list item or a heading (`-`,
  /// `*`, `+`, `•`, `#`, a table's `|`, or a digit followed by `.` or `)`).
  private static func opensListItemOrHeading(_ line: SourceLine) -> Bool {
    let s = line.scalars
    var k = 0
    while k < s.count && (s[k].value == " " || s[k].value == "\t") { k += 1 }
    guard k < s.count else { return false }
    let c = s[k].value
    if c == "#" || c == "-" || c == "*" || c == "+" || c == "|" || c == "•" { return true }
    return s[k].letter == .digit && k + 1 < s.count && (s[k + 1].value == "." || s[k + 1].value == ")")
  }

  private mutating func closeParagraph() {
    defer {
      paragraphStart = 0
      paragraphHoldsNotice = false
    }
    guard paragraphHoldsNotice, paragraphEnd > paragraphStart,
      paragraphEnd - paragraphStart < Self.maximumParagraphLines, paragraphs.count < Self.maximumBlocks
    else { return }
    paragraphs.append(paragraphStart...paragraphEnd)
  }

  private mutating func close() {
    defer {
      box = nil
      holdsNotice = false
    }
    guard box != nil, holdsNotice, end - start < Self.maximumLines, blocks.count < Self.maximumBlocks else { return }
    blocks.append(start...end)
  }
}
