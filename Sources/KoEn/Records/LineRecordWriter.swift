/// Writes the `line` records of one file (`AnalysisRecord.line(file:_:)`), with the file
/// name's JSON string escaped once instead of once per line: the same bytes as the
/// record's `write(to:offset:)`.
///
/// Thread-safety: a value type; `Sendable`.
public struct LineRecordWriter: Sendable {
  /// The file name as a JSON string literal, quotes included.
  private let fileLiteral: [UInt8]

  /// A writer of the records of `file`.
  public init(file: String) {
    var literal: [UInt8] = []
    JSONValue.writeString(file, to: &literal)
    fileLiteral = literal
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
  public func write(_ line: AnalyzedLine, to buffer: ByteBuffer, offset: (Int) -> Int = { $0 }) {
    var out = buffer
    fileLiteral.withUnsafeBufferPointer { literal in
      AnalysisJSONWriter.write(line, fileLiteral: literal, offset: offset, to: &out)
    }
  }
}
