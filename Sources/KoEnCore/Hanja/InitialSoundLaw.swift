/// The initial-sound law (두음법칙) of South Korean standard spelling: at the start of a
/// word, Sino-Korean ㄹ and ㄴ change before certain vowels.
///
/// - ㄹ before ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ becomes silent ㅇ: 리 → 이, 량 → 양, 례 → 예.
/// - ㄹ before any other vowel becomes ㄴ: 락 → 낙, 로 → 노, 뢰 → 뇌.
/// - ㄴ before ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ becomes silent ㅇ: 녀 → 여, 뇨 → 요, 니 → 이.
///
/// North Korean spelling does not apply the law (리, 녀); KoEn follows the southern standard.
///
/// Thread-safety: stateless.
public enum InitialSoundLaw {
  /// Vowels (medial indices) before which ㄹ and ㄴ become silent: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ.
  static let palatalVowels: Set<Int> = [2, 3, 6, 7, 12, 17, 20]

  /// The syllable as it is written at the start of a word.
  public static func apply(to syllable: HangulSyllable) -> HangulSyllable {
    let rieul = 5
    let nieun = 2
    let ieung = 11
    let newInitial: Int
    switch syllable.initial {
    case rieul: newInitial = palatalVowels.contains(syllable.medial) ? ieung : nieun
    case nieun where palatalVowels.contains(syllable.medial): newInitial = ieung
    default: return syllable
    }
    return HangulSyllable(initial: newInitial, medial: syllable.medial, final: syllable.final).unsafelyUnwrapped
  }
}
