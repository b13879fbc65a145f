/// Lays out Org documents (`.org`, Emacs Org mode): source and example blocks are code (a
/// source block's comments prose only when the document localized some), fixed-width lines
/// (`: output`), keyword lines (`#+TITLE: …`), comments (`# …`) and property drawers
/// (`:PROPERTIES:` … `:END:`, `:Post Date: …`) are code, and in prose `=verbatim=` and
/// `~code~` are inline code, while a link (`[[target][text]]`) shows its text and masks its
/// target.
enum OrgLayout {
  /// Reads an Org document one line at a time; nothing is held.
  struct Reader {
    /// Whether comments in source blocks are prose (the document localized at least one).
    let localizedComments: Bool
    /// The kind of block open: a source block (`#+BEGIN_SRC`), whose comments may be prose,
    /// or an example or other verbatim block, all code.
    private enum Block { case source, verbatim }
    private var block: Block? = nil
    private var comments = CodeComments()

    init(localizedComments: Bool) { self.localizedComments = localizedComments }

    /// Reads the next line; `sink` gets it with its layout and whether it is a line of a
    /// source block (whose comment may be prose).
    mutating func push(_ line: SourceLine, _ sink: (SourceLine, LineLayout, _ code: Bool) -> Void) {
      let s = line.scalars
      let k = MarkdownLayout.firstNonSpace(s)
      let lower = k < s.count && s[k].value == "#" ? line.text.lowercased().drop { $0 == " " || $0 == "\t" } : ""
      if let open = block {
        if lower.hasPrefix("#+end_") {
          block = nil
          return sink(line, LineLayout.code(count: s.count), false)
        }
        if open == .source { return sink(line, comments.layout(line, localizedComments: localizedComments), true) }
        return sink(line, LineLayout.code(count: s.count), false)
      }
      if lower.hasPrefix("#+begin_") {
        let name = lower.dropFirst("#+begin_".count).prefix { $0 != " " && $0 != "\t" }
        if Self.verbatimBlocks.contains(String(name)) {
          block = name == "src" ? .source : .verbatim
          comments = CodeComments()
        }
        return sink(line, LineLayout.code(count: s.count), false)
      }
      if OrgLayout.isCodeLine(s, from: k) { return sink(line, LineLayout.code(count: s.count), false) }
      sink(line, OrgLayout.inlineLayout(line), false)
    }

    /// Blocks whose body is verbatim: source code, examples, exports.
    static let verbatimBlocks: Set<String> = ["src", "example", "export", "latex", "html", "comment"]
  }

  /// Whether a line outside blocks is code: a keyword line (`#+TITLE: …`), a comment (`#`
  /// then a space, or `#` alone), a fixed-width line (`:` then a space, or `:` alone), or a
  /// drawer line (`:PROPERTIES:`, `:END:`, `:Post Date: …`).
  static func isCodeLine(_ s: SourceScalars, from k: Int) -> Bool {
    guard k < s.count else { return false }
    let c = s[k].value
    let next: Unicode.Scalar = k + 1 < s.count ? s[k + 1].value : " "
    if c == "#" { return next == "+" || next == " " || next == "\t" }
    guard c == ":" else { return false }
    if next == " " || next == "\t" { return true }
    // A drawer line: `:NAME:` first, its name without spaces at its ends.
    var e = k + 1
    while e < s.count, s[e].value != ":" { e += 1 }
    return e < s.count && e > k + 1 && s[k + 1].letter != .space && s[e - 1].letter != .space
  }

  /// The layout of a line of prose: headings' stars, list bullets and table separators are
  /// text markers; verbatim and code spans are inline code; links show their text.
  static func inlineLayout(_ line: SourceLine) -> LineLayout {
    let s = line.scalars
    var layout = LineLayout(prose: s.count)
    markLinks(s, &layout)
    markVerbatim(s, &layout)
    MarkdownLayout.markTableSeparators(s, &layout)
    InlineMasks.apply(s, to: &layout)
    return layout
  }

  /// Links: `[[target][text]]` masks the brackets and the target and shows the text;
  /// `[[target]]` masks the brackets (the target, a URL or a heading, is read as written).
  private static func markLinks(_ s: SourceScalars, _ layout: inout LineLayout) {
    var i = 0
    while i + 1 < s.count {
      guard s[i].value == "[", s[i + 1].value == "[" else {
        i += 1
        continue
      }
      var j = i + 2
      while j < s.count, s[j].value != "]" { j += 1 }
      guard j + 1 < s.count else { return }
      if s[j + 1].value == "]" {
        layout.set(i..<(i + 2), .masked)
        layout.set(j..<(j + 2), .masked)
        i = j + 2
      } else if s[j + 1].value == "[" {
        var e = j + 2
        while e < s.count, s[e].value != "]" { e += 1 }
        guard e + 1 < s.count, s[e + 1].value == "]" else {
          i = j + 1
          continue
        }
        layout.set(i..<(j + 2), .masked)
        layout.set(e..<(e + 2), .masked)
        if e > j + 2 { layout.linkTexts.append(LinkText(range: (j + 2)..<e, isAnchor: false)) }
        i = e + 2
      } else {
        i = j + 1
      }
    }
  }

  /// `=verbatim=` and `~code~`: the marker opens after a space, an opening bracket or
  /// quote, or the line's start, is followed by a non-space, and closes before a space,
  /// punctuation, a Korean particle (`=settings.py=에`) or the line's end.
  private static func markVerbatim(_ s: SourceScalars, _ layout: inout LineLayout) {
    var i = 0
    while i + 2 < s.count {
      let c = s[i].value
      guard c == "=" || c == "~", layout.uses[i] == .prose, i == 0 || !isWordScalar(s[i - 1]), s[i + 1].letter != .space
      else {
        i += 1
        continue
      }
      var j = i + 1
      while j < s.count, s[j].value != c { j += 1 }
      guard j < s.count, j > i + 1, s[j - 1].letter != .space, j + 1 >= s.count || !isLatinWordScalar(s[j + 1]) else {
        i += 1
        continue
      }
      layout.set(i..<(j + 1), .inlineCode)
      i = j + 1
    }
  }

  private static func isWordScalar(_ s: SourceScalar) -> Bool {
    s.letter == .latin || s.letter == .digit || s.letter == .korean
  }

  private static func isLatinWordScalar(_ s: SourceScalar) -> Bool {
    s.letter == .latin || s.letter == .digit
  }
}
