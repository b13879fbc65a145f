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
        {"type":"document","file":…,"format":"text","dominant":"en","lines":N,
         "content":N,"chrome":N,"untranslated":N,"blank":N,"fragments":N}
      ("format": what the file was read as, --as or inferred: text, markdown,
      po, locale-table, …)
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

/// Analyzes each input as one document, in two readings: the lines come out as they are
/// decided, so an input of any size streams (HTML, a page for people, holds the document).
struct AnalyzeProcessor: DocumentProcessor, RecordProcessor {
  let settings: AnalysisSettings
  let format: OutputFormat
  let offsets: OffsetUnit
  let palette: Palette
  let width: Int

  /// One input's analysis and what its output has written so far.
  struct State {
    var stream: AnalysisStream
    /// The whole input, for HTML.
    var whole: WholeDocument
    var mapper: OffsetMapper
    /// Offsets in the chosen unit of fragment boundaries already mapped (catalogue
    /// findings refer back to them).
    var mapped: [Int: Int] = [:]
    var tally = AnalysisText.Tally()
    /// The file's `line` records, its name escaped once.
    var records: LineRecordWriter
  }

  var surveys: Bool { format != .html }

  func begin(file: String) -> State {
    State(
      stream: AnalysisStream(file: file, settings: settings), whole: WholeDocument(file: file),
      mapper: OffsetMapper(unit: offsets), records: LineRecordWriter(file: file))
  }

  func survey(_ chunk: Chunk, state: inout State) { state.stream.survey(chunk) }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    if format == .html {
      state.whole.append(chunk)
      return
    }
    if chunk.offset == 0 && format == .text {
      out.text(AnalysisText(palette: palette, width: width).header(file: state.stream.file))
    }
    write(state.stream.analyze(chunk), &state, &out)
  }

  func end(state: inout State, into out: inout Emitter) {
    if format == .html {
      let bytes = state.whole.bytes
      out.text(AnalysisHTML.section(settings.analyze(bytes, fileName: state.whole.file), file: state.whole.file, bytes: bytes))
      return
    }
    write(state.stream.finish(), &state, &out)
    let file = state.stream.file
    switch format {
    case .json, .jsonl:
      let mapped = state.mapped
      for finding in state.stream.catalogFindings {
        out.record(buffer: { AnalysisRecord.finding(file: file, finding).write(to: $0, offset: { mapped[$0] ?? $0 }) })
      }
      out.record(buffer: { AnalysisRecord.document(file: file, state.stream.summary).write(to: $0) })
    case .tsv:
      break
    default:
      out.text(AnalysisText(palette: palette, width: width).footer(
        dominant: state.stream.dominant, tally: state.tally, findings: state.stream.catalogFindings))
    }
  }

  private func write(_ lines: [StreamedLine], _ state: inout State, _ out: inout Emitter) {
    // The records of a document that is no catalogue, with offsets in UTF-8 bytes: the
    // offsets as the analysis has them, nothing kept for findings. Read in place through a
    // pointer, each line borrowed, and written with nothing of the state but the writer.
    if (format == .jsonl || format == .json) && offsets == .utf8 && state.stream.format?.isCatalogue == false {
      if !state.mapped.isEmpty { state.mapped = [:] }
      let records = state.records
      // Each line's analysis handed over by its address, not copied for the call.
      guard let lineOffset = MemoryLayout<StreamedLine>.offset(of: \.line) else { preconditionFailure("a stored line") }
      lines.withUnsafeBufferPointer { lines in
        guard let base = lines.baseAddress else { return }
        for k in lines.indices {
          let line = UnsafeRawPointer(base + k).advanced(by: lineOffset).assumingMemoryBound(to: AnalyzedLine.self)
          out.record(buffer: { records.write(lineAt: line, to: $0) })
        }
      }
      return
    }
    let file = state.stream.file
    // Lines read in place by index: a record borrows its line instead of copying it.
    for k in lines.indices {
      switch format {
      case .json, .jsonl:
        // The mapper reads the input in order: each line with its line break.
        state.mapper.begin(lines[k])
        // Only a catalogue's findings, written after its lines, look the boundaries up.
        if state.stream.format?.isCatalogue != false {
          for f in lines[k].line.fragments {
            state.mapped[f.range.lowerBound] = state.mapper.map(f.range.lowerBound)
            state.mapped[f.range.upperBound] = state.mapper.map(f.range.upperBound)
          }
        }
        if state.stream.format?.isCatalogue == false && !state.mapped.isEmpty { state.mapped = [:] }
        out.record(buffer: { state.records.write(lines[k].line, to: $0, offset: { state.mapper.map($0) }) })
      case .tsv:
        let item = lines[k]
        let line = item.line
        state.mapper.begin(item)
        let fields = [
          file, String(line.number), String(state.mapper.map(line.range.lowerBound)),
          String(state.mapper.map(line.range.upperBound)), line.language.rawValue, line.role.rawValue,
          line.fragments.map(\.text).joined(separator: ";"), String(decoding: item.text, as: UTF8.self),
        ]
        out.text(fields.map(tsvField).joined(separator: "\t") + "\n")
      default:
        let item = lines[k]
        let line = item.line
        state.tally.add(line)
        out.text(AnalysisText(palette: palette, width: width).row(
          line, text: item.text, numberWidth: AnalysisText.numberWidth(lineCount: state.stream.lineCount)))
      }
    }
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    let bytes = Array(text.utf8)
    let document = settings.analyze(bytes, fileName: "")
    var mapper = OffsetMapper(unit: offsets)
    mapper.begin(chunk: bytes, at: 0)
    var fields = DocumentAnalysis.jsonSummaryFields(
      dominant: document.dominant, lines: document.lines.count, counts: document.counts,
      fragments: document.fragments.count, findings: document.catalogFindings.count, format: document.format)
    fields.append(("by_line", .array(document.lines.map { line in
      var record = line.jsonRecord(file: nil) { mapper.map($0) }
      if case .object(var f) = record {
        f.removeAll { $0.0 == "type" }
        record = .object(f)
      }
      return record
    })))
    return .object(fields)
  }
}
