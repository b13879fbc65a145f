/// Lays out AsciiDoc (`.adoc`, `.asciidoc`, `.asc`): listing and literal blocks are code
/// (their comments prose only when the document localized some), comments, passthrough
/// blocks, attribute entries, block attributes and block macros are code, and in prose the
/// targets of macros and cross references are masked while the text they show stays prose.
enum AsciiDocLayout {
  /// Reads an AsciiDoc document one line at a time; nothing is held.
  struct Reader {
    /// Whether comments in listing blocks are prose (the document localized at least one).
    let localizedComments: Bool
    /// The delimiter of the verbatim block that is open (`----` listing, `....` literal,
    /// `////` comment, `++++` passthrough), and its length.
    private var block: (marker: Unicode.Scalar, count: Int)? = nil
    private var comments = CodeComments()
    /// Inside a literal paragraph (indented lines after a blank line).
    private var literalParagraph = false
    private var previousBlank = true
    /// A front matter block that may open the document (Hugo's AsciiDoc pages have one).
    private var frontMatter = FrontMatterBlock()

    init(localizedComments: Bool) { self.localizedComments = localizedComments }

    /// Reads the next line; `sink` gets it with its layout and whether it is a line of a
    /// code block (whose comment may be prose).
    mutating func push(_ line: SourceLine, _ sink: (SourceLine, LineLayout, _ code: Bool) -> Void) {
      switch frontMatter.push(line) {
      case .pass: read(line, sink)
      case .held: break
      case .frontMatter(let lines): for l in lines { sink(l, MarkdownLayout.frontMatterLayout(l), false) }
      case .ordinary(let lines): for l in lines { read(l, sink) }
      }
    }

    /// Ends the document: an unclosed front matter block was ordinary text.
    mutating func finish(_ sink: (SourceLine, LineLayout, _ code: Bool) -> Void) {
      for l in frontMatter.finish() { read(l, sink) }
    }

    private mutating func read(_ line: SourceLine, _ sink: (SourceLine, LineLayout, _ code: Bool) -> Void) {
      let s = line.scalars
      let k = MarkdownLayout.firstNonSpace(s)
      if let delimiter = AsciiDocLayout.delimiter(s) {
        if let open = block {
          if open.marker == delimiter.marker && open.count == delimiter.count { block = nil }
        } else if delimiter.count >= 4, ["-", ".", "/", "+"].contains(delimiter.marker) {
          block = delimiter
          comments = CodeComments()
        }
        previousBlank = false
        return sink(line, LineLayout.code(count: s.count), false)
      }
      if let open = block {
        // Listing and literal blocks hold code; comment and passthrough blocks are never shown.
        if open.marker == "-" || open.marker == "." {
          return sink(line, comments.layout(line, localizedComments: localizedComments), true)
        }
        return sink(line, open.marker == "/" ? LineLayout.hiddenComment(count: s.count) : LineLayout.code(count: s.count), false)
      }
      let blank = k == s.count
      defer { previousBlank = blank }
      if blank {
        literalParagraph = false
        return sink(line, LineLayout(prose: s.count), false)
      }
      if k > 0 && (literalParagraph || previousBlank) && !AsciiDocLayout.startsListItem(s, at: k) {
        if !literalParagraph { comments = CodeComments() }
        literalParagraph = true
        return sink(line, comments.layout(line, localizedComments: localizedComments), true)
      }
      literalParagraph = false
      sink(line, AsciiDocLayout.layout(line, from: k), false)
    }
  }

  /// A block delimiter: a line of one character repeated, four times or more (`----`,
  /// `....`, `////`, `++++`, `====`, `****`, `____`), or the open block's `--`.
  static func delimiter(_ s: SourceScalars) -> (marker: Unicode.Scalar, count: Int)? {
    var e = s.count
    while e > 0, s[e - 1].letter == .space { e -= 1 }
    guard e >= 2, let marker = s.first?.value, ["-", ".", "/", "+", "=", "*", "_"].contains(marker),
      s[0..<e].allSatisfy({ $0.value == marker })
    else { return nil }
    return e >= 4 || (e == 2 && marker == "-") ? (marker, e) : nil
  }

  /// Whether the text at `k` starts a list item (`* `, `- `, `. `, `1. `, `** `), which
  /// may be indented without being literal.
  static func startsListItem(_ s: SourceScalars, at k: Int) -> Bool {
    var i = k
    while i < s.count, s[i].value == "*" || s[i].value == "." || s[i].value == "-" { i += 1 }
    if i == k {
      // A numbered item: digits and a dot.
      while i < s.count, s[i].letter == .digit { i += 1 }
      if i > k, i < s.count, s[i].value == "." { i += 1 }
    }
    return i > k && i < s.count && s[i].letter == .space
  }

  /// The layout of a line outside verbatim blocks, whose text starts at `k`.
  static func layout(_ line: SourceLine, from k: Int) -> LineLayout {
    let s = line.scalars
    let c0 = s[k].value
    let c1 = MarkdownLayout.scalar(s, at: k + 1)
    // A line comment; a thematic, page or list-continuation mark; a table's delimiter.
    if c0 == "/" && c1 == "/" { return LineLayout.hiddenComment(count: s.count) }
    var e = s.count
    while e > k, s[e - 1].letter == .space { e -= 1 }
    if ["'''", "<<<", "+", "|==="].contains(where: { starts(s, k, e, with: $0, wholly: true) }) {
      return LineLayout.code(count: s.count)
    }
    // An attribute entry `:name: value`: its value is prose when it is Korean text.
    if c0 == ":", let close = (k + 1..<s.count).first(where: { s[$0].value == ":" }),
      close > k + 1, (k + 1..<close).allSatisfy({ s[$0].letter == .latin || s[$0].letter == .digit || "-_!".unicodeScalars.contains(s[$0].value) })
    {
      var layout = LineLayout.code(count: s.count)
      if s[close...].contains(where: { $0.letter == .korean }) {
        layout = LineLayout(all: .breaker, count: s.count)
        layout.set((close + 1)..<s.count, .prose)
        InlineMasks.apply(s, to: &layout)
      }
      return layout
    }
    // Block attributes, anchors and block macros (`[source,java]`, `[[id]]`, `image::a.png[]`).
    if c0 == "[" && s[e - 1].value == "]" { return LineLayout.code(count: s.count) }
    if s[e - 1].value == "]" {
      var m = k
      while m < e, s[m].letter == .latin || s[m].value == "-" { m += 1 }
      if m > k, MarkdownLayout.scalar(s, at: m) == ":", MarkdownLayout.scalar(s, at: m + 1) == ":" { return LineLayout.code(count: s.count) }
    }
    var layout = LineLayout(prose: s.count)
    // Markers before the text: a heading's `=`s, a block title's `.`, an admonition label.
    if c0 == "=" {
      var m = k
      while m < s.count, s[m].value == "=" { m += 1 }
      if m < s.count, s[m].letter == .space { layout.set(k..<m, .breaker) }
    } else if c0 == ".", c1 != ".", c1 != " " {
      layout.uses[k] = .breaker
    } else if let label = admonitionLabels.first(where: { starts(s, k, e, with: $0, wholly: false) }) {
      layout.set(k..<(k + label.unicodeScalars.count), .masked)
    }
    MarkdownLayout.markCodeSpans(s, &layout)
    markMacros(line, &layout)
    MarkdownLayout.markTableSeparators(s, &layout)
    InlineMasks.apply(s, to: &layout)
    return layout
  }

  /// Whether the scalars from `k` to `e` start with `prefix` (`wholly`: are `prefix`).
  static func starts(_ s: SourceScalars, _ k: Int, _ e: Int, with prefix: String, wholly: Bool) -> Bool {
    var i = k
    for c in prefix.unicodeScalars {
      guard i < e, s[i].value == c else { return false }
      i += 1
    }
    return !wholly || i == e
  }

  /// The labels that open an admonition paragraph.
  static let admonitionLabels = ["NOTE: ", "TIP: ", "IMPORTANT: ", "WARNING: ", "CAUTION: "]

  /// Inline macros whose bracketed text is shown as prose: links, cross references, footnotes.
  static let textMacros: Set<String> = ["link", "xref", "mailto", "footnote", "footnoteref"]
  /// Inline macros that show no prose of the document's own: images, keys, buttons, menus,
  /// icons, passthroughs, formulas, anchors and index terms.
  static let codeMacros: Set<String> = [
    "image", "kbd", "btn", "menu", "icon", "pass", "stem", "latexmath", "asciimath", "anchor", "indexterm", "indexterm2",
  ]

  /// Masks the targets of inline macros (`link:target[text]`, `image:a.png[alt]`), of URLs
  /// with a bracketed text (`https://…[text]`), attribute references (`{name}`) and cross
  /// references (`<<id,text>>`); the text a link or cross reference shows stays prose.
  static func markMacros(_ line: SourceLine, _ layout: inout LineLayout) {
    let s = line.scalars
    let n = s.count
    func ch(_ i: Int) -> Unicode.Scalar { MarkdownLayout.scalar(s, at: i) }
    func isNameScalar(_ i: Int) -> Bool { i >= 0 && i < n && (s[i].letter == .latin || s[i].letter == .digit) }
    // Where the last `]` and the last `>>` stand: an opening after them is never closed, so
    // it is passed without a scan, and a line of unclosed openings costs one pass.
    let lastClose = s.lastIndex(where: { $0.value == "]" }) ?? -1
    var lastAngles = n - 2
    while lastAngles >= 0, !(ch(lastAngles) == ">" && ch(lastAngles + 1) == ">") { lastAngles -= 1 }
    var i = 0
    while i < n {
      guard layout.uses[i] == .prose else {
        i += 1
        continue
      }
      // `{name}`: an attribute reference.
      if ch(i) == "{" {
        var j = i + 1
        while j < n, isNameScalar(j) || ch(j) == "-" || ch(j) == "_" { j += 1 }
        if j > i + 1 && ch(j) == "}" {
          layout.set(i..<(j + 1), .masked)
          i = j + 1
          continue
        }
      }
      // `<<id>>`, `<<id,text>>`.
      if ch(i) == "<" && ch(i + 1) == "<" && i + 2 <= lastAngles {
        var j = i + 2
        while j + 1 < n, !(ch(j) == ">" && ch(j + 1) == ">") { j += 1 }
        if j + 1 < n {
          layout.set(i..<(j + 2), .masked)
          if let comma = (i + 2..<j).first(where: { ch($0) == "," }) {
            layout.set((comma + 1)..<j, .prose)
            layout.linkTexts.append(LinkText(range: (comma + 1)..<j, isAnchor: true))
          }
          i = j + 2
          continue
        }
      }
      // `name:target[text]`, or a URL with `[text]`, at a word's start.
      guard s[i].letter == .latin, !isNameScalar(i - 1) else {
        i += 1
        continue
      }
      var j = i
      while j < n, s[j].letter == .latin { j += 1 }
      guard ch(j) == ":" else {
        i = j
        continue
      }
      guard j - i <= 11, j + 1 <= lastClose else {  // macro names are short; a macro ends with `]`
        i = j
        continue
      }
      let name = line.text(from: i, through: j - 1).lowercased()
      let isURL = ["http", "https", "ftp", "irc"].contains(name) && ch(j + 1) == "/" && ch(j + 2) == "/"
      guard isURL || textMacros.contains(name) || codeMacros.contains(name) else {
        i = j
        continue
      }
      var open = j + 1
      while open < n, ch(open) != "[", s[open].letter != .space { open += 1 }
      guard ch(open) == "[", let close = (open + 1..<n).first(where: { ch($0) == "]" }) else {
        i = j
        continue
      }
      layout.set(i..<(close + 1), .masked)
      if !codeMacros.contains(name) && close > open + 1 {
        var e = close
        if ch(e - 1) == "^" { e -= 1 }  // `[text^]`: opened in a new window
        layout.set((open + 1)..<e, .prose)
        // A link into the document or the repository carries its headings; one to another
        // site (a URL, or an attribute that holds one) mostly carries names.
        let target = open > j + 1 ? line.text(from: j + 1, through: open - 1) : ""
        let external = isURL || name == "mailto" || target.hasPrefix("http") || target.hasPrefix("{")
        layout.linkTexts.append(LinkText(range: (open + 1)..<e, isAnchor: !external && name != "footnote"))
      }
      i = close + 1
    }
  }
}
