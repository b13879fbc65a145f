import ArgumentParser
import KoEn

/// `koen clean`: the document's content only.
struct Clean: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the document's content only: chrome (and untranslated lines) removed.",
    discussion: """
      Keeps content lines byte for byte, with their line breaks; drops chrome lines
      and, unless --keep-untranslated, untranslated lines; collapses the blank lines
      left behind to one and drops blank lines at the start and end. With
      --romanize-untranslated, Korean fragments in kept lines are replaced by their
      romanization (for English-only pipelines).

      Examples:
        koen clean capture.txt > article.txt
        koen clean --keep-untranslated -r captures/ --include '*.txt'
        cat records.jsonl | koen clean --jsonl-in --field body --into clean_body
      """)

  @Flag(help: "Keep lines left untranslated (they are content in the other language).")
  var keepUntranslated = false

  @Flag(help: "Replace Korean fragments in kept lines with their Revised Romanization.")
  var romanizeUntranslated = false

  @OptionGroup var analysis: AnalysisArguments
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func run() throws {
    let processor = CleanProcessor(
      settings: try analysis.settings(input: input), keepUntranslated: keepUntranslated, romanize: romanizeUntranslated)
    try CommandRun.execute(input: input, record: record, framing: .lines, processor: processor, records: processor)
  }
}

/// Keeps the content lines of each document, line by line as the analysis decides them.
struct CleanProcessor: DocumentProcessor, RecordProcessor {
  let settings: AnalysisSettings
  let keepUntranslated: Bool
  let romanize: Bool

  /// One input's analysis and what is pending in its output.
  struct State {
    var stream: AnalysisStream
    var writer = Writer()
  }

  /// Writes kept lines with their own line breaks: blank lines between kept lines collapse
  /// to one, and none are written before the first kept line or after the last.
  struct Writer {
    /// The line break of the first blank line since the last kept line.
    private var pendingBlank: [UInt8]? = nil
    private var wroteAny = false

    mutating func add(_ role: LineRole, text: [UInt8], lineBreak: ArraySlice<UInt8>, keep: Bool, into out: inout [UInt8]) {
      if role == .blank {
        if wroteAny && pendingBlank == nil { pendingBlank = lineBreak.isEmpty ? [0x0A] : Array(lineBreak) }
        return
      }
      guard keep else { return }
      if let blank = pendingBlank { out += blank }
      pendingBlank = nil
      out += text
      out += lineBreak  // empty only after the document's last line
      wroteAny = true
    }
  }

  var surveys: Bool { true }

  func begin(file: String) -> State { State(stream: AnalysisStream(file: file, settings: settings)) }

  func survey(_ chunk: Chunk, state: inout State) { state.stream.survey(chunk) }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    var bytes: [UInt8] = []
    write(state.stream.analyze(chunk), &state, &bytes)
    if !bytes.isEmpty { out.bytes(bytes) }
  }

  func end(state: inout State, into out: inout Emitter) {
    var bytes: [UInt8] = []
    write(state.stream.finish(), &state, &bytes)
    if !bytes.isEmpty { out.bytes(bytes) }
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    .string(String(decoding: clean(Array(text.utf8)), as: UTF8.self))
  }

  /// The kept lines of a whole document, with their original line breaks.
  func clean(_ bytes: [UInt8]) -> [UInt8] {
    var state = begin(file: "")
    let chunk = Chunk(file: "", bytes: bytes, offset: 0, firstLine: 1, isLast: true)
    survey(chunk, state: &state)
    var out: [UInt8] = []
    write(state.stream.analyze(chunk), &state, &out)
    write(state.stream.finish(), &state, &out)
    return out
  }

  private func write(_ lines: [StreamedLine], _ state: inout State, _ out: inout [UInt8]) {
    for item in lines {
      let line = item.line
      let keep = line.role == .content || (line.role == .untranslated && keepUntranslated)
      let text = keep ? self.text(of: line, bytes: state.stream.bytes(line.range)) : []
      state.writer.add(line.role, text: text, lineBreak: state.stream.bytes(item.lineBreak), keep: keep, into: &out)
    }
  }

  /// A kept line's bytes, its Korean fragments romanized when asked.
  private func text(of line: AnalyzedLine, bytes: ArraySlice<UInt8>) -> [UInt8] {
    guard romanize, !line.fragments.isEmpty else { return Array(bytes) }
    let base = bytes.startIndex - line.range.lowerBound
    var out: [UInt8] = []
    var position = line.range.lowerBound
    for fragment in line.fragments.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where fragment.range.lowerBound >= position {
      out.append(contentsOf: bytes[(position + base)..<(fragment.range.lowerBound + base)])
      let original = String(decoding: bytes[(fragment.range.lowerBound + base)..<(fragment.range.upperBound + base)], as: UTF8.self)
      out.append(contentsOf: readingRomanizer.romanize(original).utf8)
      position = fragment.range.upperBound
    }
    out.append(contentsOf: bytes[(position + base)..<(line.range.upperBound + base)])
    return out
  }
}
