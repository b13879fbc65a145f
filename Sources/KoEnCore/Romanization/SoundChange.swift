/// A rule that changed the sounds, or the letters written, at a syllable boundary.
///
/// The raw values are stable identifiers for machine-readable output.
public enum SoundChangeRule: String, CaseIterable, Sendable, Hashable {
  /// A final consonant moves to the next syllable, which starts with a vowel (설악 → 서락).
  case linking = "linking"
  /// ㄱ ㄷ ㅂ before ㄴ or ㅁ become ㅇ ㄴ ㅁ (백마 → 뱅마).
  case nasalization = "nasalization"
  /// ㄹ after a consonant other than ㄹ (or ㄴ in some compounds) becomes ㄴ (종로 → 종노, 신문로 → 신문노).
  case rieulNasalization = "rieul_nasalization"
  /// ㄴ next to ㄹ becomes ㄹ (신라 → 실라, 별내 → 별래).
  case liquidAssimilation = "liquid_assimilation"
  /// ㄴ is inserted before 이 야 여 요 유 in compounds (학여울 → 학녀울); from the lexicon.
  case nInsertion = "n_insertion"
  /// ㄷ ㅌ before 이 become ㅈ ㅊ (해돋이 → 해도지, 같이 → 가치).
  case palatalization = "palatalization"
  /// ㄱ ㄷ ㅂ ㅈ next to ㅎ merge into ㅋ ㅌ ㅍ ㅊ (좋고 → 조코, 잡혀 → 자펴).
  case aspiration = "aspiration"
  /// In nouns, ㅎ after ㄱ ㄷ ㅂ is written although it is pronounced as aspiration (묵호 → Mukho).
  case hWrittenInNoun = "h_written_in_noun"
  /// ㅎ disappears before a vowel or ㅅ, or becomes ㄴ before ㄴ (좋아 → 조아, 놓는 → 논는).
  case hDeletion = "h_deletion"
  /// A final consonant is pronounced as one of ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ (벚 → 벋, 밭 → 받).
  case finalNeutralization = "final_neutralization"
  /// A double final keeps one of its consonants (값 → 갑, 닭 → 닥).
  case clusterSimplification = "cluster_simplification"
  /// The pronunciation comes from KoEn's table of exceptions (맛없다 → 마덥다).
  case lexicon = "lexicon"
  /// A hyphen separates syllables that could be misread (중앙 → Jung-ang).
  case hyphen = "hyphen"
  /// An administrative unit follows a hyphen; no sound change across it (삼죽면 → Samjuk-myeon).
  case administrativeUnit = "administrative_unit"
  /// In a personal name, sound changes between the given name's syllables are not written (한복남 → Han Boknam).
  case personalName = "personal_name"

  /// A short English explanation, with the article of the 2000 rules where there is one.
  public var summary: String {
    switch self {
    case .linking: return "final consonant moves to the next syllable"
    case .nasalization: return "nasalization (RR 3.1.1)"
    case .rieulNasalization: return "ㄹ pronounced ㄴ after a consonant (RR 3.1.1)"
    case .liquidAssimilation: return "liquid assimilation (RR 3.1.1)"
    case .nInsertion: return "ㄴ insertion in a compound (RR 3.1.2)"
    case .palatalization: return "palatalization (RR 3.1.3)"
    case .aspiration: return "aspiration with ㅎ (RR 3.1.4)"
    case .hWrittenInNoun: return "ㅎ after ㄱ ㄷ ㅂ written in a noun (RR 3.1.4)"
    case .hDeletion: return "ㅎ not pronounced"
    case .finalNeutralization: return "final consonant neutralized (RR 2.2 note 1)"
    case .clusterSimplification: return "double final simplified"
    case .lexicon: return "pronunciation from the exceptions table"
    case .hyphen: return "hyphen against misreading (RR 3.2)"
    case .administrativeUnit: return "administrative unit after a hyphen, no assimilation (RR 3.5)"
    case .personalName: return "no assimilation within a given name (RR 3.4)"
    }
  }
}

/// One change at one syllable boundary of a word: which rule turned which sounds into which.
///
/// `description` reads like `신|라: ㄴ+ㄹ → ㄹ+ㄹ (ll): liquid assimilation (RR 3.1.1)`.
public struct SoundChange: Sendable, Hashable, CustomStringConvertible {
  /// The rule.
  public let rule: SoundChangeRule
  /// The boundary: the index of the syllable (in the word) after which it lies; the word's
  /// last index for changes at its end.
  public let boundary: Int
  /// The two syllables at the boundary as written, joined by `|` (`신|라`), or one syllable at the end.
  public let syllables: String
  /// The sounds before the change: final + initial as jamo (`ㄴ+ㄹ`); `∅` for none.
  public let from: String
  /// The sounds after the change (`ㄹ+ㄹ`).
  public let to: String
  /// The Latin letters written at the boundary after the change (`ll`); empty when not known.
  public internal(set) var written: String

  /// A one-line explanation.
  public var description: String {
    var text = "\(syllables): \(from) → \(to)"
    if !written.isEmpty { text += " (\(written))" }
    return text + ": " + rule.summary
  }
}
