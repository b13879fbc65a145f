@testable import KoEn
import TestSupport
import Testing

/// A pager's numbers are read from an ASCII line by its digits; they must be the numbers
/// the line's text splits into by `Character.isNumber`, as read from any other line.
@Suite("Pager numbers of ASCII lines")
struct ChromeClassifierPagerTests {
  static func line(_ text: String) -> SourceLine {
    Array(text.utf8).withUnsafeBufferPointer { SourceLine.decode($0, offset: 0, number: 1) }
  }

  static func byCharacters(_ text: String) -> [Int] {
    text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
  }

  @Test func randomASCIILinesGiveTheNumbersOfTheirCharacters() {
    var rng = SplitMix64(seed: 11)
    let pieces = ["1", "23", "456", "0", "007", " ", "-", "+", ".", ",", "a", "Page", "\t", "99999999999999999999", "\r"]
    for _ in 0..<5000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &rng) { text += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
      #expect(ChromeClassifier.asciiNumbers(Self.line(text)) == Self.byCharacters(text), "\(text.debugDescription)")
    }
  }

  @Test func linesWithOtherScalarsAreLeftToCharacters() {
    for text in ["1 2 3 ½", "١٢٣ 4", "一 2 3 4", "1\u{301} 2"] {
      #expect(ChromeClassifier.asciiNumbers(Self.line(text)) == nil)
    }
  }
}
