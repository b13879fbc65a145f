extension Hangul {
  /// The initial consonants (초성) of `text`, as typed in Korean search boxes: 한국 → ㅎㄱ.
  ///
  /// Each precomposed syllable becomes its initial as a compatibility jamo; modern conjoining
  /// jamo are composed first. Everything else (spaces, Latin, digits, compatibility jamo the
  /// user typed) is kept, so `"한국 KBS"` gives `"ㅎㄱ KBS"`.
  ///
  /// - Complexity: O(n).
  public static func initialConsonants(of text: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in compose(text).unicodeScalars {
      view.append(HangulSyllable(scalar)?.initialJamo ?? scalar)
    }
    return String(view)
  }

  /// Finds `query` in `text` the way Korean search boxes do, where each query letter may be a
  /// full syllable or only its initial consonant: `"ㅎㄱ"`, `"한ㄱ"` and `"한국"` all match
  /// "대한민국" at 한국.
  ///
  /// Matching rules, per query character against one text character:
  /// - a compatibility consonant that can be an initial (ㄱ, ㄲ … not ㄳ) matches a syllable
  ///   with that initial, and the same compatibility consonant;
  /// - a syllable matches the same syllable; the last query syllable also matches a text
  ///   syllable that extends it (query 하 matches 한, as while the user is still typing),
  ///   including a final that becomes a double final (query 달 matches 닭);
  /// - anything else matches itself exactly.
  ///
  /// - Returns: the range of the first match in `text`, or `nil`. An empty query matches at the start.
  /// - Complexity: O(n·m) for text length n and query length m.
  public static func rangeOfInitials(_ query: String, in text: String) -> Range<String.Index>? {
    let pattern = Array(compose(query).unicodeScalars)
    let composed = compose(text)
    let scalars = Array(composed.unicodeScalars)
    let indices = Array(composed.unicodeScalars.indices) + [composed.unicodeScalars.endIndex]
    guard !pattern.isEmpty else { return composed.startIndex..<composed.startIndex }
    guard scalars.count >= pattern.count else { return nil }
    for start in 0...(scalars.count - pattern.count) {
      var matched = true
      for (k, p) in pattern.enumerated() where !letterMatches(p, scalars[start + k], isLast: k == pattern.count - 1) {
        matched = false
        break
      }
      if matched { return indices[start]..<indices[start + pattern.count] }
    }
    return nil
  }

  /// Whether `text` contains `query` under the rules of ``rangeOfInitials(_:in:)``.
  public static func matchesInitials(_ query: String, in text: String) -> Bool {
    rangeOfInitials(query, in: text) != nil
  }

  private static func letterMatches(_ query: Unicode.Scalar, _ target: Unicode.Scalar, isLast: Bool) -> Bool {
    if query == target { return true }
    if let initial = HangulJamo.initialIndex(ofCompatibility: query) {
      return HangulSyllable(target)?.initial == initial
    }
    guard isLast, let q = HangulSyllable(query), let t = HangulSyllable(target),
      q.initial == t.initial, q.medial == t.medial
    else { return false }
    if q.final == 0 { return true }
    if let parts = HangulJamo.compoundFinals[t.final] { return parts.0 == q.final }
    return false
  }
}
