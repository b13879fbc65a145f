/// Finds the boxes of a Markdown document that hold a notice about the document itself: a
/// blockquote (`> **번역본이다.** 정본은 영문 …`, GitHub's `> [!NOTE]`) or a container
/// (`::: info 번역` … `:::`, as VitePress and Docusaurus write them) in which one line is a
/// notice the chrome lexicon knows (that the page is a translation, by whom or by what
/// machine). The notice takes its whole box: the lines that go on with it (which text is
/// authoritative, where to report mistakes) and the container's fences are the same notice,
/// though only one line has the wording the lexicon matches.
///
/// A box longer than `maximumLines` is read as the document's text with a notice in it: only
/// the notice's own line is chrome then. Memory: the open box, and at most `maximumBlocks`
/// ranges per document.
struct NoticeBlockFinder {
  /// Boxes kept per document.
  static let maximumBlocks = 16
  /// The longest box taken whole.
  static let maximumLines = 12

  /// The boxes found so far, as ranges of 1-based line numbers.
  private(set) var blocks: [ClosedRange<Int>] = []

  private enum Box { case quote, container }
  private var box: Box? = nil
  private var start = 0
  private var end = 0
  private var holdsNotice = false

  /// Reads the next line, `isNotice` telling whether the lexicon matched it as a notice.
  mutating func read(_ line: SourceLine, isNotice: Bool) {
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
  mutating func finish() { close() }

  private mutating func close() {
    defer {
      box = nil
      holdsNotice = false
    }
    guard box != nil, holdsNotice, end - start < Self.maximumLines, blocks.count < Self.maximumBlocks else { return }
    blocks.append(start...end)
  }
}
