import ArgumentParser
import KoEn

extension NormalizationForm: ExpressibleByArgument {}

/// `koen normalize`: NFC, NFD, NFKC, NFKD or NFKC_Casefold, streaming; `--check` reports
/// text that is not in the form.
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Normalize text (NFC, NFD, NFKC, NFKD, NFKC_Casefold), or check that it is.",
    discussion: """
      Writes the normalized text to standard output. Large inputs stream in chunks
      cut only at normalization boundaries, so the output equals normalizing the
      whole text at once. With --check, nothing is rewritten: every line that is not
      in the form is reported (FILE:LINE:COL, the span that changes and what it
      becomes) and the exit status is 1.

      Examples:
        koen normalize --form nfc 한국어.txt > fixed.txt   (decomposed Hangul)
        koen normalize --form nfkc_cf titles.txt    (case- and width-folded keys)
        koen normalize --check -r docs/             (CI: fail unless NFC)
      """)

  @Option(help: "The form: nfc, nfd, nfkc, nfkd or nfkc_cf (NFKC_Casefold).")
  var form: NormalizationForm = .nfc

  @Flag(help: "Report lines not in the form instead of rewriting; exit 1 if any.")
  var check = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws {
    try output.require(check ? [.text, .json, .jsonl, .tsv] : [.text])
  }

  func run() throws {
    let normalizer = try Normalizer(form)
    if check {
      let palette = output.palette
      let prologue =
        output.format == .tsv ? "file\tline\tcolumn\tstart\tend\tform\ttext\tnormalized\n" : ""
      try CommandRun.execute(
        input: input, record: record, framing: output.framing, prologue: prologue,
        processor: NormalizationCheck(normalizer: normalizer, format: output.format, offsets: output.offsets, palette: palette),
        records: NormalizationCheck(normalizer: normalizer, format: .jsonl, offsets: output.offsets, palette: palette))
    } else {
      try CommandRun.execute(
        input: input, record: record, framing: .lines,
        processor: StreamingNormalization(normalizer: normalizer),
        records: StreamingNormalization(normalizer: normalizer))
    }
  }
}

/// Normalizes a stream, cutting only before a scalar that starts a new normalization segment.
struct StreamingNormalization: DocumentProcessor, RecordProcessor {
  let normalizer: Normalizer

  struct State {
    /// Bytes after the last safe cut, carried to the next chunk.
    var pending: [UInt8] = []
  }

  /// A line break never combines with what is around it, so normalizing each chunk of
  /// whole lines on its own gives the same text.
  var independentChunks: Bool { true }

  func begin(file: String) -> State { State() }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    var bytes = state.pending
    bytes.append(contentsOf: chunk.bytes)
    state.pending = []
    if !chunk.isLast {
      let cut = lastBoundary(in: bytes)
      state.pending = Array(bytes[cut...])
      bytes.removeSubrange(cut...)
    }
    if !bytes.isEmpty { out.bytes(normalized(bytes)) }
  }

  func end(state: inout State, into out: inout Emitter) {
    if !state.pending.isEmpty { out.bytes(normalized(state.pending)) }
  }

  /// `bytes` in the form. Checked input is valid UTF-8 and is normalized as bytes, without
  /// a `String` in between (decoding it took a third of a chunk's time); anything else is
  /// decoded first, ill-formed sequences becoming U+FFFD.
  private func normalized(_ bytes: [UInt8]) -> [UInt8] {
    if let result = try? normalizer.normalize(utf8: bytes) { return result }
    return Array(normalizer.normalize(String(decoding: bytes, as: UTF8.self)).utf8)
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    .string(normalizer.normalize(text))
  }

  /// The offset of the last scalar in `bytes` before which the text may be cut (0 if none).
  private func lastBoundary(in bytes: [UInt8]) -> Int {
    var i = bytes.count
    while i > 0 {
      i -= 1
      if bytes[i] & 0xC0 == 0x80 { continue }  // continuation byte
      let scalar = String(decoding: bytes[i...].prefix(4), as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
      if normalizer.hasBoundary(before: scalar) { return i }
    }
    return 0
  }
}

/// `--check`: reports each line that is not in the form, with the span that changes.
struct NormalizationCheck: DocumentProcessor, RecordProcessor {
  let normalizer: Normalizer
  let format: OutputFormat
  let offsets: OffsetUnit
  let palette: Palette

  /// Where the line walk is.
  struct State {
    var mapper: OffsetMapper
  }

  /// Lines are checked one by one; only UTF-16 and scalar offsets carry a count.
  var independentChunks: Bool { offsets == .utf8 }

  func begin(file: String) -> State { State(mapper: OffsetMapper(unit: offsets)) }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    state.mapper.begin(chunk: chunk.bytes, at: chunk.offset)
    var lineNumber = chunk.firstLine
    var start = 0
    let bytes = chunk.bytes
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var contentEnd = end
      if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      let line = String(decoding: bytes[start..<contentEnd], as: UTF8.self)
      if !normalizer.isNormalized(line) {
        out.findings = true
        let change = NormalizationCheck.change(in: line, to: normalizer.normalize(line))
        let byteStart = chunk.offset + start + change.byteRange.lowerBound
        let byteEnd = chunk.offset + start + change.byteRange.upperBound
        switch format {
        case .json, .jsonl:
          out.record(.object([
            ("file", .string(chunk.file)), ("line", .int(lineNumber)), ("column", .int(change.column)),
            ("start", .int(state.mapper.map(byteStart))), ("end", .int(state.mapper.map(byteEnd))),
            ("form", .string(normalizer.form.rawValue)), ("text", .string(change.original)),
            ("normalized", .string(change.normalized)),
          ]))
        case .tsv:
          out.text([chunk.file, String(lineNumber), String(change.column), String(state.mapper.map(byteStart)),
            String(state.mapper.map(byteEnd)), normalizer.form.rawValue, change.original, change.normalized]
            .map(tsvField).joined(separator: "\t") + "\n")
        default:
          out.text("\(palette.paint("\(chunk.file):\(lineNumber):\(change.column):", palette.bold)) not \(normalizer.form.rawValue.uppercased()): \"\(visible(change.original))\" → \"\(visible(change.normalized))\" \(palette.paint(codePoints(change.original), palette.dim))\n")
        }
      }
      lineNumber += 1
      start = end + 1
    }
  }

  func end(state: inout State, into out: inout Emitter) {}

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    let normalized = normalizer.isNormalized(text)
    var fields: [(String, JSONValue)] = [("normalized", .bool(normalized))]
    if !normalized {
      let change = NormalizationCheck.change(in: text, to: normalizer.normalize(text))
      var mapper = OffsetMapper(unit: offsets)
      mapper.begin(chunk: Array(text.utf8), at: 0)
      fields += [
        ("column", .int(change.column)), ("start", .int(mapper.map(change.byteRange.lowerBound))),
        ("end", .int(mapper.map(change.byteRange.upperBound))), ("text", .string(change.original)),
        ("normalized_text", .string(change.normalized)),
      ]
    }
    return .object(fields)
  }

  /// The part of `line` that normalization changes: common prefix and suffix removed.
  static func change(in line: String, to normalized: String) -> (byteRange: Range<Int>, column: Int, original: String, normalized: String) {
    let a = Array(line.unicodeScalars)
    let b = Array(normalized.unicodeScalars)
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    // Back up to a starter so a mark is shown with its base.
    while prefix > 0, prefix < a.count, a[prefix].properties.canonicalCombiningClass != .notReordered || isJamoTail(a[prefix]) {
      prefix -= 1
    }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    let start = a[..<prefix].reduce(0) { $0 + UTF8.width($1) }
    let length = a[prefix..<(a.count - suffix)].reduce(0) { $0 + UTF8.width($1) }
    var original = String.UnicodeScalarView()
    original.append(contentsOf: a[prefix..<(a.count - suffix)])
    var replaced = String.UnicodeScalarView()
    replaced.append(contentsOf: b[prefix..<(b.count - suffix)])
    return (start..<(start + length), prefix + 1, String(original), String(replaced))
  }

  private static func isJamoTail(_ s: Unicode.Scalar) -> Bool {
    (0x1160...0x11FF).contains(s.value) || (0xD7B0...0xD7FF).contains(s.value)
  }
}

/// `U+1112 U+1161 …` for the scalars of `text` (at most eight).
func codePoints(_ text: String) -> String {
  let scalars = Array(text.unicodeScalars)
  var parts = scalars.prefix(8).map { s -> String in
    let hex = String(s.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
  if scalars.count > 8 { parts.append("…") }
  return "(" + parts.joined(separator: " ") + ")"
}
