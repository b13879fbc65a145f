import KoEnCore
import Testing

/// Lines from two real captures of the kind KoEn exists for (an English article with
/// Korean portal chrome around it, and an English translation with an untranslated Korean
/// section tag), copied here so the tests depend on nothing outside the repository.
@Suite("Korean and mixed lines from real captures")
struct KoreanSeedLineTests {
  static let lines = [
    "2024. 10. 25. 18:47",
    "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
    "이 글자크기로 변경됩니다.",
    "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요.",
    "Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지.",
    "이 기사에 대해 어떻게 생각하시나요?",
    "[北, 러시아 파병]",
    "to share information about North Korea‘s deployment of troops to Russia. Amid speculation that the deployment of the ‘Storm Corps’",
    "Seoul's delegation, led by Hong Jang-won, the first deputy director of the National Intelligence Service (NIS)",
  ]

  @Test func linesAreNFCAndSurviveNFDRoundTrips() throws {
    let nfc = try Normalizer(.nfc)
    let nfd = try Normalizer(.nfd)
    for line in Self.lines {
      #expect(nfc.isNormalized(line), "\(line)")
      let decomposed = nfd.normalize(line)
      #expect(nfc.normalize(decomposed).sameScalars(line), "\(line)")
      // Every Hangul word of the decomposed line is found as decomposed Hangul, and only those.
      let found = DecomposedHangul.ranges(in: decomposed)
      let hangulRuns = ScriptRuns(decomposed).filter { $0.script == .hangul }.count
      #expect(found.isEmpty == (hangulRuns == 0), "\(line)")
      let bytes = Array(decomposed.utf8)
      for range in found {
        let piece = String(decoding: bytes[range], as: UTF8.self)
        #expect(piece.unicodeScalars.allSatisfy { HangulForm($0)?.isConjoiningJamo == true }, "\(piece)")
      }
      #expect(!DecomposedHangul.contains(in: line))
    }
  }

  @Test func hanjaInTheSectionTagIsKeptByNFKCAndItsOwnRun() throws {
    let tag = "[北, 러시아 파병]"
    #expect(try Normalizer(.nfkc).isNormalized(tag))
    let runs = ScriptRuns(tag)
    #expect(runs.map(\.script) == [.han, .hangul, .han])
    #expect(UnicodeProperties.isIdeographic("北"))
  }

  @Test func scriptRunsOfChromeLines() {
    let line = "Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지."
    let runs = ScriptRuns(line)
    #expect(runs.map(\.script) == [.latin, .hangul])
    #expect(runs[0].range == 0..<13)  // "Copyright © " (© is Common, joins the Latin run)
    #expect(ScriptRuns("2024. 10. 25. 18:47").map(\.script) == [.common])
  }

  @Test func wordsOfAChromeLine() throws {
    let line = "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다."
    let bytes = Array(line.utf8)
    let boundaries = try TextBreaks(.word).boundaries(in: line)
    var words: [String] = []
    for (start, end) in zip(boundaries, boundaries.dropFirst()) where WordBreakStatus.letter ~= end.status {
      words.append(String(decoding: bytes[start.offset..<end.offset], as: UTF8.self))
    }
    #expect(words == ["글자크기", "설정", "파란원을", "좌우로", "움직이시면", "글자크기가", "변경", "됩니다"])
  }

  /// The capture uses U+2018 as an apostrophe ("Korea‘s"): NFC and NFKC leave it alone,
  /// and it is MidNumLet for UAX #29, so the word stays whole.
  @Test func curlyQuotesAreUntouchedAndKeepWordsWhole() throws {
    let line = Self.lines[7]
    #expect(try Normalizer(.nfc).isNormalized(line))
    #expect(try Normalizer(.nfkc).isNormalized(line))  // ‘ ’ have no compatibility mapping
    let words = try TextBreaks(.word).boundaries(in: "Korea‘s").map(\.offset)
    #expect(words == [0, 9])
    #expect(UnicodeProperties.wordBreak(of: "‘") == .midNumLet)
  }

  @Test func romanizesChromeWithICU() throws {
    let t = try Transliterator(id: "Hangul-Latin")
    #expect(t.transliterate("무단전재 및 재배포 금지").sameScalars("mudanjeonjae mich jaebaepo geumji"))
  }
}
