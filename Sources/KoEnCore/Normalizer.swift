internal import CICU

/// Normalizes text to a Unicode normalization form (UAX #15) through ICU.
///
/// Use it to give text one canonical spelling before comparing, indexing or hashing it:
/// macOS file systems hand out Hangul file names decomposed into conjoining jamo (NFD), and
/// text copied from old Korean systems carries halfwidth and compatibility jamo (NFKC folds
/// them).
///
/// ```swift
/// let nfc = try Normalizer(.nfc)
/// nfc.normalize("\u{1112}\u{1161}\u{11AB}")  // "한" (three jamo from a macOS file name)
/// nfc.isNormalized("NATO와 EU")              // true, without allocating
/// try nfc.normalize(utf8: bytes)              // UTF-8 in, UTF-8 out
/// ```
///
/// Full NFC also rewrites the CJK compatibility ideographs (U+F900–U+FAFF) that Korean text
/// uses to mark the reading of a Hanja (`樂` U+F914 becomes U+6A02). To compose jamo into
/// syllables and leave everything else alone, use ``Hangul/compose(_:)`` (or
/// ``Hangul/repair(_:strayJamo:)``) instead.
///
/// For text that arrives in pieces (a file read in blocks, a socket), use
/// `StreamingNormalizer`, which gives the same result as normalizing the whole text.
///
/// - Thread-safety: a `Normalizer` is an immutable value over one of ICU's normalizer
///   singletons, which ICU owns and documents as safe to use from any thread; share it
///   freely between tasks.
public struct Normalizer: @unchecked Sendable {
  /// The form this normalizer produces.
  public let form: NormalizationForm
  /// ICU's normalizer singleton. Borrowed: never freed.
  let handle: OpaquePointer

  /// Creates a normalizer for `form`.
  ///
  /// - Parameter form: the normalization form to produce.
  /// - Throws: `ICUError` when ICU's normalization data cannot be loaded, which happens
  ///   only with a broken ICU installation.
  /// - Complexity: O(1); ICU loads its data once per process.
  public init(_ form: NormalizationForm) throws(ICUError) {
    var status: koen_status = 0
    let handle = koen_normalizer_get(form.cValue, &status)
    try checkICU(status)
    guard let handle else { throw .missingResource }
    self.form = form
    self.handle = handle
  }

  var chunks: NormalizationChunks {
    // NFKC_Casefold maps some combining marks to starters (U+0345 → ι), so it is not blind
    // to the order of marks: only the four UAX #15 forms may have marks presorted.
    NormalizationChunks(handle: handle, presortsMarks: form != .nfkcCasefold)
  }

  /// Whether ASCII text is unchanged by this form (all forms but NFKC_Casefold).
  var keepsASCII: Bool { form != .nfkcCasefold }

  // MARK: - Quick check

  /// Whether `text` is already in this form, so `normalize(text)` would return it unchanged.
  ///
  /// Use it to skip work on text that is almost always normalized already.
  ///
  /// - Complexity: O(n). Allocates nothing unless one run of interacting code points (a
  ///   base and its combining marks) is longer than 512 UTF-16 units. ASCII-only text is
  ///   answered by a byte scan without calling ICU (except for NFKC_Casefold).
  public func isNormalized(_ text: String) -> Bool {
    withUTF8(of: text) { isNormalized(validUTF8: $0) }
  }

  /// Whether `text` is already in this form.
  ///
  /// - Complexity: O(n); allocates nothing for ordinary text (see `isNormalized(_:)` on
  ///   `String`).
  public func isNormalized(_ text: Substring) -> Bool {
    withUTF8(of: text) { isNormalized(validUTF8: $0) }
  }

  /// Whether the UTF-8 `bytes` are already in this form.
  ///
  /// - Throws: `InvalidUTF8Error` with the offset of the first ill-formed sequence: bytes
  ///   that are not UTF-8 are not normalized text, and the caller should know where.
  /// - Complexity: O(n); allocates nothing for contiguous bytes and ordinary text.
  public func isNormalized(utf8 bytes: some Collection<UInt8>) throws(InvalidUTF8Error) -> Bool {
    try withValidUTF8(bytes) { isNormalized(validUTF8: $0) }
  }

  func isNormalized(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if keepsASCII, UTF8Decoding.isASCII(bytes) { return true }
    return chunks.isNormalized(bytes)
  }

  // MARK: - Normalization

  /// Returns `text` in this form. Text already in this form is returned as it is, without
  /// a copy.
  ///
  /// - Complexity: O(n).
  public func normalize(_ text: String) -> String {
    if isNormalized(text) { return text }
    return withUTF8(of: text) { String(decoding: normalized(validUTF8: $0), as: UTF8.self) }
  }

  /// Returns `text` in this form.
  ///
  /// - Complexity: O(n).
  public func normalize(_ text: Substring) -> String {
    if isNormalized(text) { return String(text) }
    return withUTF8(of: text) { String(decoding: normalized(validUTF8: $0), as: UTF8.self) }
  }

  /// Normalizes UTF-8 bytes and returns UTF-8 bytes.
  ///
  /// Nothing is replaced or dropped: to normalize text that may hold ill-formed bytes with
  /// U+FFFD in their place, decode it first with `String(decoding: bytes, as: UTF8.self)`.
  ///
  /// - Throws: `InvalidUTF8Error` with the offset of the first ill-formed sequence.
  /// - Complexity: O(n).
  public func normalize(utf8 bytes: some Collection<UInt8>) throws(InvalidUTF8Error) -> [UInt8] {
    try withValidUTF8(bytes) { valid in
      isNormalized(validUTF8: valid) ? Array(valid) : normalized(validUTF8: valid)
    }
  }

  func normalized(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 2 + 16)
    chunks.normalize(bytes, into: &output)
    return output
  }

  // MARK: - Boundaries

  /// Whether text may be cut before `scalar` with each side normalized on its own: text
  /// before it never interacts with it or anything after it.
  ///
  /// - Complexity: O(1).
  public func hasBoundary(before scalar: Unicode.Scalar) -> Bool {
    koen_normalizer_has_boundary_before(handle, scalar.value) != 0
  }

  /// Whether text may be cut after `scalar` with each side normalized on its own.
  ///
  /// - Complexity: O(1).
  public func hasBoundary(after scalar: Unicode.Scalar) -> Bool {
    koen_normalizer_has_boundary_after(handle, scalar.value) != 0
  }

  // MARK: - UTF-8 access

  private func withUTF8<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = text
    return copy.withUTF8(body)
  }

  private func withUTF8<R>(of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(text)
    return copy.withUTF8(body)
  }

  private func withValidUTF8<R>(
    _ bytes: some Collection<UInt8>,
    _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) throws(InvalidUTF8Error) -> R {
    func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<R, InvalidUTF8Error> {
      if let offset = UTF8Validation.firstInvalidOffset(in: buffer) {
        return .failure(InvalidUTF8Error(byteOffset: offset))
      }
      return .success(body(buffer))
    }
    let result = bytes.withContiguousStorageIfAvailable(run) ?? Array(bytes).withUnsafeBufferPointer(run)
    return try result.get()
  }
}
