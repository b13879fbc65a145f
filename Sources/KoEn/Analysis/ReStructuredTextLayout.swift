/// Lays out reStructuredText (`.rst`): literal blocks (after `::`) and the bodies of code
/// directives are code (their comments prose only when the document localized some);
/// comments, targets, substitution definitions, directive options and section adornments are
/// code; the bodies of other directives (notes, version notes, glossaries) are prose; in
/// prose, roles that name code are code, and the text a reference shows stays prose while
/// its target is masked.
enum ReStructuredTextLayout {
  /// What the indented lines under a line are.
  enum Body {
    /// Code: a literal block, or the body of a code directive.
    case code
    /// Never shown: a comment's body.
    case comment
    /// An empty comment's body (`..` alone): it ends at the first blank line.
    case emptyComment
    /// A directive's options (`:caption: …`) and then its content, prose that may hold
    /// directives and literal blocks of its own.
    case directive
    /// A footnote's or citation's text, prose.
    case footnote
  }

  /// Reads a reStructuredText document one line at a time; nothing is held but the bodies
  /// the line stands in (one per level of indentation).
  struct Reader {
    /// Whether comments in code blocks are prose (the document localized at least one).
    let localizedComments: Bool
    /// The bodies the next line may stand in, outermost first, each with the indentation of
    /// the line that opened it: a non-blank line indented no deeper ends it.
    private var bodies: [(kind: Body, indent: Int)] = []
    /// A directive's options come first in its body, up to its first blank line.
    private var inOptions = false
    private var comments = CodeComments()

    init(localizedComments: Bool) { self.localizedComments = localizedComments }

    /// Reads the next line; `sink` gets it with its layout and whether it is a line of a
    /// code block (whose comment may be prose).
    mutating func push(_ line: SourceLine, _ sink: (SourceLine, LineLayout, _ code: Bool) -> Void) {
      let s = line.scalars
      let k = MarkdownLayout.firstNonSpace(s)
      if k == s.count {
        inOptions = false
        if bodies.last?.kind == .emptyComment { bodies.removeLast() }
        return sink(line, LineLayout(prose: s.count), false)
      }
      while let open = bodies.last, k <= open.indent { bodies.removeLast() }
      inOptions = inOptions && (bodies.last?.kind == .directive || bodies.last?.kind == .code)
      switch bodies.last?.kind {
      case .code? where inOptions && s[k].value == ":":
        // A code directive's options (`:caption:` of a `code-block` or a `toctree`) are
        // the directive's, not code: its caption is shown text.
        return sink(line, ReStructuredTextLayout.option(line, from: k), false)
      case .code?:
        inOptions = false
        return sink(line, comments.layout(line, localizedComments: localizedComments), true)
      case .comment?, .emptyComment?: return sink(line, LineLayout.hiddenComment(count: s.count), false)
      case .directive? where inOptions && s[k].value == ":":
        return sink(line, ReStructuredTextLayout.option(line, from: k), false)
      case .directive?, .footnote?, nil: break
      }
      inOptions = false
      if s[k].value == ".", MarkdownLayout.scalar(s, at: k + 1) == ".",
        k + 2 == s.count || s[k + 2].letter == .space
      {
        let (layout, opened) = ReStructuredTextLayout.explicitMarkup(line, from: k)
        if let opened {
          bodies.append((opened, k))
          inOptions = opened == .directive || opened == .code
          if opened == .code { comments = CodeComments() }
        }
        return sink(line, layout, false)
      }
      if ReStructuredTextLayout.isAdornment(s, from: k) { return sink(line, LineLayout.code(count: s.count), false) }
      var layout = ReStructuredTextLayout.inlineLayout(line, from: k)
      if let marker = ReStructuredTextLayout.literalMarker(s) {
        // `text::` opens a literal block; the marker shows as `:` (or nothing after a space).
        layout.set(marker, .masked)
        bodies.append((.code, k))
        comments = CodeComments()
        if marker.lowerBound == k { layout = LineLayout.code(count: s.count) }
      }
      sink(line, layout, false)
    }
  }

  /// Directives whose content is code, not prose.
  static let codeDirectives: Set<String> = [
    "code-block", "code", "sourcecode", "literalinclude", "highlight", "productionlist", "math", "raw", "doctest",
    "testcode", "testoutput", "testsetup", "testcleanup", "ipython", "jupyter-execute", "parsed-literal", "graphviz",
    "digraph", "graph", "mermaid", "uml", "toctree", "autosummary", "automodule", "autoclass", "autofunction",
    "prompt", "tabularcolumns", "csv-table", "list-table", "include", "image", "only",
  ]

  /// Reads an explicit markup line starting with `..` at `k`: a directive (`.. name:: args`),
  /// a hyperlink target (`.. _name:`), a substitution definition (`.. |name| …`), a
  /// footnote or citation (`.. [1] text`), or else a comment. Returns its layout and the
  /// body it opens.
  static func explicitMarkup(_ line: SourceLine, from k: Int) -> (LineLayout, Body?) {
    let s = line.scalars
    var i = k + 2
    while i < s.count, s[i].letter == .space { i += 1 }
    guard i < s.count else { return (LineLayout.code(count: s.count), .emptyComment) }
    if s[i].value == "_" || s[i].value == "|" { return (LineLayout.code(count: s.count), .comment) }
    if s[i].value == "[", let close = (i + 1..<s.count).first(where: { s[$0].value == "]" }) {
      var layout = inlineLayout(line, from: close + 1)
      layout.set(0..<(close + 1), .masked)
      return (layout, .footnote)
    }
    var j = i
    while j < s.count, s[j].letter == .latin || s[j].letter == .digit || "-_:+.".unicodeScalars.contains(s[j].value),
      !(s[j].value == ":" && MarkdownLayout.scalar(s, at: j + 1) == ":")
    {
      j += 1
    }
    guard j > i, MarkdownLayout.scalar(s, at: j) == ":", MarkdownLayout.scalar(s, at: j + 1) == ":" else {
      return (LineLayout.hiddenComment(count: s.count), .comment)
    }
    let name = line.text(from: i, through: j - 1).lowercased()
    if codeDirectives.contains(name) { return (LineLayout.code(count: s.count), .code) }
    // A domain's directive (`py:function`, `rst:directive`) declares a signature, which is
    // code, and describes it in prose.
    if name.contains(":") { return (LineLayout.code(count: s.count), .directive) }
    var layout = inlineLayout(line, from: j + 2)
    layout.set(0..<min(s.count, j + 2), .masked)
    return (layout, .directive)
  }

  /// A directive's option line (`:caption: text`, `:linenos:`): its name is code, and the
  /// value of an option that is shown (a caption, a title, a figure's alternative text) prose.
  static func option(_ line: SourceLine, from k: Int) -> LineLayout {
    let s = line.scalars
    guard let close = (k + 1..<s.count).first(where: { s[$0].value == ":" }) else { return LineLayout.code(count: s.count) }
    let name = line.text(from: k + 1, through: close - 1)
    guard ["caption", "alt", "title"].contains(name), close + 1 < s.count else {
      return LineLayout.code(count: s.count)
    }
    var layout = inlineLayout(line, from: close + 1)
    layout.set(0..<(close + 1), .masked)
    return layout
  }

  /// Whether the line from `k` is a section adornment (`=====`, `-----`, `~~~~`): one
  /// punctuation character repeated.
  static func isAdornment(_ s: SourceScalars, from k: Int) -> Bool {
    var e = s.count
    while e > k, s[e - 1].letter == .space { e -= 1 }
    let c = s[k].value
    guard e - k >= 3, c.isASCII, "=-~^\"'`#*+_.:<>!$%&(),/;?@[]{}|\\".unicodeScalars.contains(c) else { return false }
    return s[k..<e].allSatisfy { $0.value == c } || (c == "+" && s[k..<e].allSatisfy { $0.value == "+" || $0.value == "-" || $0.value == "=" })
  }

  /// The `::` that ends a paragraph line and opens a literal block: the range to mask (the
  /// second colon, or both after a space), or `nil`.
  static func literalMarker(_ s: SourceScalars) -> Range<Int>? {
    var e = s.count
    while e > 0, s[e - 1].letter == .space { e -= 1 }
    guard e >= 2, s[e - 1].value == ":", s[e - 2].value == ":", e < 3 || s[e - 3].value != ":" else { return nil }
    return e >= 3 && s[e - 3].letter != .space ? (e - 1)..<e : (e - 2)..<e
  }

  /// Roles whose text is prose the reader sees: references to sections, documents, terms,
  /// and labels of the interface.
  static let textRoles: Set<String> = [
    "ref", "doc", "term", "abbr", "numref", "download", "any", "guilabel", "menuselection", "title-reference", "emphasis",
    "strong",
  ]

  /// The layout of prose from `k` (what comes before `k` is left to the caller): literals
  /// ``` ``x`` ```, roles (`:func:`x``, `:ref:`text <target>``), hyperlink references
  /// (`` `text <url>`_ ``), substitutions (`|name|`) and footnote references (`[1]_`),
  /// then the table separators and masks every format shares.
  static func inlineLayout(_ line: SourceLine, from k: Int) -> LineLayout {
    let s = line.scalars
    let n = s.count
    var layout = LineLayout(prose: n)
    if k > 0 { layout.set(0..<min(k, n), .breaker) }
    func ch(_ i: Int) -> Unicode.Scalar { MarkdownLayout.scalar(s, at: i) }
    var i = k
    while i < n {
      let c = ch(i)
      if c == "`" && ch(i + 1) == "`" {
        // An inline literal.
        var j = i + 2
        while j + 1 < n, !(ch(j) == "`" && ch(j + 1) == "`") { j += 1 }
        guard j + 1 < n else { break }
        layout.set(i..<(j + 2), .inlineCode)
        i = j + 2
        continue
      }
      if c == "`" {
        guard let close = (i + 1..<n).first(where: { ch($0) == "`" }) else {
          // The end of a reference opened on a line before (`` `BaseList`` then
          // ``introduction <../docs/intro.md>`__``): its `<target>` and its end are masked.
          if ch(i + 1) == "_" {
            var end = i + 1
            while end < n, ch(end) == "_", end < i + 3 { end += 1 }
            var start = i
            if ch(i - 1) == ">", let lt = (k..<i).last(where: { ch($0) == "<" }) { start = lt }
            layout.set(start..<end, .masked)
            i = end
            continue
          }
          break
        }
        var end = close + 1
        while end < n, ch(end) == "_", end < close + 3 { end += 1 }
        // The role before it, if any: `:name:` right before the backtick.
        var roleStart = i
        var role = ""
        if ch(i - 1) == ":" {
          var r = i - 2
          while r >= k, s[r].letter == .latin || s[r].letter == .digit || "-_:+.".unicodeScalars.contains(s[r].value) {
            if ch(r) == ":" && r < i - 2 { break }
            r -= 1
          }
          if ch(r) == ":" && r < i - 2 {
            roleStart = r
            role = line.text(from: r + 1, through: i - 2).lowercased()
          }
        }
        if end > close + 1 || textRoles.contains(role) {
          // A reference: its text is prose, its `<target>` masked.
          layout.set(roleStart..<(i + 1), .masked)
          layout.set(close..<end, .masked)
          var textEnd = close
          if ch(close - 1) == ">", let lt = (i + 1..<close).last(where: { ch($0) == "<" }) {
            layout.set(lt..<close, .masked)
            textEnd = lt
          }
          layout.linkTexts.append(LinkText(range: (i + 1)..<textEnd, isAnchor: role == "ref" || role == "doc"))
        } else {
          layout.set(roleStart..<end, .inlineCode)
        }
        i = end
        continue
      }
      // A substitution reference: `|name|`, no space inside its bars (a table's cells have).
      if c == "|", let close = (i + 1..<n).first(where: { ch($0) == "|" }), close > i + 1,
        s[i + 1].letter != .space, s[close - 1].letter != .space
      {
        layout.set(i..<(close + 1), .masked)
        i = close + 1
        continue
      }
      if c == "[", let close = (i + 1..<min(n, i + 32)).first(where: { ch($0) == "]" }), ch(close + 1) == "_" {
        layout.set(i..<(close + 2), .masked)
        i = close + 2
        continue
      }
      i += 1
    }
    MarkdownLayout.markTableSeparators(s, &layout)
    InlineMasks.apply(s, to: &layout)
    return layout
  }
}
