/// Follows the comments of a code block from line to line, for every markup format whose
/// code blocks KoEn reads (Markdown fences, AsciiDoc listings, reStructuredText literal
/// blocks): a `/* … */` comment left open on one line (a JSDoc or Javadoc block) goes on
/// over the lines after it. A new block starts with a new value.
struct CodeComments {
  /// A `/* … */` comment is open.
  private var inBlockComment = false

  /// The layout of a line of code: all code, its comment found, and the comment made prose
  /// when the document localized some of its comments.
  mutating func layout(_ line: SourceLine, localizedComments: Bool) -> LineLayout {
    var layout = LineLayout.code(count: line.scalars.count)
    layout.comment = comment(in: line.scalars)
    if localizedComments { MarkdownLayout.makeCommentProse(line, &layout) }
    return layout
  }

  /// The comment of a line of code: a line inside an open `/* … */` is comment up to its
  /// `*/`; any other line has the comment `MarkdownLayout.commentRange` finds.
  private mutating func comment(in s: SourceScalars) -> Range<Int>? {
    if inBlockComment {
      var e = 0
      while e + 1 < s.count, !(s[e].value == "*" && s[e + 1].value == "/") { e += 1 }
      if e + 1 < s.count {
        inBlockComment = false
        return 0..<(e + 2)
      }
      return s.isEmpty ? nil : 0..<s.count
    }
    guard let range = MarkdownLayout.commentRange(in: s) else { return nil }
    let opensBlock = s[range.lowerBound].value == "/" && s[range.lowerBound + 1].value == "*"
    let closed = range.count >= 4 && s[range.upperBound - 2].value == "*" && s[range.upperBound - 1].value == "/"
    if opensBlock && !closed { inBlockComment = true }
    return range
  }
}
