import KoEn
import Testing
import TestSupport

/// `Segmenter.settledOffset`: after any text that ends with a line break, a text's segments
/// from its settled offset on are its own, and the whole has a boundary there.
@Suite("Segmenter settled offset")
struct SegmenterSettledTests {
  /// Text before a line that changes what a fresh segmenter would do with the line's start:
  /// a run of each language, a letterless line that ends a run, an open bracket, nothing.
  static let befores = [
    "", "Hello world.\n", "한국어 문장\n", "Hello\n---\n", "NATO\n\n\n", "2024. 10. 25.\n", "(\n", "北\n",
    "Привет\n", "English text\n(북대서양조약기구)\n",
  ]

  /// Lines to build texts from: language changes, letterless lines, lines that start with
  /// punctuation or a quote, Han whose language comes from its neighbours, blank lines.
  static let lines = [
    "Hello world.", "---", ",한국어 문장입니다.", "한국 NATO 가입", "2024. 10. 25. 18:47", "", "   ",
    "(북대서양조약기구) headquarters", "\"인용\" quote", "北 미사일", "北", "中华人民共和国 and China",
    "日本語のテキスト", "Привет мир", "***", "- 목록 item", "12345", ", and then", "“안녕하세요” he said",
    "___", "NATO,한국", "   (괄호)", "English only line", "한국어만 있는 줄",
  ]

  /// Checks the promise for `text` after `before`; false when `text` has no settled offset.
  @discardableResult
  func expectSettled(_ text: [UInt8], after before: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    guard let settled = Segmenter(utf8: text).settledOffset else { return false }
    let own = Array(Segmenter(utf8: text)).filter { $0.range.lowerBound >= settled }
    let shift = before.count
    let whole = Array(Segmenter(utf8: before + text))
    #expect(whole.contains { $0.range.upperBound == shift + settled }, "no boundary at \(settled)", sourceLocation: sourceLocation)
    let after = whole.filter { $0.range.lowerBound >= shift + settled }.map {
      Segment(range: ($0.range.lowerBound - shift)..<($0.range.upperBound - shift), language: $0.language, script: $0.script)
    }
    #expect(after == own, "\(String(decoding: before, as: UTF8.self).debugDescription) + \(String(decoding: text, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
    return true
  }

  @Test func documentedExamples() {
    #expect(Segmenter("English text\n한국어 문장\n").settledOffset == 13)
    #expect(Segmenter("one run\nstill English\n").settledOffset == nil)
    #expect(Segmenter("").settledOffset == nil)
    #expect(Segmenter("\n\n").settledOffset == nil)
  }

  @Test func aLetterlessLineFirstSettlesAfterTheNextWord() {
    // The letterless line's run may start earlier or later depending on the text before
    // ("Hello\n---\n" cuts before "---"; a fresh segmenter's "," goes with "한국"), so the
    // offset is the cut after the first word, not the first cut.
    let text = Array("---\n,한국어 문장\nEnglish\n".utf8)
    let settled = Segmenter(utf8: text).settledOffset
    #expect(settled == Array("---\n,한국어 문장\n".utf8).count)
    expectSettled(text, after: Array("Hello\n".utf8))
  }

  @Test func randomTextsAfterEveryKindOfBefore() {
    var random = SplitMix64(seed: 2024)
    var settled = 0
    for _ in 0..<400 {
      let count = Int.random(in: 1...12, using: &random)
      let text = (0..<count).map { _ in Self.lines.randomElement(using: &random)! }.joined(separator: "\n") + "\n"
      for before in Self.befores where expectSettled(Array(text.utf8), after: Array(before.utf8)) { settled += 1 }
    }
    #expect(settled > 2000)
  }

  @Test func corpusDocumentsCutAtLineStarts() throws {
    // Every document, cut after a line break about every kilobyte: the text after each cut
    // (up to 8 KB) after the text before it (up to 4 KB, from a line start).
    var settled = 0
    for path in corpusTextFiles() where path.hasPrefix("Documents/") {
      let bytes = try readBytes(RepositoryPaths.corpora + "/" + path)
      var cut = 512
      while cut < bytes.count {
        guard let lineEnd = bytes[cut...].firstIndex(of: 0x0A), lineEnd + 1 < bytes.count else { break }
        let start = lineEnd + 1
        let end = bytes[min(start + 8192, bytes.count)...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        var from = max(0, start - 4096)
        while from > 0 && bytes[from - 1] != 0x0A { from -= 1 }
        if expectSettled(Array(bytes[start..<end]), after: Array(bytes[from..<start])) { settled += 1 }
        cut = start + 1024
      }
    }
    #expect(settled > 200)
  }
}
