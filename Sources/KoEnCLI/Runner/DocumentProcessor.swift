/// What one input produced: output pieces in order, problems, whether it had findings.
struct Emitter: Sendable {
  /// The output before the records being collected.
  private var finished: [Piece] = []
  /// Records being collected: their JSON, back to back, and where each ends.
  private var block: [UInt8] = []
  private var ends: [Int] = []

  /// The output, in order.
  var pieces: [Piece] {
    ends.isEmpty ? finished : finished + [.records(block, ends: ends)]
  }
  /// Problems to print on standard error before the pieces.
  var diagnostics: [Diagnostic] = []
  /// Whether the command found something to report (exit status 1).
  var findings = false

  /// Adds a JSON record. Records are kept back to back in one buffer (not one string
  /// each), so a chunk with many small records stays small in memory.
  mutating func record(_ value: JSONValue) {
    value.write(to: &block)
    ends.append(block.count)
  }
  /// Adds text.
  mutating func text(_ text: String) { append(.text(text)) }
  /// Adds bytes.
  mutating func bytes(_ bytes: [UInt8]) { append(.bytes(bytes)) }

  private mutating func append(_ piece: Piece) {
    if !ends.isEmpty {
      finished.append(.records(block, ends: ends))
      block = []
      ends = []
    }
    finished.append(piece)
  }
  /// Adds a problem.
  mutating func problem(_ file: String, _ message: String, _ status: ExitStatus) {
    diagnostics.append(Diagnostic(file: file, message: message, status: status))
  }
}

/// A command's work on one input, fed in chunks of whole lines.
///
/// A small file arrives as one chunk; a large file or standard input arrives in chunks of
/// about a megabyte that end after a line break, so memory stays bounded. A processor keeps
/// what it needs across chunks in its `State`, and its output must not depend on where the
/// chunks were cut (the tests compare both ways).
///
/// Processors are shared by the threads of a run, so they are `Sendable` values; all
/// per-input state lives in `State`.
protocol DocumentProcessor: Sendable {
  /// What the processor carries from one chunk of an input to the next.
  associatedtype State

  /// Which malformed input the command accepts.
  var contentPolicy: ContentCheck.Policy { get }

  /// Whether the command reads each input twice: every chunk goes to `survey` first, then
  /// every chunk again to `process` (document analysis needs what only the whole document
  /// tells, such as its dominant language, before it can decide a line).
  var surveys: Bool { get }

  /// Starts an input.
  func begin(file: String) -> State

  /// Reads the next chunk of the input in the first of two readings (when `surveys`).
  func survey(_ chunk: Chunk, state: inout State)

  /// Processes the next chunk of the input.
  func process(_ chunk: Chunk, state: inout State, into out: inout Emitter)

  /// Ends the input, after its last chunk.
  func end(state: inout State, into out: inout Emitter)
}

extension DocumentProcessor {
  var contentPolicy: ContentCheck.Policy { ContentCheck.Policy() }
  var surveys: Bool { false }
  func survey(_ chunk: Chunk, state: inout State) {}
}
