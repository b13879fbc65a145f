/// Writes the `line` records of one file (`AnalysisRecord.line(file:_:)`), with the file
/// name's JSON string escaped once instead of once per line: the same bytes as the
/// record's `write(to:offset:)`.
///
/// Thread-safety: a value type; `Sendable`.
public struct LineRecordWriter: Sendable {
  /// What every record of the file starts with, up to its line number:
  /// `{"type":"line","file":"…","line":`, the file name escaped as a JSON string.
  private let head: [UInt8]

  /// A writer of the records of `file`.
  public init(file: String) {
    var head: [UInt8] = []
    head.append("{\"type\":\"line\",\"file\":" as StaticString)
    JSONValue.writeString(file, to: &head)
    head.append(",\"line\":" as StaticString)
    self.head = head
  }

  /// Appends `line`'s record (without a line break) to `buffer`, as
  /// `AnalysisRecord.line(file:_:).write(to:offset:)` does.
  ///
  /// - Parameters:
  ///   - line: The analysed line whose record is written.
  ///   - buffer: The buffer the record's bytes are appended to.
  ///   - offset: Turns a UTF-8 byte offset into the unit written, called in the order the
  ///     offsets appear in the record.
  /// - Complexity: O(n) in the size of the record.
  public func write(_ line: AnalyzedLine, to buffer: ByteBuffer, offset: (Int) -> Int) {
    // Appended to without a retain of the buffer, which the caller holds.
    var out = UnretainedByteBuffer(buffer)
    head.withUnsafeBufferPointer { head in
      AnalysisJSONWriter.write(line, head: head, offset: offset, to: &out)
    }
  }

  /// Appends `line`'s record (without a line break) to `buffer`, with its offsets in UTF-8
  /// bytes, as the analysis has them: as `write(_:to:offset:)` with offsets kept as they
  /// are, each written without a call to map it.
  ///
  /// - Complexity: O(n) in the size of the record.
  public func write(_ line: AnalyzedLine, to buffer: ByteBuffer) {
    var out = UnretainedByteBuffer(buffer)
    head.withUnsafeBufferPointer { head in
      AnalysisJSONWriter.write(line, head: head, to: &out)
    }
  }

  /// `write(_:to:)` of the line at `line`, in storage the caller holds (a batch of lines),
  /// its fields read where they lie: passed as a value from such storage, each line was
  /// copied for the call (its fragments retained) and destroyed after.
  ///
  /// - Complexity: O(n) in the size of the record.
  public func write(lineAt line: UnsafePointer<AnalyzedLine>, to buffer: ByteBuffer) {
    var out = UnretainedByteBuffer(buffer)
    head.withUnsafeBufferPointer { head in
      AnalysisJSONWriter.write(lineAt: line, head: head, to: &out)
    }
  }
}
