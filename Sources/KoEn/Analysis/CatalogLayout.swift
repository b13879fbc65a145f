/// One entry of a catalogue: a source text and its translation, with their lines.
struct CatalogEntry: Sendable {
  /// 0-based index of the entry's first line (`msgctxt`/`msgid`, or the table line).
  var entryLine: Int
  /// The decoded source text (msgid, or the table key).
  var source: String
  /// The decoded translation (first msgstr form, or the table value; the key for `true`).
  var translation: String
  /// 0-based indices of the lines holding the translation.
  var translationLines: [Int]
  /// The value was Lua `true` (AceLocale: show the key as is).
  var usesKey = false
}

/// Lays out gettext catalogues and locale tables: only translations are prose.
enum CatalogLayout {
  /// The most lines an entry of an XML or table catalogue spans before it is handed out in
  /// parts (an element left open must not make a reader hold the rest of the file).
  static let maximumEntryLines = 1024

  /// The decoded content of a quoted string starting at `open` (a quote), with the index
  /// of its closing quote, or `nil` if it is not closed on the line.
  static func quoted(_ s: SourceScalars, at open: Int) -> (text: String, close: Int)? {
    let q = s[open].value
    var out = String.UnicodeScalarView()
    var i = open + 1
    while i < s.count {
      let c = s[i].value
      if c == "\\" && i + 1 < s.count {
        switch s[i + 1].value {
        case "n": out.append("\n")
        case "t": out.append("\t")
        default: out.append(s[i + 1].value)
        }
        i += 2
        continue
      }
      if c == q { return (String(out), i) }
      out.append(c)
      i += 1
    }
    return nil
  }

  /// Reads a gettext `.po` catalogue one line at a time: each line's layout, and each entry
  /// once its last line has been read (an entry ends where the next begins, or at the end).
  struct GettextReader {
    private enum Field { case none, context, source, plural, translation }
    private var field = Field.none
    private var current: CatalogEntry? = nil
    /// Which msgstr[n] is being read; only form 0 is the translation text.
    private var translationIndex = -1

    /// The layout of line `index`; an entry it ends goes to `finished` first.
    ///
    /// - Complexity: O(n) in the line's scalars.
    mutating func layout(_ line: SourceLine, index: Int, finished: (CatalogEntry) -> Void) -> LineLayout {
      let s = line.scalars
      var k = 0
      while k < s.count, s[k].letter == .space { k += 1 }
      var structural = LineLayout(all: .breaker, count: s.count)
      structural.isStructural = true
      if k == s.count { return LineLayout(prose: s.count) }
      if s[k].value == "#" { return structural }
      // Keyword.
      var w = k
      while w < s.count, s[w].letter == .latin || s[w].value == "_" || s[w].value == "[" || s[w].value == "]"
        || s[w].letter == .digit
      {
        w += 1
      }
      let keyword = line.text(from: k, through: max(k, w - 1))
      var q = w
      while q < s.count, s[q].letter == .space { q += 1 }
      let startsString = q < s.count && s[q].value == "\""
      if w > k {
        if keyword == "msgctxt" {
          finish(finished)
          current = CatalogEntry(entryLine: index, source: "", translation: "", translationLines: [])
          field = .context
        } else if keyword == "msgid" {
          if current == nil || field != .context { finish(finished) }
          if current == nil {
            current = CatalogEntry(entryLine: index, source: "", translation: "", translationLines: [])
          }
          field = .source
        } else if keyword == "msgid_plural" {
          field = .plural
        } else if keyword.hasPrefix("msgstr") {
          field = .translation
          translationIndex = keyword == "msgstr" || keyword == "msgstr[0]" ? 0 : 1
        } else {
          field = .none
        }
      } else if !startsString {
        return structural
      }
      guard startsString, let (text, close) = quoted(s, at: q) else { return structural }
      switch field {
      case .source:
        current?.source += text
        return structural
      case .translation:
        guard let entry = current, !entry.source.isEmpty else { return structural }
        var layout = LineLayout(all: .breaker, count: s.count)
        layout.set((q + 1)..<close, .prose)
        InlineMasks.apply(s, to: &layout)
        if translationIndex == 0 {
          current?.translation += text
          current?.translationLines.append(index)
        } else if text.contains(where: { !$0.isWhitespace }) {
          current?.translationLines.append(index)
        }
        return layout
      default:
        return structural
      }
    }

    /// Ends the entry being read, handing it to `finished` (the header, whose msgid is
    /// empty, is not an entry).
    mutating func finish(_ finished: (CatalogEntry) -> Void) {
      if let entry = current, !entry.source.isEmpty { finished(entry) }
      current = nil
    }
  }

  /// The layout of line `index` of a locale table, and its entry. One entry per line: Lua
  /// (`L["key"] = "value"`, AceLocale `L["key"] = true`), JSON (`"key": "value",`), Apple
  /// `.strings` (`"key" = "value";`), Java `.properties`, INI and YAML (`key = value`,
  /// `key: value`, `- item`, `key: [a, b]`), tab-separated lists (`key<TAB>value`) and lists
  /// keyed by their source text (`Open File = 파일 열기`, `Open File<TAB>파일 열기`). The
  /// value, or the key when the value is `true`, is prose; comments (`#`, `!`, `;`, `--`,
  /// `//`, `/*`), `[section]` headers, keys, the source text under a key that names it
  /// (`original=Editor`: `sourceKeys`) and other lines are structure.
  ///
  /// - Complexity: O(n) in the line's scalars.
  static func localeTable(_ line: SourceLine, index: Int) -> (LineLayout, CatalogEntry?) {
    let s = line.scalars
    var structural = LineLayout(all: .breaker, count: s.count)
    structural.isStructural = true
    if line.isBlank { return (LineLayout(prose: s.count), nil) }
    var k = 0
    while k < s.count, s[k].letter == .space { k += 1 }
    let c0 = s[k].value
    let c1: Unicode.Scalar = k + 1 < s.count ? s[k + 1].value : "\0"
    if c0 == "#" || c0 == "!" || c0 == ";" || (c0 == "-" && c1 == "-") || (c0 == "/" && (c1 == "/" || c1 == "*"))
      || c0 == "*"
    {
      return (structural, nil)
    }
    // A YAML list item: its value, or the entry it holds.
    var listItem = false
    if c0 == "-" && (c1 == " " || c1 == "\t") {
      listItem = true
      k += 1
      while k < s.count, s[k].letter == .space { k += 1 }
      guard k < s.count else { return (structural, nil) }
    }
    if !listItem, c0 == "[", let keyed = bracketKeyedEntry(line, from: k, index: index) { return keyed }
    // NSIS: `LangString name ${LANG_KOREAN} "value" ; comment`, whatever the comment holds.
    if c0 == "L", c1 == "a", let entry = spacedEntry(line, from: k, index: index) { return entry }
    guard let sep = entrySeparator(s, from: k) else {
      if listItem { return listValue(line, from: k, index: index) }
      return spacedEntry(line, from: k, index: index) ?? (structural, nil)
    }
    guard let key = entryKey(line, from: k, separator: sep),
      let value = entryValue(line, key: key.text, keyRange: key.range, after: sep, index: index)
    else {
      return (structural, nil)
    }
    var layout = value.layout
    InlineMasks.apply(s, to: &layout)
    return (layout, value.entry)
  }

  /// The layout and entry of a `[key] value` line whose bracket opens at `k`: a key of
  /// letters, digits, `-`, `_` and `.` in brackets (two or more, a letter among them), a
  /// space, and the text; `nil` for any other line.
  private static func bracketKeyedEntry(_ line: SourceLine, from k: Int, index: Int) -> (LineLayout, CatalogEntry?)? {
    let s = line.scalars
    var close = k + 1
    while close < s.count, s[close].letter == .latin || s[close].letter == .digit || ["-", "_", "."].contains(s[close].value) {
      close += 1
    }
    // A key of two characters or more with a letter: `[x] Done` and `[2] Smith, J.` are a
    // checklist and a reference list.
    guard close > k + 2, (k + 1..<close).contains(where: { s[$0].letter == .latin }), close + 1 < s.count,
      s[close].value == "]", s[close + 1].letter == .space
    else { return nil }
    var j = close + 1
    while j < s.count, s[j].letter == .space { j += 1 }
    var e = s.count
    while e > j, s[e - 1].letter == .space { e -= 1 }
    guard e > j else { return nil }
    var layout = LineLayout(all: .breaker, count: s.count)
    layout.set(j..<e, .prose)
    InlineMasks.apply(s, to: &layout)
    let entry = CatalogEntry(
      entryLine: index, source: line.text(from: k + 1, through: close - 1), translation: line.text(from: j, through: e - 1),
      translationLines: [index])
    return (layout, entry)
  }

  /// The text between the brackets of a line that is wholly one bracketed text (`[Add
  /// proposal]`, an INI `[section]`), or `nil`.
  static func bracketedKey(_ line: SourceLine) -> String? {
    let s = line.scalars
    guard let k = s.firstIndex(where: { $0.letter != .space }), s[k].value == "[" else { return nil }
    var e = s.count
    while e > k, s[e - 1].letter == .space { e -= 1 }
    guard e - k > 2, s[e - 1].value == "]", !s[(k + 1)..<(e - 1)].contains(where: { $0.value == "[" }),
      s[(k + 1)..<(e - 1)].contains(where: { $0.letter != .space })
    else { return nil }
    return line.text(from: k + 1, through: e - 2)
  }

  /// Whether the line from `k` is shaped as an entry, a key and a separator (even one whose
  /// value is no shown text, such as `original=Editor`).
  static func hasEntrySeparator(_ s: SourceScalars, from k: Int) -> Bool { entrySeparator(s, from: k) != nil }

  /// The separator of a locale-table entry whose key starts at `k`: the first '=', ':' or
  /// tab outside quotes, a '|' after a key of letters, digits, '-', '_' and '.' (`e01-010|열기`),
  /// or the '=' or ':' after a tab (`key<TAB>= value`, where the tab only spaces the key
  /// from its separator).
  private static func entrySeparator(_ s: SourceScalars, from k: Int) -> Int? {
    var separator: Int? = nil
    var quote: Unicode.Scalar? = nil
    var identifierKey = true
    var p = k
    while p < s.count {
      let c = s[p].value
      if let q = quote {
        // Inside quotes: an escape takes the scalar after it (if the line has one).
        if c == "\\" {
          p += 2
          continue
        }
        if c == q { quote = nil }
        p += 1
        continue
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "=" || c == ":" || c == "\t" {
        separator = p
        break
      } else if c == "|" && p > k && identifierKey {
        // `e01-010|새로 만들기`: a message id and its text.
        separator = p
        break
      }
      if !(s[p].letter == .latin || s[p].letter == .digit || c == "-" || c == "_" || c == ".") { identifierKey = false }
      p += 1
    }
    if let tab = separator, s[tab].value == "\t" {
      var q = tab
      while q < s.count, s[q].letter == .space { q += 1 }
      if q < s.count, s[q].value == "=" || s[q].value == ":" { separator = q }
    }
    return separator
  }

  /// The key of a locale-table entry between `k` and the separator `sep`: a quoted string
  /// on the left (its text and where it lies), the name a declaration in code gives (and
  /// where it lies: only a quoted value follows it), or a bare key without spaces (`range`
  /// nil).
  /// A bare key with spaces is kept only as the source text of a `source = translation` or
  /// `source<TAB>translation` list; otherwise the line is code, not an entry, and the key
  /// is `nil`.
  private static func entryKey(
    _ line: SourceLine, from k: Int, separator sep: Int
  ) -> (text: String, range: Range<Int>?)? {
    let s = line.scalars
    if let open = s[k..<sep].firstIndex(where: { $0.value == "\"" || $0.value == "'" }),
      let (text, close) = quoted(s, at: open), close < sep
    {
      return (text, (open + 1)..<close)
    }
    var e = sep
    while e > k, s[e - 1].letter == .space { e -= 1 }
    guard e > k else { return nil }
    if s[sep].value == "=", let name = declaredName(s, from: k, to: e) {
      // Its range given: only a quoted value is a value (`= format(count)` is code).
      return (line.text(from: name.lowerBound, through: name.upperBound - 1), name)
    }
    let key = line.text(from: k, through: e - 1)
    let nextIsEqual = sep + 1 < s.count && s[sep + 1].value == "="
    guard !(k..<e).contains(where: { s[$0].letter == .space })
      || ((s[sep].value == "=" && !nextIsEqual || s[sep].value == "\t") && isSourceTextKey(key.unicodeScalars))
    else {
      return nil
    }
    return (key, nil)
  }

  /// The name a declaration in code gives its value, between `k` and `e` (before `=` or
  /// `=>`): `String get cameraLabel`, `final String title`, `static let quit`, `String title`
  /// — words of an identifier's letters opened by a declaring keyword, a getter, or the
  /// string type; the name is the last.
  static func declaredName(_ s: SourceScalars, from k: Int, to e: Int) -> Range<Int>? {
    var words: [Range<Int>] = []
    var p = k
    while p < e {
      while p < e, s[p].letter == .space { p += 1 }
      let a = p
      while p < e, s[p].letter == .latin || s[p].letter == .digit || "_<>?.".unicodeScalars.contains(s[p].value) { p += 1 }
      guard p > a, p == e || s[p].letter == .space else { return nil }
      words.append(a..<p)
    }
    guard words.count >= 2, let last = words.last else { return nil }
    let word = { (k: Int) in String(String.UnicodeScalarView(s[words[k]].map(\.value))) }
    let head = word(0)
    // `final String title`, `String get title`, `String title`: never `Quit the program`.
    guard declaringWords.contains(head) || ["get", "set"].contains(word(1)) || (words.count == 2 && stringTypes.contains(head))
    else { return nil }
    return last
  }

  /// Names of the string type in those languages.
  static let stringTypes: Set<String> = ["String", "string", "str", "CharSequence"]

  /// Keywords that open a declaration of a value in the languages catalogues are written in.
  static let declaringWords: Set<String> = [
    "get", "final", "const", "static", "let", "var", "val", "late", "override", "public", "private", "internal", "def",
  ]

  /// The layout and entry of the value after the separator `sep` (`=`, `=>`, `:`, a tab or
  /// `|`): a quoted string, `true` after a quoted key (AceLocale: the key is the text), or
  /// after a bare key the rest of the line; `nil` when there is no value, or only YAML
  /// structure.
  private static func entryValue(
    _ line: SourceLine, key: String, keyRange: Range<Int>?, after sep: Int, index: Int
  ) -> (layout: LineLayout, entry: CatalogEntry)? {
    let s = line.scalars
    guard !isSourceKey(key) else { return nil }
    var j = sep + 1
    // PHP's and Ruby's `'key' => 'value'`: the arrow is one separator.
    if s[sep].value == "=", j < s.count, s[j].value == ">" { j += 1 }
    while j < s.count, s[j].letter == .space { j += 1 }
    var layout = LineLayout(all: .breaker, count: s.count)
    if j < s.count, s[j].value == "\"" || s[j].value == "'", let (value, close) = quoted(s, at: j) {
      layout.set((j + 1)..<close, .prose)
      return (layout, CatalogEntry(entryLine: index, source: key, translation: value, translationLines: [index]))
    }
    if let range = keyRange, range.lowerBound > 0, s[range.lowerBound - 1].value == "\"" || s[range.lowerBound - 1].value == "'",
      j + 3 < s.count, line.text(from: j, through: j + 3) == "true"
    {
      layout.set(range, .prose)
      return (
        layout, CatalogEntry(entryLine: index, source: key, translation: key, translationLines: [index], usesKey: true)
      )
    }
    guard keyRange == nil, j < s.count, let value = bareValue(s, from: j, yaml: s[sep].value == ":") else { return nil }
    layout.set(value, .prose)
    let text = line.text(from: value.lowerBound, through: value.upperBound - 1)
    return (layout, CatalogEntry(entryLine: index, source: key, translation: text, translationLines: [index]))
  }

  /// Where an unquoted value starting at `start` lies: up to the line's end less trailing
  /// spaces, commas and semicolons, and inside the brackets of a YAML flow sequence
  /// (`[일, 월, 화]`: its items are the values). `nil` when it is empty or, after a `:`
  /// (`yaml`), is YAML structure: a block scalar's indicator, an anchor or alias; or a flow
  /// mapping. After `=` or `|`, `&Open` is a menu label with its mnemonic.
  private static func bareValue(_ s: SourceScalars, from start: Int, yaml: Bool) -> Range<Int>? {
    var j = start
    var e = s.count
    while e > j, s[e - 1].letter == .space || s[e - 1].value == "," || s[e - 1].value == ";" { e -= 1 }
    guard e > j else { return nil }
    let flowMapping = s[j].value == "{" && s[e - 1].value == "}" && (j..<e).contains { s[$0].value == ":" }
    guard e > j, !yaml || (s[j].value != "|" && s[j].value != ">" && s[j].value != "&" && s[j].value != "*"), !flowMapping
    else {
      return nil
    }
    if s[j].value == "[" && s[e - 1].value == "]" {
      j += 1
      e -= 1
      guard e > j else { return nil }
    }
    return j..<e
  }

  /// Keys whose value is the text a catalogue translates, carried beside the translation
  /// (`original=Editor` then `translation=편집기`, `"english": "Save"`): the source, never
  /// shown to the catalogue's readers, so structure like a `msgid`.
  static let sourceKeys: Set<String> = [
    "original", "original_text", "originaltext", "source_text", "sourcetext", "english", "en", "en_us", "en-us", "msgid",
  ]

  /// Whether the value under `key` is the source text a catalogue translates.
  static func isSourceKey(_ key: String) -> Bool {
    key.utf8.count <= 13 && sourceKeys.contains(key.lowercased())
  }

  /// Whether `key`, which has spaces, is the source text of a `source = translation` list
  /// rather than code (`local L = …`, `if x ~= y`, `a += 1`): no quotes, brackets, braces
  /// or semicolons, no operator before the `=`, and no declaration keyword first.
  static func isSourceTextKey(_ key: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
    guard let last = key.last, !["~", "!", "<", ">", "+", "-", "*", "/", "|", "&", ":"].contains(last) else { return false }
    if key.contains(where: { ["\"", "[", "]", "{", "}", ";", "`"].contains($0) }) { return false }
    var first = ""
    for c in key {
      if c == " " || c == "\t" { break }
      first.unicodeScalars.append(c)
    }
    return !["local", "var", "let", "const", "export", "set", "my", "our", "def", "if", "for", "while", "return"]
      .contains(first)
  }

  /// The layout and entry of a key and a quoted value set apart by spaces alone, from `k`
  /// (`TextShape.isSpacedEntry`: `MENU_QUIT    "Quit" // note`, `"Menu_Quit"  "Quit"`): the
  /// value is prose; a comment may follow it. `nil` for any other line.
  private static func spacedEntry(_ line: SourceLine, from k: Int, index: Int) -> (LineLayout, CatalogEntry?)? {
    let s = line.scalars
    let bytes = Array(line.text.utf8)
    let indent = line.text.utf8.count - line.text.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 }).count
    guard TextShape.isSpacedEntry(bytes[indent...]) else { return nil }
    var p = k
    let key: String
    if line.text.utf8.dropFirst(indent).starts(with: "LangString ".utf8) {
      // NSIS: the name is the word after the keyword; the language (`${LANG_KOREAN}`) follows.
      p += "LangString ".count
      let a = p
      while p < s.count, s[p].letter != .space { p += 1 }
      key = line.text(from: a, through: p - 1)
      while p < s.count, s[p].value != "\"" && s[p].value != "'" { p += 1 }
    } else if s[p].value == "\"" {
      guard let (text, close) = quoted(s, at: p) else { return nil }
      key = text
      p = close + 1
    } else {
      while p < s.count, s[p].letter == .latin || s[p].letter == .digit || "_.-".unicodeScalars.contains(s[p].value) { p += 1 }
      key = line.text(from: k, through: p - 1)
    }
    while p < s.count, s[p].letter == .space { p += 1 }
    guard p < s.count, let (value, close) = quoted(s, at: p) else { return nil }
    var rest = close + 1
    while rest < s.count, s[rest].letter == .space { rest += 1 }
    // Only a comment may follow the value.
    if rest < s.count {
      let c0 = s[rest].value
      let c1: Unicode.Scalar = rest + 1 < s.count ? s[rest + 1].value : "\0"
      guard (c0 == "/" && c1 == "/") || c0 == "#" || c0 == ";" else { return nil }
    }
    var layout = LineLayout(all: .breaker, count: s.count)
    layout.set((p + 1)..<close, .prose)
    InlineMasks.apply(s, to: &layout)
    return (layout, CatalogEntry(entryLine: index, source: key, translation: value, translationLines: [index]))
  }

  /// The layout of a YAML list item `- value` whose value starts at `k`: the value is
  /// prose, quoted or not.
  private static func listValue(_ line: SourceLine, from k: Int, index: Int) -> (LineLayout, CatalogEntry?) {
    let s = line.scalars
    var layout = LineLayout(all: .breaker, count: s.count)
    var range = k..<s.count
    var text: String? = nil
    if s[k].value == "\"" || s[k].value == "'", let (value, close) = quoted(s, at: k) {
      range = (k + 1)..<close
      text = value
    } else {
      var e = s.count
      while e > k, s[e - 1].letter == .space { e -= 1 }
      range = k..<e
    }
    guard !range.isEmpty, s[k].value != "|", s[k].value != ">", s[k].value != "{", s[k].value != "[" else {
      layout.isStructural = true
      return (layout, nil)
    }
    layout.set(range, .prose)
    InlineMasks.apply(s, to: &layout)
    let value = text ?? line.text(from: range.lowerBound, through: range.upperBound - 1)
    return (layout, CatalogEntry(entryLine: index, source: "", translation: value, translationLines: [index]))
  }
}
