/// One precomposed modern Hangul syllable (U+AC00–U+D7A3) split into its three jamo indices.
///
/// Unicode arranges the 11,172 modern syllables arithmetically:
/// `scalar = 0xAC00 + (initial × 21 + medial) × 28 + final`, with 19 initial consonants
/// (choseong), 21 vowels (jungseong) and 27 final consonants (jongseong) plus "no final".
/// This type is that arithmetic, nothing more: it needs no tables and no ICU.
///
/// ```swift
/// let han = HangulSyllable("한")!     // initial 18 (ㅎ), medial 0 (ㅏ), final 4 (ㄴ)
/// han.initialJamo                     // "ㅎ" (compatibility jamo U+314E)
/// HangulSyllable(initial: 0, medial: 0, final: 1)?.character  // "각"
/// ```
///
/// A value type; `Sendable`.
public struct HangulSyllable: Hashable, Sendable, CustomStringConvertible {
  /// The first precomposed syllable, 가 (U+AC00).
  public static let firstScalar: UInt32 = 0xAC00
  /// The last precomposed syllable, 힣 (U+D7A3).
  public static let lastScalar: UInt32 = 0xD7A3
  /// The number of initial consonants (19).
  public static let initialCount = 19
  /// The number of vowels (21).
  public static let medialCount = 21
  /// The number of final positions, including "no final" (28).
  public static let finalCount = 28

  /// The initial consonant, 0..<19 in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
  public let initial: Int
  /// The vowel, 0..<21 in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
  public let medial: Int
  /// The final consonant, 0..<28; 0 means none (ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
  public let final: Int

  /// Builds a syllable from jamo indices; `nil` when an index is out of range.
  public init?(initial: Int, medial: Int, final: Int = 0) {
    guard (0..<Self.initialCount).contains(initial), (0..<Self.medialCount).contains(medial),
      (0..<Self.finalCount).contains(final)
    else { return nil }
    self.initial = initial
    self.medial = medial
    self.final = final
  }

  /// Splits a precomposed syllable; `nil` for any other scalar (including jamo).
  ///
  /// - Complexity: O(1).
  public init?(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    guard value >= Self.firstScalar, value <= Self.lastScalar else { return nil }
    let index = Int(value - Self.firstScalar)
    initial = index / (Self.medialCount * Self.finalCount)
    medial = (index % (Self.medialCount * Self.finalCount)) / Self.finalCount
    final = index % Self.finalCount
  }

  /// Splits a one-scalar character that is a precomposed syllable; `nil` otherwise.
  public init?(_ character: Character) {
    let scalars = character.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first else { return nil }
    self.init(scalar)
  }

  /// The precomposed scalar.
  public var scalar: Unicode.Scalar {
    let value = Self.firstScalar + UInt32((initial * Self.medialCount + medial) * Self.finalCount + final)
    return Unicode.Scalar(value).unsafelyUnwrapped
  }

  /// The syllable as a `Character`.
  public var character: Character { Character(scalar) }

  /// The syllable as a one-character string.
  public var description: String { String(character) }

  /// Whether the syllable has a final consonant (batchim).
  public var hasFinal: Bool { final != 0 }

  /// The same syllable with another final (0 removes it); `nil` when out of range.
  public func replacingFinal(_ newFinal: Int) -> HangulSyllable? {
    HangulSyllable(initial: initial, medial: medial, final: newFinal)
  }

  /// The initial consonant as a compatibility jamo (ㄱ U+3131 …), as people type it.
  public var initialJamo: Unicode.Scalar { HangulJamo.compatibilityInitials[initial] }
  /// The vowel as a compatibility jamo (ㅏ U+314F …).
  public var medialJamo: Unicode.Scalar { HangulJamo.compatibilityVowel(medial) }
  /// The final consonant as a compatibility jamo, or `nil` without a final.
  public var finalJamo: Unicode.Scalar? { final == 0 ? nil : HangulJamo.compatibilityFinals[final] }

  /// The conjoining jamo (U+1100 L, U+1161 V, U+11A8 T) that canonically decompose the syllable.
  public var conjoiningJamo: [Unicode.Scalar] {
    var result = [
      Unicode.Scalar(0x1100 + UInt32(initial)).unsafelyUnwrapped,
      Unicode.Scalar(0x1161 + UInt32(medial)).unsafelyUnwrapped,
    ]
    if final != 0 { result.append(Unicode.Scalar(0x11A7 + UInt32(final)).unsafelyUnwrapped) }
    return result
  }
}
