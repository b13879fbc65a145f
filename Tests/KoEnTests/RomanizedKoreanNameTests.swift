@testable import KoEn
import Testing

/// A line that is only a person's name in romanized Korean, as bylines and signatures are.
@Suite("Romanized Korean names")
struct RomanizedKoreanNameTests {
  static func isName(_ text: String) -> Bool {
    guard let line = SourceLine.split(Array(text.utf8)).first else { return false }
    return RomanizedKoreanName.isName(line)
  }

  @Test(arguments: ["Kim Hyeonki", "Lee So-young", "Jieun Choi", "  • Lee Kyung-sik", "By Maru Kim", "Park Kyung-Eun,", "Se-Woong Koo"])
  func names(_ text: String) {
    #expect(Self.isName(text), "\(text)")
  }

  @Test(arguments: [
    "Kim", "Seoul Metropolitan Council", "Greetings from the Chief", "Kim Jong-un said on Monday", "Open Mayor's Office",
    "KIM HYEONKI", "Kim-", "Jack Smith", "Park 2",
  ])
  func notNames(_ text: String) {
    #expect(!Self.isName(text), "\(text)")
  }
}
