import Foundation
import KoEn
import Testing

/// Options, corpus mode, the JSON Lines records, and bad input.
@Suite("Analysis options, corpus mode, records and bad input")
struct AnalysisOptionsTests {
  @Test func dominantCanBeForced() {
    let text = "이 문서는 한국어입니다.\nThis line is English.\n"
    #expect(DocumentAnalyzer().analyze(text).dominant == .ko)
    let forced = DocumentAnalyzer(options: AnalysisOptions(dominant: .en)).analyze(text)
    #expect(forced.dominant == .en)
    #expect(forced.lines[0].fragments.map(\.text) == ["이 문서는 한국어입니다"])
  }

  @Test func glossaryKeepsTerms() {
    let text = "이 화면에서 Dashboard를 열고 Quick Start 안내를 따른다.\n설정을 저장했습니다.\n"
    let plain = DocumentAnalyzer().analyze(text)
    #expect(plain.lines[0].fragments.map(\.text) == [])  // capitalized names inside Korean are kept
    let words = "이 화면에서 restarter를 쓰고 quick start 안내를 따른다.\n"
    #expect(DocumentAnalyzer().analyze(words).lines[0].fragments.map(\.text) == ["restarter", "quick start"])
    let options = AnalysisOptions(glossary: AnalysisOptions.glossaryTerms(from: "# terms\nrestarter\nquick start\n"))
    #expect(DocumentAnalyzer(options: options).analyze(words).lines[0].fragments.isEmpty)
  }

  @Test func minimumFragmentLetters() {
    let text = "이 값은 local상에서 처리되고 unhandled rejection pops에 대한 경고가 나온다.\n"
    let options = AnalysisOptions(minimumFragmentLetters: 6)
    #expect(DocumentAnalyzer(options: options).analyze(text).lines[0].fragments.map(\.text) == ["unhandled rejection pops"])
  }

  @Test func chromeDetectionCanBeTurnedOff() {
    let text = "An English article about the economy of the peninsula.\n\n이 기사를 공유합니다\n"
    #expect(DocumentAnalyzer().analyze(text).lines[2].role == .chrome)
    let off = DocumentAnalyzer(options: AnalysisOptions(detectsChrome: false)).analyze(text)
    #expect(off.lines[2].role == .untranslated)
  }

  @Test func corpusModeMakesRecurringLinesChrome() {
    let topics = ["ferries", "fishing fleets", "container cranes", "lighthouse repairs"]
    func page(_ n: Int) -> String {
      "A story about \(topics[n - 1]) opens here.\n\nThe mayor said the \(topics[n - 1]) would be ready in spring, officials added.\n\nSubscribe to the Harbour Gazette digest today\n"
    }
    let docs = (1...4).map { CorpusDocument(name: "p\($0).txt", text: page($0)) }
    let alone = DocumentAnalyzer().analyze(page(1))
    #expect(alone.lines[4].role == .content)
    let together = DocumentAnalyzer().analyze(corpus: docs)
    #expect(together.count == 4)
    for a in together {
      #expect(a.lines[4].role == .chrome)
      #expect(a.lines[0].role == .content && a.lines[2].role == .content)
    }
  }

  @Test func jsonLinesRecords() throws {
    let text = "Seoul stocks rose on Friday.\n\n댓글 0\n"
    let analysis = DocumentAnalyzer().analyze(text)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let records = AnalysisRecord.records(file: "a.txt", analysis: analysis)
    #expect(records.count == 4)
    let line = String(decoding: try encoder.encode(records[2]), as: UTF8.self)
    #expect(
      line
        == #"{"end":38,"file":"a.txt","fragments":[{"column":1,"end":36,"lang":"ko","line":3,"start":30,"text":"댓글"}],"lang":"ko","line":3,"role":"chrome","start":30,"type":"line"}"#
    )
    let doc = String(decoding: try encoder.encode(records[3]), as: UTF8.self)
    #expect(
      doc
        == #"{"blank":1,"chrome":1,"content":1,"dominant":"en","file":"a.txt","format":"text","fragments":1,"lines":3,"type":"document","untranslated":0}"#
    )
    let decoded = try JSONDecoder().decode(AnalyzedLine.self, from: try JSONEncoder().encode(analysis.lines[2]))
    #expect(decoded == analysis.lines[2])
  }

  @Test func badInputIsAnalysedWithoutChangingOffsets() {
    var bytes = Array("첫 줄입니다.\r\n".utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array(" English left here.\r\n\u{FEFF}마지막 줄\n".utf8)
    let a = DocumentAnalyzer().analyze(bytes: bytes, format: .plainText)
    #expect(a.lines.count == 3)
    #expect(a.lines[0].range == 0..<17)  // the CR is not part of the line
    #expect(a.lines[1].range.lowerBound == 19)
    let f = a.lines[1].fragments
    #expect(f.map(\.text) == ["English left here"])
    #expect(f.first?.column == 4)  // two U+FFFD and a space before it
    #expect(f.first.map { String(decoding: bytes[$0.range], as: UTF8.self) } == "English left here")
    #expect(DocumentAnalyzer().analyze("").lines.isEmpty)
    #expect(DocumentAnalyzer().analyze("\n").lines.map(\.role) == [.blank])
  }

  @Test func longSingleLineStaysLinear() {
    let line = String(repeating: "한국어 문장과 some English words 그리고 %s placeholder. ", count: 5_000)
    let a = DocumentAnalyzer().analyze(line)
    #expect(a.lines.count == 1)
    #expect(a.lines[0].fragments.count == 5_000 * 2)
  }
}
