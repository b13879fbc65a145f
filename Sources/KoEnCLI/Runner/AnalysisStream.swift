import KoEn

/// An input analysed in two readings, as KoEn streams them: a `DocumentSurvey` while the
/// runner checks the input, then a `DocumentLineStream` that hands out lines, with their
/// bytes and line breaks, as they are decided. Memory stays bounded on inputs of any size.
///
/// The format is `DocumentFormat.infer(fileName:bytes:)` of the input's start (unless the
/// command was given one), exactly as the library infers it for a whole document.
struct AnalysisStream {
  /// The input's name.
  let file: String
  private let settings: AnalysisSettings
  /// The start of the input, until there is enough to tell its format.
  private var prefix: [UInt8] = []
  /// The document's analysis when corpus mode made it already.
  private let precomputed: DocumentAnalysis?
  private let readings = Readings()
  /// Lines in the input (known after the survey).
  private(set) var lineCount = 0
  /// The document's format (once the survey has started).
  private(set) var format: DocumentFormat? = nil
  /// The document's totals (after `finish`).
  private var end: DocumentLineStream.Remainder? = nil

  /// The library's two readings, which are noncopyable values, held for a processor's
  /// copyable state: first the survey, then the stream its `finish()` starts.
  private final class Readings {
    var survey: DocumentSurvey? = nil
    var lines: DocumentLineStream? = nil
  }

  init(file: String, settings: AnalysisSettings) {
    self.file = file
    self.settings = settings
    precomputed = settings.precomputed[file]
  }

  /// The dominant language (after `finish`).
  var dominant: Language { end?.dominant ?? .en }
  /// Catalogue findings (after `finish`).
  var catalogFindings: [CatalogFinding] { end?.catalogFindings ?? [] }
  /// Lines by role (after `finish`).
  var counts: RoleCounts { end?.counts ?? RoleCounts() }
  /// Fragments (after `finish`).
  var fragmentCount: Int { end?.fragmentCount ?? 0 }
  /// The document's summary (after `finish`).
  var summary: DocumentAnalysis.Summary {
    DocumentAnalysis.Summary(
      dominant: dominant, lines: counts.total, counts: counts, fragments: fragmentCount, catalogFindings: catalogFindings,
      format: format)
  }

  /// The first reading.
  mutating func survey(_ chunk: Chunk) {
    lineCount += chunk.bytes.withUnsafeBufferPointer(LineChunker.lineBreaks(in:))
    if chunk.isLast, let last = chunk.bytes.last, last != 0x0A { lineCount += 1 }
    if format == nil {
      // A first chunk long enough to tell the format (a whole file read at once) is read
      // where it is, not copied to the prefix first.
      let start: [UInt8]
      if prefix.isEmpty, chunk.bytes.count >= DocumentFormat.inferenceLength || chunk.isLast {
        start = chunk.bytes
      } else {
        prefix += chunk.bytes
        guard prefix.count >= DocumentFormat.inferenceLength || chunk.isLast else { return }
        start = prefix
        prefix = []
      }
      format = settings.format(of: start, fileName: file)
      if precomputed == nil {
        readings.survey = DocumentSurvey(format: format!, options: settings.options, fileName: file)
        readings.survey!.add(start)
      }
    } else if precomputed == nil {
      readings.survey!.add(chunk.bytes)
    }
  }

  /// The second reading: the lines now decided, each with its bytes and line break. The
  /// runner hands every chunk to `survey` before the first comes here.
  mutating func analyze(_ chunk: Chunk) -> [StreamedLine] {
    if readings.lines == nil {
      if let precomputed {
        readings.lines = DocumentLineStream(analysis: precomputed)
      } else if let survey = readings.survey.take() {
        readings.lines = DocumentLineStream(survey: survey.finish())
      }
    }
    guard readings.lines != nil else { return [] }
    return readings.lines!.add(chunk.bytes)
  }

  /// Ends the second reading: the lines still held.
  mutating func finish() -> [StreamedLine] {
    guard let lines = readings.lines.take() else { return [] }
    let end = lines.finish()
    self.end = end
    return end.lines
  }
}

extension OffsetMapper {
  /// Moves the mapper onto a streamed line and its line break; lines must come in order,
  /// as the stream hands them out.
  /// UTF-8 offsets are the file's own: the mapper never reads the line's bytes, which are
  /// then not copied.
  mutating func begin(_ item: StreamedLine) {
    begin(chunk: unit == .utf8 ? [] : Array(item.bytes), at: item.line.range.lowerBound)
  }
}
