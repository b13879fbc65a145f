/// Finds the `<nav>` elements of an HTML page that are its table of contents, not the site's
/// navigation: their links go to the page's own sections (`href="#start-with-doctype"`),
/// where a site's menus, sidebars and language switchers link to other pages. A table of
/// contents is the document's text, as a README's list of `[섹션](#섹션)` links is; the
/// markup reader marks every line of a `<nav>` (`LineLayout.isNavigation`), and the second
/// reading leaves the lines of these elements to the rules for text.
///
/// An element is a table of contents when at least two of its links stay on the page and
/// they outnumber the links that leave it four to one (an "edit this page" link may sit in
/// one). `<nav>` lines with only blank lines between them are read as one element, up to the
/// line that closes it (`</nav>`): a page's toolbar and its table of contents may follow one
/// another with no line between. Memory: two counts, and at most `maximumTables` ranges per
/// document.
struct TableOfContentsFinder {
  /// Tables kept per document.
  static let maximumTables = 16

  /// The tables of contents found so far, as ranges of 1-based line numbers.
  private(set) var tables: [ClosedRange<Int>] = []

  private var start: Int? = nil
  private var end = 0
  private var inPageLinks = 0
  private var otherLinks = 0

  /// Reads the next line of the document with its layout.
  mutating func read(_ line: SourceLine, _ layout: LineLayout) {
    // A blank line inside an element is not laid out as part of it: it neither ends nor
    // extends the element.
    if line.isBlank { return }
    guard layout.isNavigation else { return close() }
    if start == nil { start = line.number }
    end = line.number
    let s = line.scalars
    var k = 0
    while let target = Self.linkTarget(line, from: k) {
      if target < s.count && s[target].value == "#" { inPageLinks += 1 } else { otherLinks += 1 }
      k = target
    }
    if Self.closesNavigation(line) { close() }
  }

  /// Whether the line holds `</nav` (in any case).
  private static func closesNavigation(_ line: SourceLine) -> Bool {
    let s = line.scalars
    guard s.count >= 5 else { return false }
    return (0...(s.count - 5)).contains { i in
      s[i].value == "<" && s[i + 1].value == "/" && s[i + 2].value.value | 0x20 == 0x6E
        && s[i + 3].value.value | 0x20 == 0x61 && s[i + 4].value.value | 0x20 == 0x76
    }
  }

  /// Ends the document: an element still open at its end is judged on what it held.
  mutating func finish() { close() }

  private mutating func close() {
    guard let first = start else { return }
    if inPageLinks >= 2 && inPageLinks >= 4 * otherLinks && tables.count < Self.maximumTables {
      tables.append(first...end)
    }
    start = nil
    inPageLinks = 0
    otherLinks = 0
  }

  /// Where the value of the next `href=` attribute at or after `k` starts (after an opening
  /// quote, if any), or nil.
  static func linkTarget(_ line: SourceLine, from k: Int) -> Int? {
    let s = line.scalars
    var i = k
    while i + 5 <= s.count {
      if s[i].value.value | 0x20 == 0x68 && Self.matchesHref(line, at: i) {
        var j = i + 5
        if j < s.count && (s[j].value == "\"" || s[j].value == "'") { j += 1 }
        return j
      }
      i += 1
    }
    return nil
  }

  /// Whether `href=` (in any case) starts at `i`.
  private static func matchesHref(_ line: SourceLine, at i: Int) -> Bool {
    let s = line.scalars
    // Setting bit 0x20 lower-cases an ASCII letter and maps nothing else to one.
    return s[i + 1].value.value | 0x20 == 0x72 && s[i + 2].value.value | 0x20 == 0x65
      && s[i + 3].value.value | 0x20 == 0x66 && s[i + 4].value == "="
  }
}
