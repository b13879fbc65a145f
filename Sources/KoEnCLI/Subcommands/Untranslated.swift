import ArgumentParser
import KoEn

/// One thing `koen untranslated` reports.
typealias Finding = UntranslatedFinding

/// `koen untranslated`: fragments left in the other language, for CI.
struct Untranslated: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Report text left untranslated, as diagnostics; exit 1 if any is found.",
    discussion: """
      Reports each fragment of content in the language the document is not in
      (Korean left in an English translation, English prose left in a Korean
      one), compiler-style:
        FILE:LINE:COL: untranslated Korean "…" (reading)
      Site chrome is not reported (see 'koen analyze'). Acronyms, names, code, URLs,
      placeholders and the terms of an --allow glossary are kept, not reported.
      gettext catalogues (.po) also report empty translations, translations
      identical to the source and English left inside a Korean translation, at the
      entry's line. Exit status 1 when anything is found, 0 when nothing is.

      Records (json, jsonl): {"file":…,"line":N,"column":C,"start":B,"end":B,
        "kind":"untranslated","lang":"ko","text":…,"reading":…,"message":…}
      --format sarif writes one SARIF 2.1.0 log for code-scanning services.

      Examples:
        koen untranslated --target en translated/*.txt
        koen untranslated --target ko --allow terms.txt -r docs/ko --include '*.md'
        koen untranslated --format sarif -r po/ > koen.sarif
      """)

  @Option(help: "The language the documents should be in: auto, en or ko (the other is reported).")
  var target: DominantChoice = .auto

  @OptionGroup var analysis: AnalysisArguments
  @OptionGroup var output: OutputOptions
  @OptionGroup var record: RecordOptions
  @OptionGroup var input: InputOptions

  func validate() throws { try output.require([.text, .json, .jsonl, .tsv, .sarif]) }

  func run() throws {
    let settings = try analysis.settings(input: input, dominantOverride: target == .auto ? nil : target)
    let processor = UntranslatedProcessor(settings: settings, format: output.format, offsets: output.offsets, palette: output.palette)
    let framing = output.format == .sarif ? SARIF.framing : output.framing
    try CommandRun.execute(
      input: input, record: record, framing: framing,
      prologue: output.format == .tsv ? "file\tline\tcolumn\tstart\tend\tkind\tlang\ttext\treading\n" : "",
      processor: processor, records: processor)
  }
}

/// Finds what each document left untranslated.
struct UntranslatedProcessor: DocumentProcessor, RecordProcessor {
  let settings: AnalysisSettings
  let format: OutputFormat
  let offsets: OffsetUnit
  let palette: Palette

  /// One input's analysis; in a catalogue, the lines with fragments until its entries are known.
  struct State {
    var stream: AnalysisStream
    var mapper: OffsetMapper
    /// Offsets in the chosen unit of fragment boundaries already read.
    var mapped: [Int: Int] = [:]
    var held: [AnalyzedLine] = []
  }

  var surveys: Bool { true }

  func begin(file: String) -> State {
    State(stream: AnalysisStream(file: file, settings: settings), mapper: OffsetMapper(unit: offsets))
  }

  func survey(_ chunk: Chunk, state: inout State) { state.stream.survey(chunk) }

  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter) {
    read(state.stream.analyze(chunk), &state, &out)
  }

  func end(state: inout State, into out: inout Emitter) {
    read(state.stream.finish(), &state, &out)
    if !state.held.isEmpty || !state.stream.catalogFindings.isEmpty {
      let findings = UntranslatedProcessor.findings(catalog: state.stream.catalogFindings, lines: state.held, file: state.stream.file)
      emit(findings, mapped: state.mapped, &out)
    }
  }

  /// Reports the fragments of `lines` as they come; a catalogue's lines are held, since
  /// its entries' findings (at the end) cover their fragments.
  private func read(_ lines: [StreamedLine], _ state: inout State, _ out: inout Emitter) {
    let catalogue = state.stream.format?.isCatalogue == true
    for item in lines {
      let line = item.line
      // The mapper reads the whole input in order, each line with its line break.
      if offsets != .utf8 {
        state.mapper.begin(item, of: state.stream)
      }
      guard !line.fragments.isEmpty && (line.role == .content || line.role == .untranslated || catalogue) else { continue }
      var mapped: [Int: Int] = [:]
      if offsets != .utf8 {
        for f in line.fragments {
          mapped[f.range.lowerBound] = state.mapper.map(f.range.lowerBound)
          mapped[f.range.upperBound] = state.mapper.map(f.range.upperBound)
        }
      }
      if catalogue {
        state.held.append(line)
        state.mapped.merge(mapped) { a, _ in a }
      } else {
        emit(UntranslatedProcessor.findings(catalog: [], lines: [line], file: state.stream.file), mapped: mapped, &out)
      }
    }
  }

  private func emit(_ findings: [Finding], mapped: [Int: Int], _ out: inout Emitter) {
    if !findings.isEmpty { out.findings = true }
    let map = { (offset: Int) in mapped[offset] ?? offset }
    for finding in findings {
      switch format {
      case .sarif:
        out.record(SARIF.result(finding))
      case .json, .jsonl:
        out.record(UntranslatedProcessor.record(finding, file: finding.file, map: map))
      case .tsv:
        let fields = [
          finding.file, String(finding.line), finding.column.map(String.init) ?? "",
          finding.range.map { String(map($0.lowerBound)) } ?? "", finding.range.map { String(map($0.upperBound)) } ?? "",
          finding.kind, finding.language?.rawValue ?? "", finding.text, finding.reading ?? "",
        ]
        out.text(fields.map(tsvField).joined(separator: "\t") + "\n")
      default:
        let place = "\(finding.file):\(finding.line):\(finding.column ?? 1):"
        if finding.kind == "untranslated" {
          out.text("\(palette.paint(place, palette.bold)) \(palette.paint("untranslated", palette.untranslated))\(finding.message.dropFirst("untranslated".count))\n")
        } else {
          out.text("\(palette.paint(place, palette.bold)) \(palette.paint("warning:", palette.untranslated)) \(finding.message)\n")
        }
      }
    }
  }

  func result(for text: String) throws(RecordFailure) -> JSONValue {
    let bytes = Array(text.utf8)
    let document = settings.analyze(bytes, fileName: "")
    let findings = UntranslatedProcessor.findings(catalog: document.catalogFindings, lines: document.lines, file: "")
    var mapper = OffsetMapper(unit: offsets)
    mapper.begin(chunk: bytes, at: 0)
    return .array(findings.map { UntranslatedProcessor.record($0, file: nil, map: { mapper.map($0) }) })
  }

  static func record(_ finding: Finding, file: String?, map: (Int) -> Int) -> JSONValue {
    finding.jsonRecord(file: file, offset: map)
  }

  /// The findings of a document's catalogue entries and lines, in line order.
  static func findings(catalog: [CatalogFinding], lines: [AnalyzedLine], file: String) -> [Finding] {
    UntranslatedFinding.findings(catalog: catalog, lines: lines, file: file)
  }
}
