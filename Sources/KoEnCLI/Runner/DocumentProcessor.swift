import KoEn

/// Where a streamed input's output goes while it is being produced, so a chunk that
/// produces much output (a single line of many megabytes) never holds all of it.
///
/// Used by one thread, the one streaming the input.
final class OutputDrain: @unchecked Sendable {
  private let writer: OutputWriter
  /// The first write failure; output after it is dropped and the run stops with it.
  private(set) var failure: WriteFailure? = nil

  init(writer: OutputWriter) { self.writer = writer }

  func write(_ pieces: [Piece]) {
    guard failure == nil else { return }
    do {
      for piece in pieces { try writer.write(piece) }
    } catch {
      failure = error
    }
  }
}

/// What one input produced: output pieces in order, problems, whether it had findings.
struct Emitter: Sendable {
  /// Where output goes once a megabyte of it has gathered, when the input is streamed.
  var drain: OutputDrain? = nil
  /// Bytes of output gathered.
  private var gathered = 0
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
    if block.count > Self.drainSize { drainIfDue() }
  }

  /// How much output gathers before it goes to the drain.
  static let drainSize = 1 << 20

  /// Hands the output gathered so far to the drain, if there is one and enough gathered.
  private mutating func drainIfDue() {
    guard let drain, gathered + block.count > Self.drainSize else { return }
    drain.write(pieces)
    finished = []
    block = []
    ends = []
    gathered = 0
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
    switch piece {
    case .text(let t): gathered += t.utf8.count
    case .bytes(let b): gathered += b.count
    case .record(let r): gathered += r.utf8.count
    case .records(let b, _): gathered += b.count
    }
    drainIfDue()
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
