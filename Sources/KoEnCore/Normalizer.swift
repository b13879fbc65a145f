internal import CICU

/// Normalizes text to one of the Unicode normalization forms, through ICU.
///
/// ```swift
/// let nfc = try Normalizer(.nfc)
/// nfc.normalize("한국어")          // decomposed jamo from a macOS file name → "한국어"
/// nfc.isNormalized("NATO와 EU")  // true, without allocating
/// ```
///
/// A `Normalizer` is a small value over one of ICU's normalizer singletons, which ICU owns and
/// which are safe to use from any thread; so is a `Normalizer`.
public struct Normalizer: @unchecked Sendable {
  /// The form this normalizer produces.
  public let form: NormalizationForm
  /// ICU's normalizer singleton. Borrowed: never freed.
  let handle: OpaquePointer

  /// Creates a normalizer for `form`.
  ///
  /// - Throws: `ICUError` when ICU's normalization data cannot be loaded (a broken ICU
  ///   installation); never for a valid form on a working system.
  public init(_ form: NormalizationForm) throws(ICUError) {
    var status: Int32 = 0
    let handle = koen_normalizer_get(form.cValue, &status)
    try checkICU(status)
    guard let handle else { throw .missingResource }
    self.form = form
    self.handle = handle
  }

  /// Whether `text` is already in this form.
  ///
  /// - Complexity: O(n). Allocates nothing unless a single run of mutually interacting code
  ///   points (a base and its combining marks) is longer than 500 UTF-16 units.
  public func isNormalized(_ text: String) -> Bool {
    isNormalized(scalars: text.unicodeScalars)
  }

  /// Whether `text` is already in this form.
  public func isNormalized(_ text: Substring) -> Bool {
    isNormalized(scalars: text.unicodeScalars)
  }

  /// Whether the UTF-8 bytes are valid and already in this form.
  ///
  /// Invalid UTF-8 is never normalized text: the result is `false`.
  public func isNormalized(utf8 bytes: some Collection<UInt8>) -> Bool {
    guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { return false }
    return isNormalized(String(decoding: bytes, as: UTF8.self))
  }

  /// Returns `text` in this form; text that is already normalized is returned as it is.
  ///
  /// - Complexity: O(n).
  public func normalize(_ text: String) -> String {
    if isNormalized(text) { return text }
    return normalizeAll(scalars: text.unicodeScalars, utf16Count: text.utf16.count)
  }

  /// Returns `text` in this form.
  public func normalize(_ text: Substring) -> String {
    if isNormalized(text) { return String(text) }
    return normalizeAll(scalars: text.unicodeScalars, utf16Count: text.utf16.count)
  }

  /// Normalizes UTF-8 bytes and returns UTF-8 bytes.
  ///
  /// - Throws: `InvalidUTF8Error` with the offset of the first invalid byte. Nothing is
  ///   replaced: decode with `String(decoding:as:)` first if U+FFFD substitution is wanted.
  public func normalize(utf8 bytes: some Collection<UInt8>) throws(InvalidUTF8Error) -> [UInt8] {
    if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
      throw InvalidUTF8Error(byteOffset: offset)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return Array(normalize(text).utf8)
  }

  /// Whether text may be cut before `scalar` and each side normalized on its own.
  public func hasBoundary(before scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 || koen_normalizer_has_boundary_before(handle, scalar.value) != 0
  }

  // MARK: - Chunks cut at normalization boundaries

  private func isNormalized<S: Sequence<Unicode.Scalar>>(scalars: S) -> Bool {
    let onStack = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 512) { buffer in
      forEachChunk(of: scalars, in: buffer) { chunk in
        var status: Int32 = 0
        return koen_normalizer_is_normalized(handle, chunk.baseAddress, Int32(chunk.count), &status) != 0
      }
    }
    if let onStack { return onStack }
    // A run without a boundary outgrew the stack buffer: check it on the heap.
    let count = scalars.reduce(0) { $0 + UTF16.width($1) }
    return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: count + 2) { buffer in
      forEachChunk(of: scalars, in: buffer) { chunk in
        var status: Int32 = 0
        return koen_normalizer_is_normalized(handle, chunk.baseAddress, Int32(chunk.count), &status) != 0
      }
    } ?? false
  }

  private func normalizeAll<S: Sequence<Unicode.Scalar>>(scalars: S, utf16Count: Int) -> String {
    var output = String()
    output.reserveCapacity(utf16Count + utf16Count / 4)
    let capacity = min(utf16Count, 1 << 16) + 2
    var destination = [UInt16](repeating: 0, count: capacity * 3 + 16)
    func append(_ chunk: UnsafeBufferPointer<UInt16>) -> Bool {
      var status: Int32 = 0
      var length = destination.withUnsafeMutableBufferPointer {
        koen_normalize(handle, chunk.baseAddress, Int32(chunk.count), $0.baseAddress, Int32($0.count), &status)
      }
      if status == KOEN_BUFFER_OVERFLOW {
        destination = [UInt16](repeating: 0, count: Int(length) + 16)
        status = 0
        length = destination.withUnsafeMutableBufferPointer {
          koen_normalize(handle, chunk.baseAddress, Int32(chunk.count), $0.baseAddress, Int32($0.count), &status)
        }
      }
      precondition(status <= 0, "ICU normalization failed: \(ICUError(rawValue: status))")
      output += UTF16Buffer.string(destination[..<Int(length)])
      return true
    }
    let fitted = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity) { buffer in
      forEachChunk(of: scalars, in: buffer, append)
    }
    if fitted == nil {
      output = ""
      _ = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: utf16Count + 2) { buffer in
        forEachChunk(of: scalars, in: buffer, append)
      }
    }
    return output
  }

  /// Feeds the UTF-16 form of `scalars` to `body` in chunks that end only at normalization
  /// boundaries, so each chunk normalizes independently. Stops early when `body` returns
  /// false. Returns nil when one boundary-free run does not fit in `buffer`.
  private func forEachChunk<S: Sequence<Unicode.Scalar>>(
    of scalars: S,
    in buffer: UnsafeMutableBufferPointer<UInt16>,
    _ body: (UnsafeBufferPointer<UInt16>) -> Bool
  ) -> Bool? {
    var count = 0
    var segmentStart = 0
    for scalar in scalars {
      if count > 0, hasBoundary(before: scalar) { segmentStart = count }
      if count + 2 > buffer.count {
        guard segmentStart > 0 else { return nil }
        guard body(UnsafeBufferPointer(rebasing: buffer[..<segmentStart])) else { return false }
        let tail = count - segmentStart
        for i in 0..<tail { buffer[i] = buffer[segmentStart + i] }
        count = tail
        segmentStart = 0
      }
      for unit in scalar.utf16 {
        buffer[count] = unit
        count += 1
      }
    }
    return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
  }
}
