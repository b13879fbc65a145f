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
  /// The decoded content of a quoted string starting at `open` (a quote), with the index
  /// of its closing quote, or `nil` if it is not closed on the line.
  static func quoted(_ s: [SourceScalar], at open: Int) -> (text: String, close: Int)? {
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

  /// Layouts and entries of a gettext `.po` catalogue.
  ///
  /// - Complexity: O(n) in the number of scalars.
  static func gettext(_ lines: [SourceLine]) -> ([LineLayout], [CatalogEntry]) {
    enum Field { case none, context, source, plural, translation }
    var layouts: [LineLayout] = []
    var entries: [CatalogEntry] = []
    var field = Field.none
    var current: CatalogEntry? = nil
    var translationIndex = -1  // which msgstr[n] is being read; only form 0 is the translation text
    func flush() {
      if let entry = current, !entry.source.isEmpty { entries.append(entry) }  // the header has an empty msgid
      current = nil
    }
    for (index, line) in lines.enumerated() {
      let s = line.scalars
      var k = 0
      while k < s.count, s[k].letter == .space { k += 1 }
      var structural = LineLayout(all: .breaker, count: s.count)
      structural.isStructural = true
      if k == s.count {
        layouts.append(LineLayout(prose: s.count))
        continue
      }
      if s[k].value == "#" {
        layouts.append(structural)
        continue
      }
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
          flush()
          current = CatalogEntry(entryLine: index, source: "", translation: "", translationLines: [])
          field = .context
        } else if keyword == "msgid" {
          if current == nil || field != .context { flush() }
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
        layouts.append(structural)
        continue
      }
      guard startsString, let (text, close) = quoted(s, at: q) else {
        layouts.append(structural)
        continue
      }
      switch field {
      case .source:
        current?.source += text
        layouts.append(structural)
      case .translation:
        if let entry = current, !entry.source.isEmpty {
          var layout = LineLayout(all: .breaker, count: s.count)
          layout.set((q + 1)..<close, .prose)
          InlineMasks.apply(s, to: &layout)
          layouts.append(layout)
          if translationIndex == 0 {
            current?.translation += text
            current?.translationLines.append(index)
          } else if text.contains(where: { !$0.isWhitespace }) {
            current?.translationLines.append(index)
          }
        } else {
          layouts.append(structural)
        }
      default:
        layouts.append(structural)
      }
    }
    flush()
    return (layouts, entries)
  }

  /// Layouts and entries of a locale table, one `key = value` or `key: value` entry per
  /// line: Lua (`L["key"] = "value"`, AceLocale `L["key"] = true`), JSON (`"key": "value",`),
  /// Apple `.strings` (`"key" = "value";`), Java `.properties` and flat YAML (`key = value`,
  /// `key: value`). The value, or the key when the value is `true`, is prose; comments and
  /// other lines are structure.
  ///
  /// - Complexity: O(n) in the number of scalars.
  static func localeTable(_ lines: [SourceLine]) -> ([LineLayout], [CatalogEntry]) {
    var layouts: [LineLayout] = []
    var entries: [CatalogEntry] = []
    for (index, line) in lines.enumerated() {
      let s = line.scalars
      var structural = LineLayout(all: .breaker, count: s.count)
      structural.isStructural = true
      if line.isBlank {
        layouts.append(LineLayout(prose: s.count))
        continue
      }
      var k = 0
      while k < s.count, s[k].letter == .space { k += 1 }
      let c0 = s[k].value
      let c1: Unicode.Scalar = k + 1 < s.count ? s[k + 1].value : "\0"
      if c0 == "#" || c0 == "!" || (c0 == "-" && c1 == "-") || (c0 == "/" && (c1 == "/" || c1 == "*")) || c0 == "*" {
        layouts.append(structural)
        continue
      }
      // The separator: the first '=' or ':' outside quotes.
      var separator: Int? = nil
      var quote: Unicode.Scalar? = nil
      var p = k
      while p < s.count {
        let c = s[p].value
        if let q = quote {
          if c == "\\" { p += 1 } else if c == q { quote = nil }
        } else if c == "\"" || c == "'" {
          quote = c
        } else if c == "=" || c == ":" {
          separator = p
          break
        }
        p += 1
      }
      guard let sep = separator else {
        layouts.append(structural)
        continue
      }
      // The key: a quoted string on the left, or a bare key without spaces.
      var key = ""
      var keyRange: Range<Int>? = nil
      if let open = s[k..<sep].firstIndex(where: { $0.value == "\"" || $0.value == "'" }),
        let (text, close) = quoted(s, at: open), close < sep
      {
        key = text
        keyRange = (open + 1)..<close
      } else {
        var e = sep
        while e > k, s[e - 1].letter == .space { e -= 1 }
        guard e > k, !(k..<e).contains(where: { s[$0].letter == .space }) else {
          layouts.append(structural)
          continue
        }
        key = line.text(from: k, through: e - 1)
      }
      var j = sep + 1
      while j < s.count, s[j].letter == .space { j += 1 }
      var layout = LineLayout(all: .breaker, count: s.count)
      if j < s.count, s[j].value == "\"" || s[j].value == "'", let (value, close) = quoted(s, at: j) {
        layout.set((j + 1)..<close, .prose)
        entries.append(CatalogEntry(entryLine: index, source: key, translation: value, translationLines: [index]))
      } else if let range = keyRange, j + 3 < s.count, line.text(from: j, through: j + 3) == "true" {
        layout.set(range, .prose)
        entries.append(
          CatalogEntry(entryLine: index, source: key, translation: key, translationLines: [index], usesKey: true))
      } else if keyRange == nil, j < s.count {
        var e = s.count
        while e > j, s[e - 1].letter == .space || s[e - 1].value == "," || s[e - 1].value == ";" { e -= 1 }
        guard e > j, s[j].value != "{", s[j].value != "[", s[j].value != "|", s[j].value != ">" else {
          layouts.append(structural)
          continue
        }
        layout.set(j..<e, .prose)
        entries.append(
          CatalogEntry(entryLine: index, source: key, translation: line.text(from: j, through: e - 1), translationLines: [index]))
      } else {
        layouts.append(structural)
        continue
      }
      InlineMasks.apply(s, to: &layout)
      layouts.append(layout)
    }
    return (layouts, entries)
  }
}
