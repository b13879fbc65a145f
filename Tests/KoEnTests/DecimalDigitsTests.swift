import KoEn
import Testing

/// `DecimalDigits.write` spells every integer as `String(n)` does, at the edges of each
/// number of digits (where its count from the bit length changes) and at the extremes.
@Suite("Decimal digits")
struct DecimalDigitsTests {
  static func written(_ n: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalDigits.maxCount) { buffer in
      let count = DecimalDigits.write(n, at: buffer.baseAddress!)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
  }

  @Test("powers of ten and two, their neighbours, both signs and the extremes")
  func edges() {
    var values: [Int] = [0, 1, -1, Int.max, Int.min, Int.max - 1, Int.min + 1]
    var power = 1
    for _ in 0..<19 {
      values += [power - 1, power, power + 1]
      if power > Int.max / 10 { break }
      power *= 10
    }
    for shift in 0..<63 { values += [(1 << shift) - 1, 1 << shift, (1 << shift) + 1] }
    for n in values {
      #expect(Self.written(n) == String(n))
      if n != Int.min { #expect(Self.written(-n) == String(-n)) }
    }
  }

  @Test("random integers of every length")
  func random() {
    var generator = SystemRandomNumberGenerator()
    for bits in 1..<63 {
      for _ in 0..<200 {
        let n = Int.random(in: 0..<(1 << bits), using: &generator)
        #expect(Self.written(n) == String(n))
        #expect(Self.written(-n) == String(-n))
      }
    }
  }
}
