import KoEn

/// A piece of a command's output for one input, produced on any thread and written in
/// input order on the writing thread.
enum Piece: Sendable {
  /// A JSON record (compact, one line), framed by the format (`jsonl`: a line each; `json`:
  /// an array element; `sarif`: a result).
  case record(String)
  /// Text written as it is.
  case text(String)
  /// Bytes written as they are (normalized or cleaned text).
  case bytes([UInt8])
  /// Bytes formatted into a buffer, written as they are.
  case buffer(ByteBuffer)
  /// `count` JSON records in one buffer, each followed by a line break (a compact record
  /// has no line break of its own); each is framed like `record`. JSON Lines writes the
  /// buffer as it is.
  case records(ByteBuffer, count: Int)
}

/// How records are framed in the output stream.
struct Framing: Sendable {
  /// Written before the first record, when the run starts.
  var open = ""
  /// Written between two records.
  var separator = ""
  /// Written before each record.
  var prefix = ""
  /// Written after each record.
  var terminator = "\n"
  /// Written at the end; gets the number of records.
  var close: @Sendable (Int) -> String = { _ in "" }

  /// JSON Lines.
  static let lines = Framing()
  /// A JSON array, one element per line.
  static let array = Framing(
    open: "[", separator: ",", prefix: "\n", terminator: "", close: { $0 == 0 ? "]\n" : "\n]\n" })
}

/// Writes pieces to standard output in order and frames records.
///
/// Not thread-safe: driven by the run's writing thread only.
final class OutputWriter {
  private let sink: OutputSink
  private let framing: Framing
  private var records = 0
  private var opened = false
  /// The framing's strings as bytes, written around every record.
  private let separator: [UInt8]
  private let prefix: [UInt8]
  private let terminator: [UInt8]
  /// Whether records are framed as JSON Lines: each followed by a line break, nothing else.
  private let isLines: Bool

  /// A writer over `sink` with `framing`.
  init(sink: OutputSink, framing: Framing) {
    self.sink = sink
    self.framing = framing
    separator = Array(framing.separator.utf8)
    prefix = Array(framing.prefix.utf8)
    terminator = Array(framing.terminator.utf8)
    isLines = separator.isEmpty && prefix.isEmpty && terminator == [UInt8(ascii: "\n")]
  }

  /// Writes the opening text (once).
  func begin() throws(WriteFailure) {
    guard !opened else { return }
    opened = true
    try sink.write(framing.open)
  }

  /// Writes one piece.
  func write(_ piece: Piece) throws(WriteFailure) {
    try begin()
    switch piece {
    case .record(let json):
      if records > 0 { try sink.write(framing.separator) }
      try sink.write(framing.prefix)
      try sink.write(json)
      try sink.write(framing.terminator)
      records += 1
    case .records(let block, let count):
      if isLines {
        try block.withBytes { (bytes) throws(WriteFailure) in try sink.write(bytes) }
        records += count
        return
      }
      try block.withBytes { (block) throws(WriteFailure) in
        var start = 0
        while let end = block[start...].firstIndex(of: UInt8(ascii: "\n")) {
          if records > 0 { try sink.write(separator) }
          try sink.write(prefix)
          try sink.write(UnsafeBufferPointer(rebasing: block[start..<end]))
          try sink.write(terminator)
          records += 1
          start = end + 1
        }
      }
    case .text(let text):
      try sink.write(text)
    case .bytes(let bytes):
      try sink.write(bytes)
    case .buffer(let buffer):
      try buffer.withBytes { (bytes) throws(WriteFailure) in try sink.write(bytes) }
    }
  }

  /// Writes the closing text and flushes.
  func finish() throws(WriteFailure) {
    try begin()
    try sink.write(framing.close(records))
    try sink.flush()
  }

  /// Flushes what is buffered (between files, so a slow run shows progress downstream).
  func flush() throws(WriteFailure) { try sink.flush() }
}
