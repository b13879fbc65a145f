@testable import KoEn
import TestSupport
import Testing

/// `HashTable64` answers as a `Set<UInt64>` of the same values: values that share their
/// first slot, zero, and values next to those held.
@Suite("Table of 64-bit hashes")
struct HashTable64Tests {
  /// Every value held, and every question asked, answered as the set answers it.
  func check(_ values: [UInt64], asking questions: [UInt64]) {
    let table = HashTable64(values)
    let set = Set(values)
    for value in values + questions {
      #expect(table.contains(value) == set.contains(value), "\(value)")
    }
  }

  @Test("random values, with and without zero")
  func random() {
    var generator = SplitMix64(seed: 64)
    for count in [0, 1, 2, 7, 8, 100, 333] {
      let values = (0..<count).map { _ in generator.next() }
      let questions = (0..<500).map { _ in generator.next() } + values.map { $0 &+ 1 } + [0, .max]
      check(values, asking: questions)
      check(values + [0], asking: questions)
    }
  }

  @Test("values that share their first slot and wrap around the table")
  func collisions() {
    // Low bits all ones: every value starts at the last slot and probes on from the first.
    let values: [UInt64] = (1...20).map { ($0 << 32) | 0xFFFF }
    check(values, asking: values.map { $0 ^ (1 << 40) } + [0xFFFF, 0x1_FFFF, 1 << 32])
  }
}
