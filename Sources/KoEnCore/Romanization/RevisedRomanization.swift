/// Letter tables and spelling of the Revised Romanization (2000), from pronounced syllables.
enum RevisedRomanization {
  /// Initial consonants (rule 2.2), in syllable order; ㅇ is silent.
  static let initials = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
  ]
  /// Vowels (rule 2.1), in syllable order; ㅢ is always ui.
  static let vowels = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
    "ui", "i",
  ]
  /// The seven final sounds (rule 2.2 note 1), by final index.
  static let codas: [Int: String] = [0: "", 1: "k", 4: "n", 7: "t", 8: "l", 16: "m", 17: "p", 21: "ng"]

  /// The Latin letters of each pronounced syllable. ㄹ is r before a vowel and l after ㄹ (ll).
  static func spell(_ syllables: [PronouncedSyllable]) -> [String] {
    var out: [String] = []
    out.reserveCapacity(syllables.count)
    for (i, s) in syllables.enumerated() {
      var onset = initials[s.onset]
      if s.onset == 5, i > 0, syllables[i - 1].coda == 8 { onset = "l" }
      out.append(onset + vowels[s.vowel] + (codas[s.coda] ?? ""))
    }
    return out
  }

  /// The letters written at the boundary after syllable `i`: its final and the next initial.
  static func boundaryLetters(_ syllables: [PronouncedSyllable], after i: Int) -> String {
    guard i < syllables.count else { return "" }
    let coda = codas[syllables[i].coda] ?? ""
    guard i + 1 < syllables.count else { return coda }
    var onset = initials[syllables[i + 1].onset]
    if syllables[i + 1].onset == 5, syllables[i].coda == 8 { onset = "l" }
    return coda + onset
  }

  /// Every syllable the Revised Romanization can write, for the misreading check.
  static let validSyllables: Set<String> = {
    var set = Set<String>()
    for onset in initials + ["l"] {
      for vowel in vowels {
        for coda in codas.values { set.insert(onset + vowel + coda) }
      }
    }
    return set
  }()

  /// Whether `left` followed by `right` could be read as other syllables (rule 3.2): 중앙
  /// Jungang reads as 준강, 반구대 Bangudae as 방우대, 세운 Seun as 슨, 해운대 Haeundae as 하은대.
  static func isAmbiguous(_ left: String, _ right: String) -> Bool {
    let joined = Array(left + right)
    if validSyllables.contains(String(joined)) { return true }
    let actual = left.count
    for split in 1..<joined.count where split != actual {
      if validSyllables.contains(String(joined[..<split])), validSyllables.contains(String(joined[split...])) {
        return true
      }
    }
    return false
  }

  /// Joins spelled syllables, with hyphens where misreading is possible when `hyphenate` is set.
  static func join(_ spelled: [String], hyphenate: Bool, changes: inout [SoundChange], written: [HangulSyllable])
    -> String
  {
    var result = ""
    for (i, part) in spelled.enumerated() {
      if i > 0, hyphenate, isAmbiguous(spelled[i - 1], part) {
        result += "-"
        changes.append(
          SoundChange(
            rule: .hyphen, boundary: i - 1, syllables: "\(written[i - 1])|\(written[i])",
            from: spelled[i - 1] + part, to: spelled[i - 1] + "-" + part, written: "-"))
      }
      result += part
    }
    return result
  }
}

/// The letter-for-letter variant of the Revised Romanization (rule 3.8), for academic use:
/// written by spelling, reversible. ㄱ ㄷ ㅂ ㄹ are always g d b l; a silent ㅇ after the first
/// syllable is a hyphen; a hyphen also separates a final from an initial written with the same
/// letter (없었습니다 → eobs-eoss-seubnida), where the letters alone would not tell the syllables apart.
enum RevisedTransliteration {
  static let initials = [
    "g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
  ]
  static let finals = [
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss",
    "ng", "j", "ch", "k", "t", "p", "h",
  ]

  /// Transliterates one word of precomposed syllables.
  static func transliterate(_ word: [HangulSyllable]) -> String {
    var result = ""
    var previousFinal = ""
    for (i, s) in word.enumerated() {
      let onset = initials[s.initial]
      if i > 0 {
        if s.initial == 11 {
          result += "-"
        } else if let last = previousFinal.last, onset.first == last {
          result += "-"
        }
      }
      result += onset + RevisedRomanization.vowels[s.medial] + finals[s.final]
      previousFinal = finals[s.final]
    }
    return result
  }
}
