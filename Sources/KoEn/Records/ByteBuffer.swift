/// A growable byte buffer for output being formatted.
///
/// A record is dozens of small appends (a quote, a key, a number); on an array each one
/// checks uniqueness and goes through a generic copy, which cost more than the formatting.
/// Here an append is a capacity check and a copy. A buffer belongs to one thread at a time
/// (the one formatting a chunk, then the one writing it).
public final class ByteBuffer: ByteOutput, @unchecked Sendable {
  // Not checked for overlapping accesses at run time: a buffer is used by one thread at a
  // time and never hands out its storage across a call that appends, and the checks
  // (a class's properties are checked dynamically) cost more than the appends themselves.
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var length = 0
  @exclusivity(unchecked) private var capacity: Int

  /// An empty buffer with room for `capacity` bytes before it grows.
  public init(capacity: Int = 1 << 12) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes appended so far. (A computed property: read from another module, a stored
  /// property of a class was checked for exclusive access at run time on every read, which
  /// the attribute above spares the accesses made here.)
  public var count: Int { length }

  /// The bytes it holds before it must grow.
  public var capacityInBytes: Int { capacity }

  /// Whether nothing was appended.
  public var isEmpty: Bool { length == 0 }

  /// The bytes, read in place.
  public func withBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
    try body(UnsafeBufferPointer(start: base, count: length))
  }

  /// A copy of the bytes.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: length)) }

  @inline(__always)
  public func append(_ byte: UInt8) {
    if length == capacity { grow(to: length + 1) }
    base[length] = byte
    length += 1
  }

  @inline(__always)
  public func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    let n = bytes.count
    if length + n > capacity { grow(to: length + n) }
    if n > 0 { (base + length).update(from: bytes.baseAddress!, count: n) }
    length += n
  }

  /// Appends what `body` writes at the end of the buffer: `body` gets room for `maxCount`
  /// bytes and returns how many it wrote. Formatting a record this way checks the capacity
  /// once instead of once per byte.
  @inline(__always)
  public func append(reserving maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    if length + maxCount > capacity { grow(to: length + maxCount) }
    length += body(base + length)
  }

  /// Appends the UTF-8 of `text`.
  public func append(_ text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }

  public func truncate(to count: Int) { length = min(count, length) }

  private func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: length)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}

/// A `ByteBuffer` appended to as a `ByteOutput` value without a retain of the buffer: the
/// writers take their output `inout`, and a buffer handed to them as a local copy of its
/// reference was retained and released once per record. The caller keeps the buffer alive
/// for as long as the value is used.
struct UnretainedByteBuffer: ByteOutput {
  private let buffer: Unmanaged<ByteBuffer>

  /// `buffer`, appended to while the caller holds it.
  @inline(__always)
  init(_ buffer: ByteBuffer) { self.buffer = .passUnretained(buffer) }

  var count: Int {
    @inline(__always) get { buffer._withUnsafeGuaranteedRef { $0.count } }
  }

  @inline(__always)
  func append(_ byte: UInt8) { buffer._withUnsafeGuaranteedRef { $0.append(byte) } }

  @inline(__always)
  func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    buffer._withUnsafeGuaranteedRef { $0.append(contentsOf: bytes) }
  }

  @inline(__always)
  func truncate(to count: Int) { buffer._withUnsafeGuaranteedRef { $0.truncate(to: count) } }

  @inline(__always)
  func append(reserving maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    buffer._withUnsafeGuaranteedRef { $0.append(reserving: maxCount, body) }
  }
}
