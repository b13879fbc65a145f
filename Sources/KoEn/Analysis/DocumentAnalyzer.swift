/// Analyses documents that mix Korean and English: the dominant language, each line's
/// language and role (content, chrome, untranslated, blank), and every fragment in the
/// non-dominant language with its exact position.
///
/// ```swift
/// let analysis = DocumentAnalyzer().analyze(text, format: .markdown)
/// for line in analysis.lines where line.role == .untranslated { print(line.number) }
/// ```
///
/// Offsets are UTF-8 byte offsets into the input; columns count Unicode scalars, 1-based.
/// Invalid UTF-8 is analysed as U+FFFD without changing any offset.
///
/// Thread-safety: a value type without shared state; `Sendable`, safe to use from many tasks.
public struct DocumentAnalyzer: Sendable {
  /// The options in effect.
  public var options: AnalysisOptions

  /// Creates an analyzer.
  ///
  /// - Parameter options: Analysis options; the defaults suit the three measured kinds.
  public init(options: AnalysisOptions = AnalysisOptions()) {
    self.options = options
  }

  /// Analyses a document given as a string.
  ///
  /// - Parameters:
  ///   - text: The document.
  ///   - format: Its format; `nil` infers it from `fileName` and the text.
  ///   - fileName: The file's name, used only to infer the format.
  /// - Returns: The analysis.
  /// - Complexity: O(n) in the length of the text (times the lexicon size for short lines).
  public func analyze(_ text: String, format: DocumentFormat? = nil, fileName: String? = nil) -> DocumentAnalysis {
    let format = format ?? DocumentFormat.infer(fileName: fileName, text: text)
    return analyze(prepare(SourceLine.split(text.utf8), format: format), recurring: [])
  }

  /// Analyses a document given as UTF-8 bytes (invalid sequences are read as U+FFFD).
  ///
  /// - Parameters:
  ///   - bytes: The document's bytes.
  ///   - format: Its format.
  /// - Returns: The analysis.
  /// - Complexity: O(n) in the number of bytes.
  public func analyze(bytes: some Collection<UInt8>, format: DocumentFormat) -> DocumentAnalysis {
    analyze(prepare(SourceLine.split(bytes), format: format), recurring: [])
  }

  /// Analyses documents together (corpus mode): besides each document's own signals, a
  /// line that recurs in many of them (at least `corpusMinimumDocuments` documents and
  /// `corpusMinimumShare` of all) is the site's text, so it is chrome.
  ///
  /// - Parameter documents: The documents, typically many pages of one site.
  /// - Returns: One analysis per document, in order.
  /// - Complexity: O(n) in the total size of the documents.
  public func analyze(corpus documents: [CorpusDocument]) -> [DocumentAnalysis] {
    let prepared = documents.map { prepare(SourceLine.split($0.bytes), format: $0.format) }
    var counts: [String: Int] = [:]
    for p in prepared {
      var keys = Set<String>()
      for (i, line) in p.lines.enumerated() where !line.isBlank && !p.layouts[i].isStructural && !p.layouts[i].isCode {
        let key = Self.normalizedText(line, p.layouts[i])
        if !key.isEmpty { keys.insert(key) }
      }
      for key in keys { counts[key, default: 0] += 1 }
    }
    var needed = Int((options.corpusMinimumShare * Double(documents.count)).rounded(.up))
    needed = max(needed, options.corpusMinimumDocuments)
    let recurring = Set(counts.filter { $0.value >= needed }.keys)
    return prepared.map { analyze($0, recurring: recurring) }
  }

  // MARK: - Internals

  struct Prepared {
    var lines: [SourceLine]
    var layouts: [LineLayout]
    var entries: [CatalogEntry]
    var format: DocumentFormat
  }

  func prepare(_ lines: [SourceLine], format: DocumentFormat) -> Prepared {
    switch format {
    case .plainText:
      let layouts = lines.map { line -> LineLayout in
        var layout = LineLayout(prose: line.scalars.count)
        InlineMasks.apply(line.scalars, to: &layout)
        return layout
      }
      return Prepared(lines: lines, layouts: layouts, entries: [], format: format)
    case .markdown:
      return Prepared(lines: lines, layouts: MarkdownLayout.layouts(for: lines), entries: [], format: format)
    case .gettext:
      let (layouts, entries) = CatalogLayout.gettext(lines)
      return Prepared(lines: lines, layouts: layouts, entries: entries, format: format)
    case .localeTable:
      let (layouts, entries) = CatalogLayout.localeTable(lines)
      return Prepared(lines: lines, layouts: layouts, entries: entries, format: format)
    }
  }

  /// The normalized text of a line's non-code scalars (for the lexicon and corpus mode).
  static func normalizedText(_ line: SourceLine, _ layout: LineLayout) -> String {
    var scalars: [Unicode.Scalar] = []
    for (i, s) in line.scalars.enumerated() where layout.uses[i] == .prose { scalars.append(s.value) }
    return ChromeLexicon.normalize(scalars)
  }

  /// The dominant language by letter mass of the prose, leaving out lexicon chrome.
  func detectDominant(_ p: Prepared) -> Language {
    var korean = 0
    var english = 0
    // In a catalogue, entries shown in the source language (identical, or Lua `true`) are
    // what is being looked for, not evidence of the translation's language.
    var untranslatedEntries = Set<Int>()
    for entry in p.entries where entry.usesKey || entry.translation == entry.source {
      untranslatedEntries.formUnion(entry.translationLines)
    }
    for (i, line) in p.lines.enumerated()
    where !p.layouts[i].isStructural && !p.layouts[i].isCode && !untranslatedEntries.contains(i) {
      let layout = p.layouts[i]
      let norm = Self.normalizedText(line, layout)
      let words = norm.split(separator: " ").count
      if words <= 200,
        ChromeLexicon.match(norm, words: words, maximumWords: options.maximumChromeWords, noticesOnly: false) != nil
      {
        continue
      }
      // Hangul written as \uXXXX escapes (Java .properties) is Korean text too.
      for k in line.scalars.indices where layout.uses[k] == .masked {
        if let u = InlineMasks.unicodeEscape(line.scalars, at: k), LetterClassifier.classify(u) == .korean {
          korean += LetterClassifier.mass(.korean, u)
        }
      }
      for (k, s) in line.scalars.enumerated() where layout.uses[k] == .prose {
        switch s.letter {
        case .korean: korean += LetterClassifier.mass(.korean, s.value)
        case .latin: english += LetterClassifier.mass(.latin, s.value)
        default: break
        }
      }
    }
    return korean >= english && korean > 0 ? .ko : .en
  }

  /// Learns the terms a Korean document keeps in English: identifiers of its code, its
  /// acronyms, and names it uses inside Korean sentences.
  func learnKeptTerms(_ p: Prepared, into kept: inout KeptTerms) {
    var learned = Set<String>()
    for (i, line) in p.lines.enumerated() {
      let layout = p.layouts[i]
      let s = line.scalars
      // Identifiers in code, outside string literals and comments.
      var quote: Unicode.Scalar? = nil
      var word = String.UnicodeScalarView()
      let comment = layout.isCode ? MarkdownLayout.commentRange(in: s) : nil
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
          learned.insert(String(word).lowercased())
          word = String.UnicodeScalarView()
        }
      }
      if !word.isEmpty { learned.insert(String(word).lowercased()) }
    }
    kept.learned.formUnion(learned)
    // Acronyms anywhere, and names inside Korean sentences.
    let finder = FragmentFinder(dominant: .ko, kept: kept, options: options)
    var names = Set<String>()
    for (i, line) in p.lines.enumerated() where !p.layouts[i].isStructural {
      for run in finder.englishRuns(line, p.layouts[i]) {
        for t in run.tokens where t.kind == .acronym && t.isUppercase && t.letters >= 2 {
          names.insert(t.text.lowercased())
        }
        if !run.wholeLine && !run.tokens.contains(where: { $0.kind == .word }) {
          for t in run.tokens where t.kind == .name || t.kind == .proper { names.insert(t.text.lowercased()) }
        }
      }
    }
    kept.learned.formUnion(names)
  }

  func analyze(_ p: Prepared, recurring: Set<String>) -> DocumentAnalysis {
    let dominant = options.dominant ?? detectDominant(p)
    var kept = KeptTerms(glossary: options.glossary)
    if dominant == .ko { learnKeptTerms(p, into: &kept) }
    let finder = FragmentFinder(dominant: dominant, kept: kept, options: options)
    var lines: [AnalyzedLine] = []
    lines.reserveCapacity(p.lines.count)
    var datelines = Set<Int>()
    for (i, line) in p.lines.enumerated() {
      let layout = p.layouts[i]
      if line.isBlank {
        lines.append(AnalyzedLine(number: line.number, range: line.range, language: .none, role: .blank, fragments: []))
        continue
      }
      let isDateline = dominant == .en && ChromeClassifier.isDateline(line, layout)
      let fragments = isDateline ? finder.koreanWordFragments(line, layout) : finder.fragments(line, layout)
      var hasKorean = false
      var hasLatin = false
      var hasEnglishWords = false
      var letters = 0
      for (k, s) in line.scalars.enumerated() {
        if s.letter == .korean { hasKorean = true }
        if s.letter == .latin {
          hasLatin = true
          if layout.uses[k] != .masked { hasEnglishWords = true }
        }
        // Letters of the line's text: in code blocks all of them, elsewhere the prose.
        let use = layout.uses[k]
        if s.letter.isAnalysedLetter && (use == .prose || (use == .code && layout.isCode)) {
          letters += LetterClassifier.mass(s.letter, s.value)
        }
      }
      let language: LineLanguage
      if hasKorean {
        if dominant == .ko {
          language = fragments.isEmpty ? .ko : .mixed
        } else {
          language = hasEnglishWords ? .mixed : .ko
        }
      } else {
        language = hasLatin ? .en : .none
      }
      var fragmentLetters = 0
      let other = dominant.otherAnalysed
      for f in fragments {
        for s in f.text.unicodeScalars {
          let c = LetterClassifier.classify(s)
          if (other == .ko && c == .korean) || (other == .en && c == .latin) {
            fragmentLetters += LetterClassifier.mass(c, s)
          }
        }
      }
      // A line of code with a comment is code: only a comment standing alone can be an
      // untranslated line.
      let hasCodeLetters = layout.isCode && line.scalars.indices.contains {
        layout.uses[$0] == .code && line.scalars[$0].letter.isAnalysedLetter
      }
      var role = LineRole.content
      if !layout.isStructural && !hasCodeLetters && letters > 0
        && Double(fragmentLetters) > options.untranslatedLineShare * Double(letters)
      {
        role = .untranslated
      }
      if isDateline {
        datelines.insert(i)
        role = .content
      }
      lines.append(AnalyzedLine(number: line.number, range: line.range, language: language, role: role, fragments: fragments))
    }
    if options.detectsChrome && (p.format == .plainText || p.format == .markdown) {
      assignChrome(p, dominant: dominant, datelines: datelines, recurring: recurring, lines: &lines)
    }
    return DocumentAnalysis(dominant: dominant, lines: lines, catalogFindings: findings(p, lines: lines))
  }

  func assignChrome(
    _ p: Prepared, dominant: Language, datelines: Set<Int>, recurring: Set<String>, lines: inout [AnalyzedLine]
  ) {
    var words = Array(repeating: 0, count: lines.count)
    var labels = Array(repeating: 0, count: lines.count)
    var listHeaders: [Int] = []
    // Datelines and bylines are the article's own text: no shape or position rule makes
    // them chrome.
    var protected = datelines
    for i in lines.indices where lines[i].role != .blank && !p.layouts[i].isCode && !datelines.contains(i) {
      let line = p.lines[i]
      let layout = p.layouts[i]
      let norm = Self.normalizedText(line, layout)
      words[i] = norm.split(separator: " ").count
      guard words[i] <= 200 else { continue }  // chrome is short; long lines are never matched
      if dominant == .en { labels[i] = ChromeLexicon.labelCount(norm) }
      let foreign = dominant == .en && lines[i].role == .untranslated
      // In Markdown, headings and table rows are the document's structure, not a site's.
      if p.format == .markdown, let first = line.scalars.first(where: { $0.letter != .space })?.value,
        first == "#" || first == "|"
      {
        protected.insert(i)
        continue
      }
      if let entry = ChromeLexicon.match(
        norm, words: words[i], maximumWords: options.maximumChromeWords, noticesOnly: dominant == .ko,
        vocabulary: foreign)
      {
        // An English sentence that merely starts like a widget ("Don't miss the festival
        // this weekend.") is the article's.
        let sentence = entry.language == .en && entry.match == .prefix && entry.category != "notice"
          && words[i] > 6 && ChromeClassifier.endsLikeSentence(line)
        if !sentence {
          lines[i].role = .chrome
          if entry.category == "related" && entry.match != .word { listHeaders.append(i) }
          continue
        }
      }
      if dominant == .en && !norm.isEmpty && recurring.contains(norm) {
        lines[i].role = .chrome
        continue
      }
      if dominant == .en {
        if ChromeClassifier.isEnglishDatelineOrByline(line, normalized: norm) {
          protected.insert(i)
          continue
        }
        if ChromeClassifier.isCopyrightLine(line, normalized: norm) || labels[i] >= 2
          || ChromeClassifier.isNavigationRow(line) || ChromeClassifier.isHashtagLine(line)
          || ChromeClassifier.isTagLine(line, normalized: norm)
          || ChromeClassifier.isPager(line, normalized: norm)
        {
          lines[i].role = .chrome
          continue
        }
      }
      // The register of UI text, on a Korean line (an English word or two, such as a
      // product name, aside): a sentence mixing the languages is not a UI string.
      let latinWords = norm.split(separator: " ").filter { $0.unicodeScalars.allSatisfy { $0.isASCII } }.count
      if foreign && words[i] <= options.maximumChromeWords * 3 && latinWords <= 2
        && ChromeClassifier.hasUIRegister(line, layout)
      {
        lines[i].role = .chrome
      }
    }
    guard dominant == .en else { return }
    let nonBlank = lines.indices.filter { lines[$0].role != .blank }
    func isShortLabel(_ i: Int) -> Bool {
      words[i] <= 6 && !ChromeClassifier.endsLikeSentence(p.lines[i]) && !protected.contains(i) && !p.layouts[i].isCode
    }
    // A list under a related/popular-articles header (bullets, ranks, headlines) is chrome
    // up to the first line that reads like running text.
    var position: [Int: Int] = [:]
    for (n, i) in nonBlank.enumerated() { position[i] = n }
    for header in listHeaders {
      guard let start = position[header] else { continue }
      for i in nonBlank[(start + 1)...] {
        if lines[i].role == .chrome { continue }
        guard words[i] <= 20, !ChromeClassifier.endsLikeSentence(p.lines[i]), !protected.contains(i) else { break }
        lines[i].role = .chrome
      }
    }
    // A short line that the page repeats three times or more ("Read More »", a section
    // label over each teaser) is a widget of the page's template, not the article's text.
    var occurrences: [String: Int] = [:]
    for i in nonBlank where isShortLabel(i) { occurrences[Self.normalizedText(p.lines[i], p.layouts[i]), default: 0] += 1 }
    for i in nonBlank where lines[i].role != .chrome && isShortLabel(i) {
      let norm = Self.normalizedText(p.lines[i], p.layouts[i])
      if !norm.isEmpty, occurrences[norm, default: 0] >= 3 { lines[i].role = .chrome }
    }
    // The head of the page, before its first line of English text (two words or more, not a
    // bulleted menu item), and its foot, after its last English sentence: lines in the other
    // language, one-word labels and bulleted menu items there are the site's.
    func bulleted(_ i: Int) -> Bool {
      guard let first = p.lines[i].scalars.first(where: { $0.letter != .space }) else { return false }
      return "•·-*▶▷►■□◆◇※".unicodeScalars.contains(first.value)
    }
    func hasDigit(_ i: Int) -> Bool { p.lines[i].scalars.contains { $0.letter == .digit } }
    // A menu: four or more bulleted items in a row, each a label of a few words. An
    // article's own bullet points are sentences or longer.
    var run: [Int] = []
    for i in nonBlank + [lines.count] {
      if i < lines.count, bulleted(i), words[i] <= 4, isShortLabel(i) {
        run.append(i)
        continue
      }
      if run.count >= 4 { for k in run { lines[k].role = .chrome } }
      run.removeAll()
    }
    // A section label of the site's menu (`North Korea`, `Life & Style`) is not the page's
    // first line of text either.
    let head = nonBlank.first { i in
      lines[i].role == .content && lines[i].language != .ko && words[i] >= 2 && !bulleted(i) && labels[i] == 0
    }
    for i in nonBlank {
      if let h = head, i >= h { break }
      if protected.contains(i) || lines[i].role == .chrome { continue }
      if lines[i].role == .untranslated || (words[i] == 1 && !hasDigit(i)) || (bulleted(i) && words[i] > 0 && words[i] <= 6)
        || labels[i] > 0
      {
        lines[i].role = .chrome
      }
    }
    if let foot = nonBlank.last(where: { lines[$0].role == .content && lines[$0].language != .ko && words[$0] >= 5 }) {
      for i in nonBlank where i > foot && lines[i].role == .untranslated { lines[i].role = .chrome }
    }
    // Breadcrumbs: Home > Section.
    for i in nonBlank where lines[i].role != .chrome && words[i] <= 10 {
      let text = p.lines[i].text
      let separators = text.split(separator: " ").filter { $0 == ">" || $0 == "›" || $0 == "»" }.count
      let start = text.drop(while: { $0 == " " || $0 == "\t" })
      if separators >= 2 || (separators == 1 && (start.hasPrefix("Home") || start.hasPrefix("홈"))) {
        lines[i].role = .chrome
      }
    }
    // A line in the other language that continues a chrome line (no blank line between).
    for i in lines.indices where lines[i].role == .untranslated {
      if (i > 0 && lines[i - 1].role == .chrome && lines[i - 1].language != .en)
        || (i + 1 < lines.count && lines[i + 1].role == .chrome && lines[i + 1].language != .en)
      {
        lines[i].role = .chrome
      }
    }
    // Position: a run of up to four short lines between chrome lines, or between chrome and
    // the document's edge, belongs to that chrome.
    var n = 0
    while n < nonBlank.count {
      let i = nonBlank[n]
      guard lines[i].role != .chrome && isShortLabel(i) else {
        n += 1
        continue
      }
      var end = n
      while end + 1 < nonBlank.count, lines[nonBlank[end + 1]].role != .chrome, isShortLabel(nonBlank[end + 1]) {
        end += 1
      }
      let before: LineRole? = n > 0 ? lines[nonBlank[n - 1]].role : nil
      let after: LineRole? = end + 1 < nonBlank.count ? lines[nonBlank[end + 1]].role : nil
      if end - n < 4 && ((before == .chrome && (after == .chrome || after == nil)) || (after == .chrome && before == nil)) {
        for k in n...end { lines[nonBlank[k]].role = .chrome }
      }
      n = end + 1
    }
  }

  func findings(_ p: Prepared, lines: [AnalyzedLine]) -> [CatalogFinding] {
    var out: [CatalogFinding] = []
    for entry in p.entries {
      let translationLine = (entry.translationLines.first ?? entry.entryLine) + 1
      // Identical strings without letters (`%1 %2`) need no translation.
      let hasLetters = entry.translation.unicodeScalars.contains { LetterClassifier.classify($0).isAnalysedLetter }
      if entry.usesKey || (hasLetters && entry.translation == entry.source) {
        out.append(
          CatalogFinding(
            kind: .identicalToSource, entryLine: entry.entryLine + 1, translationLine: translationLine,
            source: entry.source, translation: entry.translation,
            fragments: entry.translationLines.flatMap { lines[$0].fragments }))
        continue
      }
      if entry.translation.allSatisfy({ $0.isWhitespace }) {
        out.append(
          CatalogFinding(
            kind: .emptyTranslation, entryLine: entry.entryLine + 1, translationLine: translationLine,
            source: entry.source, translation: entry.translation))
        continue
      }
      let fragments = entry.translationLines.flatMap { lines[$0].fragments }
      if !fragments.isEmpty {
        out.append(
          CatalogFinding(
            kind: .englishInTranslation, entryLine: entry.entryLine + 1, translationLine: translationLine,
            source: entry.source, translation: entry.translation, fragments: fragments))
      }
    }
    return out
  }
}
