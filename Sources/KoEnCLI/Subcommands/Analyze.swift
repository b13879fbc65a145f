import ArgumentParser
import KoEn

/// `koen analyze`: per-line language and role, and fragments in the other language.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tell each line's language and role (content, chrome, untranslated, blank).",
    discussion: """
      Content is the document's own text; chrome is the hosting site's (UI strings,
      copyright lines, share buttons, related-article lists); untranslated is
      content left in the other language. Fragments are the spans in the
      document's non-dominant language.
      Records (jsonl), one per line of each input, then one per document:
        {"type":"line","file":…,"line":N,"start":B,"end":B,"lang":"en",
         "role":"content","fragments":[{"start":B,"end":B,"line":N,"column":C,
         "text":…,"lang":"ko"}]}
        {"type":"document","file":…,"dominant":"en","lines":N,"content":N,
         "chrome":N,"untranslated":N,"blank":N,"fragments":N}
      gettext catalogues (.po) add records
        {"type":"finding","file":…,"kind":…,"entry_line":N,"line":N,…}

      Examples:
        koen analyze Corpora/Documents/seed-000.txt
        koen analyze --format html capture.txt > capture.html
        koen analyze --format jsonl --dominant en -r captures/
      """)

  @Flag(help: "Do not cut long lines to the terminal's width in text output.")
  var wide = false

  @OptionGroup var analysis: AnalysisArguments
  @OptionGroup var output: OutputOptions
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws { try output.require([.text, .json, .jsonl, .tsv, .html]) }

  func run() throws {
    let width = wide ? Int.max : (Terminal.width(1) ?? 120)
    let processor = AnalyzeProcessor(
      settings: try analysis.settings(input: input), format: output.format, offsets: output.offsets,
      palette: output.palette, width: width)
    var prologue = ""
    if output.format == .tsv {
      prologue = "file\tline\tstart\tend\tlang\trole\tfragments\ttext\n"
    } else if output.format == .html {
      prologue = HTMLPage.head(
        title: "koen analyze",
        legend: [("ko", "Korean (when not the document's language)"), ("en", "English (idem)"), ("und", "other letters"), ("chrome", "chrome"),
                 ("untranslated", "untranslated line"), ("fragment", "fragment in the other language")])
    }
    try CommandRun.execute(
      input: input, record: record, framing: output.framing, prologue: prologue, processor: processor,
      records: processor,
      epilogue: { output.format == .html ? HTMLPage.tail(note: "Made by koen analyze. Hover a line's text for its byte range.") : "" })
  }
}

/// Analyzes each input as one document.
struct AnalyzeProcessor: DocumentProcessor, RecordProcessor {
  let settings: AnalysisSettings
  let format: OutputFormat
  let offsets: OffsetUnit
  let palette: Palette
  let width: Int

  func begin(file: String) -> WholeDocument { WholeDocument(file: file) }

  func process(_ chunk: Chunk, state: inout WholeDocument, into out: inout Emitter) { state.append(chunk) }

  func end(state: inout WholeDocument, into out: inout Emitter) {
    let bytes = state.bytes
    let document = settings.analyze(bytes, fileName: state.file)
    switch format {
    case .json, .jsonl:
      var mapper = OffsetMapper(unit: offsets)
      mapper.begin(chunk: bytes, at: 0)
      for line in document.lines { out.record(AnalyzeProcessor.lineRecord(line, file: state.file, mapper: &mapper)) }
      for finding in document.catalogFindings {
        out.record(AnalyzeProcessor.findingRecord(finding, file: state.file, mapper: &mapper))
      }
      out.record(AnalyzeProcessor.documentRecord(document, file: state.file))
    case .tsv:
      var mapper = OffsetMapper(unit: offsets)
      mapper.begin(chunk: bytes, at: 0)
      for line in document.lines {
        let fields = [
          state.file, String(line.number), String(mapper.map(line.range.lowerBound)), String(mapper.map(line.range.upperBound)),
          line.language.rawValue, line.role.rawValue, line.fragments.map(\.text).joined(separator: ";"),
          String(decoding: bytes[line.range], as: UTF8.self),
        ]
        out.text(fields.map(tsvField).joined(separator: "\t") + "\n")
      }
    case .html:
      out.text(AnalysisHTML.section(document, file: state.file, bytes: bytes))
    default:
      out.text(AnalysisText(palette: palette, width: width).render(document, file: state.file, bytes: bytes))
    }
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    let bytes = Array(text.utf8)
    let document = settings.analyze(bytes, fileName: "")
    var mapper = OffsetMapper(unit: offsets)
    mapper.begin(chunk: bytes, at: 0)
    var fields = AnalyzeProcessor.documentFields(document)
    fields.append(("by_line", .array(document.lines.map { line in
      var record = AnalyzeProcessor.lineRecord(line, file: nil, mapper: &mapper)
      if case .object(var f) = record {
        f.removeAll { $0.0 == "type" }
        record = .object(f)
      }
      return record
    })))
    return .object(fields)
  }

  static func fragmentRecord(_ f: Fragment, mapper: inout OffsetMapper) -> JSONValue {
    .object([
      ("start", .int(mapper.map(f.range.lowerBound))), ("end", .int(mapper.map(f.range.upperBound))),
      ("line", .int(f.line)), ("column", .int(f.column)), ("text", .string(f.text)), ("lang", .string(f.language.rawValue)),
    ])
  }

  static func lineRecord(_ line: AnalyzedLine, file: String?, mapper: inout OffsetMapper) -> JSONValue {
    var fields: [(String, JSONValue)] = [("type", .string("line"))]
    if let file { fields.append(("file", .string(file))) }
    fields += [
      ("line", .int(line.number)), ("start", .int(mapper.map(line.range.lowerBound))),
      ("end", .int(mapper.map(line.range.upperBound))), ("lang", .string(line.language.rawValue)), ("role", .string(line.role.rawValue)),
    ]
    var fragments: [JSONValue] = []
    for f in line.fragments { fragments.append(fragmentRecord(f, mapper: &mapper)) }
    fields.append(("fragments", .array(fragments)))
    return .object(fields)
  }

  static func findingRecord(_ finding: CatalogFinding, file: String, mapper: inout OffsetMapper) -> JSONValue {
    var fragments: [JSONValue] = []
    for f in finding.fragments { fragments.append(fragmentRecord(f, mapper: &mapper)) }
    return .object([
      ("type", .string("finding")), ("file", .string(file)), ("kind", .string(finding.kind.rawValue)),
      ("entry_line", .int(finding.entryLine)), ("line", .int(finding.translationLine)),
      ("source", .string(finding.source)), ("translation", .string(finding.translation)), ("fragments", .array(fragments)),
    ])
  }

  static func documentFields(_ document: DocumentAnalysis) -> [(String, JSONValue)] {
    var fields: [(String, JSONValue)] = [("dominant", .string(document.dominant.rawValue)), ("lines", .int(document.lines.count))]
    let counts = document.counts
    for role in LineRole.allCases { fields.append((role.rawValue, .int(counts[role]))) }
    fields.append(("fragments", .int(document.fragments.count)))
    if !document.catalogFindings.isEmpty { fields.append(("findings", .int(document.catalogFindings.count))) }
    return fields
  }

  static func documentRecord(_ document: DocumentAnalysis, file: String) -> JSONValue {
    .object([("type", .string("document")), ("file", .string(file))] + documentFields(document))
  }
}
