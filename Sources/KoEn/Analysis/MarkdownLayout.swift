/// Lays out Markdown: fenced code blocks are code (their comments prose only when the
/// document localized some comments, which a first reading of the document tells), inline code is code, link and image targets are
/// masked with their brackets as run breakers (link titles stay prose), HTML is masked.
enum MarkdownLayout {
  /// Reads a Markdown document one line at a time. Lines come out in order, each with its
  /// layout; a YAML front matter block (`FrontMatterBlock`) is held until its end is seen,
  /// so nothing else is ever held.
  struct Reader {
    /// Whether comments in code blocks are prose (the document localized at least one).
    let localizedComments: Bool
    private var fence: (marker: Unicode.Scalar, count: Int)? = nil
    /// The open fence is a Mermaid diagram, whose labels are text (`MermaidLayout`).
    private var mermaid = false
    /// An open fence that holds Markdown, not code: an admonition (```` ```{note} ````,
    /// ```` ```warning ````, ```` ```smart header="…" ````), whose text is the document's.
    private var admonition: (marker: Unicode.Scalar, count: Int)? = nil
    /// Inside an indented code block (four spaces or a tab, after a blank line).
    private var indentedCode = false
    private var previousBlank = true
    /// The last line with text was a list item or its indented continuation: an indented
    /// line after it continues the list rather than starting code.
    private var inList = false
    /// A front matter block that may open the document.
    private var frontMatter = FrontMatterBlock()
    /// The comments of the code block being read.
    private var comments = CodeComments()
    /// Inside a `<script>` or `<style>` block (a Vue or Svelte component's setup in a docs
    /// page): its closing tag, in lower case. The block is code up to the line that closes it.
    private var rawTextEnd: String? = nil

    init(localizedComments: Bool) { self.localizedComments = localizedComments }

    /// Reads the next line; `sink` gets lines with their layouts and whether each is inside
    /// a fenced code block.
    mutating func push(_ line: SourceLine, _ sink: (SourceLine, LineLayout, _ fenced: Bool) -> Void) {
      switch frontMatter.push(line) {
      case .pass: read(line, sink)
      case .held: break
      case .frontMatter(let lines): for l in lines { sink(l, MarkdownLayout.frontMatterLayout(l), false) }
      case .ordinary(let lines): for l in lines { read(l, sink) }
      }
    }

    /// Ends the document: an unclosed front matter block was ordinary text.
    mutating func finish(_ sink: (SourceLine, LineLayout, _ fenced: Bool) -> Void) {
      for l in frontMatter.finish() { read(l, sink) }
    }

    private mutating func read(_ line: SourceLine, _ sink: (SourceLine, LineLayout, _ fenced: Bool) -> Void) {
      let s = line.scalars
      var k = 0
      while k < s.count, s[k].value == " " || s[k].value == "\t" { k += 1 }
      var run = 0
      if k < s.count, s[k].value == "`" || s[k].value == "~" {
        let m = s[k].value
        while k + run < s.count, s[k + run].value == m { run += 1 }
        if run >= 3 {
          if let open = fence {
            if open.marker == m && run >= open.count { fence = nil }
          } else if let open = admonition, open.marker == m && run >= open.count,
            s[(k + run)...].allSatisfy({ $0.letter == .space })
          {
            admonition = nil
          } else if admonition == nil && MarkdownLayout.opensAdmonition(s, infoFrom: k + run) {
            admonition = (m, run)
            previousBlank = false
            indentedCode = false
            return sink(line, MarkdownLayout.admonitionTitleLayout(line), false)
          } else {
            fence = (m, run)
            mermaid = MarkdownLayout.infoWord(s, from: k + run) == "mermaid"
          }
          comments = CodeComments()
          previousBlank = false
          indentedCode = false
          return sink(line, LineLayout.code(count: s.count), false)
        }
      }
      if fence != nil {
        if mermaid { return sink(line, MermaidLayout.layout(line), false) }
        let layout = codeLayout(line)
        return sink(line, layout, true)
      }
      if rawTextEnd == nil, k <= 3, let tag = MarkdownLayout.rawTextTag(s, at: k) {
        rawTextEnd = "</" + tag + ">"
      }
      if let end = rawTextEnd {
        if line.text.lowercased().contains(end) { rawTextEnd = nil }
        previousBlank = false
        return sink(line, LineLayout.code(count: s.count), false)
      }
      let blank = k == s.count
      defer { previousBlank = blank }
      if blank { return sink(line, MarkdownLayout.inlineLayout(line), false) }
      let indented = (k >= 4 && s[0..<4].allSatisfy { $0.value == " " }) || s[0].value == "\t"
      if indented && (indentedCode || (previousBlank && !inList)) {
        if !indentedCode { comments = CodeComments() }
        indentedCode = true
        let layout = codeLayout(line)
        return sink(line, layout, true)
      }
      indentedCode = false
      if k == 0 && MarkdownLayout.isModuleStatement(line) {
        return sink(line, LineLayout.code(count: s.count), false)
      }
      // The indented body of a list item or of an admonition (`!!! note`) continues it.
      if k == 0 {
        inList = MarkdownLayout.startsListItem(s) || MarkdownLayout.admonitionMarkerEnd(s) != nil
      } else if k < 2 {
        inList = false
      }
      sink(line, MarkdownLayout.inlineLayout(line), false)
    }

    /// The layout of a line of code: its comment found, and made prose when comments are
    /// localized.
    private mutating func codeLayout(_ line: SourceLine) -> LineLayout {
      comments.layout(line, localizedComments: localizedComments)
    }
  }

  /// Whether a line is an MDX module statement (`import Tabs from '@theme/Tabs';`,
  /// `import './styles.css'`, `export const meta = {…}`): code of the page, not its text.
  static func isModuleStatement(_ line: SourceLine) -> Bool {
    let s = line.scalars
    guard s.count >= 8, s[0].value == "i" || s[0].value == "e" else { return false }
    let text = line.text
    if text.hasPrefix("import ") {
      return text.contains(" from '") || text.contains(" from \"") || text.hasPrefix("import '") || text.hasPrefix("import \"")
    }
    return ["export const ", "export default ", "export function ", "export { ", "export let "].contains { text.hasPrefix($0) }
  }

  /// The kinds of admonition documentation tools write as fences (MyST, javascript.info,
  /// Docusaurus-like converters): their body is the document's text, not code.
  static let admonitionKinds: Set<String> = [
    "note", "tip", "hint", "info", "important", "warning", "warn", "caution", "danger", "attention",
    "error", "seealso", "admonition", "smart", "todo",
  ]

  /// Whether a fence's info string from `start` names an admonition: its first word, or a
  /// MyST directive in braces (`{note}`), is one of `admonitionKinds`.
  static func opensAdmonition(_ s: SourceScalars, infoFrom start: Int) -> Bool {
    var a = start
    while a < s.count, s[a].letter == .space { a += 1 }
    let braced = a < s.count && s[a].value == "{"
    if braced { a += 1 }
    var b = a
    while b < s.count, s[b].letter == .latin { b += 1 }
    guard b > a, !braced || (b < s.count && s[b].value == "}") else { return false }
    guard braced || b == s.count || s[b].letter == .space else { return false }
    let word = String(String.UnicodeScalarView(s[a..<b].map(\.value))).lowercased()
    return admonitionKinds.contains(word)
  }

  /// The first word of a fence's info string from `start`, in lower case, braces of a
  /// MyST directive left out (`mermaid`, `{mermaid}`); empty when there is none.
  static func infoWord(_ s: SourceScalars, from start: Int) -> String {
    var a = start
    while a < s.count, s[a].letter == .space || s[a].value == "{" { a += 1 }
    var b = a
    while b < s.count, s[b].letter == .latin || s[b].letter == .digit || s[b].value == "-" { b += 1 }
    return String(String.UnicodeScalarView(s[a..<b].map(\.value))).lowercased()
  }

  /// An admonition's opening fence: markup, but its title is text (`header="…"`,
  /// `title="…"`, or the words after a MyST directive: ```` ```{note} A title ````).
  static func admonitionTitleLayout(_ line: SourceLine) -> LineLayout {
    let s = line.scalars
    var layout = LineLayout.code(count: s.count)
    if let open = s.firstIndex(where: { $0.value == "\"" }),
      let close = s[(open + 1)...].firstIndex(where: { $0.value == "\"" }), close > open + 1
    {
      layout.set((open + 1)..<close, .prose)
      layout.isCode = false
    } else if let brace = s.firstIndex(where: { $0.value == "}" }),
      let start = s[(brace + 1)...].firstIndex(where: { $0.letter != .space })
    {
      layout.set(start..<s.count, .prose)
      layout.isCode = false
    }
    InlineMasks.apply(s, to: &layout)
    return layout
  }

  /// The tag of an HTML block whose content is code and no Markdown (`script`, `style`)
  /// opening at `k`: `<script setup>`, `<style scoped>`, `<script>`; or a `<textarea>`, whose
  /// text HTML never reads as markup and a page shows as typed (a playground's code, a
  /// form's sample input), as a code block is.
  static func rawTextTag(_ s: SourceScalars, at k: Int) -> String? {
    guard k < s.count, s[k].value == "<" else { return nil }
    for tag in ["script", "style", "textarea"] {
      let end = k + 1 + tag.unicodeScalars.count
      guard end <= s.count else { continue }
      let name = String(String.UnicodeScalarView(s[(k + 1)..<end].map(\.value))).lowercased()
      if name == tag && (end == s.count || s[end].value == ">" || s[end].letter == .space) { return tag }
    }
    return nil
  }

  /// Whether a line (without indentation) starts a list item: `- `, `* `, `+ `, `1. `, `1) `.
  static func startsListItem(_ s: SourceScalars) -> Bool {
    guard let c = s.first?.value else { return false }
    if c == "-" || c == "*" || c == "+" { return s.count > 1 && s[1].letter == .space }
    var i = 0
    while i < s.count, s[i].letter == .digit { i += 1 }
    return i > 0 && i + 1 < s.count && (s[i].value == "." || s[i].value == ")") && s[i + 1].letter == .space
  }

  /// Whether a line of a code block has a comment with Korean in it (a localized comment).
  static func hasKoreanComment(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    guard let range = layout.comment else { return false }
    return range.contains { line.scalars[$0].letter == .korean }
  }

  /// Makes the comment of a line of a code block prose, from its first letter.
  static func makeCommentProse(_ line: SourceLine, _ layout: inout LineLayout) {
    guard let range = layout.comment else { return }
    var start = range.lowerBound
    let s = line.scalars
    // From its first letter, or a documentation tag's `@` (`* @param {string} name …`).
    while start < range.upperBound, s[start].letter != .latin, s[start].letter != .korean, s[start].value != "@" {
      start += 1
    }
    layout.set(start..<range.upperBound, .prose)
    InlineMasks.apply(s, to: &layout)
  }

  /// A front matter line: keys and values are code, except a value with Korean, which is prose.
  static func frontMatterLayout(_ line: SourceLine) -> LineLayout {
    let s = line.scalars
    var layout = LineLayout.code(count: s.count)
    guard let colon = s.firstIndex(where: { $0.value == ":" }),
      s[(colon + 1)...].contains(where: { $0.letter == .korean })
    else { return layout }
    layout.set((colon + 1)..<s.count, .prose)
    layout.isCode = false
    InlineMasks.apply(s, to: &layout)
    return layout
  }

  /// The scalar range of a line comment (`//`, `#`, `--`, `/* … */`, `<!-- … -->`) in a
  /// line of code, including its marker, or `nil`.
  static func commentRange(in s: SourceScalars) -> Range<Int>? {
    let n = s.count
    var quote: Unicode.Scalar? = nil
    var i = 0
    var firstNonSpace = true
    while i < n {
      let c = s[i].value
      if let q = quote {
        if c == "\\" {
          i += 2
          continue
        }
        if c == q { quote = nil }
        i += 1
        continue
      }
      if c == "\"" || c == "'" || c == "`" {
        quote = c
        firstNonSpace = false
        i += 1
        continue
      }
      let next: Unicode.Scalar = i + 1 < n ? s[i + 1].value : "\0"
      if c == "/" && next == "/" && (i == 0 || s[i - 1].value != ":") { return i..<n }
      if c == "/" && next == "*" {
        var e = i + 2
        while e + 1 < n, !(s[e].value == "*" && s[e + 1].value == "/") { e += 1 }
        return i..<min(n, e + 2)
      }
      if c == "#" && firstNonSpace && next == " " { return i..<n }
      if c == "-" && next == "-" && firstNonSpace && i + 2 < n && s[i + 2].value == " " { return i..<n }
      if c == "<" && next == "!" && i + 3 < n && s[i + 2].value == "-" && s[i + 3].value == "-" { return i..<n }
      if c != " " && c != "\t" { firstNonSpace = false }
      i += 1
    }
    return nil
  }

  /// The layout of a Markdown line outside code blocks.
  ///
  /// Each pass claims only what the passes before it left as prose, so their order is the
  /// precedence: code spans, templates, links, table separators, then the masks every format
  /// shares.
  static func inlineLayout(_ line: SourceLine) -> LineLayout {
    let s = line.scalars
    var layout = LineLayout(prose: s.count)
    markCodeSpans(s, &layout)
    markTemplates(s, &layout)
    markLinks(line, &layout)
    markTableSeparators(s, &layout)
    markAlertMarker(s, &layout)
    markContainerFence(s, &layout)
    markAdmonitionMarker(s, &layout)
    markTagContinuation(s, &layout)
    InlineMasks.apply(s, to: &layout)
    return layout
  }

  /// The kinds of GitHub's alerts (`> [!NOTE]`), in capitals.
  static let alertKinds: Set<String> = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"]

  /// The marker that opens a GitHub alert, `[!WARNING]` as the first text of a block quote:
  /// syntax naming the box's kind, which a translation keeps as written.
  static func markAlertMarker(_ s: SourceScalars, _ layout: inout LineLayout) {
    var k = firstNonSpace(s)
    guard k < s.count, s[k].value == ">" else { return }
    while k < s.count, s[k].value == ">" || s[k].letter == .space { k += 1 }
    guard k + 2 < s.count, s[k].value == "[", s[k + 1].value == "!" else { return }
    var end = k + 2
    var kind = ""
    while end < s.count, s[end].letter == .latin {
      kind.unicodeScalars.append(s[end].value)
      end += 1
    }
    guard end < s.count, s[end].value == "]", alertKinds.contains(kind.uppercased()) else { return }
    layout.set(k..<(end + 1), .masked)
  }

  /// The kinds of the custom containers of VitePress, VuePress and Docusaurus admonitions
  /// (`::: tip`, `:::warning`), lower-case.
  static let containerKinds: Set<String> = [
    "tip", "info", "note", "warning", "danger", "caution", "details", "important", "code-group", "raw",
  ]

  /// The fence of a custom container (`::: tip`, `:::caution`, `:::`): syntax naming the
  /// box's kind, kept as written; a title after the kind (`::: tip 참고`) is text.
  static func markContainerFence(_ s: SourceScalars, _ layout: inout LineLayout) {
    var k = firstNonSpace(s)
    let start = k
    while k < s.count, s[k].value == ":" { k += 1 }
    guard k - start >= 3 else { return }
    while k < s.count, s[k].letter == .space { k += 1 }
    var end = k
    var kind = ""
    while end < s.count, s[end].letter == .latin || s[end].value == "-" {
      kind.unicodeScalars.append(s[end].value)
      end += 1
    }
    guard kind.isEmpty || containerKinds.contains(kind.lowercased()) else { return }
    layout.set(start..<end, .masked)
  }

  /// The end of the marker of a Python-Markdown admonition (`!!! note`, `!!! danger
  /// highlight`, `??? tip`, `???+ example`, as MkDocs writes them) at the line's start: the
  /// marker and its kind and classes, kept as written by a translation, up to an optional
  /// quoted title, which is text. `nil` when the line is no such marker.
  static func admonitionMarkerEnd(_ s: SourceScalars) -> Int? {
    guard s.count > 4, s[0].value == "!" || s[0].value == "?" else { return nil }
    let mark = s[0].value
    guard s[1].value == mark, s[2].value == mark else { return nil }
    var k = 3
    if mark == "?", s[k].value == "+" { k += 1 }
    guard k < s.count, s[k].letter == .space else { return nil }
    var end = k
    while true {
      var a = end
      while a < s.count, s[a].letter == .space { a += 1 }
      var b = a
      while b < s.count, s[b].letter == .latin || s[b].letter == .digit || s[b].value == "-" || s[b].value == "_" { b += 1 }
      guard b > a, b == s.count || s[b].letter == .space else { break }
      end = b
    }
    return end > k ? end : nil
  }

  /// Masks the marker of a Python-Markdown admonition (`admonitionMarkerEnd`).
  static func markAdmonitionMarker(_ s: SourceScalars, _ layout: inout LineLayout) {
    guard let end = admonitionMarkerEnd(s) else { return }
    layout.set(0..<end, .masked)
  }

  /// The attributes of an HTML tag broken over lines, on a line of their own (`    height="80">`,
  /// `    alt="Get it on F-Droid"`): markup, as they are on the tag's first line. A text
  /// alternative or title that describes (a sentence, or six words or more) stays text.
  static func markTagContinuation(_ s: SourceScalars, _ layout: inout LineLayout) {
    var k = firstNonSpace(s)
    guard k < s.count, s[k].letter == .latin else { return }
    var pairs = 0
    var shown: [Range<Int>] = []
    while k < s.count, s[k].letter == .latin {
      let nameStart = k
      while k < s.count, s[k].letter == .latin || s[k].letter == .digit || s[k].value == "-" || s[k].value == ":" || s[k].value == "_" { k += 1 }
      guard k < s.count, s[k].value == "=" else { return }
      let name = String(String.UnicodeScalarView(s[nameStart..<k].map(\.value))).lowercased()
      k += 1
      guard k < s.count, s[k].value == "\"" || s[k].value == "'" else { return }
      let quote = s[k].value
      guard let close = s[(k + 1)...].firstIndex(where: { $0.value == quote }) else { return }
      if name == "alt" || name == "title" {
        let words = s[(k + 1)..<close].split { $0.letter == .space }.count
        let last = close > k + 1 ? s[close - 1].value : " "
        if words >= 6 || last == "." || last == "!" || last == "?" { shown.append((k + 1)..<close) }
      }
      k = close + 1
      pairs += 1
      while k < s.count, s[k].letter == .space { k += 1 }
    }
    guard pairs > 0 else { return }
    if k < s.count {
      // The tag closes on this line: `>` or `/>`.
      if s[k].value == "/" { k += 1 }
      guard k < s.count, s[k].value == ">" else { return }
      k += 1
    }
    layout.set(firstNonSpace(s)..<k, .breaker)
    for range in shown { layout.set(range, .prose) }
  }

  /// The scalar at `i`, or NUL outside `s`, so the passes look around without bounds checks.
  static func scalar(_ s: SourceScalars, at i: Int) -> Unicode.Scalar {
    i >= 0 && i < s.count ? s[i].value : "\0"
  }

  /// Inline code: a backtick run opens a code span closed by the next run of the same
  /// length (found for every run in one backward pass, so unmatched runs cost nothing).
  static func markCodeSpans(_ s: SourceScalars, _ layout: inout LineLayout) {
    let n = s.count
    func ch(_ i: Int) -> Unicode.Scalar { scalar(s, at: i) }
    var runs: [(start: Int, length: Int)] = []
    var i = 0
    while i < n {
      if ch(i) == "`" {
        var run = 0
        while ch(i + run) == "`" { run += 1 }
        runs.append((i, run))
        i += run
      } else {
        i += 1
      }
    }
    guard runs.count >= 2 else { return }
    var nextSame = Array(repeating: -1, count: runs.count)
    var last: [Int: Int] = [:]
    for k in stride(from: runs.count - 1, through: 0, by: -1) {
      nextSame[k] = last[runs[k].length] ?? -1
      last[runs[k].length] = k
    }
    var k = 0
    while k < runs.count {
      let close = nextSame[k]
      if close > k {
        layout.set(runs[k].start..<(runs[close].start + runs[close].length), .inlineCode)
        k = close + 1
      } else {
        k += 1
      }
    }
  }

  /// Templates and attributes: `{{ … }}`, `{% … %}` (code), `{#id}`, `{/* … */}`, `{: …}`
  /// (masked). One left open for 4096 scalars is taken for text, so a stray brace costs little.
  private static func markTemplates(_ s: SourceScalars, _ layout: inout LineLayout) {
    let n = s.count
    func ch(_ i: Int) -> Unicode.Scalar { scalar(s, at: i) }
    var i = 0
    while i + 1 < n {
      guard layout.uses[i] == .prose, ch(i) == "{" else {
        i += 1
        continue
      }
      let d = ch(i + 1)
      let close: [Unicode.Scalar]
      let use: ScalarUse
      switch d {
      case "{": (close, use) = (["}", "}"], .inlineCode)
      case "%": (close, use) = (["%", "}"], .inlineCode)
      case "#", ":": (close, use) = (["}"], .masked)
      case "/" where ch(i + 2) == "*": (close, use) = (["*", "/", "}"], .masked)
      default:
        i += 1
        continue
      }
      var j = i + 2
      var found: Int? = nil
      while j + close.count <= n && j < i + 4096 {
        if (0..<close.count).allSatisfy({ ch(j + $0) == close[$0] }) {
          found = j + close.count
          break
        }
        j += 1
      }
      guard let end = found else {
        i += 1
        continue
      }
      layout.set(i..<end, use)
      i = end
    }
  }

  /// Links and images: `[text](target "title")`, `[text][ref]`, and reference definitions.
  /// The brackets and the target are masked: a link inside a sentence does not end it.
  private static func markLinks(_ line: SourceLine, _ layout: inout LineLayout) {
    let s = line.scalars
    let n = s.count
    func ch(_ i: Int) -> Unicode.Scalar { scalar(s, at: i) }
    var i = 0
    var openBrackets: [Int] = []
    while i < n {
      guard layout.uses[i] == .prose else {
        i += 1
        continue
      }
      let c = ch(i)
      if c == "[" && ch(i + 1) == "[", let end = markWikiLink(line, open: i, &layout) {
        i = end
        continue
      }
      if c == "[" {
        openBrackets.append(i)
      } else if c == "]", let open = openBrackets.popLast() {
        if ch(i + 1) == "(" {
          i = markInlineLink(line, open: open, close: i, &layout)
          continue
        } else if ch(i + 1) == "[" {
          var j = i + 2
          while j < n, ch(j) != "]" { j += 1 }
          layout.set(i..<min(j + 1, n), .masked)
          layout.uses[open] = .masked
          layout.linkTexts.append(LinkText(range: (open + 1)..<i, isAnchor: false))
          i = j + 1
          continue
        } else if ch(i + 1) == ":" && open == firstNonSpace(s) {
          layout.set(open..<n, .masked)
          return
        }
      }
      i += 1
    }
  }

  /// Marks a wiki link opening at `open` (`[[Page]]`, `[[Target|text]]`, as MediaWiki and
  /// note-taking tools write them) and returns where it ends, or `nil` if the brackets open
  /// none (`[[source](url)]` is a Markdown link in brackets). The brackets and a target
  /// before `|` are masked; the text shown is prose, a link within the site.
  private static func markWikiLink(_ line: SourceLine, open: Int, _ layout: inout LineLayout) -> Int? {
    let s = line.scalars
    var close = open + 2
    var bar: Int? = nil
    while close < s.count && close < open + 1024 {
      let c = s[close].value
      if c == "]" || c == "[" { break }
      if c == "|" && bar == nil { bar = close }
      close += 1
    }
    guard close + 1 < s.count, s[close].value == "]", s[close + 1].value == "]", close > open + 2 else { return nil }
    let textStart = bar.map { $0 + 1 } ?? open + 2
    layout.set(open..<textStart, .masked)
    layout.set(close..<(close + 2), .masked)
    if textStart < close { layout.linkTexts.append(LinkText(range: textStart..<close, isAnchor: true)) }
    return close + 2
  }

  /// Marks the inline link or image whose text lies between the brackets at `open` and
  /// `close`, with its `(target "title")` after them; returns where the target ends.
  /// The target is masked but a quoted title in it is prose between breakers; a link's text
  /// (not an image's alt text) is recorded with whether it points into the document.
  private static func markInlineLink(
    _ line: SourceLine, open: Int, close i: Int, _ layout: inout LineLayout
  ) -> Int {
    let n = line.scalars.count
    func ch(_ i: Int) -> Unicode.Scalar { scalar(line.scalars, at: i) }
    var depth = 0
    var j = i + 1
    while j < n && j < i + 2048 {
      if ch(j) == "(" { depth += 1 }
      if ch(j) == ")" {
        depth -= 1
        if depth == 0 { break }
      }
      j += 1
    }
    let end = min(j + 1, n)
    layout.set(i..<end, .masked)
    layout.uses[open] = .masked
    layout.linkTargets.append(i..<end)
    var q = i + 2
    while q < end, ch(q) != "\"" { q += 1 }
    if q < end {
      var r = end - 1
      while r > q, ch(r) != "\"" { r -= 1 }
      if r > q + 1 {
        layout.set((q + 1)..<r, .prose)
        layout.uses[q] = .breaker
        layout.uses[r] = .breaker
      }
    }
    if ch(open - 1) != "!" {
      let external = isExternalTarget(line, at: i + 2)
      layout.linkTexts.append(LinkText(range: (open + 1)..<i, isAnchor: !external))
    } else if isBadge(line.text(from: i + 2, through: end - 1)) {
      // A status badge's alt text (`GitHub license`, `PRs Welcome`) labels the service's
      // image, which stays as the service draws it: no prose to translate.
      layout.set((open + 1)..<i, .masked)
    }
    return end
  }

  /// Whether an image's target is a status badge (shields.io, a CI service's `badge.svg`).
  private static func isBadge(_ target: String) -> Bool {
    let lower = target.lowercased()
    return lower.contains("shields.io") || lower.contains("badge") || lower.contains("badgen.net")
  }

  /// Whether the link target starting at `start` (after any spaces and `<`) leads to another
  /// site. Links into the document or the repository (`#anchor`, `docs/x.md`) carry its own
  /// headings; links to other sites mostly carry names.
  private static func isExternalTarget(_ line: SourceLine, at start: Int) -> Bool {
    let n = line.scalars.count
    func ch(_ i: Int) -> Unicode.Scalar { scalar(line.scalars, at: i) }
    var t = start
    while t < n, ch(t) == " " || ch(t) == "<" { t += 1 }
    guard ch(t) == "h" || ch(t) == "w" || ch(t) == "m" || ch(t) == "f" else { return false }
    let head = line.text(from: t, through: min(n - 1, t + 5))
    return head.hasPrefix("http") || head.hasPrefix("www.") || head.hasPrefix("mailto") || head.hasPrefix("ftp:")
  }

  /// Table rows: the cell separators end runs.
  static func markTableSeparators(_ s: SourceScalars, _ layout: inout LineLayout) {
    let first = firstNonSpace(s)
    guard first < s.count && s[first].value == "|" else { return }
    for k in 0..<s.count where s[k].value == "|" && layout.uses[k] == .prose { layout.uses[k] = .breaker }
  }

  static func firstNonSpace(_ s: SourceScalars) -> Int {
    var k = 0
    while k < s.count, s[k].letter == .space { k += 1 }
    return k
  }
}
