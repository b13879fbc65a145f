import KoEn

/// Output buffers handed back after their bytes are written, for the next chunk's output.
///
/// A chunk of `koen tokens` makes about 25 times its size in JSON. Grown afresh for every
/// chunk, that memory was faulted in page by page each time; with several threads the
/// buffers were allocated in one thread's malloc arena and freed from the writing thread,
/// and the arenas gave the pages back to the system (`madvise`) between chunks, so a second
/// thread made the run slower, not faster (ten times the page faults, system time up from
/// 0.05 s to 0.5 s on 16 MB). Buffers kept here keep their capacity and their pages.
///
/// Thread-safe: workers take, the writing thread gives back.
final class BufferPool: Sendable {
  private let free = Locked<[ByteBuffer]>([])
  /// How many buffers are kept at most.
  private let limit: Int
  /// Buffers that grew past this many bytes (a chunk with a huge line) are not kept.
  private let largest: Int

  /// A pool keeping at most `limit` buffers of at most `largest` bytes each.
  init(limit: Int, largest: Int = 16 << 20) {
    self.limit = limit
    self.largest = largest
  }

  /// An empty buffer: a kept one when there is one.
  func take() -> ByteBuffer {
    free.withLock { $0.popLast() } ?? ByteBuffer()
  }

  /// Keeps `buffer` for a later `take`; its bytes must have been written and it must no
  /// longer be used.
  func give(_ buffer: ByteBuffer) {
    guard buffer.capacityInBytes <= largest else { return }
    buffer.truncate(to: 0)
    free.withLock { free in
      if free.count < limit { free.append(buffer) }
    }
  }

  /// Gives back the buffers of an output whose pieces have been written.
  func recycle(_ out: Emitter) {
    for buffer in out.buffers { give(buffer) }
  }
}
