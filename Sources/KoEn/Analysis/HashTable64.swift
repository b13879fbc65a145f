/// A fixed set of 64-bit hashes, asked whether it holds one: an open-addressed table of a
/// power of two of slots, at most half full, probed from the hash's low bits. It answers as
/// a `Set<UInt64>` of the same values does, without running `Hasher` on every question
/// (the words of every line ask it).
///
/// Thread-safety: a value type; `Sendable`.
struct HashTable64: Sendable {
  /// The values in their slots; 0 marks an empty slot.
  private let slots: [UInt64]
  /// Whether 0 is one of the values (it cannot mark itself).
  private let holdsZero: Bool

  init(_ values: some Sequence<UInt64>) {
    let distinct = Set(values)
    var size = 8
    while size < distinct.count * 2 { size *= 2 }
    var slots = [UInt64](repeating: 0, count: size)
    for value in distinct where value != 0 {
      var k = Int(truncatingIfNeeded: value) & (size - 1)
      while slots[k] != 0 { k = (k + 1) & (size - 1) }
      slots[k] = value
    }
    self.slots = slots
    holdsZero = distinct.contains(0)
  }

  /// Whether `value` is one of the set's.
  func contains(_ value: UInt64) -> Bool {
    guard value != 0 else { return holdsZero }
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var k = Int(truncatingIfNeeded: value) & mask
      while true {
        let slot = slots[k]
        if slot == value { return true }
        if slot == 0 { return false }
        k = (k + 1) & mask
      }
    }
  }
}
