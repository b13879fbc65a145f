internal import CICU

/// What one normalization form says about each code point of the Basic Multilingual Plane,
/// asked of ICU once per process and form, so the normalizer's inner loops test a bit where
/// they would otherwise call into ICU for every scalar.
///
/// Three bits per code point:
/// - `boundaryBefore`: ICU's `hasBoundaryBefore`: text may be cut before it, each side
///   normalizing on its own.
/// - `stable`: it has a boundary before it and the form leaves it unchanged, so any run of
///   such code points is already normalized and can be copied through without ICU (true of
///   ASCII for every form but NFKC_Casefold, of Hangul syllables for NFC, NFKC and
///   NFKC_Casefold, of most letters of most scripts for NFC).
/// - `nonStarter`: its canonical combining class is not 0 (the same for every form).
///
/// Surrogate code points have no bit set. Supplementary code points are not in the table:
/// callers ask ICU for them.
///
/// - Thread-safety: immutable after `init`; the storage lives as long as the process.
final class NormalizationTable: @unchecked Sendable {
  /// `boundaryBefore`, `stable` and `nonStarter`, 1024 words each, one bit per code point.
  private let bits: UnsafeMutablePointer<UInt64>

  private static let words = 1024

  private init(handle: OpaquePointer) {
    bits = .allocate(capacity: 3 * Self.words)
    bits.initialize(repeating: 0, count: 3 * Self.words)
    var unit: UInt16 = 0
    for value in UInt32(0)..<0x10000 where !(0xD800...0xDFFF).contains(value) {
      let word = Int(value >> 6)
      let bit = UInt64(1) << (value & 63)
      if koen_combining_class(value) != 0 { bits[2 * Self.words + word] |= bit }
      guard koen_normalizer_has_boundary_before(handle, value) != 0 else { continue }
      bits[word] |= bit
      unit = UInt16(truncatingIfNeeded: value)
      var status: koen_status = 0
      if koen_normalizer_is_normalized(handle, &unit, 1, &status) != 0, status <= 0 {
        bits[Self.words + word] |= bit
      }
    }
  }

  /// Whether the BMP code point `value` has a normalization boundary before it.
  @inline(__always)
  func hasBoundary(before value: UInt32) -> Bool {
    bits[Int(truncatingIfNeeded: value >> 6)] & (1 << (value & 63)) != 0
  }

  /// Whether the BMP code point `value` has a boundary before it and is left unchanged.
  @inline(__always)
  func isStable(_ value: UInt32) -> Bool {
    bits[Self.words + Int(truncatingIfNeeded: value >> 6)] & (1 << (value & 63)) != 0
  }

  /// Whether the BMP code point `value` has a non-zero canonical combining class.
  @inline(__always)
  func isNonStarter(_ value: UInt32) -> Bool {
    bits[2 * Self.words + Int(truncatingIfNeeded: value >> 6)] & (1 << (value & 63)) != 0
  }

  private static func build(_ form: NormalizationForm) -> NormalizationTable {
    var status: koen_status = 0
    // `Normalizer.init` has already obtained this singleton, so this cannot fail.
    let handle = koen_normalizer_get(form.cValue, &status)!
    return NormalizationTable(handle: handle)
  }

  private static let nfc = build(.nfc)
  private static let nfd = build(.nfd)
  private static let nfkc = build(.nfkc)
  private static let nfkd = build(.nfkd)
  private static let nfkcCasefold = build(.nfkcCasefold)

  /// The table of `form`, built on first use (about 65,000 calls into ICU, a few
  /// milliseconds) and shared by every normalizer of that form.
  static func of(_ form: NormalizationForm) -> NormalizationTable {
    switch form {
    case .nfc: nfc
    case .nfd: nfd
    case .nfkc: nfkc
    case .nfkd: nfkd
    case .nfkcCasefold: nfkcCasefold
    }
  }
}
