extension CatalogLayout {
  /// Reads a JSON catalogue one line at a time, nested or flat (i18next, Flutter `.arb`,
  /// WebExtension `messages.json`): string values are prose, keys and punctuation are
  /// structure, and so is metadata: everything under a key starting with `@` (`.arb`'s
  /// `@key` descriptions and placeholders, `@@locale`), and, once the catalogue has shown
  /// itself to be WebExtension messages (a `"message"` key in an entry's object), the
  /// entries' `description` and `placeholders`; comments written as keys (`"_comment"`);
  /// and the source text carried beside a
  /// translation (`"original"`, `"english"`: `CatalogLayout.sourceKeys`). Each shown value is
  /// an entry whose source is its key.
  ///
  /// A string followed by `:` is a key (JSON keeps the two on one line in practice); the
  /// reader keeps the open objects and arrays (bounded) and the last key, so values and
  /// brackets may break lines anywhere, and an excerpt without its opening brace still reads.
  struct JSONReader {
    /// One open object or array: whether it is an object, and whether its values are metadata.
    private struct Container {
      var isObject: Bool
      var isMetadata: Bool
    }

    private var stack: [Container] = []
    /// Depth beyond the kept containers (deeper nesting is counted, not kept).
    private var uncounted = 0
    private var key: String? = nil
    /// How deep the objects of WebExtension messages lie, once a `"message"` key showed it.
    private var messagesDepth: Int? = nil
    /// Whether a bracket or a key has been read, and whether a key came first: an excerpt
    /// cut inside the outer object, whose entries lie one level higher.
    private var sawContainerOrKey = false
    private var isExcerpt = false
    private static let maximumDepth = 256

    /// The layout of line `index` and the entries whose values it holds.
    ///
    /// - Complexity: O(n) in the line's scalars.
    mutating func layout(_ line: SourceLine, index: Int) -> (LineLayout, [CatalogEntry]) {
      let s = line.scalars
      var layout = LineLayout(all: .breaker, count: s.count)
      var entries: [CatalogEntry] = []
      var k = 0
      while k < s.count {
        let c = s[k].value
        switch c {
        case "{", "[":
          open(isObject: c == "{")
        case "}", "]":
          if uncounted > 0 { uncounted -= 1 } else if !stack.isEmpty { stack.removeLast() }
          key = nil
        case ",":
          if stack.last?.isObject != false { key = nil }
        case "\"":
          guard let (text, close) = CatalogLayout.quoted(s, at: k) else {
            k = s.count
            continue
          }
          var next = close + 1
          while next < s.count, s[next].letter == .space { next += 1 }
          if next < s.count && s[next].value == ":" {
            key = text
            // The depth of a WebExtension message's object: 2 in a whole file, 1 in an
            // excerpt without its opening brace.
            if !sawContainerOrKey { isExcerpt = true }
            sawContainerOrKey = true
            if text == "message" && messagesDepth == nil && stack.count == (isExcerpt ? 1 : 2) {
              messagesDepth = stack.count
            }
          } else if !isMetadata(key) && uncounted == 0 {
            layout.set((k + 1)..<close, .prose)
            entries.append(CatalogEntry(entryLine: index, source: key ?? "", translation: text, translationLines: [index]))
          }
          k = close
        default:
          break
        }
        k += 1
      }
      if entries.isEmpty {
        layout.isStructural = true
      } else {
        InlineMasks.apply(s, to: &layout)
        MessageFormatMasks.apply(s, to: &layout)
      }
      return (layout, entries)
    }

    private mutating func open(isObject: Bool) {
      sawContainerOrKey = true
      if stack.count >= Self.maximumDepth {
        uncounted += 1
      } else {
        stack.append(Container(isObject: isObject, isMetadata: isMetadata(key)))
      }
      key = nil
    }

    /// Whether `key` marks a comment by the convention of formats without comments
    /// (`"_comment"`, `"__comment_2"`, `"_note"`, `"//"`): a note for the translator.
    static func isCommentKey(_ key: String) -> Bool {
      guard key.hasPrefix("_") || key.hasPrefix("//") else { return false }
      let name = key.drop { $0 == "_" || $0 == "/" }.lowercased()
      return name.isEmpty || name.hasPrefix("comment") || name.hasPrefix("note")
    }

    /// Whether a value under `key`, in the innermost open container, is metadata.
    private func isMetadata(_ key: String?) -> Bool {
      if stack.last?.isMetadata == true { return true }
      guard let key else { return false }
      if key.hasPrefix("@") || Self.isCommentKey(key) { return true }
      if CatalogLayout.isSourceKey(key) { return true }
      return stack.count == messagesDepth && (key == "description" || key == "placeholders")
    }
  }
}
