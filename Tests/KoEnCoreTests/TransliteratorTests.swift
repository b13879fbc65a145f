import KoEnCore
import Testing

@Suite("Transliterator")
struct TransliteratorTests {
  @Test func hangulLatinIsLetterByLetter() throws {
    let t = try Transliterator(id: "Hangul-Latin")
    #expect(t.transliterate("북한").sameScalars("bughan"))
    #expect(t.transliterate("").isEmpty)
    #expect(t.id == "Hangul-Latin")
  }

  @Test func compoundIDs() throws {
    let t = try Transliterator(id: "NFD; Any-Latin; Latin-ASCII; NFC")
    #expect(t.transliterate("서울 café").sameScalars("seoul cafe"))
    #expect(t.transliterate("北韓").sameScalars("bei han"))  // Han-Latin reads Hanja as Mandarin
    let filtered = try Transliterator(id: "[:Hangul:] Hangul-Latin")
    #expect(filtered.transliterate("NATO와 EU").sameScalars("NATOwa EU"))
  }

  @Test func customRules() throws {
    let t = try Transliterator(rules: "ㄱ > g; ㄴ > n; ㅋ > k;", id: "Jamo-Initials")
    #expect(t.transliterate("ㅋㅋ ㄱㄴ").sameScalars("kk gn"))
    #expect(t.id == "Jamo-Initials")
    let stripMarks = try Transliterator(rules: ":: NFD; [:Mn:] > ; :: NFC;")
    #expect(stripMarks.transliterate("Café Ñandú").sameScalars("Cafe Nandu"))
    // Rules that make text much longer exercise the buffer retry.
    let longer = try Transliterator(rules: "x > '0123456789';")
    #expect(longer.transliterate(String(repeating: "x", count: 500)) == String(repeating: "0123456789", count: 500))
  }

  @Test func emptyRulesAreTheIdentity() throws {
    let t = try Transliterator(rules: "")
    #expect(t.transliterate("한국 NATO").sameScalars("한국 NATO"))
  }

  @Test func unknownIDNamesTheID() {
    do {
      _ = try Transliterator(id: "Klingon-Latin")
      Issue.record("an unknown ID was accepted")
    } catch {
      #expect(error.id == "Klingon-Latin")
      #expect(!error.isRuleError)
      #expect(error.description.contains("unknown transliterator ID 'Klingon-Latin'"), "\(error)")
      #expect(error.icuError.name.hasPrefix("U_"))
    }
  }

  @Test func ruleSyntaxErrorsCarryTheirPosition() {
    do {
      _ = try Transliterator(rules: "a > b;\nc } d } e > f;\n", id: "Broken")
      Issue.record("malformed rules were accepted")
    } catch {
      #expect(error.isRuleError)
      #expect(error.id == "Broken")
      #expect(error.line == 2, "\(error)")
      #expect(error.column != nil)
      #expect(error.utf16Offset != nil)
      #expect(error.description.contains("syntax error in transliteration rules 'Broken' at 2:"), "\(error)")
      #expect(!error.description.contains("\n"), "one line: \(error)")
      #expect(error.preContext.hasSuffix("a > b;\n"))
      #expect(error.icuError.name.hasPrefix("U_"))
    }
  }

  @Test func availableIDs() {
    let ids = Transliterator.availableIDs
    #expect(ids.count > 100)
    #expect(ids.contains("Hangul-Latin"))
    #expect(ids.contains("Latin-ASCII"))
    #expect(Set(ids).count == ids.count)
  }

  /// ICU's Hangul-Latin is reversible: Hangul → Latin → Hangul gives the text back.
  @Test func hangulLatinHangulRoundTrips() throws {
    let forward = try Transliterator(id: "Hangul-Latin")
    let back = try Transliterator(id: "Hangul-Latin", reverse: true)
    let words = [
      "대한민국", "북한", "러시아", "파병", "국가정보원", "글자크기", "다음뉴스", "홍장원", "윤석열",
      "코리아중앙데일리", "무단전재", "재배포", "금지", "신라", "값어치", "앉아", "읽다", "닭", "삶",
      "꽃잎", "없었습니다", "괜찮아요", "외교부", "쌍방향", "숨쉬는",
    ]
    for word in words {
      let latin = forward.transliterate(word)
      #expect(latin.unicodeScalars.allSatisfy { $0.isASCII || $0 == "\u{2010}" || $0 == "’" }, "\(word) → \(latin)")
      #expect(back.transliterate(latin).sameScalars(word), "\(word) → \(latin) → \(back.transliterate(latin))")
    }
  }

  /// One transliterator shared by many tasks gives every task the right answer.
  @Test func safeToShareBetweenTasks() async throws {
    let t = try Transliterator(id: "Hangul-Latin")
    let words = ["대한민국", "북한", "러시아", "파병", "국가정보원", "외교부", "신라", "닭"]
    let expected = words.map { t.transliterate($0) }
    let results = await withTaskGroup(of: (Int, Bool).self) { group in
      for task in 0..<16 {
        group.addTask {
          var ok = true
          for round in 0..<200 {
            let index = (task + round) % words.count
            ok = ok && t.transliterate(words[index]) == expected[index]
          }
          return (task, ok)
        }
      }
      var all: [(Int, Bool)] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 16)
    #expect(results.allSatisfy { $0.1 })
  }
}
