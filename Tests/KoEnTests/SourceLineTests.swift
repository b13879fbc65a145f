@testable import KoEn
import Testing

/// Decoding a line into `SourceScalar`s: the shortcut for Hangul syllables must give what
/// the general decoding does, for every syllable and around it.
@Suite("Source line decoding")
struct SourceLineTests {
  /// The scalars of `text` decoded as one line.
  static func decoded(_ bytes: [UInt8]) -> [SourceScalar] {
    bytes.withUnsafeBufferPointer { Array(SourceLine.decode($0, offset: 5, number: 1).scalars) }
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

  /// Lines decoded one after the other share stores: each line's scalars are what decoding
  /// it alone gives, whether the lines before it are kept (their stores filled, new ones
  /// started) or let go (a store filled again from its start), long lines included.
  @Test func linesDecodedIntoSharedStores() {
    var text: [UInt8] = []
    var expected: [[Unicode.Scalar]] = []
    for k in 0..<3_000 {
      let line: String
      switch k % 7 {
      case 0: line = ""
      case 1: line = "한국어 문장 \(k) 입니다."
      case 2: line = String(repeating: "word\(k) ", count: k % 50)
      case 3: line = String(repeating: "가", count: 1_500)  // over a quarter of a store
      case 4: line = "carriage return \(k)\r"
      default: line = "English line \(k), é 日本語"
      }
      text += Array(line.utf8) + [0x0A]
      expected.append(Array((line.hasSuffix("\r") ? String(line.dropLast()) : line).unicodeScalars))
    }
    // Every line kept.
    let lines = SourceLine.split(text)
    #expect(lines.map { $0.scalars.map(\.value) } == expected)
    for line in lines where !line.scalars.isEmpty {
      #expect(line.scalars.first!.offset == line.range.lowerBound)
      #expect(line.scalars.last!.offset + line.scalars.last!.length == line.range.upperBound)
    }
    // Every tenth line kept, the others let go as they come, the input cut in pieces.
    var splitter = LineSplitter()
    var kept: [SourceLine] = []
    var k = 0
    for start in stride(from: 0, to: text.count, by: 997) {
      splitter.push(text[start..<min(start + 997, text.count)]) { line in
        if k % 10 == 0 { kept.append(line) }
        k += 1
      }
    }
    splitter.finish { _ in }
    #expect(kept.count == 300)
    for (i, line) in kept.enumerated() {
      #expect(line.scalars.map(\.value) == expected[i * 10], "line \(i * 10 + 1)")
      if !line.scalars.isEmpty {
        #expect(line.scalars[1...].map(\.offset) == line.scalars.map(\.offset).dropFirst().map { $0 })
      }
    }
  }
}
