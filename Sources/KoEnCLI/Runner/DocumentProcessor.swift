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
///
/// Records and text are formatted straight into byte buffers that grow with the output and
/// are handed on whole: no string per record or per line.
struct Emitter: Sendable {
  /// Where output goes once a megabyte of it has gathered, when the input is streamed.
  var drain: OutputDrain? = nil
  /// Bytes of output in `finished`.
  private var gathered = 0
  /// The output before the records or text being collected.
  private var finished: [Piece] = []
  /// Records being collected: their JSON, each followed by a line break (compact JSON has
  /// none of its own), and how many there are.
  private var block: ByteBuffer
  private var recordCount = 0
  /// Text being collected (only while no records are).
  private var raw: ByteBuffer
  /// Where new buffers come from, when the run recycles them.
  private let pool: BufferPool?

  /// An empty output; its buffers come from `pool` when there is one.
  init(buffers pool: BufferPool? = nil) {
    self.pool = pool
    block = pool?.take() ?? ByteBuffer()
    raw = pool?.take() ?? ByteBuffer()
  }

  /// The buffers holding the output, for `BufferPool.recycle` once it is written.
  var buffers: [ByteBuffer] {
    var all: [ByteBuffer] = [block, raw]
    for piece in finished {
      switch piece {
      case .buffer(let buffer), .records(let buffer, _): all.append(buffer)
      default: break
      }
    }
    return all
  }

  /// A new empty buffer.
  private func fresh() -> ByteBuffer { pool?.take() ?? ByteBuffer() }

  /// A new empty buffer for the output after a full one: room for a whole megabyte up
  /// front, as growing it again by doubling would copy it again.
  private func freshFull() -> ByteBuffer { pool?.take() ?? ByteBuffer(capacity: Self.drainSize + (1 << 16)) }

  /// The output, in order.
  var pieces: [Piece] {
    if recordCount > 0 { return finished + [.records(block, count: recordCount)] }
    if !raw.isEmpty { return finished + [.buffer(raw)] }
    return finished
  }
  /// Problems to print on standard error before the pieces.
  var diagnostics: [Diagnostic] = []
  /// Whether the command found something to report (exit status 1).
  var findings = false

  /// Adds a JSON record. Records are kept back to back in one buffer (not one string
  /// each), so a chunk with many small records stays small in memory.
  mutating func record(_ value: JSONValue) {
    closeText()
    var buffer = block
    value.write(to: &buffer)
    endRecord()
  }

  /// Adds a JSON object record written field by field by `body`.
  mutating func record(_ body: (inout JSONRecord) -> Void) {
    closeText()
    JSONRecord.write(to: block, body)
    endRecord()
  }

  /// Adds a JSON record that `body` appends to the records' buffer, followed by its line
  /// break (the record writers of the commands that write one per token end it themselves).
  @inline(__always)
  mutating func writeRecordLine(_ body: (ByteBuffer) -> Void) {
    if !raw.isEmpty { closeText() }
    body(block)
    recordCount += 1
    if drain == nil ? block.count >= Self.blockSize : gathered + block.count > Self.drainSize { flushBlock() }
  }

  /// Adds a JSON record that `write` appends to the records' buffer (without its line break).
  mutating func record(buffer write: (ByteBuffer) -> Void) {
    closeText()
    // Handed over without a retain (one per record): `self` holds the block across the
    // call, and `write` only appends to it.
    Unmanaged.passUnretained(block)._withUnsafeGuaranteedRef { write($0) }
    endRecord()
  }

  @inline(__always)
  private mutating func endRecord() {
    block.append(UInt8(ascii: "\n"))
    recordCount += 1
    if drain == nil ? block.count >= Self.blockSize : gathered + block.count > Self.drainSize { flushBlock() }
  }

  /// How much output gathers before it goes to the drain.
  static let drainSize = 1 << 20

  /// How much output a block holds before it is closed when there is no drain: a little
  /// less than a megabyte, so that a block grown by doubling to a megabyte is closed before
  /// a record makes it double (and be copied) once more.
  static let blockSize = drainSize - (1 << 16)

  /// Hands the output gathered so far to the drain when there is one; otherwise moves the
  /// records' block, a megabyte or more, to `finished` and starts a new one, so the output
  /// of a whole file gathers in blocks rather than in one buffer that doubles (and is
  /// copied) again and again.
  @inline(never)
  private mutating func flushBlock() {
    if drain != nil { return drainIfDue() }
    guard recordCount > 0 else { return }
    gathered += block.count
    finished.append(.records(block, count: recordCount))
    block = freshFull()
    recordCount = 0
  }

  /// Hands the output gathered so far to the drain, if there is one and enough gathered.
  private mutating func drainIfDue() {
    guard let drain, gathered + block.count + raw.count > Self.drainSize else { return }
    drain.write(pieces)
    // The drain has written the bytes: the buffers are emptied and kept, with their
    // capacity, rather than grown again from nothing for the next megabyte.
    for case .records(let buffer, _) in finished { pool?.give(buffer) }
    for case .buffer(let buffer) in finished { pool?.give(buffer) }
    finished = []
    block.truncate(to: 0)
    recordCount = 0
    raw.truncate(to: 0)
    gathered = 0
  }

  /// Moves the records being collected to `finished`.
  private mutating func closeRecords() {
    guard recordCount > 0 else { return }
    gathered += block.count
    finished.append(.records(block, count: recordCount))
    block = fresh()
    recordCount = 0
  }

  /// Moves the text being collected to `finished`.
  private mutating func closeText() {
    guard !raw.isEmpty else { return }
    gathered += raw.count
    finished.append(.buffer(raw))
    raw = fresh()
  }

  /// Adds text.
  mutating func text(_ text: String) {
    closeRecords()
    raw.append(text)
    endText()
  }

  /// Adds text written by `body` into the output buffer.
  mutating func text(_ body: (ByteBuffer) -> Void) {
    closeRecords()
    body(raw)
    endText()
  }

  /// Hands the text on to the drain when enough gathered; without a drain, moves a block of
  /// text of `blockSize` to `finished` and goes on in a buffer with room for a megabyte, as
  /// the records' blocks do.
  @inline(__always)
  private mutating func endText() {
    if drain == nil {
      guard raw.count >= Self.blockSize else { return }
      gathered += raw.count
      finished.append(.buffer(raw))
      raw = freshFull()
    } else if gathered + raw.count > Self.drainSize {
      drainIfDue()
    }
  }

  /// Adds bytes.
  mutating func bytes(_ bytes: [UInt8]) {
    closeRecords()
    closeText()
    finished.append(.bytes(bytes))
    gathered += bytes.count
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

  /// Whether the chunks of an input are independent: processing each chunk as a whole
  /// input of its own (a fresh state, the chunk marked last, then the end) and joining the
  /// outputs in order gives the output of processing them one after another. The runner
  /// then processes a large input's chunks on several threads.
  var independentChunks: Bool { get }

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
  var independentChunks: Bool { false }
  func survey(_ chunk: Chunk, state: inout State) {}
}
