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

/// Keeps the content lines of each document.
struct CleanProcessor: DocumentProcessor, RecordProcessor {
  let settings: AnalysisSettings
  let keepUntranslated: Bool
  let romanize: Bool

  func begin(file: String) -> WholeDocument { WholeDocument(file: file) }

  func process(_ chunk: Chunk, state: inout WholeDocument, into out: inout Emitter) { state.append(chunk) }

  func end(state: inout WholeDocument, into out: inout Emitter) {
    out.bytes(clean(state.bytes, file: state.file))
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    .string(String(decoding: clean(Array(text.utf8), file: ""), as: UTF8.self))
  }

  /// The kept lines of `bytes`, with their original line breaks.
  func clean(_ bytes: [UInt8], file: String) -> [UInt8] {
    let document = settings.analyze(bytes, fileName: file)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingBlank: [UInt8]? = nil
    var wroteAny = false
    for (index, line) in document.lines.enumerated() {
      let nextStart = index + 1 < document.lines.count ? document.lines[index + 1].range.lowerBound : bytes.count
      let lineBreak = Array(bytes[line.range.upperBound..<nextStart])
      switch line.role {
      case .blank:
        if wroteAny && pendingBlank == nil { pendingBlank = lineBreak.isEmpty ? [0x0A] : lineBreak }
        continue
      case .chrome:
        continue
      case .untranslated where !keepUntranslated:
        continue
      default:
        break
      }
      if let blank = pendingBlank {
        out.append(contentsOf: blank)
        pendingBlank = nil
      }
      out.append(contentsOf: text(of: line, bytes: bytes))
      out.append(contentsOf: lineBreak.isEmpty && index + 1 < document.lines.count ? [0x0A] : lineBreak)
      wroteAny = true
    }
    return out
  }

  private func text(of line: AnalyzedLine, bytes: [UInt8]) -> [UInt8] {
    guard romanize, !line.fragments.isEmpty else { return Array(bytes[line.range]) }
    var out: [UInt8] = []
    var position = line.range.lowerBound
    for fragment in line.fragments.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where fragment.range.lowerBound >= position {
      out.append(contentsOf: bytes[position..<fragment.range.lowerBound])
      let original = String(decoding: bytes[fragment.range], as: UTF8.self)
      out.append(contentsOf: readingRomanizer.romanize(original).utf8)
      position = fragment.range.upperBound
    }
    out.append(contentsOf: bytes[position..<line.range.upperBound])
    return out
  }
}
