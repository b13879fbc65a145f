import KoEnCore
import Testing

@Suite("TextBreaks")
struct TextBreaksTests {
  /// ICU's root word rules treat precomposed Hangul syllables as dictionary characters: a
  /// run of syllables is one word (letter status) and is never joined to Latin letters or
  /// digits next to it, where UAX #29 (WB5, WB9) would join them. WordBreakTest.txt has no
  /// Hangul, so this tailoring shows only here. Compatibility jamo are ordinary letters.
  @Test func hangulSyllableRunsAreWordsOfTheirOwn() throws {
    let words = try TextBreaks(.word)
    let boundaries = words.boundaries(in: "NATO에 가입")
    #expect(boundaries.map(\.offset) == [0, 4, 7, 8, 14])
    for index in [1, 2, 4] {
      switch boundaries[index].status {
      case WordBreakStatus.letter: break
      default: Issue.record("boundary \(index) should close a letter word, got \(boundaries[index].status.rawValue)")
      }
    }
    #expect(WordBreakStatus.none ~= boundaries[3].status)
    #expect(words.boundaries(in: "가1").map(\.offset) == [0, 3, 4])
    #expect(words.boundaries(in: "카카오톡Kakao").map(\.offset) == [0, 12, 17])
    #expect(words.boundaries(in: "ㅋㅋㅋNATO").map(\.offset) == [0, 13])
    // Under UAX #29 alone the Hangul and Latin letters would form one word.
    #expect(UnicodeProperties.wordBreak(of: "에") == .aLetter)
  }

  @Test func statusesForNumbersAndIdeographs() throws {
    let words = try TextBreaks(.word)
    let boundaries = words.boundaries(in: "3,000 troops 北")
    let text = Array("3,000 troops 北".utf8)
    var kinds: [String: String] = [:]
    var start = 0
    for boundary in boundaries.dropFirst() {
      let word = String(decoding: text[start..<boundary.offset], as: UTF8.self)
      switch boundary.status {
      case WordBreakStatus.number: kinds[word] = "number"
      case WordBreakStatus.letter: kinds[word] = "letter"
      case WordBreakStatus.ideograph: kinds[word] = "ideograph"
      case WordBreakStatus.kana: kinds[word] = "kana"
      default: kinds[word] = "none"
      }
      start = boundary.offset
    }
    #expect(kinds == ["3,000": "number", " ": "none", "troops": "letter", "北": "ideograph"])
  }

  @Test func graphemesKeepDecomposedSyllablesTogether() throws {
    let graphemes = try TextBreaks(.grapheme)
    // 한 as three conjoining jamo is one grapheme cluster of 9 bytes.
    #expect(graphemes.boundaries(in: "\u{1112}\u{1161}\u{11AB}a").map(\.offset) == [0, 9, 10])
    // Compatibility jamo do not conjoin: each is its own cluster.
    #expect(graphemes.boundaries(in: "ㅎㅏㄴ").map(\.offset) == [0, 3, 6, 9])
  }

  @Test func sentencesAndLines() throws {
    let sentences = try TextBreaks(.sentence)
    let text = "이 글자크기로 변경됩니다. A South Korean delegation will visit Belgium."
    #expect(sentences.boundaries(in: text).map(\.offset) == [0, 37, text.utf8.count])
    let lines = try TextBreaks(.line)
    #expect(lines.boundaries(in: "NATO 본부").map(\.offset) == [0, 5, 8, 11])  // Korean may break between syllables
    let korean = try TextBreaks(.line, locale: "ko")
    #expect(korean.locale == "ko")
  }

  @Test(arguments: BreakKind.allCases)
  func emptyInput(kind: BreakKind) throws {
    let breaks = try TextBreaks(kind)
    #expect(breaks.boundaries(in: "").map(\.offset) == [0])
    #expect(breaks.boundaries(utf8: [UInt8]()).map(\.offset) == [0])
    #expect(breaks.boundaries(utf16: [UInt16]()).map(\.offset) == [0])
    #expect(breaks.boundaries(in: "", direction: .backward).map(\.offset) == [0])
  }

  /// Ill-formed UTF-8 is read as U+FFFD per maximal subpart: boundaries stay in range, in
  /// order, and never split a well-formed character.
  @Test(arguments: BreakKind.allCases)
  func invalidUTF8(kind: BreakKind) throws {
    let breaks = try TextBreaks(kind)
    let bytes: [UInt8] = Array("가".utf8) + [0xFF, 0xED, 0xA0, 0x80, 0xE0] + Array(" a나".utf8) + [0xC3]
    let offsets = breaks.boundaries(utf8: bytes).map(\.offset)
    #expect(offsets.first == 0)
    #expect(offsets.last == bytes.count)
    #expect(offsets == offsets.sorted())
    #expect(Set(offsets).count == offsets.count)
    // Never inside 가 (0..<3) or 나 (10..<13).
    #expect(!offsets.contains(where: { [1, 2, 11, 12].contains($0) }))
    #expect(breaks.boundaries(utf8: bytes, direction: .backward).map(\.offset) == offsets)
  }

  @Test func backwardMatchesForwardWithStatuses() throws {
    let words = try TextBreaks(.word)
    let text = "Seoul's spy agency said Friday 3,000 명의 북한군이 러시아에 (NIS)"
    #expect(words.boundaries(in: text, direction: .backward) == words.boundaries(in: text))
  }

  @Test func utf16Offsets() throws {
    let words = try TextBreaks(.word)
    // 😀 is two UTF-16 units.
    #expect(words.boundaries(utf16: Array("a 😀 b".utf16)).map(\.offset) == [0, 1, 2, 4, 5, 6])
    // A lone surrogate is a character of its own.
    #expect(words.boundaries(utf16: [0x61, 0xD800, 0x62]).map(\.offset).first == 0)
  }

  /// One value shared by many tasks: each call gets its own iterator from the pool.
  @Test func safeToShareBetweenTasks() async throws {
    let words = try TextBreaks(.word)
    let texts = ["NATO에 가입", "Seoul's spy agency said Friday", "北, 러시아 파병", "", "a:b 3,000"]
    let expected = texts.map { words.boundaries(in: $0) }
    let allOK = await withTaskGroup(of: Bool.self) { group in
      for task in 0..<12 {
        group.addTask {
          var ok = true
          for round in 0..<100 {
            let index = (task + round) % texts.count
            ok = ok && words.boundaries(in: texts[index]) == expected[index]
            ok = ok && words.boundaries(utf16: Array(texts[index].utf16)).count == expected[index].count
          }
          return ok
        }
      }
      var all = true
      for await ok in group { all = all && ok }
      return all
    }
    #expect(allOK)
  }
}
