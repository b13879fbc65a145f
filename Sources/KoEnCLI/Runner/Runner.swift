#if canImport(Glibc)
  import Glibc
#endif
import Dispatch
import Synchronization

/// Runs a `DocumentProcessor` over a command's inputs: small files in parallel on all cores,
/// large files and standard input streamed in chunks; output and messages in input order.
struct Runner {
  /// The inputs.
  let input: InputOptions
  /// Standard error and the exit status.
  let diagnostics: Diagnostics

  /// The number of worker threads.
  var jobs: Int { input.jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  /// Processes every input with `processor` and writes the output through `writer`.
  ///
  /// - Throws: `WriteFailure` when standard output cannot be written; the run stops there.
  func run<P: DocumentProcessor>(_ processor: P, writer: OutputWriter) throws(WriteFailure) {
    let items = InputItem.enumerate(input)
    Progress.shared.start(
      files: items.count, bytes: items.reduce(0) { $0 + ($1.size ?? 0) }, enabled: !input.noProgress)
    defer { Progress.shared.clearLine() }
    try writer.begin()
    var i = 0
    while i < items.count {
      let item = items[i]
      if case .problem(let d) = item {
        diagnostics.report(d)
        Progress.shared.advance(files: 1)
        i += 1
        continue
      }
      if isStreamed(item) {
        try stream(item, processor, writer)
        Progress.shared.advance(files: 1)
        i += 1
        continue
      }
      var j = i
      var bytes = 0
      while j < items.count, j - i < jobs * 8, bytes < 8 << 20 {
        guard case .file(_, let size) = items[j], !isStreamed(items[j]) else { break }
        bytes += size
        j += 1
      }
      let batch = Array(items[i..<j])
      let results = processInParallel(batch, processor)
      for result in results {
        for d in result.diagnostics { diagnostics.report(d) }
        if result.findings { diagnostics.note(.findings) }
        for piece in result.pieces { try writer.write(piece) }
      }
      try writer.flush()
      i = j
    }
    try writer.finish()
  }

  private func isStreamed(_ item: InputItem) -> Bool {
    switch item {
    case .standardInput: true
    case .file(_, let size): size > input.streamThreshold
    case .problem: false
    }
  }

  /// Reads and processes `batch` on `jobs` threads; results in batch order.
  private func processInParallel<P: DocumentProcessor>(_ batch: [InputItem], _ processor: P) -> [Emitter] {
    let slots = Slots(count: batch.count)
    let next = Atomic<Int>(0)
    let workers = min(jobs, batch.count)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard k < batch.count else { return }
        slots.set(k, Runner.processWhole(batch[k], processor))
        Progress.shared.advance(files: 1, bytes: batch[k].size ?? 0)
      }
    }
    return slots.take()
  }

  /// Reads a small file whole and processes it as one chunk.
  static func processWhole<P: DocumentProcessor>(_ item: InputItem, _ processor: P) -> Emitter {
    var out = Emitter()
    do {
      let reader = try ByteReader(item)
      let bytes = try reader.readAll(sizeHint: item.size ?? 0)
      let chunk = Chunk(file: item.name, bytes: bytes, offset: 0, firstLine: 1, isLast: true)
      if let problem = ContentCheck.problem(in: chunk, policy: processor.contentPolicy) {
        out.diagnostics.append(problem)
        return out
      }
      var state = processor.begin(file: item.name)
      if processor.surveys { processor.survey(chunk, state: &state) }
      processor.process(chunk, state: &state, into: &out)
      processor.end(state: &state, into: &out)
    } catch {
      out.diagnostics.append(error.diagnostic)
    }
    return out
  }

  /// Streams a large file or standard input in chunks, writing as it goes.
  ///
  /// A file is checked whole first, so a bad byte near its end does not leave partial output
  /// behind; standard input can only be checked as it arrives, so its output stops at the
  /// chunk with the problem (and the exit status says so). A command that reads its input
  /// twice surveys a file during the check; standard input is then spooled to an unlinked
  /// temporary file during the survey and read back from there.
  private func stream<P: DocumentProcessor>(_ item: InputItem, _ processor: P, _ writer: OutputWriter) throws(WriteFailure) {
    do {
      var state = processor.begin(file: item.name)
      var source = try ByteReader(item)
      if case .file = item, jobs > 1, !processor.surveys {
        guard try checkInParallel(source, processor.contentPolicy) else { return }
        source = try ByteReader(item)
      } else if case .file = item {
        var checker = LineChunker(source, size: input.chunkSize)
        while let chunk = try checker.next() {
          if let problem = ContentCheck.problem(in: chunk, policy: processor.contentPolicy) {
            diagnostics.report(problem)
            return
          }
          if processor.surveys { processor.survey(chunk, state: &state) }
        }
        source = try ByteReader(item)
      } else if processor.surveys {
        let spool = try Spool(name: item.name)
        var reader = LineChunker(source, size: input.chunkSize)
        while let chunk = try reader.next() {
          if let problem = ContentCheck.problem(in: chunk, policy: processor.contentPolicy) {
            diagnostics.report(problem)
            return
          }
          try spool.write(chunk.bytes)
          processor.survey(chunk, state: &state)
        }
        source = try spool.reader()
      }
      if jobs > 1, !processor.surveys, let settling = processor as? any SettlingProcessor, settling.settlesChunks {
        var chunker = LineChunker(source, size: input.chunkSize)
        return try streamSettling(&chunker, item, settling, writer)
      }
      if jobs > 1 && processor.independentChunks && !processor.surveys {
        // Smaller chunks in flight: a token's record is ~20 times its bytes.
        var chunker = LineChunker(source, size: min(input.chunkSize, 1 << 16))
        return try streamInParallel(&chunker, item, processor, writer)
      }
      var chunker = LineChunker(source, size: input.chunkSize)
      let drain = OutputDrain(writer: writer)
      let buffers = BufferPool(limit: 4)
      while let chunk = try chunker.next() {
        if case .standardInput = item, !processor.surveys,
          let problem = ContentCheck.problem(in: chunk, policy: processor.contentPolicy)
        {
          diagnostics.report(problem)
          return
        }
        var out = Emitter(buffers: buffers)
        out.drain = drain
        processor.process(chunk, state: &state, into: &out)
        if chunk.isLast { processor.end(state: &state, into: &out) }
        if let failure = drain.failure { throw failure }
        try emit(out, writer)
        buffers.recycle(out)
        Progress.shared.advance(bytes: chunk.bytes.count)
      }
    } catch let failure as ReadFailure {
      diagnostics.report(failure.diagnostic)
    } catch let failure as WriteFailure {
      throw failure
    } catch {
      diagnostics.report(Diagnostic(file: item.name, message: "\(error)", status: .ioError))
    }
  }

  /// Checks a file's chunks on `jobs` threads before any of it is processed; reports the
  /// first problem, as checking them in order would, and returns whether there was none.
  /// (On one thread the check took a third of the run's instructions for `normalize`.)
  private func checkInParallel(_ source: ByteReader, _ policy: ContentCheck.Policy) throws(ReadFailure) -> Bool {
    let pipeline = ChunkPipeline(ContentChecker(policy: policy), threads: jobs, ahead: jobs + 1)
    defer { while pipeline.next() != nil {} }
    var chunker = LineChunker(source, size: input.chunkSize)
    while let chunk = try chunker.next() {
      if let out = pipeline.submit(chunk), let problem = out.diagnostics.first {
        diagnostics.report(problem)
        return false
      }
    }
    while let out = pipeline.next() {
      if let problem = out.diagnostics.first {
        diagnostics.report(problem)
        return false
      }
    }
    return true
  }

  /// Streams an input whose chunks are independent, `jobs` chunks at a time, writing the
  /// outputs in input order.
  private func streamInParallel<P: DocumentProcessor>(
    _ chunker: inout LineChunker, _ item: InputItem, _ processor: P, _ writer: OutputWriter
  ) throws {
    let pipeline = ChunkPipeline(processor, threads: jobs, ahead: jobs + 1)
    defer { while pipeline.next() != nil {} }
    while let chunk = try chunker.next() {
      if case .standardInput = item, let problem = ContentCheck.problem(in: chunk, policy: processor.contentPolicy) {
        while let out = pipeline.next() { try emit(out, writer) }
        diagnostics.report(problem)
        return
      }
      Progress.shared.advance(bytes: chunk.bytes.count)
      if let out = pipeline.submit(chunk) {
        try emit(out, writer)
        pipeline.buffers.recycle(out)
      }
    }
    while let out = pipeline.next() {
      try emit(out, writer)
      pipeline.buffers.recycle(out)
    }
  }

  /// Streams an input whose chunks settle on their own from an offset on, `jobs` chunks at
  /// a time: each chunk is settled on a worker, then joined in input order on this thread.
  /// The chunks are the ones `stream` makes on one thread, so the output is the same.
  private func streamSettling<S: SettlingProcessor>(
    _ chunker: inout LineChunker, _ item: InputItem, _ processor: S, _ writer: OutputWriter
  ) throws {
    let pipeline = ChunkPipeline<ChunkSettlement>(threads: jobs, ahead: jobs + 1) { chunk, buffers in
      processor.settle(chunk, buffers: buffers)
    }
    defer { while pipeline.next() != nil {} }
    var state = processor.begin(file: item.name)
    // Submitted chunks not yet joined, oldest first.
    var submitted: [Chunk] = []
    var oldest = 0
    func join(_ settlement: ChunkSettlement) throws {
      let chunk = submitted[oldest]
      oldest += 1
      if oldest > 64 {
        submitted.removeFirst(oldest)
        oldest = 0
      }
      var out = Emitter(buffers: pipeline.buffers)
      let follows = processor.join(chunk, settlement, state: &state, into: &out)
      try emit(out, writer)
      pipeline.buffers.recycle(out)
      if follows { try emit(settlement.output, writer) }
      pipeline.buffers.recycle(settlement.output)
      if chunk.isLast {
        var tail = Emitter()
        processor.end(state: &state, into: &tail)
        try emit(tail, writer)
      }
    }
    while let chunk = try chunker.next() {
      if case .standardInput = item, let problem = ContentCheck.problem(in: chunk, policy: processor.contentPolicy) {
        while let settlement = pipeline.next() { try join(settlement) }
        diagnostics.report(problem)
        return
      }
      Progress.shared.advance(bytes: chunk.bytes.count)
      submitted.append(chunk)
      if let settlement = pipeline.submit(chunk) { try join(settlement) }
    }
    while let settlement = pipeline.next() { try join(settlement) }
  }

  private func emit(_ out: Emitter, _ writer: OutputWriter) throws(WriteFailure) {
    for d in out.diagnostics { diagnostics.report(d) }
    if out.findings { diagnostics.note(.findings) }
    for piece in out.pieces { try writer.write(piece) }
  }
}

/// Result slots filled by worker threads, each slot by exactly one thread, and read once
/// `DispatchQueue.concurrentPerform` has returned: its return orders every worker's write
/// before the read, so no lock is needed (a `Mutex` here only hid that from
/// ThreadSanitizer, which cannot see the futex under it and reported its counter).
private final class Slots: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Emitter>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: Emitter())
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  func set(_ index: Int, _ value: Emitter) {
    storage[index] = value
  }

  /// The results; only after the workers have returned.
  func take() -> [Emitter] {
    Array(storage)
  }
}
