/// Normalizes a stream of UTF-8 that arrives in chunks (a file read block by block, a pipe,
/// a socket) and gives exactly the bytes that normalizing the whole text at once would give.
///
/// Chunks may be cut anywhere, even inside a UTF-8 sequence or between a base letter and its
/// combining marks. The normalizer holds back the text after the last normalization boundary
/// (usually just the last character or syllable) until more arrives or the stream ends, so
/// it only ever cuts where ICU says the text on both sides normalizes independently.
///
/// ```swift
/// var stream = try StreamingNormalizer(.nfc)
/// var output: [UInt8] = []
/// for block in blocks { output += try stream.append(utf8: block) }
/// output += try stream.finish()   // == Normalizer(.nfc).normalize(utf8: whole)
/// ```
///
/// - Thread-safety: a value type; each copy is an independent stream. Use one per stream
///   and mutate it from one task at a time.
public struct StreamingNormalizer: Sendable {
  /// The normalizer applied to each cut.
  public let normalizer: Normalizer
  /// Valid UTF-8 after the last boundary, followed by an incomplete final sequence.
  private var pending: [UInt8] = []
  /// How many bytes at the end of `pending` are an incomplete sequence awaiting the rest.
  private var incompleteCount = 0
  /// The stream offset of `pending[0]`.
  private var pendingStart = 0

  /// Starts an empty stream normalized to `form`.
  ///
  /// - Throws: `ICUError` when ICU's normalization data cannot be loaded (a broken ICU).
  public init(_ form: NormalizationForm) throws(ICUError) {
    normalizer = try Normalizer(form)
  }

  /// Starts an empty stream with `normalizer`.
  public init(_ normalizer: Normalizer) {
    self.normalizer = normalizer
  }

  /// How many bytes of input are held back, waiting for text that could still change them.
  ///
  /// This stays small for ordinary text: the last character or syllable. A run without any
  /// normalization boundary (a letter with thousands of combining marks) is held whole,
  /// because no correct normalizer could emit any of it earlier.
  public var pendingByteCount: Int { pending.count }

  /// Adds the next chunk of the stream and returns the normalized text that can no longer
  /// change, as UTF-8.
  ///
  /// - Parameter chunk: the next bytes of the stream; may end inside a UTF-8 sequence.
  /// - Returns: normalized UTF-8, possibly empty; concatenate every result and `finish()`'s.
  /// - Throws: `InvalidUTF8Error` with the offset, counted from the start of the stream, of
  ///   the first ill-formed sequence. The chunk is then rejected as a whole: the stream is
  ///   left as it was before the call, so a caller may decide what to do and go on.
  /// - Complexity: O(n) in the chunk, amortized: bytes held back are not scanned again.
  public mutating func append(utf8 chunk: some Collection<UInt8>) throws(InvalidUTF8Error) -> [UInt8] {
    if chunk.isEmpty { return [] }
    // Held-back bytes are neither copied nor scanned again: the chunk is appended in place,
    // and everything before `validatedCount` is known to hold no boundary (the last call cut
    // at its last one), so a long run without boundaries costs O(n) in total, not O(n²).
    let validatedCount = pending.count - incompleteCount
    let previousCount = pending.count
    pending.append(contentsOf: chunk)
    let checked: Result<(valid: Int, cut: Int), InvalidUTF8Error> = pending.withUnsafeBufferPointer { buffer in
      // Validate what is new (the held-back incomplete sequence and the chunk).
      var i = validatedCount
      let n = buffer.count
      while i < n {
        if buffer[i] < 0x80 {
          i += 1
          continue
        }
        let length = UTF8Validation.validSequenceLength(in: buffer, at: i)
        if length > 0 {
          i += length
          continue
        }
        let subpart = UTF8Validation.invalidSequenceLength(in: buffer, at: i)
        if i + subpart == n, (0xC2...0xF4).contains(buffer[i]) { break }  // cut by the chunk's end
        return .failure(InvalidUTF8Error(byteOffset: pendingStart + i))
      }
      return .success((i, lastBoundary(in: UnsafeBufferPointer(rebasing: buffer[..<i]), notBefore: validatedCount)))
    }
    let valid: Int
    let cut: Int
    switch checked {
    case .success(let result): (valid, cut) = result
    case .failure(let error):
      pending.removeLast(pending.count - previousCount)  // leave the stream as it was
      throw error
    }
    var output: [UInt8] = []
    if cut > 0 {
      output = pending.withUnsafeBufferPointer { buffer in
        normalizer.normalized(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<cut]))
      }
      pending.removeFirst(cut)
    }
    incompleteCount = pending.count - (valid - cut)
    pendingStart += cut
    return output
  }

  /// Ends the stream and returns the rest of the normalized text, as UTF-8. The stream is
  /// then empty and may be reused for a new text.
  ///
  /// - Throws: `InvalidUTF8Error` when the stream ended inside a UTF-8 sequence; the offset
  ///   is that of the incomplete sequence. The stream is reset all the same.
  public mutating func finish() throws(InvalidUTF8Error) -> [UInt8] {
    defer {
      pending = []
      incompleteCount = 0
      pendingStart = 0
    }
    if incompleteCount > 0 {
      throw InvalidUTF8Error(byteOffset: pendingStart + pending.count - incompleteCount)
    }
    return pending.withUnsafeBufferPointer { normalizer.normalized(validUTF8: $0) }
  }

  /// The offset of the last scalar (after the first) that has a normalization boundary
  /// before it, or 0: everything before it can be normalized now.
  ///
  /// Scalars starting before `lower` (a scalar boundary) are not looked at: the caller
  /// knows they have no boundary before them.
  private func lastBoundary(in bytes: UnsafeBufferPointer<UInt8>, notBefore lower: Int) -> Int {
    let floor = max(lower, 1)
    var j = bytes.count
    while j > floor {
      j -= 1
      while j > floor, bytes[j] & 0xC0 == 0x80 { j -= 1 }
      if bytes[j] & 0xC0 == 0x80 { break }
      let (value, _) = UTF8Decoding.decode(bytes, at: j)
      if normalizer.chunks.hasBoundary(before: value) { return j }
    }
    return 0
  }
}
