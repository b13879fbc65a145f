@testable import KoEn
import Testing

/// A line that is only a person's name in romanized Korean, as bylines and signatures are.
@Suite("Romanized Korean names")
struct RomanizedKoreanNameTests {
  @Test(arguments: ["Kim Hyeonki", "Lee So-young", "Jieun Choi", "  • Lee Kyung-sik", "By Maru Kim", "Park Kyung-Eun,", "Se-Woong Koo"])
  func names(_ text: String) {
    #expect(RomanizedKoreanName.isName(SourceLine.split(Array(text.utf8))[0]), "\(text)")
  }

  @Test(arguments: [
    "Kim", "Seoul Metropolitan Council", "Greetings from the Chief", "Kim Jong-un said on Monday", "Open Mayor's Office",
    "KIM HYEONKI", "Kim-", "Jack Smith", "Park 2",
  ])
  func notNames(_ text: String) {
    #expect(!RomanizedKoreanName.isName(SourceLine.split(Array(text.utf8))[0]), "\(text)")
  }
}
