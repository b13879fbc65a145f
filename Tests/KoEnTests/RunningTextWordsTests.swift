@testable import KoEn
import Testing

/// The words of a page's running text, which the chrome model asks a short line about.
@Suite("Running text words")
struct RunningTextWordsTests {
  @Test func shortLinesShareWordsWithTheArticleButMenusDoNot() {
    var words = RunningTextWords()
    #expect(words.isEmpty)
    words.add("the minister of science and technology said the network would reach every school by")
    // The function words and words under three letters never count.
    #expect(words.share(of: "minister of science and technology") == (words: 3, found: 3))
    #expect(words.share(of: "current issues sitemap") == (words: 3, found: 0))
    #expect(words.share(of: "of the by") == (words: 0, found: 0))
    // Only lower-case ASCII words count (normalized prose); others are skipped.
    #expect(words.share(of: "과학 기술 network") == (words: 1, found: 1))
  }

  @Test func theWordsKeptAreBounded() {
    /// `k` spelled in lower-case letters, base 26: a distinct word for each `k`.
    func spelled(_ k: Int) -> String {
      var k = k
      var out = ""
      repeat {
        out.append(Character(Unicode.Scalar(UInt8(0x61 + k % 26))))
        k /= 26
      } while k > 0
      return "word" + out
    }
    var words = RunningTextWords()
    for k in 0..<(RunningTextWords.capacity + 100) { words.add(NormalizedUTF8(spelled(k))) }
    // Adding stops once the capacity is reached: a word added after it is not found.
    #expect(words.share(of: NormalizedUTF8(spelled(0))).found == 1)
    #expect(words.share(of: NormalizedUTF8(spelled(RunningTextWords.capacity + 50))).found == 0)
  }
}
