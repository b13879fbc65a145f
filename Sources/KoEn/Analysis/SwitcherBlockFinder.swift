/// Finds the language switchers of a document that span several lines: the HTML block at
/// the top of a translated README that lists its other language versions one link per line
/// (`<a href="README_zh-hans.md">简体中文</a> |`, `<a href="./README_JA.md"><img alt="日本語の
/// README" …></a>`), with the markup lines that open and close it (`<p align="center">`,
/// `</p>`). The whole block is the repository's navigation, as a one-line switcher is.
///
/// A block is a run of non-blank lines, none of them code, each of which is HTML without
/// text, a switcher, or a short link (a language the names do not know, the original's
/// `README.md`), in which switchers are at least half of the lines that are not markup
/// only. A short line that names the list (`# Translations:`, `Readme 번역 목록:`, `### 🌐
/// 다국어 지원`), the last text before a block, belongs to it; so does a line that is only a
/// link to the document's list of translations (`[Translations](README.md#translations)`),
/// and a short line that points to the original in a language's name (`English README:
/// [README.md](./README.md)`).
/// The first reading finds the blocks; the second marks their lines, so a block's opening
/// lines are known before they are handed out. Memory: the current run, and at most
/// `maximumBlocks` blocks per document.
struct SwitcherBlockFinder {
  /// Blocks kept per document; a document with more has no more navigation worth finding.
  static let maximumBlocks = 64

  /// The blocks found so far, as ranges of 1-based line numbers.
  private(set) var blocks: [ClosedRange<Int>] = []

  private var runStart: Int? = nil
  private var runEnd = 0
  private var switchers = 0
  private var links = 0
  /// The last line of text outside a run, when it names a list of translations; the title
  /// of the run that starts next.
  private var titleLine: Int? = nil
  private var runTitle: Int? = nil

  /// Reads the next line.
  mutating func read(_ line: SourceLine, _ layout: LineLayout) {
    if line.isBlank {
      close()
      return
    }
    if layout.isCode {
      close()
      titleLine = nil
      return
    }
    let kind = Self.kind(line, layout)
    guard let kind else {
      close()
      titleLine = Self.namesTranslations(line, layout) ? line.number : nil
      return
    }
    if runStart == nil {
      runStart = line.number
      runTitle = titleLine
      titleLine = nil
    }
    runEnd = line.number
    switch kind {
    case .switcher: switchers += 1
    case .link: links += 1
    case .markup: break
    }
  }

  /// Ends the document: the run still open, if it is a block.
  mutating func finish() { close() }

  private mutating func close() {
    defer {
      runStart = nil
      runTitle = nil
      switchers = 0
      links = 0
    }
    guard let start = runStart, switchers >= 1, switchers >= links, blocks.count + 1 < Self.maximumBlocks else { return }
    if let title = runTitle { blocks.append(title...title) }
    blocks.append(start...runEnd)
  }

  /// Words that name a list of a document's translations, in English (lower-cased) and Korean.
  private static let translationsWords = ["translation", "language", "번역", "다국어", "다른 언어"]

  /// Whether a short line (six words at most, no sentence) names a list of translations.
  private static func namesTranslations(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    guard let last = line.scalars.last(where: { $0.letter != .space })?.value, !".!?。".unicodeScalars.contains(last),
      proseWords(line, layout, upTo: 7) <= 6
    else { return false }
    let text = line.text.lowercased()
    return translationsWords.contains { text.contains($0) }
  }

  /// Whether the line is only a link (emphasis aside) to a section of translations of a
  /// document (`[Translations](README.md#translations)`).
  private static func pointsToTranslations(_ line: SourceLine, _ targets: [String]) -> Bool {
    guard targets.count == 1, let hash = targets[0].lastIndex(of: "#") else { return false }
    let anchor = targets[0][targets[0].index(after: hash)...].lowercased()
    guard anchor == "translations" || anchor == "languages" || anchor == "translation" else { return false }
    guard let first = line.scalars.first(where: { $0.letter != .space })?.value,
      let last = line.scalars.last(where: { $0.letter != .space })?.value
    else { return false }
    return (first == "[" || first == "*" || first == "_") && (last == ")" || last == "*" || last == "_")
  }

  private enum LineKind { case markup, switcher, link }

  /// What a line can be in a block, or nil when it is text that ends any block.
  private static func kind(_ line: SourceLine, _ layout: LineLayout) -> LineKind? {
    // A line of names is a switcher whatever its length.
    if LanguageSwitcher.isSwitcher(line) { return .switcher }
    if pointsToTranslations(line, LanguageSwitcher.linkTargets(line)) { return .switcher }
    // Anything else in a block is short: a line of running text is ruled out by its fifth word.
    let words = proseWords(line, layout, upTo: 5)
    guard words <= 4 else { return nil }
    // A short line of links to translations is a switcher; a list item (a README's list of
    // its translations) is the document's text.
    let targets = LanguageSwitcher.linkTargets(line)
    if LanguageSwitcher.leadToTranslations(targets)
      && !MarkdownLayout.startsListItem(Array(line.scalars.drop { $0.letter == .space }))
    {
      return .switcher
    }
    // HTML without text (`<p align="center">`, `</h4>`); a line of digits or dashes is not.
    // A pointer to the original in a language's name (`🇬🇧 English README: [README.md](./README.md)`).
    if LanguageSwitcher.leadToOriginal(targets) && LanguageSwitcher.namesALanguage(line) { return .switcher }
    if words == 0 { return line.scalars.contains { $0.value == "<" } ? .markup : nil }
    return targets.isEmpty ? nil : .link
  }

  /// The words of the line's prose, counted up to `limit`. Read by pointers over the
  /// scalars and their uses (one bounds check per line, not two per scalar).
  private static func proseWords(_ line: SourceLine, _ layout: LineLayout, upTo limit: Int) -> Int {
    line.scalars.withUnsafeBufferPointer { s in
      layout.uses.withUnsafeBufferPointer { uses in
        precondition(uses.count >= s.count, "a layout has a use for every scalar")
        var words = 0
        var inWord = false
        for k in 0..<s.count {
          let prose = uses[k] == .prose
          let letter = s[k].letter
          // Korean, Latin and other letters are the first three classes.
          let isLetter = prose && letter.rawValue <= LetterClass.otherLetter.rawValue
          if isLetter && !inWord {
            words += 1
            if words == limit { return words }
          }
          inWord = isLetter || (inWord && letter != .space && prose)
        }
        return words
      }
    }
  }
}
