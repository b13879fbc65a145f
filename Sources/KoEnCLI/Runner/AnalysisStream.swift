import KoEn

/// One analysed line with the line break that follows it (empty for a last line without one).
struct StreamedLine {
  var line: AnalyzedLine
  var lineBreak: Range<Int>
}

/// An input analysed in two readings: a `DocumentSurvey` while the runner checks it, then a
/// `StreamingDocumentAnalyzer` that hands out lines as they are decided. It keeps only the
/// bytes of lines not yet handed out, so memory stays bounded on inputs of any size.
struct AnalysisStream {
  /// The input's name.
  let file: String
  private let settings: AnalysisSettings
  /// The start of the input, until there is enough to tell its format.
  private var prefix: [UInt8] = []
  private var survey: DocumentSurvey? = nil
  private var analyzer: StreamingDocumentAnalyzer? = nil
  /// The document's analysis when corpus mode made it already.
  private let precomputed: DocumentAnalysis?
  /// Input bytes from `windowStart` on, for the lines not yet handed out.
  private var window: [UInt8] = []
  private var windowStart = 0
  /// The last line decided, waiting for the next to know where its line break ends.
  private var waiting: AnalyzedLine? = nil
  private var inputLength = 0
  /// Lines in the input (known after the survey).
  private(set) var lineCount = 0

  /// How much of the input's start decides its format.
  static let formatPrefix = 1 << 16

  init(file: String, settings: AnalysisSettings) {
    self.file = file
    self.settings = settings
    precomputed = settings.precomputed[file]
  }

  /// The dominant language (once the survey is done).
  var dominant: Language { precomputed?.dominant ?? analyzer?.dominant ?? survey?.dominant ?? .en }
  /// Catalogue findings (complete after `finish`).
  var catalogFindings: [CatalogFinding] { precomputed?.catalogFindings ?? analyzer?.catalogFindings ?? [] }
  /// The document's format (once the survey has started).
  private(set) var format: DocumentFormat? = nil

  /// The first reading.
  mutating func survey(_ chunk: Chunk) {
    lineCount += chunk.bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    if chunk.isLast, let last = chunk.bytes.last, last != 0x0A { lineCount += 1 }
    if format == nil {
      prefix += chunk.bytes
      guard prefix.count >= Self.formatPrefix || chunk.isLast else { return }
      format = settings.format(of: prefix, fileName: file)
      guard precomputed == nil else { return prefix = [] }
      survey = DocumentSurvey(format: format!, options: settings.options, fileName: file)
      survey!.add(prefix)
      prefix = []
    } else if precomputed == nil {
      survey!.add(chunk.bytes)
    }
    guard precomputed == nil else { return }
    if chunk.isLast { survey!.finish() }
  }

  /// The second reading: the lines now decided, each with its line break.
  mutating func analyze(_ chunk: Chunk) -> [StreamedLine] {
    window += chunk.bytes
    inputLength = chunk.offset + chunk.bytes.count
    if precomputed != nil { return [] }
    if analyzer == nil {
      precondition(survey != nil, "AnalysisStream: analyze before the survey")
      analyzer = StreamingDocumentAnalyzer(survey: survey!)
      survey = nil
    }
    return pair(analyzer!.add(chunk.bytes), last: false)
  }

  /// Ends the second reading: the lines still held.
  mutating func finish() -> [StreamedLine] {
    if let precomputed { return pair(precomputed.lines, last: true) }
    guard analyzer != nil else { return [] }
    return pair(analyzer!.finish(), last: true)
  }

  /// The input bytes of `range`, which must belong to a line handed out by the last call.
  func bytes(_ range: Range<Int>) -> ArraySlice<UInt8> {
    window[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)]
  }

  /// Role counts and fragments of the lines handed out.
  var counts: RoleCounts { precomputed?.counts ?? analyzer?.counts ?? RoleCounts() }
  var fragmentCount: Int { precomputed?.fragments.count ?? analyzer?.fragmentCount ?? 0 }

  private mutating func pair(_ lines: [AnalyzedLine], last: Bool) -> [StreamedLine] {
    var out: [StreamedLine] = []
    out.reserveCapacity(lines.count)
    // Bytes before the first line still needed can go (the previous call's lines are done).
    if let first = waiting ?? lines.first, first.range.lowerBound > windowStart, precomputed == nil {
      window.removeFirst(first.range.lowerBound - windowStart)
      windowStart = first.range.lowerBound
    }
    for line in lines {
      if let w = waiting { out.append(StreamedLine(line: w, lineBreak: w.range.upperBound..<line.range.lowerBound)) }
      waiting = line
    }
    if last, let w = waiting {
      out.append(StreamedLine(line: w, lineBreak: w.range.upperBound..<max(w.range.upperBound, inputLength)))
      waiting = nil
    }
    return out
  }
}

extension OffsetMapper {
  /// Moves the mapper onto a streamed line and its line break; lines must come in order,
  /// as the stream hands them out.
  mutating func begin(_ item: StreamedLine, of stream: AnalysisStream) {
    let line = item.line.range
    begin(chunk: Array(stream.bytes(line.lowerBound..<item.lineBreak.upperBound)), at: line.lowerBound)
  }
}
