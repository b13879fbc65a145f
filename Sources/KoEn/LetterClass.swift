/// What a Unicode scalar counts as for document analysis: which side of a Korean/English
/// text its letters are on.
///
/// Derived from the same `CharacterClass` the tokenizer reads, so analysis and tokens agree
/// on what a letter is.
enum LetterClass: UInt8, Sendable {
  /// A Korean-side letter: Hangul syllable or jamo, or a Han ideograph (Hanja inside Korean).
  case korean
  /// A Latin letter (English side).
  case latin
  /// A letter of another script (Kana, Cyrillic, …), or another `Alphabetic` character.
  case otherLetter
  /// A decimal digit.
  case digit
  /// Whitespace.
  case space
  /// Anything else: punctuation, symbols, controls, marks that are not `Alphabetic`.
  case other

  /// Whether this is a letter of one of the two analysed languages.
  var isAnalysedLetter: Bool { self == .korean || self == .latin }

  /// The class of one scalar.
  ///
  /// - Complexity: O(1); a table read outside ASCII.
  @inline(__always)
  init(_ scalar: Unicode.Scalar) {
    let v = scalar.value
    if v < 0x80 {
      switch v {
      case 0x41...0x5A, 0x61...0x7A: self = .latin
      case 0x30...0x39: self = .digit
      case 0x20, 0x09...0x0D: self = .space
      default: self = .other
      }
      return
    }
    self.init(CharacterClass.of(scalar))
  }

  /// The class of a character of class `c`.
  init(_ c: CharacterClass) {
    switch c.group {
    case .hangul, .han: self = .korean
    case .latin: self = .latin
    case .none:
      switch c.category {
      case .digit: self = .digit
      case .space: self = .space
      default: self = c.isAlphabetic ? .otherLetter : .other
      }
    default: self = .otherLetter
    }
  }

  /// The weight of a letter in the letter mass that decides the dominant language: a Hangul
  /// syllable or Han character carries about as much text as two or three Latin letters.
  func mass(of scalar: Unicode.Scalar) -> Int {
    switch self {
    case .latin: return 2
    case .korean: return (scalar.value >= 0xAC00 && scalar.value <= 0xD7A3) || scalar.value >= 0x3400 ? 5 : 2
    default: return 0
    }
  }
}
