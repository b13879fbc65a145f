import ArgumentParser
import KoEn

/// The romanization schemes of `koen romanize`.
enum SchemeChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// Revised Romanization of Korean (2000), with its sound changes.
  case rr
  /// The Revised Romanization's letter-for-letter transliteration (reversible).
  case rrTranslit = "rr-translit"
  /// McCune–Reischauer.
  case mr
  /// ICU's Hangul-Latin transliterator.
  case icu

  /// KoEn's scheme of the same name.
  var scheme: RomanizationScheme {
    switch self {
    case .rr: .revised
    case .rrTranslit: .revisedTransliteration
    case .mr: .mccuneReischauer
    case .icu: .icu
    }
  }
}

/// `koen romanize`: Korean in Latin letters.
struct Romanize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Romanize Korean (Revised Romanization by default), line by line.",
    discussion: """
      Writes exactly one output line per input line; Latin letters, digits,
      punctuation and spacing pass through. The Revised Romanization applies the
      sound changes its rules write (신라 → Silla, 종로 → Jongno, 같이 → gachi); --explain
      shows which rule did what.

      Examples:
        koen romanize --word 신라 --word 독립문
        koen romanize --name --word 한복남            Han Boknam
        koen romanize --address --word 의정부시       Uijeongbu-si
        koen romanize --scheme mr places.txt
        echo 왕십리 | koen romanize --explain
      """)

  @Option(help: "rr (Revised Romanization), rr-translit, mr (McCune–Reischauer) or icu.")
  var scheme: SchemeChoice = .rr

  @Option(name: .customLong("word"), help: ArgumentHelp("Romanize this text instead of reading inputs (repeatable).", valueName: "text"))
  var words: [String] = []

  @Flag(help: "The input is a personal name (family name first).")
  var name = false

  @Flag(help: "Trailing administrative units (-si, -gu, -dong, -ga …) are units: hyphen, no assimilation.")
  var address = false

  @Flag(help: "Capitalize as a proper noun.")
  var proper = false

  @Flag(help: "After each line, list the rules applied.")
  var explain = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws { try output.require([.text, .json, .jsonl, .tsv]) }

  func run() throws {
    var options: RomanizationOptions = [.readHanja]
    if name { options.insert(.personalName) }
    if address { options.insert(.address) }
    if proper { options.insert(.properNoun) }
    let processor = RomanizeProcessor(
      romanizer: Romanizer(scheme: scheme.scheme, options: options), explain: explain, format: output.format, palette: output.palette)
    let prologue = output.format == .tsv ? "file\tline\ttext\tromanized\n" : ""
    if !words.isEmpty {
      let diagnostics = Diagnostics()
      let writer = OutputWriter(sink: OutputSink(), framing: output.framing)
      do {
        if !prologue.isEmpty { try writer.write(.text(prologue)) }
        for word in words {
          var out = Emitter()
          processor.emit(word, file: "<word>", line: 0, into: &out)
          for piece in out.pieces { try writer.write(piece) }
        }
        try writer.finish()
      } catch {
        diagnostics.report(Diagnostic(file: "<stdout>", message: error.description, status: .ioError))
      }
      if diagnostics.status != .success { throw ExitCode(diagnostics.status.rawValue) }
      return
    }
    try CommandRun.execute(
      input: input, record: record, framing: output.framing, prologue: prologue, processor: processor, records: processor)
  }
}

/// Romanizes each line.
struct RomanizeProcessor: DocumentProcessor, RecordProcessor {
  let romanizer: Romanizer
  let explain: Bool
  let format: OutputFormat
  let palette: Palette

  /// Nothing is carried from one chunk to the next: chunks are whole lines.
  struct State {}

  func begin(file: String) -> State { State() }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    var number = chunk.firstLine
    forEachLine(chunk.bytes) { content, lineBreak in
      emit(String(decoding: content, as: UTF8.self), file: chunk.file, line: number, into: &out, lineBreak: lineBreak)
      number += 1
    }
  }

  func end(state: inout State, into out: inout Emitter) {}

  /// Romanizes one line (`line` 0 for `--word`).
  func emit(_ text: String, file: String, line: Int, into out: inout Emitter, lineBreak: ArraySlice<UInt8> = [0x0A]) {
    let romanized = romanizer.romanize(text)
    let steps = explain ? romanizer.explain(text).description.split(separator: "\n").map(String.init) : []
    switch format {
    case .json, .jsonl:
      var fields: [(String, JSONValue)] = []
      if line > 0 { fields += [("file", .string(file)), ("line", .int(line))] }
      fields += [("text", .string(text)), ("romanized", .string(romanized))]
      if explain { fields.append(("steps", .array(steps.map(JSONValue.string)))) }
      out.record(.object(fields))
    case .tsv:
      out.text([line > 0 ? file : "", line > 0 ? String(line) : "", text, romanized].map(tsvField).joined(separator: "\t") + "\n")
    default:
      out.bytes(Array(romanized.utf8) + (lineBreak.isEmpty ? [] : Array(lineBreak)))
      for step in steps { out.text(palette.paint("  \(step)", palette.dim) + "\n") }
    }
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    .string(romanizer.romanize(text))
  }
}
