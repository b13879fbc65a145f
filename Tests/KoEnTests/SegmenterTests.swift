import KoEn
import Testing
import TestSupport

/// A line and the segments a reader expects for it.
struct ExpectedLine: CustomStringConvertible, Sendable {
  var line: String
  var segments: [(String, Language)]
  var description: String { line }
}

@Suite("Segmenter")
struct SegmenterTests {
  /// Every line of the two seeds that holds Korean, and lines gathered to cover the rules.
  static let table: [ExpectedLine] = [
    // Seeds/daum-nato-delegation.txt
    ExpectedLine(line: "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.", segments: [
      ("글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.", .ko)]),
    ExpectedLine(line: "이 글자크기로 변경됩니다.", segments: [("이 글자크기로 변경됩니다.", .ko)]),
    ExpectedLine(
      line: "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요. 다음뉴스는 국내외 주요이슈와 실시간 속보, 문화생활 및 다양한 분야의 뉴스를 입체적으로 전달하고 있습니다.",
      segments: [(
        "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요. 다음뉴스는 국내외 주요이슈와 실시간 속보, 문화생활 및 다양한 분야의 뉴스를 입체적으로 전달하고 있습니다.",
        .ko)]),
    ExpectedLine(line: "Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지.", segments: [
      ("Copyright © ", .en), ("코리아중앙데일리. 무단전재 및 재배포 금지.", .ko)]),
    ExpectedLine(line: "이 기사에 대해 어떻게 생각하시나요?", segments: [("이 기사에 대해 어떻게 생각하시나요?", .ko)]),
    // Seeds/donga-nato-delegation.txt
    ExpectedLine(line: "[北, 러시아 파병]", segments: [("[北, 러시아 파병]", .ko)]),
    // Gathered: the rules at language boundaries.
    ExpectedLine(line: "NATO에 가입한 한국", segments: [("NATO", .en), ("에 가입한 한국", .ko)]),
    ExpectedLine(line: "북한은 약 3,000명을 파병했다.", segments: [("북한은 약 3,000명을 파병했다.", .ko)]),
    ExpectedLine(line: "North Korea sent about 3,000명", segments: [
      ("North Korea sent about ", .en), ("3,000명", .ko)]),
    ExpectedLine(line: "NATO (북대서양조약기구) headquarters", segments: [
      ("NATO ", .en), ("(북대서양조약기구) ", .ko), ("headquarters", .en)]),
    ExpectedLine(line: "He said “안녕하세요” and left.", segments: [
      ("He said ", .en), ("“안녕하세요” ", .ko), ("and left.", .en)]),
    ExpectedLine(line: "the ‘폭풍군단’, which", segments: [
      ("the ", .en), ("‘폭풍군단’, ", .ko), ("which", .en)]),
    ExpectedLine(line: "K-pop 팬들이 BTS를 응원했다", segments: [
      ("K-pop ", .en), ("팬들이 ", .ko), ("BTS", .en), ("를 응원했다", .ko)]),
    ExpectedLine(line: "韓國語를 배우는 학생", segments: [("韓國語를 배우는 학생", .ko)]),
    ExpectedLine(line: "北 미사일 발사", segments: [("北 미사일 발사", .ko)]),
    ExpectedLine(line: "ＮＡＴＯ와 회의", segments: [("ＮＡＴＯ", .en), ("와 회의", .ko)]),
    ExpectedLine(line: "ㅋㅋㅋ 진짜 funny", segments: [("ㅋㅋㅋ 진짜 ", .ko), ("funny", .en)]),
    ExpectedLine(line: "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} text", segments: [
      ("\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} ", .ko), ("text", .en)]),
    ExpectedLine(line: "ﾡﾤﾷ and more", segments: [("ﾡﾤﾷ ", .ko), ("and more", .en)]),
    ExpectedLine(line: "Привет мир and hello", segments: [("Привет мир ", .und), ("and hello", .en)]),
    ExpectedLine(line: "日本語のテキストと한국어", segments: [("日本語のテキストと", .ja), ("한국어", .ko)]),
    ExpectedLine(line: "中华人民共和国 and China", segments: [("中华人民共和国 ", .zh), ("and China", .en)]),
    ExpectedLine(line: "2024. 10. 25. 18:47", segments: [("2024. 10. 25. 18:47", .zxx)]),
    ExpectedLine(line: "Reporter Ko Do-ye yea@donga.com", segments: [("Reporter Ko Do-ye yea@donga.com", .en)]),
    ExpectedLine(line: "기사 보기: https://v.daum.net/v/2024", segments: [("기사 보기: https://v.daum.net/v/2024", .ko)]),
    ExpectedLine(line: "NATO,한국", segments: [("NATO,", .en), ("한국", .ko)]),
    ExpectedLine(line: "", segments: []),
    ExpectedLine(line: "   ", segments: [("   ", .zxx)]),
  ]

  @Test(arguments: table)
  func segmentsAsAReaderWould(_ expected: ExpectedLine) {
    let found = segmentPairs(expected.line)
    let wanted = expected.segments.map { Pair($0.0, $0.1) }
    #expect(found == wanted)
  }

  @Test func seedLinesInTheirDocuments() throws {
    // Segmenting the whole file gives the same runs for the Korean lines as the table.
    let path = RepositoryPaths.corpora + "/Seeds/donga-nato-delegation.txt"
    let text = try readFile(path)
    let pairs = segmentPairs(text)
    #expect(pairs.contains(Pair("[北, 러시아 파병]\n\n", .ko)))
    #expect(pairs.first?.language == .en)
    let daum = segmentPairs(try readFile(RepositoryPaths.corpora + "/Seeds/daum-nato-delegation.txt"))
    #expect(daum.map(\.language) == [.en, .zxx, .ko, .en, .ko])
    #expect(daum[1].text == "2024. 10. 25. 18:47\n")
  }

  @Test func scriptsOfSegments() {
    let segments = Array(Segmenter("北 미사일 NATO 北京 Привет 日本語です 123"))
    #expect(segments.map(\.script.code) == ["Hang", "Latn", "Hani", "Cyrl", "Jpan"])
    #expect(Array(Segmenter("北京")).map(\.script.code) == ["Hani"])
    #expect(Array(Segmenter("...")).map(\.script.code) == ["Zyyy"])
  }

  @Test func runsJoinAcrossLinesOfOneLanguage() {
    let pairs = segmentPairs("First line.\nSecond line.\n\n한국어 줄\n둘째 줄\n")
    #expect(pairs == [Pair("First line.\nSecond line.\n\n", .en), Pair("한국어 줄\n둘째 줄\n", .ko)])
  }

  @Test func invalidBytesAreNeutral() {
    let bytes: [UInt8] = Array("한국".utf8) + [0xFF] + Array("어".utf8)
    let segments = Array(Segmenter(utf8: bytes))
    #expect(segments.map(\.language) == [.ko])
    #expect(segments.map(\.range) == [0..<bytes.count])
  }
}

@Suite("Line profiles")
struct LineProfileTests {
  @Test func lettersAndLanguagePerLine() {
    let lines = Array(LineProfiler("Copyright © 코리아중앙데일리.\r\nHot news now\n\n2024. 10. 25.\n北 미사일"))
    #expect(lines.map(\.language) == [.mixed, .en, .none, .none, .ko])
    #expect(lines[0].letters.ko == 8 && lines[0].letters.en == 9)
    #expect(lines[0].lineBreakLength == 2)
    #expect(lines[4].letters.ko == 4, "Hanja in Korean context counts as Korean")
    #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
    #expect(lines.last?.lineBreakLength == 0)
  }

  @Test func decomposedHangulCountsOncePerSyllable() {
    let line = Array(LineProfiler("\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"))
    #expect(line.first?.letters.ko == 2)
  }

  @Test func otherLanguagesAreCountedButDoNotMakeALanguage() {
    let line = Array(LineProfiler("日です Привет"))[0]
    #expect(line.language == .none)
    #expect(line.letters.ja == 3 && line.letters.und == 6)
  }

  @Test func dominantLanguageByLetterMass() throws {
    let daum = DocumentProfile(try readFile(RepositoryPaths.corpora + "/Seeds/daum-nato-delegation.txt"))
    #expect(daum.dominant == .en)
    #expect(daum.letters.ko > 0)
    #expect(daum.lines.count == 34)
    #expect(DocumentProfile("한국어 문서 NATO").dominant == .ko)
    #expect(DocumentProfile("123 ...").dominant == .zxx)
    #expect(DocumentProfile("").lines.isEmpty)
  }
}

@Suite("Documentation examples")
struct DocumentationExampleTests {
  @Test func segmentExample() {
    let segments = Array(Segmenter("[北, 러시아 파병] NATO meeting"))
    #expect(segments.map(\.range) == [0..<24, 24..<36])
    #expect(segments.map(\.script.code) == ["Hang", "Latn"])
  }

  @Test func tokenExample() {
    let tokens = Array(Tokenizer("NATO에 3,000명"))
    #expect(tokens.map(\.range) == [0..<4, 4..<7, 7..<8, 8..<13, 13..<16])
    #expect(tokens.map(\.language) == [.en, .ko, .zxx, .zxx, .ko])
  }

  @Test func lineProfileExample() {
    let lines = Array(LineProfiler("Copyright © 코리아중앙데일리.\nHot news now"))
    #expect(lines.map(\.language) == [.mixed, .en])
    #expect(lines.map(\.letters.ko) == [8, 0])
    #expect(lines.map(\.letters.en) == [9, 10])
  }
}
