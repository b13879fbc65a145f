// The per-scalar letter classifier used by document analysis. It is deliberately small and
// kept in this one file so that it can later be replaced by the tokenizer's segmenter
// without touching the rest of the analysis.

/// What a Unicode scalar counts as for document analysis.
enum LetterClass: UInt8, Sendable {
  /// A Korean-side letter: Hangul syllable or jamo, or a Han ideograph (Hanja inside Korean).
  case korean
  /// A Latin letter (English side).
  case latin
  /// A letter of another script (Kana, Cyrillic, …).
  case otherLetter
  /// A decimal digit.
  case digit
  /// Whitespace.
  case space
  /// Anything else: punctuation, symbols, controls.
  case other

  /// Whether this is a letter of one of the two analysed languages.
  var isAnalysedLetter: Bool { self == .korean || self == .latin }
}

/// Classifies scalars into `LetterClass` with ASCII and Hangul fast paths.
enum LetterClassifier {
  /// The class of one scalar.
  ///
  /// - Complexity: O(1).
  static func classify(_ s: Unicode.Scalar) -> LetterClass {
    let v = s.value
    if v < 0x80 {
      switch v {
      case 0x41...0x5A, 0x61...0x7A: return .latin
      case 0x30...0x39: return .digit
      case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return .space
      default: return .other
      }
    }
    switch v {
    case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3131...0x318E, 0xA960...0xA97F, 0xD7B0...0xD7FF,
      0xFFA0...0xFFDC:
      return .korean
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
      return .korean
    case 0xC0...0x24F where v != 0xD7 && v != 0xF7, 0x1E00...0x1EFF, 0xFF21...0xFF3A, 0xFF41...0xFF5A,
      0x2C60...0x2C7F, 0xA720...0xA7FF:
      return .latin
    case 0xA0, 0x3000, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F:
      return .space
    default:
      break
    }
    let p = s.properties
    if p.numericType == .decimal { return .digit }
    if p.isWhitespace { return .space }
    if p.isAlphabetic {
      // Combining marks and modifier letters after Latin letters are rare here; treat other
      // alphabetic scalars as letters of other scripts.
      return .otherLetter
    }
    return .other
  }

  /// Whether the scalar is an uppercase Latin letter (ASCII or Latin-1/Extended).
  static func isUppercase(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
    return s.properties.isUppercase
  }

  /// Whether the scalar is a lowercase Latin letter.
  static func isLowercase(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return s.value >= 0x61 && s.value <= 0x7A }
    return s.properties.isLowercase
  }

  /// The weight of a letter in the letter mass that decides the dominant language: a Hangul
  /// syllable or Han character carries about as much text as two or three Latin letters.
  static func mass(_ c: LetterClass, _ s: Unicode.Scalar) -> Int {
    switch c {
    case .latin: return 2
    case .korean: return (s.value >= 0xAC00 && s.value <= 0xD7A3) || s.value >= 0x3400 ? 5 : 2
    default: return 0
    }
  }
}
