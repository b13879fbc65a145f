import KoEnCore
import Testing

@Suite("Revised Romanization")
struct RevisedRomanizationTests {
  let rr = Romanizer()
  let proper = Romanizer(options: .properNoun)

  @Test func soundChangesOfTheIssue() {
    #expect(proper.romanize("북한") == "Bukhan")
    #expect(proper.romanize("신라") == "Silla")
    #expect(proper.romanize("독립문") == "Dongnimmun")
    #expect(proper.romanize("왕십리") == "Wangsimni")
    #expect(proper.romanize("별내") == "Byeollae")
    #expect(rr.romanize("알약") == "allyak")
    #expect(rr.romanize("같이") == "gachi")
    #expect(rr.romanize("잡혀") == "japyeo")
    #expect(proper.romanize("집현전") == "Jiphyeonjeon")
    #expect(proper.romanize("낙동강") == "Nakdonggang")
  }

  @Test func finalsAndDoubleFinals() {
    #expect(rr.romanize("닭") == "dak")
    #expect(rr.romanize("값") == "gap")
    #expect(rr.romanize("여덟") == "yeodeol")
    #expect(rr.romanize("삶") == "sam")
    #expect(rr.romanize("읽는") == "ingneun")
    #expect(rr.romanize("맑게") == "malge")
    #expect(rr.romanize("밟는") == "bamneun")
    #expect(rr.romanize("없어") == "eopseo")
    #expect(rr.romanize("앉아") == "anja")
    #expect(rr.romanize("싫어") == "sireo")
    #expect(rr.romanize("않는") == "anneun")
    #expect(rr.romanize("뚫는") == "ttulleun")
    #expect(rr.romanize("좋아") == "joa")
    #expect(rr.romanize("밖") == "bak")
  }

  @Test func nounAndVerbAspiration() {
    #expect(rr.romanize("착하다") == "chakada")
    #expect(rr.romanize("깨끗하다") == "kkaekkeutada")
    #expect(rr.romanize("맞히다") == "machida")
    #expect(rr.romanize("닫혀") == "dachyeo")
    #expect(rr.romanize("밝히다") == "balkida")
    #expect(rr.romanize("넓히다") == "neolpida")
    #expect(rr.romanize("앉히다") == "anchida")
    #expect(rr.romanize("좋습니다") == "joseumnida")
    #expect(rr.romanize("많고") == "manko")
    #expect(rr.romanize("입학") == "iphak")  // a noun
    #expect(rr.romanize("역할") == "yeokhal")
    #expect(rr.romanize("복합") == "bokhap")
  }

  @Test func rieulNasalizationAndLiquids() {
    #expect(rr.romanize("협력") == "hyeomnyeok")
    #expect(rr.romanize("심리") == "simni")
    #expect(rr.romanize("생산량") == "saengsannyang")
    #expect(proper.romanize("한라산") == "Hallasan")
    #expect(proper.romanize("대관령") == "Daegwallyeong")
    #expect(proper.romanize("선릉") == "Seolleung")
  }

  @Test func lexiconCoversStructureDependentWords() {
    #expect(rr.romanize("맛없다") == "madeopda")
    #expect(rr.romanize("꽃잎") == "kkonnip")
    #expect(rr.romanize("서울역") == "seoullyeok")
    #expect(rr.romanize("담요") == "damnyo")
    #expect(rr.romanize("홑이불") == "honnibul")
    #expect(rr.romanize("늦여름") == "neunnyeoreum")
    #expect(rr.romanize("깻잎") == "kkaennip")
  }

  @Test func hyphenOnlyWhereMisreadingIsPossible() {
    let hyphen = Romanizer(options: [.properNoun, .hyphenate])
    #expect(hyphen.romanize("가을") == "Ga-eul")
    #expect(hyphen.romanize("부산") == "Busan")
    #expect(hyphen.romanize("백암") == "Baegam")
    #expect(rr.romanize("중앙") == "jungang")  // no hyphen unless asked
  }

  @Test func personalNames() {
    let name = Romanizer(options: .personalName)
    #expect(name.romanize("남궁민수") == "Namgung Minsu")
    #expect(Romanizer(options: [.personalName, .hyphenate]).romanize("제갈 공명") == "Jegal Gong-myeong")
    #expect(name.romanize("김") == "Gim")
    #expect(name.romanize("이") == "I")
    let customary = Romanizer(options: [.personalName, .customarySurnames, .hyphenate])
    #expect(customary.romanize("김연아") == "Kim Yeon-a")
    #expect(customary.romanize("이순신") == "Lee Sun-sin")
    #expect(customary.romanize("남궁민수") == "Namgoong Min-su")
    #expect(customary.romanize("좌세준") == "Jwa Se-jun")  // no customary spelling: by the rules
  }

  @Test func addresses() {
    let address = Romanizer(options: .address)
    #expect(address.romanize("서울특별시 강남구 역삼동") == "Seoul-teukbyeolsi Gangnam-gu Yeoksam-dong")
    #expect(address.romanize("부산광역시") == "Busan-gwangyeoksi")
    #expect(address.romanize("봉천10동") == "Bongcheon 10(sip)-dong")
    #expect(address.romanize("세종로 16가") == "Sejongno 16(simnyuk)-ga")
    #expect(Romanizer(options: [.address, .omitAdministrativeUnits]).romanize("청주시 상당구") == "Cheongju Sangdang-gu")
  }

  @Test func mixedTextInPlace() {
    #expect(rr.romanize("Apple 아이폰은 Swift로 개발") == "Apple aiponeun Swiftro gaebal")
    #expect(rr.romanize("한국 2024년, \"KoEn\"!\n둘째 줄") == "hanguk 2024nyeon, \"KoEn\"!\nduljjae jul")
    #expect(proper.romanize("서울 Seoul") == "Seoul Seoul")
    #expect(rr.romanize("NATO 정상회의") == "NATO jeongsanghoeui")
  }

  @Test func hanjaWhenAsked() {
    #expect(rr.romanize("北韓") == "北韓")
    #expect(Romanizer(options: [.readHanja, .properNoun]).romanize("韓國 北 美") == "Hanguk Buk Mi")
    #expect(Romanizer(options: .readHanja).romanize("[北, 러시아 파병]") == "[buk, reosia pabyeong]")
  }
}

@Suite("Romanization: bad input")
struct RomanizationBadInputTests {
  @Test func nonHangulPassesThroughUnchanged() {
    for scheme in RomanizationScheme.allCases {
      let r = Romanizer(scheme: scheme)
      #expect(r.romanize("") == "")
      #expect(r.romanize("Hello, world! 123 ∑ 🙂") == "Hello, world! 123 ∑ 🙂")
      #expect(r.romanize("ㅋㅋㅋ") == "ㅋㅋㅋ")  // compatibility jamo are not syllables
      #expect(r.romanize("가ㅏ") == r.romanize("가") + "ㅏ")
      let archaic = "\u{1100}\u{119E}"
      #expect(r.romanize(archaic).unicodeScalars.elementsEqual(archaic.unicodeScalars))
    }
  }

  @Test func randomTextNeverCrashesAndKeepsNonHangul() {
    let pool: [Unicode.Scalar] = [
      "가", "각", "닭", "않", "읽", "힣", "시", "도", "가", "동", "리", "로", "라", "이", "여", "히", "하", "다", "ㄱ", "ㅏ",
      "\u{1100}", "\u{1161}", "\u{11A8}", "\u{119E}", "北", "\u{F900}", "0", "1", "9", " ", "-", "\n", "A", "z", "🙂",
    ]
    let optionSets: [RomanizationOptions] = [
      [], .properNoun, .hyphenate, .personalName, .address, [.address, .omitAdministrativeUnits], .readHanja,
      [.personalName, .hyphenate, .customarySurnames], .ascii,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      var view = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...16, using: &generator) { view.append(pool.randomElement(using: &generator)!) }
      let text = String(view)
      for scheme in RomanizationScheme.allCases {
        for options in optionSets {
          let trace = Romanizer(scheme: scheme, options: options).explain(text)
          // Latin letters, emoji and line breaks of the input all survive.
          for kept: Character in ["🙂", "\n"] {
            #expect(trace.output.filter { $0 == kept }.count == text.filter { $0 == kept }.count)
          }
        }
      }
    }
  }

  @Test func decomposedHangulIsComposedFirst() {
    let nfd = "\u{1109}\u{1175}\u{11AB}\u{1105}\u{1161}"  // 신라 in conjoining jamo
    #expect(Romanizer(options: .properNoun).romanize(nfd) == "Silla")
  }

  @Test func everySyllableRomanizesToASCII() {
    for scheme in [RomanizationScheme.revised, .revisedTransliteration] {
      let r = Romanizer(scheme: scheme)
      for value in stride(from: HangulSyllable.firstScalar, through: HangulSyllable.lastScalar, by: 1) {
        let text = String(Character(Unicode.Scalar(value)!))
        let out = r.romanize(text)
        #expect(!out.isEmpty && out.unicodeScalars.allSatisfy { $0.isASCII }, "\(text) → \(out)")
      }
    }
  }
}

@Suite("Other schemes")
struct OtherSchemeTests {
  @Test func schemeNamesForTheCommandLine() {
    #expect(RomanizationScheme(rawValue: "rr") == .revised)
    #expect(RomanizationScheme(rawValue: "rr-translit") == .revisedTransliteration)
    #expect(RomanizationScheme(rawValue: "mr") == .mccuneReischauer)
    #expect(RomanizationScheme(rawValue: "icu") == .icu)
  }

  @Test func mccuneReischauer() {
    let mr = Romanizer(scheme: .mccuneReischauer, options: .properNoun)
    #expect(mr.romanize("한국") == "Han'guk")
    #expect(mr.romanize("독립문") == "Tongnimmun")
    #expect(mr.romanize("부산") == "Pusan")
    #expect(mr.romanize("대구") == "Taegu")
    #expect(mr.romanize("서울") == "Sŏul")
    #expect(mr.romanize("북한") == "Pukhan")
    #expect(mr.romanize("청주") == "Ch'ŏngju")
    #expect(mr.romanize("광희문") == "Kwanghŭimun")
    #expect(Romanizer(scheme: .mccuneReischauer).romanize("가에") == "kaë")
    let ascii = Romanizer(scheme: .mccuneReischauer, options: [.properNoun, .ascii])
    #expect(ascii.romanize("서울") == "Soul")
    #expect(ascii.romanize("한글") == "Han'gul")
    let name = Romanizer(scheme: .mccuneReischauer, options: [.personalName, .hyphenate])
    #expect(name.romanize("김대중") == "Kim Tae-jung")
    #expect(name.romanize("한복남") == "Han Pok-nam")
  }

  @Test func strictTransliterationIsLetterForLetter() {
    let t = Romanizer(scheme: .revisedTransliteration)
    #expect(t.romanize("신라") == "sinla")
    #expect(t.romanize("없었습니다") == "eobs-eoss-seubnida")
    #expect(t.romanize("각가") == "gag-ga")
    #expect(t.romanize("아이") == "a-i")
    #expect(Romanizer(scheme: .revisedTransliteration, options: .properNoun).romanize("서울") == "Seo-ul")
  }

  @Test func icuThroughTheSameAPI() {
    let icu = Romanizer(scheme: .icu)
    #expect(icu.romanize("북한") == "bughan")
    #expect(icu.romanize("신라 Silla") == "sinla Silla")
    #expect(Romanizer.hangul(fromLatin: icu.romanize("한국어")).unicodeScalars.elementsEqual("한국어".unicodeScalars))
  }
}

@Suite("Explain")
struct RomanizationExplainTests {
  @Test func saysWhichRuleChangedWhichBoundary() {
    let trace = Romanizer(options: .properNoun).explain("신라")
    #expect(trace.output == "Silla")
    #expect(trace.words.count == 1)
    let word = trace.words[0]
    #expect(word.pronunciation == "실라")
    #expect(word.changes.count == 1)
    let change = word.changes[0]
    #expect(change.rule == .liquidAssimilation)
    #expect(change.boundary == 0)
    #expect(change.from == "ㄴ+ㄹ" && change.to == "ㄹ+ㄹ" && change.written == "ll")
    #expect(change.description == "신|라: ㄴ+ㄹ → ㄹ+ㄹ (ll): liquid assimilation (RR 3.1.1)")
    #expect(trace.description.hasPrefix("신라 [실라] → Silla\n"))
  }

  @Test func tracesEveryKindOfChange() {
    func rules(_ text: String, _ options: RomanizationOptions = []) -> Set<SoundChangeRule> {
      Set(Romanizer(options: options).explain(text).words.flatMap { $0.changes.map(\.rule) })
    }
    #expect(rules("독립문") == [.rieulNasalization, .nasalization])
    #expect(rules("학여울") == [.nInsertion, .nasalization])
    #expect(rules("해돋이") == [.linking, .palatalization])
    #expect(rules("좋고") == [.aspiration])
    #expect(rules("묵호", .properNoun) == [.hWrittenInNoun])
    #expect(rules("값") == [.clusterSimplification])
    #expect(rules("벚꽃") == [.finalNeutralization])
    #expect(rules("중앙", [.properNoun, .hyphenate]) == [.hyphen])
    #expect(rules("삼죽면", .address) == [.administrativeUnit])
    #expect(rules("한복남", .personalName) == [.personalName])
    #expect(rules("맛없다").contains(.lexicon))
  }

  @Test func outputAgreesWithRomanize() {
    for text in ["신라와 백제", "Hello 세계", "", "종로 2가"] {
      for options: RomanizationOptions in [[], .address, .properNoun] {
        let r = Romanizer(options: options)
        #expect(r.explain(text).output == r.romanize(text))
        #expect(r.explain(text).input == text)
      }
    }
  }
}
