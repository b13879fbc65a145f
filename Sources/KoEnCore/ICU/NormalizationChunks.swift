internal import CICU

/// Internal machinery shared by `Normalizer` and `StreamingNormalizer`: walks valid UTF-8,
/// copies through the runs that the form leaves unchanged (see `NormalizationTable`), and
/// transcodes the rest into UTF-16 (which ICU's C normalization API requires), handing it
/// over in chunks that end only at normalization boundaries, so each chunk normalizes on its
/// own and the results, concatenated, equal the normalization of the whole text.
///
/// For the quick check the UTF-16 buffer starts on the stack (512 units, 1 KiB: the size
/// Swift's `withUnsafeTemporaryAllocation` always places on the stack on Linux; larger
/// requests may go to the heap); normalization uses one heap block of 4,096 units for the
/// source, ICU's destination and the UTF-8 it is encoded into. A buffer grows only when one
/// run without a boundary (a base with hundreds of combining marks) outgrows it.
struct NormalizationChunks {
  /// ICU's normalizer singleton. Borrowed.
  let handle: OpaquePointer
  /// The form's properties of BMP code points.
  let table: NormalizationTable
  /// Whether long runs of misordered combining marks may be sorted before ICU sees them:
  /// true for forms whose result is the same for canonically equivalent input.
  let presortsMarks: Bool
  /// Whether every ASCII byte is stable (all forms but NFKC_Casefold).
  let keepsASCII: Bool

  /// The stack buffer's size in UTF-16 units (1 KiB).
  static let stackCapacity = 512

  /// The heap source buffer's size in UTF-16 units when normalizing.
  static let heapCapacity = 4096

  /// A run of stable text shorter than this (in bytes) between two regions that need ICU
  /// is handed to ICU with them rather than copied: fewer, longer calls.
  static let minimumCopy = 48

  /// Whether `value` starts a normalization segment: text before it and text from it on
  /// normalize independently.
  @inline(__always)
  func hasBoundary(before value: UInt32) -> Bool {
    value < 0x10000 ? table.hasBoundary(before: value) : koen_normalizer_has_boundary_before(handle, value) != 0
  }

  // MARK: - Stable runs

  /// The offset of the first scalar at or after `i` that is not stable (or `bytes.count`):
  /// everything in between is normalized text with a boundary before every scalar.
  @inline(__always)
  func stableRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    let n = bytes.count
    let base = bytes.baseAddress!
    while i < n {
      let b0 = base[i]
      if b0 < 0x80 {
        if keepsASCII {
          // Eight bytes at a time through ASCII.
          while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            i += 8
          }
          while i < n, base[i] < 0x80 { i += 1 }
          continue
        }
        if !table.isStable(UInt32(b0)) { return i }
        i += 1
      } else if b0 < 0xE0 {
        let value = (UInt32(b0) & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
        if !table.isStable(value) { return i }
        i += 2
      } else if b0 < 0xF0 {
        let value = (UInt32(b0) & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
        if !table.isStable(value) { return i }
        i += 3
      } else {
        return i  // supplementary: left to ICU
      }
    }
    return n
  }

  /// Splits valid UTF-8 into stretches to copy unchanged and regions for ICU. Calls
  /// `region(start, end)` for each region, in order; every region starts and ends at a
  /// normalization boundary, and everything between two regions (and before the first,
  /// after the last) is stable. Stops early, returning false, when `region` does.
  @inline(__always)
  func forEachRegion(
    in bytes: UnsafeBufferPointer<UInt8>,
    _ region: (Int, Int) -> Bool
  ) -> Bool {
    let n = bytes.count
    var i = 0
    while i < n {
      let runEnd = stableRunEnd(bytes, from: i)
      if runEnd == n { return true }
      // The scalar at `runEnd` may combine with the one before it: start at that one,
      // which, being stable, has a boundary before it. (`i` itself is a boundary: the start
      // of the text or of a stable run.)
      var start = runEnd
      if runEnd > i {
        start -= 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
      }
      // End at the start of the next stable run long enough to be worth copying.
      var j = runEnd + UTF8Decoding.sequenceLength(bytes[runEnd])
      var end = n
      while j < n {
        let e = stableRunEnd(bytes, from: j)
        if e == n || e - j >= Self.minimumCopy {
          if e > j { end = j }
          break
        }
        j = e + UTF8Decoding.sequenceLength(bytes[e])
      }
      guard region(start, end) else { return false }
      i = end
    }
    return true
  }

  // MARK: - Chunks

  /// Calls `body` with successive UTF-16 chunks of the valid UTF-8 `bytes`, each cut just
  /// before a scalar with a normalization boundary (or at the end), transcoding into
  /// `initial` and growing it on the heap when one run without a boundary outgrows it.
  /// Stops early, returning false, when `body` does; returns true otherwise. `body` is
  /// never called with an empty chunk.
  func forEach(
    in bytes: UnsafeBufferPointer<UInt8>,
    buffer initial: UnsafeMutableBufferPointer<UInt16>,
    _ body: (UnsafeBufferPointer<UInt16>) -> Bool
  ) -> Bool {
    var buffer = initial
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

  // MARK: - Quick check

  /// Whether the valid UTF-8 `bytes` are normalized. Allocates nothing unless a run without
  /// a boundary exceeds the stack buffer.
  func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    forEachRegion(in: bytes) { start, end in
      withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Self.stackCapacity) { stack in
        forEach(in: UnsafeBufferPointer(rebasing: bytes[start..<end]), buffer: stack) { isNormalized(chunk: $0) }
      }
    }
  }

  /// Whether one UTF-16 chunk (or any UTF-16 text) is normalized, by ICU.
  func isNormalized(chunk: UnsafeBufferPointer<UInt16>) -> Bool {
    // Every form puts combining marks in canonical order; checking that first keeps a long
    // run of misordered marks from reaching ICU's quadratic reordering.
    if presortsMarks, chunk.count > Self.longRun, !CanonicalOrder.isOrdered(chunk, table: table) { return false }
    var status: koen_status = 0
    let yes = koen_normalizer_is_normalized(handle, chunk.baseAddress, Int32(chunk.count), &status)
    return status <= 0 && yes != 0
  }

  /// Chunks longer than this (UTF-16 units) are checked for canonical order before ICU
  /// sees them. Text in the Stream-Safe Text Format (at most 30 non-starters in a row) never
  /// makes such chunks.
  static let longRun = 64

  // MARK: - Normalization

  /// The heap memory one normalization works in: the UTF-16 source chunk, ICU's
  /// destination (three times the source: NFC and NFD never grow text more than that) and
  /// the UTF-8 the result is encoded into, in one allocation.
  struct Workspace {
    let source: UnsafeMutableBufferPointer<UInt16>
    let destination: UnsafeMutableBufferPointer<UInt16>
    let utf8: UnsafeMutableBufferPointer<UInt8>
    private let memory: UnsafeMutableRawPointer

    init() {
      let sourceCount = NormalizationChunks.heapCapacity
      let destinationCount = 3 * sourceCount + 16
      let utf8Count = 3 * destinationCount
      memory = .allocate(byteCount: 2 * (sourceCount + destinationCount) + utf8Count, alignment: 16)
      let units = memory.bindMemory(to: UInt16.self, capacity: sourceCount + destinationCount)
      source = UnsafeMutableBufferPointer(start: units, count: sourceCount)
      destination = UnsafeMutableBufferPointer(start: units + sourceCount, count: destinationCount)
      utf8 = UnsafeMutableBufferPointer(
        start: (memory + 2 * (sourceCount + destinationCount)).bindMemory(to: UInt8.self, capacity: utf8Count),
        count: utf8Count)
    }

    func deallocate() { memory.deallocate() }
  }

  /// Normalizes valid UTF-8 `bytes` and appends the result, as UTF-8, to `output`.
  ///
  /// Stable runs are appended as they are; the regions between them go through ICU in
  /// chunks, in one `Workspace` allocated at the first region. When ICU reports that a
  /// chunk's result outgrows the destination, that chunk is retried once into a buffer of
  /// the exact length ICU reported.
  func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    var workspace: Workspace? = nil
    defer { workspace?.deallocate() }
    var copied = 0
    _ = forEachRegion(in: bytes) { start, end in
      if start > copied { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start])) }
      if workspace == nil { workspace = Workspace() }
      let space = workspace!
      _ = forEach(in: UnsafeBufferPointer(rebasing: bytes[start..<end]), buffer: space.source) { chunk in
        // ICU reorders combining marks by insertion, quadratic in a long misordered run; a
        // stable sort by combining class first gives a canonically equivalent chunk that
        // ICU passes through in linear time.
        if presortsMarks, chunk.count > Self.longRun, !CanonicalOrder.isOrdered(chunk, table: table) {
          CanonicalOrder.ordered(chunk).withUnsafeBufferPointer { normalize(chunk: $0, in: space, into: &output) }
        } else {
          normalize(chunk: chunk, in: space, into: &output)
        }
        return true
      }
      copied = end
      return true
    }
    if copied < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...])) }
  }

  /// Normalizes one UTF-16 chunk and appends the result as UTF-8.
  private func normalize(chunk: UnsafeBufferPointer<UInt16>, in space: Workspace, into output: inout [UInt8]) {
    var status: koen_status = 0
    let length = koen_normalize(
      handle, chunk.baseAddress, Int32(chunk.count), space.destination.baseAddress, Int32(space.destination.count),
      &status)
    if status == KOEN_BUFFER_OVERFLOW {
      // Compatibility forms may grow text up to 18 times: retry once, at the exact length.
      let exact = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: Int(length))
      defer { exact.deallocate() }
      status = 0
      let second = koen_normalize(
        handle, chunk.baseAddress, Int32(chunk.count), exact.baseAddress, Int32(exact.count), &status)
      precondition(status <= 0, "ICU normalization failed: \(ICUError(rawValue: status))")
      UTF8Decoding.appendUTF8(of: UnsafeBufferPointer(rebasing: exact[..<Int(second)]), to: &output)
      return
    }
    // ICU reported the exact length; any other failure means the ICU library is broken (or
    // out of memory), not that the input is bad.
    precondition(status <= 0, "ICU normalization failed: \(ICUError(rawValue: status))")
    let count = UTF8Decoding.encodeUTF8(
      of: UnsafeBufferPointer(rebasing: space.destination[..<Int(length)]), into: space.utf8.baseAddress!)
    output.append(contentsOf: UnsafeBufferPointer(rebasing: space.utf8[..<count]))
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

  /// The length of the sequence that starts with the lead byte `b0` of valid UTF-8.
  @inline(__always)
  static func sequenceLength(_ b0: UInt8) -> Int {
    b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
  }

  /// Writes well-formed UTF-16 as UTF-8 at `out`, which has room for three bytes per unit;
  /// returns the number of bytes written.
  static func encodeUTF8(of units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>) -> Int {
    var i = 0
    var o = 0
    let n = units.count
    let base = units.baseAddress!
    while i < n {
      let value = UInt32(base[i])
      i += 1
      if value < 0x80 {
        out[o] = UInt8(truncatingIfNeeded: value)
        o += 1
      } else if value < 0x800 {
        out[o] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
        out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        o += 2
      } else if value & 0xFC00 == 0xD800, i < n, base[i] & 0xFC00 == 0xDC00 {
        let scalar = 0x10000 + ((value - 0xD800) << 10) + (UInt32(base[i]) - 0xDC00)
        i += 1
        out[o] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
        out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | (scalar >> 12) & 0x3F)
        out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | (scalar >> 6) & 0x3F)
        out[o + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
        o += 4
      } else {
        out[o] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
        out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
        out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        o += 3
      }
    }
    return o
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

extension NormalizationChunks {
  /// Calls `body` with successive chunks of UTF-16 text, in place, each about
  /// `heapCapacity` units long and cut just before a scalar with a normalization boundary;
  /// a run without a boundary is passed whole. Stops early, returning false, when `body`
  /// does.
  func forEach(utf16 units: UnsafeBufferPointer<UInt16>, _ body: (UnsafeBufferPointer<UInt16>) -> Bool) -> Bool {
    let n = units.count
    var start = 0
    var window = Self.heapCapacity
    while n - start > window {
      let cut = lastBoundary(in: UnsafeBufferPointer(rebasing: units[start..<start + window]))
      if cut == 0 {
        window *= 2
        continue
      }
      guard body(UnsafeBufferPointer(rebasing: units[start..<start + cut])) else { return false }
      start += cut
      window = Self.heapCapacity
    }
    return start == n || body(UnsafeBufferPointer(rebasing: units[start...]))
  }
}
