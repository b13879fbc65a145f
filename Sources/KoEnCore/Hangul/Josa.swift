/// A Korean particle (josa) whose form depends on the preceding word's final sound, and the
/// choice between its forms.
///
/// ```swift
/// Josa.topic.form(after: "NATO")       // "는"  (나토)
/// Josa.object.attach(to: "URL")         // "URL을" (유알엘)
/// Josa.direction.attach(to: "서울")      // "서울로" (ㄹ takes 로)
/// Josa.topic.attach(to: "3")            // "3은" (삼)
/// ```
///
/// When the ending cannot be read (an emoji, an empty string), ``form(after:)`` returns both
/// forms in the conventional written fallback, `은(는)`.
///
/// Thread-safety: a value type; `Sendable`.
public enum Josa: String, CaseIterable, Sendable, Hashable {
  /// Topic 은/는.
  case topic = "은/는"
  /// Subject 이/가.
  case subject = "이/가"
  /// Object 을/를.
  case object = "을/를"
  /// "And, with" 과/와.
  case and = "과/와"
  /// Direction/means 으로/로 (ㄹ takes 로).
  case direction = "으로/로"
  /// "As" 으로서/로서.
  case asCapacity = "으로서/로서"
  /// "By means of" 으로써/로써.
  case byMeans = "으로써/로써"
  /// "Or" 이나/나.
  case or = "이나/나"
  /// Vocative 아/야.
  case vocative = "아/야"
  /// Colloquial "and" 이랑/랑.
  case colloquialAnd = "이랑/랑"
  /// Copula ending 이에요/예요.
  case copulaPolite = "이에요/예요"
  /// Copula 이다/다 in quotations such as "…(이)라고".
  case quotative = "이라고/라고"

  /// The form after a consonant and the form after a vowel.
  public var forms: (afterConsonant: String, afterVowel: String) {
    let parts = rawValue.split(separator: "/")
    return (String(parts[0]), String(parts[1]))
  }

  /// Finds the particle one of whose forms is `form` ("은", "는", "를", "으로" …).
  public init?(form: String) {
    guard let match = Josa.allCases.first(where: { $0.forms.afterConsonant == form || $0.forms.afterVowel == form })
    else {
      return nil
    }
    self = match
  }

  /// The form that follows a word with this ending.
  public func form(for ending: KoreanReading.Ending) -> String {
    switch ending {
    case .vowel: return forms.afterVowel
    case .consonant: return forms.afterConsonant
    case .rieul:
      switch self {
      case .direction, .asCapacity, .byMeans: return forms.afterVowel
      default: return forms.afterConsonant
      }
    }
  }

  /// The form that follows `word`, read as ``KoreanReading/ending(of:)`` reads it; when that
  /// cannot be told, both forms as `은(는)`.
  ///
  /// - Complexity: O(n) in the length of `word`.
  public func form(after word: String) -> String {
    guard let ending = KoreanReading.ending(of: word) else {
      let (consonant, vowel) = forms
      if vowel.count < consonant.count, consonant.hasSuffix(vowel) {
        return "(\(consonant.dropLast(vowel.count)))\(vowel)"  // (으)로, (이)나
      }
      return "\(consonant)(\(vowel))"
    }
    return form(for: ending)
  }

  /// `word` followed by the right form of the particle.
  public func attach(to word: String) -> String { word + form(after: word) }
}
