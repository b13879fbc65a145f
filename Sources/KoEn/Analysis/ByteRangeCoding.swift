/// How analysis records store a byte range: two integer fields, `start` and `end`.
extension KeyedDecodingContainer {
  /// Decodes the half-open byte range `start..<end`.
  ///
  /// - Throws: `DecodingError` when a field is missing or `end < start`.
  func decodeByteRange(start: Key, end: Key) throws -> Range<Int> {
    let lower = try decode(Int.self, forKey: start)
    let upper = try decode(Int.self, forKey: end)
    guard lower <= upper else {
      throw DecodingError.dataCorruptedError(forKey: end, in: self, debugDescription: "end < start")
    }
    return lower..<upper
  }
}

extension KeyedEncodingContainer {
  /// Encodes `range` as its `start` and `end` fields.
  mutating func encodeByteRange(_ range: Range<Int>, start: Key, end: Key) throws {
    try encode(range.lowerBound, forKey: start)
    try encode(range.upperBound, forKey: end)
  }
}
