import Dispatch

/// Works on the chunks of one input on several threads and hands their results back in
/// input order: the outputs of processors whose chunks are independent
/// (`independentChunks`), or what `SettlingProcessor.settle` makes of each chunk.
///
/// At most `ahead` chunks are read and not yet written, so memory stays bounded by that
/// many chunks and their outputs whatever the input's size; `threads` of them are worked
/// on at once. The thread that submits is the one that writes: it reads the next chunk
/// while the others work, and waits only when the oldest chunk is not done.
final class ChunkPipeline<Result: Sendable>: @unchecked Sendable {
  private let work: @Sendable (Chunk, BufferPool) -> Result
  private let ahead: Int
  private let running: DispatchSemaphore
  /// Submitted chunks not yet handed back, oldest first.
  private var pending: [PendingChunk<Result>] = []
  private var first = 0
  /// The outputs' buffers, handed back by the writing thread once written.
  let buffers: BufferPool

  /// A pipeline running `work` on `threads` threads, at most `ahead` chunks ahead.
  init(threads: Int, ahead: Int, work: @escaping @Sendable (Chunk, BufferPool) -> Result) {
    self.work = work
    self.ahead = max(ahead, threads)
    running = DispatchSemaphore(value: threads)
    buffers = BufferPool(limit: 2 * (self.ahead + 1))
  }

  /// Queues `chunk`; returns the oldest chunk's result when the window is full.
  func submit(_ chunk: Chunk) -> Result? {
    let slot = PendingChunk<Result>()
    pending.append(slot)
    let work = self.work
    let running = self.running
    let buffers = self.buffers
    DispatchQueue.global().async {
      running.wait()
      slot.fulfil(work(chunk, buffers))
      running.signal()
    }
    return pending.count - first >= ahead ? next() : nil
  }

  /// The oldest queued chunk's result (waiting for it), or nil when none is queued.
  func next() -> Result? {
    guard first < pending.count else { return nil }
    let out = pending[first].wait()
    first += 1
    if first > 64 {
      pending.removeFirst(first)
      first = 0
    }
    return out
  }
}

extension ChunkPipeline where Result == Emitter {
  /// A pipeline processing each chunk with `processor` as an input of its own.
  convenience init<P: DocumentProcessor>(_ processor: P, threads: Int, ahead: Int) {
    self.init(threads: threads, ahead: ahead) { chunk, buffers in
      ChunkPipeline.processAlone(chunk, processor, buffers: buffers)
    }
  }

  /// Processes `chunk` as a whole input of its own: a fresh state, the chunk marked last,
  /// then the end. For an independent processor that is the chunk's share of the output.
  static func processAlone<P: DocumentProcessor>(_ chunk: Chunk, _ processor: P, buffers: BufferPool? = nil) -> Emitter {
    var out = Emitter(buffers: buffers)
    var state = processor.begin(file: chunk.file)
    let alone = Chunk(file: chunk.file, bytes: chunk.bytes, offset: chunk.offset, firstLine: chunk.firstLine, isLast: true)
    processor.process(alone, state: &state, into: &out)
    processor.end(state: &state, into: &out)
    return out
  }
}

/// One chunk's result, filled by a worker thread and taken by the writing thread.
private final class PendingChunk<Result: Sendable>: Sendable {
  private let result = Locked<Result?>(nil)
  private let done = DispatchSemaphore(value: 0)

  func fulfil(_ out: Result) {
    result.withLock { $0 = out }
    done.signal()
  }

  func wait() -> Result {
    done.wait()
    return result.withLock { $0.take()! }
  }
}
