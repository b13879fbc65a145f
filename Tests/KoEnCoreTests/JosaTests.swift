import KoEnCore
import Testing

@Suite("Josa (particle) selection")
struct JosaTests {
  @Test func afterHangul() {
    #expect(Josa.topic.attach(to: "한국") == "한국은")
    #expect(Josa.topic.attach(to: "나라") == "나라는")
    #expect(Josa.subject.attach(to: "책") == "책이")
    #expect(Josa.subject.attach(to: "사과") == "사과가")
    #expect(Josa.object.attach(to: "밥") == "밥을")
    #expect(Josa.object.attach(to: "커피") == "커피를")
    #expect(Josa.and.attach(to: "빵") == "빵과")
    #expect(Josa.and.attach(to: "우유") == "우유와")
    #expect(Josa.or.attach(to: "물") == "물이나")
    #expect(Josa.vocative.attach(to: "민수") == "민수야")
    #expect(Josa.vocative.attach(to: "영철") == "영철아")
    #expect(Josa.copulaPolite.attach(to: "학생") == "학생이에요")
    #expect(Josa.copulaPolite.attach(to: "의사") == "의사예요")
  }

  @Test func rieulTakesRoForDirection() {
    #expect(Josa.direction.attach(to: "서울") == "서울로")
    #expect(Josa.direction.attach(to: "부산") == "부산으로")
    #expect(Josa.direction.attach(to: "바다") == "바다로")
    #expect(Josa.asCapacity.attach(to: "학생") == "학생으로서")
    #expect(Josa.topic.attach(to: "서울") == "서울은")  // ㄹ is a consonant for 은/는
  }

  @Test func afterLatinAcronymsAndWords() {
    #expect(Josa.topic.attach(to: "NATO") == "NATO는")  // 나토
    #expect(Josa.object.attach(to: "URL") == "URL을")  // 유알엘
    #expect(Josa.direction.attach(to: "URL") == "URL로")
    #expect(Josa.subject.attach(to: "KBS") == "KBS가")  // 케이비에스
    #expect(Josa.subject.attach(to: "IBM") == "IBM이")  // 아이비엠
    #expect(Josa.topic.attach(to: "LAN") == "LAN은")  // 랜
    #expect(Josa.topic.attach(to: "Google") == "Google은")  // 구글
    #expect(Josa.object.attach(to: "Python") == "Python을")  // 파이썬
    #expect(Josa.object.attach(to: "Java") == "Java를")  // 자바
    #expect(Josa.subject.attach(to: "app") == "app이")  // 앱
    #expect(Josa.topic.attach(to: "iOS") == "iOS는")  // 아이오에스
  }

  @Test func afterDigitsReadInKorean() {
    #expect(Josa.topic.attach(to: "3") == "3은")  // 삼
    #expect(Josa.object.attach(to: "10") == "10을")  // 십
    #expect(Josa.subject.attach(to: "2") == "2가")  // 이
    #expect(Josa.direction.attach(to: "1") == "1로")  // 일
    #expect(Josa.direction.attach(to: "6") == "6으로")  // 육
    #expect(Josa.topic.attach(to: "100") == "100은")  // 백
    #expect(Josa.topic.attach(to: "1,000") == "1,000은")  // 천
    #expect(Josa.topic.attach(to: "3.14") == "3.14는")  // 사
    #expect(Josa.topic.attach(to: "1000000000000") == "1000000000000는")  // 조
  }

  @Test func skipsTrailingPunctuationAndReadsHanja() {
    #expect(Josa.topic.attach(to: "(서울)") == "(서울)은")
    #expect(Josa.topic.form(after: "\"NATO\"") == "는")
    #expect(Josa.topic.form(after: "韓國") == "은")
    #expect(Josa.topic.form(after: "ㅋ") == "은")  // 키읔
    #expect(Josa.subject.form(after: "ㅏ") == "가")
  }

  @Test func unreadableWordsGetBothForms() {
    #expect(Josa.topic.form(after: "") == "은(는)")
    #expect(Josa.subject.form(after: "🙂") == "이(가)")
    #expect(Josa.direction.form(after: "...") == "(으)로")
    #expect(Josa.or.form(after: "") == "(이)나")
  }

  @Test func findsParticleByForm() {
    #expect(Josa(form: "를") == .object)
    #expect(Josa(form: "으로") == .direction)
    #expect(Josa(form: "하고") == nil)
  }
}
