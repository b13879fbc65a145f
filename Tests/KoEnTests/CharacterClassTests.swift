@testable import KoEn
import Testing

/// The one classification of characters shared by the tokenizer, the segmenter and
/// document analysis.
@Suite("CharacterClass")
struct CharacterClassTests {
  @Test func tableAgreesWithICUForEveryBMPCodePoint() {
    let table = CharacterClassTable.shared
    var mismatches: [String] = []
    for codePoint in UInt32(0)..<0x10000 where !(0xD800...0xDFFF).contains(codePoint) {
      if table.lookup(codePoint) != CharacterClass.compute(codePoint) {
        mismatches.append(String(codePoint, radix: 16))
      }
    }
    #expect(mismatches.isEmpty, "U+\(mismatches.prefix(10))")
  }

  @Test func emojiTableAgreesWithICU() {
    let start = CharacterClassTable.emojiStart
    var mismatches: [String] = []
    for codePoint in start..<(start + CharacterClassTable.emojiCount)
    where CharacterClassTable.shared.lookup(codePoint) != CharacterClass.compute(codePoint) {
      mismatches.append(String(codePoint, radix: 16))
    }
    #expect(mismatches.isEmpty, "U+\(mismatches.prefix(10))")
    // Either side of the table: computed from ICU.
    #expect(CharacterClass.of("\u{1EFFF}") == CharacterClass.compute(0x1EFFF))
    #expect(CharacterClass.of("\u{1FB00}") == CharacterClass.compute(0x1FB00))
  }

  @Test func tableFitsInAFractionOfAFlatTable() {
    let blocks = CharacterClassTable.shared.distinctBlocks
    #expect(blocks > 100)  // the BMP is not that uniform
    #expect(blocks * 64 * 4 <= 80 * 1024, "\(blocks) distinct blocks")
  }

  @Test func fields() {
    let a = CharacterClass.of("a")
    #expect(a.wordBreak == .aLetter && a.group == .latin && a.category == .letter && a.isLowercase)
    let ga = CharacterClass.of("가")
    #expect(ga.wordBreak == .aLetter && ga.group == .hangul && ga.script == Script.hangul.rawValue)
    #expect(CharacterClass.of("北").wordClass == .cjk && CharacterClass.of("北").group == .han)
    #expect(CharacterClass.of("ก").wordClass == .complex)
    #expect(CharacterClass.of(":").wordBreak == .other)  // ICU's root rules: not MidLetter
    #expect(CharacterClass.of("@").wordBreak == .aLetter)
    #expect(CharacterClass.of("\u{301}").wordBreak.isIgnorable)
    #expect(CharacterClass.of("「").bracket == .opening && CharacterClass.of("」").bracket == .closing)
    #expect(CharacterClass.of("\"").bracket == .either)
    #expect(CharacterClass.of("\u{11A8}").isTrailingJamo && !CharacterClass.of("\u{1100}").isTrailingJamo)
    #expect(CharacterClass.of("😀").isExtendedPictographic)  // supplementary: the emoji table
    #expect(CharacterClass.of("²").category == .otherNumber && CharacterClass.of("٣").category == .digit)
  }

  /// ICU numbers the general categories Pi 28, Pf 29 and So 27; reading them by number once
  /// made closing quotes symbols and other symbols punctuation.
  @Test func quotesArePunctuationAndOtherSymbolsSymbols() {
    let kinds = Tokenizer("“a” ‘b’ © ★").filter { $0.kind != .whitespace && $0.kind != .word }.map(\.kind)
    #expect(kinds == [.punctuation, .punctuation, .punctuation, .punctuation, .symbol, .symbol])
    #expect(CharacterClass.of("“").bracket == .opening && CharacterClass.of("’").bracket == .closing)
    #expect(CharacterClass.of("©").bracket == .none)
  }

  @Test func scriptCodesAreICUs() {
    #expect(ScriptCode.latin == Script.latin.rawValue && ScriptCode.hangul == Script.hangul.rawValue)
    #expect(ScriptCode.han == Script.han.rawValue && ScriptCode.unknown == Script.unknown.rawValue)
  }

  @Test func letterClasses() {
    let cases: [(Unicode.Scalar, LetterClass)] = [
      ("가", .korean), ("ㄱ", .korean), ("\u{1100}", .korean), ("\u{FFA1}", .korean),
      ("北", .korean), ("\u{F900}", .korean), ("\u{20000}", .korean),
      ("a", .latin), ("Z", .latin), ("é", .latin), ("ſ", .latin), ("Ａ", .latin),
      ("Ж", .otherLetter), ("あ", .otherLetter), ("ก", .otherLetter),
      ("7", .digit), ("٣", .digit), (" ", .space), ("\t", .space), ("\u{3000}", .space),
      ("\u{A0}", .space), ("!", .other), ("\u{301}", .other), ("×", .other), ("😀", .other),
    ]
    for (scalar, expected) in cases {
      #expect(LetterClass(scalar) == expected, "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func caseOutsideASCII() {
    #expect(CharacterClass.isUppercase("Ä") && !CharacterClass.isUppercase("ä"))
    #expect(CharacterClass.isLowercase("ä") && !CharacterClass.isLowercase("Ä"))
    #expect(!CharacterClass.isUppercase("가") && !CharacterClass.isLowercase("가"))
  }
}
