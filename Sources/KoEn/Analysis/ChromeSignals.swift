/// Reads every chrome signal of one line of an English page, without deciding anything:
/// the chrome model weighs them together with the signals of the lines around it.
///
/// The signals are those the rules of chrome have always used — the lexicon, the shapes of
/// copyright lines, menus, tags and pagers, the register of UI text, repetition, corpus
/// recurrence — plus a few plain facts of shape (length, brackets, capitals). Unlike the
/// rules, nothing here stops at the first match.
///
/// A class, made once per document: the reading that asks it for every line holds it by
/// reference. Held as a value, the survey it reads was copied out of that reading (a few
/// hundred bytes) at every line, to be passed in.
final class ChromeSignalReader {
  let format: DocumentFormat
  let options: AnalysisOptions
  /// What the first reading learned of the document (repetition, recurrence, running text).
  let survey: SurveyedDocument

  /// A reader of the lines of the document `survey` read, in `format`.
  init(format: DocumentFormat, survey: SurveyedDocument) {
    self.format = format
    self.options = survey.options
    self.survey = survey
  }

  /// The scalars a bulleted line starts with, and those of an opening bracket.
  static let bullets: ScalarSet = "•·-*▶▷►■□◆◇※"
  static let openingBrackets: ScalarSet = "[【〔<(「『"

  /// The lexicon's categories, in the order the model's features name them.
  static let lexiconCategories = ["notice", "widget", "related", "navigation", "comments", "subscription", "ad", "tracking", "survey"]

  /// The signals of `laid`, whose reading before chrome is `analyzed`; `text` is the line's
  /// normalized prose and `letters` its letters when the survey kept them.
  func facts(
    _ laid: LaidLine, analyzed: AnalyzedLine, isProtected: Bool, text known: NormalizedLine? = nil,
    letters: LineLetters? = nil
  ) -> ChromeFacts {
    let line = laid.line
    let layout = laid.layout
    var facts = ChromeFacts()
    guard analyzed.role != .blank else { return facts }
    facts.isCode = layout.isCode
    facts.endsLikeSentence = ChromeClassifier.endsLikeSentence(line)
    facts.hasDigit = letters?.hasDigit ?? line.scalars.contains { $0.letter == .digit }
    let firstScalar = line.scalars.first(where: { $0.letter != .space })?.value
    if let first = firstScalar {
      facts.isBulleted = Self.bullets.contains(first)
      facts.startsWithBracket = Self.openingBrackets.contains(first)
    }
    facts.isKoreanLine = analyzed.language == .ko
    facts.isMixedLine = analyzed.language == .mixed
    facts.isForeign = analyzed.role == .untranslated
    if isProtected { facts.isProtected = true }
    guard !layout.isCode && !isProtected else { return facts }
    if format == .markdown, let first = firstScalar, first == "#" || first == "|" {
      facts.isProtected = true
      return facts
    }
    // The survey's text is read out of the optional in place, as a `NormalizedLine` (an
    // optional's payload starts at its address): copying the optional, by `text ?? …`,
    // `if let` or `unsafelyUnwrapped`, went through the runtime's generic witness of
    // `Optional` at every line (about 110 instructions).
    var text =
      known != nil
      ? withUnsafePointer(to: known) { UnsafeRawPointer($0).load(as: NormalizedLine.self) }
      : NormalizedLine(line, layout, pool: &textPool)
    let norm = text.normalized
    facts.words = text.words
    let occurrences =
      norm.isEmpty
      ? 0 : survey.occurrences(ofShortLine: norm, words: facts.words, endsLikeSentence: facts.endsLikeSentence)
    facts.isRepeated = occurrences >= 3
    facts.isGivenTwice = occurrences == 2 && facts.words >= 4 && !facts.endsLikeSentence
    facts.isRecurring = !norm.isEmpty && survey.recurring.contains(norm)
    let (rowSeparators, marks) = readCapitals(norm, line, &facts)
    guard facts.words <= 200 else { return facts }
    facts.labels = labelCount(norm)
    if let entry = text.lexiconMatch(
      maximumWords: options.maximumChromeWords, noticesOnly: false, vocabulary: facts.isForeign)
    {
      facts.lexiconCategory = Self.lexiconCategories.firstIndex(of: entry.category)
      facts.lexiconInSentence = entry.language == .en && entry.match == .prefix && entry.category != "notice"
        && facts.words > 6 && facts.endsLikeSentence
      facts.isListHeader = entry.category == "related" && entry.match != .word && !facts.lexiconInSentence
    }
    // A byline's shape does not protect a line the lexicon knows (`기자 구독`: subscribe to
    // the reporter).
    let lexiconChrome = facts.lexiconCategory != nil && !facts.lexiconInSentence
    // So is a short line shaped as code (`records {string[] | Object[] | Object}`): no menu
    // or footer of the labelled pages has braces or an empty pair of brackets.
    let isCodeShaped = facts.words <= 12 && ChromeClassifier.isCodeShaped(line)
    if !lexiconChrome && (isCodeShaped || text.isEnglishDatelineOrByline(line, hasDigit: facts.hasDigit)) {
      facts.isProtected = true
      if recordsEverySignal { readModelSignals(line, norm, &facts) }
      return facts
    }
    // Without a copyright sign, a copyright line starts with `(c)` or `copyright` after
    // spaces, tabs or an opening bracket, and a line of hashtags with `#` after spaces, tabs
    // or commas: a line whose first scalar that is no space (`firstScalar`) starts neither
    // is ruled out without reading it again.
    facts.isCopyright =
      (marks.copyrightSign || firstScalar.map(Self.mayStartCopyrightLine) == true)
      && ChromeClassifier.isCopyrightLine(line, words: facts.words, marks: marks)
    facts.isNavigationRow = ChromeClassifier.isNavigationRow(line, separators: rowSeparators)
    facts.isHashtagLine = (firstScalar == "#" || firstScalar == ",") && ChromeClassifier.isHashtagLine(line)
    // A tag line is short and no sentence (`isTagLine`'s last tests, known here already),
    // and starts with its label's first letter after spaces, tabs or `#`: a line of prose,
    // or one starting otherwise, is ruled out before its label is looked for.
    facts.isTagLine =
      facts.words <= 30 && !facts.endsLikeSentence && firstScalar.map(ChromeClassifier.mayStartTagLine) == true
      && ChromeClassifier.isTagLine(line, words: facts.words)
    // A pager's numbers are digits.
    facts.isPager = facts.hasDigit && ChromeClassifier.isPager(line, words: facts.words)
    if facts.words <= 10 { facts.isBreadcrumb = ChromeClassifier.isBreadcrumb(line, marks: marks) }
    if facts.isForeign && facts.words <= options.maximumChromeWords * 3 && LineText.latinWordCount(norm) <= 2 {
      facts.hasUIRegister = ChromeClassifier.hasUIRegister(line, layout)
    }
    if recordsEverySignal || !ChromeModelStage.isCertainChrome(facts) { readModelSignals(line, norm, &facts) }
    return facts
  }

  /// `ChromeLexicon.labelCount` of the lines of ASCII whose first word starts a label, by
  /// their text: a page repeats its menus and share bars (`Facebook Twitter`, `Home`), and
  /// covering a line with labels splits it into words looked up by hashing (several
  /// thousand instructions a line). At most `labelCountsKept` lines are kept.
  private var labelCounts: [String: Int] = [:]
  private static let labelCountsKept = 4096

  /// Where the text of a line the survey did not keep is normalized.
  private var textPool = UTF8Pool()

  /// `ChromeLexicon.labelCount(norm)`, taken from `labelCounts` when the line was counted
  /// before. Only lines of ASCII are kept, whose equal texts (`String`'s equality, by
  /// canonical equivalence) are equal bytes: the count reads the bytes.
  private func labelCount(_ text: NormalizedUTF8) -> Int {
    guard ChromeLexicon.startsWithLabelWord(text) else { return 0 }
    // Made a `String` only here, for the few lines whose first word starts a label.
    let norm = text.string
    guard text.withUTF8(Self.isASCII) else { return ChromeLexicon.labelCount(norm) }
    if let known = labelCounts[norm] { return known }
    let count = ChromeLexicon.labelCount(norm)
    if labelCounts.count < Self.labelCountsKept { labelCounts[norm] = count }
    return count
  }

  /// Whether `bytes` are ASCII, eight at a time.
  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let n = bytes.count
    let highs: UInt64 = 0x8080_8080_8080_8080
    var i = 0
    var any: UInt64 = 0
    while i &+ 8 <= n {
      any |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      i &+= 8
    }
    while i < n {
      any |= UInt64(base[i])
      i &+= 1
    }
    return any & highs == 0
  }

  /// Whether `c`, a line's first scalar that is no space, may start a copyright line
  /// without a copyright sign (`ChromeClassifier.isCopyrightLine`): `(`, `c` or `C`, or an
  /// opening bracket before them.
  private static func mayStartCopyrightLine(_ c: Unicode.Scalar) -> Bool {
    c == "(" || c == "[" || c == "c" || c == "C"
  }

  /// Whether every signal of every line is read, for the features recorded in training and
  /// evaluation (`AnalysisOptions.recordsChromeFeatures`); otherwise those only the model
  /// weighs are read only for the lines it weighs.
  private var recordsEverySignal: Bool { options.recordsChromeFeatures }

  /// The signals only the model weighs, and only for the line itself (no rule, no
  /// neighbour reads them): whether the line shares its words with the page's running text,
  /// and whether it is a person's name. A protected line or one a certain signal decides
  /// (`ChromeModelStage.isCertainChrome`) is not weighed, and goes without them.
  private func readModelSignals(_ line: SourceLine, _ norm: NormalizedUTF8, _ facts: inout ChromeFacts) {
    if facts.words <= 12 && !facts.endsLikeSentence && !survey.runningText.isEmpty {
      let share = survey.runningText.share(of: norm)
      facts.sharesRunningText = share.words > 0 && share.found * 2 >= share.words
      facts.sharesNoRunningText = share.words > 0 && share.found == 0
    }
    if facts.words >= 2 && facts.words <= 4 && facts.isTitleCase { facts.isPersonName = RomanizedKoreanName.isName(line) }
    if facts.hasDigit && facts.words <= 2 { facts.isCounter = ChromeClassifier.isCounter(line, norm: norm.string, words: facts.words) }
    facts.startsAtHome = ChromeClassifier.startsAtHome(norm: norm, words: facts.words, endsLikeSentence: facts.endsLikeSentence)
  }

  /// Title case and capitals of the line's English words; returns how many scalars
  /// separate the items of a row (`ChromeClassifier.separatesRow`), counted in the same pass,
  /// and the marks of a breadcrumb or a copyright line it saw (those scalars are all
  /// possible row separators by their traits, and looked at anyway).
  ///
  /// Each scalar is counted by its traits (`ScalarTraits`, kept with it since decoding) and
  /// by whether it starts a word, in a table on the stack: one increment per scalar, and
  /// only a possible row separator does more. A Latin letter counts in slot 0 or 1 (upper
  /// case), 8 or 9 when it starts a word; any other scalar in slots never read. The facts
  /// are read from the counts of Latin letters after.
  private func readCapitals(
    _ norm: NormalizedUTF8, _ line: SourceLine, _ facts: inout ChromeFacts
  ) -> (separators: Int, marks: ChromeClassifier.ShapeMarks) {
    var separators = 0
    var marks = ChromeClassifier.ShapeMarks()
    var counts = (lower: 0, upper: 0, lowerStart: 0, upperStart: 0)
    // A line of ASCII without a possible separator: its capitals were counted when it was
    // decoded.
    let ascii = line.asciiCounts
    if ascii.isKnown && !ascii.mayHaveRowSeparator {
      let upperAtStart = ascii.upperAtWordStart
      let lowerAtStart = ascii.lettersAtWordStart - upperAtStart
      counts = (ascii.letters - ascii.upper - lowerAtStart, ascii.upper - upperAtStart, lowerAtStart, upperAtStart)
      Self.readCapitals(counts, &facts)
      // ASCII without a `>` that may separate a row, and no copyright sign.
      return (0, marks)
    }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 16) { slots in
      slots.initialize(repeating: 0)
      line.scalars.withUnsafeBufferPointer { scalars in
        guard let base = scalars.baseAddress, let counters = slots.baseAddress else { return }
        let end = base + scalars.count
        var p = base
        // `ScalarTraits.startsWord` when the scalar at `p` starts a word.
        var wordStart = Int(ScalarTraits.startsWord)
        let startsWord = Int(ScalarTraits.startsWord)
        let separates = Int(ScalarTraits.maySeparateRow)
        // Two scalars a turn (one test of the end and of the separators for both).
        while end - p >= 2 {
          let first = Int(p[0].traits.rawValue)
          let second = Int(p[1].traits.rawValue)
          counters[wordStart | first & 7] &+= 1
          counters[first & startsWord | second & 7] &+= 1
          wordStart = second & startsWord
          if (first | second) & separates != 0 {
            let k = p - base
            if first & separates != 0 {
              if ChromeClassifier.separatesRow(at: k, in: scalars) { separators &+= 1 }
              Self.note(p[0].value, in: &marks)
            }
            if second & separates != 0 {
              if ChromeClassifier.separatesRow(at: k + 1, in: scalars) { separators &+= 1 }
              Self.note(p[1].value, in: &marks)
            }
          }
          p += 2
        }
        if p < end {
          let bits = Int(p.pointee.traits.rawValue)
          counters[wordStart | bits & 7] &+= 1
          if bits & separates != 0 {
            if ChromeClassifier.separatesRow(at: p - base, in: scalars) { separators &+= 1 }
            Self.note(p.pointee.value, in: &marks)
          }
        }
      }
      counts = (slots[0], slots[1], slots[8], slots[9])
    }
    Self.readCapitals(counts, &facts)
    return (separators, marks)
  }

  /// Notes in `marks` whether the possible row separator `c` is a breadcrumb's mark or a
  /// copyright sign.
  @inline(__always)
  private static func note(_ c: Unicode.Scalar, in marks: inout ChromeClassifier.ShapeMarks) {
    if ChromeClassifier.isBreadcrumbMark(c) { marks.breadcrumb = true }
    if ChromeClassifier.isCopyrightSign(c) { marks.copyrightSign = true }
  }

  /// Title case and capitals from the counts of Latin letters, by case and by whether they
  /// start a word.
  private static func readCapitals(
    _ counts: (lower: Int, upper: Int, lowerStart: Int, upperStart: Int), _ facts: inout ChromeFacts
  ) {
    let words = counts.lowerStart + counts.upperStart
    let capitalized = counts.upperStart
    let upperLetters = counts.upper + counts.upperStart
    let lowerLetters = counts.lower + counts.lowerStart
    facts.isTitleCase = words >= 2 && capitalized * 10 >= words * 6
    facts.isAllCaps = words >= 2 && lowerLetters == 0 && upperLetters >= 4
  }
}
