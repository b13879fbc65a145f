import ArgumentParser
import KoEn

/// The granularity of `koen segment`.
enum SegmentLevel: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// Tokens with their language.
  case token
  /// Language runs: neutral characters join the run around them.
  case run
  /// Lines with their language (`en`, `ko`, `mixed`, `none`).
  case line
}

/// `koen segment`: language-tagged segments with exact offsets.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Split text into language-tagged segments (tokens, runs or lines).",
    discussion: """
      Segments tile the input: joined in order they give back every byte, line
      breaks, a byte order mark and invalid bytes included.
      Records (jsonl, one per segment):
        {"file":…,"start":B,"end":B,"lang":"ko","script":"Hang","text":"…"}
      With --level line ('end' excludes the line break):
        {"file":…,"line":N,"start":B,"end":B,"lang":"mixed","text":…,
         "letters":{"ko":N,"en":N}}
      Languages: ko, en, ja, zh, und (other letters), zxx (no letters).

      Examples:
        koen segment article.txt
        koen segment --format jsonl --offsets utf16 -r corpus/ > segments.jsonl
        koen segment --level line --format tsv notes.txt
        koen segment --format html capture.txt > capture.html
      """)

  @Option(help: "token, run (language runs) or line.")
  var level: SegmentLevel = .run

  @Flag(help: "Do not cut long segments to the terminal's width in text output.")
  var wide = false

  @Flag(name: .customLong("keep-invalid"), help: "Process files with invalid UTF-8; bad bytes become U+FFFD in 'text' (offsets still cover them).")
  var keepInvalid = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws { try output.require([.text, .json, .jsonl, .tsv, .html]) }

  func run() throws {
    let processor = SegmentProcessor(
      level: level, format: output.format, offsets: output.offsets, palette: output.palette,
      policy: .init(acceptInvalidUTF8: keepInvalid), width: wide ? Int.max : (Terminal.width(1) ?? 120))
    var prologue = ""
    if output.format == .tsv {
      prologue = level == .line ? "file\tline\tstart\tend\tlang\ttext\n" : "file\tstart\tend\tlang\tscript\ttext\n"
    } else if output.format == .html {
      prologue = HTMLPage.head(
        title: "koen segment (\(level.rawValue)s)",
        legend: [("ko", "Korean (ko)"), ("en", "English (en)"), ("und", "other letters (ja, zh, und)"), ("zxx", "no letters (zxx)")])
    }
    try CommandRun.execute(
      input: input, record: record, framing: output.framing, prologue: prologue, processor: processor,
      records: processor,
      epilogue: { output.format == .html ? HTMLPage.tail(note: "Made by koen segment. Offsets are UTF-8 bytes; hover a span for its range.") : "" })
  }
}

/// Segments each input, carrying the last segment of a chunk into the next so streamed
/// output equals whole-file output.
struct SegmentProcessor: DocumentProcessor, RecordProcessor {
  let level: SegmentLevel
  let format: OutputFormat
  let offsets: OffsetUnit
  let palette: Palette
  let policy: ContentCheck.Policy
  /// The width of a text row in terminal columns.
  var width = Int.max

  var contentPolicy: ContentCheck.Policy { policy }
  /// Lines and tokens end at line breaks; a language run may go on across one, the HTML
  /// page counts bytes over the whole input, and UTF-16 and scalar offsets carry a count.
  var independentChunks: Bool { level != .run && format != .html && offsets == .utf8 }

  struct State {
    var file: String
    var mapper: OffsetMapper
    /// Bytes not yet segmented for good (the last segment of the previous chunk).
    var carry: [UInt8] = []
    var carryOffset = 0
    var carryLine = 1
    /// Bytes per language, for the HTML summary.
    var counts: [String: Int] = [:]
    var startedHTML = false
    /// The JSON records of runs and tokens.
    var records: SpanRecordWriter
  }

  func begin(file: String) -> State {
    State(file: file, mapper: OffsetMapper(unit: offsets), records: SpanRecordWriter(file: file))
  }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    if format == .html && !state.startedHTML {
      state.startedHTML = true
      out.text("<section class=\"doc\"><h2>\(HTMLPage.escape(chunk.file))</h2>\n<div class=\"text plain\">")
    } else if format == .text && chunk.offset == 0 {
      out.text(palette.paint(chunk.file, palette.bold) + "\n")
    }
    var text = state.carry
    text.append(contentsOf: chunk.bytes)
    let base = state.carry.isEmpty ? chunk.offset : state.carryOffset
    let firstLine = state.carry.isEmpty ? chunk.firstLine : state.carryLine
    state.carry = []
    state.mapper.begin(chunk: text, at: base)
    switch level {
    case .line:
      for line in lines(in: text) {
        emitLine(line, text: text, base: base, firstLine: firstLine, state: &state, into: &out)
      }
    case .run, .token:
      var segments = self.segments(in: text)
      if !chunk.isLast, segments.count > 1 {
        let last = segments.removeLast()
        state.carry = Array(text[last.range.lowerBound...])
        state.carryOffset = base + last.range.lowerBound
        state.carryLine =
          firstLine + text.withUnsafeBufferPointer { LineChunker.lineBreaks(in: UnsafeBufferPointer(rebasing: $0[..<last.range.lowerBound])) }
      }
      for segment in segments { emit(segment, text: text, base: base, state: &state, into: &out) }
    }
  }

  /// The language runs of `bytes` (`--level run`), or its tokens as segments (`--level
  /// token`), in order; they tile the bytes.
  private func segments(in bytes: [UInt8]) -> [KoEn.Segment] {
    bytes.withUnsafeBufferPointer { buffer in
      level == .run
        ? Array(Segmenter(unsafeUTF8: buffer))
        : Tokenizer(unsafeUTF8: buffer).map { KoEn.Segment(range: $0.range, language: $0.language, script: $0.script) }
    }
  }

  /// The lines of `bytes` with their letters per language.
  private func lines(in bytes: [UInt8]) -> [LineProfile] {
    bytes.withUnsafeBufferPointer { Array(LineProfiler(tokenizer: Tokenizer(unsafeUTF8: $0))) }
  }

  func end(state: inout State, into out: inout Emitter) {
    if format == .html && state.startedHTML {
      out.text("</div>\n")
      let rows = ["ko", "en", "ja", "zh", "und", "zxx"].compactMap { tag -> (cls: String, label: String, count: Int)? in
        guard let n = state.counts[tag], n > 0 else { return nil }
        return (tag, tag, n)
      }
      out.text(HTMLPage.countsTable("bytes per language", rows) + "</section>\n")
    }
  }

  private func emit(_ segment: KoEn.Segment, text: [UInt8], base: Int, state: inout State, into out: inout Emitter) {
    let start = base + segment.range.lowerBound
    let end = base + segment.range.upperBound
    if format == .json || format == .jsonl {
      let (from, to) = (state.mapper.map(start), state.mapper.map(end))
      text.withUnsafeBufferPointer { bytes in
        // Checked input is well-formed UTF-8: its text is escaped without decoding.
        let readableEnd = policy.acceptInvalidUTF8 ? nil : bytes.baseAddress.map { $0 + bytes.count }
        out.writeRecordLine { buffer in
          state.records.write(
            to: buffer, start: from, end: to, slot: segment.language.ordinal, script: segment.script,
            text: UnsafeBufferPointer(rebasing: bytes[segment.range]), readableEnd: readableEnd
          ) {
            SpanRecordWriter.fields(["lang": segment.language.rawValue, "script": segment.script.code])
          }
        }
      }
      return
    }
    let language = segment.language.rawValue
    let script = segment.script.code
    switch format {
    case .tsv:
      let (from, to) = (state.mapper.map(start), state.mapper.map(end))
      let file = state.file
      text.withUnsafeBufferPointer { bytes in
        out.text { buffer in
          TSVRow.write(to: buffer) { row in
            row.field(file)
            row.field(from)
            row.field(to)
            row.field(language)
            row.field(script)
            row.field(utf8: UnsafeBufferPointer(rebasing: bytes[segment.range]))
          }
        }
      }
      return
    default: break
    }
    let content = String(decoding: text[segment.range], as: UTF8.self)
    switch format {
    case .html:
      state.counts[language, default: 0] += segment.range.count
      out.text("<span class=\"\(language)\" title=\"\(language) \(script) \(start)–\(end)\">\(HTMLPage.escape(content))</span>")
    default:
      let style = palette.language(segment.language)
      out.text(
        "\(palette.paint(DisplayWidth.padLeft(String(start), to: 8), palette.dim)) \(palette.paint(DisplayWidth.padLeft(String(end), to: 8), palette.dim))  "
          + "\(palette.paint(DisplayWidth.pad(language, to: 4), style)) \(DisplayWidth.pad(script, to: 5)) "
          + "\(palette.paint(DisplayWidth.truncate(visible(content), to: room(after: 30)), style))\n")
    }
  }

  private func emitLine(_ line: LineProfile, text: [UInt8], base: Int, firstLine: Int, state: inout State, into out: inout Emitter) {
    let number = firstLine + line.number - 1
    let language = line.language.rawValue
    let start = base + line.range.lowerBound
    let end = base + line.range.upperBound
    switch format {
    case .json, .jsonl:
      let (from, to) = (state.mapper.map(start), state.mapper.map(end))
      let file = state.file
      text.withUnsafeBufferPointer { bytes in
        out.record { r in
          r.string("file", file)
          r.int("line", number)
          r.int("start", from)
          r.int("end", to)
          r.string("lang", language)
          r.string("text", utf8: UnsafeBufferPointer(rebasing: bytes[line.range]))
          r.object("letters") { letters in
            for language in [Language.ko, .en, .ja, .zh, .und] where line.letters[language] > 0 {
              letters.int(named: language.rawValue, line.letters[language])
            }
          }
        }
      }
      return
    case .tsv:
      let (from, to) = (state.mapper.map(start), state.mapper.map(end))
      let file = state.file
      text.withUnsafeBufferPointer { bytes in
        out.text { buffer in
          TSVRow.write(to: buffer) { row in
            row.field(file)
            row.field(number)
            row.field(from)
            row.field(to)
            row.field(language)
            row.field(utf8: UnsafeBufferPointer(rebasing: bytes[line.range]))
          }
        }
      }
      return
    default: break
    }
    let content = String(decoding: text[line.range], as: UTF8.self)
    switch format {
    case .html:
      state.counts[language, default: 0] += 1
      let cls: String
      switch line.language {
      case .ko, .en: cls = language
      case .mixed: cls = "und"
      case .none: cls = "zxx"
      }
      out.text("<div class=\"ln\"><span class=\"no\">\(number)</span><span class=\"lang\">\(language)</span><span></span><span class=\"body \(cls)\">\(HTMLPage.escape(content))</span></div>")
    default:
      let style = palette.language(line.language)
      out.text("\(palette.paint(DisplayWidth.padLeft(String(number), to: 6), palette.dim))  \(palette.paint(DisplayWidth.pad(language, to: 6), style)) \(DisplayWidth.truncate(visible(content), to: room(after: 15)))\n")
    }
  }

  /// The columns left for text after `used` columns.
  private func room(after used: Int) -> Int { width == Int.max ? Int.max : max(20, width - used) }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    let bytes = Array(text.utf8)
    var mapper = OffsetMapper(unit: offsets)
    mapper.begin(chunk: bytes, at: 0)
    switch level {
    case .line:
      return .array(lines(in: bytes).map { line in
        .object([
          ("line", .int(line.number)), ("start", .int(mapper.map(line.range.lowerBound))),
          ("end", .int(mapper.map(line.range.upperBound))), ("lang", .string(line.language.rawValue)),
          ("text", .string(String(decoding: bytes[line.range], as: UTF8.self))),
        ])
      })
    case .run, .token:
      return .array(segments(in: bytes).map { s in
        s.jsonRecord(file: nil, text: String(decoding: bytes[s.range], as: UTF8.self)) { mapper.map($0) }
      })
    }
  }
}

/// Language runs go on across line breaks, but a chunk's runs from its settled offset on
/// (`Segmenter.settledOffset`) are the same whatever came before it: those are made on the
/// worker threads, and only the text before that offset is segmented again, on the
/// writing thread, with the run the previous chunk carried (as `process` does).
extension SegmentProcessor: SettlingProcessor {
  /// Run-level records whose offsets are the chunks' own (UTF-8) and which carry nothing
  /// from one segment to the next.
  var settlesChunks: Bool { level == .run && offsets == .utf8 && [.json, .jsonl, .tsv].contains(format) }

  func settle(_ chunk: Chunk, buffers: BufferPool) -> ChunkSettlement {
    var out = Emitter(buffers: buffers)
    var state = begin(file: chunk.file)
    state.mapper.begin(chunk: chunk.bytes, at: chunk.offset)
    let segments = self.segments(in: chunk.bytes)
    // The first chunk starts the input: all of it is settled, as on one thread, unless it is
    // one segment (which `process` writes at once rather than carrying).
    let start = chunk.offset == 0
      ? (segments.count > 1 ? 0 : nil) : chunk.bytes.withUnsafeBufferPointer { Segmenter(unsafeUTF8: $0).settledOffset }
    let carryFrom = segments.last?.range.lowerBound ?? 0
    guard let start else { return ChunkSettlement(start: nil, carryFrom: carryFrom, output: out) }
    for segment in segments where segment.range.lowerBound >= start {
      if !chunk.isLast && segment.range.lowerBound == carryFrom { break }
      emit(segment, text: chunk.bytes, base: chunk.offset, state: &state, into: &out)
    }
    return ChunkSettlement(start: start, carryFrom: carryFrom, output: out)
  }

  func join(_ chunk: Chunk, _ settlement: ChunkSettlement, state: inout State, into out: inout Emitter) -> Bool {
    guard let start = settlement.start else {
      process(chunk, state: &state, into: &out)
      return false
    }
    // The runs of the carried text and the chunk up to the settled offset, as `process`
    // finds them: they end there (the settled offset is a boundary whatever came before).
    var text = state.carry
    text.append(contentsOf: chunk.bytes)
    let base = state.carry.isEmpty ? chunk.offset : state.carryOffset
    let target = chunk.offset - base + start
    var head: [KoEn.Segment] = []
    if target > 0 {
      text.withUnsafeBufferPointer { buffer in
        for segment in Segmenter(unsafeUTF8: buffer) {
          guard segment.range.upperBound <= target else { break }
          head.append(segment)
          if segment.range.upperBound == target { break }
        }
      }
      guard head.last?.range.upperBound == target else {
        // Not a boundary after all: the whole chunk, as on one thread.
        process(chunk, state: &state, into: &out)
        return false
      }
    }
    state.mapper.begin(chunk: text, at: base)
    for segment in head { emit(segment, text: text, base: base, state: &state, into: &out) }
    state.carry = chunk.isLast ? [] : Array(chunk.bytes[settlement.carryFrom...])
    state.carryOffset = chunk.offset + settlement.carryFrom
    return true
  }
}
