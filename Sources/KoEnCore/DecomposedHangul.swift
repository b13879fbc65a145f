/// Finds decomposed (NFD) Hangul in text: runs of conjoining jamo that NFC would compose
/// into precomposed syllables, as macOS file systems and some Mac applications write
/// Korean (`한` as U+1112 U+1161 U+11AB).
///
/// Text with such runs looks right on screen but fails to match, sort or search like the
/// same text in NFC. Finding them tells you which files or records to repair (with NFC, or
/// with ``Hangul/compose(_:)``, which leaves Hanja reading variants alone).
///
/// ```swift
/// let found = DecomposedHangul.ranges(in: "보고서_\u{1112}\u{1161}\u{11AB}.txt")
/// // [10..<19]: the UTF-8 bytes of the three jamo
/// ```
///
/// A run counts when it holds at least one composable pair: a modern leading consonant
/// followed by a modern vowel (U+1100–U+1112, U+1161–U+1175), or a precomposed syllable
/// without a final consonant followed by a modern trailing consonant (U+11A8–U+11C2). The
/// range covers the whole run of conjoining jamo around those pairs (plus the syllable a
/// trailing jamo attaches to), so old Korean jamo that no syllable can hold stay inside it.
///
/// - Complexity: O(n), one pass over the UTF-8; no ICU call, no allocation beyond the result.
/// - Thread-safety: pure functions.
public enum DecomposedHangul {
  /// The UTF-8 byte ranges of decomposed Hangul runs in `text`, in order.
  public static func ranges(in text: String) -> [Range<Int>] {
    if let result = text.utf8.withContiguousStorageIfAvailable({ ranges(inUTF8: $0) }) { return result }
    var copy = text
    return copy.withUTF8 { ranges(inUTF8: $0) }
  }

  /// The byte ranges of decomposed Hangul runs in UTF-8 `bytes`, in order.
  ///
  /// Ill-formed UTF-8 is not an error here: an ill-formed sequence is not Hangul and ends a
  /// run; offsets count the original bytes.
  public static func ranges(utf8 bytes: some Collection<UInt8>) -> [Range<Int>] {
    if let result = bytes.withContiguousStorageIfAvailable({ ranges(inUTF8: $0) }) { return result }
    return Array(bytes).withUnsafeBufferPointer { ranges(inUTF8: $0) }
  }

  /// Whether `text` holds any decomposed Hangul.
  ///
  /// - Complexity: O(n); stops at the first run found.
  public static func contains(in text: String) -> Bool {
    !ranges(in: text, limit: 1).isEmpty
  }

  static func ranges(in text: String, limit: Int) -> [Range<Int>] {
    var copy = text
    return copy.withUTF8 { ranges(inUTF8: $0, limit: limit) }
  }

  static func ranges(inUTF8 bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var runStart = -1  // start of the current run of conjoining jamo (or LV syllable + jamo)
    var composable = false
    var previous: UInt32 = 0  // the previous scalar, or 0 after anything that ends a run
    var i = 0
    let n = bytes.count
    func close(at end: Int) {
      if runStart >= 0, composable { result.append(runStart..<end) }
      runStart = -1
      composable = false
    }
    while i < n && result.count < limit {
      let start = i
      var value: UInt32
      if bytes[i] < 0x80 {
        value = UInt32(bytes[i])
        i += 1
      } else {
        let length = UTF8Validation.validSequenceLength(in: bytes, at: i)
        if length == 0 {
          close(at: start)
          previous = 0
          i += UTF8Validation.invalidSequenceLength(in: bytes, at: i)
          continue
        }
        value = UTF8Decoding.decode(bytes, at: i).0
        i += length
      }
      let isJamo = (0x1100...0x11FF).contains(value) || (0xA960...0xA97C).contains(value)
        || (0xD7B0...0xD7FB).contains(value)
      if isJamo {
        if runStart < 0 {
          // A trailing jamo joins the LV syllable just before it.
          if (0x11A8...0x11C2).contains(value), isLVSyllable(previous) {
            runStart = start - 3
            composable = true
          } else {
            runStart = start
          }
        } else if (0x1161...0x1175).contains(value), (0x1100...0x1112).contains(previous) {
          composable = true
        }
      } else {
        // Anything else ends the run; a syllable is remembered in `previous`, since a
        // trailing jamo after it starts a new run.
        close(at: start)
      }
      previous = value
    }
    if result.count < limit { close(at: n) }
    return result
  }

  /// A precomposed syllable without a final consonant (LV): one a trailing jamo composes with.
  @inline(__always)
  static func isLVSyllable(_ value: UInt32) -> Bool {
    (0xAC00...0xD7A3).contains(value) && (value - 0xAC00) % 28 == 0
  }
}
