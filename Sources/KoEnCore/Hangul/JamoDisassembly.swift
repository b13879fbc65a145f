extension Hangul {
  /// Splits Hangul into the letters a person types: compatibility jamo, with compound vowels
  /// and double finals split into their parts (닭 → ㄷㅏㄹㄱ, 과 → ㄱㅗㅏ).
  ///
  /// Tense consonants (ㄲ ㄸ ㅃ ㅆ ㅉ) are single letters and stay whole. Conjoining jamo are
  /// composed first; compatibility compound letters typed on their own (ㅘ, ㄺ) are split too.
  /// Everything that is not Hangul is kept as it is.
  ///
  /// ```swift
  /// Hangul.disassemble("값어치")  // "ㄱㅏㅂㅅㅇㅓㅊㅣ"
  /// ```
  /// - Complexity: O(n).
  public static func disassemble(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in compose(text).unicodeScalars {
      if let syllable = HangulSyllable(scalar) {
        view.append(syllable.initialJamo)
        appendVowel(syllable.medial, to: &view)
        if syllable.final != 0 { appendFinal(syllable.final, to: &view) }
      } else if let medial = HangulJamo.medialIndex(ofCompatibility: scalar) {
        appendVowel(medial, to: &view)
      } else if let final = HangulJamo.finalIndex(ofCompatibility: scalar), HangulJamo.compoundFinals[final] != nil {
        appendFinal(final, to: &view)
      } else {
        view.append(scalar)
      }
    }
    return String(view)
  }

  /// The letters of one syllable or letter, grouped: `disassembleGroups("닭")` is `[["ㄷ","ㅏ","ㄹ","ㄱ"]]`.
  ///
  /// - Returns: one group per character of `text` (after composing conjoining jamo).
  /// - Complexity: O(n).
  public static func disassembleGroups(_ text: String) -> [[Character]] {
    compose(text).map { character in disassemble(String(character)).map { $0 } }
  }

  private static func appendVowel(_ medial: Int, to view: inout String.UnicodeScalarView) {
    if let parts = HangulJamo.compoundVowels[medial] {
      view.append(HangulJamo.compatibilityVowel(parts.0))
      view.append(HangulJamo.compatibilityVowel(parts.1))
    } else {
      view.append(HangulJamo.compatibilityVowel(medial))
    }
  }

  private static func appendFinal(_ final: Int, to view: inout String.UnicodeScalarView) {
    if let parts = HangulJamo.compoundFinals[final] {
      view.append(HangulJamo.compatibilityFinals[parts.0])
      view.append(HangulJamo.compatibilityFinals[parts.1])
    } else {
      view.append(HangulJamo.compatibilityFinals[final])
    }
  }

  /// Assembles typed letters (compatibility jamo) into syllables, the way a two-set (두벌식)
  /// Korean keyboard does: ㄷㅏㄹㄱ → 닭, ㄱㅗㅏ → 과, ㄷㅏㄹㄱㅏ → 달가.
  ///
  /// Consonants and vowels combine into compound vowels and double finals where Hangul allows
  /// it; when a vowel follows a final consonant, the consonant (or the second half of a double
  /// final) moves to start the next syllable. Letters that cannot join stay as compatibility
  /// jamo (a vowel with no consonant before it, a consonant with no vowel after it), and any
  /// other character — a space, Latin, a syllable — ends the syllable and is copied as it is.
  ///
  /// For text made of modern syllables, `assemble(disassemble(text)) == text`.
  ///
  /// - Complexity: O(n).
  public static func assemble(_ letters: String) -> String {
    var assembler = JamoAssembler()
    for scalar in letters.unicodeScalars { assembler.feed(scalar) }
    return assembler.finish()
  }
}

/// The state machine behind ``Hangul/assemble(_:)``.
struct JamoAssembler {
  private var output = String.UnicodeScalarView()
  private var initial: Int?
  private var medial: Int?
  private var final = 0
  /// The vowel was built from two typed letters (ㅗ + ㅏ), so it cannot combine further.
  private var medialIsCompound = false

  mutating func feed(_ scalar: Unicode.Scalar) {
    if let vowel = HangulJamo.medialIndex(ofCompatibility: scalar) {
      feedVowel(vowel)
    } else if HangulJamo.isCompatibilityConsonant(scalar) {
      feedConsonant(scalar)
    } else {
      flush()
      output.append(scalar)
    }
  }

  private mutating func feedVowel(_ vowel: Int) {
    if initial != nil, let current = medial {
      if final != 0 {
        // The final moves to the next syllable: whole, or its second half.
        let moving: Int
        if let parts = HangulJamo.compoundFinals[final] {
          final = parts.0
          moving = parts.1
        } else {
          moving = final
          final = 0
        }
        flush()
        initial = HangulJamo.initialIndex(ofCompatibility: HangulJamo.compatibilityFinals[moving])
        medial = vowel
        return
      }
      if !medialIsCompound, let combined = Self.combineVowels(current, vowel) {
        medial = combined
        medialIsCompound = true
        return
      }
      flush()
      output.append(HangulJamo.compatibilityVowel(vowel))
      return
    }
    if initial != nil {
      medial = vowel
      return
    }
    // A vowel on its own: may still combine with the next vowel only as a standalone letter.
    flush()
    if let last = output.last, let previous = HangulJamo.medialIndex(ofCompatibility: last),
      let combined = Self.combineVowels(previous, vowel), !lastVowelWasCombined
    {
      output.removeLast()
      output.append(HangulJamo.compatibilityVowel(combined))
      lastVowelWasCombined = true
      return
    }
    output.append(HangulJamo.compatibilityVowel(vowel))
    lastVowelWasCombined = false
  }

  private var lastVowelWasCombined = false

  private mutating func feedConsonant(_ scalar: Unicode.Scalar) {
    lastVowelWasCombined = false
    if initial != nil, medial != nil {
      if final == 0, let asFinal = HangulJamo.finalIndex(ofCompatibility: scalar),
        HangulJamo.compoundFinals[asFinal] == nil
      {
        final = asFinal
        return
      }
      if final != 0, HangulJamo.compoundFinals[final] == nil,
        let second = HangulJamo.finalIndex(ofCompatibility: scalar),
        let combined = HangulJamo.compoundFinals.first(where: { $0.value == (final, second) })?.key
      {
        final = combined
        return
      }
    }
    flush()
    if let index = HangulJamo.initialIndex(ofCompatibility: scalar) {
      initial = index
    } else {
      output.append(scalar)  // a cluster letter such as ㄳ typed on its own
    }
  }

  private mutating func flush() {
    if let i = initial {
      if let m = medial, let syllable = HangulSyllable(initial: i, medial: m, final: final) {
        output.append(syllable.scalar)
      } else {
        output.append(HangulJamo.compatibilityInitials[i])
      }
    }
    initial = nil
    medial = nil
    final = 0
    medialIsCompound = false
  }

  mutating func finish() -> String {
    flush()
    return String(output)
  }

  static func combineVowels(_ first: Int, _ second: Int) -> Int? {
    HangulJamo.compoundVowels.first(where: { $0.value == (first, second) })?.key
  }
}
