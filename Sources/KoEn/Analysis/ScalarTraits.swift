/// What the passes over a line's scalars ask of each scalar that its value and letter class
/// alone tell, worked out once as the line is decoded and kept in the scalar's spare byte:
/// for ASCII it comes with the rest of the scalar from the decoder's table, so a pass reads
/// one byte instead of testing the value against a table of its own.
///
/// The bits up to `startsWord` are the counters `ChromeSignalReader`'s capitals read: a
/// Latin letter's traits below 8 are 0 or 1, any other scalar's at least 4.
struct ScalarTraits: Sendable, Equatable {
  let rawValue: UInt8

  /// An upper-case Latin letter.
  static let upperLatin: UInt8 = 1
  /// Any scalar but a Latin letter.
  static let notLatin: UInt8 = 4
  /// A word starts after it: a space, `-`, `/`, `|`.
  static let startsWord: UInt8 = 8
  /// It may separate a row's items (`ChromeClassifier.separatesRow`): no Latin letter, and
  /// of ASCII only `|`, `/` and `>`.
  static let maySeparateRow: UInt8 = 16
  /// An ASCII scalar that may give an inline mask away (`InlineMasks`' clues).
  static let maskClue: UInt8 = 32

  /// The traits of `scalar`, whose letter class is `letter`.
  @inline(__always)
  init(_ scalar: Unicode.Scalar, _ letter: LetterClass) {
    let v = scalar.value
    if letter == .latin {
      let upper = v < 0x80 ? v &- 0x41 < 26 : CharacterClass.isUppercase(scalar)
      rawValue = upper ? Self.upperLatin : 0
      return
    }
    let startsWord = letter == .space || v == 0x2D || v == 0x2F || v == 0x7C ? Self.startsWord : 0
    let separates = v >= 0x80 || v == 0x7C || v == 0x2F || v == 0x3E ? Self.maySeparateRow : 0
    let clue = v < 0x80 && InlineMasks.clues.contains(scalar) ? Self.maskClue : 0
    rawValue = Self.notLatin | startsWord | separates | clue
  }
}
