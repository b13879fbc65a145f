/// One document's JSON Lines, byte for byte what `koen segment`, `koen analyze` and
/// `koen untranslated` print with `--format jsonl` for a file of that name and content:
/// the records a pipeline gets from the C library without running the command.
///
/// The text must already have passed `TextProblem.first(in:)` (the command refuses what
/// it finds); offsets are UTF-8 bytes.
///
/// Thread-safety: stateless; safe to call from many threads at once.
public enum DocumentJSONLines {
  /// The granularity of `segments`, as `koen segment --level`.
  public enum SegmentLevel: String, Sendable, CaseIterable {
    /// Tokens with their language.
    case token
    /// Language runs: neutral characters join the run around them.
    case run
    /// Lines with their language and letter counts.
    case line
  }

  /// The records of `koen segment --format jsonl --level LEVEL FILE`.
  ///
  /// - Complexity: O(n) in the bytes.
  public static func segments(_ bytes: UnsafeBufferPointer<UInt8>, file: String, level: SegmentLevel) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 4)
    switch level {
    case .line:
      for line in LineProfiler(tokenizer: Tokenizer(unsafeUTF8: bytes)) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line.range]), as: UTF8.self)
        append(line.jsonRecord(file: file, number: line.number, text: text) { $0 }, to: &out)
      }
    case .run, .token:
      for segment in segments(bytes, level: level) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[segment.range]), as: UTF8.self)
        append(segment.jsonRecord(file: file, text: text) { $0 }, to: &out)
      }
    }
    return out
  }

  /// The tokens (as segments) or language runs of `bytes`, in order; they tile the bytes.
  /// `level` must be `.token` or `.run`.
  public static func segments(_ bytes: UnsafeBufferPointer<UInt8>, level: SegmentLevel) -> [Segment] {
    precondition(level != .line, "lines are not segments")
    return level == .run
      ? Array(Segmenter(unsafeUTF8: bytes))
      : Tokenizer(unsafeUTF8: bytes).map { Segment(range: $0.range, language: $0.language, script: $0.script) }
  }

  /// The analysis of `bytes` read as `format`, or as the format `file` and the first 64 KiB
  /// say when `format` is nil, as `koen analyze` reads a file.
  public static func analysis(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, options: AnalysisOptions, format: DocumentFormat?
  ) -> (DocumentAnalysis, DocumentFormat) {
    let format = format ?? DocumentFormat.infer(fileName: file, bytes: bytes)
    return (DocumentAnalyzer(options: options).analyze(bytes: bytes, format: format, fileName: file), format)
  }

  /// The records of `koen analyze --format jsonl FILE`: a `line` record per line, a
  /// `finding` record per catalogue finding, then the `document` record.
  ///
  /// - Complexity: O(n) in the bytes.
  public static func analysis(_ document: DocumentAnalysis, file: String) -> [UInt8] {
    var out: [UInt8] = []
    for line in document.lines { append(line.jsonRecord(file: file) { $0 }, to: &out) }
    for finding in document.catalogFindings { append(finding.jsonRecord(file: file) { $0 }, to: &out) }
    let summary = DocumentAnalysis.jsonSummaryFields(
      dominant: document.dominant, lines: document.lines.count, counts: document.counts,
      fragments: document.fragments.count, findings: document.catalogFindings.count, format: document.format)
    append(.object([("type", .string("document")), ("file", .string(file))] + summary), to: &out)
    return out
  }

  /// The findings of `koen untranslated` for a document: a catalogue's (`.po`, locale
  /// tables, XML and JSON catalogues) in line order with its entries' findings, any other
  /// document's line by line.
  public static func untranslatedFindings(_ document: DocumentAnalysis, format: DocumentFormat, file: String) -> [UntranslatedFinding] {
    if format.isCatalogue {
      return UntranslatedFinding.findings(catalog: document.catalogFindings, lines: document.lines, file: file)
    }
    var findings = UntranslatedFinding.findings(catalog: [], lines: document.lines, file: file)
    if !document.catalogFindings.isEmpty {
      findings += UntranslatedFinding.findings(catalog: document.catalogFindings, lines: [], file: file)
    }
    return findings
  }

  /// The records of `koen untranslated --format jsonl FILE`.
  public static func untranslated(_ findings: [UntranslatedFinding], file: String) -> [UInt8] {
    var out: [UInt8] = []
    for finding in findings { append(finding.jsonRecord(file: file) { $0 }, to: &out) }
    return out
  }

  private static func append(_ record: JSONValue, to out: inout [UInt8]) {
    record.write(to: &out)
    out.append(0x0A)
  }
}
