/// Tables and conversions for Hangul jamo: the conjoining jamo that canonical decomposition
/// produces (U+1100–U+11FF, U+A960–U+A97F, U+D7B0–U+D7FF) and the compatibility jamo that
/// keyboards type (U+3130–U+318F).
///
/// Only the modern letters have a conversion: the 19 initials, 21 vowels and 27 finals that
/// make up precomposed syllables. Archaic jamo (ㆍ, ㅿ, ᅀ …) are recognised by
/// ``isConjoining(_:)``/``isCompatibility(_:)`` but ``compatibility(for:)`` and
/// ``conjoining(for:position:)`` return `nil` for them: there is no precomposed syllable to
/// build from them, and KoEn leaves them as they are.
///
/// Thread-safety: stateless; all members are pure functions over constant tables.
public enum HangulJamo {
  /// Where a consonant stands in a syllable.
  public enum Position: Sendable, Hashable {
    /// Initial consonant (choseong, conjoining U+1100–U+1112).
    case initial
    /// Final consonant (jongseong, conjoining U+11A8–U+11C2).
    case final
  }

  /// The 19 modern initials as compatibility jamo, in syllable order.
  public static let compatibilityInitials: [Unicode.Scalar] = [
    "ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
  ]

  /// The 28 final positions as compatibility jamo; index 0 (no final) holds a placeholder space.
  public static let compatibilityFinals: [Unicode.Scalar] = [
    " ", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
    "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
  ]

  /// The vowel with index `medial` (0..<21) as a compatibility jamo (U+314F + index).
  public static func compatibilityVowel(_ medial: Int) -> Unicode.Scalar {
    Unicode.Scalar(0x314F + UInt32(medial)).unsafelyUnwrapped
  }

  /// Whether `scalar` is a conjoining jamo, modern or archaic, including the fillers U+115F/U+1160.
  public static func isConjoining(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x1100...0x11FF).contains(v) || (0xA960...0xA97F).contains(v) || (0xD7B0...0xD7FF).contains(v)
  }

  /// Whether `scalar` is a conjoining leading consonant (L), modern or archaic, or the L filler.
  public static func isLeading(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x1100...0x115F).contains(v) || (0xA960...0xA97C).contains(v)
  }

  /// Whether `scalar` is a conjoining vowel (V), modern or archaic, or the V filler.
  public static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x1160...0x11A7).contains(v) || (0xD7B0...0xD7C6).contains(v)
  }

  /// Whether `scalar` is a conjoining trailing consonant (T), modern or archaic.
  public static func isTrailing(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x11A8...0x11FF).contains(v) || (0xD7CB...0xD7FB).contains(v)
  }

  /// Whether `scalar` is a Hangul compatibility jamo (U+3131–U+318E), modern or archaic.
  public static func isCompatibility(_ scalar: Unicode.Scalar) -> Bool {
    (0x3131...0x318E).contains(scalar.value)
  }

  /// Whether `scalar` is a modern compatibility consonant (ㄱ U+3131 … ㅎ U+314E).
  public static func isCompatibilityConsonant(_ scalar: Unicode.Scalar) -> Bool {
    (0x3131...0x314E).contains(scalar.value)
  }

  /// Whether `scalar` is a modern compatibility vowel (ㅏ U+314F … ㅣ U+3163).
  public static func isCompatibilityVowel(_ scalar: Unicode.Scalar) -> Bool {
    (0x314F...0x3163).contains(scalar.value)
  }

  /// The index (0..<19) of a compatibility consonant as an initial, or `nil` (clusters such as ㄳ).
  public static func initialIndex(ofCompatibility scalar: Unicode.Scalar) -> Int? {
    compatibilityInitials.firstIndex(of: scalar)
  }

  /// The index (1..<28) of a compatibility consonant as a final, or `nil` (ㄸ ㅃ ㅉ are never finals).
  public static func finalIndex(ofCompatibility scalar: Unicode.Scalar) -> Int? {
    guard scalar != " " else { return nil }
    return compatibilityFinals.firstIndex(of: scalar)
  }

  /// The index (0..<21) of a compatibility vowel, or `nil`.
  public static func medialIndex(ofCompatibility scalar: Unicode.Scalar) -> Int? {
    isCompatibilityVowel(scalar) ? Int(scalar.value - 0x314F) : nil
  }

  /// The compatibility jamo for a modern conjoining jamo (U+1100 ㄱ → U+3131 ㄱ, U+11A8 ㄱ → U+3131).
  ///
  /// - Returns: `nil` for archaic jamo, fillers and anything else.
  /// - Complexity: O(1).
  public static func compatibility(for conjoining: Unicode.Scalar) -> Unicode.Scalar? {
    let v = conjoining.value
    switch v {
    case 0x1100...0x1112: return compatibilityInitials[Int(v - 0x1100)]
    case 0x1161...0x1175: return compatibilityVowel(Int(v - 0x1161))
    case 0x11A8...0x11C2: return compatibilityFinals[Int(v - 0x11A7)]
    default: return nil
    }
  }

  /// The conjoining jamo for a modern compatibility jamo. Vowels ignore `position`;
  /// consonants become an initial (U+1100…) or a final (U+11A8…).
  ///
  /// - Returns: `nil` when the letter cannot stand there (ㄳ as an initial, ㄸ as a final)
  ///   and for archaic compatibility jamo.
  public static func conjoining(for compatibility: Unicode.Scalar, position: Position = .initial) -> Unicode.Scalar? {
    if let medial = medialIndex(ofCompatibility: compatibility) {
      return Unicode.Scalar(0x1161 + UInt32(medial))
    }
    switch position {
    case .initial:
      return initialIndex(ofCompatibility: compatibility).flatMap { Unicode.Scalar(0x1100 + UInt32($0)) }
    case .final:
      return finalIndex(ofCompatibility: compatibility).flatMap { Unicode.Scalar(0x11A7 + UInt32($0)) }
    }
  }

  /// Converts every modern conjoining jamo in `text` to compatibility jamo; everything else,
  /// including precomposed syllables and archaic jamo, is unchanged.
  ///
  /// - Complexity: O(n).
  public static func toCompatibility(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { out.append(compatibility(for: scalar) ?? scalar) }
    return String(out)
  }

  /// Compound vowels and their two parts (ㅘ = ㅗ + ㅏ), as medial indices.
  static let compoundVowels: [Int: (Int, Int)] = [
    9: (8, 0), 10: (8, 1), 11: (8, 20), 14: (13, 4), 15: (13, 5), 16: (13, 20), 19: (18, 20),
  ]

  /// Double finals and their two parts (ㄺ = ㄹ + ㄱ), as final indices.
  static let compoundFinals: [Int: (Int, Int)] = [
    3: (1, 19), 5: (4, 22), 6: (4, 27), 9: (8, 1), 10: (8, 16), 11: (8, 17), 12: (8, 19), 13: (8, 25),
    14: (8, 26), 15: (8, 27), 18: (17, 19),
  ]
}
