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
}

