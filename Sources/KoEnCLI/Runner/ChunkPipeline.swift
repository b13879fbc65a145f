import Dispatch

/// Processes the chunks of one input on several threads and hands their outputs back in
/// input order, for processors whose chunks are independent (`independentChunks`).
///
/// At most `ahead` chunks are read and not yet written, so memory stays bounded by that
/// many chunks and their outputs whatever the input's size; `threads` of them are worked
/// on at once. The thread that submits is the one that writes: it reads the next chunk
/// while the others work, and waits only when the oldest chunk is not done.
final class ChunkPipeline<P: DocumentProcessor>: @unchecked Sendable {
  private let processor: P
  private let ahead: Int
  private let running: DispatchSemaphore
  /// Submitted chunks not yet handed back, oldest first.
  private var pending: [PendingChunk] = []
  private var first = 0
  /// The outputs' buffers, handed back by the writing thread once written.
  let buffers: BufferPool

  /// A pipeline running `processor` on `threads` threads, at most `ahead` chunks ahead.
  init(_ processor: P, threads: Int, ahead: Int) {
    self.processor = processor
    self.ahead = max(ahead, threads)
    running = DispatchSemaphore(value: threads)
    buffers = BufferPool(limit: 2 * (self.ahead + 1))
  }

  /// Queues `chunk`; returns the oldest chunk's output when the window is full.
  func submit(_ chunk: Chunk) -> Emitter? {
    let slot = PendingChunk()
    pending.append(slot)
    let processor = self.processor
    let running = self.running
    let buffers = self.buffers
    DispatchQueue.global().async {
      running.wait()
      slot.fulfil(ChunkPipeline.processAlone(chunk, processor, buffers: buffers))
      running.signal()
    }
    return pending.count - first >= ahead ? next() : nil
  }

  /// The oldest queued chunk's output (waiting for it), or nil when none is queued.
  func next() -> Emitter? {
    guard first < pending.count else { return nil }
    let out = pending[first].wait()
    first += 1
    if first > 64 {
      pending.removeFirst(first)
      first = 0
    }
    return out
  }

  /// Processes `chunk` as a whole input of its own: a fresh state, the chunk marked last,
  /// then the end. For an independent processor that is the chunk's share of the output.
  static func processAlone(_ chunk: Chunk, _ processor: P, buffers: BufferPool? = nil) -> Emitter {
    var out = Emitter(buffers: buffers)
    var state = processor.begin(file: chunk.file)
    let alone = Chunk(file: chunk.file, bytes: chunk.bytes, offset: chunk.offset, firstLine: chunk.firstLine, isLast: true)
    processor.process(alone, state: &state, into: &out)
    processor.end(state: &state, into: &out)
    return out
  }
}

/// One chunk's output, filled by a worker thread and taken by the writing thread.
private final class PendingChunk: Sendable {
  private let result = Locked<Emitter?>(nil)
  private let done = DispatchSemaphore(value: 0)

  func fulfil(_ out: Emitter) {
    result.withLock { $0 = out }
    done.signal()
  }

  func wait() -> Emitter {
    done.wait()
    return result.withLock { $0.take()! }
  }
}
