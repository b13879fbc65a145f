import KoEnCore
import TestSupport
import Testing

@Suite("HangulForm and DecomposedHangul")
struct KoreanFormsTests {
  @Test func classifiesEveryForm() {
    #expect(HangulForm("한") == .syllable)
    #expect(HangulForm("\u{1112}") == .leadingJamo)
    #expect(HangulForm("\u{115F}") == .leadingJamo)  // choseong filler
    #expect(HangulForm("\u{A960}") == .leadingJamo)  // Jamo Extended-A
    #expect(HangulForm("\u{1161}") == .vowelJamo)
    #expect(HangulForm("\u{D7B0}") == .vowelJamo)  // Jamo Extended-B
    #expect(HangulForm("\u{11AB}") == .trailingJamo)
    #expect(HangulForm("\u{D7FB}") == .trailingJamo)
    #expect(HangulForm("ㅋ") == .compatibilityJamo)
    #expect(HangulForm("\u{3164}") == .compatibilityJamo)  // Hangul filler
    #expect(HangulForm("\u{FFA1}") == .halfwidthJamo)
    #expect(HangulForm("㉠") == .enclosed)
    #expect(HangulForm("㈀") == .enclosed)
    #expect(HangulForm("\u{302E}") == .toneMark)
    #expect(HangulForm("A") == nil)
    #expect(HangulForm("北") == nil)
    #expect(HangulForm("\u{3130}") == nil)  // unassigned
    #expect(HangulForm("\u{FFBF}") == nil)  // unassigned gap in the halfwidth block
    #expect(HangulForm("\u{D7C7}") == nil)
    #expect(HangulForm.isExtendedJamo("\u{A960}"))
    #expect(!HangulForm.isExtendedJamo("\u{1100}"))
    #expect(HangulForm.isComposableJamo("\u{1112}"))
    #expect(!HangulForm.isComposableJamo("\u{1113}"))
    #expect(HangulForm.leadingJamo.isConjoiningJamo)
    #expect(!HangulForm.compatibilityJamo.isConjoiningJamo)
  }

  /// HangulForm agrees with ICU's Hangul_Syllable_Type and Script on every code point.
  @Test func agreesWithICUProperties() {
    for value in UInt32(0)..<0x30000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let form = HangulForm(scalar)
      let type = UnicodeProperties.hangulSyllableType(of: scalar)
      switch type {
      case .leadingJamo: #expect(form == .leadingJamo, "U+\(String(value, radix: 16))")
      case .vowelJamo: #expect(form == .vowelJamo, "U+\(String(value, radix: 16))")
      case .trailingJamo: #expect(form == .trailingJamo, "U+\(String(value, radix: 16))")
      case .lvSyllable, .lvtSyllable: #expect(form == .syllable, "U+\(String(value, radix: 16))")
      default:
        if let form { #expect(!form.isConjoiningJamo && form != .syllable, "U+\(String(value, radix: 16))") }
      }
      if form != nil { #expect(Script(of: scalar) == .hangul, "U+\(String(value, radix: 16)) is Hangul script") }
    }
  }

  @Test func findsDecomposedHangul() {
    let name = "보고서_\u{1112}\u{1161}\u{11AB}.txt"
    #expect(DecomposedHangul.ranges(in: name) == [10..<19])
    #expect(DecomposedHangul.contains(in: name))
    #expect(DecomposedHangul.ranges(in: NormalizerTests.macFileName) == [0..<24, 25..<40])
    #expect(!DecomposedHangul.contains(in: "한국어 문서.txt"))
    #expect(DecomposedHangul.ranges(in: "") == [])
    // A precomposed LV syllable with a conjoining final: 가 + ᆨ (NFC gives 각).
    #expect(DecomposedHangul.ranges(in: "a가\u{11A8}b") == [1..<7])
    // Old Korean jamo that never compose are not decomposed text.
    #expect(DecomposedHangul.ranges(in: "\u{1113}\u{1176}") == [])
    // Compatibility jamo typed letter by letter are not NFD.
    #expect(DecomposedHangul.ranges(in: "ㅎㅏㄴ") == [])
    // Every NFD syllable is found, in bytes too, across invalid bytes.
    let bytes: [UInt8] = Array("\u{1100}\u{1161}".utf8) + [0xFF] + Array("\u{1100}\u{1161}".utf8)
    #expect(DecomposedHangul.ranges(utf8: bytes) == [0..<6, 7..<13])
  }

  /// On random text, "holds decomposed Hangul" agrees with "NFC changes a Hangul jamo".
  @Test func agreesWithNormalization() throws {
    let nfc = try Normalizer(.nfc)
    var rng = SplitMix64(seed: 9)
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &rng) {
        let choices: [ClosedRange<UInt32>] = [0x1100...0x1114, 0x1160...0x1176, 0x11A7...0x11C3, 0xAC00...0xAC1C, 0x61...0x62]
        text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: choices.randomElement(using: &rng)!, using: &rng))!)
      }
      let found = !DecomposedHangul.ranges(in: text).isEmpty
      // NFC changes this text only by composing jamo.
      let composes = !nfc.normalize(text).sameScalars(text)
      #expect(found == composes, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }
}
