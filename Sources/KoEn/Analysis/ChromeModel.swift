/// A logistic model of chrome: how likely a line of an English page is the hosting site's
/// text rather than the article's, from its own signals, the signals of the lines before
/// and after it, and where it stands relative to the page's running text.
///
/// The signals are generic facts of the kind of text (length, sentence ends, bullets,
/// brackets, capitals, the lexicon's categories, shapes of menus and notices, the register
/// of UI Korean, repetition, the page's head and foot); the weights that combine them are
/// learned from the labelled corpus (`koen eval --train-chrome`, `Scripts/train-chrome-model.sh`)
/// and compiled in, so nothing is read at run time. Datelines, bylines, Markdown headings and
/// tables and code are the document's own text whatever the model says.
///
/// Thread-safety: a value type; `Sendable`.
public struct ChromeModel: Hashable, Sendable {
  /// One weight per feature, in the order of `featureNames`; the first is the bias.
  public var weights: [Double]
  /// A line is chrome when its log-odds exceed this.
  public var threshold: Double

  /// A model with the given weights (one per `featureNames` entry).
  ///
  /// - Parameters:
  ///   - weights: The weights, bias first.
  ///   - threshold: The log-odds above which a line is chrome (0: probability one half).
  public init(weights: [Double], threshold: Double = 0) {
    precondition(weights.count == Self.featureNames.count, "ChromeModel: \(weights.count) weights for \(Self.featureNames.count) features")
    self.weights = weights
    self.threshold = threshold
  }

  /// The compiled-in model, trained on the whole labelled corpus.
  public static let standard = ChromeModel(weights: ChromeModelWeights.standard, threshold: ChromeModelWeights.threshold)

  /// The names of the features, in the order of `weights`.
  public static let featureNames: [String] = {
    var recorder = FeatureRecorder(recordingNames: true)
    ChromeModelFeatures.write(ChromeContext(), into: &recorder)
    return recorder.names
  }()

  /// The log-odds that the line described by `context` is chrome.
  func logOdds(_ context: ChromeContext) -> Double {
    weights.withUnsafeBufferPointer { weights in
      var sum = WeightedSum(weights: weights)
      ChromeModelFeatures.write(context, into: &sum)
      return sum.sum
    }
  }

  /// The feature vector of the line described by `context`, in the order of `featureNames`.
  static func features(_ context: ChromeContext) -> [Double] {
    var recorder = FeatureRecorder(recordingNames: false)
    ChromeModelFeatures.write(context, into: &recorder)
    return recorder.values
  }
}

/// A line as the chrome model sees it: its own signals, those of the nearest non-blank
/// lines before and after it, and its place on the page.
struct ChromeContext {
  var current = ChromeFacts()
  var previous: ChromeFacts? = nil
  var next: ChromeFacts? = nil
  /// Blank lines directly before and after it.
  var blankBefore = false
  var blankAfter = false
  /// Before the page's first line of running English text, or after its last.
  var beforeFirstSentence = false
  var afterLastSentence = false
  /// Under a related/popular-articles header, with no running text since.
  var underListHeader = false
  /// In a run of bulleted short labels (this one, the one before and the one after).
  var inBulletedRun = false
}

/// Where the chrome model's features go, one after another in the order of
/// `ChromeModel.featureNames`, so that names and values come from one piece of code
/// (`ChromeModelFeatures`). Every feature is a fact of the line that holds or not.
protocol FeatureSink {
  /// Takes the next feature: its name (worked out only by a sink that keeps names) and
  /// whether it holds.
  mutating func add(_ name: @autoclosure () -> String, _ on: Bool)
}

/// Keeps the features' values, 1 or 0 (and their names, when asked): for `featureNames`,
/// training and evaluation.
struct FeatureRecorder: FeatureSink {
  private(set) var values: [Double] = []
  private(set) var names: [String] = []
  private let recordingNames: Bool

  init(recordingNames: Bool) {
    self.recordingNames = recordingNames
    values.reserveCapacity(96)
  }

  mutating func add(_ name: @autoclosure () -> String, _ on: Bool) {
    values.append(on ? 1 : 0)
    if recordingNames { names.append(name()) }
  }
}

/// Sums the weights of the features that hold, in order, keeping nothing: the model's
/// log-odds for every line. A sink of its own type, so that the features' code is
/// specialized for it: a feature costs its test and, when it holds, one addition (a writer
/// that could also record asked at every feature which it was doing).
struct WeightedSum: FeatureSink {
  private let weights: UnsafeBufferPointer<Double>
  private var next = 0
  /// The sum of the weights of the features written that hold.
  private(set) var sum = 0.0

  init(weights: UnsafeBufferPointer<Double>) { self.weights = weights }

  @inline(__always)
  mutating func add(_ name: @autoclosure () -> String, _ on: Bool) {
    if on { sum += weights[next] }
    next += 1
  }
}

/// The features of the chrome model.
enum ChromeModelFeatures {
  // Written inline into each sink's caller, with `own` and `neighbour`: for the log-odds
  // every feature's weight is then read from a place known in advance, and the features
  // cost their tests and additions, not the calls and the counting between them.
  @inline(__always)
  static func write<Sink: FeatureSink>(_ c: ChromeContext, into w: inout Sink) {
    w.add("bias", true)
    own(c.current, into: &w)
    neighbour("previous", c.previous, into: &w)
    neighbour("next", c.next, into: &w)
    let f = c.current
    let short = f.isShortLabel
    w.add("blank before", c.blankBefore)
    w.add("blank after", c.blankAfter)
    w.add("before first sentence", c.beforeFirstSentence)
    w.add("after last sentence", c.afterLastSentence)
    w.add("under list header", c.underListHeader)
    w.add("in bulleted run", c.inBulletedRun)
    // Conjunctions a linear model cannot form by itself.
    w.add("short & before first sentence", short && c.beforeFirstSentence)
    w.add("short & after last sentence", short && c.afterLastSentence)
    w.add("foreign & before first sentence", f.isForeign && c.beforeFirstSentence)
    w.add("foreign & after last sentence", f.isForeign && c.afterLastSentence)
    w.add("short & under list header", short && c.underListHeader)
    let previousChrome = c.previous.map(isChromeLike) ?? false
    let nextChrome = c.next.map(isChromeLike) ?? false
    w.add("short & chrome-like on both sides", short && previousChrome && nextChrome)
    w.add("short & chrome-like before, page edge after", short && previousChrome && c.next == nil)
    w.add("short & page edge before, chrome-like after", short && c.previous == nil && nextChrome)
    w.add("foreign & foreign chrome-like neighbour",
      f.isForeign && ((c.previous.map { isChromeLike($0) && $0.isKoreanLine } ?? false) || (c.next.map { isChromeLike($0) && $0.isKoreanLine } ?? false)))
    w.add("sentence & words > 12", f.endsLikeSentence && f.words > 12)
    // A phrase of four words or more in sentence case (`Matters concerning grades
    // processing`) is an item of the text's own list; a menu's labels are single words or
    // Title Case names.
    w.add("short & 4+ words, not title case", short && f.words >= 4 && !f.isTitleCase)
  }


  /// The line's own signals.
  @inline(__always)
  private static func own<Sink: FeatureSink>(_ f: ChromeFacts, into w: inout Sink) {
    let words = f.words
    w.add("no words", words == 0)
    w.add("1 word", words == 1)
    w.add("2 words", words == 2)
    w.add("3-4 words", words >= 3 && words <= 4)
    w.add("5-6 words", words >= 5 && words <= 6)
    w.add("7-12 words", words >= 7 && words <= 12)
    w.add("13-25 words", words >= 13 && words <= 25)
    w.add("over 25 words", words > 25)
    w.add("short label", f.isShortLabel && f.words > 0)
    w.add("ends like a sentence", f.endsLikeSentence)
    w.add("bulleted", f.isBulleted)
    w.add("has a digit", f.hasDigit)
    w.add("starts with a bracket", f.startsWithBracket)
    w.add("title case", f.isTitleCase)
    w.add("a person's name", f.isPersonName)
    w.add("all capitals", f.isAllCaps)
    w.add("Korean line", f.isKoreanLine)
    w.add("mixed line", f.isMixedLine)
    w.add("foreign", f.isForeign)
    w.add("1 label", f.labels == 1)
    w.add("2+ labels", f.labels >= 2)
    // By index: the names, only read when recording them, are not retained for every line.
    for k in 0..<ChromeSignalReader.lexiconCategories.count {
      w.add("lexicon \(ChromeSignalReader.lexiconCategories[k])", f.lexiconCategory == k && !f.lexiconInSentence)
    }
    w.add("lexicon start of a sentence", f.lexiconInSentence)
    w.add("list header", f.isListHeader)
    w.add("copyright", f.isCopyright)
    w.add("navigation row", f.isNavigationRow)
    w.add("hashtags", f.isHashtagLine)
    w.add("tag list", f.isTagLine)
    w.add("pager", f.isPager)
    w.add("breadcrumb", f.isBreadcrumb)
    w.add("counter", f.isCounter)
    w.add("starts at home", f.startsAtHome)
    w.add("repeated 3+ times", f.isRepeated && f.isShortLabel)
    w.add("headline given twice", f.isGivenTwice)
    w.add("shares most words with the running text", f.sharesRunningText)
    w.add("recurring across pages", f.isRecurring)
    w.add("UI register", f.hasUIRegister)
  }

  /// A neighbour's signals (all off when there is none).
  @inline(__always)
  private static func neighbour<Sink: FeatureSink>(_ side: String, _ f: ChromeFacts?, into w: inout Sink) {
    w.add("\(side): none", f == nil)
    let f = f ?? ChromeFacts()
    w.add("\(side): short label", f.isShortLabel && f.words > 0)
    w.add("\(side): sentence", f.endsLikeSentence && f.words >= 5)
    w.add("\(side): Korean line", f.isKoreanLine)
    w.add("\(side): lexicon", f.lexiconCategory != nil && !f.lexiconInSentence)
    w.add("\(side): shape rule", isShapeChrome(f))
    w.add("\(side): bulleted", f.isBulleted)
    w.add("\(side): protected", f.isProtected)
  }

  /// A line some single-line signal marks as chrome.
  static func isChromeLike(_ f: ChromeFacts) -> Bool {
    (f.lexiconCategory != nil && !f.lexiconInSentence) || isShapeChrome(f) || f.hasUIRegister || f.isRecurring
      || (f.isRepeated && f.isShortLabel)
  }

  private static func isShapeChrome(_ f: ChromeFacts) -> Bool {
    f.isCopyright || f.labels >= 2 || f.isNavigationRow || f.isHashtagLine || f.isTagLine || f.isPager || f.isBreadcrumb
  }
}
