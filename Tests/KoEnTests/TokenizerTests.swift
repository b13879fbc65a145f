import Foundation
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

extension ProbeTests {
  @Test func corpusProbe() throws {
    let differential = try WordBreakDifferential()
    let fm = FileManager.default
    let dir = "/work/shared/dev-corpus"
    var counts: [String: Int] = [:]
    var agree = 0, total = 0
    for name in try fm.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".txt") {
      let bytes = try readBytes(dir + "/" + name)
      let r = differential.compare(bytes)
      agree += r.agreeing; total += r.icuBoundaries.count
      for d in r.differences { counts[d.reason?.rawValue ?? "UNEXPLAINED", default: 0] += 1
        if d.reason == nil { print(name, d) } }
    }
    print("corpus agree \(agree)/\(total)", counts)
  }
}

extension ProbeTests {
  @Test func samples() throws {
    let icu = try TextBreaks(.word)
    for s in ["NATO에 3,000명 K-pop 北한 [北, 러시아 파병] 韓國語를", "yea@donga.com https://x.com/a?b=1). www.daum.net", "日本語です。中华人民共和国 ภาษาไทย", "ＮＡＴＯ와 ㅋㅋㅋ 한국", "a:b 10:30 can't 3.5%"] {
      let b = Array(s.utf8)
      print(Tokenizer(s).map { "\(String(decoding: b[$0.range], as: UTF8.self))/\($0.kind)/\($0.script)/\($0.language)" }.joined(separator: " "))
      let offs = icu.boundaries(in: s).map(\.offset)
      print("ICU:", zip(offs, offs.dropFirst()).map { String(decoding: b[$0.0..<$0.1], as: UTF8.self) }.joined(separator: "|"))
    }
  }
}
