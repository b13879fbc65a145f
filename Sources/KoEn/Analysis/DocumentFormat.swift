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
  /// A locale table with one `key = value` entry per line (Lua `L["key"] = "value"` or
  /// `L["key"] = true`, JSON `"key": "value"`): the value, or the key when the value is
  /// `true`, is the text shown.
  case localeTable = "locale-table"

  /// How much of a document's start `infer` reads: the format of a stream is known once
  /// this many bytes (or the whole document, when shorter) have arrived.
  public static let inferenceLength = 1 << 16

  /// Guesses the format from a file name and, failing that, from the text's start.
  ///
  /// The same as `infer(fileName:bytes:)` over the text's UTF-8.
  ///
  /// - Parameters:
  ///   - fileName: The file's name or path, if known.
  ///   - text: The text (only its first `inferenceLength` bytes are looked at).
  /// - Returns: The guessed format.
  /// - Complexity: O(1): at most `inferenceLength` bytes are read.
  public static func infer(fileName: String? = nil, text: String) -> DocumentFormat {
    infer(fileName: fileName, bytes: text.utf8)
  }

  /// Guesses the format from a file name and, failing that, from the document's first
  /// `inferenceLength` bytes: the one rule for the library and the command, so a document
  /// streamed in chunks gets the format it gets whole.
  ///
  /// `.md`/`.markdown` is Markdown, `.po`/`.pot` gettext, `.lua`, `.json`, `.strings`,
  /// `.properties`, `.yml`/`.yaml` a locale table; any other name is sniffed: `msgid "`
  /// lines make gettext, `L["key"]` lines a locale table, code fences, ATX or setext
  /// headings Markdown.
  ///
  /// - Parameters:
  ///   - fileName: The file's name or path, if known.
  ///   - bytes: The document, or at least its first `inferenceLength` bytes (UTF-8;
  ///     invalid sequences are read as U+FFFD).
  /// - Returns: The guessed format.
  /// - Complexity: O(1): at most `inferenceLength` bytes are read.
  public static func infer(fileName: String? = nil, bytes: some Collection<UInt8>) -> DocumentFormat {
    if let name = fileName?.lowercased() {
      if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
      if name.hasSuffix(".po") || name.hasSuffix(".pot") { return .gettext }
      for suffix in [".lua", ".json", ".strings", ".properties", ".yml", ".yaml"] where name.hasSuffix(suffix) {
        return .localeTable
      }
    }
    return sniff(String(decoding: bytes.prefix(inferenceLength), as: UTF8.self))
  }

  /// The format the lines' starts suggest.
  private static func sniff(_ text: String) -> DocumentFormat {
    var msgids = 0
    var markdownSignals = 0
    var tableEntries = 0
    var lines = 0
    var previous: Substring = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      defer { previous = line }
      if line.isEmpty { continue }
      lines += 1
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
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
      if trimmed.hasPrefix("L[\"") || trimmed.hasPrefix("L['") { tableEntries += 1 }
    }
    if msgids >= 1 { return .gettext }
    if tableEntries * 2 >= max(lines, 1) { return .localeTable }
    if markdownSignals >= 2 { return .markdown }
    return .plainText
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
