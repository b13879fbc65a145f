/// Options of the Revised Romanization rules (and their McCune–Reischauer counterparts).
///
/// Combine them as a set: `[.properNoun, .hyphenate]` gives `Jung-ang` for 중앙.
public struct RomanizationOptions: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  /// Creates options from their raw bits.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Capitalize each Korean word as a proper noun (rule 3.3: 부산 → Busan). Proper nouns are
  /// nouns, so ㅎ after ㄱ ㄷ ㅂ is written (묵호 → Mukho).
  public static let properNoun = RomanizationOptions(rawValue: 1 << 0)
  /// Insert the hyphens the rules allow where syllables could be misread (rule 3.2:
  /// 중앙 → Jung-ang, 해운대 → Hae-undae) and, in personal names, between the syllables of the
  /// given name (rule 3.4: Han Bok-nam).
  public static let hyphenate = RomanizationOptions(rawValue: 1 << 1)
  /// The input is a personal name (rule 3.4): family name first and separate, no sound change
  /// between the given name's syllables (한복남 → Han Boknam). Two-syllable family names
  /// (남궁, 황보, 제갈, 선우, 독고, 사공, 서문 …) are recognised in a name written as one word.
  public static let personalName = RomanizationOptions(rawValue: 1 << 2)
  /// The input is a place or address (rule 3.5): a trailing administrative unit (도 시 군 구 읍
  /// 면 리 동 가, 특별시, 광역시 …) follows a hyphen, with no sound change across it, and a
  /// number before a unit is read in parentheses (종로 2가 → Jongno 2(i)-ga). Implies
  /// capitalization.
  public static let address = RomanizationOptions(rawValue: 1 << 3)
  /// With ``address``: leave out the units 시, 군 and 읍 (rule 3.5 note: 청주시 → Cheongju).
  public static let omitAdministrativeUnits = RomanizationOptions(rawValue: 1 << 4)
  /// Read Hanja (北, 韓國) in Hangul before romanizing, with the initial-sound law. Without it,
  /// Hanja pass through unchanged like any other non-Hangul text.
  public static let readHanja = RomanizationOptions(rawValue: 1 << 5)
  /// With ``personalName``: write the family name the way most bearers write it in passports
  /// (김 Kim, 이 Lee, 박 Park, 최 Choi, 정 Jung …, rule 3.7 allows names "as they have been
  /// written") instead of by the rules (Gim, I, Bak, Choe, Jeong). Family names KoEn has no
  /// customary spelling for follow the rules.
  public static let customarySurnames = RomanizationOptions(rawValue: 1 << 7)
  /// For McCune–Reischauer: plain ASCII, without breves (ŏ → o, ŭ → u, ë → e). Apostrophes
  /// are ASCII already and stay.
  public static let ascii = RomanizationOptions(rawValue: 1 << 6)
}
