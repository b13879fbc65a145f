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

  /// Guesses the format from a file name and, failing that, from the text.
  ///
  /// `.md`/`.markdown` is Markdown, `.po`/`.pot` gettext, `.lua`, `.json`, `.strings`,
  /// `.properties`, `.yml`/`.yaml` a locale table; any other
  /// name is sniffed: `msgid "` lines make gettext, code fences or ATX headings Markdown.
  ///
  /// - Parameters:
  ///   - fileName: The file's name or path, if known.
  ///   - text: The text (only its lines' starts are looked at).
  /// - Returns: The guessed format.
  /// - Complexity: O(n) in the length of the text.
  public static func infer(fileName: String? = nil, text: String) -> DocumentFormat {
    if let name = fileName?.lowercased() {
      if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
      if name.hasSuffix(".po") || name.hasSuffix(".pot") { return .gettext }
      for suffix in [".lua", ".json", ".strings", ".properties", ".yml", ".yaml"] where name.hasSuffix(suffix) {
        return .localeTable
      }
    }
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
