/// One thing `koen untranslated` reports: a fragment of content left in the language the
/// document is not in, or a gettext catalogue entry left untranslated.
///
/// Thread-safety: a value type; `Sendable`.
public struct UntranslatedFinding: Sendable, Hashable {
  /// The input's name.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column in scalars, when the finding is a span.
  public var column: Int?
  /// UTF-8 byte range in the file, when the finding is a span.
  public var range: Range<Int>?
  /// A SARIF rule ID: `untranslated`, `po-empty-translation`, `po-identical-translation`,
  /// `po-english-in-translation`.
  public var kind: String
  /// The language of the text found, or nil (an empty translation).
  public var language: Language?
  /// The text found.
  public var text: String
  /// A romanized reading of Korean text, when the text has Hangul or Hanja.
  public var reading: String?
  /// The message, as in the command's text output.
  public var message: String

  /// The findings of a document's catalogue entries and lines, in line order: fragments of
  /// content and untranslated lines (not chrome), and catalogue entries, each span reported
  /// once.
  ///
  /// - Complexity: O(n·k) in the fragments n and the catalogue spans k.
  public static func findings(catalog: [CatalogFinding], lines: [AnalyzedLine], file: String) -> [UntranslatedFinding] {
    var findings: [UntranslatedFinding] = []
    var covered: [Range<Int>] = []
    for entry in catalog {
      switch entry.kind {
      case .emptyTranslation:
        findings.append(UntranslatedFinding(
          file: file, line: entry.translationLine, kind: "po-empty-translation", language: nil, text: "",
          message: "empty translation of \"\(VisibleText.escaped(entry.source))\" (entry at line \(entry.entryLine))"))
      case .identicalToSource:
        covered += entry.fragments.map(\.range)
        let first = entry.fragments.first
        findings.append(UntranslatedFinding(
          file: file, line: entry.translationLine, column: first?.column,
          range: first.map { f in f.range.lowerBound..<(entry.fragments.last?.range.upperBound ?? f.range.upperBound) },
          kind: "po-identical-translation", language: first?.language, text: entry.translation,
          message: "translation identical to the source \"\(VisibleText.escaped(entry.source))\" (entry at line \(entry.entryLine))"))
      case .englishInTranslation:
        for f in entry.fragments {
          covered.append(f.range)
          findings.append(UntranslatedFinding(
            file: file, line: f.line, column: f.column, range: f.range, kind: "po-english-in-translation",
            language: f.language, text: f.text,
            message: "English left in the translation: \"\(VisibleText.escaped(f.text))\" (entry at line \(entry.entryLine))"))
        }
      }
    }
    for line in lines where line.role == .content || line.role == .untranslated {
      for f in line.fragments where !covered.contains(where: { $0.overlaps(f.range) }) {
        let reading = f.reading
        var message = "untranslated \(f.language.englishName) \"\(VisibleText.escaped(f.text))\""
        if let reading { message += " (\(reading))" }
        findings.append(UntranslatedFinding(
          file: file, line: f.line, column: f.column, range: f.range, kind: "untranslated", language: f.language,
          text: f.text, reading: reading, message: message))
      }
    }
    return findings.sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
  }

  /// `{"file":…,"line":N,"column":C,"start":B,"end":B,"kind":…,"lang":…,"text":…,
  /// "reading":…,"message":…}`, as `koen untranslated --format jsonl` writes it; without
  /// `file` when it is nil (record mode). `offset` maps the byte range's ends.
  public func jsonRecord(file: String?, offset: (Int) -> Int) -> JSONValue {
    var fields: [(String, JSONValue)] = []
    if let file { fields.append(("file", .string(file))) }
    fields += [
      ("line", .int(line)), ("column", column.map(JSONValue.int) ?? .null),
      ("start", range.map { .int(offset($0.lowerBound)) } ?? .null),
      ("end", range.map { .int(offset($0.upperBound)) } ?? .null),
      ("kind", .string(kind)), ("lang", .string(language?.rawValue ?? "")), ("text", .string(text)),
      ("reading", reading.map(JSONValue.string) ?? .null), ("message", .string(message)),
    ]
    return .object(fields)
  }
}
