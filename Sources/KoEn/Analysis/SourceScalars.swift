/// A line's decoded scalars: a run of a pooled store that the lines decoded one after the
/// other share (`ScalarPool`), read as an array is (indices from zero, `count`, slices,
/// `withUnsafeBufferPointer`).
///
/// An array per line was one allocation made at decoding and one freed with the line (for a
/// page's kept lines, after the second reading): the lines of a store take one between them,
/// and each line only retains and releases it, as it did its array. The scalars are never
/// changed once decoded.
///
/// Memory: a store lives as long as any line of it (up to `ScalarPool.storeSize` scalars, 16
/// bytes each), so a line kept long keeps its neighbours' scalars too.
///
/// Thread-safety: a value type; the scalars it reads are written once, before the value
/// exists, and never again: `@unchecked Sendable`.
struct SourceScalars: RandomAccessCollection, @unchecked Sendable {
  typealias Element = SourceScalar
  typealias Index = Int
  typealias Indices = Range<Int>
  typealias SubSequence = Slice<SourceScalars>

  /// What holds the scalars (for none, any store: a line's value holds a class reference
  /// that is never nil, which the compiler copies and destroys inline, where an optional
  /// one made each copy of a line a call).
  private let store: ScalarStore
  /// The index of the first scalar in `store` (the high 32 bits) and their number (the low
  /// 32 bits): one field, so that a line is a reference and four more words. Three words
  /// of scalars (a pointer and a count besides the store), or two fields for the start and
  /// count, made the compiler copy a line through its type's value witness, a call, where it
  /// retained the array inline.
  private let span: UInt64

  /// No scalars.
  init() { self.init(store: ScalarStore(capacity: 0), start: 0, count: 0) }

  /// The `count` scalars of `store` from `start` on.
  fileprivate init(store: ScalarStore, start: Int, count: Int) {
    precondition(start <= Int(UInt32.max) && count <= Int(UInt32.max), "a line has at most 2^32 - 1 scalars")
    self.store = store
    span = UInt64(truncatingIfNeeded: start) << 32 | UInt64(truncatingIfNeeded: count)
  }

  /// The number of scalars.
  @inline(__always) var count: Int { Int(truncatingIfNeeded: span & 0xFFFF_FFFF) }

  /// The index of the first scalar in `store`.
  @inline(__always) private var start: Int { Int(truncatingIfNeeded: span >> 32) }

  /// The first scalar.
  @inline(__always) private var base: UnsafePointer<SourceScalar> { UnsafePointer(store.base + start) }

  /// A copy of `scalars` in a store of their own.
  init(_ scalars: some Collection<SourceScalar>) {
    let n = scalars.count
    guard n > 0 else {
      self.init()
      return
    }
    let store = ScalarStore(capacity: n)
    _ = UnsafeMutableBufferPointer(start: store.base, count: n).initialize(from: scalars)
    self.init(store: store, start: 0, count: n)
  }

  @inline(__always) var startIndex: Int { 0 }
  @inline(__always) var endIndex: Int { count }
  @inline(__always) var indices: Range<Int> { 0..<count }
  @inline(__always) var isEmpty: Bool { count == 0 }
  @inline(__always) func index(after i: Int) -> Int { i &+ 1 }
  @inline(__always) func index(before i: Int) -> Int { i &- 1 }
  @inline(__always) func index(_ i: Int, offsetBy distance: Int) -> Int { i &+ distance }
  @inline(__always) func distance(from start: Int, to end: Int) -> Int { end &- start }

  @inline(__always)
  subscript(i: Int) -> SourceScalar {
    precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "SourceScalars index out of range")
    return store.base[start &+ i]
  }

  @inline(__always)
  subscript(bounds: Range<Int>) -> Slice<SourceScalars> {
    precondition(bounds.lowerBound >= 0 && bounds.upperBound <= count, "SourceScalars range out of bounds")
    return Slice(base: self, bounds: bounds)
  }

  /// Calls `body` with the scalars in memory, as `Array.withUnsafeBufferPointer` does.
  @inline(__always)
  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<SourceScalar>) throws -> R) rethrows -> R {
    defer { _fixLifetime(store) }
    return try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// Calls `body` with the scalars' bytes, as `Array.withUnsafeBytes` does.
  @inline(__always)
  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try withUnsafeBufferPointer { try body(UnsafeRawBufferPointer($0)) }
  }

  @inline(__always)
  func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<SourceScalar>) throws -> R) rethrows -> R? {
    try withUnsafeBufferPointer(body)
  }
}

extension SourceScalars: ExpressibleByArrayLiteral {
  init(arrayLiteral elements: SourceScalar...) { self.init(elements) }
}

extension Slice where Base == SourceScalars {
  /// Calls `body` with the slice's scalars in memory.
  @inline(__always)
  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<SourceScalar>) throws -> R) rethrows -> R {
    try base.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[startIndex..<endIndex])) }
  }
}

/// Memory for the scalars of lines decoded one after the other, freed with the last of the
/// lines that read it.
final class ScalarStore: @unchecked Sendable {
  let base: UnsafeMutablePointer<SourceScalar>
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
    base = UnsafeMutablePointer<SourceScalar>.allocate(capacity: Swift.max(capacity, 1))
  }

  // The scalars are trivial values: nothing to deinitialize.
  deinit { base.deallocate() }
}

/// Where a `LineSplitter` decodes its lines' scalars: room at the end of a shared store,
/// taken by one line after the other. A store no line reads any more (its lines were all
/// let go) is filled again from its start instead of a new one being allocated.
struct ScalarPool {
  /// The store being filled.
  private var store: ScalarStore? = nil
  /// Scalars of `store` taken.
  private var used = 0

  /// The scalars of one store: a few dozen lines of a page (64 KiB).
  static let storeSize = 1 << 12

  /// Decodes a line of at most `capacity` scalars with `body`, which writes them at the
  /// address it is given and returns how many it wrote.
  @inline(__always)
  mutating func decode(capacity: Int, _ body: (UnsafeMutablePointer<SourceScalar>) -> Int) -> SourceScalars {
    if capacity > Self.storeSize / 4 {
      // A long line: a store of its own, not to leave most of a shared one unused.
      let own = ScalarStore(capacity: capacity)
      return SourceScalars(store: own, start: 0, count: body(own.base))
    }
    if store == nil || used &+ capacity > Self.storeSize {
      if store != nil, isKnownUniquelyReferenced(&store) {
        used = 0
      } else {
        store = ScalarStore(capacity: Self.storeSize)
        used = 0
      }
    }
    let current = store.unsafelyUnwrapped
    // An empty line takes no room: its scalars are none of the store's.
    let n = capacity == 0 ? 0 : body(current.base + used)
    defer { used &+= n }
    return SourceScalars(store: current, start: used, count: n)
  }
}
