internal import CICU

extension Normalizer {
  /// Returns UTF-16 text in this form, as UTF-16.
  ///
  /// Use it for text that is UTF-16 already (from a UTF-16 file, a Java or JavaScript
  /// peer, Foundation's `NSString`): ICU normalizes UTF-16 natively, so the caller's
  /// buffer goes to ICU's `unorm2_normalize` as it is, with no transcoding, written
  /// straight into the returned array (one allocation; a second only when the result
  /// outgrows the first guess, which NFKC and NFKD can do by up to 18 times).
  ///
  /// Unpaired surrogates are not rejected: like ICU, the normalizer treats each as a code
  /// point that nothing changes or combines with.
  ///
  /// - Parameter units: UTF-16 code units; a contiguous collection (`[UInt16]`,
  ///   `ContiguousArray`, a buffer pointer) is read in place, any other is copied first.
  /// - Returns: the normalized units. The array's capacity may exceed its count (up to 1.25
  ///   times the input for the composing forms, 3 times for NFD and NFKD).
  /// - Complexity: O(n). A run of more than 64 combining marks in a row (never found in
  ///   ordinary text) makes the normalizer cut the text at boundaries and sort misordered
  ///   marks itself, as the UTF-8 API does, so that such runs cost O(n log n) instead of
  ///   ICU's O(n²) reordering (except for NFKC_Casefold, which is not blind to the order of
  ///   marks). Finding such runs is a scan of 16 units at a time.
  public func normalize(utf16 units: some Collection<UInt16>) -> [UInt16] {
    if let result = units.withContiguousStorageIfAvailable({ normalized(utf16: $0) }) { return result }
    return Array(units).withUnsafeBufferPointer { normalized(utf16: $0) }
  }

  /// Whether UTF-16 text is already in this form, so `normalize(utf16:)` would return the
  /// same units.
  ///
  /// - Parameter units: UTF-16 code units; read in place when contiguous, copied otherwise.
  /// - Complexity: O(n); allocates nothing for a contiguous collection. Long runs of
  ///   combining marks are checked as `normalize(utf16:)` describes.
  public func isNormalized(utf16 units: some Collection<UInt16>) -> Bool {
    if let result = units.withContiguousStorageIfAvailable({ isNormalized(utf16: $0) }) { return result }
    return Array(units).withUnsafeBufferPointer { isNormalized(utf16: $0) }
  }

  /// Texts longer than this (in UTF-16 units) are normalized in chunks: ICU takes 32-bit
  /// lengths, and the result (three times longer at most for one chunk) must fit too.
  static let directLimit = 1 << 28

  func isNormalized(utf16 units: UnsafeBufferPointer<UInt16>) -> Bool {
    if units.isEmpty { return true }
    let chunks = self.chunks
    if units.count > Self.directLimit || (chunks.presortsMarks && hasLongNonStarterRun(units)) {
      return chunks.forEach(utf16: units) { chunks.isNormalized(chunk: $0) }
    }
    var status: koen_status = 0
    let yes = koen_normalizer_is_normalized(handle, units.baseAddress, Int32(units.count), &status)
    return status <= 0 && yes != 0
  }

  func normalized(utf16 units: UnsafeBufferPointer<UInt16>) -> [UInt16] {
    let n = units.count
    if n == 0 { return [] }
    if n > Self.directLimit || (chunks.presortsMarks && hasLongNonStarterRun(units)) {
      return normalizedInChunks(utf16: units)
    }
    let decomposes = form == .nfd || form == .nfkd
    let guess = decomposes ? 3 * n + 16 : n + n / 4 + 16
    var needed = 0
    let result = normalized(utf16: units, capacity: guess, needed: &needed)
    if needed == 0 { return result }
    return normalized(utf16: units, capacity: needed, needed: &needed)
  }

  /// ICU's normalization of `units` into a new array of `capacity`; when the result does
  /// not fit, returns an empty array and sets `needed` to its length.
  private func normalized(utf16 units: UnsafeBufferPointer<UInt16>, capacity: Int, needed: inout Int) -> [UInt16] {
    [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
      var status: koen_status = 0
      let length = koen_normalize(
        handle, units.baseAddress, Int32(units.count), buffer.baseAddress, Int32(capacity), &status)
      if status == KOEN_BUFFER_OVERFLOW {
        needed = Int(length)
        count = 0
        return
      }
      // Any other failure means the ICU library is broken (or out of memory).
      precondition(status <= 0, "ICU normalization failed: \(ICUError(rawValue: status))")
      needed = 0
      count = Int(length)
    }
  }

  /// The slow path: chunks cut at boundaries, long misordered mark runs sorted first.
  private func normalizedInChunks(utf16 units: UnsafeBufferPointer<UInt16>) -> [UInt16] {
    var output: [UInt16] = []
    output.reserveCapacity(units.count + units.count / 4 + 16)
    let chunks = self.chunks
    var destination = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 3 * NormalizationChunks.heapCapacity + 16)
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
      precondition(status <= 0, "ICU normalization failed: \(ICUError(rawValue: status))")
      output.append(contentsOf: UnsafeBufferPointer(rebasing: destination[..<Int(length)]))
    }
    _ = chunks.forEach(utf16: units) { chunk in
      if chunks.presortsMarks, chunk.count > NormalizationChunks.longRun, !CanonicalOrder.isOrdered(chunk, table: table) {
        CanonicalOrder.ordered(chunk).withUnsafeBufferPointer(normalizeChunk)
      } else {
        normalizeChunk(chunk)
      }
      return true
    }
    return output
  }

  /// Whether `units` hold more than `NormalizationChunks.longRun` units of non-starters in a
  /// row (surrogates counted as non-starters, to stay on the safe side).
  ///
  /// Blocks of 64 units that are surely starters, nearly all of Korean, English and Hanja
  /// text, are passed over four units per 64-bit word (see `mayBeNonStarters`), about a
  /// tenth of a nanosecond per unit; in other blocks, only the words holding a unit that
  /// may be a non-starter are looked up unit by unit in the form's table.
  func hasLongNonStarterRun(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    let base = units.baseAddress!
    let raw = UnsafeRawPointer(base)
    let n = units.count
    let table = self.table
    var run = 0
    var i = 0
    while i + 64 <= n {
      let block = UnsafeRawPointer(base + i)
      var high: UInt64 = 0
      for k in 0..<16 { high |= Self.mayBeNonStarters(block.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self)) }
      if high == 0 {
        run = 0
        i += 64
        continue
      }
      for _ in 0..<16 {
        if Self.mayBeNonStarters(raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt64.self)) == 0 {
          run = 0
          i += 4
          continue
        }
        for _ in 0..<4 {
          if Self.isNonStarter(base[i], table) {
            run += 1
            if run > NormalizationChunks.longRun { return true }
          } else {
            run = 0
          }
          i += 1
        }
      }
    }
    while i < n {
      if Self.isNonStarter(base[i], table) {
        run += 1
        if run > NormalizationChunks.longRun { return true }
      } else {
        run = 0
      }
      i += 1
    }
    return false
  }

  /// Whether one unit is a non-starter, a surrogate counting as one.
  @inline(__always)
  private static func isNonStarter(_ unit: UInt16, _ table: NormalizationTable) -> Bool {
    unit >= 0x300 && (unit & 0xF800 == 0xD800 || table.isNonStarter(UInt32(unit)))
  }

  /// Bit 15 of each 16-bit lane of `word` set when that unit may be a non-starter: when its
  /// high byte is outside the ranges whose code points all have combining class 0 — 0x00–0x02
  /// (U+0000–U+02FF), 0x11 (Hangul Jamo), 0x4E–0x9F (CJK Unified Ideographs), 0xAC–0xD7
  /// (Hangul syllables, Hangul Jamo Extended-B).
  ///
  /// For a lane's high byte h (at most 0xFF), bit 15 of h + 0x8000 − x is set exactly when
  /// h ≥ x, and no carry crosses lanes.
  @inline(__always)
  static func mayBeNonStarters(_ word: UInt64) -> UInt64 {
    let high = (word >> 8) & 0x00FF_00FF_00FF_00FF
    let latin = ~(high &+ 0x7FFD_7FFD_7FFD_7FFD)  // h < 0x03
    let jamo = (high &+ 0x7FEF_7FEF_7FEF_7FEF) & ~(high &+ 0x7FEE_7FEE_7FEE_7FEE)  // h == 0x11
    let ideographs = (high &+ 0x7FB2_7FB2_7FB2_7FB2) & ~(high &+ 0x7F60_7F60_7F60_7F60)  // 0x4E ≤ h < 0xA0
    let syllables = (high &+ 0x7F54_7F54_7F54_7F54) & ~(high &+ 0x7F28_7F28_7F28_7F28)  // 0xAC ≤ h < 0xD8
    return ~(latin | jamo | ideographs | syllables) & 0x8000_8000_8000_8000
  }
}
