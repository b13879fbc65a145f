/// The second reading of a document with its text: each analysed line comes out with its
/// bytes and its line break, so a document of any size can be written back (filtered,
/// annotated) as it streams.
///
/// It wraps a `StreamingDocumentAnalyzer` and keeps only the bytes of the lines not yet
/// handed out. It can also stream the lines of an analysis already made (corpus mode), with
/// their bytes, from the same chunks.
///
/// ```swift
/// var survey = DocumentSurvey(format: format)
/// for chunk in chunks { survey.add(chunk) }
/// var stream = DocumentLineStream(survey: survey.finish())
/// for chunk in chunks { for item in stream.add(chunk) { write(item.bytes) } }
/// let end = stream.finish()                 // the lines still held, and the totals
/// ```
///
/// Noncopyable, and `finish()` consumes it: nothing can be added after the end. One stream
/// per document, used from one thread.
public struct DocumentLineStream: ~Copyable {
  /// The end of the stream: the lines still held, and the document's totals.
  ///
  /// Thread-safety: a value type; `Sendable`.
  public struct Remainder: Sendable {
    /// The lines held until the end, in order.
    public var lines: [StreamedLine]
    /// The document's dominant language.
    public var dominant: Language
    /// Every catalogue finding (entries of `.po` files and locale tables).
    public var catalogFindings: [CatalogFinding]
    /// All the document's lines, by role.
    public var counts: RoleCounts
    /// All the document's fragments.
    public var fragmentCount: Int
    /// The format the document was read as (nil for an analysis made without one).
    public var format: DocumentFormat?
  }

  /// The live second reading, or nil when streaming an analysis already made.
  private var analyzer: StreamingDocumentAnalyzer?
  /// The analysis already made, handed out at the end.
  private let precomputed: DocumentAnalysis?
  /// Input bytes from `windowStart` on, for the lines not yet handed out.
  private var window: [UInt8] = []
  private var windowStart = 0
  /// The last line decided, waiting for the next to know where its line break ends.
  private var waiting: AnalyzedLine? = nil
  private var inputLength = 0

  /// The document's dominant language.
  public let dominant: Language

  /// A second reading of the document a finished survey has read.
  ///
  /// - Parameter survey: What `DocumentSurvey.finish()` learned of this document.
  public init(survey: SurveyedDocument) {
    analyzer = StreamingDocumentAnalyzer(survey: survey)
    precomputed = nil
    dominant = survey.dominant
  }

  /// A stream of the lines of `analysis`, made already (by `DocumentAnalyzer.analyze(corpus:)`,
  /// for example), with their bytes: the chunks must be the analysed document's bytes. The
  /// lines come out at the end, when every byte is in.
  ///
  /// - Parameter analysis: The document's analysis.
  public init(analysis: DocumentAnalysis) {
    analyzer = nil
    precomputed = analysis
    dominant = analysis.dominant
  }

  /// Reads the next piece of the document, as `add(_:)` of any collection of bytes does; an
  /// array is kept as the held bytes as it is, not copied, when none of an earlier piece's
  /// bytes are held (the first piece, a whole file read at once).
  ///
  /// - Complexity: O(n) in the piece's length (plus the last unfinished line's).
  public mutating func add(_ bytes: [UInt8]) -> [StreamedLine] {
    if window.isEmpty {
      window = bytes
    } else {
      window.append(contentsOf: bytes)
    }
    return analyze(bytes)
  }

  /// Reads the next piece of the document; returns the lines now decided, in order, each
  /// with its bytes and line break (a line waits for the next line's start).
  ///
  /// - Complexity: O(n) in the piece's length (plus the last unfinished line's).
  public mutating func add(_ bytes: some Collection<UInt8>) -> [StreamedLine] {
    window.append(contentsOf: bytes)
    return analyze(bytes)
  }

  /// Hands a piece, already held, to the analysis: the lines it decides, paired with their
  /// bytes.
  private mutating func analyze(_ bytes: some Collection<UInt8>) -> [StreamedLine] {
    inputLength += bytes.count
    guard analyzer != nil else { return [] }
    return pair(analyzer!.add(bytes), last: false)
  }

  /// Ends the document: the lines still held, each with its bytes and line break, and the
  /// document's totals.
  ///
  /// - Complexity: O(h) in the number of lines held.
  public consuming func finish() -> Remainder {
    if let analysis = precomputed {
      return Remainder(
        lines: pair(analysis.lines, last: true), dominant: analysis.dominant, catalogFindings: analysis.catalogFindings,
        counts: analysis.counts, fragmentCount: analysis.fragments.count, format: analysis.format)
    }
    let end = analyzer.take()!.finish()
    return Remainder(
      lines: pair(end.lines, last: true), dominant: end.dominant, catalogFindings: end.catalogFindings, counts: end.counts,
      fragmentCount: end.fragmentCount, format: end.format)
  }

  /// Gives each line the line break between it and the next, dropping the bytes of lines
  /// already handed out.
  private mutating func pair(_ lines: consuming [AnalyzedLine], last: Bool) -> [StreamedLine] {
    // Bytes before the first line still needed can go (the previous call's lines are done).
    if let first = waiting?.range.lowerBound ?? lines.first?.range.lowerBound, first > windowStart {
      window.removeFirst(first - windowStart)
      windowStart = first
    }
    var out: [StreamedLine] = []
    out.reserveCapacity(lines.count)
    // The lines are moved out of the array (reversed, then taken from its end), and the
    // waiting line into its item, not copied: a copy was a retain and a release of each
    // line's fragments.
    var lines = lines
    lines.reverse()
    while let line = lines.popLast() {
      if let w = waiting.take() { out.append(item(w, lineBreakEnd: line.range.lowerBound)) }
      waiting = line
    }
    if last, let w = waiting.take() {
      let end = max(w.range.upperBound, inputLength)
      out.append(item(w, lineBreakEnd: end))
    }
    return out
  }

  private func item(_ line: consuming AnalyzedLine, lineBreakEnd: Int) -> StreamedLine {
    let range = line.range
    let bytes = window[(window.startIndex + range.lowerBound - windowStart)..<(window.startIndex + lineBreakEnd - windowStart)]
    return StreamedLine(line: line, bytes: bytes, lineBreak: range.upperBound..<lineBreakEnd)
  }
}
