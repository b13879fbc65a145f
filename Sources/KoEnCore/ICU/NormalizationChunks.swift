internal import CICU

/// Internal machinery shared by `Normalizer` and `StreamingNormalizer`: walks valid UTF-8,
/// transcodes it into UTF-16 (which ICU's C normalization API requires) and hands it over in
/// chunks that end only at normalization boundaries, so each chunk normalizes on its own and
/// the results, concatenated, equal the normalization of the whole text.
///
/// The UTF-16 buffer starts on the stack (512 units, 1 KiB: the size Swift's
/// `withUnsafeTemporaryAllocation` always places on the stack on Linux; larger requests
/// may go to the heap); it moves to the heap only when one run without a boundary (a base
/// with hundreds of combining marks) outgrows it.
struct NormalizationChunks {
  /// ICU's normalizer singleton. Borrowed.
  let handle: OpaquePointer
  /// Whether long runs of misordered combining marks may be sorted before ICU sees them:
  /// true for forms whose result is the same for canonically equivalent input.
  let presortsMarks: Bool

  /// The stack buffer's size in UTF-16 units (1 KiB).
  static let stackCapacity = 512

  /// Whether `value` starts a normalization segment: text before it and text from it on
  /// normalize independently.
  @inline(__always)
  func hasBoundary(before value: UInt32) -> Bool {
    koen_normalizer_has_boundary_before(handle, value) != 0
  }

  /// Calls `body` with successive UTF-16 chunks of the valid UTF-8 `bytes`, each cut just
  /// before a scalar with a normalization boundary (or at the end). Stops early, returning
  /// false, when `body` does; returns true otherwise. `body` is never called with an empty
  /// chunk.
  func forEach(
    in bytes: UnsafeBufferPointer<UInt8>,
    _ body: (UnsafeBufferPointer<UInt16>) -> Bool
  ) -> Bool {
    withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Self.stackCapacity) { stack in
      var buffer = stack
      var heap: UnsafeMutableBufferPointer<UInt16>? = nil
      defer { heap?.deallocate() }
      var count = 0
      var i = 0
      let n = bytes.count
      while i < n {
        let (value, length) = UTF8Decoding.decode(bytes, at: i)
        i += length
        if count + 2 > buffer.count {
          let cut = lastBoundary(in: UnsafeBufferPointer(rebasing: buffer[..<count]))
          if cut > 0 {
            guard body(UnsafeBufferPointer(rebasing: buffer[..<cut])) else { return false }
            let tail = count - cut
            if tail > 0 {
              buffer.baseAddress!.update(from: buffer.baseAddress! + cut, count: tail)
            }
            count = tail
          }
          if count + 2 > buffer.count {
            // One run without a boundary fills the buffer: grow it on the heap.
            let bigger = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: buffer.count * 2)
            bigger.baseAddress!.initialize(from: buffer.baseAddress!, count: count)
            heap?.deallocate()
            heap = bigger
            buffer = bigger
          }
        }
        if value < 0x10000 {
          buffer[count] = UInt16(truncatingIfNeeded: value)
          count += 1
        } else {
          buffer[count] = UInt16(truncatingIfNeeded: 0xD7C0 + (value >> 10))
          buffer[count + 1] = UInt16(truncatingIfNeeded: 0xDC00 | (value & 0x3FF))
          count += 2
        }
      }
      return count == 0 || body(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
  }

  /// The UTF-16 offset of the last scalar after the first that has a normalization boundary
  /// before it, or 0 when there is none.
  func lastBoundary(in units: UnsafeBufferPointer<UInt16>) -> Int {
    var j = units.count
    while j > 1 {
      j -= 1
      var value = UInt32(units[j])
      if value & 0xFC00 == 0xDC00, j > 0, units[j - 1] & 0xFC00 == 0xD800 {
        j -= 1
        value = 0x10000 + ((UInt32(units[j]) - 0xD800) << 10) + (value - 0xDC00)
      }
      if j > 0, hasBoundary(before: value) { return j }
    }
    return 0
  }

  /// Whether every chunk of `bytes` is normalized. Allocates nothing unless a run without
  /// a boundary exceeds the stack buffer.
  func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    forEach(in: bytes) { chunk in
      // Every form puts combining marks in canonical order; checking that first keeps a long
      // run of misordered marks from reaching ICU's quadratic reordering.
      if presortsMarks, chunk.count > Self.longRun, !CanonicalOrder.isOrdered(chunk) { return false }
      var status: koen_status = 0
      let yes = koen_normalizer_is_normalized(handle, chunk.baseAddress, Int32(chunk.count), &status)
      return status <= 0 && yes != 0
    }
  }

  /// Chunks longer than this (UTF-16 units) are checked for canonical order before ICU
  /// sees them. Text in the Stream-Safe Text Format (at most 30 non-starters in a row) never
  /// makes such chunks.
  static let longRun = 64

  /// Normalizes valid UTF-8 `bytes` and appends the result, as UTF-8, to `output`.
  ///
  /// One destination buffer serves every chunk: it starts at three times the stack
  /// buffer's size and, when ICU reports an overflow, is regrown to the exact length ICU
  /// reported and the chunk retried once.
  func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    var destination = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 3 * Self.stackCapacity + 16)
    defer { destination.deallocate() }
    func normalizeChunk(_ chunk: UnsafeBufferPointer<UInt16>) {
      var status: koen_status = 0
      var length = koen_normalize(
        handle, chunk.baseAddress, Int32(chunk.count), destination.baseAddress, Int32(destination.count), &status)
      if status == KOEN_BUFFER_OVERFLOW {
        destination.deallocate()
        destination = .allocate(capacity: Int(length))
        status = 0
        length = koen_normalize(
          handle, chunk.baseAddress, Int32(chunk.count), destination.baseAddress, Int32(destination.count), &status)
      }
      // ICU reported the exact length; a second overflow or any other failure means the
      // ICU library is broken (or out of memory), not that the input is bad.
      precondition(status <= 0, "ICU normalization failed: \(ICUError(rawValue: status))")
      UTF8Decoding.appendUTF8(of: UnsafeBufferPointer(rebasing: destination[..<Int(length)]), to: &output)
    }
    _ = forEach(in: bytes) { chunk in
      // ICU reorders combining marks by insertion, quadratic in a long misordered run; a
      // stable sort by combining class first gives a canonically equivalent chunk that ICU
      // passes through in linear time.
      if presortsMarks, chunk.count > Self.longRun, !CanonicalOrder.isOrdered(chunk) {
        CanonicalOrder.ordered(chunk).withUnsafeBufferPointer(normalizeChunk)
      } else {
        normalizeChunk(chunk)
      }
      return true
    }
  }
}

/// Decoding and encoding helpers for text already known to be valid.
enum UTF8Decoding {
  /// The scalar value and length of the sequence at `i` of valid UTF-8.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
    if b0 < 0xF0 {
      return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
    }
    return (
      (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
        | UInt32(bytes[i + 3] & 0x3F), 4
    )
  }

  /// Appends well-formed UTF-16 as UTF-8.
  static func appendUTF8(of units: UnsafeBufferPointer<UInt16>, to output: inout [UInt8]) {
    var i = 0
    let n = units.count
    while i < n {
      var value = UInt32(units[i])
      i += 1
      if value & 0xFC00 == 0xD800, i < n, units[i] & 0xFC00 == 0xDC00 {
        value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
        i += 1
      }
      appendUTF8(of: value, to: &output)
    }
  }

  /// Appends one scalar value as UTF-8.
  @inline(__always)
  static func appendUTF8(of value: UInt32, to output: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      output.append(UInt8(truncatingIfNeeded: value))
    case 0x80..<0x800:
      output.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
      output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
      output.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
      output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    default:
      output.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
      output.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F))
      output.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
      output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    }
  }

  /// Whether every byte is ASCII.
  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while i + 8 <= n {
      let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { return false }
      i += 8
    }
    while i < n {
      if bytes[i] >= 0x80 { return false }
      i += 1
    }
    return true
  }
}
