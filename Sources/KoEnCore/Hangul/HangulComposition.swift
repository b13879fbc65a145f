extension Hangul {
  /// Decomposes every precomposed syllable into conjoining jamo (L V, or L V T) and leaves
  /// everything else alone.
  ///
  /// This is the Hangul part of NFD only: unlike ``Normalizer`` with `.nfd`, it does not touch
  /// accents, CJK compatibility ideographs or anything that is not a syllable.
  ///
  /// ```swift
  /// Hangul.decompose("한글")  // "\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}"
  /// ```
  /// - Complexity: O(n).
  public static func decompose(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let syllable = HangulSyllable(scalar) {
        out.append(contentsOf: syllable.conjoiningJamo)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Composes conjoining jamo into precomposed syllables and leaves everything else alone: the
  /// Hangul-only composition mode.
  ///
  /// A modern leading consonant followed by a modern vowel becomes a syllable; a following
  /// modern trailing consonant joins it, and so does one that follows an already precomposed
  /// LV syllable (가 + ᆨ → 각). This is exactly what NFC does to Hangul, but nothing else
  /// changes: CJK compatibility ideographs (U+F900–U+FAFF, which NFC would replace by unified
  /// ideographs and thereby lose the Korean reading they were encoded for), decomposed Latin
  /// accents and all other text stay byte for byte as they were.
  ///
  /// Archaic jamo do not compose (there is no precomposed syllable for them): a modern L V
  /// followed by an archaic T still becomes an LV syllable followed by the archaic T, as NFC does.
  ///
  /// ```swift
  /// Hangul.compose("\u{1112}\u{1161}\u{11AB}")  // "한"
  /// Hangul.compose("\u{F900}")                   // "\u{F900}" (NFC would give U+8C48)
  /// ```
  /// - Complexity: O(n).
  public static func compose(_ text: String) -> String {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if let last = out.last {
        // L + V → LV
        if (0x1161...0x1175).contains(v), (0x1100...0x1112).contains(last.value) {
          let composed = HangulSyllable(initial: Int(last.value - 0x1100), medial: Int(v - 0x1161))
          out[out.count - 1] = composed.unsafelyUnwrapped.scalar
          continue
        }
        // LV + T → LVT
        if (0x11A8...0x11C2).contains(v), let syllable = HangulSyllable(last), !syllable.hasFinal {
          out[out.count - 1] = syllable.replacingFinal(Int(v - 0x11A7)).unsafelyUnwrapped.scalar
          continue
        }
      }
      out.append(scalar)
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: out)
    return String(view)
  }

  /// How ``repair(_:strayJamo:)`` treats a conjoining jamo that is left on its own after composition.
  public enum StrayJamo: Sendable, Hashable {
    /// Leave it as it is.
    case keep
    /// Replace a lone modern conjoining jamo by its compatibility jamo (U+1100 → U+3131), so
    /// that it displays as a letter instead of a fragment of a syllable block.
    case toCompatibility
  }

  /// Repairs decomposed Hangul, such as NFD file names from macOS or text that went through a
  /// decomposing pipeline, into precomposed syllables.
  ///
  /// First composes as ``compose(_:)`` does. Then, with `.toCompatibility` (the default), each
  /// modern conjoining jamo that is still alone (not next to another conjoining jamo and not
  /// right after a syllable it could belong to) becomes the compatibility jamo people type,
  /// so a stray U+1100 reads ㄱ. Sequences of archaic jamo are kept intact. Text that is not
  /// Hangul is never changed.
  ///
  /// - Complexity: O(n).
  public static func repair(_ text: String, strayJamo: StrayJamo = .toCompatibility) -> String {
    let composed = compose(text)
    guard strayJamo == .toCompatibility else { return composed }
    let scalars = Array(composed.unicodeScalars)
    var view = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      guard HangulJamo.isConjoining(scalar), let compatible = HangulJamo.compatibility(for: scalar) else {
        view.append(scalar)
        continue
      }
      let before = i > 0 ? scalars[i - 1] : nil
      let after = i + 1 < scalars.count ? scalars[i + 1] : nil
      let joinsBefore =
        before.map { HangulJamo.isConjoining($0) || (isSyllable($0) && HangulJamo.isTrailing(scalar)) } ?? false
      let joinsAfter = after.map { HangulJamo.isConjoining($0) } ?? false
      view.append(joinsBefore || joinsAfter ? scalar : compatible)
    }
    return String(view)
  }

  /// Whether `text` contains Hangul that ``repair(_:strayJamo:)`` would change: modern
  /// conjoining jamo that compose, or stray ones.
  ///
  /// - Complexity: O(n).
  public static func needsRepair(_ text: String) -> Bool {
    // Compare scalars: String's == treats decomposed and precomposed Hangul as equal.
    text.unicodeScalars.contains { HangulJamo.compatibility(for: $0) != nil }
      && !repair(text).unicodeScalars.elementsEqual(text.unicodeScalars)
  }
}
