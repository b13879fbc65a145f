import KoEn
import Testing

/// The texts of the tokens of `text`, in order.
func tokenTexts(_ text: String) -> [String] {
  let bytes = Array(text.utf8)
  return Tokenizer(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite("Tokenizer")
struct TokenizerTests {
  @Test func splitsLatinFromHangul() {
    #expect(tokenTexts("NATO에 가입") == ["NATO", "에", " ", "가입"])
  }
}

@Suite("Probe")
struct ProbeTests {
  @Test func wordBreakTestProbe() throws {
    let differential = try WordBreakDifferential()
    var agree = 0, total = 0, icuVsFile = 0, oursVsFile = 0
    var unexplained = 0
    for testCase in try WordBreakTestCase.load() {
      let r = differential.compare(testCase.bytes)
      total += r.icuBoundaries.count
      agree += r.agreeing
      if r.icuBoundaries != testCase.expected { icuVsFile += 1 }
      if r.koenBoundaries != testCase.expected { oursVsFile += 1 }
      for d in r.unexplained {
        unexplained += 1
        if unexplained < 40 { print("line \(testCase.line): \(d) \(testCase.bytes.count)") }
      }
    }
    print("agree \(agree)/\(total) icuVsFile \(icuVsFile) oursVsFile \(oursVsFile) unexplained \(unexplained)")
  }
}
