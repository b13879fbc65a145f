/// Helpers that move text between Swift strings, UTF-8 bytes and the UTF-16 buffers that
/// ICU's normalization and transliteration C APIs require.
enum UTF16Buffer {
  /// Calls an ICU function that writes UTF-16 into a buffer and returns the full length of
  /// its result. Tries a buffer sized from `estimate` first and retries once at the length
  /// ICU reports on overflow, so overflow is never surfaced.
  static func withResizing(
    estimate: Int,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> [UInt16] {
    var capacity = max(estimate, 16)
    for _ in 0..<2 {
      var status: Int32 = 0
      var length: Int32 = 0
      let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
        length = body(buffer.baseAddress!, Int32(buffer.count), &status)
        count = (status == 0 || status < 0) && Int(length) <= buffer.count ? Int(length) : 0
      }
      if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ || Int(length) > capacity {
        capacity = Int(length) + 1
        continue
      }
      if status > 0 { throw ICUError(rawValue: status) }
      return result
    }
    throw ICUError(rawValue: 15)
  }

  /// Decodes UTF-16 units into a string (unpaired surrogates become U+FFFD).
  static func string(_ units: some Collection<UInt16>) -> String {
    String(decoding: units, as: UTF16.self)
  }
}
