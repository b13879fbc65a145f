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

  /// The number of line feeds in `bytes`, sixteen bytes at a time (a byte-by-byte count
  /// cost five instructions a byte, on the thread that feeds the others).
  static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let start = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(start)
    let feeds = SIMD16<UInt8>(repeating: 0x0A)
    var count = 0
    var i = 0
    while i + 16 <= bytes.count {
      // Per-lane counts (at most 255 blocks, so no lane overflows), summed after.
      var lanes = SIMD16<UInt8>()
      var blocks = 0
      while blocks < 255 && i + 16 <= bytes.count {
        let block = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
        lanes &+= SIMD16<UInt8>().replacing(with: 1, where: block .== feeds)
        i += 16
        blocks += 1
      }
      count += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
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
