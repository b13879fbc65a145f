@testable import KoEn
import Testing

/// Two shapes the chrome model reads on news pages: a page's counter (views, hits, reads,
/// comments) and a breadcrumb trail that lost its separators, opening with the site's home.
@Suite("Counters and trails that start at home")
struct ChromeClassifierCounterTests {
  static func line(_ text: String) -> SourceLine {
    Array(text.utf8).withUnsafeBufferPointer { SourceLine.decode($0, offset: 0, number: 1) }
  }

  static func isCounter(_ text: String) -> Bool {
    let norm = ChromeLexicon.normalize(text.unicodeScalars)
    return ChromeClassifier.isCounter(line(text), norm: norm, words: LineText.wordCount(norm))
  }

  static func startsAtHome(_ text: String) -> Bool {
    let norm = ChromeLexicon.normalize(text.unicodeScalars)
    return ChromeClassifier.startsAtHome(
      norm: NormalizedUTF8(norm), words: LineText.wordCount(norm), endsLikeSentence: ChromeClassifier.endsLikeSentence(line(text)))
  }

  @Test(arguments: ["View : 581", "- Hit 3386", "  • Views : 17161", "Views159", "TOTAL 1/74", "댓글 0", "조회수 1,204", "Hit. 54"])
  func countersAreOneLabelAndOneNumber(text: String) {
    #expect(Self.isCounter(text))
  }

  /// A table's row of totals, a dateline with its count, a count of other things and a
  /// label without its number are no counters.
  @Test(arguments: ["Total 1 19,184 322 4,515", "2024-08-13조회수 : 395", "Photos 12", "Views", "Read 3 stories"])
  func otherLinesAreNotCounters(text: String) {
    #expect(!Self.isCounter(text))
  }

  @Test func trailsOpenWithTheHomeAndAreNoSentence() {
    #expect(Self.startsAtHome("HOME Opinion Essay"))
    #expect(Self.startsAtHome("Home About KMU Greeting from the President"))
    #expect(Self.startsAtHome("홈으로 About Seocho Greeting"))
    #expect(!Self.startsAtHome("Home"))
    #expect(!Self.startsAtHome("Homeowners in Seoul face higher taxes"))
    #expect(!Self.startsAtHome("Home prices rose again in the capital last month."))
  }
}
