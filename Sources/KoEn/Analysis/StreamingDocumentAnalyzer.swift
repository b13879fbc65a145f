/// The second of the two readings that analyse a document: each line's language, role and
/// fragments, handed out as soon as they are decided, in bounded memory.
///
/// Create it from the `SurveyedDocument` that `DocumentSurvey.finish()` gave for the same
/// document, then feed it the document again, in chunks cut anywhere. The lines come out in
/// order, exactly as `DocumentAnalyzer.analyze` gives them for the whole document (which is
/// these two readings over one buffer). Most lines come out with the chunk that ends them; a
/// few rules of a page's chrome hold lines back until what follows decides them (a run of
/// short lines, the lines after the page's last English sentence, up to `footReach`), and
/// `finish()` hands out the rest with the document's totals.
///
/// The analyzer is noncopyable and `finish()` consumes it: adding to a finished analyzer
/// does not compile.
///
/// One analyzer per document, used from one thread.
public struct StreamingDocumentAnalyzer: ~Copyable {
  /// The end of the second reading: the lines still held, and the document's totals.
  ///
  /// Thread-safety: a value type; `Sendable`.
  public struct Remainder: Sendable {
    /// The lines held until the end, in order (after every line `add` handed out).
    public var lines: [AnalyzedLine]
    /// The document's dominant language.
    public var dominant: Language
    /// Every catalogue finding (entries of `.po` files and locale tables).
    public var catalogFindings: [CatalogFinding]
    /// All the document's lines, by role.
    public var counts: RoleCounts
    /// All the document's fragments.
    public var fragmentCount: Int
    /// The format the document was read as (the survey's).
    public var format: DocumentFormat = .plainText
    /// The chrome model's features of every non-blank line it decided, by line number,
    /// when `AnalysisOptions.recordsChromeFeatures` is set (for training and evaluation).
    @_spi(Training) public var chromeFeatures: [(line: Int, features: [Double], certain: Bool)] = []
  }

  /// How many lines of an English page's foot the hand-ordered chrome rules
  /// (`AnalysisOptions(chromeModel: nil)`) hold at most before they are known not to be its
  /// end.
  public static let footReach = 10_000

  /// The reading's state, in a copyable value: the noncopyable analyzer only guards the order
  /// of the calls. (Swift 6.3.1's optimizer mishandled the initializer when these many
  /// fields sat in the noncopyable struct itself: it released a field it had never
  /// initialized, a crash in release builds only.)
  private var reading: SecondReading

  /// An analyzer for the document a finished survey has read.
  ///
  /// - Parameter survey: What `DocumentSurvey.finish()` learned of this document.
  public init(survey: SurveyedDocument) { reading = SecondReading(survey: survey) }

  /// The document's dominant language.
  public var dominant: Language { reading.dominant }
  /// The format the document is read as (the survey's).
  public var format: DocumentFormat { reading.format }
  /// The catalogue findings so far (entries of `.po` files and locale tables).
  public var catalogFindings: [CatalogFinding] { reading.catalogFindings }
  /// The lines handed out so far, by role.
  public var counts: RoleCounts { reading.counts }
  /// The fragments handed out so far.
  public var fragmentCount: Int { reading.fragmentCount }
  /// The chrome model's features of every non-blank line decided so far, by line number,
  /// when `AnalysisOptions.recordsChromeFeatures` is set (for training and evaluation).
  /// `certain` tells a line that a signal decided alone (the model does not see it in training).
  @_spi(Training) public var chromeFeatures: [(line: Int, features: [Double], certain: Bool)] { reading.chromeFeatures }

  /// Reads the next piece of the document; returns the lines now decided, in order.
  ///
  /// - Complexity: O(n) in the piece's length (plus the last unfinished line's).
  public mutating func add(_ bytes: some Collection<UInt8>) -> [AnalyzedLine] { reading.add(bytes) }

  /// Ends the document: the lines still held, in order, and the document's totals.
  ///
  /// - Complexity: O(h) in the number of lines held.
  public consuming func finish() -> Remainder { reading.finish() }
}

/// The state and rules of the second reading behind `StreamingDocumentAnalyzer`.
struct SecondReading {
  /// The document's dominant language.
  let dominant: Language

  /// The catalogue findings so far (entries of `.po` files and locale tables).
  private(set) var catalogFindings: [CatalogFinding] = []
  /// The lines handed out so far, by role.
  private(set) var counts = RoleCounts()
  /// The fragments handed out so far.
  private(set) var fragmentCount = 0

  private let options: AnalysisOptions
  let format: DocumentFormat
  private let survey: SurveyedDocument
  private let finder: FragmentFinder
  private var reader: LayoutReader
  /// The survey's lines, replayed instead of reading the lines again (when it kept them).
  private var replay: LayoutReplay?
  private let detectsChrome: Bool
  private var pipeline: ChromePipeline?
  /// The chrome model's pass over an English page (when `options.chromeModel` is set).
  private var modelStage: ChromeModelStage?
  /// Whether `modelStage` is set: asked of the optional itself at every line, the test
  /// copied the whole stage (a few hundred bytes) out of the reading first.
  private let usesModel: Bool
  /// The lines the model's pass hands out for one line read, kept between lines so that
  /// its storage is not made anew for each.
  private var modelOut: [ChromeItem] = []
  private let signalReader: ChromeSignalReader
  /// Fragments of catalogue lines whose entry has not ended.
  private var entryFragments: [Int: [Fragment]] = [:]
  /// Where a Markdown, markup, reStructuredText or AsciiDoc document is relative to the
  /// comments that may open it.
  private var headerComment = HeaderComment.notYet
  /// Inside a hidden comment that names a copyright or a licence (reStructuredText's
  /// `.. Licensed under …`, AsciiDoc's `// Copyright …`): the notice runs to the comment's end.
  private var inNoticeComment = false
  /// The copyright or licence comment that may open a catalogue.
  private var headNotice = CatalogueHeadNotice()
  /// The language switchers' blocks of lines, when they are in order and apart (as the
  /// survey finds them): the lines are asked about in order, so a block left behind is
  /// never asked about again. Nil when they are not, and each line asks the survey.
  private let orderedSwitchers: [ClosedRange<Int>]?
  /// The first block of `orderedSwitchers` that does not end before the line last asked about.
  private var nextSwitcher = 0
  /// Where the text of a line the survey did not keep is normalized.
  private var textPool = UTF8Pool()

  private enum HeaderComment { case notYet, inside, past }

  /// An analyzer for the document a finished survey has read.
  ///
  /// - Parameter survey: What `DocumentSurvey.finish()` learned of this document.
  init(survey: SurveyedDocument) {
    // The replay holds the lines alone, so that it can hand each over without copying it.
    var survey = survey
    let lines = survey.takeLines()
    self.survey = survey
    options = survey.options
    format = survey.format
    dominant = survey.dominant
    let kept = dominant == .ko ? survey.keptTerms : KeptTerms(glossary: options.glossary)
    finder = FragmentFinder(dominant: dominant, kept: kept, options: options)
    reader = LayoutReader(format: format, localizedComments: survey.commentsAreLocalized)
    replay = lines.map { LayoutReplay(lines: $0, localizedComments: survey.commentsAreLocalized) }
    // A single line has no page around it: nothing to separate it from.
    detectsChrome = options.detectsChrome && !format.isCatalogue && survey.nonBlankLines > 1
    signalReader = ChromeSignalReader(format: format, survey: survey)
    let switchers = survey.switcherBlocks
    orderedSwitchers = zip(switchers, switchers.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound } ? switchers : nil
    // Each stored property is set once, outside any branch.
    let model = detectsChrome && dominant == .en ? options.chromeModel : nil
    usesModel = model != nil
    modelStage = model.map {
      ChromeModelStage(
        model: $0, firstSentenceLine: survey.firstSentenceLine, lastSentenceLine: survey.lastSentenceLine,
        recordsFeatures: options.recordsChromeFeatures)
    }
    pipeline = detectsChrome && dominant == .en && model == nil ? ChromePipeline(footReach: StreamingDocumentAnalyzer.footReach) : nil
  }

  /// The chrome model's features of every non-blank line decided so far, by line number,
  /// when `AnalysisOptions.recordsChromeFeatures` is set (for training and evaluation).
  /// `certain` tells a line that a signal decided alone (the model does not see it in training).
  var chromeFeatures: [(line: Int, features: [Double], certain: Bool)] { modelStage?.recorded ?? [] }

  /// Reads the next piece of the document; returns the lines now decided, in order.
  ///
  /// - Complexity: O(n) in the piece's length (plus the last unfinished line's).
  mutating func add(_ bytes: some Collection<UInt8>) -> [AnalyzedLine] {
    var out: [AnalyzedLine] = []
    // The replay is taken out while it hands the recorded events straight to `read`.
    if var replay = replay.take() {
      // Room for the lines the replay hands on (most come out at once): grown by doubling,
      // the array of a whole document's lines was copied again at each step.
      out.reserveCapacity(replay.eventsRead(within: bytes.count))
      replay.push(count: bytes.count) { read($0, $1, &out) }
      self.replay = replay
      return out
    }
    var events: [LayoutEvent] = []
    reader.push(bytes) { events.append($0) }
    for event in events { read(event, LineNotes(), &out) }
    return out
  }

  /// Ends the document: the lines still held, in order, and the document's totals.
  ///
  /// - Complexity: O(h) in the number of lines held.
  mutating func finish() -> StreamingDocumentAnalyzer.Remainder {
    var events: [(LayoutEvent, LineNotes)] = []
    if replay != nil {
      replay!.finish { events.append(($0, $1)) }
    } else {
      reader.finish { events.append(($0, LineNotes())) }
    }
    var out: [AnalyzedLine] = []
    for (event, notes) in events { read(event, notes, &out) }
    var items: [ChromeItem] = []
    modelStage?.finish(&items)
    pipeline?.finish(&items)
    for item in items { emit(item.line, &out) }
    var end = StreamingDocumentAnalyzer.Remainder(
      lines: out, dominant: dominant, catalogFindings: catalogFindings, counts: counts, fragmentCount: fragmentCount)
    end.chromeFeatures = chromeFeatures
    end.format = format
    return end
  }

  // MARK: - Lines

  /// Reads one event of the layout, with what the survey worked out of the line.
  private mutating func read(_ event: LayoutEvent, _ notes: LineNotes, _ out: inout [AnalyzedLine]) {
    switch event {
    case .entry(let entry):
      if let finding = CatalogFinding(entry: entry, fragments: entryFragments) { catalogFindings.append(finding) }
      for index in entry.translationLines { entryFragments[index] = nil }
    case .line(let laid):
      var (analyzed, isProtected) = analyzeLine(laid, letters: notes.letters)
      if format.isCatalogue && survey.licenceLines.contains(laid.index) {
        // A licence is shown in its English text on purpose.
        analyzed.fragments = []
        if analyzed.role == .untranslated { analyzed.role = .content }
      }
      if format.isCatalogue, !analyzed.fragments.isEmpty {
        entryFragments[laid.index] = analyzed.fragments
      }
      if format.isCatalogue && options.detectsChrome
        && (headNotice.contains(laid.line, laid.layout) || survey.stampedHeadLines.contains(laid.index)
          || (survey.creditLines.contains(laid.index) && TranslatorCredits.showsText(laid.layout)))
      {
        analyzed.role = .chrome
        analyzed.fragments = []
      }
      guard detectsChrome else { return emit(analyzed, &out) }
      if isFileChrome(laid) {
        // Navigation and file headers carry no translation to check.
        analyzed.role = .chrome
        if dominant == .ko {
          analyzed.fragments = []
          if analyzed.language == .mixed { analyzed.language = .ko }
        }
      }
      if usesModel {
        let facts = signalReader.facts(
          laid, analyzed: analyzed, isProtected: isProtected, text: notes.text, letters: notes.letters)
        modelStage?.push(ChromeItem(line: analyzed, facts: facts), &modelOut)
        // One or two items (a line and the blank line after it) are taken out from the end:
        // emptied by `removeAll`, the items were destroyed through the runtime's generic
        // array destruction at every line.
        switch modelOut.count {
        case 0: break
        case 1: emit(modelOut.removeLast().line, &out)
        case 2:
          let second = modelOut.removeLast()
          emit(modelOut.removeLast().line, &out)
          emit(second.line, &out)
        default:
          for item in modelOut { emit(item.line, &out) }
          modelOut.removeAll(keepingCapacity: true)
        }
        return
      }
      var facts = applyLocalChromeRules(laid, isProtected: isProtected, text: notes.text, to: &analyzed)
      if analyzed.role != .blank && facts.words <= 10 { facts.isBreadcrumb = ChromeClassifier.isBreadcrumb(laid.line) }
      guard var pipeline else { return emit(analyzed, &out) }
      var items: [ChromeItem] = []
      pipeline.push(ChromeItem(line: analyzed, facts: facts), &items)
      self.pipeline = pipeline
      for item in items { emit(item.line, &out) }
    }
  }

  /// Lines that are the file's or the site's in a document of either language: a language
  /// switcher (on one line or a block of them, `SwitcherBlockFinder`), and the comments that
  /// open a Markdown or markup file, after an XML declaration, a stylesheet instruction or a
  /// doctype if it has them, or a reStructuredText or AsciiDoc file (a licence header, a
  /// revision note, a generator's or translation tool's note: never shown to the reader).
  private mutating func isFileChrome(_ laid: LaidLine) -> Bool {
    let line = laid.line
    if laid.layout.isNavigation {
      // Not a comment: any header comment lies before it.
      if headerComment == .notYet { headerComment = .past }
      // A script's code inside the navigation (its menus' toggles) is code, never shown.
      if !survey.isTableOfContents(line: line.number) && !Self.isCodeOnly(laid.layout) { return true }
    }
    if (format == .markdown || format == .markup) && headerComment != .past && !line.isBlank {
      let text = String(String.UnicodeScalarView(line.scalars.map(\.value)))
      let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
      if headerComment == .notYet && format == .markup && (trimmed.hasPrefix("<?") || trimmed.lowercased().hasPrefix("<!doctype")) {
        return false
      }
      if headerComment == .notYet {
        guard trimmed.hasPrefix("<!--") else {
          headerComment = .past
          return isSwitcher(line: line.number)
        }
        headerComment = .inside
      }
      // Another comment may follow before the text (a revision note, then the licence).
      if text.contains("-->") { headerComment = .notYet }
      return true
    }
    let isHiddenComment = !laid.fenced && laid.layout.isCode && laid.layout.comment == 0..<line.scalars.count && !line.isBlank
    if (format == .restructuredText || format == .asciiDoc) && headerComment != .past && !line.isBlank {
      // The comments that open a reStructuredText or AsciiDoc file (a generator's note,
      // `.. … documentation master file, created by sphinx-quickstart`) are the file's,
      // as in a markup file; its first other line ends them.
      if isHiddenComment { return true }
      headerComment = .past
    }
    if isHiddenComment {
      if !inNoticeComment { inNoticeComment = CatalogueHeadNotice.namesNotice(line.text[...]) }
      if inNoticeComment { return true }
    } else {
      inNoticeComment = false
    }
    guard !line.isBlank else { return false }
    if format == .markup && Self.isAlternateLanguageLink(line) { return true }
    return isSwitcher(line: line.number) || survey.isInNoticeBlock(line: line.number)
  }

  /// Whether a line of markup holds code and nothing shown (a `<script>` body's line).
  private static func isCodeOnly(_ layout: LineLayout) -> Bool {
    !layout.uses.contains(.prose) && layout.uses.contains(.code)
  }

  /// Whether the line is a page head's link to a version in another language, `<link
  /// rel="alternate" hreflang="en" href="…">`: the switcher a search engine reads.
  private static func isAlternateLanguageLink(_ line: SourceLine) -> Bool {
    let s = line.scalars
    guard let k = s.firstIndex(where: { $0.letter != .space }), k + 5 < s.count, s[k].value == "<",
      s[k + 1].value.value | 0x20 == 0x6C, s[k + 2].value.value | 0x20 == 0x69, s[k + 3].value.value | 0x20 == 0x6E,
      s[k + 4].value.value | 0x20 == 0x6B, s[k + 5].letter == .space
    else { return false }
    return line.text.lowercased().contains("hreflang=")
  }

  /// Whether line `number` belongs to a language switcher (`SurveyedDocument.isSwitcher`),
  /// for lines asked about in order: the blocks are passed over once for the whole
  /// document rather than all read for every line.
  private mutating func isSwitcher(line number: Int) -> Bool {
    guard let blocks = orderedSwitchers else { return survey.isSwitcher(line: number) }
    while nextSwitcher < blocks.count && blocks[nextSwitcher].upperBound < number { nextSwitcher += 1 }
    return nextSwitcher < blocks.count && blocks[nextSwitcher].contains(number)
  }

  /// Counts `line` and hands it out. (Taken as its own and moved into `out`: borrowed, the
  /// line's fragments were retained for the copy appended and released with the caller's.)
  private mutating func emit(_ line: consuming AnalyzedLine, _ out: inout [AnalyzedLine]) {
    counts[line.role] += 1
    fragmentCount += line.fragments.count
    out.append(line)
  }

  /// A line's language, fragments and role before the chrome rules; and whether it is an
  /// English page's own text that no chrome rule may take: a dateline, or an item of a
  /// learner's vocabulary list.
  ///
  /// `mutating` though it changes nothing, like `applyLocalChromeRules`: `read` then passes
  /// the reading by reference. Called as a non-mutating method from there, it was given a
  /// copy of the whole reading (about 1.9 KB, copied for every line).
  private mutating func analyzeLine(_ laid: LaidLine, letters known: LineLetters?) -> (AnalyzedLine, isProtected: Bool) {
    let line = laid.line
    let layout = laid.layout
    if line.isBlank {
      return (AnalyzedLine(number: line.number, range: line.range, language: .none, role: .blank, fragments: []), false)
    }
    let counts = known ?? LineLetters(line, layout)
    // A line of an English page without Korean prose has no dateline labels and no fragments.
    let withoutKoreanProse = dominant == .en && counts.proseKorean == 0
    let isDateline = dominant == .en && !withoutKoreanProse && ChromeClassifier.isDateline(line, layout)
    let hasKorean = counts.hasKorean
    let hasLatin = counts.hasLatin
    let hasEnglishWords = counts.hasEnglishWords
    // The English words of a Korean line of an English page both end its fragments and make
    // it mixed: found once for both when both are asked.
    let words =
      dominant == .en && !withoutKoreanProse && !isDateline && !layout.isStructural && hasKorean && hasEnglishWords
      ? FragmentFinder.wordTokens(line, layout) : nil
    let fragments =
      withoutKoreanProse
      ? [] : isDateline ? finder.koreanWordFragments(line, layout)
      : words != nil ? finder.koreanFragments(line, layout, words: words) : finder.fragments(line, layout)
    // Letters of the line's text: in code blocks all of them, elsewhere the prose.
    let letters = counts.proseKorean + counts.proseLatin + (layout.isCode ? counts.codeLetters : 0)
    let language: LineLanguage
    if hasKorean {
      if dominant == .ko {
        language = fragments.isEmpty ? .ko : .mixed
      } else {
        // Acronyms inside Korean text (`윤석열 FA 기고문`, `KBS 뉴스`) make no line mixed:
        // only a word with lower-case letters, the kind that ends a Korean fragment, does.
        language = hasEnglishWords && FragmentFinder.hasEnglishWord(line, layout, words: words) ? .mixed : .ko
      }
    } else {
      language = hasLatin ? .en : .none
    }
    var fragmentLetters = 0
    let other = dominant.otherAnalysed
    for f in fragments {
      for s in f.text.unicodeScalars {
        let c = LetterClass(s)
        if (other == .ko && c == .korean) || (other == .en && c == .latin) {
          fragmentLetters += c.mass(of: s)
        }
      }
    }
    // A line of code with a comment is code: only a comment standing alone can be an
    // untranslated line.
    let hasCodeLetters = layout.isCode && counts.codeLetters > 0
    var role = LineRole.content
    let isVocabularyItem = dominant == .en && !withoutKoreanProse && GlossaryLine.isVocabularyItem(line, layout)
    if !layout.isStructural && !hasCodeLetters && letters > 0
      && Double(fragmentLetters) > options.untranslatedLineShare * Double(letters) && !isDateline
      && !isVocabularyItem && !(dominant == .en && DatedKoreanLine.matches(line, layout))
    {
      role = .untranslated
    }
    let analyzed = AnalyzedLine(number: line.number, range: line.range, language: language, role: role, fragments: fragments)
    return (analyzed, isDateline || (isVocabularyItem && GlossaryLine.startsLowercase(line)))
  }

  /// The chrome rules that look at one line alone (the lexicon, corpus recurrence, the
  /// shapes of copyright lines, menus, tags and pagers, the register of UI text); returns
  /// what the rules that look further need to know of the line. (`mutating` only to be
  /// passed the reading by reference, as `analyzeLine` is.)
  private mutating func applyLocalChromeRules(
    _ laid: LaidLine, isProtected: Bool, text: NormalizedLine?, to analyzed: inout AnalyzedLine
  ) -> ChromeFacts {
    let line = laid.line
    let layout = laid.layout
    var facts = ChromeFacts()
    guard analyzed.role != .blank else { return facts }
    facts.isCode = layout.isCode
    facts.endsLikeSentence = ChromeClassifier.endsLikeSentence(line)
    facts.hasDigit = line.scalars.contains { $0.letter == .digit }
    if let first = line.scalars.first(where: { $0.letter != .space }) {
      facts.isBulleted = ChromeSignalReader.bullets.contains(first.value)
    }
    // Datelines and bylines are the article's own text: no shape or position rule makes
    // them chrome.
    if isProtected { facts.isProtected = true }
    guard !layout.isCode && !isProtected else { return facts }
    var text = text ?? NormalizedLine(line, layout, pool: &textPool)
    let norm = text.normalized
    facts.words = text.words
    facts.isRepeated = !norm.isEmpty && survey.occurrences(ofShortLine: norm) >= 3
    guard facts.words <= 200 else { return facts }  // chrome is short; long lines are never matched
    if dominant == .en { facts.labels = ChromeLexicon.labelCount(norm) }
    let foreign = dominant == .en && analyzed.role == .untranslated
    // In Markdown, headings and table rows are the document's structure, not a site's.
    if format == .markdown, let first = line.scalars.first(where: { $0.letter != .space })?.value, first == "#" || first == "|" {
      facts.isProtected = true
      return facts
    }
    if let entry = text.lexiconMatch(
      maximumWords: options.maximumChromeWords, noticesOnly: dominant == .ko, vocabulary: foreign)
    {
      // An English sentence that merely starts like a widget ("Don't miss the festival
      // this weekend.") is the article's.
      let sentence = entry.language == .en && entry.match == .prefix && entry.category != "notice"
        && facts.words > 6 && facts.endsLikeSentence
      if !sentence {
        analyzed.role = .chrome
        facts.isListHeader = entry.category == "related" && entry.match != .word
        return facts
      }
    }
    if dominant == .en && !norm.isEmpty && survey.recurring.contains(norm) {
      analyzed.role = .chrome
      return facts
    }
    if dominant == .en {
      if ChromeClassifier.isEnglishDatelineOrByline(line, normalized: norm, words: facts.words, hasDigit: facts.hasDigit) {
        facts.isProtected = true
        return facts
      }
      if ChromeClassifier.isCopyrightLine(line, words: facts.words) || facts.labels >= 2
        || ChromeClassifier.isNavigationRow(line) || ChromeClassifier.isHashtagLine(line)
        || ChromeClassifier.isTagLine(line, words: facts.words)
        || ChromeClassifier.isPager(line, words: facts.words)
      {
        analyzed.role = .chrome
        return facts
      }
    }
    // The register of UI text, on a Korean line (an English word or two, such as a
    // product name, aside): a sentence mixing the languages is not a UI string.
    if foreign && facts.words <= options.maximumChromeWords * 3 && LineText.latinWordCount(norm) <= 2
      && ChromeClassifier.hasUIRegister(line, layout)
    {
      analyzed.role = .chrome
    }
    return facts
  }
}
