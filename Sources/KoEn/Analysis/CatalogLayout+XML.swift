extension CatalogLayout {
  /// Reads an XML catalogue one line at a time (Android `strings.xml`, Qt Linguist `.ts`,
  /// XLIFF 1.2 and 2, .NET `.resx`): the text of the elements an application shows is prose,
  /// everything else (tags, attributes, comments, `<source>`, `<name>`, `<location>`,
  /// `<note>`, `<comment>`, resource headers) is structure. Each translation unit becomes an
  /// entry once it closes, its source being the `<source>` text or, without one, the
  /// resource's `name`.
  ///
  /// It keeps the names of the open elements, the tag being read, and the unit being read,
  /// so a tag, comment or CDATA section may span lines.
  struct XMLReader {
    /// Where the reader stands between scalars.
    private enum Place { case text, tag, comment, cdata, declaration }
    /// What the text of an element is.
    private enum TextUse { case structure, shown, source, placeholder }

    private var place = Place.text
    /// The open elements, innermost last, each with what its text is.
    private var open: [(name: String, use: TextUse)] = []
    /// The tag being read: its name so far, whether it closes, its attributes' text.
    private var tagName = ""
    private var tagNameDone = false
    private var tagCloses = false
    private var tagAttributes = ""
    private var tagQuote: Unicode.Scalar? = nil
    private var previousInTag: Unicode.Scalar = " "
    /// The unit being read: its entry, the depth of its element, whether it shows text.
    private var entry: CatalogEntry? = nil
    private var unitDepth = 0
    private var unitKey = ""
    private var hasSource = false
    private var hasShown = false
    /// Entries that closed on the line being read, handed out after it.
    private var closed: [CatalogEntry] = []

    /// Elements whose text an application shows (`value` only inside a resx `data`).
    private static let shown: Set<String> = ["string", "item", "translation", "target", "value", "numerusform"]
    /// Elements that make one entry.
    private static let units: Set<String> = ["string", "item", "message", "trans-unit", "unit", "data"]
    /// Inline elements of shown text whose content is a placeholder or native code.
    private static let placeholders: Set<String> = ["xliff:g", "ph", "bpt", "ept", "it", "x", "sub"]
    /// Elements holding translations proposed, not shown (XLIFF's matches from memory).
    private static let proposals: Set<String> = ["alt-trans", "mtc:matches"]
    /// Deeper elements than this are not kept (their text is structure).
    private static let maximumDepth = 64

    /// The layout of line `index`; entries that close on it go to `finished` after it is
    /// laid out.
    ///
    /// - Complexity: O(n) in the line's scalars.
    mutating func layout(_ line: SourceLine, index: Int, finished: (CatalogEntry) -> Void) -> LineLayout {
      let s = line.scalars
      var layout = LineLayout(all: .breaker, count: s.count)
      var hasProse = false
      var k = 0
      while k < s.count {
        k = read(s, at: k, index: index, layout: &layout, hasProse: &hasProse)
      }
      if entry != nil, textUse == .shown || textUse == .source { appendText("\n", index: index) }
      // An element left open (or a text of thousands of lines) is handed out in parts, so
      // that what is held stays bounded.
      if let long = entry, long.translationLines.count >= CatalogLayout.maximumEntryLines {
        closed.append(trimmed(long))
        entry = CatalogEntry(entryLine: index + 1, source: long.source, translation: "", translationLines: [])
      }
      if hasProse {
        InlineMasks.apply(s, to: &layout)
      } else {
        layout.isStructural = true
      }
      for entry in closed { finished(entry) }
      closed.removeAll(keepingCapacity: true)
      return layout
    }

    /// Reads the scalar at `k` of line `index` in the current place (text, tag, comment,
    /// CDATA or declaration), moving to the next place where one ends or begins; returns
    /// where to read next. `hasProse` becomes true when shown text is laid out as prose.
    private mutating func read(
      _ s: SourceScalars, at k: Int, index: Int, layout: inout LineLayout, hasProse: inout Bool
    ) -> Int {
      let c = s[k].value
      switch place {
      case .comment:
        if c == ">" && k >= 2 && s[k - 1].value == "-" && s[k - 2].value == "-" { place = .text }
        return k + 1
      case .declaration:
        if c == ">" { place = .text }
        return k + 1
      case .tag:
        readTag(c, index: index)
        return k + 1
      case .cdata:
        if c == "]" && Self.matches(s, k, "]]>") {
          place = .text
          return k + 3
        }
      case .text:
        if c == "<" { return openMarkup(s, at: k) }
        if c == "&", let (decoded, end) = Self.entity(s, at: k) {
          return readEntity(s, at: k, decoded: decoded, end: end, index: index, layout: &layout)
        }
      }
      // Otherwise the scalar is text, between tags or in CDATA.
      if addText(c, at: k, of: s, index: index, to: &layout) { hasProse = true }
      return k + 1
    }

    /// Enters the comment, CDATA section, declaration or tag that the '<' at `k` opens;
    /// returns where its content starts.
    private mutating func openMarkup(_ s: SourceScalars, at k: Int) -> Int {
      if Self.matches(s, k, "<!--") {
        place = .comment
        return k + 4
      }
      if Self.matches(s, k, "<![CDATA[") {
        place = .cdata
        return k + 9
      }
      if k + 1 < s.count, s[k + 1].value == "?" || s[k + 1].value == "!" {
        place = .declaration
        return k + 2
      }
      place = .tag
      tagName = ""
      tagNameDone = false
      tagAttributes = ""
      tagQuote = nil
      previousInTag = "<"
      tagCloses = k + 1 < s.count && s[k + 1].value == "/"
      return k + (tagCloses ? 2 : 1)
    }

    /// Reads the entity at `k` (ending at `end`, standing for `decoded`) in text; returns
    /// where to read next. An escaped tag (`&lt;b&gt;`) is markup; other entities are one
    /// character. Either way shown or source text gets the decoded characters, and in
    /// shown text the escape is masked.
    private mutating func readEntity(
      _ s: SourceScalars, at k: Int, decoded: Unicode.Scalar, end: Int, index: Int, layout: inout LineLayout
    ) -> Int {
      let use = textUse
      var stop = end
      if decoded == "<", let tagEnd = Self.escapedTagEnd(s, from: end + 1) { stop = tagEnd }
      if use == .shown || use == .source {
        var j = k
        while j <= stop {
          if s[j].value == "&", let (c, e) = Self.entity(s, at: j) {
            appendText(c, index: index)
            j = e + 1
          } else {
            appendText(s[j].value, index: index)
            j += 1
          }
        }
      }
      if use == .shown { layout.set(k..<(stop + 1), .masked) }
      return stop + 1
    }

    /// Ends the catalogue: a unit left open is still an entry.
    mutating func finish(_ finished: (CatalogEntry) -> Void) {
      if let entry, hasShown { finished(trimmed(entry)) }
      entry = nil
    }

    // MARK: - Text

    /// What the text at this point is: that of the innermost element that decides it.
    private var textUse: TextUse {
      guard let last = open.last else { return .structure }
      return last.use
    }

    /// Lays out one scalar of element text; returns whether it is prose.
    private mutating func addText(
      _ c: Unicode.Scalar, at k: Int, of s: SourceScalars, index: Int, to layout: inout LineLayout
    ) -> Bool {
      let use = textUse
      if use == .shown || use == .source { appendText(c, index: index) }
      switch use {
      case .shown:
        layout.uses[k] = .prose
        return s[k].letter != .space
      case .placeholder:
        layout.uses[k] = .masked
        return false
      case .structure, .source:
        return false
      }
    }

    /// Adds decoded text to the unit's source or translation.
    private mutating func appendText(_ c: Unicode.Scalar?, index: Int) {
      guard let c, entry != nil else { return }
      if textUse == .source {
        entry?.source.unicodeScalars.append(c)
      } else {
        entry?.translation.unicodeScalars.append(c)
        if c != "\n", c != " ", c != "\t", entry?.translationLines.last != index { entry?.translationLines.append(index) }
      }
    }

    // MARK: - Tags

    /// Reads one scalar of a tag; at its `>`, opens or closes the element.
    private mutating func readTag(_ c: Unicode.Scalar, index: Int) {
      if let q = tagQuote {
        if c == q { tagQuote = nil }
        tagAttributes.unicodeScalars.append(c)
        return
      }
      if c == ">" {
        place = .text
        if tagCloses {
          close(tagName, index: index)
        } else {
          openElement(index: index, selfClosing: previousInTag == "/")
        }
        return
      }
      defer { previousInTag = c }
      if !tagNameDone {
        if c == " " || c == "\t" || c == "/" || c == "\r" {
          tagNameDone = !tagName.isEmpty
        } else {
          tagName.unicodeScalars.append(c)
        }
        return
      }
      if c == "\"" || c == "'" { tagQuote = c }
      if tagAttributes.unicodeScalars.count < 4096 { tagAttributes.unicodeScalars.append(c) }
    }

    private mutating func openElement(index: Int, selfClosing: Bool) {
      let name = tagName.lowercased()
      let parent = open.last
      var use: TextUse = .structure
      if let parent, parent.use == .shown {
        use = Self.placeholders.contains(name) ? .placeholder : .shown
      } else if parent?.use == .placeholder {
        use = .placeholder
      } else if parent?.use == .source {
        use = Self.placeholders.contains(name) ? .placeholder : .source
      } else if open.contains(where: { Self.proposals.contains($0.name) }) {
        use = .structure
      } else if name == "source" && entry != nil {
        use = .source
        hasSource = true
      } else if Self.shown.contains(name) {
        let inResource = name != "value" || parent?.name == "data"
        let hidden = Self.attribute("translatable", in: tagAttributes) == "false"
          || ["obsolete", "vanished"].contains(Self.attribute("type", in: tagAttributes) ?? "")
        if inResource && !hidden { use = .shown }
      }
      if Self.units.contains(name) && use != .placeholder && (entry == nil || name == "item") {
        if let entry, hasShown { closed.append(trimmed(entry)) }
        entry = CatalogEntry(entryLine: index, source: "", translation: "", translationLines: [])
        unitDepth = open.count
        unitKey = Self.attribute("name", in: tagAttributes) ?? Self.attribute("id", in: tagAttributes) ?? ""
        hasSource = false
        hasShown = false
      }
      if use == .shown && entry != nil && !hasShown {
        hasShown = true
        entry?.translationLines.append(index)
      }
      if selfClosing {
        if entry != nil, open.count == unitDepth, Self.units.contains(name) { endUnit() }
        return
      }
      if open.count < Self.maximumDepth { open.append((name, use)) }
    }

    private mutating func close(_ rawName: String, index: Int) {
      let name = rawName.lowercased()
      // Closes the innermost element of that name (tolerating ill-nested markup).
      guard let at = open.lastIndex(where: { $0.name == name }) else { return }
      open.removeSubrange(at...)
      if entry != nil, open.count <= unitDepth, Self.units.contains(name) { endUnit() }
    }

    private mutating func endUnit() {
      if let entry, hasShown { closed.append(trimmed(entry)) }
      entry = nil
    }

    /// The entry with its texts trimmed, and its source the resource name when it has none.
    private func trimmed(_ entry: CatalogEntry) -> CatalogEntry {
      var e = entry
      e.source = hasSource ? Self.trim(e.source) : unitKey
      e.translation = Self.trim(e.translation)
      if e.translationLines.count > 1, e.translationLines[0] == e.translationLines[1] { e.translationLines.removeFirst() }
      return e
    }

    // MARK: - Helpers

    private static func trim(_ text: String) -> String {
      let scalars = text.unicodeScalars
      let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
      guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
      else { return "" }
      return String(scalars[first...last])
    }

    /// The value of attribute `name` in a tag's attribute text.
    static func attribute(_ name: String, in attributes: String) -> String? {
      let scalars = Array(attributes.unicodeScalars)
      let key = Array(name.unicodeScalars)
      var i = 0
      while i + key.count < scalars.count {
        let before = i == 0 ? " " : scalars[i - 1]
        if before == " " || before == "\t" || before == "\"" || before == "'",
          Array(scalars[i..<(i + key.count)]) == key
        {
          var j = i + key.count
          while j < scalars.count, scalars[j] == " " { j += 1 }
          if j < scalars.count, scalars[j] == "=" {
            j += 1
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j < scalars.count, scalars[j] == "\"" || scalars[j] == "'" else { return nil }
            let q = scalars[j]
            guard let end = scalars[(j + 1)...].firstIndex(of: q) else { return nil }
            return String(String.UnicodeScalarView(scalars[(j + 1)..<end]))
          }
        }
        i += 1
      }
      return nil
    }

    /// Whether `s` has the ASCII `text` at `k`.
    static func matches(_ s: SourceScalars, _ k: Int, _ text: String) -> Bool {
      var i = k
      for c in text.unicodeScalars {
        guard i < s.count, s[i].value == c else { return false }
        i += 1
      }
      return true
    }

    /// The character an entity at `k` (`&lt;`, `&amp;`, `&#39;`, `&#x2026;`) stands for, and
    /// the index of its `;`.
    static func entity(_ s: SourceScalars, at k: Int) -> (Unicode.Scalar, Int)? {
      var name = ""
      var i = k + 1
      while i < s.count, i - k <= 10, s[i].value != ";" {
        name.unicodeScalars.append(s[i].value)
        i += 1
      }
      guard i < s.count, s[i].value == ";" else { return nil }
      switch name {
      case "lt": return ("<", i)
      case "gt": return (">", i)
      case "amp": return ("&", i)
      case "quot": return ("\"", i)
      case "apos": return ("'", i)
      default:
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, i)
      }
    }

    /// The index of the `;` of the `&gt;` that ends an escaped tag whose name starts at
    /// `k` (`&lt;b&gt;`, `&lt;/a&gt;`, `&lt;br/&gt;`), if the tag ends on the line.
    static func escapedTagEnd(_ s: SourceScalars, from k: Int) -> Int? {
      guard k < s.count, s[k].letter == .latin || s[k].value == "/" || s[k].value == "!" else { return nil }
      var i = k
      while i < s.count, i - k < 2048 {
        if s[i].value == "&", matches(s, i, "&gt;") { return i + 3 }
        if s[i].value == "&", matches(s, i, "&lt;") { return nil }
        i += 1
      }
      return nil
    }
  }
}
