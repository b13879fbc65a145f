/// The records of the stable JSON Lines output of document analysis
/// (`koen analyze --format jsonl`): one `line` record per line of each input, in order,
/// then one `document` record.
///
/// ```json
/// {"type":"line","file":"a.txt","line":4,"start":120,"end":181,"lang":"ko","role":"chrome",
///  "fragments":[{"start":120,"end":181,"line":4,"column":1,"text":"…","lang":"ko"}]}
/// {"type":"document","file":"a.txt","dominant":"en","lines":34,"content":16,"chrome":3,
///  "untranslated":0,"blank":15}
/// ```
///
/// Field names are `snake_case` and offsets are integers; changing a field is a breaking
/// change. Encode with any `Encoder` (the CLI uses Foundation's `JSONEncoder`).
///
/// Thread-safety: value types; `Sendable`.
public enum AnalysisRecord: Hashable, Sendable, Encodable {
  /// One analysed line of a file.
  case line(file: String, AnalyzedLine)
  /// The summary of a file.
  case document(file: String, DocumentAnalysis.Summary)

  /// The records of one analysed file: its lines, then its summary.
  ///
  /// - Complexity: O(n) in the number of lines.
  public static func records(file: String, analysis: DocumentAnalysis) -> [AnalysisRecord] {
    analysis.lines.map { .line(file: file, $0) } + [.document(file: file, analysis.summary)]
  }

  private enum CodingKeys: String, CodingKey {
    case type, file, line, start, end, lang, role, fragments, dominant, lines, content, chrome, untranslated, blank
    case catalogFindings = "catalog_findings"
  }

  /// Encodes the record as one flat JSON object.
  ///
  /// - Throws: `EncodingError` from the underlying encoder.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .line(let file, let line):
      try c.encode("line", forKey: .type)
      try c.encode(file, forKey: .file)
      try c.encode(line.number, forKey: .line)
      try c.encodeByteRange(line.range, start: .start, end: .end)
      try c.encode(line.language, forKey: .lang)
      try c.encode(line.role, forKey: .role)
      try c.encode(line.fragments, forKey: .fragments)
    case .document(let file, let summary):
      try c.encode("document", forKey: .type)
      try c.encode(file, forKey: .file)
      try c.encode(summary.dominant, forKey: .dominant)
      try c.encode(summary.lines, forKey: .lines)
      try c.encode(summary.counts.content, forKey: .content)
      try c.encode(summary.counts.chrome, forKey: .chrome)
      try c.encode(summary.counts.untranslated, forKey: .untranslated)
      try c.encode(summary.counts.blank, forKey: .blank)
      if !summary.catalogFindings.isEmpty { try c.encode(summary.catalogFindings, forKey: .catalogFindings) }
    }
  }
}

extension DocumentAnalysis {
  /// What the `document` record says about an analysis.
  public struct Summary: Hashable, Sendable {
    /// The dominant language.
    public var dominant: Language
    /// The number of lines.
    public var lines: Int
    /// Lines per role.
    public var counts: RoleCounts
    /// Findings per catalogue entry (`.po`, locale tables).
    public var catalogFindings: [CatalogFinding]
  }

  /// The summary of this analysis.
  ///
  /// - Complexity: O(n) in the number of lines.
  public var summary: Summary {
    Summary(dominant: dominant, lines: lines.count, counts: counts, catalogFindings: catalogFindings)
  }
}
