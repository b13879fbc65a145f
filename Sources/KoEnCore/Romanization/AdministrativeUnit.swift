/// An administrative unit of a Korean place name (rule 3.5): 도 시 군 구 읍 면 리 동 가, and
/// the compound units of metropolitan cities and special self-governing provinces.
struct AdministrativeUnit: Hashable, Sendable {
  /// The unit as written (시).
  let name: String
  /// Whether rule 3.5's note lets it be left out (시, 군, 읍).
  let omissible: Bool
  /// The McCune–Reischauer spelling, when it differs from the plain romanization.
  let mccuneReischauer: String?

  static let all: [AdministrativeUnit] = [
    .init(name: "특별자치시", omissible: false, mccuneReischauer: "t'ŭkpyŏlchach'isi"),
    .init(name: "특별자치도", omissible: false, mccuneReischauer: "t'ŭkpyŏlchach'ido"),
    .init(name: "특별시", omissible: false, mccuneReischauer: "t'ŭkpyŏlsi"),
    .init(name: "광역시", omissible: false, mccuneReischauer: "kwangyŏksi"),
    .init(name: "도", omissible: false, mccuneReischauer: "do"),
    .init(name: "시", omissible: true, mccuneReischauer: "si"),
    .init(name: "군", omissible: true, mccuneReischauer: "gun"),
    .init(name: "구", omissible: false, mccuneReischauer: "gu"),
    .init(name: "읍", omissible: true, mccuneReischauer: "ŭp"),
    .init(name: "면", omissible: false, mccuneReischauer: "myŏn"),
    .init(name: "리", omissible: false, mccuneReischauer: "ri"),
    .init(name: "동", omissible: false, mccuneReischauer: "dong"),
    .init(name: "가", omissible: false, mccuneReischauer: "ga"),
  ]

  /// The unit that `word` is, exactly (가 in 종로 2가).
  static func exact(_ word: [HangulSyllable]) -> AdministrativeUnit? {
    let text = String(String.UnicodeScalarView(word.map(\.scalar)))
    return all.first { $0.name == text }
  }

  /// Splits a word into a non-empty name and a trailing unit (의정부시 → 의정부 + 시).
  static func split(_ word: [HangulSyllable]) -> ([HangulSyllable], AdministrativeUnit)? {
    let text = String(String.UnicodeScalarView(word.map(\.scalar)))
    for unit in all where text.hasSuffix(unit.name) {
      let count = unit.name.unicodeScalars.count
      guard word.count > count else { continue }
      return (Array(word.dropLast(count)), unit)
    }
    return nil
  }
}

/// Korean personal names: where the family name ends.
enum PersonalName {
  /// Two-syllable family names.
  static let doubleFamilyNames: Set<String> = [
    "남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절", "소봉", "장곡", "강전",
  ]

  /// The most common passport spellings of family names (as surveyed by the National Institute
  /// of Korean Language), for ``RomanizationOptions/customarySurnames``.
  static let customarySpellings: [String: String] = [
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
    "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
    "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon",
    "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "남": "Nam", "심": "Shim", "노": "Noh",
    "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "나": "Na",
    "민": "Min", "진": "Jin", "지": "Ji", "엄": "Eom", "채": "Chae", "원": "Won", "천": "Cheon", "방": "Bang",
    "공": "Kong", "현": "Hyun", "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do",
    "소": "So", "석": "Seok", "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon", "위": "Wi",
    "표": "Pyo", "명": "Myung", "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Keum", "옥": "Ok", "육": "Yook",
    "인": "In", "맹": "Maeng", "제": "Je", "모": "Mo", "탁": "Tak", "국": "Kook", "은": "Eun", "편": "Pyeon",
    "용": "Yong", "경": "Kyung", "봉": "Bong", "부": "Boo", "가": "Ka", "복": "Bok", "태": "Tae", "목": "Mok",
    "형": "Hyung", "두": "Doo", "감": "Kam", "호": "Ho", "남궁": "Namgoong", "황보": "Hwangbo", "제갈": "Jegal",
    "선우": "Sunwoo", "독고": "Dokgo", "사공": "Sagong", "서문": "Seomun",
  ]

  /// Family name and given name of a name written as one word: the first syllable, or the
  /// first two for a two-syllable family name when at least one syllable follows.
  static func split(_ name: [HangulSyllable]) -> ([HangulSyllable], [HangulSyllable]) {
    guard name.count >= 2 else { return (name, []) }
    if name.count >= 3 {
      let firstTwo = String(String.UnicodeScalarView(name.prefix(2).map(\.scalar)))
      if doubleFamilyNames.contains(firstTwo) { return (Array(name.prefix(2)), Array(name.dropFirst(2))) }
    }
    return (Array(name.prefix(1)), Array(name.dropFirst()))
  }
}
