/// Lays out an HTML or XML document that is no catalogue (an XHTML page, a Maven `xdoc`, a
/// DocBook chapter): the text between the tags is prose; tags, declarations (`<?xml …?>`,
/// `<!DOCTYPE …>`), comments and the bodies of `<script>`, `<style>` and `<textarea>` are not, even where
/// they run over several lines. The text of a `<pre>` element is code, as a Markdown code
/// block is: its comments (`# …`, `// …`, plain or in a highlighter's spans) are prose when
/// the document localized some of them.
///
/// Tags and entities on one line are masked as in plain text (`InlineMasks`, which keeps an
/// image's `alt` and an element's `title` as prose); this reader adds what spans lines, and
/// which lines lie in a `<nav>` element (a documentation site's menus around the page).
enum MarkupLayout {
  /// Reads the document one line at a time.
  struct Reader {
    /// Where the line starts: in text, inside a tag or a declaration still open (`<?xml …?>`,
    /// `<!DOCTYPE …>`), in a comment, or in the body of a `script` or `style` element.
    private enum Place: Equatable { case text, tag, comment, raw(String) }
    private var place = Place.text
    /// How many `<nav>` elements are open (nested navigation is rare but legal).
    private var navigationDepth = 0
    /// A `<pre>` element is open: its text is code.
    private var inPreformatted = false
    /// Whether comments in code are prose (the document localized some of them).
    let localizedComments: Bool

    init(localizedComments: Bool) { self.localizedComments = localizedComments }

    /// The layout of the next line.
    ///
    /// - Complexity: O(n) in the line's scalars.
    mutating func layout(_ line: SourceLine) -> LineLayout {
      let s = line.scalars
      var layout = LineLayout(prose: s.count)
      InlineMasks.apply(s, to: &layout)
      var commentOnly = true
      var isNavigation = navigationDepth > 0
      // Where the text of a `<pre>` element runs on this line.
      var codeFrom: Int? = inPreformatted ? 0 : nil
      var code: [Range<Int>] = []
      var k = 0
      while k < s.count {
        switch place {
        case .comment:
          let end = Self.find("-->", in: s, from: k)
          layout.set(k..<(end ?? s.count), .masked)
          k = end ?? s.count
          if end != nil { place = .text }
        case .tag:
          let end = Self.find(">", in: s, from: k)
          layout.set(k..<(end ?? s.count), .masked)
          k = end ?? s.count
          if end != nil { place = .text }
          commentOnly = false
        case .raw(let name):
          let end = Self.find("</" + name, in: s, from: k).map { $0 - name.unicodeScalars.count - 2 }
          layout.set(k..<(end ?? s.count), .code)
          k = end ?? s.count
          if end != nil { place = .text }
          commentOnly = false
        case .text:
          if s[k].value != "<" {
            if s[k].letter != .space { commentOnly = false }
            k += 1
            continue
          }
          let start = k
          if Self.matches("<!--", s, at: k) {
            place = .comment
            k += 4
          } else if Self.matches("<?", s, at: k) || Self.matches("<!", s, at: k) {
            place = .tag
            k += 2
          } else if k + 1 < s.count, s[k + 1].letter == .latin || s[k + 1].value == "/" {
            // A tag closed on its line is masked already (its `alt` or `title` kept as
            // prose); one that goes on is masked to the line's end.
            commentOnly = false
            if Self.opensElement("nav", s, at: k) {
              navigationDepth += 1
              isNavigation = true
            } else if Self.closesElement("nav", s, at: k) {
              navigationDepth = max(0, navigationDepth - 1)
              isNavigation = true
            }
            let opensCode = Self.opensElement("pre", s, at: k)
            if let from = codeFrom, Self.closesElement("pre", s, at: k) {
              code.append(from..<k)
              codeFrom = nil
            }
            let raw = MarkdownLayout.rawTextTag(s, at: k)
            guard let end = Self.find(">", in: s, from: k + 1) else {
              layout.set(k..<s.count, .masked)
              place = .tag
              k = s.count
              if opensCode { inPreformatted = true }
              continue
            }
            k = end
            if opensCode && codeFrom == nil { codeFrom = end }
            if let raw { place = .raw(raw) }
            continue
          } else {
            commentOnly = false
            k += 1
            continue
          }
          layout.set(start..<k, .masked)
        }
      }
      if commentOnly && !line.isBlank && !layout.uses.contains(.prose) {
        return LineLayout.hiddenComment(count: s.count)
      }
      layout.isNavigation = isNavigation && !line.isBlank
      if let from = codeFrom, from < s.count { code.append(from..<s.count) }
      inPreformatted = codeFrom != nil || (inPreformatted && place == .tag)
      if !code.isEmpty { markCode(line, code, &layout) }
      return layout
    }

    /// Makes the text of a `<pre>` element in `ranges` code, with the line's comment found
    /// in it (prose when the document localized comments).
    private func markCode(_ line: SourceLine, _ ranges: [Range<Int>], _ layout: inout LineLayout) {
      let s = line.scalars
      for range in ranges {
        for k in range where layout.uses[k] == .prose { layout.uses[k] = .code }
      }
      // The line is code when no text outside the element is left.
      guard !layout.uses.contains(.prose) else { return }
      layout.isCode = true
      if let comment = Self.comment(in: s, layout) {
        layout.comment = comment
        if localizedComments { MarkdownLayout.makeCommentProse(line, &layout) }
      }
    }

    /// The comment of a line of preformatted code, read through its markup (a highlighter
    /// wraps every token in a `<span>`): from a `#` or `--` that starts the text or follows a
    /// space, or a `//` that is no URL's, outside quotes, to the line's end.
    private static func comment(in s: SourceScalars, _ layout: LineLayout) -> Range<Int>? {
      var quote: Unicode.Scalar? = nil
      var previous: Unicode.Scalar = " "
      var k = 0
      while k < s.count {
        guard layout.uses[k] == .code else {
          k += 1
          continue
        }
        let c = s[k].value
        var next = k + 1
        while next < s.count && layout.uses[next] != .code { next += 1 }
        let following: Unicode.Scalar = next < s.count ? s[next].value : "\0"
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "\"" || c == "'" {
          quote = c
        } else if (c == "#" || (c == "-" && following == "-")) && (previous == " " || previous == "\t")
          && (c == "-" || following == " " || following == "\0")
        {
          return k..<s.count
        } else if c == "/" && following == "/" && previous != ":" {
          return k..<s.count
        }
        previous = c
        k = next
      }
      return nil
    }

    /// Whether a start tag of element `name` (`<nav>`, `<nav class=…>`) begins at `k`.
    private static func opensElement(_ name: String, _ s: SourceScalars, at k: Int) -> Bool {
      let end = k + 1 + name.unicodeScalars.count
      guard matches("<" + name, s, at: k) else { return false }
      return end == s.count || s[end].letter == .space || s[end].value == ">"
    }

    /// Whether an end tag of element `name` (`</nav>`) begins at `k`.
    private static func closesElement(_ name: String, _ s: SourceScalars, at k: Int) -> Bool {
      let end = k + 2 + name.unicodeScalars.count
      return matches("</" + name, s, at: k) && end < s.count && (s[end].value == ">" || s[end].letter == .space)
    }

    /// Whether `text` (ASCII) starts at `k`, ignoring the case of its letters.
    private static func matches(_ text: String, _ s: SourceScalars, at k: Int) -> Bool {
      var i = k
      for c in text.unicodeScalars {
        guard i < s.count else { return false }
        let v = s[i].value.value
        let lower = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
        guard lower == c.value else { return false }
        i += 1
      }
      return true
    }

    /// The index just after the first `text` at or after `k`.
    private static func find(_ text: String, in s: SourceScalars, from k: Int) -> Int? {
      let n = text.unicodeScalars.count
      var i = k
      while i + n <= s.count {
        if matches(text, s, at: i) { return i + n }
        i += 1
      }
      return nil
    }
  }
}
