/// One analysed line of a streamed document with its bytes and the line break that follows
/// it, as `DocumentLineStream` hands it out.
///
/// The bytes are a view of the stream's buffer: use them before the next chunk goes in
/// (keeping them longer is correct but costs a copy of the buffer).
///
/// Thread-safety: a value type; `Sendable`.
public struct StreamedLine: Sendable {
  /// The line's analysis.
  public var line: AnalyzedLine
  /// The line's bytes followed by its line break's (`\n`, `\r\n`, or none after a last line
  /// without one): the input from `line.range.lowerBound` to `lineBreak.upperBound`.
  public var bytes: ArraySlice<UInt8>
  /// The line break's byte offsets in the input.
  public var lineBreak: Range<Int>

  /// The line's bytes, without its line break.
  public var text: ArraySlice<UInt8> { bytes.prefix(line.range.count) }
  /// The line break's bytes (empty after a last line without one).
  public var lineBreakBytes: ArraySlice<UInt8> { bytes.suffix(lineBreak.count) }
}
