import ArgumentParser
import KoEn

/// `koen stats`: what is in each file.
struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Count bytes, lines, letters per script and language, Hangul forms and lines per role.",
    discussion: """
      Per file: bytes; lines; letters per script (ISO 15924) and per language; the
      dominant language by letter mass; Hangul forms (precomposed syllables,
      conjoining jamo as in NFD text, compatibility jamo such as ㅋㅋ, halfwidth
      jamo); lines per role.
      Records (jsonl), one per file:
        {"file":…,"bytes":N,"lines":N,"letters":{"Hang":N,"Latn":N},
         "languages":{"ko":N,"en":N},"dominant":"en",
         "hangul":{"syllables":N,"conjoining_jamo":N,"compatibility_jamo":N,
                   "halfwidth_jamo":N},
         "roles":{"content":N,"chrome":N,"untranslated":N,"blank":N}}

      Examples:
        koen stats article.txt
        koen stats --format tsv -r corpus/ > stats.tsv
      """)

  @OptionGroup var analysis: AnalysisArguments
  @OptionGroup var output: OutputOptions
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws { try output.require([.text, .json, .jsonl, .tsv]) }

  func run() throws {
    let processor = StatsProcessor(settings: try analysis.settings(), format: output.format, palette: output.palette)
    let prologue = output.format == .tsv
      ? "file\tbytes\tlines\tletters\tko\ten\tja\tzh\tund\tdominant\thangul_syllables\tconjoining_jamo\tcompatibility_jamo\thalfwidth_jamo\tcontent\tchrome\tuntranslated\tblank\n"
      : ""
    try CommandRun.execute(
      input: input, record: record, framing: output.framing, prologue: prologue, processor: processor, records: processor)
  }
}

/// The counts of one text.
struct TextCounts: Sendable {
  var bytes = 0
  var lines = 0
  var letters: [String: Int] = [:]
  /// Letters per language, summed over the lines.
  var languages = LetterCounts()
  var syllables = 0
  var conjoiningJamo = 0
  var compatibilityJamo = 0
  var halfwidthJamo = 0
  var roles = RoleCounts()
  /// The document's language, as the analysis tells it.
  var dominant = Language.zxx
  var endsWithoutBreak = false

  /// Adds the scalar-level counts of `bytes` (valid UTF-8 or not).
  mutating func count(_ bytes: [UInt8]) {
    self.bytes += bytes.count
    for b in bytes where b == 0x0A { lines += 1 }
    if let last = bytes.last { endsWithoutBreak = last != 0x0A }
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      let v = scalar.value
      switch v {
      case 0xAC00...0xD7A3: syllables += 1
      case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: conjoiningJamo += 1
      case 0x3131...0x318E: compatibilityJamo += 1
      case 0xFFA0...0xFFDC: halfwidthJamo += 1
      default: break
      }
      guard scalar.properties.isAlphabetic else { continue }
      letters[Script(of: scalar).code, default: 0] += 1
    }
  }

  /// The line count, counting a last line without a line break.
  var lineCount: Int { lines + (endsWithoutBreak ? 1 : 0) }

  static let languageOrder: [Language] = [.ko, .en, .ja, .zh, .und]

  /// The letters per script, most first, then by code.
  var sortedLetters: [(String, Int)] {
    letters.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  var record: [(String, JSONValue)] {
    var fields: [(String, JSONValue)] = [
      ("bytes", .int(bytes)), ("lines", .int(lineCount)),
      ("letters", .object(sortedLetters.map { ($0.0, .int($0.1)) })),
      ("languages", .object(TextCounts.languageOrder.compactMap { language in
        languages[language] > 0 ? (language.rawValue, .int(languages[language])) : nil
      })),
      ("dominant", .string(dominant.rawValue)),
      ("hangul", .object([
        ("syllables", .int(syllables)), ("conjoining_jamo", .int(conjoiningJamo)),
        ("compatibility_jamo", .int(compatibilityJamo)), ("halfwidth_jamo", .int(halfwidthJamo)),
      ])),
    ]
    fields.append(("roles", .object(LineRole.allCases.map { ($0.rawValue, .int(roles[$0])) })))
    return fields
  }
}

/// Counts each input.
struct StatsProcessor: DocumentProcessor, RecordProcessor {
  let settings: AnalysisSettings
  let format: OutputFormat
  let palette: Palette

  /// One input's counts so far, and its analysis.
  struct State {
    var stream: AnalysisStream
    var counts = TextCounts()
  }

  var surveys: Bool { true }

  func begin(file: String) -> State { State(stream: AnalysisStream(file: file, settings: settings)) }

  func survey(_ chunk: Chunk, state: inout State) { state.stream.survey(chunk) }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    state.counts.count(chunk.bytes)
    chunk.bytes.withUnsafeBufferPointer { buffer in
      for line in LineProfiler(tokenizer: Tokenizer(unsafeUTF8: buffer)) { state.counts.languages += line.letters }
    }
    _ = state.stream.analyze(chunk)
  }

  func end(state: inout State, into out: inout Emitter) {
    _ = state.stream.finish()
    var counts = state.counts
    counts.roles = state.stream.counts
    counts.dominant = state.stream.dominant
    let file = state.stream.file
    switch format {
    case .json, .jsonl:
      out.record(.object([("file", .string(file))] + counts.record))
    case .tsv:
      var fields = [file, String(counts.bytes), String(counts.lineCount), String(counts.letters.values.reduce(0, +))]
      fields += TextCounts.languageOrder.map { String(counts.languages[$0]) }
      fields += [counts.dominant.rawValue, String(counts.syllables), String(counts.conjoiningJamo), String(counts.compatibilityJamo), String(counts.halfwidthJamo)]
      fields += LineRole.allCases.map { String(counts.roles[$0]) }
      out.text(fields.map(tsvField).joined(separator: "\t") + "\n")
    default:
      out.text(text(counts, file: file))
    }
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    .object(measure(Array(text.utf8)).record)
  }

  /// Every count of one text: scalars, letters per language, and the analysis's dominant
  /// language and lines per role.
  func measure(_ bytes: [UInt8]) -> TextCounts {
    var counts = TextCounts()
    counts.count(bytes)
    bytes.withUnsafeBufferPointer { buffer in
      for line in LineProfiler(tokenizer: Tokenizer(unsafeUTF8: buffer)) { counts.languages += line.letters }
    }
    let document = settings.analyze(bytes, fileName: "")
    counts.roles = document.counts
    counts.dominant = document.dominant
    return counts
  }

  private func text(_ c: TextCounts, file: String) -> String {
    func n(_ value: Int) -> String {
      var digits = String(value)
      var i = digits.count - 3
      while i > 0 {
        digits.insert(",", at: digits.index(digits.startIndex, offsetBy: i))
        i -= 3
      }
      return digits
    }
    let totalLetters = max(1, c.languages.total)
    var out = palette.paint(file, palette.bold) + "\n"
    func row(_ label: String, _ value: String) { out += "  " + DisplayWidth.pad(label, to: 11) + value + "\n" }
    row("bytes", n(c.bytes))
    row("lines", n(c.lineCount))
    row("letters", c.sortedLetters.isEmpty ? "none" : c.sortedLetters.map { "\($0.0) \(n($0.1))" }.joined(separator: " · "))
    if c.languages.total > 0 {
      row("languages", TextCounts.languageOrder.compactMap { language in
        let count = c.languages[language]
        guard count > 0 else { return nil }
        return palette.paint("\(language.rawValue) \(n(count))", palette.language(language))
          + " (\(formatDecimal(Double(count) * 100 / Double(totalLetters), digits: 1))%)"
      }.joined(separator: " · "))
    }
    row("dominant", "\(c.dominant.rawValue) (\(languageName(c.dominant)))")
    row("Hangul", "\(n(c.syllables)) syllables · \(n(c.conjoiningJamo)) conjoining jamo (NFD) · \(n(c.compatibilityJamo)) compatibility jamo · \(n(c.halfwidthJamo)) halfwidth")
    row("roles", LineRole.allCases.map { "\(c.roles[$0]) \($0.rawValue)" }.joined(separator: " · "))
    return out
  }
}
