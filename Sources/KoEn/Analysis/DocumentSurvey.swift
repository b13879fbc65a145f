internal import CTokenBlock

/// The first of the two readings that analyse a document: what can be known only from the
/// whole of it, gathered line by line in bounded memory.
///
/// A line's analysis depends on the document around it: the dominant language, the terms
/// the document keeps in English (identifiers of its code, acronyms, names it uses inside
/// Korean sentences), whether it localized the comments of its code, and how often it
/// repeats each short line. The survey reads the document once for these; `finish()` hands
/// them over as a `SurveyedDocument`, the only value a `StreamingDocumentAnalyzer` starts
/// from, which reads the document again and analyses each line as it comes.
///
/// ```swift
/// var survey = DocumentSurvey(format: DocumentFormat.infer(fileName: name, bytes: start))
/// for chunk in chunks { survey.add(chunk) }
/// var analyzer = StreamingDocumentAnalyzer(survey: survey.finish())
/// for chunk in chunks { for line in analyzer.add(chunk) { print(line.role) } }
/// for line in analyzer.finish().lines { print(line.role) }
/// ```
///
/// The survey is noncopyable and `finish()` consumes it, so the readings cannot be taken
/// out of order: adding to a finished survey, or analysing before the survey is finished,
/// does not compile.
///
/// Chunks may be cut anywhere, even inside a character. Memory grows with the document's
/// distinct kept terms and distinct short lines, and with the lines it keeps for the second
/// reading to replay (`SurveyedLines`) up to a fixed budget, never beyond. One survey per
/// document, used from one thread.
public struct DocumentSurvey: ~Copyable {
  /// The document's format.
  public let format: DocumentFormat
  /// The analysis options.
  public let options: AnalysisOptions
  /// Lines that recur across a corpus (corpus mode), normalized.
  let recurring: Set<String>

  private var reader: LayoutReader
  /// Reads runs of English as a Korean document would, before its kept terms are known.
  private let finder: FragmentFinder
  // The dominant language: letter masses of the prose.
  private var korean = 0
  private var english = 0
  /// Letter masses of lines the chrome lexicon matched: the evidence left when a document
  /// is nothing but such lines (a record whose whole text is `로그인`).
  private var lexiconKorean = 0
  private var lexiconEnglish = 0
  /// Whether any line has a Korean or Latin letter, prose or not.
  private var hasLetters = false
  /// Catalogue entries whose translation is in Korean, and those whose translation has only
  /// Latin letters (counted, not weighed: each entry is one string of the interface).
  private var koreanEntries = 0
  private var englishEntries = 0
  /// The language the file's path names (`ko.lproj/`, `values-ko/`, `README.ko.md`).
  private let pathLanguage: Language?
  /// The language a catalogue's header declares (`"Language: ko_KR\n"`).
  private var headerLanguage: Language? = nil
  /// Non-blank lines: a single line has no page around it, so no chrome.
  private(set) var nonBlankLines = 0
  /// The first and last line (1-based numbers) that read as English running text: five
  /// words or more, mostly Latin letters, no lexicon chrome. A page's head lies before the
  /// first, its foot after the last.
  private(set) var firstSentenceLine: Int? = nil
  private(set) var lastSentenceLine: Int? = nil
  /// Masses of catalogue lines whose entry has not ended: an entry left in the source
  /// language is not evidence of the translation's language.
  private var pendingMasses: [Int: (korean: Int, english: Int)] = [:]
  // Kept terms.
  private var identifiers = Set<String>()
  /// Headwords of the document's definition lists (reStructuredText), at most `maximumLearned`.
  private var definitionTerms = DefinitionListTerms()
  private var definedTerms = Set<String>()
  private var acronyms = Set<String>()
  private var nameCandidates = Set<NameCandidate>()
  /// Acronyms and names found in comments of code blocks, kept when comments are localized.
  private var commentAcronyms = Set<String>()
  private var commentNameCandidates = Set<NameCandidate>()
  /// Dictionary words the document writes in lower case inside Korean sentences (`많은
  /// framework들이`), at most `maximumLearned`: a capitalized one elsewhere
  /// (`Framework간`) is that word at a sentence's or a title's start, not a name to keep.
  private var lowercaseWords = Set<String>()
  private var localizedComments = false
  /// Whether the terms are learned as the lines are read. Only a Korean document keeps
  /// terms, and whether it is Korean is known at its end: until then the lines kept for the
  /// second reading are learned from at the end, if the document is Korean; when they are
  /// dropped (`SurveyedLines.budget`), from those and every line after them as it is read.
  private var learnsTermsNow: Bool
  /// Korean letter mass of the comments of code blocks: the translator's text, counted once
  /// the document turns out to have localized its comments. (English comments are what a
  /// translation may have left; they are no evidence of the document's language.)
  private var commentKorean = 0
  /// How often each short line occurs (saturating at 3), by a stable hash of its
  /// normalized text.
  private var shortLineCounts = ShortLineCounts()
  /// The words of the lines that read as running text (`RunningTextWords`).
  private var runningText = RunningTextWords()
  /// Where the lines' normalized text is written (kept with the lines for the second reading).
  private var textPool = UTF8Pool()
  /// The lines read, kept for the second reading (up to a memory budget).
  private var lines: SurveyedLines
  /// What `read` worked out of the line it read last, for `record` to keep with it.
  private var notes: LineNotes? = nil
  /// The size `record` counts for the event `read` read last (`SurveyedLines.size(of:)`).
  private var recordedSize = 0
  /// Input bytes read so far.
  private var consumed = 0
  /// Language switchers, on one line or several (pages and Markdown, when chrome is sought).
  private var switchers = SwitcherBlockFinder()
  /// The `<nav>` elements of a page that are its table of contents.
  private var tablesOfContents = TableOfContentsFinder()
  /// The blockquotes, containers and paragraphs that hold a notice about the document.
  private var noticeBlocks = NoticeBlockFinder()
  /// Whether the format is prose whose notices take their box (`NoticeBlockFinder`).
  private var readsNotices: Bool {
    options.detectsChrome
      && (format == .markdown || format == .restructuredText || format == .plainText || format == .asciiDoc
        || format == .org)
  }
  /// Names the document's URLs spell as slugs (`SlugPhrases`), at most `maximumLearned`.
  private var slugPhrases = Set<String>()
  /// The most entries each of the document-wide sets learned while reading holds (slugs,
  /// translated link targets, lower-case words): bounded memory for any document.
  static let maximumLearned = 4096
  /// Targets of the links whose text is Korean (`KeptTerms.translatedLinkTargets`), at most
  /// `maximumLearned`.
  private var translatedLinkTargets = Set<String>()
  /// 0-based indices of the lines of catalogue translations that are a licence text or a
  /// copyright notice.
  private var licenceLines = Set<Int>()
  /// 0-based indices of the translation lines of a `.po` catalogue's translator credits.
  private var creditLines = Set<Int>()
  /// The block comments a tool stamped at the head of a catalogue.
  private var stampedHead = GeneratedHeadComment()

  /// Names used inside a Korean sentence, with the ordinary English words of their run:
  /// the names are kept only if those words turn out to be terms the document keeps.
  struct NameCandidate: Hashable, Sendable {
    var names: [String]
    var words: [String]
  }

  /// A survey of a document in `format`.
  ///
  /// - Parameters:
  ///   - format: The document's format.
  ///   - options: The analysis options.
  ///   - fileName: The file's name or path, if known: a locale in it (`ko.lproj/`,
  ///     `values-ko/`, `locales/ko-KR.yml`, `README.ko.md`) decides the dominant language
  ///     unless `options.dominant` does.
  public init(format: DocumentFormat, options: AnalysisOptions = AnalysisOptions(), fileName: String? = nil) {
    self.init(format: format, options: options, recurring: [], fileName: fileName)
  }

  /// - Parameter lineBudget: The most bytes of memory the lines kept for the second reading
  ///   may take (`SurveyedLines`).
  init(
    format: DocumentFormat, options: AnalysisOptions, recurring: Set<String>, fileName: String? = nil,
    lineBudget: Int = SurveyedLines.budget
  ) {
    self.format = format
    lines = SurveyedLines(limit: lineBudget)
    self.options = options
    self.recurring = recurring
    pathLanguage = fileName.flatMap { DocumentLocale.language(inPath: $0) }
    reader = LayoutReader(format: format, localizedComments: false)
    finder = FragmentFinder(dominant: .ko, kept: KeptTerms(glossary: options.glossary), options: options)
    learnsTermsNow = options.dominant == .ko
  }

  /// Reads the next piece of the document.
  ///
  /// - Complexity: O(n) in the piece's length (plus the last unfinished line's).
  public mutating func add(_ bytes: some Collection<UInt8>) {
    consumed += bytes.count
    // The reader is swapped out while it hands its events straight to `read`.
    var reader = LayoutReader(format: format, localizedComments: false)
    swap(&reader, &self.reader)
    reader.push(bytes) { event in
      read(event)
      record(event, releaseAt: consumed)
    }
    swap(&reader, &self.reader)
  }

  /// Ends the document: what the survey learned, for the second reading.
  ///
  /// - Complexity: O(k) in the number of kept terms and names learned.
  public consuming func finish() -> SurveyedDocument {
    readToEnd()
    let dominant = dominant
    if dominant == .ko && !learnsTermsNow {
      for recorded in lines.events { learnTerms(recorded.event) }
    }
    return SurveyedDocument(
      format: format, options: options, dominant: dominant, recurring: recurring,
      keptTerms: dominant == .ko ? keptTerms : KeptTerms(glossary: options.glossary),
      commentsAreLocalized: localizedComments, shortLineCounts: shortLineCounts, runningText: runningText,
      nonBlankLines: nonBlankLines,
      firstSentenceLine: firstSentenceLine, lastSentenceLine: lastSentenceLine, switcherBlocks: switchers.blocks,
      tablesOfContents: tablesOfContents.tables, noticeBlocks: noticeBlocks.blocks,
      noticeParagraphs: noticeBlocks.paragraphs, licenceLines: licenceLines,
      creditLines: creditLines, stampedHeadLines: stampedHead.lines, lines: lines.isDropped ? nil : lines)
  }

  /// Reads the document's last line and the entries still open.
  private mutating func readToEnd() {
    var events: [LayoutEvent] = []
    reader.finish { events.append($0) }
    for event in events {
      read(event)
      record(event, releaseAt: .max)
    }
    switchers.finish()
    tablesOfContents.finish()
    noticeBlocks.finish()
    for (_, mass) in pendingMasses {
      korean += mass.korean
      english += mass.english
    }
    if localizedComments { korean += commentKorean }
    pendingMasses = [:]
  }

  /// The document's dominant language, from the strongest evidence there is: the option
  /// when set; then the language the file declares (a catalogue header, a locale in its
  /// path); then, in a catalogue, Korean when at least a tenth of its translated entries are
  /// Korean (a translation in progress is still a Korean catalogue); then the larger letter
  /// mass of the prose (with the Korean of code comments, when the document localized
  /// some), where a Hangul syllable weighs what 2.5 Latin letters do and lexicon chrome is
  /// left out (Korean on a tie). A document whose only letters are lexicon chrome
  /// is in their language; one with no Korean or Latin letters at all is `zxx`.
  /// Known once the whole document is read.
  private var dominant: Language {
    if let given = options.dominant { return given }
    if let declared = headerLanguage ?? pathLanguage { return declared }
    if korean == 0 && english == 0 {
      if lexiconKorean == 0 && lexiconEnglish == 0 { return hasLetters ? .en : .zxx }
      return lexiconKorean >= lexiconEnglish ? .ko : .en
    }
    if format.isCatalogue, koreanEntries > 0, koreanEntries * 10 >= koreanEntries + englishEntries {
      return .ko
    }
    return korean >= english ? .ko : .en
  }

  /// The terms a Korean document keeps in English.
  var keptTerms: KeptTerms {
    var kept = KeptTerms(glossary: options.glossary)
    kept.learned.formUnion(identifiers)
    let learned = kept
    var names = acronyms
    var candidates = nameCandidates
    if localizedComments {
      names.formUnion(commentAcronyms)
      candidates.formUnion(commentNameCandidates)
    }
    for candidate in candidates where candidate.words.allSatisfy({ learned.isLearned(base: KeptTerms.base($0)) }) {
      for name in candidate.names where !learned.isLearned(base: KeptTerms.base(name)) && !lowercaseWords.contains(name) {
        names.insert(name)
      }
    }
    kept.learned.formUnion(names)
    kept.codeOnlyWords = identifiers.subtracting(names).subtracting(options.glossary.map { $0.lowercased() })
    kept.slugPhrases = slugPhrases
    kept.translatedLinkTargets = translatedLinkTargets
    for term in definedTerms {
      if term.contains(" ") { kept.phrases.append(term) } else { kept.learned.insert(term) }
    }
    return kept
  }

  // MARK: - Reading

  /// Keeps `event`, which `read` has just read, for the second reading with what `read`
  /// worked out of it, learning from the lines kept so far (this one included) when the
  /// memory budget for them runs out.
  private mutating func record(_ event: consuming LayoutEvent, releaseAt: Int) {
    let dropped = lines.record(event, notes: &notes, size: recordedSize, releaseAt: releaseAt)
    learnFromDropped(dropped)
  }

  /// Learns the terms of lines the survey drops without having learned them.
  private mutating func learnFromDropped(_ dropped: SurveyedLines.Events?) {
    guard let dropped, !learnsTermsNow else { return }
    learnsTermsNow = true
    for recorded in dropped { learnTerms(recorded.event) }
  }

  /// Learns the terms of one line: identifiers of its code, the names its URLs spell as
  /// slugs, the acronyms and names of its prose (of its comment, in a code block).
  private mutating func learnTerms(_ event: LayoutEvent) {
    guard case .line(let laid) = event else { return }
    let layout = laid.layout
    if format == .restructuredText, let term = definitionTerms.read(laid.line, layout), definedTerms.count < Self.maximumLearned {
      definedTerms.insert(term)
    }
    learnIdentifiers(laid.line, layout)
    if slugPhrases.count < Self.maximumLearned { SlugPhrases.collect(laid.line, into: &slugPhrases) }
    if translatedLinkTargets.count < Self.maximumLearned {
      for target in FragmentFinder.translatedLinkTargets(laid.line, layout) { translatedLinkTargets.insert(target) }
    }
    guard !laid.line.isBlank, !layout.isStructural else { return }
    if !laid.fenced, identifiers.count < Self.maximumLearned, let key = GlossaryLine.definedKey(laid.line, layout) {
      identifiers.insert(key)
    }
    if !laid.fenced {
      learnNames(laid, layout)
    } else if layout.comment != nil {
      var prose = layout
      MarkdownLayout.makeCommentProse(laid.line, &prose)
      learnNames(laid, prose)
    }
  }

  private mutating func read(_ event: LayoutEvent) {
    switch event {
    case .entry(let entry):
      recordedSize = SurveyedLines.size(of: entry)
      if LicenceText.isLicence(entry.translation) || LicenceText.isCopyrightNotice(entry.translation) {
        licenceLines.formUnion(entry.translationLines)
      }
      if format == .gettext && TranslatorCredits.isCredits(entry) { creditLines.formUnion(entry.translationLines) }
      let excluded = entry.usesKey || entry.translation == entry.source
      var entryMass = (korean: 0, english: 0)
      for index in entry.translationLines {
        guard let mass = pendingMasses.removeValue(forKey: index) else { continue }
        if !excluded {
          korean += mass.korean
          english += mass.english
        }
        entryMass.korean += mass.korean
        entryMass.english += mass.english
      }
      if entryMass.korean > 0 { koreanEntries += 1 } else if entryMass.english > 0 && !excluded { englishEntries += 1 }
    case .line(let laid):
      recordedSize = SurveyedLines.size(of: laid)
      let line = laid.line
      let layout = laid.layout
      if learnsTermsNow { learnTerms(event) }
      if options.detectsChrome && !format.isCatalogue { switchers.read(line, layout) }
      if options.detectsChrome && format.isCatalogue { stampedHead.read(line, index: laid.index, layout) }
      if format == .markup { tablesOfContents.read(line, layout) }
      if line.isBlank {
        // A blank line ends a blockquote.
        if readsNotices { noticeBlocks.read(line, isNotice: false, readsBoxes: format == .markdown) }
        return
      }
      nonBlankLines += 1
      if !hasLetters { hasLetters = line.scalars.contains { $0.letter == .korean || $0.letter == .latin } }
      if line.number <= 40 && headerLanguage == nil {
        let text = String(String.UnicodeScalarView(line.scalars.map(\.value)))
        headerLanguage = DocumentLocale.language(inHeaderLine: text.utf8, format: format)
      }
      // A line of a code block is read by its comment alone, made prose.
      if laid.fenced && layout.comment != nil {
        var prose = layout
        MarkdownLayout.makeCommentProse(line, &prose)
        commentKorean += Self.letterMass(line, prose).korean
      }
      if laid.fenced && !localizedComments && MarkdownLayout.hasKoreanComment(line, layout) { localizedComments = true }
      guard !layout.isStructural && !layout.isCode else { return }
      let letters = LineLetters(line, layout)
      var text = NormalizedLine(line, layout, letters: letters, pool: &textPool)
      let words = text.words
      // A line counted when decoded has ASCII letters only, and so does its normalized text.
      // (Looked up before the short line is counted, which asks the same match.)
      let entry =
        words <= 200
        ? text.lexiconMatch(
          maximumWords: options.maximumChromeWords, noticesOnly: false, vocabulary: false,
          isASCII: line.asciiCounts.isKnown ? true : nil) : nil
      let isLexiconChrome = entry != nil
      if readsNotices {
        let isNotice = entry != nil && entry?.category == "notice"
        if format == .markdown || isNotice || noticeBlocks.readsParagraph {
          noticeBlocks.read(line, isNotice: isNotice, readsBoxes: format == .markdown)
        }
      }
      if options.detectsChrome && !format.isCatalogue {
        // Whether the line ends as a sentence, asked by both the short lines and the running
        // text: read once.
        let endsLikeSentence = ChromeClassifier.endsLikeSentence(line)
        countShortLine(
          laid, &text, letters: letters, isLexiconChrome: isLexiconChrome, endsLikeSentence: endsLikeSentence)
        if words >= RunningTextWords.minimumSentenceWords && endsLikeSentence { runningText.add(text.normalized) }
      }
      if notes == nil {
        // Written into the empty optional (`record` took the last line's): assigned, the
        // nil it held was destroyed through the runtime's generic witness of `Optional`.
        withUnsafeMutablePointer(to: &notes) { $0.initialize(to: LineNotes(text: text, letters: letters)) }
      } else {
        notes = LineNotes(text: text, letters: letters)
      }
      let mass = (korean: letters.proseKorean + letters.escapedKorean, english: letters.proseLatin)
      if isLexiconChrome {
        lexiconKorean += mass.korean
        lexiconEnglish += mass.english
        return
      }
      if words >= 5 && mass.english > mass.korean * 2 {
        if firstSentenceLine == nil { firstSentenceLine = line.number }
        lastSentenceLine = line.number
      }
      guard mass.korean > 0 || mass.english > 0 else { return }
      if format.isCatalogue {
        pendingMasses[laid.index] = mass
      } else {
        korean += mass.korean
        english += mass.english
      }
    }
  }

  /// Korean and Latin letter mass of a line's prose, counting Hangul written as `\uXXXX`
  /// escapes (Java `.properties`) as Korean text.
  static func letterMass(_ line: SourceLine, _ layout: LineLayout) -> (korean: Int, english: Int) {
    let letters = LineLetters(line, layout)
    return (letters.proseKorean + letters.escapedKorean, letters.proseLatin)
  }

  /// Identifiers in code, outside string literals and comments.
  private mutating func learnIdentifiers(_ line: SourceLine, _ layout: LineLayout) {
    let s = line.scalars
    guard layout.isCode || layout.uses.contains(where: { $0 == .code || $0 == .inlineCode }) else { return }
    var quote: Unicode.Scalar? = nil
    var word = String.UnicodeScalarView()
    let comment = layout.isCode ? layout.comment : nil
    for k in 0..<s.count {
      let inCode = (layout.uses[k] == .code || layout.uses[k] == .inlineCode) && !(comment?.contains(k) ?? false)
      let c = s[k].value
      var isWordChar = false
      if inCode {
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "\"" || c == "'" || c == "`" || c == "‘" || c == "’" {
          quote = c == "‘" ? "’" : c
        } else if s[k].letter == .latin || s[k].letter == .digit || c == "_" {
          isWordChar = true
          word.append(c)
        }
      }
      if !isWordChar && !word.isEmpty {
        identifiers.insert(String(word).lowercased())
        word = String.UnicodeScalarView()
      }
    }
    if !word.isEmpty { identifiers.insert(String(word).lowercased()) }
  }

  /// Acronyms anywhere, and names inside Korean sentences, read in `layout`: a line of a code
  /// block comes with its comment as prose, and what it yields is kept only if the document
  /// turns out to localize comments.
  private mutating func learnNames(_ laid: LaidLine, _ layout: LineLayout) {
    // Without Korean prose a line yields only acronyms: tokens of two capitals or more and
    // no other letter, so two capitals with no other letter and no space between them. Only
    // tokens in capitals are classified.
    let hasKoreanProse = FragmentFinder.hasKoreanProse(laid.line, layout)
    if !hasKoreanProse {
      if Self.mayHoldAcronym(laid.line) { learnAcronyms(laid, layout) }
      return
    }
    let runs = finder.englishRuns(laid.line, layout) { hasKoreanProse || ($0.isUppercase && $0.letters >= 2) }
    for run in runs {
      for t in run.tokens where t.kind == .acronym && t.isUppercase && t.letters >= 2 {
        if laid.fenced { commentAcronyms.insert(t.text.lowercased()) } else { acronyms.insert(t.text.lowercased()) }
      }
      // A licence's name (`MIT License`) names the licence, not a term the document keeps:
      // `License` alone stays the word a heading translates.
      guard !run.wholeLine, !FragmentFinder.isLicenceName(run) else { continue }
      if !laid.fenced && lowercaseWords.count < Self.maximumLearned {
        for t in run.tokens where t.kind == .word && !t.hasUppercase { lowercaseWords.insert(t.text) }
      }
      // The text of a link to a heading of the document is that heading's words, no name.
      let names = run.tokens.indices.filter { (run.tokens[$0].kind == .name || run.tokens[$0].kind == .proper) && run.linkKinds[$0] != 2 }
        .map { run.tokens[$0].text.lowercased() }
      guard !names.isEmpty else { continue }
      let words = run.tokens.filter { $0.kind == .word }.map { KeptTerms.base($0.text.lowercased()) }
      let candidate = NameCandidate(names: names, words: words)
      if laid.fenced { commentNameCandidates.insert(candidate) } else { nameCandidates.insert(candidate) }
    }
  }

  /// The acronyms of a line without Korean prose, whose runs of English are read only for
  /// them: its tokens in capitals with two letters or more, found in one pass over the line
  /// (a run of such a line ends only at scalars no token spans), that the finder calls acronyms.
  private mutating func learnAcronyms(_ laid: LaidLine, _ layout: LineLayout) {
    let capitals = LatinToken.tokens(in: laid.line, layout: layout, range: 0..<laid.line.scalars.count) { letters, upper in
      upper && letters >= 2
    }
    // A heading or caption in capitals (`TECHNICAL DOCUMENTATION`) holds words, not acronyms.
    for t in capitals where finder.kind(of: t) == .acronym && !FragmentFinder.isWordInCapitals(t) {
      if laid.fenced { commentAcronyms.insert(t.text.lowercased()) } else { acronyms.insert(t.text.lowercased()) }
    }
  }

  /// Whether two Latin capitals stand in the line with no other Latin letter and no space
  /// between them, as they do in every token of capitals (`NATO`, `U.S.`, `COVID-19`).
  static func mayHoldAcronym(_ line: SourceLine) -> Bool {
    var capitals = 0
    for s in line.scalars {
      if s.letter == .latin {
        capitals = CharacterClass.isUppercase(s.value) ? capitals + 1 : 0
        if capitals == 2 { return true }
      } else if s.letter == .space {
        capitals = 0
      }
    }
    return false
  }

  /// Counts a line that may be a short label repeated by the page's template (when chrome
  /// is sought, in a document that is no catalogue); `letters` are its letters,
  /// `isLexiconChrome` whether the chrome lexicon matches it, `endsLikeSentence`
  /// `ChromeClassifier.endsLikeSentence` of the line.
  private mutating func countShortLine(
    _ laid: LaidLine, _ text: inout NormalizedLine, letters: LineLetters, isLexiconChrome: Bool, endsLikeSentence: Bool
  ) {
    let norm = text.normalized
    let words = text.words
    let line = laid.line
    // Up to 20 words: short labels repeated (`Read More »`), and a headline the page gives
    // twice (its title and its heading).
    // A line without a Korean letter is no Korean dateline.
    guard !norm.isEmpty, words <= Self.shortLineWords, !endsLikeSentence,
      !letters.hasKorean || !ChromeClassifier.isDateline(line, laid.layout)
    else { return }
    if format == .markdown, let first = line.scalars.first(where: { $0.letter != .space })?.value, first == "#" || first == "|" {
      return
    }
    // A line the lexicon matches is counted, dateline or not: not asked whether it is one.
    if !isLexiconChrome, text.isEnglishDatelineOrByline(line, hasDigit: letters.hasDigit), !recurring.contains(norm) {
      return
    }
    shortLineCounts.add(Self.stableHash(norm))
  }

  /// The most words of a line `countShortLine` counts.
  static let shortLineWords = 20

  /// A 64-bit hash of the text's UTF-8 bytes, the same in every process (Swift's `Hasher`
  /// is seeded per process). Computed in C eight bytes to a turn (`koen_text_hash`; FNV-1a,
  /// a multiplication per byte, cost twice as much on these lines), on the text's own bytes.
  static func stableHash(_ text: NormalizedUTF8) -> UInt64 {
    text.withUTF8 { koen_text_hash($0.baseAddress, Int64($0.count)) }
  }
}
