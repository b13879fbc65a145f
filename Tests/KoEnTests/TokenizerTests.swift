import KoEn
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
  func tokens(_ text: String) -> [(String, TokenKind, String, Language)] {
    let bytes = Array(text.utf8)
    return Tokenizer(text).map {
      (String(decoding: bytes[$0.range], as: UTF8.self), $0.kind, $0.script.code, $0.language)
    }
  }

  @Test func kindsScriptsAndLanguagesOfMixedText() {
    let found = tokens("NATO에 3,000명, K-pop!\n")
    let expected: [(String, TokenKind, String, Language)] = [
      ("NATO", .word, "Latn", .en), ("에", .word, "Hang", .ko), (" ", .whitespace, "Zyyy", .zxx),
      ("3,000", .number, "Zyyy", .zxx), ("명", .word, "Hang", .ko),
      (",", .punctuation, "Zyyy", .zxx), (" ", .whitespace, "Zyyy", .zxx),
      ("K-pop", .word, "Latn", .en), ("!", .punctuation, "Zyyy", .zxx),
      ("\n", .lineBreak, "Zyyy", .zxx),
    ]
    #expect(found.count == expected.count)
    for (a, b) in zip(found, expected) {
      #expect(a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3, "\(a) vs \(b)")
    }
  }

  @Test func splitsWhereScriptChangesBetweenLatinOrDigitsAndHangul() {
    #expect(tokenTexts("NATO에") == ["NATO", "에"])
    #expect(tokenTexts("3,000명") == ["3,000", "명"])
    #expect(tokenTexts("명3") == ["명", "3"])
    #expect(tokenTexts("BTS의") == ["BTS", "의"])
    #expect(tokenTexts("ＮＡＴＯ와") == ["ＮＡＴＯ", "와"])
  }

  @Test func keepsHyphenatedWordsOfOneScript() {
    #expect(tokenTexts("K-pop") == ["K-pop"])
    #expect(tokenTexts("Hong Jang-won") == ["Hong", " ", "Jang-won"])
    #expect(tokenTexts("step-by-step") == ["step-by-step"])
    #expect(tokenTexts("키-값 저장소") == ["키-값", " ", "저장소"], "Hangul on both sides")
    // Not between digits, nor across scripts, nor at the ends.
    #expect(tokenTexts("COVID-19") == ["COVID", "-", "19"])
    #expect(tokenTexts("2024-10-25") == ["2024", "-", "10", "-", "25"])
    #expect(tokenTexts("K-팝") == ["K", "-", "팝"])
    #expect(tokenTexts("-pop-") == ["-", "pop", "-"])
  }

  @Test func keepsURLsAndEmailAddressesWhole() {
    let found = tokens("See https://news.v.daum.net/v/2024?x=1&y=2). Or www.donga.com, yea@donga.com.")
    let urls = found.filter { $0.1 == .url }.map(\.0)
    let emails = found.filter { $0.1 == .email }.map(\.0)
    #expect(urls == ["https://news.v.daum.net/v/2024?x=1&y=2", "www.donga.com"])
    #expect(emails == ["yea@donga.com"])
    #expect(tokenTexts("http://a.kr에서") == ["http://a.kr", "에서"])
    #expect(tokenTexts("first.last+tag@mail.example.org") == ["first.last+tag@mail.example.org"])
    // Not an address: no dot in the domain, or a digit-only last label.
    // ICU counts "@" as a letter, and so does KoEn: these are words.
    #expect(tokens("a@b").map(\.1) == [.word])
    #expect(tokenTexts("a@b.12") == ["a@b", ".", "12"])
    #expect(tokenTexts("http://") == ["http", ":", "/", "/"])
  }

  @Test func keepsHanjaGluedToHangulInTheKoreanWord() {
    let found = tokens("北한 韓國語를 [北, 러시아")
    #expect(found.map(\.0) == ["北한", " ", "韓國語를", " ", "[", "北", ",", " ", "러시아"])
    #expect(found[0].3 == .ko && found[0].2 == "Hani")
    #expect(found[2].3 == .ko)
    #expect(found[5].3 == .ko, "Hanja before Korean on its line is Korean")
  }

  @Test func giveHanTheLanguageOfItsContext() {
    #expect(tokens("中华人民共和国").map(\.3) == [.zh])
    #expect(tokens("日本語です").map(\.3) == [.ja])
    #expect(tokens("한국 文章 English").map(\.3) == [.ko, .zxx, .ko, .zxx, .en])
    #expect(tokens("English 文章").map(\.3) == [.en, .zxx, .zh])
  }

  @Test func recognizesKoreanInEveryForm() {
    let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"  // 한국, decomposed
    #expect(tokens(nfd).map(\.0) == [nfd])
    #expect(tokens(nfd).map(\.3) == [.ko])
    #expect(tokens("ㅋㅋㅋ").map(\.3) == [.ko])
    #expect(tokens("ﾡﾤﾷ").map(\.3) == [.ko], "halfwidth Hangul")
    #expect(tokens("ＮＡＴＯ").map(\.3) == [.en], "fullwidth Latin")
    #expect(tokens("ＮＡＴＯ").map(\.2) == ["Latn"])
  }

  @Test func whitespaceAndLineBreaks() {
    #expect(tokenTexts("a  b\t\tc\r\n\nd") == ["a", "  ", "b", "\t", "\t", "c", "\r\n", "\n", "d"])
    #expect(tokens("\u{2028}").map(\.1) == [.lineBreak])
    #expect(tokens("\r").map(\.1) == [.lineBreak])
    #expect(tokens("\u{3000}").map(\.1) == [.whitespace])
  }

  @Test func marksAndEmojiStayWithTheirBase() {
    #expect(tokenTexts("e\u{301}te\u{301}") == ["e\u{301}te\u{301}"])
    #expect(tokenTexts("👍🏽 🇰🇷🇺🇸") == ["👍🏽", " ", "🇰🇷", "🇺🇸"])
    #expect(tokenTexts("👨‍👩‍👧") == ["👨‍👩‍👧"])
  }

  @Test func invalidBytesAreTokensOfTheirOwn() {
    let bytes: [UInt8] = [0x41, 0xFF, 0xED, 0xA0, 0x80, 0xEA, 0xB0, 0x42, 0xF0, 0x9F, 0x98]
    let found = Array(Tokenizer(utf8: bytes))
    #expect(found.map(\.kind) == [.word, .invalid, .invalid, .invalid, .invalid, .invalid, .word, .invalid])
    #expect(found.map(\.range) == [0..<1, 1..<2, 2..<3, 3..<4, 4..<5, 5..<7, 7..<8, 8..<11])
    #expect(found[1].script == .unknown && found[1].language == .zxx)
  }

  @Test func byteOrderMarkAndNUL() {
    let found = tokens("\u{FEFF}NATO\u{0}")
    // U+FEFF is Format: at the start of the text it has nothing to join (UAX #29 WB4).
    #expect(found.map(\.0) == ["\u{FEFF}", "NATO", "\u{0}"])
    #expect(found[0].1 == .symbol && found[2].1 == .symbol)
    #expect(tokenTexts("a\u{FEFF}b") == ["a\u{FEFF}b"])
  }

  @Test func emptyInputHasNoTokens() {
    #expect(Array(Tokenizer("")).isEmpty)
    #expect(Array(Tokenizer(utf8: [UInt8]())).isEmpty)
  }

  @Test func borrowedBufferGivesTheSameTokens() {
    let text = "北, 러시아 파병 NATO-EU meeting"
    var copy = text
    let borrowed = copy.withUTF8 { Array(Tokenizer(unsafeUTF8: $0)) }
    #expect(borrowed == Array(Tokenizer(text)))
  }

  @Test func iterationIsLazy() {
    var iterator = Tokenizer("one two three").makeIterator()
    #expect(iterator.next()?.range == 0..<3)
    #expect(iterator.offset == 3)
  }

  @Test func valuesAreCodable() throws {
    let token = Token(range: 0..<4, kind: .lineBreak, script: .latin, language: .en)
    #expect(TokenKind.lineBreak.rawValue == "line_break")
    #expect(Language.zxx.rawValue == "zxx")
    _ = token.hashValue
  }
}
