internal import CTokenBlock

/// Cuts UTF-8 input that arrives in pieces cut anywhere into decoded lines, carrying an
/// unfinished line from one piece to the next, so a document is read the same however it
/// was cut.
///
/// Lines end at `\n` (a `\r` before it is left out of the line's range); offsets and line
/// numbers count from the start of the whole input.
struct LineSplitter {
  /// The bytes of the unfinished line.
  private var carry: [UInt8] = []
  /// The input offset of `carry`'s first byte.
  private var carryOffset = 0
  /// The number the next line gets.
  private var nextNumber = 1
  /// Where the lines' scalars are decoded.
  private var pool = ScalarPool()

  /// Reads the next piece of input and hands every line it completes to `sink`, in order
  /// (moved, not copied).
  mutating func push(_ bytes: some Collection<UInt8>, _ sink: (consuming SourceLine) -> Void) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { push(buffer: $0, sink) }
    if done == nil { Array(bytes).withUnsafeBufferPointer { push(buffer: $0, sink) } }
  }

  /// Ends the input: hands its last line to `sink` when it did not end with a line break.
  mutating func finish(_ sink: (consuming SourceLine) -> Void) {
    guard !carry.isEmpty else { return }
    emit(carry.count, sink)
  }

  private mutating func push(buffer: UnsafeBufferPointer<UInt8>, _ sink: (consuming SourceLine) -> Void) {
    var start = 0
    while let i = Self.lineFeed(in: buffer, from: start) {
      if carry.isEmpty {
        let line = SourceLine.decode(UnsafeBufferPointer(rebasing: buffer[start..<i]), offset: carryOffset, number: nextNumber, pool: &pool)
        sink(line)
        nextNumber += 1
        carryOffset += i - start + 1
      } else {
        carry.append(contentsOf: buffer[start..<i])
        emit(carry.count, sink)
        carryOffset += 1
      }
      start = i + 1
    }
    carry.append(contentsOf: buffer[start...])
  }

  /// The offset of the first line feed in `buffer` at or after `from`, or nil: the C
  /// library's `memchr`, vector compares of 32 bytes and more at a time (eight bytes at a
  /// time in Swift cost about 2 instructions per byte).
  static func lineFeed(in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = buffer.baseAddress, from < buffer.count else { return nil }
    let found = koen_find_byte(base + from, Int64(buffer.count &- from), 0x0A)
    return found < 0 ? nil : from &+ Int(found)
  }

  /// Hands the carried line of `length` bytes to `sink` and starts the next.
  private mutating func emit(_ length: Int, _ sink: (consuming SourceLine) -> Void) {
    let line = carry.withUnsafeBufferPointer {
      SourceLine.decode(UnsafeBufferPointer(rebasing: $0[0..<length]), offset: carryOffset, number: nextNumber, pool: &pool)
    }
    sink(line)
    nextNumber += 1
    carryOffset += length
    carry.removeAll(keepingCapacity: true)
  }
}
