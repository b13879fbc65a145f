/// Checks that `ranges` partition `0..<count`: each non-empty, in order, with no gap and
/// no overlap, so that concatenating the pieces gives back the input byte for byte.
///
/// - Parameters:
///   - ranges: The pieces in order.
///   - count: The input's length in bytes.
///   - what: A name for the pieces, for the failure message.
public func checkPartition(_ ranges: [Range<Int>], count: Int, _ what: String) {
  var expected = 0
  for (k, range) in ranges.enumerated() {
    check(range.lowerBound == expected, "\(what) \(k) starts at \(range.lowerBound), expected \(expected)")
    check(!range.isEmpty, "\(what) \(k) is empty at \(range.lowerBound)")
    expected = range.upperBound
  }
  check(expected == count, "\(what)s end at \(expected), input has \(count) bytes")
}

/// Checks that every offset lies inside `0...count` and, for well-formed `bytes`, between
/// two scalars.
public func checkOffsets(_ offsets: [Int], in bytes: [UInt8], valid: Bool, _ what: String) {
  for offset in offsets {
    check(offset >= 0 && offset <= bytes.count, "\(what) offset \(offset) outside 0...\(bytes.count)")
    if valid {
      check(UTF8Reference.isScalarBoundary(bytes, offset), "\(what) offset \(offset) inside a scalar")
    }
  }
}
