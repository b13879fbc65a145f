import KoEnCore
import Testing

@Suite("ScriptRuns")
struct ScriptRunsTests {
  /// The runs as "code:text" pairs, for readable expectations.
  func describe(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return ScriptRuns(text).map { "\($0.script.code):\(String(decoding: bytes[$0.range], as: UTF8.self))" }
  }

  @Test func commonJoinsTheRunItIsIn() {
    #expect(describe("NATO와 EU") == ["Latn:NATO", "Hang:와 ", "Latn:EU"])
    #expect(describe("2024. 10. 25. 18:47") == ["Zyyy:2024. 10. 25. 18:47"])
    // Leading Common characters take the first specific script after them.
    #expect(describe("(예시) 가장 빠른 뉴스") == ["Hang:(예시) 가장 빠른 뉴스"])
    #expect(describe("32 NATO member countries") == ["Latn:32 NATO member countries"])
  }

  @Test func inheritedJoinsThePrecedingRun() {
    // A combining acute after Hangul stays in the Hangul run; after Latin, in the Latin run.
    #expect(describe("가\u{301}e\u{301}") == ["Hang:가\u{301}", "Latn:e\u{301}"])
    // Decomposed Hangul: conjoining jamo are Hangul script themselves.
    #expect(describe("\u{1112}\u{1161}\u{11AB}") == ["Hang:\u{1112}\u{1161}\u{11AB}"])
  }

  /// The untranslated section tag from a real capture: the closing bracket goes with the
  /// script of the run its opening bracket was in.
  @Test func pairedBracketsFollowTheirOpeningBracket() {
    #expect(describe("[北, 러시아 파병]") == ["Hani:[北, ", "Hang:러시아 파병", "Hani:]"])
    #expect(describe("delegation (headed by 홍장원)") == ["Latn:delegation (headed by ", "Hang:홍장원", "Latn:)"])
    #expect(describe("「韓國」 사람") == ["Hani:「韓國」 ", "Hang:사람"])
    // An unmatched closing bracket is ordinary Common.
    #expect(describe("한국) NATO") == ["Hang:한국) ", "Latn:NATO"])
  }

  @Test func documentedExample() {
    let runs = ScriptRuns("NATO와 EU (北, 러시아)")
    // The "(" joins the Latin run it follows, so the ")" goes back to Latin.
    #expect(runs.map(\.script.code) == ["Latn", "Hang", "Latn", "Hani", "Hang", "Latn"])
    #expect(runs.map(\.range) == [0..<4, 4..<8, 8..<12, 12..<17, 17..<26, 26..<27])
  }

  @Test func hanjaAndHangulAreSeparateScripts() {
    #expect(describe("韓國 사람") == ["Hani:韓國 ", "Hang:사람"])
    #expect(describe("樂園") == ["Hani:樂園"])  // U+F914, a compatibility ideograph, is Han
  }

  @Test func runsTileTheInput() {
    let texts = [
      "", " ", "Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지.",
      "North Korea‘s deployment of the ‘Storm Corps’", "ㅋㅋㅋ ﾡﾢ 😀👍🏽 日本語のテキスト",
    ]
    for text in texts {
      let runs = ScriptRuns(text)
      var position = 0
      for run in runs {
        #expect(run.range.lowerBound == position)
        #expect(!run.range.isEmpty)
        #expect(run.script != .inherited)
        position = run.range.upperBound
      }
      #expect(position == text.utf8.count)
    }
    #expect(ScriptRuns("").isEmpty)
  }

  @Test func invalidBytesAreUnknownAndCovered() {
    let bytes: [UInt8] = Array("한".utf8) + [0xFF, 0xC0] + Array("ab".utf8)
    let runs = ScriptRuns(utf8: bytes)
    #expect(runs.map(\.script) == [.hangul, .unknown, .latin])
    #expect(runs.map(\.range) == [0..<3, 3..<5, 5..<7])
    #expect(ScriptRuns(utf8: [UInt8]()).isEmpty)
  }

  @Test func bytesAndStringsAgree() {
    let text = "Soldiers [SCREEN CAPTURE] 글자크기 설정 (NIS)"
    #expect(ScriptRuns(text).runs == ScriptRuns(utf8: Array(text.utf8)).runs)
  }
}

@Suite("Script")
struct ScriptTests {
  @Test func scriptsOfKoreanText() {
    #expect(Script(of: "한") == .hangul)
    #expect(Script(of: "\u{1100}") == .hangul)
    #expect(Script(of: "ㅋ") == .hangul)
    #expect(Script(of: "\u{FFA1}") == .hangul)
    #expect(Script(of: "北") == .han)
    #expect(Script(of: "\u{F914}") == .han)
    #expect(Script(of: "a") == .latin)
    #expect(Script(of: "1") == .common)
    #expect(Script(of: "\u{301}") == .inherited)
    #expect(Script(of: "\u{50005}") == .unknown)
    #expect(Script.hangul.code == "Hang")
    #expect(Script.hangul.name == "Hangul")
    #expect(Script.common.code == "Zyyy")
    #expect(Script(code: "Hang") == .hangul)
    #expect(Script(code: "Hangul") == .hangul)
    #expect(Script(code: "Nope") == nil)
  }

  @Test func extensions() {
    // U+3001 IDEOGRAPHIC COMMA is Common but used with Hangul, Han and others.
    let comma = Script.extensions(of: "\u{3001}")
    #expect(comma.contains(.hangul))
    #expect(comma.contains(.han))
    #expect(Script.extensions(of: "a") == [.latin])
  }

  @Test func asciiFastPathAgreesWithICU() {
    for value in UInt32(0)..<0x80 {
      let scalar = Unicode.Scalar(value)!
      let expected: Script = scalar.properties.isAlphabetic ? .latin : .common
      #expect(Script(of: scalar) == expected, "U+\(String(value, radix: 16))")
    }
  }
}
