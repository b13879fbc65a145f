import KoEn

/// A document with hand-made gold labels per line (`NAME.txt`, `NAME.gold.tsv`,
/// `NAME.meta.json` in `Corpora/Documents`), against which analysis is scored.
///
/// Thread-safety: a value type; `Sendable`.
public struct GoldDocument: Sendable, Hashable {
  /// One gold line: `line lang role fragments`.
  public struct Line: Sendable, Hashable {
    /// 1-based line number.
    public var number: Int
    /// The gold language.
    public var language: LineLanguage
    /// The gold role.
    public var role: LineRole
    /// The gold fragments: exact substrings of the line, in order.
    public var fragments: [String]
  }

  /// An error in a gold file.
  public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The document's name.
    public var document: String
    /// 1-based line of the gold file (0 for the file as a whole).
    public var line: Int
    /// What is wrong.
    public var message: String
    /// "`document`:`line`: `message`".
    public var description: String { "\(document).gold.tsv:\(line): \(message)" }
  }

  /// The document's name (`np-05`).
  public var name: String
  /// Its kind (`news-portal`, `ko-doc`, `l10n`).
  public var kind: String
  /// The annotated dominant language.
  public var dominant: Language
  /// Its source group for cross-validation (a site, a repository): documents of one group
  /// are held out together. The name when the meta has no `group`.
  public var group: String
  /// A realistic path under which a user would analyse the file (`values-ko/strings.xml`,
  /// `crawl/example.com/1234.txt`); `NAME.txt` when the meta has no `path`. Analysis sees
  /// it as the file name, as `koen` would.
  public var path: String
  /// The evaluation set it belongs to (`holdout-3`, `round-6`…), if the meta says.
  public var split: String?
  /// Whether the document is kept unseen for a first reading (a split named `*-unseen`):
  /// scored, but never shown line by line and never trained on for the shipped model.
  public var isKeptUnseen: Bool { split?.hasSuffix("-unseen") == true }
  /// The document's text.
  public var text: String
  /// The gold lines, one per line of the text.
  public var lines: [Line]

  /// Parses a gold document.
  ///
  /// - Parameters:
  ///   - name: The document's name.
  ///   - text: The content of `NAME.txt`.
  ///   - gold: The content of `NAME.gold.tsv`.
  ///   - meta: The content of `NAME.meta.json` (`kind`, `dominant`, `group`, `path` and
  ///     `split` are read).
  /// - Throws: `ParseError` for a bad header, a bad value, or a row count that differs from
  ///   the text's line count.
  /// - Complexity: O(n) in the size of the files.
  public init(name: String, text: String, gold: String, meta: String) throws(ParseError) {
    self.name = name
    self.text = text
    self.kind = Self.jsonString("kind", in: meta) ?? "unknown"
    self.dominant = Language(rawValue: Self.jsonString("dominant", in: meta) ?? "und") ?? .und
    self.group = Self.jsonString("group", in: meta) ?? name
    self.path = Self.jsonString("path", in: meta) ?? name + ".txt"
    self.split = Self.jsonString("split", in: meta)
    var rows = gold.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if rows.last == "" { rows.removeLast() }
    guard rows.first == "line\tlang\trole\tfragments" else {
      throw ParseError(document: name, line: 1, message: "expected the header line\\tlang\\trole\\tfragments")
    }
    var lines: [Line] = []
    for (index, row) in rows.dropFirst().enumerated() {
      let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cols.count == 4, let number = Int(cols[0]), let lang = LineLanguage(rawValue: cols[1]),
        let role = LineRole(rawValue: cols[2])
      else {
        throw ParseError(document: name, line: index + 2, message: "bad row")
      }
      let fragments = cols[3].isEmpty ? [] : cols[3].split(separator: ";").map(String.init)
      lines.append(Line(number: number, language: lang, role: role, fragments: fragments))
    }
    var textLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { textLines.removeLast() }
    guard textLines.count == lines.count else {
      throw ParseError(document: name, line: 0, message: "\(lines.count) gold rows for \(textLines.count) lines")
    }
    self.lines = lines
  }

  /// Analyses the document as `koen analyze` would a file at `path`.
  ///
  /// - Parameter options: The analysis options.
  /// - Returns: The analysis.
  /// - Complexity: O(n) in the size of the text.
  public func analyze(options: AnalysisOptions = AnalysisOptions()) -> DocumentAnalysis {
    DocumentAnalyzer(options: options).analyze(text, fileName: path)
  }

  /// The value of a top-level string field of a small JSON object (no escapes beyond `\"`).
  static func jsonString(_ key: String, in json: String) -> String? {
    guard let k = json.range(of: "\"\(key)\"") else { return nil }
    var rest = json[k.upperBound...].drop(while: { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" })
    guard rest.first == "\"" else { return nil }
    rest = rest.dropFirst()
    var out = ""
    var escaped = false
    for c in rest {
      if escaped {
        out.append(c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else if c == "\"" {
        return out
      } else {
        out.append(c)
      }
    }
    return nil
  }
}

extension String {
  /// The range of the first occurrence of `needle` (Character-based; no Foundation).
  func range(of needle: String) -> Range<Index>? {
    guard !needle.isEmpty else { return nil }
    var i = startIndex
    while i < endIndex {
      if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
      i = index(after: i)
    }
    return nil
  }
}
