/// Recognizes an acronym given with its definition, `MITM (Man In The Middle)` or
/// `Man In The Middle (MITM)`: a term and its spelled-out form, which a Korean text keeps
/// in English on purpose, not a sentence left untranslated.
///
/// The test is the one Schwartz and Hearst proposed for abbreviation definitions in
/// biomedical text ("A simple algorithm for identifying abbreviation definitions", PSB 2003):
/// reading both from the end, every letter or digit of the short form must appear in the long
/// form in order, the first one at the start of a word, and the long form may have at most
/// min(n + 5, 2n) words for a short form of n characters.
enum AcronymDefinition {
  /// Whether `long` (its words) spells out the acronym `short`.
  static func matches(short: String, long words: [String]) -> Bool {
    let s = Array(short.lowercased().unicodeScalars).filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    guard s.count >= 2, !words.isEmpty, words.count <= min(s.count + 5, 2 * s.count) else { return false }
    let l = Array(words.joined(separator: " ").lowercased().unicodeScalars)
    func isWordCharacter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
    var si = s.count - 1
    var li = l.count - 1
    while si >= 0 {
      let c = s[si]
      // The first character of the short form must start a word of the long form.
      while li >= 0 && (l[li] != c || (si == 0 && li > 0 && isWordCharacter(l[li - 1]))) { li -= 1 }
      guard li >= 0 else { return false }
      li -= 1
      si -= 1
    }
    // The long form must begin where the match begins: no words before it.
    return !l[0...(li + 1)].contains(" ")
  }
}
