@testable import KoEn
import Testing

/// An acronym with its definition is a term a Korean text keeps in English, not English it
/// left untranslated; anything else in parentheses still is.
@Suite("Acronyms with their definitions")
struct AcronymDefinitionTests {
  @Test(arguments: [
    ("MITM", "Man In The Middle Attack"), ("JWT", "JSON Web Token"), ("XXE", "XML external entity attack"),
    ("CI", "continuous integration"), ("HTTPS", "Hypertext Transfer Protocol Secure"), ("UI", "user interface"),
  ])
  func definitions(short: String, long: String) {
    #expect(AcronymDefinition.matches(short: short, long: long.split(separator: " ").map(String.init)))
  }

  @Test(arguments: [
    ("API", "Interface"), ("JWT", "a token for the web"), ("CI", "the build runs on every commit"),
    ("MITM", "Man Middle"), ("DB", "Everything about the data base"),
  ])
  func notDefinitions(short: String, long: String) {
    #expect(!AcronymDefinition.matches(short: short, long: long.split(separator: " ").map(String.init)))
  }

  @Test func inAKoreanDocument() {
    let text = """
      # 보안

      MITM (Man In The Middle Attack)을 방지하기 위해 HTTPS 를 사용해라.
      `XXE` (XML external entity attack) 를 피하기 위해 엔티티 파싱을 비활성화 해라.
      JSON Web Token (JWT) 으로 인증한다.
      인증 서버는 (the server that signs tokens) 토큰을 서명한다.

      """
    let lines = DocumentAnalyzer().analyze(text, format: .markdown).lines
    #expect(lines[2].fragments.isEmpty && lines[3].fragments.isEmpty && lines[4].fragments.isEmpty)
    #expect(lines[5].fragments.map(\.text) == ["the server that signs tokens"])
  }
}
