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

/// Keeps the content lines of each document, line by line as the analysis decides them
/// (KoEn's `ContentExtractor` over the streamed lines).
struct CleanProcessor: DocumentProcessor, RecordProcessor {
  let settings: AnalysisSettings
  let keepUntranslated: Bool
  let romanize: Bool

  /// One input's analysis and what is pending in its output.
  struct State {
    var stream: AnalysisStream
    var extractor: ContentExtractor
  }

  var surveys: Bool { true }

  var extractor: ContentExtractor {
    let replacement: ((String) -> String)? = romanize ? { readingRomanizer.romanize($0) } : nil
    return ContentExtractor(keepsUntranslated: keepUntranslated, fragmentReplacement: replacement)
  }

  func begin(file: String) -> State { State(stream: AnalysisStream(file: file, settings: settings), extractor: extractor) }

  func survey(_ chunk: Chunk, state: inout State) { state.stream.survey(chunk) }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    let bytes = state.extractor.add(state.stream.analyze(chunk))
    if !bytes.isEmpty { out.bytes(bytes) }
  }

  func end(state: inout State, into out: inout Emitter) {
    let bytes = state.extractor.add(state.stream.finish())
    if !bytes.isEmpty { out.bytes(bytes) }
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    let bytes = Array(text.utf8)
    return .string(String(decoding: extractor.content(of: bytes, format: settings.format(of: bytes, fileName: ""), options: settings.options, fileName: nil), as: UTF8.self))
  }
}
