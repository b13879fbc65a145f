import ArgumentParser
import KoEn

/// `koen tokens`: the tokenizer's output.
struct Tokens: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the tokens of the text: words, numbers, punctuation, URLs, line breaks….",
    discussion: """
      Tokens tile the input. Records (jsonl, one per token):
        {"file":…,"start":B,"end":B,"kind":"word","script":"Hang","lang":"ko",
         "text":"…"}
      Kinds: word, number, punctuation, symbol, whitespace, line_break, url, email,
      invalid. KoEn splits words where the script changes between Latin and Hangul
      (NATO에 → NATO | 에) and keeps URLs and e-mail addresses whole.

      Examples:
        koen tokens --format jsonl notes.txt
        koen tokens --words-only notes.txt
      """)

  @Flag(name: .customLong("words-only"), help: "Only word, number, URL and e-mail tokens.")
  var wordsOnly = false

  @Flag(name: .customLong("keep-invalid"), help: "Process files with invalid UTF-8; bad bytes become 'invalid' tokens.")
  var keepInvalid = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws { try output.require([.text, .json, .jsonl, .tsv]) }

  func run() throws {
    let processor = TokenProcessor(
      format: output.format, offsets: output.offsets, palette: output.palette, wordsOnly: wordsOnly,
      policy: .init(acceptInvalidUTF8: keepInvalid))
    try CommandRun.execute(
      input: input, record: record, framing: output.framing,
      prologue: output.format == .tsv ? "file\tstart\tend\tkind\tscript\tlang\ttext\n" : "",
      processor: processor, records: processor)
  }
}

/// Tokenizes each input; chunks end after line breaks, which always end a token.
struct TokenProcessor: DocumentProcessor, RecordProcessor {
  let format: OutputFormat
  let offsets: OffsetUnit
  let palette: Palette
  let wordsOnly: Bool
  let policy: ContentCheck.Policy

  var contentPolicy: ContentCheck.Policy { policy }
  /// Line breaks end tokens; only UTF-16 and scalar offsets carry a count across chunks.
  var independentChunks: Bool { offsets == .utf8 }

  struct State {
    var file: String
    var mapper: OffsetMapper
    var records: SpanRecordWriter
  }

  func begin(file: String) -> State {
    State(file: file, mapper: OffsetMapper(unit: offsets), records: SpanRecordWriter(file: file))
  }

  private func kept(_ token: Token) -> Bool {
    !wordsOnly || [.word, .number, .url, .email].contains(token.kind)
  }

  /// The tokens of `bytes`, in order; they tile the bytes.
  private func tokens(in bytes: [UInt8]) -> [Token] {
    bytes.withUnsafeBufferPointer { Array(Tokenizer(unsafeUTF8: $0)) }
  }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    state.mapper.begin(chunk: chunk.bytes, at: chunk.offset)
    if format == .text && chunk.offset == 0 { out.text(palette.paint(chunk.file, palette.bold) + "\n") }
    chunk.bytes.withUnsafeBufferPointer { buffer in
      if format == .json || format == .jsonl {
        // Checked input is well-formed UTF-8: its text is escaped without decoding.
        let readableEnd = policy.acceptInvalidUTF8 ? nil : buffer.baseAddress.map { $0 + buffer.count }
        for token in Tokenizer(unsafeUTF8: buffer) where kept(token) {
          writeRecord(token, buffer, chunk.offset, readableEnd, &state, &out)
        }
        return
      }
      for token in Tokenizer(unsafeUTF8: buffer) where kept(token) { write(token, chunk, &state, &out) }
    }
  }

  /// Writes the JSON record of `token`, which lies in `bytes`, the chunk at `offset`.
  @inline(__always)
  private func writeRecord(
    _ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ readableEnd: UnsafePointer<UInt8>?,
    _ state: inout State, _ out: inout Emitter
  ) {
    let from = state.mapper.map(offset + token.range.lowerBound)
    let to = state.mapper.map(offset + token.range.upperBound)
    out.writeRecordLine { buffer in
      state.records.write(
        to: buffer, start: from, end: to, slot: token.kind.ordinal * 6 + token.language.ordinal,
        script: token.script, text: UnsafeBufferPointer(rebasing: bytes[token.range]), readableEnd: readableEnd
      ) {
        SpanRecordWriter.fields([
          "kind": token.kind.rawValue, "script": token.script.code, "lang": token.language.rawValue,
        ])
      }
    }
  }

  private func write(_ token: Token, _ chunk: Chunk, _ state: inout State, _ out: inout Emitter) {
    let start = chunk.offset + token.range.lowerBound
    let end = chunk.offset + token.range.upperBound
    switch format {
    case .tsv:
      let (from, to) = (state.mapper.map(start), state.mapper.map(end))
      chunk.bytes.withUnsafeBufferPointer { bytes in
        out.text { line in
          TSVRow.write(to: line) { row in
            row.field(chunk.file)
            row.field(from)
            row.field(to)
            row.field(token.kind.rawValue)
            row.field(token.script.code)
            row.field(token.language.rawValue)
            row.field(utf8: UnsafeBufferPointer(rebasing: bytes[token.range]))
          }
        }
      }
    default:
      let text = String(decoding: chunk.bytes[token.range], as: UTF8.self)
      let style = palette.language(token.language)
      out.text(
        "\(palette.paint(DisplayWidth.padLeft(String(start), to: 8), palette.dim)) \(palette.paint(DisplayWidth.padLeft(String(end), to: 8), palette.dim))  "
          + "\(DisplayWidth.pad(token.kind.rawValue, to: 11)) \(DisplayWidth.pad(token.script.code, to: 5)) "
          + "\(palette.paint(DisplayWidth.pad(token.language.rawValue, to: 4), style)) "
          + "\(palette.paint(visible(text), style))\n")
    }
  }

  func end(state: inout State, into out: inout Emitter) {}

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    let bytes = Array(text.utf8)
    var mapper = OffsetMapper(unit: offsets)
    mapper.begin(chunk: bytes, at: 0)
    return .array(tokens(in: bytes).filter(kept).map { t in
      .object([
        ("start", .int(mapper.map(t.range.lowerBound))), ("end", .int(mapper.map(t.range.upperBound))),
        ("kind", .string(t.kind.rawValue)), ("script", .string(t.script.code)), ("lang", .string(t.language.rawValue)),
        ("text", .string(String(decoding: bytes[t.range], as: UTF8.self))),
      ])
    })
  }
}

