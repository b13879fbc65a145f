/// Decides the chrome of an English page with a `ChromeModel`, line by line in one pass.
///
/// A line is decided when the next non-blank line has arrived (its signals are features),
/// so the stage holds one line and the blank lines after it. Where a line stands on the
/// page — before the first line of running English text, after the last — comes from the
/// first reading (`DocumentSurvey`), so nothing else is held.
struct ChromeModelStage: ChromeStage {
  let model: ChromeModel
  /// The page's first and last line of running English text, by number.
  let firstSentenceLine: Int?
  let lastSentenceLine: Int?
  /// Whether to keep every decided line's features (for training and evaluation).
  let recordsFeatures: Bool
  /// Line numbers with their feature vectors, when `recordsFeatures`, and whether a certain
  /// signal decided the line without the model.
  private(set) var recorded: [(line: Int, features: [Double], certain: Bool)] = []

  /// How many blank lines after the waiting line are held at most; past that the next
  /// line is too far away to be its neighbour.
  static let blankReach = 64

  /// The line waiting for its next non-blank line to be known: an array of none or one, not
  /// an optional: assigning the optional destroyed the value
  /// before (none) through the runtime's generic witness at every line; the array's append
  /// and removal are specialized moves.
  private var waiting: [ChromeItem] = []
  private var blankBeforeWaiting = false
  private var blanks: [ChromeItem] = []
  private var previous: ChromeFacts? = nil
  private var previousBulletedShort = false
  private var underListHeader = false
  private var sawBlankAtStart = false

  init(model: ChromeModel, firstSentenceLine: Int?, lastSentenceLine: Int?, recordsFeatures: Bool = false) {
    self.model = model
    self.firstSentenceLine = firstSentenceLine
    self.lastSentenceLine = lastSentenceLine
    self.recordsFeatures = recordsFeatures
  }

  /// Takes the line as its own (it is held until the next line arrives, not copied).
  mutating func push(_ item: consuming ChromeItem, _ out: inout [ChromeItem]) {
    if item.isBlank {
      guard !waiting.isEmpty else {
        sawBlankAtStart = true
        out.append(item)
        return
      }
      blanks.append(item)
      if blanks.count > Self.blankReach { release(next: nil, &out) }
      return
    }
    var blankBefore = sawBlankAtStart
    if !waiting.isEmpty {
      blankBefore = !blanks.isEmpty
      release(next: item.facts, &out)
    } else if previous != nil {
      // The line before was released without a neighbour: many blank lines lie between.
      blankBefore = true
    }
    waiting.append(item)
    blankBeforeWaiting = blankBefore
  }

  mutating func finish(_ out: inout [ChromeItem]) { release(next: nil, &out) }

  /// Signals that decide alone, whatever the model weighs: those that were chrome on every
  /// line of the labelled corpus where they fired, across several sources (a lexicon entry
  /// matched as a whole line or a short line's start, navigation and share labels, a
  /// related-articles header, the register of UI Korean, a short line the page repeats),
  /// and the shapes that cannot be anything else (copyright lines, tag and hashtag lists,
  /// pagers, navigation rows, breadcrumbs, a line recurring across the pages of a corpus).
  /// The model weighs everything else, and is trained on the lines these leave undecided.
  static func isCertainChrome(_ f: ChromeFacts) -> Bool {
    (f.lexiconCategory != nil && !f.lexiconInSentence) || f.labels >= 1 || f.isListHeader || f.hasUIRegister
      || (f.isRepeated && f.isShortLabel) || f.isRecurring || f.isCopyright || f.isTagLine || f.isHashtagLine
      || f.isPager || f.isNavigationRow || f.isBreadcrumb
  }

  /// Decides the waiting line, whose next non-blank line has `next` signals, and hands it
  /// out with the blank lines after it.
  private mutating func release(next: ChromeFacts?, _ out: inout [ChromeItem]) {
    // Taken out, not copied: the stage holds no line once it is handed on.
    guard var item = waiting.popLast() else { return }
    let f = item.facts
    let number = item.line.number
    var context = ChromeContext(current: f, previous: previous, next: next)
    context.blankBefore = blankBeforeWaiting
    context.blankAfter = !blanks.isEmpty
    context.beforeFirstSentence = firstSentenceLine.map { number < $0 } ?? false
    context.afterLastSentence = lastSentenceLine.map { number > $0 } ?? false
    context.underListHeader = underListHeader
    let bulletedShort = f.isBulleted && f.isShortLabel && f.words > 0
    let nextBulletedShort = next.map { $0.isBulleted && $0.isShortLabel && $0.words > 0 } ?? false
    context.inBulletedRun = bulletedShort && (previousBulletedShort || nextBulletedShort)
    let certain = Self.isCertainChrome(f)
    if recordsFeatures { recorded.append((number, ChromeModel.features(context), certain)) }
    if !f.isProtected && !f.isCode && (certain || model.logOdds(context) > model.threshold) {
      item.role = .chrome
    }
    out.append(consume item)
    if blanks.count == 1 {
      // Most lines have one blank line after them: moved out, the storage kept.
      out.append(blanks.removeLast())
    } else if !blanks.isEmpty {
      out += blanks
      // Its storage is kept for the blank lines after the next line.
      blanks.removeAll(keepingCapacity: true)
    }
    previous = f
    previousBulletedShort = bulletedShort
    if f.isListHeader {
      underListHeader = true
    } else if f.words > 20 || (f.endsLikeSentence && f.words >= 5) || f.isProtected {
      underListHeader = false
    }
  }
}
