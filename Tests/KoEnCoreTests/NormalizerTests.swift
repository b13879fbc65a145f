import KoEnCore
import Testing

@Suite("Normalizer")
struct NormalizerTests {
  /// 한국어 as macOS file systems store it: every syllable decomposed into conjoining jamo.
  static let macFileName = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}\u{110B}\u{1165} \u{1106}\u{116E}\u{11AB}\u{1109}\u{1165}.txt"

  @Test func composesDecomposedHangulFromMacFileNames() throws {
    let nfc = try Normalizer(.nfc)
    #expect(!nfc.isNormalized(Self.macFileName))
    #expect(nfc.normalize(Self.macFileName).sameScalars("한국어 문서.txt"))
    #expect(try Normalizer(.nfd).normalize("한국어 문서.txt").sameScalars(Self.macFileName))
    #expect(nfc.isNormalized("NATO와 EU"))
    // A syllable followed by a trailing jamo composes too (LV + T → LVT).
    #expect(nfc.normalize("가\u{11A8}").sameScalars("각"))
  }

  @Test func decomposesAndFoldsCompatibilityForms() throws {
    #expect(try Normalizer(.nfd).normalize("한").unicodeScalars.count == 3)
    #expect(try Normalizer(.nfkc).normalize("ＮＡＴＯ ﾊ").sameScalars("NATO ハ"))
    #expect(try Normalizer(.nfkcCasefold).normalize("ＮＡＴＯ").sameScalars("nato"))
  }

  /// Compatibility jamo (ㅋ, typed alone) are kept by NFC and mapped to conjoining jamo by
  /// NFKC, which then compose with each other when they form a syllable.
  @Test func compatibilityJamo() throws {
    let nfc = try Normalizer(.nfc)
    let nfkc = try Normalizer(.nfkc)
    #expect(nfc.normalize("ㅋㅋㅋ").sameScalars("ㅋㅋㅋ"))
    #expect(nfkc.normalize("ㅋ").sameScalars("\u{110F}"))
    // ㅎ ㅏ ㄴ as compatibility jamo: ㅎ and ㅏ compose to 하, but ㄴ maps to the *leading*
    // ᄂ U+1102, not to the final ᆫ, so NFKC alone cannot rebuild 한 from letters typed
    // one by one (that needs Hangul-aware repair).
    #expect(nfkc.normalize("ㅎㅏㄴ").sameScalars("하\u{1102}"))
    #expect(try Normalizer(.nfkd).normalize("ㄱ").sameScalars("\u{1100}"))
    // A compatibility final (ㄳ) maps to the leading-jamo pair when alone.
    #expect(nfkc.normalize("ㄳ").sameScalars("\u{11AA}"))
  }

  /// Halfwidth Hangul (from legacy East Asian encodings) is folded by NFKC.
  @Test func halfwidthHangul() throws {
    let nfkc = try Normalizer(.nfkc)
    #expect(try Normalizer(.nfc).isNormalized("ﾡﾢ"))
    // ﾾ ￂ ﾤ = ㅎ ㅏ ㄴ: as with compatibility jamo, the ㄴ becomes a leading ᄂ.
    #expect(nfkc.normalize("\u{FFBE}\u{FFC2}\u{FFA4}").sameScalars("하\u{1102}"))
    #expect(nfkc.normalize("\u{FFBE}\u{FFC2}").sameScalars("하"))
    #expect(nfkc.normalize("\u{FFA0}").sameScalars("\u{1160}"))  // halfwidth filler → jungseong filler
  }

  /// Full NFC rewrites the CJK compatibility ideographs Korean uses for reading variants:
  /// 樂 U+F914 (read 낙) becomes U+6A02. That is why KoEn has a Hangul-only composition.
  @Test func compatibilityIdeographsAreRewrittenByNFC() throws {
    let nfc = try Normalizer(.nfc)
    #expect(!nfc.isNormalized("\u{F914}"))
    #expect(nfc.normalize("\u{F914}").sameScalars("\u{6A02}"))
    #expect(nfc.normalize("\u{F900}").sameScalars("\u{8C48}"))  // 豈
    // Ordinary Hanja stay as they are.
    #expect(nfc.isNormalized("北韓國"))
    #expect(try Normalizer(.nfkc).isNormalized("北韓國"))
  }

  @Test(arguments: NormalizationForm.allCases)
  func emptyInput(form: NormalizationForm) throws {
    let normalizer = try Normalizer(form)
    #expect(normalizer.normalize("") == "")
    #expect(normalizer.normalize(""[...]) == "")
    #expect(normalizer.isNormalized(""))
    #expect(try normalizer.normalize(utf8: []) == [])
    #expect(try normalizer.isNormalized(utf8: []))
  }

  @Test func substringsAndByteCollections() throws {
    let nfc = try Normalizer(.nfc)
    let text = "파일: " + Self.macFileName
    let tail = text[text.firstIndex(of: " ")!...]
    #expect(nfc.normalize(tail).sameScalars(" 한국어 문서.txt"))
    #expect(!nfc.isNormalized(tail))
    // A non-contiguous collection of bytes works too.
    let bytes = ArraySlice(Self.macFileName.utf8).reversed().reversed()
    #expect(try nfc.normalize(utf8: bytes) == Array("한국어 문서.txt".utf8))
  }

  @Test func rejectsInvalidUTF8WithItsOffset() throws {
    let nfc = try Normalizer(.nfc)
    #expect(throws: InvalidUTF8Error(byteOffset: 2)) { try nfc.normalize(utf8: [0x41, 0x42, 0xFF, 0x43]) }
    #expect(throws: InvalidUTF8Error(byteOffset: 2)) { try nfc.isNormalized(utf8: [0x41, 0x42, 0xFF]) }
    // A truncated 한 (ED 95 9C) at the end, an overlong slash, a surrogate.
    #expect(throws: InvalidUTF8Error(byteOffset: 1)) { try nfc.normalize(utf8: [0x20, 0xED, 0x95]) }
    #expect(throws: InvalidUTF8Error(byteOffset: 0)) { try nfc.normalize(utf8: [0xC0, 0xAF]) }
    #expect(throws: InvalidUTF8Error(byteOffset: 3)) { try nfc.normalize(utf8: Array("가".utf8) + [0xED, 0xA0, 0x80]) }
    #expect(InvalidUTF8Error(byteOffset: 3).description == "invalid UTF-8 at byte 3")
  }

  /// One run without a normalization boundary longer than the stack buffer (512 UTF-16
  /// units, 1 KiB) moves to the heap and still normalizes as a whole.
  @Test func longCombiningRunsOutgrowTheStackBuffer() throws {
    let nfc = try Normalizer(.nfc)
    let nfd = try Normalizer(.nfd)
    let marks = String(repeating: "\u{301}", count: 3000)
    let decomposed = "a" + marks
    #expect(!nfc.isNormalized(decomposed))
    let composed = nfc.normalize(decomposed)
    #expect(composed.sameScalars("á" + String(repeating: "\u{301}", count: 2999)))
    #expect(nfc.isNormalized(composed))
    #expect(nfd.normalize(composed).sameScalars(decomposed))
    // Marks out of canonical order across the whole run are reordered as one run.
    let mixed = "x" + String(repeating: "\u{301}\u{316}", count: 1000)
    let reordered = nfd.normalize(mixed)
    #expect(reordered.sameScalars("x" + String(repeating: "\u{316}", count: 1000) + String(repeating: "\u{301}", count: 1000)))
  }

  /// NFKD of U+FDFA ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM is 18 code points: a chunk
  /// of them overflows the first output buffer, and the retry at ICU's reported length
  /// must give the full result.
  @Test func bufferOverflowIsRetried() throws {
    let nfkd = try Normalizer(.nfkd)
    let one = nfkd.normalize("\u{FDFA}")
    #expect(one.unicodeScalars.count == 18)
    let many = String(repeating: "\u{FDFA}", count: 3000)
    #expect(nfkd.normalize(many).sameScalars(String(repeating: one, count: 3000)))
    #expect(try nfkd.normalize(utf8: Array(many.utf8)) == Array(String(repeating: one, count: 3000).utf8))
  }

  @Test func boundaries() throws {
    let nfc = try Normalizer(.nfc)
    #expect(nfc.hasBoundary(before: "가"))
    #expect(!nfc.hasBoundary(before: "\u{1161}"))  // a vowel jamo composes with the L before it
    #expect(!nfc.hasBoundary(before: "\u{301}"))
    #expect(!nfc.hasBoundary(after: "\u{1100}"))  // a leading jamo waits for its vowel
    #expect(nfc.hasBoundary(after: "."))
  }

  /// Text already normalized comes back as the same string, and ASCII never reaches ICU.
  @Test func normalizedTextIsReturnedAsIs() throws {
    let english = "A South Korean government delegation will visit Belgium next week."
    for form in [NormalizationForm.nfc, .nfd, .nfkc, .nfkd] {
      let normalizer = try Normalizer(form)
      #expect(normalizer.isNormalized(english))
      #expect(normalizer.normalize(english).sameScalars(english))
    }
    #expect(try !Normalizer(.nfkcCasefold).isNormalized("NATO"))
  }
}
