@testable import KoEn
import TestSupport
import Testing

/// `LineText.wordCount` counts a normalized text's spaces eight bytes at a time; it must
/// give the number of its words however long the text and wherever the spaces fall.
@Suite("Words of normalized text")
struct LineTextTests {
  @Test func wordCountIsTheNumberOfWords() {
    var rng = SplitMix64(seed: 5)
    let pieces = ["a", "news", "기사", "本", "é", "seoul", "x"]
    for _ in 0..<3000 {
      var words: [String] = []
      for _ in 0..<Int.random(in: 0...40, using: &rng) { words.append(pieces[Int.random(in: 0..<pieces.count, using: &rng)]) }
      let text = words.joined(separator: " ")
      #expect(LineText.wordCount(text) == LineText.words(text).count, "\(text)")
      #expect(LineText.wordCount(text) == words.count, "\(text)")
    }
  }
}
