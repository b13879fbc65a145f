import Foundation
import KoEn
import Testing

/// Pins the analysis of the two seed documents line by line: the English article with
/// Korean portal chrome (Daum capture) and the English translation with an untranslated
/// Korean section tag and English site chrome.
@Suite("Analysis of the seed documents, line by line")
struct AnalysisSeedTests {
  struct Expected: Sendable {
    var line: Int
    var lang: LineLanguage
    var role: LineRole
    var fragments: [String]
    init(_ line: Int, _ lang: LineLanguage, _ role: LineRole, _ fragments: [String]) {
      self.line = line
      self.lang = lang
      self.role = role
      self.fragments = fragments
    }
  }

  static let seed000: [Expected] = [
    Expected(1, .en, .content, []),
    Expected(2, .none, .blank, []),
    Expected(3, .none, .content, []),
    Expected(4, .ko, .chrome, ["글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다"]),
    Expected(5, .none, .blank, []),
    Expected(6, .ko, .chrome, ["이 글자크기로 변경됩니다"]),
    Expected(7, .none, .blank, []),
    Expected(8, .ko, .chrome, ["예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요. 다음뉴스는 국내외 주요이슈와 실시간 속보, 문화생활 및 다양한 분야의 뉴스를 입체적으로 전달하고 있습니다"]),
    Expected(9, .none, .blank, []),
    Expected(10, .en, .content, []),
    Expected(11, .en, .content, []),
    Expected(12, .none, .blank, []),
    Expected(13, .en, .content, []),
    Expected(14, .none, .blank, []),
    Expected(15, .en, .content, []),
    Expected(16, .none, .blank, []),
    Expected(17, .en, .content, []),
    Expected(18, .none, .blank, []),
    Expected(19, .en, .content, []),
    Expected(20, .none, .blank, []),
    Expected(21, .en, .content, []),
    Expected(22, .none, .blank, []),
    Expected(23, .en, .content, []),
    Expected(24, .none, .blank, []),
    Expected(25, .en, .content, []),
    Expected(26, .none, .blank, []),
    Expected(27, .en, .content, []),
    Expected(28, .none, .blank, []),
    Expected(29, .en, .content, []),
    Expected(30, .none, .blank, []),
    Expected(31, .none, .blank, []),
    Expected(32, .mixed, .chrome, ["코리아중앙데일리. 무단전재 및 재배포 금지"]),
    Expected(33, .none, .blank, []),
    Expected(34, .ko, .chrome, ["이 기사에 대해 어떻게 생각하시나요"]),
  ]
  static let seed001: [Expected] = [
    Expected(1, .en, .content, []),
    Expected(2, .none, .blank, []),
    Expected(3, .en, .content, []),
    Expected(4, .none, .blank, []),
    Expected(5, .ko, .untranslated, ["北, 러시아 파병"]),
    Expected(6, .none, .blank, []),
    Expected(7, .en, .content, []),
    Expected(8, .en, .content, []),
    Expected(9, .en, .content, []),
    Expected(10, .none, .blank, []),
    Expected(11, .en, .content, []),
    Expected(12, .none, .blank, []),
    Expected(13, .en, .content, []),
    Expected(14, .none, .blank, []),
    Expected(15, .en, .content, []),
    Expected(16, .none, .blank, []),
    Expected(17, .en, .content, []),
    Expected(18, .none, .blank, []),
    Expected(19, .en, .content, []),
    Expected(20, .none, .blank, []),
    Expected(21, .en, .content, []),
    Expected(22, .none, .blank, []),
    Expected(23, .en, .content, []),
    Expected(24, .none, .blank, []),
    Expected(25, .en, .chrome, []),
    Expected(26, .none, .blank, []),
    Expected(27, .en, .chrome, []),
    Expected(28, .none, .blank, []),
    Expected(29, .en, .chrome, []),
    Expected(30, .none, .blank, []),
    Expected(31, .en, .chrome, []),
  ]

  func check(_ name: String, _ expected: [Expected]) throws {
    let text = try String(contentsOfFile: AnalysisCorpus.folder + "/" + name + ".txt", encoding: .utf8)
    let analysis = DocumentAnalyzer().analyze(text, format: .plainText)
    #expect(analysis.dominant == .en)
    #expect(analysis.lines.count == expected.count)
    for (line, e) in zip(analysis.lines, expected) {
      #expect(line.number == e.line)
      #expect(line.language == e.lang, "\(name):\(e.line) language")
      #expect(line.role == e.role, "\(name):\(e.line) role")
      #expect(line.fragments.map(\.text) == e.fragments, "\(name):\(e.line) fragments")
      for f in line.fragments { #expect(f.language == .ko) }
    }
  }

  @Test func seed000PortalChrome() throws { try check("seed-000", Self.seed000) }

  @Test func seed001UntranslatedTagAndEnglishChrome() throws { try check("seed-001", Self.seed001) }

  @Test func seed000FragmentPositions() throws {
    let text = try String(contentsOfFile: AnalysisCorpus.folder + "/seed-000.txt", encoding: .utf8)
    let analysis = DocumentAnalyzer().analyze(text, format: .plainText)
    let bytes = Array(text.utf8)
    let copyright = analysis.lines[31]
    #expect(copyright.fragments.count == 1)
    let f = copyright.fragments[0]
    #expect(f.line == 32)
    #expect(f.column == 13)  // "Copyright © " is 12 scalars
    #expect(String(decoding: bytes[f.range], as: UTF8.self) == f.text)
    #expect(copyright.range.lowerBound < f.range.lowerBound && f.range.upperBound <= copyright.range.upperBound)
  }
}
