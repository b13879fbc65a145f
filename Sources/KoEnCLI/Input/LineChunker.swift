/// A piece of an input: whole lines (the last piece may end without a line break).
struct Chunk: Sendable {
  /// The input's name.
  let file: String
  /// The bytes.
  let bytes: [UInt8]
  /// The offset of the first byte in the input.
  let offset: Int
  /// The 1-based number of the line the chunk starts on.
  let firstLine: Int
  /// Whether this is the input's last chunk.
  let isLast: Bool
}

/// Cuts a stream into chunks of about `size` bytes that end after a line break, so memory
/// stays bounded by the chunk size plus the longest line, and every chunk is whole lines.
///
/// A line break is always a UTF-8 character boundary, so no chunk splits a character.
struct LineChunker {
  private let reader: ByteReader
  private let size: Int
  private var carry: [UInt8] = []
  private var offset = 0
  private var line = 1
  private var finished = false

  /// Chunks of `reader`'s input of about `size` bytes.
  init(_ reader: ByteReader, size: Int) {
    self.reader = reader
    self.size = max(1, size)
  }

  /// The next chunk, or nil after the last.
  mutating func next() throws(ReadFailure) -> Chunk? {
    guard !finished else { return nil }
    var buffer = carry
    carry = []
    var searchFrom = 0
    while true {
      if buffer.count >= size {
        if let cut = lastLineBreak(in: buffer, from: searchFrom) {
          carry = Array(buffer[(cut + 1)...])
          buffer.removeSubrange((cut + 1)...)
          // Make sure this is not the last chunk only by peeking: it is last when the carry is
          // empty and the reader has nothing more, which the next call finds out.
          break
        }
        searchFrom = buffer.count
      }
      if try reader.read(upTo: max(size - buffer.count, 1 << 16), into: &buffer) == 0 {
        break
      }
    }
    var isLast = false
    if reader.atEnd && carry.isEmpty {
      isLast = true
    } else if carry.isEmpty {
      // Peek: read more into the carry to learn whether anything follows.
      try reader.read(upTo: 1 << 16, into: &carry)
      isLast = carry.isEmpty && reader.atEnd
    }
    if isLast { finished = true }
    let chunk = Chunk(file: reader.name, bytes: buffer, offset: offset, firstLine: line, isLast: isLast)
    offset += buffer.count
    line += buffer.withUnsafeBufferPointer(LineChunker.lineBreaks(in:))
    return chunk
  }

  /// The number of line feeds in `bytes`, eight bytes at a time (a byte-by-byte count
  /// cost five instructions a byte, on the thread that feeds the others).
  static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let start = bytes.baseAddress else { return 0 }
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let ones: UInt64 = 0x0101_0101_0101_0101
    var count = 0
    var i = 0
    while i + 8 <= bytes.count {
      // Per-byte counts in `lanes` (at most 255 words, so no lane overflows), summed after:
      // no popcount, which the baseline x86-64 target does not have.
      var lanes: UInt64 = 0
      var words = 0
      while words < 255 && i + 8 <= bytes.count {
        // A byte of `x` is zero exactly where the input has a line feed; the top bit of
        // each byte of `t` is set where `x`'s byte is not zero (no carry between bytes).
        let x = UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
        let t = ((x & lows) &+ lows) | x
        lanes &+= (~t >> 7) & ones
        i += 8
        words += 1
      }
      let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
      count += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
    }
    while i < bytes.count {
      if start[i] == 0x0A { count += 1 }
      i += 1
    }
    return count
  }

  private func lastLineBreak(in buffer: [UInt8], from start: Int) -> Int? {
    var i = buffer.count - 1
    while i >= start {
      if buffer[i] == 0x0A { return i }
      i -= 1
    }
    return nil
  }
}
