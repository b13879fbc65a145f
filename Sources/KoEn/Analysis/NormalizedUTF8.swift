/// A line's normalized text (`LineText`, `ChromeLexicon.normalize`: letters, Latin ones
/// lower-cased, and single spaces between words) as UTF-8 bytes: a run of a pooled store
/// that the lines normalized one after the other share (`UTF8Pool`), read as a collection
/// of bytes or, in place, as a buffer (`withUTF8`).
///
/// A `String` per line was one allocation made and validated when the line was normalized
/// and one freed with the line (for a page's kept lines, after the second reading): about 8
/// instructions per byte of a page. The lines of a store take one allocation between them,
/// and each line only retains and releases it, as it did its string's storage. The rules
/// that need a `String` (a set of recurring lines, the label-count cache, a split into
/// `Substring`s) make one from `string` for the few lines that get so far.
///
/// Memory: a store lives as long as any line of it (up to `UTF8Pool.storeSize` bytes), so
/// a line kept long keeps its neighbours' text too.
///
/// Thread-safety: a value type; the bytes it reads are written once, before the value
/// exists, and never again: `@unchecked Sendable`.
struct NormalizedUTF8: RandomAccessCollection, @unchecked Sendable {
  typealias Element = UInt8
  typealias Index = Int
  typealias Indices = Range<Int>
  typealias SubSequence = Slice<NormalizedUTF8>

  /// What holds the bytes (for none, any store: a reference that is never nil, as in
  /// `SourceScalars`, is copied and destroyed inline).
  private let store: UTF8Store
  /// The offset of the first byte in `store` (the high 32 bits) and the number of bytes
  /// (the low 32 bits): one field, as `SourceScalars.span`, so that the value is a
  /// reference and one word.
  private let span: UInt64

  /// The `count` bytes of `store` from `start` on.
  fileprivate init(store: UTF8Store, start: Int, count: Int) {
    precondition(start <= Int(UInt32.max) && count <= Int(UInt32.max), "a line's text has at most 2^32 - 1 bytes")
    self.store = store
    span = UInt64(truncatingIfNeeded: start) << 32 | UInt64(truncatingIfNeeded: count)
  }

  /// A copy of the UTF-8 bytes of `text` in a store of their own (for callers that hold a
  /// `String`, such as the tests).
  init(_ text: String) {
    let bytes = Array(text.utf8)
    let store = UTF8Store(capacity: bytes.count)
    _ = UnsafeMutableBufferPointer(start: store.base, count: bytes.count).initialize(from: bytes)
    self.init(store: store, start: 0, count: bytes.count)
  }

  /// The number of bytes.
  @inline(__always) var count: Int { Int(truncatingIfNeeded: span & 0xFFFF_FFFF) }

  /// The offset of the first byte in `store`.
  @inline(__always) private var start: Int { Int(truncatingIfNeeded: span >> 32) }

  @inline(__always) var startIndex: Int { 0 }
  @inline(__always) var endIndex: Int { count }
  @inline(__always) var indices: Range<Int> { 0..<count }
  @inline(__always) var isEmpty: Bool { count == 0 }
  @inline(__always) func index(after i: Int) -> Int { i &+ 1 }
  @inline(__always) func index(before i: Int) -> Int { i &- 1 }
  @inline(__always) func index(_ i: Int, offsetBy distance: Int) -> Int { i &+ distance }
  @inline(__always) func distance(from start: Int, to end: Int) -> Int { end &- start }

  @inline(__always)
  subscript(i: Int) -> UInt8 {
    precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "NormalizedUTF8 index out of range")
    return store.base[start &+ i]
  }

  @inline(__always)
  subscript(bounds: Range<Int>) -> Slice<NormalizedUTF8> {
    precondition(bounds.lowerBound >= 0 && bounds.upperBound <= count, "NormalizedUTF8 range out of bounds")
    return Slice(base: self, bounds: bounds)
  }

  /// Calls `body` with the bytes in memory, as `String.withUTF8` does (without the copy a
  /// `String` not in contiguous UTF-8 needs).
  @inline(__always)
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    defer { _fixLifetime(store) }
    return try body(UnsafeBufferPointer(start: UnsafePointer(store.base + start), count: count))
  }

  @inline(__always)
  func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
    try withUTF8(body)
  }

  /// The text as a `String` (an allocation when it is longer than a small string's 15 bytes).
  var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
}

/// A normalized text written as a literal (`"current issues sitemap"`), in a store of its
/// own, as `init(_:)` makes it.
extension NormalizedUTF8: ExpressibleByStringLiteral {
  init(stringLiteral text: String) { self.init(text) }
}

extension Set<String> {
  /// Whether the set holds `text`, made a `String` only when the set is not empty (a
  /// document's recurring lines are none outside a corpus).
  func contains(_ text: NormalizedUTF8) -> Bool { !isEmpty && contains(text.string) }
}

/// Memory for the normalized text of lines normalized one after the other, freed with the
/// last of the lines that read it.
final class UTF8Store: @unchecked Sendable {
  let base: UnsafeMutablePointer<UInt8>
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(capacity, 1))
  }

  deinit { base.deallocate() }
}

/// Where lines' normalized text is written: room at the end of a shared store, taken by one
/// line after the other. A store no line reads any more is filled again from its start
/// instead of a new one being allocated.
///
/// Thread-safety: a value type; each text is written before any value reads it, into room
/// no other value reads, and a store is filled again only when no value reads it:
/// `@unchecked Sendable`.
struct UTF8Pool: @unchecked Sendable {
  /// The store being filled.
  private var store: UTF8Store? = nil
  /// Bytes of `store` taken.
  private var used = 0

  /// The bytes of one store: a few hundred lines of a page (16 KiB).
  static let storeSize = 1 << 14

  /// A pool with no store yet (allocated with the first text).
  init() {}

  /// Writes a text of at most `capacity` bytes with `body`, which writes them into the
  /// buffer it is given and returns how many it wrote.
  @inline(__always)
  mutating func write(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> NormalizedUTF8 {
    if capacity > Self.storeSize / 4 {
      // A long line: a store of its own, not to leave most of a shared one unused.
      let own = UTF8Store(capacity: capacity)
      return NormalizedUTF8(store: own, start: 0, count: body(UnsafeMutableBufferPointer(start: own.base, count: capacity)))
    }
    if store == nil || used &+ capacity > Self.storeSize {
      if store != nil, isKnownUniquelyReferenced(&store) {
        used = 0
      } else {
        store = UTF8Store(capacity: Self.storeSize)
        used = 0
      }
    }
    let current = store.unsafelyUnwrapped
    // An empty text takes no room.
    let n = capacity == 0 ? 0 : body(UnsafeMutableBufferPointer(start: current.base + used, count: capacity))
    defer { used &+= n }
    return NormalizedUTF8(store: current, start: used, count: n)
  }
}
