/// The terms a reStructuredText definition list defines (a Sphinx `glossary` has the same
/// shape): a short line of English directly followed, with no blank line between, by a
/// deeper-indented Korean definition.
///
/// ```rst
/// working set
///     ``sys.path``에서 찾을 수 있는 배포판의 모음…
/// ```
///
/// A translated glossary keeps its headwords in English on purpose; the document keeps them
/// as written wherever it uses them (`"working set"을 관리`), so they are learned as its terms.
/// Memory: the one line before.
struct DefinitionListTerms {
  /// The line read last, if it may be a term: its number, indentation and text.
  private var candidate: (number: Int, indent: Int, term: String)? = nil

  /// The most words a headword has.
  static let maximumWords = 4

  /// Reads the next line; returns the term of the line before, lower-case, when this line
  /// is its definition.
  mutating func read(_ line: SourceLine, _ layout: LineLayout) -> String? {
    let s = line.scalars
    let indent = MarkdownLayout.firstNonSpace(s)
    guard indent < s.count else {
      candidate = nil
      return nil
    }
    var defined: String? = nil
    if let term = candidate, term.number + 1 == line.number, indent > term.indent,
      FragmentFinder.hasKoreanProse(line, layout)
    {
      defined = term.term
    }
    candidate = Self.term(line, layout, from: indent).map { (line.number, indent, $0) }
    return defined
  }

  /// The line's text as a headword, lower-case with single spaces: Latin words (hyphens and
  /// apostrophes inside) of prose, at most `maximumWords`, nothing else.
  private static func term(_ line: SourceLine, _ layout: LineLayout, from start: Int) -> String? {
    guard !layout.isStructural else { return nil }
    let s = line.scalars
    var term = String.UnicodeScalarView()
    var words = 0
    var inWord = false
    for k in start..<s.count {
      let c = s[k]
      if c.letter == .space {
        inWord = false
        continue
      }
      guard layout.uses[k] == .prose else { return nil }
      if c.letter == .latin {
        if !inWord {
          words += 1
          guard words <= maximumWords else { return nil }
          if words > 1 { term.append(" ") }
        }
        inWord = true
        term.append(c.value)
      } else if inWord && (c.value == "-" || c.value == "'") {
        term.append(c.value)
      } else {
        return nil
      }
    }
    return words > 0 ? String(term).lowercased() : nil
  }
}
