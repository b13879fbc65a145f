import KoEn
import Testing

/// The library example in README.md, run as written, with what it claims asserted.
@Suite("README library example")
struct ReadmeExampleTests {
  @Test func exampleRunsAsDocumented() throws {
    let text = "NATO는 3,000명의 [北, 러시아 파병] 관련 정보를 공유했다."
    let segments = Array(Segmenter(text))
    #expect(segments.map(\.range.lowerBound).first == 0)
    #expect(segments.last?.range.upperBound == text.utf8.count)
    #expect(segments.first?.language == .en)  // NATO
    let bracket = segments.first { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self).contains("[北") }
    #expect(bracket?.language == .ko)

    let page = """
      South Korean delegation to brief NATO, EU officials on North's troop deployment

      A South Korean government delegation will visit Belgium next week to share information \
      with NATO and European Union officials, Seoul's spy agency said Friday.

      이 기사에 대해 어떻게 생각하시나요?

      """
    let analysis = DocumentAnalyzer().analyze(page, fileName: "capture.txt")
    let kept = analysis.lines.filter { $0.role == .content }
    #expect(kept.map(\.number) == [1, 3])
    #expect(analysis.lines[4].role == .chrome)

    #expect(Romanizer(options: .properNoun).romanize("신라") == "Silla")
    let macFileName = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"
    #expect(try Normalizer(.nfc).normalize(macFileName) == "한국")
    #expect(Josa.topic.attach(to: "NATO") == "NATO는")
  }
}
