@testable import KoEn
import TestSupport
import Testing

/// `ShortLineCounts` counts as a `[UInt64: UInt8]` saturating at 3 does: keys that share
/// their first slot, zero, and the table grown while counting.
@Suite("Counts of short lines")
struct ShortLineCountsTests {
  /// Counts `keys` in order both ways and compares every count, of the keys and of others.
  func check(_ keys: [UInt64], asking questions: [UInt64]) {
    var counts = ShortLineCounts()
    var reference: [UInt64: UInt8] = [:]
    for key in keys {
      counts.add(key)
      let count = reference[key, default: 0]
      if count < 3 { reference[key] = count + 1 }
    }
    for key in keys + questions {
      #expect(counts[key] == reference[key, default: 0], "\(key)")
    }
  }

  @Test("random keys, some repeated, with zero")
  func random() {
    var generator = SplitMix64(seed: 21)
    for distinct in [0, 1, 2, 31, 32, 33, 500, 3000] {
      let values = (0..<distinct).map { _ in generator.next() } + [0]
      let keys = (0..<(distinct * 3 + 5)).map { _ in values[Int(generator.next() % UInt64(values.count))] }
      let questions = (0..<200).map { _ in generator.next() } + values.map { $0 &+ 1 } + [.max]
      check(keys, asking: questions)
    }
  }

  @Test("keys that share their first slot and wrap around the table")
  func collisions() {
    // Multiples of 2^20 all start at slot 0 of a table of up to 2^20 slots; the keys just
    // below a multiple of 64 start at the last slots and wrap.
    let shared = (1...40).map { UInt64($0) << 20 }
    let wrapping = (1...40).map { UInt64($0) << 20 | 63 }
    check(shared + wrapping + shared.reversed() + shared + wrapping, asking: [0, 1 << 20 | 1, 63])
  }
}
