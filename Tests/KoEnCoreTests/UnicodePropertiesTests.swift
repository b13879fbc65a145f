import KoEnCore
import TestSupport
import Testing

@Suite("UnicodeProperties")
struct UnicodePropertiesTests {
  @Test func generalCategory() {
    #expect(UnicodeProperties.generalCategory(of: "가") == .otherLetter)
    #expect(UnicodeProperties.generalCategory(of: "A") == .uppercaseLetter)
    #expect(UnicodeProperties.generalCategory(of: "\u{301}") == .nonspacingMark)
    #expect(UnicodeProperties.generalCategory(of: "\u{302E}") == .spacingMark)  // Hangul tone mark
    #expect(UnicodeProperties.generalCategory(of: "「") == .openPunctuation)
    #expect(UnicodeProperties.generalCategory(of: "\u{50005}") == .unassigned)
    #expect(UnicodeProperties.generalCategory(of: "\u{E000}") == .privateUse)
  }

  /// ICU's general category agrees with Swift's own data for code points both know as
  /// assigned by Unicode 15.0, except a handful whose category a later Unicode version
  /// changed (Swift's standard library may follow a newer version than ICU 72).
  @Test func generalCategoryAgreesWithSwiftForOldCharacters() {
    var checked = 0
    var differing: [String] = []
    for value in UInt32(0)..<0x20000 {
      guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
        age.major < 15 || (age.major == 15 && age.minor == 0)
      else { continue }
      checked += 1
      let icu = UnicodeProperties.generalCategory(of: scalar)
      if icu != scalar.properties.generalCategory {
        differing.append("U+\(String(value, radix: 16, uppercase: true)) ICU \(icu) Swift \(scalar.properties.generalCategory)")
      }
    }
    #expect(checked > 80_000)
    #expect(differing.count < 20, "\(differing)")
  }

  @Test func breakProperties() {
    #expect(UnicodeProperties.wordBreak(of: "가") == .aLetter)
    #expect(UnicodeProperties.wordBreak(of: "'") == .singleQuote)
    #expect(UnicodeProperties.wordBreak(of: "1") == .numeric)
    #expect(UnicodeProperties.wordBreak(of: " ") == .wSegSpace)
    #expect(UnicodeProperties.wordBreak(of: "ア") == .katakana)
    #expect(UnicodeProperties.wordBreak(of: "北") == .other)
    #expect(UnicodeProperties.wordBreak(of: "a").name == "LE")
    #expect(UnicodeProperties.graphemeClusterBreak(of: "\u{1100}") == .l)
    #expect(UnicodeProperties.graphemeClusterBreak(of: "\u{1161}") == .v)
    #expect(UnicodeProperties.graphemeClusterBreak(of: "\u{11A8}") == .t)
    #expect(UnicodeProperties.graphemeClusterBreak(of: "가") == .lv)
    #expect(UnicodeProperties.graphemeClusterBreak(of: "각") == .lvt)
    #expect(UnicodeProperties.sentenceBreak(of: ".") == .aTerm)
    #expect(UnicodeProperties.sentenceBreak(of: "가") == .oLetter)
    #expect(UnicodeProperties.lineBreak(of: "가").name == "H2")
    #expect(UnicodeProperties.lineBreak(of: "각").name == "H3")
    #expect(UnicodeProperties.lineBreak(of: "\u{1100}").name == "JL")
  }

  @Test func koreanWidthsAndTypes() {
    #expect(UnicodeProperties.eastAsianWidth(of: "가") == .wide)
    #expect(UnicodeProperties.eastAsianWidth(of: "\u{FFA1}") == .halfwidth)
    #expect(UnicodeProperties.eastAsianWidth(of: "Ａ") == .fullwidth)
    #expect(UnicodeProperties.eastAsianWidth(of: "a") == .narrow)
    #expect(UnicodeProperties.eastAsianWidth(of: "가").isWide)
    #expect(UnicodeProperties.hangulSyllableType(of: "가") == .lvSyllable)
    #expect(UnicodeProperties.hangulSyllableType(of: "각") == .lvtSyllable)
    #expect(UnicodeProperties.hangulSyllableType(of: "ㄱ") == .notApplicable)
    #expect(UnicodeProperties.hangulSyllableType(of: "\u{A960}") == .leadingJamo)
  }

  @Test func binaryPropertiesAndBrackets() {
    #expect(UnicodeProperties.isAlphabetic("가"))
    #expect(!UnicodeProperties.isAlphabetic("1"))
    #expect(UnicodeProperties.isWhiteSpace("\u{3000}"))
    #expect(UnicodeProperties.isIdeographic("北"))
    #expect(UnicodeProperties.isUppercase("Ä") && UnicodeProperties.isUppercase("Ⅳ"))
    #expect(!UnicodeProperties.isUppercase("가") && !UnicodeProperties.isUppercase("a"))
    #expect(UnicodeProperties.isLowercase("ß") && UnicodeProperties.isLowercase("ª"))
    #expect(!UnicodeProperties.isLowercase("가") && !UnicodeProperties.isLowercase("A"))
    #expect(UnicodeProperties.lineBreak(of: "ก") == .complexContext)
    #expect(UnicodeProperties.lineBreak(of: "가") != .complexContext)
    #expect(UnicodeProperties.isIdeographic("\u{F914}"))
    #expect(!UnicodeProperties.isIdeographic("가"))
    #expect(UnicodeProperties.isExtendedPictographic("😀"))
    #expect(UnicodeProperties.isDefaultIgnorable("\u{3164}"))  // Hangul filler
    #expect(UnicodeProperties.isDefaultIgnorable("\u{200D}"))
    #expect(UnicodeProperties.canonicalCombiningClass(of: "\u{301}") == 230)
    #expect(UnicodeProperties.canonicalCombiningClass(of: "\u{302E}") == 224)
    #expect(UnicodeProperties.pairedBracket(of: "(") == ")")
    #expect(UnicodeProperties.pairedBracket(of: "「") == "」")
    #expect(UnicodeProperties.pairedBracket(of: "a") == nil)
    #expect(UnicodeProperties.isOpeningBracket("["))
    #expect(UnicodeProperties.isClosingBracket("]"))
  }
}

@Suite("UTF8Validation and ICUVersion")
struct UTF8ValidationTests {
  @Test func findsTheFirstIllFormedSequence() {
    #expect(UTF8Validation.firstInvalidOffset(in: Array("한국 NATO".utf8)) == nil)
    #expect(UTF8Validation.firstInvalidOffset(in: [UInt8]()) == nil)
    #expect(UTF8Validation.firstInvalidOffset(in: [0x41, 0x80]) == 1)  // lone continuation
    #expect(UTF8Validation.firstInvalidOffset(in: [0xC0, 0x80]) == 0)  // overlong NUL
    #expect(UTF8Validation.firstInvalidOffset(in: [0xE0, 0x9F, 0xBF]) == 0)  // overlong
    #expect(UTF8Validation.firstInvalidOffset(in: [0xED, 0xA0, 0x80]) == 0)  // surrogate
    #expect(UTF8Validation.firstInvalidOffset(in: [0xF4, 0x90, 0x80, 0x80]) == 0)  // > U+10FFFF
    #expect(UTF8Validation.firstInvalidOffset(in: [0xF0, 0x9F, 0x98]) == 0)  // truncated 😀
    #expect(UTF8Validation.firstInvalidOffset(in: Array("가".utf8) + [0xFE]) == 3)
  }

  /// The validator agrees with Swift's own decoder on random bytes.
  @Test func agreesWithSwiftsDecoder() {
    var rng = SplitMix64(seed: 42)
    for _ in 0..<2000 {
      let bytes = (0..<Int.random(in: 0...12, using: &rng)).map { _ -> UInt8 in
        // Bias towards bytes that start or continue multi-byte sequences.
        let pool: [UInt8] = [0x41, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEA, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90]
        return Bool.random(using: &rng) ? pool.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
      }
      let swiftValid = String(validating: bytes, as: UTF8.self) != nil
      #expect((UTF8Validation.firstInvalidOffset(in: bytes) == nil) == swiftValid, "\(bytes)")
    }
  }

  /// The eight-bytes-at-a-time ASCII path finds an ill-formed byte at every position.
  @Test func asciiFastPathFindsEveryPosition() {
    for length in 0..<40 {
      for bad in 0..<length {
        var bytes = [UInt8](repeating: 0x61, count: length)
        bytes[bad] = 0xFF
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == bad, "length \(length) bad \(bad)")
        bytes[bad] = 0xEA  // 3-byte lead with ASCII after it
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == bad, "length \(length) lead \(bad)")
      }
      let valid = Array(String(repeating: "a", count: length).utf8) + Array("한".utf8)
      #expect(UTF8Validation.firstInvalidOffset(in: valid) == nil)
    }
  }

  /// Runs of three-byte sequences (Hangul), which are taken four bytes at a look, with a
  /// bad sequence at every position: the offset is the bad sequence's.
  @Test func threeByteRunsFindEveryPosition() {
    let syllable = Array("한".utf8)
    let bads: [[UInt8]] = [[0xFF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xEA, 0xB0], [0xEA, 0x41, 0x80], [0x80]]
    for count in 1..<12 {
      for position in 0..<count {
        for bad in bads {
          var bytes: [UInt8] = []
          for k in 0..<count { bytes += k == position ? bad : syllable }
          #expect(UTF8Validation.firstInvalidOffset(in: bytes) == position * 3, "\(count) \(position) \(bad)")
        }
      }
      // Well-formed three-byte sequences with other leads (E0 and ED, whose second byte is
      // restricted) between them.
      let others: [[UInt8]] = [[0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBD], syllable]
      let valid = (0..<count).flatMap { others[$0 % 4] }
      #expect(UTF8Validation.firstInvalidOffset(in: valid) == nil)
    }
  }

  @Test func maximalSubpartLengths() {
    [0xE0, 0xA0].withUnsafeBufferPointer { #expect(UTF8Validation.invalidSequenceLength(in: $0, at: 0) == 2) }
    [0xE0, 0x80].withUnsafeBufferPointer { #expect(UTF8Validation.invalidSequenceLength(in: $0, at: 0) == 1) }
    [0xF0, 0x9F, 0x98, 0x41].withUnsafeBufferPointer { #expect(UTF8Validation.invalidSequenceLength(in: $0, at: 0) == 3) }
    [0xFF].withUnsafeBufferPointer { #expect(UTF8Validation.invalidSequenceLength(in: $0, at: 0) == 1) }
  }

  @Test func versions() {
    #expect(ICUVersion.unicode.components.count == 4)
    #expect(ICUVersion.unicode >= ICUVersion([15, 0, 0, 0]))
    #expect(ICUVersion.icu >= ICUVersion([72, 0, 0, 0]))
    #expect(ICUVersion([15, 0, 0, 0]).description == "15.0")
    #expect(ICUVersion([15, 1, 1, 0]).description == "15.1.1")
    #expect(ICUVersion([72, 1, 0, 0]).description == "72.1")
  }
}
