import Testing

@testable import KoEnCore

/// The UTF-16 API (`normalize(utf16:)`, `isNormalized(utf16:)`) and the per-code-point
/// table the UTF-8 path reads instead of calling ICU for every scalar.
@Suite("Normalizer UTF-16 API and boundary table")
struct NormalizerUTF16Tests {
  @Test func composesAndDecomposesKorean() throws {
    let nfc = try Normalizer(.nfc)
    let nfd = try Normalizer(.nfd)
    let jamo: [UInt16] = [0x1112, 0x1161, 0x11AB, 0x0020, 0x1100, 0x1173, 0x11AF]  // 한 글 as jamo
    #expect(nfc.normalize(utf16: jamo) == Array("한 글".utf16))
    #expect(nfd.normalize(utf16: Array("한 글".utf16)) == jamo)
    #expect(nfc.isNormalized(utf16: Array("NATO와 EU".utf16)))
    #expect(!nfc.isNormalized(utf16: jamo))
    #expect(nfd.isNormalized(utf16: jamo))
    #expect(nfc.normalize(utf16: [UInt16]()) == [])
    #expect(nfc.isNormalized(utf16: [UInt16]()))
  }

  @Test func nonContiguousCollectionsAreCopied() throws {
    let nfc = try Normalizer(.nfc)
    let jamo: [UInt16] = [0x1112, 0x1161, 0x11AB]
    #expect(nfc.normalize(utf16: jamo.lazy.map { $0 }) == [0xD55C])
    #expect(nfc.normalize(utf16: "e\u{301}".utf16) == [0x00E9])
    #expect(!nfc.isNormalized(utf16: jamo.lazy.map { $0 }))
  }

  @Test func growthBeyondTheFirstGuessIsRetried() throws {
    // U+FDFA folds to 18 code points under NFKC: far more than the first guess.
    let nfkc = try Normalizer(.nfkc)
    let input = [UInt16](repeating: 0xFDFA, count: 1000)
    let result = nfkc.normalize(utf16: input)
    #expect(result.count == 18_000)
    #expect(result == Array(nfkc.normalize(String(repeating: "\u{FDFA}", count: 1000)).utf16))
  }

  @Test func unpairedSurrogatesPassThrough() throws {
    for form in NormalizationForm.allCases {
      let normalizer = try Normalizer(form)
      let units: [UInt16] = [0x0061, 0xD800, 0x0062, 0xDC00]
      #expect(normalizer.normalize(utf16: units) == units, "\(form)")
    }
  }

  @Test(arguments: NormalizationForm.allCases)
  func longMisorderedMarkRunsMatchTheUTF8Path(form: NormalizationForm) throws {
    let normalizer = try Normalizer(form)
    // Korean text around a base with 3,000 marks of descending class (220, 230 alternating
    // with 202), which the UTF-16 path must sort itself.
    var text = String(repeating: "한국어 text ", count: 40) + "a"
    for index in 0..<3_000 { text.unicodeScalars.append(index % 2 == 0 ? "\u{301}" : "\u{327}") }
    text += String(repeating: " 끝", count: 40)
    let units = Array(text.utf16)
    #expect(normalizer.hasLongNonStarterRun(units.withUnsafeBufferPointer { $0 }) == true)
    let expected = Array(normalizer.normalize(text).utf16)
    #expect(normalizer.normalize(utf16: units) == expected)
    #expect(normalizer.isNormalized(utf16: units) == (expected == units))
    #expect(normalizer.isNormalized(utf16: expected))
  }

  @Test func ordinaryTextHasNoLongNonStarterRun() throws {
    let nfc = try Normalizer(.nfc)
    let text = String(repeating: "북한군 파병에 대해 NATO와 EU 관계자들에게 설명할 예정이다. 韓國 Crème brûlée ", count: 20)
    let units = Array(text.utf16)
    #expect(units.withUnsafeBufferPointer { nfc.hasLongNonStarterRun($0) } == false)
    let decomposed = Array(try Normalizer(.nfd).normalize(text).utf16)
    #expect(decomposed.withUnsafeBufferPointer { nfc.hasLongNonStarterRun($0) } == false)
  }

  /// The table must say exactly what ICU says, for every code point and every form. It also
  /// pins down why a table rather than fixed ranges: every code point below U+0300 and every
  /// Hangul syllable has a boundary before it in every form except one, U+00AD SOFT HYPHEN
  /// under NFKC_Casefold (a default-ignorable code point, which the fold removes).
  @Test(arguments: NormalizationForm.allCases)
  func tableAgreesWithICUForEveryCodePoint(form: NormalizationForm) throws {
    let normalizer = try Normalizer(form)
    let chunks = normalizer.chunks
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let icu = normalizer.hasBoundary(before: scalar)
      if chunks.hasBoundary(before: value) != icu { mismatches.append(value) }
      if value < 0x300 || (0xAC00...0xD7A3).contains(value) {
        let exception = form == .nfkcCasefold && value == 0xAD
        #expect(icu != exception, "\(form) U+\(String(value, radix: 16))")
      }
      guard value < 0x10000 else { continue }
      let text = String(Character(scalar))
      let stable = icu && normalizer.normalize(text).unicodeScalars.elementsEqual(text.unicodeScalars)
      if normalizer.table.isStable(value) != stable { mismatches.append(value) }
      let nonStarter = UnicodeProperties.canonicalCombiningClass(of: scalar) != 0  // ICU's, not Swift's
      if normalizer.table.isNonStarter(value) != nonStarter { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty, "\(form): \(mismatches.prefix(20).map { String($0, radix: 16) })")
  }
}

extension NormalizerUTF16Tests {
  /// The word-at-a-time test may call a starter a possible non-starter, never the reverse:
  /// checked for every BMP code point in every lane.
  @Test func wordTestNeverMissesANonStarter() throws {
    for value in UInt32(0)..<0x10000 {
      let unit = UInt64(value)
      let starter = (0xD800...0xDFFF).contains(value)
        ? false : UnicodeProperties.canonicalCombiningClass(of: Unicode.Scalar(value)!) == 0
      for lane in 0..<4 {
        // The other lanes hold 'a', a surely-starter.
        var word: UInt64 = 0x0061_0061_0061_0061
        word &= ~(0xFFFF << (16 * UInt64(lane)))
        word |= unit << (16 * UInt64(lane))
        let flagged = Normalizer.mayBeNonStarters(word) & (0x8000 << (16 * UInt64(lane))) != 0
        if !starter { #expect(flagged, "U+\(String(value, radix: 16)) lane \(lane)") }
        #expect(Normalizer.mayBeNonStarters(word) & ~(0x8000 << (16 * UInt64(lane))) == 0)
      }
    }
  }
}
