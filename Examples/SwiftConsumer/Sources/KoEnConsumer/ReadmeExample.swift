import KoEn

/// README.md's library example ("As a library"), run as a package that depends on KoEn
/// would run it.
func checkReadmeExample(_ e: inout Expectations) throws {
  let text = "NATO는 3,000명의 [北, 러시아 파병] 관련 정보를 공유했다."
  let segments = Array(Segmenter(text))
  for segment in segments.prefix(3) { print("      ", segment.range, segment.language, segment.script) }
  e.expect(segments.first?.range == 0..<4 && segments.first?.language == .en, "the first segment is NATO, English",
           got: "\(String(describing: segments.first))")
  e.expect(segments.last?.range.upperBound == text.utf8.count, "the segments cover the text")

  let page = """
    South Korean delegation to brief NATO, EU officials on North's troop deployment

    A South Korean government delegation will visit Belgium next week to share information \
    with NATO and European Union officials, Seoul's spy agency said Friday.

    이 기사에 대해 어떻게 생각하시나요?

    """
  let analysis = DocumentAnalyzer().analyze(page, fileName: "capture.txt")
  let kept = analysis.lines.filter { $0.role == .content }
  e.expect(kept.map(\.number) == [1, 3], "the page's content is lines 1 and 3", got: "\(kept.map(\.number))")
  e.expect(analysis.lines[4].role == .chrome, "the survey prompt is chrome", got: "\(analysis.lines[4].role)")

  let romanized = Romanizer(options: .properNoun).romanize("신라")
  e.expect(romanized == "Silla", "신라 romanizes as Silla", got: romanized)
  let macFileName = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"
  let composed = try Normalizer(.nfc).normalize(macFileName)
  e.expect(composed == "한국", "NFD Hangul composes", got: composed)
  let attached = Josa.topic.attach(to: "NATO")
  e.expect(attached == "NATO는", "the topic particle after NATO is 는", got: attached)
}
