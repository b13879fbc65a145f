import ArgumentParser
import KoEn

/// `koen translit`: any ICU transliterator, by ID or from a rules file.
struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Transliterate text with an ICU transliterator (an ID or a rules file).",
    discussion: """
      Transliterates line by line; line breaks are kept. ICU's Hangul-Latin is
      letter-by-letter (북한 → bughan); for the official Revised Romanization use
      'koen romanize'.

      Examples:
        koen translit --id Hangul-Latin notes.txt
        koen translit --id 'NFD; Any-Latin; Latin-ASCII; NFC' titles.txt
        koen translit --rules my-rules.txt notes.txt
        koen translit --list | grep -i hangul
      """)

  @Option(name: .customLong("id"), help: ArgumentHelp("An ICU transliterator ID or compound ID.", valueName: "id"))
  var id: String?

  @Option(help: ArgumentHelp("A file of ICU transliteration rules.", valueName: "file"))
  var rules: String?

  @Flag(help: "Use the inverse transliteration.")
  var reverse = false

  @Flag(help: "List the transliterator IDs ICU provides, one per line.")
  var list = false

  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws {
    if list { return }
    guard (id == nil) != (rules == nil) else {
      throw ValidationError("Give either --id ID or --rules FILE (or --list).")
    }
  }

  func run() throws {
    if list {
      let sink = OutputSink()
      do {
        for id in Transliterator.availableIDs.sorted() { try sink.write(id + "\n") }
        try sink.flush()
      } catch {
        throw CommandRun.fail(error.description, .ioError)
      }
      return
    }
    let transliterator: Transliterator
    if let id {
      do {
        transliterator = try Transliterator(id: id, reverse: reverse)
      } catch {
        throw CommandRun.fail(
          "unknown transliterator ID '\(id)' (\(error.icuError.name)); 'koen translit --list' shows the IDs", .usage)
      }
    } else {
      let path = rules!
      let text: String
      do {
        let reader = try ByteReader(.file(path: path, size: 0))
        let bytes = try reader.readAll()
        if let problem = bytes.withUnsafeBufferPointer({
          ContentCheck.problem(in: $0, file: path, offset: 0, firstLine: 1, policy: .init())
        }) {
          throw CommandRun.fail("\(path): \(problem.message)", .dataError)
        }
        text = String(decoding: bytes, as: UTF8.self)
      } catch let failure as ReadFailure {
        throw CommandRun.fail(failure.diagnostic.line.dropFirst(6).description, failure.diagnostic.status)
      }
      do {
        transliterator = try Transliterator(rules: text, id: "koen-rules", reverse: reverse)
      } catch {
        throw CommandRun.fail("\(path): \(visible(error.description))", .dataError)
      }
    }
    let processor = LineTransliteration(transliterator: transliterator)
    try CommandRun.execute(input: input, record: record, framing: .lines, processor: processor, records: processor)
  }
}

/// Transliterates each line on its own, so chunking never changes the result.
struct LineTransliteration: DocumentProcessor, RecordProcessor {
  let transliterator: Transliterator

  func begin(file: String) -> Void {}

  func process(_ chunk: Chunk, state: inout Void, into out: inout Emitter) {
    var result: [UInt8] = []
    result.reserveCapacity(chunk.bytes.count * 2)
    forEachLine(chunk.bytes) { content, lineBreak in
      result.append(contentsOf: transliterator.transliterate(String(decoding: content, as: UTF8.self)).utf8)
      result.append(contentsOf: lineBreak)
    }
    out.bytes(result)
  }

  func end(state: inout Void, into out: inout Emitter) {}

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    .string(transliterator.transliterate(text))
  }
}

/// Calls `body` with each line's content and its line break (`\n`, `\r\n` or nothing).
func forEachLine(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Void) {
  TextLines.forEach(in: bytes, body)
}
