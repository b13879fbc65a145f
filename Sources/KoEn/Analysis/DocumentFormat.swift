/// The format of an analysed document, which decides what is prose and what is not.
///
/// Thread-safety: a value type; `Sendable`.
public enum DocumentFormat: String, Hashable, Sendable, Codable, CaseIterable {
  /// Plain text: every line is prose (URLs, e-mail addresses and placeholders excepted).
  case plainText = "text"
  /// Markdown: fenced code blocks, inline code, link targets and HTML tags are not prose;
  /// code comments are prose only when the document localized some of them.
  case markdown
  /// A gettext catalogue (`.po`/`.pot`): each `msgstr` is checked against its `msgid`.
  case gettext = "po"
  /// A locale table with one entry per line: Lua (`L["key"] = "value"`, or `= true` to
  /// show the key), Apple `.strings`, Java `.properties`, INI and `.lang` files
  /// (`[section]`, `key=value`), tab-separated `key<TAB>value` lists and YAML, nested or
  /// not (block scalars `|`/`>` and list items included): only values are shown text.
  case localeTable = "locale-table"
  /// An XML catalogue: Android `strings.xml`, Qt Linguist `.ts`, XLIFF, .NET `.resx`. The
  /// text of `<string>`/`<item>`, `<translation>`, `<target>` and `<value>` is shown text;
  /// a Qt or XLIFF translation is checked against its `<source>`.
  case xmlCatalogue = "xml-catalogue"
  /// A JSON catalogue, nested or flat: i18next, Flutter `.arb` (whose `@key` metadata is
  /// not shown text), WebExtension `messages.json` (only `"message"` values are shown).
  case jsonCatalogue = "json-catalogue"

  /// Whether the format is a catalogue of entries (keys or sources with translations),
  /// whose findings are reported per entry.
  public var isCatalogue: Bool {
    switch self {
    case .gettext, .localeTable, .xmlCatalogue, .jsonCatalogue: true
    case .plainText, .markdown: false
    }
  }

  /// Guesses the format from a file name and, failing that, from the text's shape.
  ///
  /// By name: `.md`/`.markdown` is Markdown; `.po`/`.pot` gettext; `.xlf`, `.xliff`,
  /// `.resx`, `.resw`, and `.xml` or `.ts` whose text is an XML catalogue, an XML catalogue;
  /// `.json`/`.arb` a JSON catalogue; `.lua`, `.strings`, `.properties`, `.yml`/`.yaml`,
  /// `.ini`, `.lang`, `.tsv` a locale table. Any other name is sniffed: `msgid "` lines make
  /// gettext; lines opening catalogue elements (`<string name=`, `<message>`,
  /// `<trans-unit`, `<data name=`) an XML catalogue; `"key":` lines a JSON catalogue;
  /// mostly `key = value`, `key: value`, `key<TAB>value` or `L["key"]` lines a locale table;
  /// code fences or ATX headings Markdown.
  ///
  /// - Parameters:
  ///   - fileName: The file's name or path, if known.
  ///   - text: The text (only its lines' starts are looked at).
  /// - Returns: The guessed format.
  /// - Complexity: O(n) in the length of the text.
  public static func infer(fileName: String? = nil, text: String) -> DocumentFormat {
    let shape = TextShape(text)
    if let name = fileName?.lowercased() {
      if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
      if name.hasSuffix(".po") || name.hasSuffix(".pot") { return .gettext }
      for suffix in [".xlf", ".xliff", ".resx", ".resw"] where name.hasSuffix(suffix) { return .xmlCatalogue }
      if (name.hasSuffix(".xml") || name.hasSuffix(".ts")) && shape.isXMLCatalogue { return .xmlCatalogue }
      if name.hasSuffix(".json") || name.hasSuffix(".arb") { return .jsonCatalogue }
      for suffix in [".lua", ".strings", ".properties", ".yml", ".yaml", ".ini", ".lang", ".tsv"]
      where name.hasSuffix(suffix) {
        return .localeTable
      }
    }
    if shape.msgids >= 1 { return .gettext }
    if shape.isXMLCatalogue { return .xmlCatalogue }
    if shape.isJSONCatalogue { return .jsonCatalogue }
    if shape.isLocaleTable { return .localeTable }
    if shape.markdownSignals >= 2 { return .markdown }
    return .plainText
  }
}

/// What the starts of a text's lines say about its format.
private struct TextShape {
  var lines = 0
  var msgids = 0
  var markdownSignals = 0
  /// Lines starting with `<`, and those opening an element of a localization catalogue.
  var markupLines = 0
  var catalogueElements = 0
  /// Lines that are `"key": …` or a lone brace, and whether the first non-blank is `{`.
  var jsonLines = 0
  var opensWithBrace = false
  /// Lines shaped as one table entry (`key = value`, `key: value`, `key<TAB>value`,
  /// `L["key"] = …`, `[section]`), and comment and list-item lines, which count for
  /// neither side.
  var tableLines = 0
  var commentLines = 0

  var opensWithMarkup = false

  /// Catalogue elements in a text that opens with markup or is mostly markup lines (a
  /// catalogue's multi-line strings are not).
  var isXMLCatalogue: Bool { catalogueElements >= 2 && (opensWithMarkup || markupLines * 2 >= lines) }
  var isJSONCatalogue: Bool { jsonLines >= 2 && (opensWithBrace || jsonLines * 2 >= lines) }
  var isLocaleTable: Bool {
    let entries = lines - commentLines
    return tableLines >= 2 && tableLines * 5 >= entries * 3
  }

  static let elementOpenings = [
    "<resources", "<string ", "<string-array", "<plurals", "<ts ", "<ts>", "<message>", "<message ", "<source>",
    "<translation", "<xliff", "<trans-unit", "<target", "<unit ", "<segment", "<root>", "<data name=", "<value>",
  ]

  init(_ text: String) {
    var previous: Substring = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      defer { previous = line }
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
      if trimmed.isEmpty || trimmed == "\r" { continue }
      lines += 1
      if lines == 1 {
        opensWithBrace = trimmed.first == "{"
        opensWithMarkup = trimmed.first == "<"
      }
      // A setext heading: a line of text underlined with `===` (or `---`).
      let underline = trimmed.trimmingSuffix(while: { $0 == " " || $0 == "\r" })
      if underline.count >= 3, !previous.allSatisfy({ $0 == " " || $0 == "\r" }),
        underline.allSatisfy({ $0 == "=" }) || underline.allSatisfy({ $0 == "-" })
      {
        markdownSignals += underline.first == "=" ? 2 : 1
      }
      if trimmed.hasPrefix("msgid \"") { msgids += 1 }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { markdownSignals += 2 }
      if trimmed.hasPrefix("#") {
        let hashes = trimmed.prefix(while: { $0 == "#" })
        if hashes.count <= 6, trimmed.dropFirst(hashes.count).first == " " { markdownSignals += 1 }
      }
      if trimmed.first == "<" {
        markupLines += 1
        let head = trimmed.prefix(16).lowercased()
        if Self.elementOpenings.contains(where: { head.hasPrefix($0) }) { catalogueElements += 1 }
      }
      if underline == "{" || underline == "}" || underline == "}," || underline == "[" || underline == "]" {
        jsonLines += 1
      } else if trimmed.first == "\"", let close = trimmed.dropFirst().firstIndex(of: "\""),
        trimmed[trimmed.index(after: close)...].drop(while: { $0 == " " }).first == ":"
      {
        jsonLines += 1
      }
      if Self.isComment(trimmed) || trimmed.hasPrefix("- ") {
        // Comments, and list items (a YAML sequence or a Markdown list), decide nothing.
        commentLines += 1
      } else if Self.isTableEntry(trimmed) {
        tableLines += 1
      }
    }
  }

  /// `#`, `;`, `!`, `--`, `//`, `/*` comments of tables and INI files.
  static func isComment(_ s: Substring) -> Bool {
    s.hasPrefix("#") || s.hasPrefix(";") || s.hasPrefix("!") || s.hasPrefix("--") || s.hasPrefix("//")
      || s.hasPrefix("/*") || s.hasPrefix("*")
  }

  /// Whether a trimmed line is shaped as one entry of a table: a key without spaces (or a
  /// quoted key, or Lua's `L["key"]`, or before `=` a source text that is not code) and a
  /// separator: `=`, a tab, or `:` after a key with a lower-case letter (`E820: message` is a message, `error_code: 메시지` an entry). An
  /// INI `[section]` counts too.
  static func isTableEntry(_ s: Substring) -> Bool {
    if s.hasPrefix("L[\"") || s.hasPrefix("L['") { return true }
    let end = s.trimmingSuffix(while: { $0 == " " || $0 == "\r" })
    if end.first == "[" && end.last == "]" && !end.contains(" ") { return true }
    var key = Substring()
    var rest = Substring()
    if let q = s.first, q == "\"" || q == "'", let close = s.dropFirst().firstIndex(of: q) {
      key = s[s.index(after: s.startIndex)..<close]
      rest = s[s.index(after: close)...].drop(while: { $0 == " " })
      return rest.first == "=" || rest.first == ":" || rest.first == "\t"
    }
    guard let sep = s.firstIndex(where: { $0 == "=" || $0 == ":" || $0 == "\t" }) else { return false }
    key = s[..<sep].trimmingSuffix(while: { $0 == " " })
    rest = s[s.index(after: sep)...]
    guard !key.isEmpty else { return false }
    if key.contains(" ") {
      // `Source text = 번역`: a list keyed by the text it translates.
      return s[sep] == "=" && rest.first != "=" && CatalogLayout.isSourceTextKey(key.unicodeScalars)
    }
    if s[sep] == ":" {
      guard rest.isEmpty || rest.first == " " || rest.first == "\r" else { return false }
      return key.contains(where: { $0.isLowercase || $0 == "_" || $0 == "." })
    }
    return true
  }
}

extension Substring {
  /// The substring without trailing characters that satisfy `predicate`.
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
    return self[startIndex..<end]
  }
}
