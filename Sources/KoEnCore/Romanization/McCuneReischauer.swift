/// Spelling of McCune–Reischauer (1939) from pronounced syllables.
///
/// Plain stops are voiced (g d b j) between voiced sounds and voiceless (k t p ch) at the
/// start of a word and after k t p; aspirates take an apostrophe (k' t' p' ch'); ㅓ ㅡ are ŏ ŭ;
/// n'g marks ㄴ+ㄱ as opposed to ㅇ (Han'guk); ë marks ㅔ after a or o (kaë). The sound changes
/// are those of the Revised Romanization (the two systems share the phonology).
enum McCuneReischauer {
  static let initials = [
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h",
  ]
  static let voiced: [Int: String] = [0: "g", 3: "d", 7: "b", 12: "j"]
  static let vowels = [
    "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi",
    "i",
  ]
  static let codas: [Int: String] = [0: "", 1: "k", 4: "n", 7: "t", 8: "l", 16: "m", 17: "p", 21: "ng"]

  /// The Latin letters of each syllable; `separator` marks where a given name's syllables meet.
  static func spell(_ syllables: [PronouncedSyllable]) -> [String] {
    var out: [String] = []
    for (i, s) in syllables.enumerated() {
      let previousCoda = i > 0 ? syllables[i - 1].coda : nil
      var onset = initials[s.onset]
      if let previousCoda, let voicedOnset = voiced[s.onset], [0, 4, 8, 16, 21].contains(previousCoda) {
        onset = voicedOnset
      }
      if s.onset == 5, previousCoda == 8 { onset = "l" }
      if s.onset == 9, s.vowel == 16 { onset = "sh" }  // 쉬 shwi
      if s.onset == 0, previousCoda == 4 { onset = "'g" }  // 한국 Han'guk
      var vowel = vowels[s.vowel]
      if s.onset == 11, vowel.hasPrefix("e"), let previous = out.last,
        previous.hasSuffix("a") || previous.hasSuffix("o")
      {
        vowel = "ë" + vowel.dropFirst()
      }
      out.append(onset + vowel + (codas[s.coda] ?? ""))
    }
    return out
  }

  /// Removes the breves and diaeresis: ŏ → o, ŭ → u, ë → e (Ŏ → O …).
  static func ascii(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "ŏ": view.append("o")
      case "Ŏ": view.append("O")
      case "ŭ": view.append("u")
      case "Ŭ": view.append("U")
      case "ë": view.append("e")
      default: view.append(scalar)
      }
    }
    return String(view)
  }
}
