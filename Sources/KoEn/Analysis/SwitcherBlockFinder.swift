/// Finds the language switchers of a document that span several lines: the HTML block at
/// the top of a translated README that lists its other language versions one link per line
/// (`<a href="README_zh-hans.md">简体中文</a> |`, `<a href="./README_JA.md"><img alt="日本語の
/// README" …></a>`), with the markup lines that open and close it (`<p align="center">`,
/// `</p>`). The whole block is the repository's navigation, as a one-line switcher is.
///
/// A block is a run of non-blank lines, none of them code, each of which is HTML without
/// text, a switcher, or a short link (a language the names do not know, the original's
/// `README.md`), in which switchers are at least half of the lines that are not markup
/// only. An image that leads to no translation and names what it shows (a badge, a logo,
/// by its `alt`) is the document's and ends a run; one without a name (a globe icon before
/// the names) is the switcher's markup; a closing tag whose opening tag lies before the run (`</p>` of the badges'
/// paragraph, the `</div>` of the README's header) is not the block's, nor is an opening tag
/// whose element the run does not close (`<nav id="TOC">` of the contents that follow, the
/// page's `<body>`), at either edge. A short line that names the list (`# Translations:`,
/// `Readme 번역 목록:`, `### 🌐 다국어 지원`), the last text before a block, belongs to it; so
/// does a line that is only a link to the document's list of translations
/// (`[Translations](README.md#translations)`), and a short line that points to the original
/// in a language's name (`English README: [README.md](./README.md)`).
/// A block a translation tool marks with comments (`<!-- CO-OP TRANSLATOR LANGUAGES TABLE
/// START -->` … `<!-- … END -->`, and the tool's disclaimer marked the same way) is the tool's,
/// whatever it holds: the list of languages, notes on cloning without them, the notice that
/// the text was machine-translated.
/// The first reading finds the blocks; the second marks their lines, so a block's opening
/// lines are known before they are handed out. Memory: the current run, and at most
/// `maximumBlocks` blocks per document.
struct SwitcherBlockFinder {
  /// Blocks kept per document; a document with more has no more navigation worth finding.
  static let maximumBlocks = 64

  /// The blocks found so far, as ranges of 1-based line numbers.
  private(set) var blocks: [ClosedRange<Int>] = []

  private var runStart: Int? = nil
  /// The run's lines that are the block's if it is one: every line but a closing tag whose
  /// opening tag came before the run (kept for the run, in order; storage reused).
  private var keptLines: [Int] = []
  /// The lines of the run that open an element not yet closed in it, innermost last.
  private var openers: [Int] = []
  private var switchers = 0
  private var links = 0
  /// The switcher lines of the current run that link two languages or more: when links
  /// outnumber the switchers, the run is no block but each of these is still a switcher.
  private var switcherLines: [Int] = []
  /// The last line of text outside a run, if short, by its number, scalars and their uses
  /// (all a title's judgment reads): the title of the run that starts next if it names a
  /// list of translations (judged only then, as few lines come before a run).
  private var lastText: (number: Int, scalars: SourceScalars, uses: ScalarUses)? = nil
  /// The short line of text before `lastText`, with nothing but blank lines between them.
  private var textBefore: (number: Int, scalars: SourceScalars, uses: ScalarUses)? = nil
  private var runTitle: ClosedRange<Int>? = nil
  /// The block a translation tool's comment opened: its first line and the marker's name.
  private var marked: (start: Int, name: [Unicode.Scalar])? = nil
  /// The longest marked block followed; a marker never closed is dropped after it.
  static let maximumMarkedLines = 64

  /// Reads the next line.
  mutating func read(_ line: SourceLine, _ layout: LineLayout) {
    if line.isBlank {
      // No marker comment either (a third of a page's lines): only how far an open marked
      // block has run is asked, without the line's scalars.
      expireMarker(at: line.number)
      close()
      return
    }
    readMarker(line)
    // A reStructuredText target, laid out as markup, is a switcher's link on its own.
    if line.scalars.first?.value == "." && Self.isReadmeTargetOfLanguage(line) {
      close()
      if blocks.count < Self.maximumBlocks { blocks.append(line.number...line.number) }
      return
    }
    if layout.isCode {
      close()
      lastText = nil
      textBefore = nil
      return
    }
    // A language's name alone (`**한국어**.`, the page's own language) goes on a run.
    let kind = Self.kind(line, layout) ?? (runStart != nil && Self.isLanguageNameAlone(line) ? .link : nil)
    guard let kind else {
      close()
      textBefore = lastText.take()
      if line.scalars.count <= Self.maximumTitleScalars { lastText = (line.number, line.scalars, layout.uses) }
      return
    }
    if runStart == nil {
      runStart = line.number
      if let title = lastText {
        if let before = textBefore, !Self.endsSentence(title.scalars), Self.namesTranslations(before.scalars, before.uses) {
          runTitle = before.number...title.number
        } else if Self.namesTranslations(title.scalars, title.uses) {
          runTitle = title.number...title.number
        }
      }
      lastText = nil
      textBefore = nil
    }
    if kind == .markup, Self.isClosingTag(line) {
      // Closes an element of the run, or one opened before it: then not the block's.
      guard openers.popLast() != nil else { return }
    } else if kind == .markup, Self.opensElement(line), openers.count < Self.maximumBlocks {
      openers.append(line.number)
    }
    if keptLines.count < Self.maximumKeptLines { keptLines.append(line.number) }
    switch kind {
    case .switcher:
      switchers += 1
      // A row of two links or more on its own; one name (`- [한국어](…)`) may be an item of the text's list.
      if switcherLines.count < Self.maximumBlocks, Self.hasLinks(line.scalars, atLeast: 2) { switcherLines.append(line.number) }
    case .link: links += 1
    case .markup: break
    }
  }

  /// Ends the document: the run still open, if it is a block.
  mutating func finish() { close() }

  private mutating func close() {
    // No run open (at most blank and code lines): nothing to close, and nothing to reset,
    // as the title and counts change only within a run.
    guard runStart != nil else { return }
    defer {
      runStart = nil
      keptLines.removeAll(keepingCapacity: true)
      openers.removeAll(keepingCapacity: true)
      runTitle = nil
      switchers = 0
      links = 0
      switcherLines.removeAll(keepingCapacity: true)
    }
    guard switchers >= 1, blocks.count + 1 < Self.maximumBlocks else { return }
    // Elements opened in the run and never closed there are the text's around it.
    let kept = keptLines.filter { !openers.contains($0) }
    guard let start = kept.first, let end = kept.last else { return }
    guard switchers >= links else {
      // A row of a page's own links (`빌드 • Docker • 구조`) above a switcher: the switcher alone.
      for n in switcherLines where blocks.count < Self.maximumBlocks { blocks.append(n...n) }
      return
    }
    if let title = runTitle { blocks.append(title) }
    blocks.append(start...end)
  }

  /// The most lines of a run kept to judge its edges; a longer run's later lines are left
  /// out of its block.
  static let maximumKeptLines = 256

  /// Whether a line of markup is closing tags alone (`</p>`, `</div>`).
  private static func isClosingTag(_ line: SourceLine) -> Bool {
    guard let k = line.scalars.firstIndex(where: { $0.letter != .space }) else { return false }
    return line.scalars[k].value == "<" && k + 1 < line.scalars.count && line.scalars[k + 1].value == "/"
  }

  /// Whether a line of markup opens an element it does not close (`<p align="center">`,
  /// `<div>`), by its first tag: one that closes on the line (`<h3>…</h3>`) or is empty
  /// (`<br>`, `<img …>`) opens nothing that a later line closes.
  private static func opensElement(_ line: SourceLine) -> Bool {
    guard let k = line.scalars.firstIndex(where: { $0.letter != .space }), line.scalars[k].value == "<",
      k + 1 < line.scalars.count, line.scalars[k + 1].letter == .latin
    else { return false }
    var name: [Unicode.Scalar] = []
    var j = k + 1
    while j < line.scalars.count, line.scalars[j].letter == .latin || line.scalars[j].letter == .digit {
      let v = line.scalars[j].value
      name.append(v.isASCII && v.value &- 0x41 < 26 ? Unicode.Scalar(v.value | 0x20)! : v)
      j += 1
    }
    if voidElements.contains(String(String.UnicodeScalarView(name))) { return false }
    let closing = "</".unicodeScalars + name
    let rest = line.scalars[j...].map { $0.value.isASCII && $0.value.value &- 0x41 < 26 ? Unicode.Scalar($0.value.value | 0x20)! : $0.value }
    return !rest.indices.contains { i in rest[i...].starts(with: closing) }
  }

  /// HTML's elements that have no content and no closing tag.
  private static let voidElements: Set<String> = ["img", "br", "hr", "source", "input", "meta", "link", "wbr"]

  /// Whether a line ends as a sentence does (`.`, `!`, `?`, `。`): text of its own, where a
  /// heading or a line leading into a list (`…를 지원합니다:`) does not.
  private static func endsSentence(_ s: SourceScalars) -> Bool {
    guard let last = s.last(where: { $0.letter != .space })?.value else { return false }
    return last == "." || last == "!" || last == "?" || last == "。"
  }

  /// Follows the comments a translation tool marks its blocks with: a whole-line comment
  /// whose last word is `START` or `BEGIN` and whose name speaks of translation or languages
  /// opens a block; the comment of the same name ending in `END` closes it.
  @inline(__always)
  private mutating func readMarker(_ line: SourceLine) {
    expireMarker(at: line.number)
    // A marker is a comment alone on its line: most lines start with something else.
    guard let first = line.scalars.first, first.value == "<" || first.letter == .space, line.asciiCounts.mayHaveLinkMark,
      let (name, opens) = Self.marker(line)
    else { return }
    if opens {
      if Self.namesTranslations(name) { marked = (line.number, name) }
    } else if let open = marked, open.name == name {
      if blocks.count + 1 < Self.maximumBlocks { blocks.append(open.start...line.number) }
      marked = nil
    }
  }

  /// Drops the marked block still open at line `number` if it has run longer than any
  /// followed.
  @inline(__always)
  private mutating func expireMarker(at number: Int) {
    if let open = marked, number - open.start > Self.maximumMarkedLines { marked = nil }
  }

  /// The name of a marker comment, lower-case, and whether it opens (`START`, `BEGIN`) or
  /// closes (`END`) its block; nil for any other line.
  private static func marker(_ line: SourceLine) -> (name: [Unicode.Scalar], opens: Bool)? {
    // Most lines are ruled out by their first scalar, before anything is copied.
    guard let first = line.scalars.first(where: { $0.letter != .space }), first.value == "<",
      line.scalars.count >= 7
    else { return nil }
    var text = line.scalars.map(\.value)[...]
    while let c = text.first, c == " " || c == "\t" { text = text.dropFirst() }
    while let c = text.last, c == " " || c == "\t" { text = text.dropLast() }
    guard text.count >= 7, text.starts(with: "<!--".unicodeScalars), text.suffix(3).elementsEqual("-->".unicodeScalars) else {
      return nil
    }
    var inner = text.dropFirst(4).dropLast(3).map { c in c.isASCII && c.value &- 0x41 < 26 ? Unicode.Scalar(c.value | 0x20)! : c }[...]
    func isSeparator(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == ":" || c == "-" || c == "_" }
    func endsWith(_ word: String) -> Bool { inner.count >= word.unicodeScalars.count && inner.suffix(word.unicodeScalars.count).elementsEqual(word.unicodeScalars) }
    while let c = inner.last, isSeparator(c) { inner = inner.dropLast() }
    let opens: Bool
    if endsWith("start") || endsWith("begin") {
      opens = true
      inner = inner.dropLast(5)
    } else if endsWith("end") {
      opens = false
      inner = inner.dropLast(3)
    } else {
      return nil
    }
    // The edge word stands apart from the name (`TABLE START`, `TABLE:END`), not inside a word.
    guard let c = inner.last, isSeparator(c) else { return nil }
    while let c = inner.first, isSeparator(c) { inner = inner.dropFirst() }
    while let c = inner.last, isSeparator(c) { inner = inner.dropLast() }
    return inner.isEmpty ? nil : (Array(inner), opens)
  }

  /// The words that name a tool's block of translations, lower-case.
  private static let markerWords: [[Unicode.Scalar]] = ["translat", "language"].map { Array($0.unicodeScalars) }

  /// Whether a marker's name (lower-case) speaks of translation or languages.
  private static func namesTranslations(_ name: [Unicode.Scalar]) -> Bool { containsAny(markerWords, in: name) }

  /// Whether one of `words` (lower-case) occurs in `text`, ASCII letters compared without case.
  private static func containsAny(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar]) -> Bool {
    words.contains { word in
      guard text.count >= word.count else { return false }
      return (0...(text.count - word.count)).contains { k in
        word.indices.allSatisfy { j in
          let c = text[k + j]
          return (c.isASCII && c.value &- 0x41 < 26 ? Unicode.Scalar(c.value | 0x20)! : c) == word[j]
        }
      }
    }
  }

  /// The words that name a list of translations, lower-case.
  private static let translationWords: [[Unicode.Scalar]] = ["translation", "language", "번역", "다국어", "다른 언어"]
    .map { Array($0.unicodeScalars) }

  /// The longest line, in scalars, kept as a possible title (six words in any script).
  private static let maximumTitleScalars = 96

  /// Whether a short line (six words at most, no sentence) names a list of translations:
  /// has `translation` or `language` (any case), `번역`, `다국어` or `다른 언어`.
  private static func namesTranslations(_ s: SourceScalars, _ uses: ScalarUses) -> Bool {
    guard s.contains(where: { $0.letter != .space }), !endsSentence(s), proseWords(s, uses, upTo: 7) <= 6 else { return false }
    return containsAny(translationWords, in: s.map(\.value))
  }

  /// Whether the line is only a link (emphasis aside) to a section of translations of a
  /// document (`[Translations](README.md#translations)`).
  private static func pointsToTranslations(_ line: SourceLine) -> Bool {
    guard let first = line.scalars.first(where: { $0.letter != .space })?.value,
      let last = line.scalars.last(where: { $0.letter != .space })?.value,
      (first == "[" || first == "*" || first == "_") && (last == ")" || last == "*" || last == "_")
    else { return false }
    let targets = LanguageSwitcher.linkTargets(line)
    guard targets.count == 1, let hash = targets[0].lastIndex(of: "#") else { return false }
    let anchor = targets[0][targets[0].index(after: hash)...].lowercased()
    return anchor == "translations" || anchor == "languages" || anchor == "translation"
  }

  private enum LineKind { case markup, switcher, link }

  /// What a line can be in a block, or nil when it is text that ends any block.
  private static func kind(_ line: SourceLine, _ layout: LineLayout) -> LineKind? {
    // A line counted when decoded that has no `<`, `]` or `=` has no tag and no link: it
    // is in a block only as a line of names, which needs a `,`, `|` or `/` between them
    // (a typographic mark, the only other scalar of such a line, separates none).
    if !line.asciiCounts.mayHaveLinkMark {
      guard line.asciiCounts.mayHaveComma || line.asciiCounts.mayHaveRowSeparator else { return nil }
      return LanguageSwitcher.isSwitcher(line) ? .switcher : nil
    }
    // So is a line with scalars outside ASCII (not counted) that has none of them: without a
    // link target it points to no translation, and without a tag it is no markup.
    if !line.asciiCounts.isKnown && !Self.hasLinkMark(line.scalars) {
      return LanguageSwitcher.isSwitcher(line) ? .switcher : nil
    }
    // A line of names is a switcher whatever its length.
    if LanguageSwitcher.isSwitcher(line) { return .switcher }
    if pointsToTranslations(line) { return .switcher }
    // Anything else in a block is short: a line of running text is ruled out by its fifth word.
    let words = proseWords(line.scalars, layout.uses, upTo: 5)
    guard words <= 4 else {
      // A long row of links to the README's translations, a name or two each, is a
      // switcher naming languages the names do not know (`[<a href="README-UA.md">Українська</a>] | …`).
      guard Self.hasLinks(line.scalars, atLeast: 3) else { return nil }
      let targets = LanguageSwitcher.linkTargets(line)
      guard targets.count >= 3, LanguageSwitcher.leadToTranslations(targets),
        proseWords(line.scalars, layout.uses, upTo: 2 * targets.count + 1) <= 2 * targets.count
      else { return nil }
      return .switcher
    }
    let targets = LanguageSwitcher.linkTargets(line)
    // A short line of links to translations is a switcher; a list item (a README's list of
    // its translations) is the document's text.
    if LanguageSwitcher.leadToTranslations(targets)
      && !MarkdownLayout.startsListItem(SourceScalars(line.scalars.drop { $0.letter == .space }))
    {
      return .switcher
    }
    // A pointer to the original in a language's name (`🇬🇧 English README: [README.md](./README.md)`).
    if LanguageSwitcher.leadToOriginal(targets) && LanguageSwitcher.namesALanguage(line) { return .switcher }
    // HTML without text (`<p align="center">`, `</h4>`); a line of digits or dashes is not,
    // and neither is an image that leads to no translation and names what it shows (a
    // badge, a logo, by their `alt`): the document's. An image with no name is an icon of
    // the switcher's (a globe before the names).
    if words == 0 {
      guard line.scalars.contains(where: { $0.value == "<" }), !Self.holdsNamedImage(line) else { return nil }
      return .markup
    }
    return targets.isEmpty ? nil : .link
  }

  /// Whether the line holds an `<img` tag with a name, a non-empty `alt` attribute, or one
  /// whose attributes run on to the next line (its name unknown).
  private static func holdsNamedImage(_ line: SourceLine) -> Bool {
    let s = line.scalars
    var k = 0
    while k + 3 < s.count {
      defer { k += 1 }
      guard s[k].value == "<", s[k + 1].value.value | 0x20 == 0x69, s[k + 2].value.value | 0x20 == 0x6D,
        s[k + 3].value.value | 0x20 == 0x67
      else { continue }
      // The tag's attributes, to its `>`: `alt=` then a quote and something else than the
      // closing quote.
      var j = k + 4
      while j < s.count, s[j].value != ">" {
        if j + 5 < s.count, s[j].value.value | 0x20 == 0x61, s[j + 1].value.value | 0x20 == 0x6C,
          s[j + 2].value.value | 0x20 == 0x74, s[j + 3].value == "=",
          s[j + 4].value == "\"" || s[j + 4].value == "'", s[j + 5].value != s[j + 4].value
        {
          return true
        }
        j += 1
      }
      if j == s.count { return true }
    }
    return false
  }

  /// Whether the line is a reStructuredText hyperlink target named by a language and leading
  /// to a README (`.. _English: README.rst`, `.. _한국어: README.ko.rst`): a switcher's link,
  /// written apart from it.
  static func isReadmeTargetOfLanguage(_ line: SourceLine) -> Bool {
    let text = line.text.drop { $0 == " " || $0 == "\t" }
    guard text.hasPrefix(".. _"), let colon = text.firstIndex(of: ":") else { return false }
    let name = text[text.index(text.startIndex, offsetBy: 4)..<colon].lowercased()
    let target = text[text.index(after: colon)...].trimmingPrefix(" ").lowercased()
    guard LanguageSwitcher.names.contains(name), let file = target.split(separator: "/").last else { return false }
    return file.hasPrefix("readme")
  }

  /// Whether the line is one language's name and nothing else but emphasis and punctuation
  /// (`**한국어**.`, `*English*`).
  static func isLanguageNameAlone(_ line: SourceLine) -> Bool {
    guard line.scalars.count <= 40 else { return false }
    var name = String.UnicodeScalarView()
    var spaceOwed = false
    for scalar in line.scalars {
      switch scalar.letter {
      case .latin, .korean, .otherLetter:
        if spaceOwed { name.append(" ") }
        spaceOwed = false
        SlugPhrases.appendLowercased(scalar.value, to: &name)
      case .space: spaceOwed = !name.isEmpty
      default: continue
      }
    }
    return LanguageSwitcher.names.contains(String(name))
  }

  /// Whether the line has `count` link targets or more (`](` or `href=`), counted without
  /// building them: most long lines of a page have none. Read by a pointer over the
  /// scalars (a bounds check per line, not one per scalar and neighbour read).
  private static func hasLinks(_ scalars: SourceScalars, atLeast count: Int) -> Bool {
    scalars.withUnsafeBufferPointer { s in
      var found = 0
      var k = 1
      while k < s.count {
        let c = s[k].value
        if (c == "(" && s[k &- 1].value == "]") || (c == "=" && k >= 4 && Self.isHref(s, before: k)) {
          found &+= 1
          if found >= count { return true }
        }
        k &+= 1
      }
      return false
    }
  }

  /// Whether the line has a `<`, `]` or `=`, which every tag and link target needs
  /// (`ASCIILineCounts.mayHaveLinkMark` for a line that was not counted).
  private static func hasLinkMark(_ scalars: SourceScalars) -> Bool {
    scalars.withUnsafeBufferPointer { s in
      for scalar in s {
        let v = scalar.value.value
        // `<` and `=` are 0x3C and 0x3D.
        if v &- 0x3C < 2 || v == 0x5D { return true }
      }
      return false
    }
  }

  /// Whether `href` stands just before index `k` (at least 4).
  private static func isHref(_ s: UnsafeBufferPointer<SourceScalar>, before k: Int) -> Bool {
    s[k &- 1].value == "f" && s[k &- 2].value == "e" && s[k &- 3].value == "r" && s[k &- 4].value == "h"
  }

  /// The words of the line's prose, counted up to `limit`. Read by pointers over the
  /// scalars and their uses (one bounds check per line, not two per scalar).
  private static func proseWords(_ scalars: SourceScalars, _ uses: ScalarUses, upTo limit: Int) -> Int {
    scalars.withUnsafeBufferPointer { s in
      uses.withUnsafeBufferPointer { uses in
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
