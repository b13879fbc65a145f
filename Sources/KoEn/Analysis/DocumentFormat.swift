/// The format of an analysed document, which decides what is prose and what is not.
///
/// Thread-safety: a value type; `Sendable`.
public enum DocumentFormat: String, Hashable, Sendable, Codable, CaseIterable {
  /// Plain text: every line is prose (URLs, e-mail addresses and placeholders excepted).
  case plainText = "text"
  /// Markdown: fenced code blocks, inline code, link targets and HTML tags are not prose;
  /// code comments are prose only when the document localized some of them.
  case markdown
  /// AsciiDoc: listing and literal blocks are code (their comments prose as in Markdown),
  /// comments, attribute entries, block attributes and macros are code, and a link's or
  /// cross reference's text is prose with its target masked.
  case asciiDoc = "asciidoc"
  /// reStructuredText: literal blocks and the bodies of code directives are code (their
  /// comments prose as in Markdown), comments, targets and directive options are code, the
  /// bodies of other directives prose, and roles that name code are code.
  case restructuredText = "rst"
  /// Org (Emacs Org mode): source and example blocks, fixed-width lines, keyword lines,
  /// comments and drawers are code; `=verbatim=` and `~code~` are inline code; a link shows
  /// its text.
  case org
  /// An HTML or XML document that is no catalogue (an XHTML page, a Maven `xdoc`): the text
  /// between the tags is prose; tags, declarations, comments, scripts and styles are not,
  /// even over several lines.
  case markup
  /// A gettext catalogue (`.po`/`.pot`): each `msgstr` is checked against its `msgid`.
  case gettext = "po"
  /// A locale table with one entry per line: Lua (`L["key"] = "value"`, or `= true` to
  /// show the key), Apple `.strings`, Java `.properties`, INI and `.lang` files
  /// (`[section]`, `key=value`), tab-separated `key<TAB>value` lists, Fluent (a message's
  /// value on the indented lines under `key =` too) and YAML, nested or not (block scalars
  /// `|`/`>` and list items included): only values are shown text.
  case localeTable = "locale-table"
  /// An XML catalogue: Android `strings.xml`, Qt Linguist `.ts`, XLIFF, .NET `.resx`. The
  /// text of `<string>`/`<item>`, `<translation>`, `<target>` and `<value>` is shown text;
  /// a Qt or XLIFF translation is checked against its `<source>`.
  case xmlCatalogue = "xml-catalogue"
  /// A JSON catalogue, nested or flat: i18next, Flutter `.arb` (whose `@key` metadata is
  /// not shown text), WebExtension `messages.json` (only `"message"` values are shown).
  case jsonCatalogue = "json-catalogue"
  /// A catalogue of comma-separated values (Unreal Engine's localization export, a
  /// spreadsheet's string table): a header naming the columns (`Key,Original,Translated`)
  /// says which cell is the translation, shown text, checked against the source column.
  case csvCatalogue = "csv-catalogue"

  /// Whether the format is a catalogue of entries (keys or sources with translations),
  /// whose findings are reported per entry.
  public var isCatalogue: Bool {
    switch self {
    case .gettext, .localeTable, .xmlCatalogue, .jsonCatalogue, .csvCatalogue: true
    case .plainText, .markdown, .asciiDoc, .restructuredText, .org, .markup: false
    }
  }

  /// Names of source code files, which are catalogues when their path names a locale.
  static let sourceCodeSuffixes = [".dart", ".js", ".mjs", ".ts", ".kt", ".java", ".swift", ".cs", ".py", ".rb", ".go"]

  /// How much of a document's start `infer` reads: the format of a stream is known once
  /// this many bytes (or the whole document, when shorter) have arrived.
  public static let inferenceLength = 1 << 16

  /// Guesses the format from a file name and, failing that, from the text's start: the same
  /// as `infer(fileName:bytes:)` over the text's UTF-8.
  ///
  /// - Parameters:
  ///   - fileName: The file's name or path, if known.
  ///   - text: The text (only its first `inferenceLength` bytes are looked at).
  /// - Returns: The guessed format.
  /// - Complexity: O(1): at most `inferenceLength` bytes are read.
  public static func infer(fileName: String? = nil, text: String) -> DocumentFormat {
    infer(fileName: fileName, bytes: text.utf8)
  }

  /// Guesses the format from a file name and, failing that, from the shape of the
  /// document's first `inferenceLength` bytes: the one rule for the library and the
  /// command, so a document streamed in chunks gets the format it gets whole.
  ///
  /// By name: `.md`, `.mdx`, `.markdown` is Markdown; `.adoc`, `.asciidoc`, `.asc`
  /// AsciiDoc; `.rst` reStructuredText; `.org` Org; `.po`/`.pot` gettext; `.xlf`, `.xliff`,
  /// `.resx`, `.resw`, `.stringsdict` (Apple's plural rules: `<key>`s are structure, `<string>`s
  /// shown), and `.xml` or `.ts` whose text is an XML catalogue, an XML catalogue;
  /// `.json`/`.arb` a JSON catalogue; `.csv` a CSV catalogue; `.lua`, `.strings`, `.properties`, `.yml`/`.yaml`,
  /// `.ini`, `.lang`, `.tsv`, NSIS's `.nsi`/`.nsh`, Fluent's `.ftl` a locale table, and so is source code (`.dart`, `.js`, `.ts`, `.kt`, …) whose path names a locale; `.html`, `.htm`, `.xhtml`, and `.xml` that is no
  /// catalogue, markup. Any other name is sniffed: `msgid "` lines make gettext; lines
  /// opening catalogue elements (`<string name=`, `<message>`, `<trans-unit`, `<data
  /// name=`) an XML catalogue; `"key":` lines a JSON catalogue; mostly `key = value`, `key:
  /// value`, `key<TAB>value` or `L["key"]` lines a locale table; code fences or ATX headings
  /// Markdown; a text opening with `<?xml`, `<!DOCTYPE html` or `<html`, markup.
  ///
  /// - Parameters:
  ///   - fileName: The file's name or path, if known.
  ///   - bytes: The document, or at least its first `inferenceLength` bytes (UTF-8;
  ///     invalid sequences are read as U+FFFD).
  /// - Returns: The guessed format.
  /// - Complexity: O(1): at most `inferenceLength` bytes are read.
  public static func infer(fileName: String? = nil, bytes: some Collection<UInt8>) -> DocumentFormat {
    let shape = TextShape(Array(bytes.prefix(inferenceLength)))
    if let name = fileName?.lowercased() {
      for suffix in [".md", ".markdown", ".mdx", ".mdown", ".mkd"] where name.hasSuffix(suffix) { return .markdown }
      for suffix in [".adoc", ".asciidoc", ".asc"] where name.hasSuffix(suffix) { return .asciiDoc }
      if name.hasSuffix(".rst") || name.hasSuffix(".rest") { return .restructuredText }
      if name.hasSuffix(".org") { return .org }
      if name.hasSuffix(".po") || name.hasSuffix(".pot") { return .gettext }
      for suffix in [".xlf", ".xliff", ".resx", ".resw", ".stringsdict"] where name.hasSuffix(suffix) { return .xmlCatalogue }
      if (name.hasSuffix(".xml") || name.hasSuffix(".ts")) && shape.isXMLCatalogue { return .xmlCatalogue }
      for suffix in [".html", ".htm", ".xhtml", ".xml"] where name.hasSuffix(suffix) { return .markup }
      if name.hasSuffix(".json") || name.hasSuffix(".arb") { return .jsonCatalogue }
      if name.hasSuffix(".csv") { return .csvCatalogue }
      for suffix in [".lua", ".strings", ".properties", ".yml", ".yaml", ".ini", ".lang", ".tsv", ".nsh", ".nsi", ".ftl"]
      where name.hasSuffix(suffix) {
        return .localeTable
      }
      // Source code named for a locale (`app_localizations_ko.dart`, `lang/ko.ts`): a
      // catalogue written as code, whose string literals are its shown text.
      if sourceCodeSuffixes.contains(where: { name.hasSuffix($0) }), DocumentLocale.language(inPath: name) != nil {
        return .localeTable
      }
    }
    if shape.msgids >= 1 { return .gettext }
    if shape.isXMLCatalogue { return .xmlCatalogue }
    if shape.isJSONCatalogue { return .jsonCatalogue }
    if shape.isLocaleTable { return .localeTable }
    if shape.markdownSignals >= 2 { return .markdown }
    if shape.opensAsMarkupDocument { return .markup }
    return .plainText
  }
}
