/// Everyday Hangul operations in pure Swift: composing and decomposing syllables, repairing
/// decomposed text, initial-consonant (초성) search, and full disassembly into letters.
///
/// Everything here is Unicode arithmetic over scalars; nothing calls ICU, so these functions
/// are cheap and behave identically on every platform. Characters that are not Hangul pass
/// through every function unchanged.
///
/// Thread-safety: stateless; all members are pure functions.
public enum Hangul {
  /// Whether `scalar` is a precomposed modern syllable (U+AC00–U+D7A3).
  public static func isSyllable(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= HangulSyllable.firstScalar && scalar.value <= HangulSyllable.lastScalar
  }

  /// Whether `scalar` is any Hangul letter: a precomposed syllable, a conjoining jamo or a
  /// compatibility jamo (modern or archaic), or a halfwidth Hangul letter (U+FFA0–U+FFDC).
  public static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
    isSyllable(scalar) || HangulJamo.isConjoining(scalar) || HangulJamo.isCompatibility(scalar)
      || (0xFFA0...0xFFDC).contains(scalar.value)
  }

  /// Whether `text` contains at least one Hangul letter (see ``isHangul(_:)``).
  ///
  /// - Complexity: O(n), stops at the first Hangul scalar.
  public static func containsHangul(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isHangul)
  }
}
