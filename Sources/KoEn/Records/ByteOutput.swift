/// Where formatted output bytes are appended: an array, or a `ByteBuffer` on the hot path.
public protocol ByteOutput {
  /// Bytes appended so far.
  var count: Int { get }
  /// Appends one byte.
  mutating func append(_ byte: UInt8)
  /// Appends bytes.
  mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
  /// Drops the bytes from `count` on.
  mutating func truncate(to count: Int)
  /// Appends what `body` writes at the end: `body` gets room for `maxCount` bytes and
  /// returns how many it wrote (several fields formatted with one check of the room).
  mutating func append(reserving maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int)
}

extension ByteOutput {
  /// Appends ASCII text known at compile time.
  @inline(__always)
  public mutating func append(_ text: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }
}

extension Array: ByteOutput where Element == UInt8 {
  /// Drops the bytes from `count` on.
  public mutating func truncate(to count: Int) { removeSubrange(count...) }

  /// Appends what `body` writes into `maxCount` bytes of room, keeping what it wrote.
  public mutating func append(reserving maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    let start = count
    append(contentsOf: repeatElement(0, count: maxCount))
    let written = withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    removeSubrange((start + written)...)
  }
}

