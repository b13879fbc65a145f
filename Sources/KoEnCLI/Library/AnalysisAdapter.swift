import KoEn

/// The adapter over KoEn's document analysis (the only code here that uses it).
enum AnalysisAdapter {
  /// What the command asks of the analysis.
  struct Settings: Sendable {
    /// `en`, `ko`, or nil to let the analysis decide by letter mass.
    var dominant: String?
    /// `text`, `markdown`, `po`, or nil to infer from the file name and text.
    var format: String?
    /// Terms never reported as untranslated (from `--allow FILE`).
    var glossary: Set<String> = []
  }

  /// Analyzes one document.
  static func analyze(_ bytes: [UInt8], fileName: String, settings: Settings) throws(LibraryUnavailable) -> DocumentView {
    throw LibraryUnavailable(feature: "document analysis")
  }

  /// The glossary terms in an allowlist file's text (one term per line; `#` comments).
  static func glossary(from text: String) -> Set<String> {
    var terms = Set<String>()
    for line in text.split(whereSeparator: \.isNewline) {
      let term = line.trimmingCharacters()
      if term.isEmpty || term.hasPrefix("#") { continue }
      terms.insert(term)
    }
    return terms
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  func trimmingCharacters() -> String {
    var s = self[...]
    while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
    return String(s)
  }
}
