@testable import KoEn
import Testing

/// Decoding a line into `SourceScalar`s: the shortcut for Hangul syllables must give what
/// the general decoding does, for every syllable and around it.
@Suite("Source line decoding")
struct SourceLineTests {
  /// The scalars of `text` decoded as one line.
  static func decoded(_ bytes: [UInt8]) -> [SourceScalar] {
    bytes.withUnsafeBufferPointer { SourceLine.decode($0, offset: 5, number: 1).scalars }
  }

  @Test func everyHangulSyllableAsTheGeneralDecodingReadsIt() {
    for v in UInt32(0xAC00)...0xD7A3 {
      let scalar = Unicode.Scalar(v)!
      let general = SourceScalar(offset: 7, value: scalar, byteCount: 3, letter: LetterClass(scalar))
      let shortcut = SourceScalar(offset: 7, hangulSyllable: scalar)
      #expect(general.letter == shortcut.letter && general.traits == shortcut.traits, "U+\(String(v, radix: 16))")
    }
  }

  @Test func syllablesBetweenOtherScalars() {
    let text = "가a힣 힤\u{3131}각\u{1100}\u{1161}한국어, 日本語 é"
    let scalars = Self.decoded(Array(text.utf8))
    #expect(scalars.map(\.value) == Array(text.unicodeScalars))
    var offset = 5
    for (s, expected) in zip(scalars, text.unicodeScalars) {
      #expect(s.offset == offset && s.length == UTF8.width(expected))
      #expect(s.letter == LetterClass(expected) && s.traits == ScalarTraits(expected, LetterClass(expected)))
      offset += s.length
    }
  }

  @Test func truncatedAndInvalidSequencesNearSyllables() {
    // A syllable cut short, continuation bytes out of place, and the bytes just outside the
    // syllables' range (EA B0 7F is no sequence; ED 9E A4 is U+D7A4, no syllable).
    let bytes: [UInt8] = [0xEA, 0xB0, 0x61, 0xEA, 0xB0, 0x80, 0xED, 0x9E, 0xA4, 0xED, 0x9E, 0xA3, 0xEA, 0xB0, 0x7F, 0xEA, 0xB0]
    let scalars = Self.decoded(bytes)
    #expect(scalars.map(\.value.value) == [0xFFFD, 0xFFFD, 0x61, 0xAC00, 0xD7A4, 0xD7A3, 0xFFFD, 0xFFFD, 0x7F, 0xFFFD, 0xFFFD])
  }
}
