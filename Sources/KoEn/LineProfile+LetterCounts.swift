/// Letters counted by language: the "letter mass" that decides a line's and a document's
/// language.
///
/// A letter is a Unicode scalar of a letter category; a Hangul syllable counts once,
/// precomposed or decomposed into jamo. Hanja counts for the language of its context.
public struct LetterCounts: Sendable, Hashable, Codable {
  /// Korean letters.
  public var ko = 0
  /// English (Latin) letters.
  public var en = 0
  /// Japanese letters (kana, and Han in Japanese context).
  public var ja = 0
  /// Chinese letters (Han with no Korean or Japanese context).
  public var zh = 0
  /// Letters of other scripts.
  public var und = 0

  /// No letters.
  public init() {}

  /// The count for `language` (always 0 for `zxx`).
  public subscript(language: Language) -> Int {
    get {
      switch language {
      case .ko: ko
      case .en: en
      case .ja: ja
      case .zh: zh
      case .und: und
      case .zxx: 0
      }
    }
    set {
      switch language {
      case .ko: ko = newValue
      case .en: en = newValue
      case .ja: ja = newValue
      case .zh: zh = newValue
      case .und: und = newValue
      case .zxx: break
      }
    }
  }

  /// All letters.
  public var total: Int { ko + en + ja + zh + und }

  /// The language with the most letters (`ko` first on a tie, then `en`, `ja`, `zh`,
  /// `und`), or `zxx` when there are none.
  public var dominant: Language {
    var best = Language.zxx
    var bestCount = 0
    for language in [Language.ko, .en, .ja, .zh, .und] where self[language] > bestCount {
      best = language
      bestCount = self[language]
    }
    return best
  }

  /// Adds two counts.
  public static func + (lhs: LetterCounts, rhs: LetterCounts) -> LetterCounts {
    var sum = lhs
    sum += rhs
    return sum
  }

  /// Adds `rhs` to `lhs`.
  public static func += (lhs: inout LetterCounts, rhs: LetterCounts) {
    lhs.ko += rhs.ko
    lhs.en += rhs.en
    lhs.ja += rhs.ja
    lhs.zh += rhs.zh
    lhs.und += rhs.und
  }
}
