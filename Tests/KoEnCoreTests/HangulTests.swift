import KoEnCore
import Testing

/// The scalars of a string: `String`'s `==` treats canonically equivalent text as equal, so
/// decomposed and precomposed Hangul must be compared as scalars.
func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

@Suite("Hangul syllables and jamo")
struct HangulSyllableTests {
  @Test func arithmeticRoundTripsEverySyllable() {
    for value in HangulSyllable.firstScalar...HangulSyllable.lastScalar {
      let scalar = Unicode.Scalar(value)!
      let syllable = HangulSyllable(scalar)!
      #expect(syllable.scalar == scalar)
      #expect(HangulSyllable(initial: syllable.initial, medial: syllable.medial, final: syllable.final) == syllable)
    }
  }

  @Test func splitsKnownSyllables() {
    let han = HangulSyllable("한" as Character)!
    #expect(han.initial == 18 && han.medial == 0 && han.final == 4)
    #expect(han.initialJamo == "ㅎ" && han.medialJamo == "ㅏ" && han.finalJamo == "ㄴ")
    #expect(HangulSyllable(initial: 0, medial: 0, final: 1)?.character == "각")
    #expect(HangulSyllable("가" as Character)?.finalJamo == nil)
  }

  @Test func rejectsWhatIsNotASyllable() {
    #expect(HangulSyllable("ㄱ" as Unicode.Scalar) == nil)  // compatibility jamo
    #expect(HangulSyllable("\u{1100}" as Unicode.Scalar) == nil)  // conjoining jamo
    #expect(HangulSyllable("A" as Unicode.Scalar) == nil)
    #expect(HangulSyllable(initial: 19, medial: 0) == nil)
    #expect(HangulSyllable(initial: 0, medial: 21) == nil)
    #expect(HangulSyllable(initial: 0, medial: 0, final: 28) == nil)
  }

  @Test func conjoiningAndCompatibilityJamoConvert() {
    #expect(HangulJamo.compatibility(for: "\u{1100}") == "ㄱ")
    #expect(HangulJamo.compatibility(for: "\u{11A8}") == "ㄱ")
    #expect(HangulJamo.compatibility(for: "\u{1161}") == "ㅏ")
    #expect(HangulJamo.compatibility(for: "\u{11AA}") == "ㄳ")
    #expect(HangulJamo.conjoining(for: "ㄱ", position: .initial) == "\u{1100}")
    #expect(HangulJamo.conjoining(for: "ㄱ", position: .final) == "\u{11A8}")
    #expect(HangulJamo.conjoining(for: "ㄳ", position: .initial) == nil)  // no cluster initials
    #expect(HangulJamo.conjoining(for: "ㄸ", position: .final) == nil)  // ㄸ is never final
    #expect(HangulJamo.conjoining(for: "ㅘ") == "\u{116A}")
    // Archaic jamo: recognised, not converted.
    #expect(HangulJamo.isConjoining("\u{1140}"))  // ᅀ
    #expect(HangulJamo.compatibility(for: "\u{1140}") == nil)
    #expect(HangulJamo.isCompatibility("\u{317F}"))  // ㅿ
    #expect(HangulJamo.conjoining(for: "\u{317F}") == nil)
    #expect(scalars(HangulJamo.toCompatibility("\u{1112}\u{1161}\u{11AB}")) == scalars("ㅎㅏㄴ"))
  }

  @Test func everyModernCompatibilityLetterRoundTrips() {
    for value: UInt32 in 0x3131...0x3163 {
      let scalar = Unicode.Scalar(value)!
      if let initial = HangulJamo.conjoining(for: scalar, position: .initial) {
        #expect(HangulJamo.compatibility(for: initial) == scalar)
      }
      if let final = HangulJamo.conjoining(for: scalar, position: .final) {
        #expect(HangulJamo.compatibility(for: final) == scalar)
      }
    }
  }
}

@Suite("Hangul composition and repair")
struct HangulCompositionTests {
  @Test func decomposeThenComposeIsIdentityOnSyllables() {
    var text = ""
    for value in stride(from: HangulSyllable.firstScalar, through: HangulSyllable.lastScalar, by: 7) {
      text.unicodeScalars.append(Unicode.Scalar(value)!)
    }
    let decomposed = Hangul.decompose(text)
    #expect(decomposed.unicodeScalars.allSatisfy { HangulJamo.isConjoining($0) })
    #expect(scalars(Hangul.compose(decomposed)) == scalars(text))
  }

  @Test func composeAgreesWithNFCOnHangul() throws {
    let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF} \u{1100}\u{1161}\u{11A8}"
    #expect(scalars(Hangul.compose(nfd)) == scalars("한글 각"))
    #expect(try scalars(Hangul.compose(nfd)) == scalars(Normalizer(.nfc).normalize(nfd)))
    #expect(scalars(Hangul.compose("가\u{11A8}")) == scalars("각"))  // LV + T
  }

  @Test func hangulOnlyModeLeavesEverythingElseAlone() throws {
    let text = "\u{F900}\u{F9B4} e\u{0301} \u{1100}\u{1161}"
    #expect(scalars(Hangul.compose(text)) == scalars("\u{F900}\u{F9B4} e\u{0301} 가"))
    // NFC would have replaced the compatibility ideographs and composed é.
    #expect(try scalars(Normalizer(.nfc).normalize(text)) != scalars(Hangul.compose(text)))
  }

  @Test func archaicJamoStayAsTheyAre() {
    let archaic = "\u{1100}\u{119E}"  // ᄀ + ㆍ (arae-a): no precomposed syllable
    #expect(scalars(Hangul.compose(archaic)) == scalars(archaic))
    #expect(scalars(Hangul.repair(archaic)) == scalars(archaic))
    #expect(scalars(Hangul.compose("\u{1100}\u{1161}\u{11EB}")) == scalars("가\u{11EB}"))  // modern LV + archaic T
  }

  @Test func repairFixesMacOSFileNames() {
    let fileName = Hangul.decompose("한국어 문서.txt")
    #expect(scalars(fileName) != scalars("한국어 문서.txt"))
    #expect(scalars(Hangul.repair(fileName)) == scalars("한국어 문서.txt"))
    #expect(Hangul.needsRepair(fileName))
    #expect(!Hangul.needsRepair("한국어 문서.txt"))
  }

  @Test func strayJamoBecomeCompatibilityLetters() {
    #expect(scalars(Hangul.repair("\u{1100} 가")) == scalars("ㄱ 가"))
    #expect(scalars(Hangul.repair("\u{1100} 가", strayJamo: .keep)) == scalars("\u{1100} 가"))
    #expect(scalars(Hangul.repair("\u{1161}")) == scalars("ㅏ"))
  }

  @Test func emptyAndNonHangulInput() {
    #expect(Hangul.compose("") == "")
    #expect(Hangul.decompose("") == "")
    #expect(Hangul.repair("") == "")
    #expect(scalars(Hangul.decompose("Hello, 世界!")) == scalars("Hello, 世界!"))
    #expect(!Hangul.containsHangul("Hello"))
    #expect(Hangul.containsHangul("Hello 세상"))
  }
}

@Suite("Initial consonants (초성)")
struct InitialConsonantTests {
  @Test func extractsInitials() {
    #expect(Hangul.initialConsonants(of: "한국") == "ㅎㄱ")
    #expect(Hangul.initialConsonants(of: "대한민국 KBS 9시") == "ㄷㅎㅁㄱ KBS 9ㅅ")
    #expect(Hangul.initialConsonants(of: Hangul.decompose("쌍둥이")) == "ㅆㄷㅇ")
    #expect(Hangul.initialConsonants(of: "") == "")
  }

  @Test func matchesLikeASearchBox() {
    #expect(Hangul.matchesInitials("ㅎㅁ", in: "대한민국"))
    #expect(Hangul.matchesInitials("ㅁㄱ", in: "대한민국"))
    #expect(Hangul.matchesInitials("한ㄱ", in: "대한민국") == false)  // 한 then ㄱ: 한민 is not 한ㄱ
    #expect(Hangul.matchesInitials("민ㄱ", in: "대한민국"))
    #expect(Hangul.matchesInitials("대하", in: "대한민국"))  // still typing 한
    #expect(Hangul.matchesInitials("달", in: "닭"))  // still typing ㄺ
    #expect(!Hangul.matchesInitials("ㄱㅎ", in: "대한민국"))
    #expect(Hangul.matchesInitials("", in: "아무"))
    let text = "서울 지하철"
    let range = Hangul.rangeOfInitials("ㅈㅎㅊ", in: text)
    #expect(range.map { String(text[$0]) } == "지하철")
  }
}

@Suite("Disassembly and assembly")
struct JamoDisassemblyTests {
  @Test func splitsCompoundVowelsAndDoubleFinals() {
    #expect(Hangul.disassemble("닭") == "ㄷㅏㄹㄱ")
    #expect(Hangul.disassemble("과") == "ㄱㅗㅏ")
    #expect(Hangul.disassemble("값어치") == "ㄱㅏㅂㅅㅇㅓㅊㅣ")
    #expect(Hangul.disassemble("뷁") == "ㅂㅜㅔㄹㄱ")
    #expect(Hangul.disassemble("까") == "ㄲㅏ")  // tense consonants are one letter
    #expect(Hangul.disassemble("ㅘ ㄺ") == "ㅗㅏ ㄹㄱ")
    #expect(Hangul.disassemble("Hi 한") == "Hi ㅎㅏㄴ")
    #expect(Hangul.disassembleGroups("닭이") == [["ㄷ", "ㅏ", "ㄹ", "ㄱ"], ["ㅇ", "ㅣ"]])
  }

  @Test func assemblesLikeAKeyboard() {
    #expect(Hangul.assemble("ㄷㅏㄹㄱ") == "닭")
    #expect(Hangul.assemble("ㄷㅏㄹㄱㅏ") == "달가")
    #expect(Hangul.assemble("ㄱㅗㅏ") == "과")
    #expect(Hangul.assemble("ㅇㅓㅂㅅㅇㅓ") == "없어")
    #expect(Hangul.assemble("ㅏ") == "ㅏ")
    #expect(Hangul.assemble("ㄱ") == "ㄱ")
    #expect(Hangul.assemble("ㄱㄴㄷ") == "ㄱㄴㄷ")
    #expect(Hangul.assemble("ㅎㅏㄴ ㄱㅡㄹ!") == "한 글!")
    #expect(Hangul.assemble("") == "")
  }

  @Test func assembleInvertsDisassembleOnSyllableText() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int.random(in: 1...8, using: &generator) {
        text.unicodeScalars.append(
          Unicode.Scalar(UInt32.random(in: HangulSyllable.firstScalar...HangulSyllable.lastScalar, using: &generator))!)
      }
      #expect(scalars(Hangul.assemble(Hangul.disassemble(text))) == scalars(text), "\(text)")
    }
  }
}

@Suite("Hangul composition over UTF-8 bytes")
struct HangulUTF8CompositionTests {
  @Test func agreesWithStringCompositionOnValidText() {
    let samples = [
      Hangul.decompose("한국어 문서.txt"), "\u{F900} e\u{0301} \u{1100}\u{1161}", "가\u{11A8}", "\u{1100}\u{119E}",
      "\u{1100} 가", "plain ASCII", "", "\u{1100}\u{1161}\u{11EB}",
    ]
    for text in samples {
      #expect(Hangul.compose(utf8: Array(text.utf8)) == Array(Hangul.compose(text).utf8), "\(scalars(text))")
    }
  }

  @Test func agreesWithStringCompositionOnRandomJamo() {
    let pool: [Unicode.Scalar] = [
      "\u{1100}", "\u{1112}", "\u{1161}", "\u{1175}", "\u{11A8}", "\u{11C2}", "\u{119E}", "\u{11EB}", "가", "각", "힣",
      "\u{F900}", "a", " ", "é", "\u{0301}", "ㄱ",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &generator) { text.append(pool.randomElement(using: &generator)!) }
      let string = String(text)
      #expect(Hangul.compose(utf8: Array(string.utf8)) == Array(Hangul.compose(string).utf8), "\(scalars(string))")
    }
  }

  @Test func keepsIllFormedBytes() {
    let bytes: [UInt8] = [0xFF] + Array("\u{1112}\u{1161}\u{11AB}".utf8) + [0xE1, 0x84] + [0xC0, 0x80]
    #expect(Hangul.compose(utf8: bytes) == [0xFF] + Array("한".utf8) + [0xE1, 0x84, 0xC0, 0x80])
  }
}
