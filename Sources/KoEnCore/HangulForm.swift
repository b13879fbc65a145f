/// How a code point writes Hangul: as a precomposed syllable, as conjoining jamo (the
/// pieces NFD splits syllables into), as a compatibility or halfwidth jamo (standalone
/// letters from old character sets), or as enclosed Hangul.
///
/// Use it to tell, for instance, a macOS file name in NFD (conjoining jamo) from text typed
/// letter by letter (`ㅋㅋㅋ`, compatibility jamo) or captured from an old terminal
/// (halfwidth `ﾡ`):
///
/// ```swift
/// HangulForm("한")          // .syllable
/// HangulForm("\u{1112}")   // .leadingJamo (ᄒ)
/// HangulForm("ㅋ")          // .compatibilityJamo
/// HangulForm("A")          // nil
/// ```
///
/// The ranges are the Unicode 15.0 blocks: only assigned code points are classified.
/// Composition, decomposition and repair of jamo live in ``Hangul``.
///
/// - Complexity: O(1), a few comparisons; no ICU call.
public enum HangulForm: String, Sendable, Hashable, CaseIterable, Codable {
  /// A precomposed syllable, U+AC00–U+D7A3 (`한`): what NFC text holds.
  case syllable
  /// A conjoining leading consonant (choseong), U+1100–U+115F and, for old Korean,
  /// U+A960–U+A97C (Hangul Jamo Extended-A). U+115F is the choseong filler.
  case leadingJamo
  /// A conjoining vowel (jungseong), U+1160–U+11A7 and U+D7B0–U+D7C6 (Hangul Jamo
  /// Extended-B). U+1160 is the jungseong filler.
  case vowelJamo
  /// A conjoining trailing consonant (jongseong), U+11A8–U+11FF and U+D7CB–U+D7FB (Hangul
  /// Jamo Extended-B).
  case trailingJamo
  /// A compatibility jamo, U+3131–U+318E, plus the Hangul filler U+3164: standalone letters
  /// (`ㅋㅋ`, `ㄱ`) that do not combine; NFKC maps them to conjoining jamo.
  case compatibilityJamo
  /// A halfwidth jamo, U+FFA0–U+FFDC (`ﾡ`), from legacy East Asian character sets; NFKC
  /// maps them to conjoining jamo.
  case halfwidthJamo
  /// Parenthesized or circled Hangul, U+3200–U+321E and U+3260–U+327E (`㈀`, `㉠`, `㉮`).
  case enclosed
  /// A Middle Korean tone mark, U+302E–U+302F (combining).
  case toneMark

  /// Classifies `scalar`; nil when it is not one of the Hangul forms above.
  public init?(_ scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0xAC00...0xD7A3: self = .syllable
    case 0x1100...0x115F, 0xA960...0xA97C: self = .leadingJamo
    case 0x1160...0x11A7, 0xD7B0...0xD7C6: self = .vowelJamo
    case 0x11A8...0x11FF, 0xD7CB...0xD7FB: self = .trailingJamo
    case 0x3131...0x318E: self = .compatibilityJamo
    case 0xFFA0...0xFFBE, 0xFFC2...0xFFC7, 0xFFCA...0xFFCF, 0xFFD2...0xFFD7, 0xFFDA...0xFFDC:
      self = .halfwidthJamo
    case 0x3200...0x321E, 0x3260...0x327E: self = .enclosed
    case 0x302E...0x302F: self = .toneMark
    default: return nil
    }
  }

  /// Whether this is a conjoining jamo (leading, vowel or trailing): the pieces of
  /// decomposed (NFD) Hangul, which combine with their neighbours.
  public var isConjoiningJamo: Bool {
    self == .leadingJamo || self == .vowelJamo || self == .trailingJamo
  }

  /// Whether `scalar` is in one of the extended jamo blocks (U+A960–U+A97F, U+D7B0–U+D7FF),
  /// which hold only old (Middle Korean) jamo that never compose into a precomposed syllable.
  public static func isExtendedJamo(_ scalar: Unicode.Scalar) -> Bool {
    (0xA960...0xA97F).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
  }

  /// Whether `scalar` is a modern conjoining jamo that composes into a precomposed
  /// syllable: leading U+1100–U+1112, vowel U+1161–U+1175, trailing U+11A8–U+11C2.
  public static func isComposableJamo(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x1112, 0x1161...0x1175, 0x11A8...0x11C2: true
    default: false
    }
  }
}
