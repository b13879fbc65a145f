internal import CICU

/// Canonical ordering of combining marks (Unicode chapter 3.11), over UTF-16 chunks.
///
/// ICU's normalizers reorder marks by insertion, which is quadratic in a run of marks whose
/// combining classes descend; KoEn sorts such runs itself, stably and in O(n log n), before
/// handing them to ICU. The result is canonically equivalent, so every normalization form
/// gives the same output for it.
enum CanonicalOrder {
  /// Whether no two adjacent non-starters are out of order (a higher combining class
  /// before a lower, non-zero one).
  static func isOrdered(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    var previous: UInt8 = 0
    var i = 0
    while i < units.count {
      let unit = units[i]
      if unit < 0x300 || (0xAC00...0xD7A3).contains(unit) {  // starters, without asking ICU
        previous = 0
        i += 1
        continue
      }
      let (value, width) = scalar(in: units, at: i)
      let ccc = koen_combining_class(value)
      if ccc != 0, previous > ccc { return false }
      previous = ccc
      i += width
    }
    return true
  }

  /// The units with every run of non-starters stably sorted by combining class.
  static func ordered(_ units: UnsafeBufferPointer<UInt16>) -> [UInt16] {
    var result: [UInt16] = []
    result.reserveCapacity(units.count)
    var run: [(ccc: UInt8, index: Int, value: UInt32)] = []
    func flush() {
      // Sorting by (class, position) is a stable sort by class.
      run.sort { ($0.ccc, $0.index) < ($1.ccc, $1.index) }
      for mark in run { append(mark.value) }
      run.removeAll(keepingCapacity: true)
    }
    func append(_ value: UInt32) {
      if value < 0x10000 {
        result.append(UInt16(truncatingIfNeeded: value))
      } else {
        result.append(UInt16(truncatingIfNeeded: 0xD7C0 + (value >> 10)))
        result.append(UInt16(truncatingIfNeeded: 0xDC00 | (value & 0x3FF)))
      }
    }
    var i = 0
    while i < units.count {
      let (value, width) = scalar(in: units, at: i)
      let ccc = koen_combining_class(value)
      if ccc == 0 {
        flush()
        append(value)
      } else {
        run.append((ccc, run.count, value))
      }
      i += width
    }
    flush()
    return result
  }

  /// The scalar value at `i` and its width in units; an unpaired surrogate stands for itself.
  @inline(__always)
  private static func scalar(in units: UnsafeBufferPointer<UInt16>, at i: Int) -> (UInt32, Int) {
    let unit = UInt32(units[i])
    if unit & 0xFC00 == 0xD800, i + 1 < units.count, units[i + 1] & 0xFC00 == 0xDC00 {
      return (0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00), 2)
    }
    return (unit, 1)
  }
}
