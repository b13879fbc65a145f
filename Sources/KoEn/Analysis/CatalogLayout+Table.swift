extension CatalogLayout {
  /// Reads a locale table one line at a time: each line is laid out by
  /// `CatalogLayout.localeTable`, except the lines that continue a value: the indented
  /// lines of a YAML block scalar (`key: |`, `key: >-`), those after a `.properties`
  /// value ending in a backslash (each one entry over all its lines), and a line indented
  /// deeper than the entry before it that is no entry itself (a YAML scalar broken over
  /// lines, an entry of its own with the same key). Once a `message:` key shows the table
  /// to hold WebExtension messages, the `description:` and `placeholders:` beside it are
  /// notes for the translator, not values.
  struct TableReader {
    /// The value being continued: its entry, and the indentation of its key (YAML) or
    /// `nil` for a backslash continuation.
    private var continued: CatalogEntry? = nil
    private var keyIndent: Int? = nil
    /// The indentation and key of the last line that held an entry: a structural line
    /// indented deeper continues its value (a YAML plain or quoted scalar broken over lines).
    private var lastEntry: (indent: Int, key: String)? = nil
    /// The key of the line before, when it was wholly bracketed (`[Add proposal]`): a line
    /// after it that is no entry itself is its value.
    private var bracketKey: String? = nil
    /// The indentation and key of the line before, when it was a key alone ending in a colon
    /// (`GITHUB_ISSUES:`): a quoted string alone on the next line, indented deeper, is its
    /// value, as code formatters break a long entry of a JavaScript locale module.
    private var keyAlone: (indent: Int, key: String)? = nil
    /// The indentation of a `message:` key, once one showed the table to hold WebExtension
    /// messages written as YAML: `description:` beside it is a note for the translator.
    private var messageIndent: Int? = nil
    /// The indentation and key of the line before, when it was a key and `=` with nothing
    /// after it (Fluent's `options =`): the lines indented deeper under it are its value,
    /// whatever they hold (`Options:`, `-c   Execute COMMAND and exit`).
    private var equalsAlone: (indent: Int, key: String)? = nil

    /// The layout of line `index` and the entries it ends (a continued value ends on the
    /// line after its last, or on its last line for a backslash continuation).
    ///
    /// - Complexity: O(n) in the line's scalars.
    mutating func layout(_ line: SourceLine, index: Int) -> (LineLayout, [CatalogEntry]) {
      let s = line.scalars
      var ended: [CatalogEntry] = []
      if var entry = continued {
        if let indent = keyIndent {
          // A YAML block goes on over blank lines and lines indented deeper than its key.
          if line.isBlank { return (LineLayout(prose: s.count), []) }
          let k = s.firstIndex { $0.letter != .space } ?? s.count
          if k > indent {
            var e = s.count
            while e > k, s[e - 1].letter == .space { e -= 1 }
            entry.translation += (entry.translationLines.isEmpty ? "" : "\n") + line.text(from: k, through: e - 1)
            entry.translationLines.append(index)
            continued = entry
            if entry.translationLines.count >= CatalogLayout.maximumEntryLines {
              // Handed out in parts, so that what is held stays bounded.
              continued?.translation = ""
              continued?.translationLines = []
              return (Self.prose(line, k..<e), [entry])
            }
            return (Self.prose(line, k..<e), [])
          }
          ended.append(entry)
          continued = nil
        } else {
          // A `.properties` value continued after a backslash.
          let k = s.firstIndex { $0.letter != .space } ?? s.count
          let goesOn = Self.endsWithBackslash(s)
          let e = goesOn ? s.count - 1 : s.count
          if e > k {
            entry.translation += line.text(from: k, through: e - 1)
            entry.translationLines.append(index)
          }
          if goesOn && entry.translationLines.count < CatalogLayout.maximumEntryLines {
            continued = entry
          } else {
            continued = nil
            ended.append(entry)
          }
          return (Self.prose(line, k..<max(k, e)), ended)
        }
      }
      let k = s.firstIndex { $0.letter != .space } ?? s.count
      let keyAbove = keyAlone
      keyAlone = Self.keyAlone(s, from: k).map { (k, line.text(from: $0.lowerBound, through: $0.upperBound - 1)) }
      if let above = keyAbove, k > above.indent, let value = Self.quotedValue(s, from: k) {
        lastEntry = nil
        bracketKey = nil
        let text = line.text(from: value.lowerBound, through: value.upperBound - 1)
        return (Self.prose(line, value), ended + [CatalogEntry(entryLine: index, source: above.key, translation: text, translationLines: [index])])
      }
      let equalsAbove = equalsAlone
      equalsAlone = nil
      if let above = equalsAbove, k > above.indent, k < s.count, !Self.opensFluentPart(s[k].value) {
        var e = s.count
        while e > k, s[e - 1].letter == .space { e -= 1 }
        equalsAlone = above
        lastEntry = nil
        bracketKey = nil
        let value = CatalogEntry(entryLine: index, source: above.key, translation: line.text(from: k, through: e - 1), translationLines: [index])
        return (Self.prose(line, k..<e), ended + [value])
      }
      equalsAlone = Self.equalsAlone(s, from: k).map { (k, line.text(from: $0.lowerBound, through: $0.upperBound - 1)) }
      var (layout, entry) = CatalogLayout.localeTable(line, index: index)
      if let source = entry?.source {
        // Only nested under an entry's key: at the top, `message` and `description` are keys
        // like any other.
        if source == "message" && k > 0 { messageIndent = k }
        if k == messageIndent && (source == "description" || source == "placeholders") {
          entry = nil
          layout = LineLayout(all: .breaker, count: s.count)
          layout.isStructural = true
        }
      }
      let bracketAbove = bracketKey
      bracketKey = CatalogLayout.bracketedKey(line)
      if let key = bracketAbove, entry == nil, bracketKey == nil, layout.isStructural, k < s.count,
        !["#", "!", ";", "-", "/", "*", "{", "}", "<"].contains(s[k].value), !CatalogLayout.hasEntrySeparator(s, from: k)
      {
        var e = s.count
        while e > k, s[e - 1].letter == .space { e -= 1 }
        let value = CatalogEntry(entryLine: index, source: key, translation: line.text(from: k, through: e - 1), translationLines: [index])
        lastEntry = nil
        return (Self.prose(line, k..<e), ended + [value])
      }
      if layout.isStructural, let last = lastEntry, k > last.indent, k < s.count,
        !["#", "!", ";", "/", "*", "-", "{", "}", "[", "]", "<"].contains(s[k].value)
      {
        // A value broken over lines: this line goes on with it.
        var e = s.count
        while e > k, s[e - 1].letter == .space || s[e - 1].value == "\"" || s[e - 1].value == "'" { e -= 1 }
        guard e > k else { return (layout, ended) }
        let text = line.text(from: k, through: e - 1)
        return (Self.prose(line, k..<e), ended + [CatalogEntry(entryLine: index, source: last.key, translation: text, translationLines: [index])])
      }
      lastEntry = entry.map { (k, $0.source) }
      if let indent = Self.blockScalarIndent(s) {
        let key = Self.keyText(line)
        continued = CatalogEntry(entryLine: index, source: key, translation: "", translationLines: [])
        keyIndent = indent
      } else if var entry, Self.endsWithBackslash(s), entry.translation.unicodeScalars.last == "\\" {
        layout.uses[s.count - 1] = .masked
        entry.translation.unicodeScalars.removeLast()
        continued = entry
        keyIndent = nil
        return (layout, ended)
      } else if let entry {
        ended.append(entry)
      }
      return (layout, ended)
    }

    /// Ends the table: a value still being continued is an entry.
    mutating func finish(_ finished: (CatalogEntry) -> Void) {
      if let continued { finished(continued) }
      continued = nil
    }

    /// A layout where `range` is prose (with its inline masks) and the rest structure.
    private static func prose(_ line: SourceLine, _ range: Range<Int>) -> LineLayout {
      var layout = LineLayout(all: .breaker, count: line.scalars.count)
      guard !range.isEmpty else {
        layout.isStructural = true
        return layout
      }
      layout.set(range, .prose)
      InlineMasks.apply(line.scalars, to: &layout)
      return layout
    }

    /// Whether the line ends with an odd number of backslashes (an escaped line break).
    private static func endsWithBackslash(_ s: SourceScalars) -> Bool {
      var n = 0
      var i = s.count - 1
      while i >= 0, s[i].value == "\\" {
        n += 1
        i -= 1
      }
      return n % 2 == 1
    }

    /// The indentation of a `key: |` (or `|-`, `>`, `>+`, `|2`) line's key, if it opens a
    /// YAML block scalar.
    static func blockScalarIndent(_ s: SourceScalars) -> Int? {
      var e = s.count
      while e > 0, s[e - 1].letter == .space { e -= 1 }
      var i = e
      while i > 0, s[i - 1].value == "-" || s[i - 1].value == "+" || s[i - 1].letter == .digit { i -= 1 }
      guard i > 0, e - i <= 2, s[i - 1].value == "|" || s[i - 1].value == ">" else { return nil }
      i -= 1
      guard i > 1, s[i - 1].letter == .space else { return nil }
      while i > 0, s[i - 1].letter == .space { i -= 1 }
      guard i > 0, s[i - 1].value == ":" else { return nil }
      let k = s.firstIndex { $0.letter != .space } ?? 0
      guard k < i - 1 else { return nil }
      return k
    }

    /// The key of a line that is an identifier and `=` with nothing after it (`options =`),
    /// starting at `k`.
    static func equalsAlone(_ s: SourceScalars, from k: Int) -> Range<Int>? {
      var e = s.count
      while e > k, s[e - 1].letter == .space { e -= 1 }
      guard e - k >= 2, s[e - 1].value == "=" else { return nil }
      var d = e - 1
      while d > k, s[d - 1].letter == .space { d -= 1 }
      guard d > k, s[k].letter == .latin,
        s[k..<d].allSatisfy({ $0.letter == .latin || $0.letter == .digit || $0.value == "-" || $0.value == "_" })
      else { return nil }
      return k..<d
    }

    /// Whether an indented line of a Fluent message opens one of its other parts rather
    /// than going on with its value: an attribute (`.title =`), a variant (`[one]`,
    /// `*[other]`) or a closing brace (a comment starts at the line's start, never indented).
    static func opensFluentPart(_ c: Unicode.Scalar) -> Bool {
      c == "." || c == "[" || c == "*" || c == "}"
    }

    /// The key of a line that is a key alone and a colon (`GITHUB_ISSUES:`, `"title":`):
    /// letters, digits, `_ - .`, optionally quoted, starting at `k`; the range of its text
    /// inside any quotes.
    static func keyAlone(_ s: SourceScalars, from k: Int) -> Range<Int>? {
      var e = s.count
      while e > k, s[e - 1].letter == .space { e -= 1 }
      // A declaration whose value follows on the next line: `String get title =>`.
      if e - k >= 4, s[e - 1].value == ">" || s[e - 1].value == "=" {
        var d = s[e - 1].value == ">" && s[e - 2].value == "=" ? e - 2 : e - 1
        guard s[d].value == "=" || d == e - 1 else { return nil }
        while d > k, s[d - 1].letter == .space { d -= 1 }
        return CatalogLayout.declaredName(s, from: k, to: d)
      }
      guard e - k >= 2, s[e - 1].value == ":" else { return nil }
      var a = k
      var b = e - 1
      if s[a].value == "\"" || s[a].value == "'" {
        guard b - a >= 2, s[b - 1].value == s[a].value else { return nil }
        a += 1
        b -= 1
      }
      guard a < b, s[a..<b].allSatisfy({
        $0.letter == .latin || $0.letter == .digit || $0.value == "_" || $0.value == "-" || $0.value == "."
      }) else { return nil }
      return a..<b
    }

    /// The text inside a quoted string alone on its line from `k` (`'…',`, `"…"`, a
    /// trailing `,` or `;` allowed): a value written below its key.
    static func quotedValue(_ s: SourceScalars, from k: Int) -> Range<Int>? {
      guard k < s.count, s[k].value == "\"" || s[k].value == "'" || s[k].value == "`" else { return nil }
      let quote = s[k].value
      var e = s.count
      while e > k, s[e - 1].letter == .space { e -= 1 }
      if e > k, s[e - 1].value == "," || s[e - 1].value == ";" { e -= 1 }
      guard e - k >= 2, s[e - 1].value == quote, s[e - 2].value != "\\" else { return nil }
      return (k + 1)..<(e - 1)
    }

    /// The key of a `key: |` line, without quotes or a list dash.
    private static func keyText(_ line: SourceLine) -> String {
      let s = line.scalars
      var k = s.firstIndex { $0.letter != .space } ?? 0
      if k + 1 < s.count, s[k].value == "-", s[k + 1].letter == .space { k += 2 }
      var e = k
      while e < s.count, s[e].value != ":" { e += 1 }
      guard e > k else { return "" }
      return line.text(from: k, through: e - 1).filter { $0 != "\"" && $0 != "'" }
    }
  }
}
