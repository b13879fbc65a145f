import KoEnCore
import Testing

@Suite("Normalizer")
struct NormalizerTests {
  @Test func composesDecomposedHangul() throws {
    let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"  // 한국 as a macOS file name stores it
    let nfc = try Normalizer(.nfc)
    #expect(!nfc.isNormalized(nfd))
    #expect(nfc.normalize(nfd) == "한국")
    #expect(nfc.isNormalized("NATO와 EU"))
  }

  @Test func decomposesAndFoldsCompatibilityForms() throws {
    #expect(try Normalizer(.nfd).normalize("한").unicodeScalars.count == 3)
    #expect(try Normalizer(.nfkc).normalize("ＮＡＴＯ ﾊ") == "NATO ハ")
    #expect(try Normalizer(.nfkcCasefold).normalize("ＮＡＴＯ") == "nato")
  }

  @Test func rejectsInvalidUTF8WithItsOffset() throws {
    #expect(throws: InvalidUTF8Error(byteOffset: 2)) {
      try Normalizer(.nfc).normalize(utf8: [0x41, 0x42, 0xFF, 0x43])
    }
  }
}
