/// The records of the stable JSON Lines output of document analysis
/// (`koen analyze --format jsonl`): one `line` record per line of each input, in order,
/// then, for catalogues, one `finding` record per catalogue finding, then one `document`
/// record.
///
/// ```json
/// {"type":"line","file":"a.txt","line":4,"start":120,"end":181,"lang":"ko","role":"chrome",
///  "fragments":[{"start":120,"end":181,"line":4,"column":1,"text":"…","lang":"ko"}]}
/// {"type":"document","file":"a.txt","format":"text","dominant":"en","lines":34,"content":16,"chrome":3,
///  "untranslated":0,"blank":15,"fragments":4}
/// ```
///
/// Field names are `snake_case` and offsets are integers; changing a field is a breaking
/// change. `jsonLine()` (or `write(to:offset:)`) gives exactly the bytes `koen` writes,
/// without Foundation; the records also encode with any `Encoder`, to the same fields.
///
/// Thread-safety: value types; `Sendable`.
public enum AnalysisRecord: Hashable, Sendable, Encodable {
  /// One analysed line of a file.
  case line(file: String, AnalyzedLine)
  /// One finding of a catalogue's entry (`.po` files, locale tables).
  case finding(file: String, CatalogFinding)
  /// The summary of a file.
  case document(file: String, DocumentAnalysis.Summary)

  /// The records of one analysed file: its lines, its catalogue findings, then its summary.
  ///
  /// - Complexity: O(n) in the number of lines.
  public static func records(file: String, analysis: DocumentAnalysis) -> [AnalysisRecord] {
    analysis.lines.map { .line(file: file, $0) } + analysis.catalogFindings.map { .finding(file: file, $0) }
      + [.document(file: file, analysis.summary)]
  }

  /// The record as one line of JSON (without the line break), as `koen` writes it.
  ///
  /// - Complexity: O(n) in the size of the record.
  public func jsonLine() -> String {
    var out: [UInt8] = []
    write(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the record's JSON (without a line break) to `out`.
  ///
  /// - Parameters:
  ///   - out: Where the UTF-8 text goes.
  ///   - offset: Turns a UTF-8 byte offset into the unit written (the command's `--offsets
  ///     utf16|scalars`); called in the order the offsets appear in the record.
  /// - Complexity: O(n) in the size of the record.
  public func write(to out: inout [UInt8], offset: (Int) -> Int = { $0 }) {
    if case .line(let file, let line) = self {
      // The record of every line: written directly, without a `JSONValue` tree.
      AnalysisJSONWriter.write(line, file: file, offset: offset, to: &out)
    } else {
      json(offset: offset).write(to: &out)
    }
  }

  /// Appends the record's JSON (without a line break) to `buffer`: as `write(to:offset:)`
  /// on an array, with an append that checks only the capacity (the commands' output).
  public func write(to buffer: ByteBuffer, offset: (Int) -> Int = { $0 }) {
    var out = buffer
    if case .line(let file, let line) = self {
      AnalysisJSONWriter.write(line, file: file, offset: offset, to: &out)
    } else {
      json(offset: offset).write(to: &out)
    }
  }

  /// The record as a JSON value (the library's record builders: `AnalyzedLine.jsonRecord`,
  /// `CatalogFinding.jsonRecord`, `DocumentAnalysis.jsonSummaryFields`).
  public func json(offset: (Int) -> Int = { $0 }) -> JSONValue {
    switch self {
    case .line(let file, let line):
      return line.jsonRecord(file: file, offset: offset)
    case .finding(let file, let finding):
      return finding.jsonRecord(file: file, offset: offset)
    case .document(let file, let summary):
      return .object(
        [("type", .string("document")), ("file", .string(file))]
          + DocumentAnalysis.jsonSummaryFields(
            dominant: summary.dominant, lines: summary.lines, counts: summary.counts, fragments: summary.fragments,
            findings: summary.catalogFindings.count, format: summary.format))
    }
  }

  private enum CodingKeys: String, CodingKey {
    case type, file, line, start, end, lang, role, fragments, dominant, lines, content, chrome, untranslated, blank
    case kind, source, translation, findings, format
    case entryLine = "entry_line"
  }

  /// Encodes the record as one flat JSON object, with the fields of `jsonLine()`.
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
    case .finding(let file, let finding):
      try c.encode("finding", forKey: .type)
      try c.encode(file, forKey: .file)
      try c.encode(finding.kind, forKey: .kind)
      try c.encode(finding.entryLine, forKey: .entryLine)
      try c.encode(finding.translationLine, forKey: .line)
      try c.encode(finding.source, forKey: .source)
      try c.encode(finding.translation, forKey: .translation)
      try c.encode(finding.fragments, forKey: .fragments)
    case .document(let file, let summary):
      try c.encode("document", forKey: .type)
      try c.encode(file, forKey: .file)
      if let format = summary.format { try c.encode(format.rawValue, forKey: .format) }
      try c.encode(summary.dominant, forKey: .dominant)
      try c.encode(summary.lines, forKey: .lines)
      try c.encode(summary.counts.content, forKey: .content)
      try c.encode(summary.counts.chrome, forKey: .chrome)
      try c.encode(summary.counts.untranslated, forKey: .untranslated)
      try c.encode(summary.counts.blank, forKey: .blank)
      try c.encode(summary.fragments, forKey: .fragments)
      if !summary.catalogFindings.isEmpty { try c.encode(summary.catalogFindings.count, forKey: .findings) }
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
    /// The number of fragments.
    public var fragments: Int
    /// Findings per catalogue entry (`.po`, locale tables).
    public var catalogFindings: [CatalogFinding]
    /// The format the document was read as, when known.
    public var format: DocumentFormat?

    /// Creates a summary (for a document whose lines were streamed, not kept).
    public init(
      dominant: Language, lines: Int, counts: RoleCounts, fragments: Int, catalogFindings: [CatalogFinding],
      format: DocumentFormat? = nil
    ) {
      self.dominant = dominant
      self.lines = lines
      self.counts = counts
      self.fragments = fragments
      self.catalogFindings = catalogFindings
      self.format = format
    }
  }

  /// The summary of this analysis.
  ///
  /// - Complexity: O(n) in the number of lines.
  public var summary: Summary {
    Summary(
      dominant: dominant, lines: lines.count, counts: counts, fragments: lines.reduce(0) { $0 + $1.fragments.count },
      catalogFindings: catalogFindings, format: format)
  }
}
