import KoEn
import TestSupport
import Testing

/// Random mixes of Hangul, Hanja, Latin, digits, markup, placeholders and invalid bytes, in
/// every format: analysis never traps, covers every line, and every fragment points at its
/// own bytes inside its line.
@Suite("Analysis of random input")
struct AnalysisRandomInputTests {
  static let pieces: [String] = [
    "한국어", "문장을", " ", " ", "\n", "\n\n", "English", "words", "the", "NATO", "Node.js", "北", "平澤", "(", ")", "[", "]",
    "](", "](#x)", "![", "`", "```", "~~~", "{{", "}}", "{#", "{/*", "*/}", "%s", "%(n)s", "%1", "$1", "$NAME$", "%#@x@",
    "|cff00ff00", "|r", "|T", "|t", "^X", "<br/>", "<", ">", "&amp;", "&", "\"", "'", "msgid \"", "msgstr \"", "L[\"",
    "\"] = true", "= ", ": ", "---", "# ", "• ", "- ", "http://x.y/z", "a@b.co", "댓글 0", "Copyright ©",
    "이 기사를 공유합니다", "입력 2024.01.02", "\r\n", "\t", "\u{FEFF}", "//", "/*", "#", "--", "-s", " | ", "\\n", "warning을",
  ]

  @Test(arguments: DocumentFormat.allCases)
  func randomDocuments(format: DocumentFormat) {
    var rng = SplitMix64(seed: 0x5EED_0000 + UInt64(format.rawValue.count))
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0..<80, using: &rng) {
        if Int.random(in: 0..<25, using: &rng) == 0 {
          bytes.append(UInt8.random(in: 0x80...0xFF, using: &rng))  // invalid UTF-8
        } else {
          bytes += Array(Self.pieces.randomElement(using: &rng)!.utf8)
        }
      }
      let analysis = DocumentAnalyzer().analyze(bytes: bytes, format: format)
      var newlines = bytes.filter { $0 == 0x0A }.count
      if bytes.last == 0x0A { newlines -= 1 }
      #expect(analysis.lines.count == (bytes.isEmpty ? 0 : newlines + 1))
      for line in analysis.lines {
        #expect(line.range.upperBound <= bytes.count)
        for f in line.fragments {
          #expect(line.range.lowerBound <= f.range.lowerBound && f.range.upperBound <= line.range.upperBound)
          #expect(f.column >= 1 && f.line == line.number && !f.text.isEmpty)
        }
      }
    }
  }
}
