import KoEnCore
import Testing

@Suite("Hanja readings")
struct HanjaTests {
  @Test func tableCoversUnihan() {
    #expect(HanjaReadings.count > 8000)
    #expect(HanjaReadings.unicodeVersion.hasPrefix("15"))
  }

  @Test func primaryReadings() {
    #expect(HanjaReadings.reading(of: "北") == "북")
    #expect(HanjaReadings.reading(of: "美") == "미")
    #expect(HanjaReadings.reading(of: "韓") == "한")
    #expect(HanjaReadings.reading(of: "國") == "국")
    #expect(HanjaReadings.readings(of: "樂").first == "락")
    #expect(Set(HanjaReadings.readings(of: "樂")).isSuperset(of: ["낙", "락", "악", "요"]))
    #expect(HanjaReadings.reading(of: "\u{F9B4}") == "영")  // CJK compatibility ideograph
    #expect(HanjaReadings.reading(of: "A") == nil)
    #expect(HanjaReadings.readings(of: "가").isEmpty)
  }

  @Test func initialSoundLawAtWordStart() {
    #expect(HanjaReadings.read("韓國") == "한국")
    #expect(HanjaReadings.read("李") == "이")
    #expect(HanjaReadings.read("女子") == "여자")
    #expect(HanjaReadings.read("男女") == "남녀")
    #expect(HanjaReadings.read("樂園") == "낙원")
    #expect(HanjaReadings.read("龍") == "용")
    #expect(HanjaReadings.read("李", initialSoundLaw: false) == "리")
    #expect(HanjaReadings.read("[北, 러시아 파병]") == "[북, 러시아 파병]")
    #expect(HanjaReadings.read("no hanja") == "no hanja")
    #expect(HanjaReadings.read("") == "")
  }

  @Test func initialSoundLawRules() {
    func law(_ c: Character) -> Character { InitialSoundLaw.apply(to: HangulSyllable(c)!).character }
    #expect(law("리") == "이")
    #expect(law("량") == "양")
    #expect(law("례") == "예")
    #expect(law("락") == "낙")
    #expect(law("로") == "노")
    #expect(law("뢰") == "뇌")
    #expect(law("녀") == "여")
    #expect(law("뇨") == "요")
    #expect(law("나") == "나")
    #expect(law("가") == "가")
  }
}
