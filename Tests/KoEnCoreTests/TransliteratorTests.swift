import KoEnCore
import Testing

@Suite("Transliterator")
struct TransliteratorTests {
  @Test func hangulLatinIsLetterByLetter() throws {
    #expect(try Transliterator(id: "Hangul-Latin").transliterate("북한") == "bughan")
  }

  @Test func unknownIDNamesTheID() {
    do {
      _ = try Transliterator(id: "Klingon-Latin")
      Issue.record("an unknown ID was accepted")
    } catch {
      #expect(error.id == "Klingon-Latin")
      #expect(error.description.contains("Klingon-Latin"))
    }
  }
}
