/// How a word ends when read aloud in Korean: the fact that particle (josa) choice depends on.
///
/// Korean picks 은 or 는, 이 or 가, 으로 or 로 by the sound the preceding word ends with,
/// and in mixed text that word is often not Hangul: `NATO는` (나토), `URL을` (유알엘),
/// `3은` (삼), `10을` (십), `Google은` (구글). ``KoreanReading/ending(of:)`` works that out.
///
/// Thread-safety: stateless; all members are pure functions.
public enum KoreanReading {
  /// The final sound of a word as read in Korean.
  public enum Ending: Sendable, Hashable {
    /// Ends in a vowel (나토, 삼성전자의 "자").
    case vowel
    /// Ends in the consonant ㄹ, which behaves like a vowel before 으로/로 (서울로).
    case rieul
    /// Ends in any other consonant (한국, 삼 for 3, 십 for 10).
    case consonant
  }

  /// The ending of the last readable character of `word`, or `nil` when nothing in it can
  /// be read (empty, only punctuation, emoji, or a script KoEn does not read).
  ///
  /// Trailing closing punctuation and quotes are skipped (`"서울")` reads as 서울). Rules:
  /// - a Hangul syllable: its final consonant (ㄹ → `.rieul`);
  /// - a compatibility letter: its Korean name (ㄱ 기역 → consonant, ㄹ 리을 → `.rieul`,
  ///   ㅏ 아 → vowel);
  /// - digits: the Sino-Korean reading of the number (3 삼, 10 십, 100 백, 1000 천,
  ///   10000 만, 2 이); decimals read their last digit;
  /// - Latin: an all-capital run of two or more letters is an acronym read letter by letter
  ///   (URL → 유알엘, so `.rieul`; KBS → 케이비에스, vowel), unless it is a well-known
  ///   acronym read as a word (NATO 나토, OPEC 오펙, LAN 랜); other words are read as
  ///   loanwords by their spelling (Google 구글 → `.rieul`, Python 파이썬 → consonant,
  ///   Java 자바 → vowel, app 앱 → consonant). The loanword guess is a heuristic.
  /// - Hanja: the reading from ``HanjaReadings``.
  ///
  /// - Complexity: O(n) in the length of the word.
  public static func ending(of word: String) -> Ending? {
    let scalars = Array(Hangul.compose(word).unicodeScalars)
    var end = scalars.count
    while end > 0, isSkippable(scalars[end - 1]) { end -= 1 }
    guard end > 0 else { return nil }
    let last = scalars[end - 1]
    if let syllable = HangulSyllable(last) {
      return syllable.final == 0 ? .vowel : (syllable.final == 8 ? .rieul : .consonant)
    }
    if HangulJamo.isCompatibilityVowel(last) { return .vowel }
    if HangulJamo.isCompatibilityConsonant(last) { return last == "ㄹ" ? .rieul : .consonant }
    if let hanja = HanjaReadings.reading(of: last), let syllable = HangulSyllable(hanja) {
      return syllable.final == 0 ? .vowel : (syllable.final == 8 ? .rieul : .consonant)
    }
    if isDigit(last) {
      var start = end - 1
      while start > 0, isDigit(scalars[start - 1]) || scalars[start - 1] == "," { start -= 1 }
      if start > 0, scalars[start - 1] == "." {  // a decimal: the last digit is read alone
        return digitEnding(last)
      }
      return numberEnding(scalars[start..<end].filter(isDigit))
    }
    if isLatinLetter(last) {
      var start = end - 1
      while start > 0, isLatinLetter(scalars[start - 1]) { start -= 1 }
      return latinEnding(String(String.UnicodeScalarView(scalars[start..<end])))
    }
    return nil
  }

  static func isSkippable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ")", "]", "}", "\"", "'", "’", "”", "」", "』", "》", "〉", "】", "〕", ".", ",", "!", "?", " ", "\t", "\n",
      "…", "·", ":", ";", "*", "_", "~":
      return true
    default: return false
    }
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구.
  static func digitEnding(_ digit: Unicode.Scalar) -> Ending {
    switch digit {
    case "2", "4", "5", "9": return .vowel
    case "1", "7", "8": return .rieul
    default: return .consonant
    }
  }

  /// The Sino-Korean reading of a whole number: trailing zeros name a power of ten.
  static func numberEnding(_ digits: [Unicode.Scalar]) -> Ending {
    guard let lastNonZero = digits.lastIndex(where: { $0 != "0" }) else { return .consonant }  // 영
    let zeros = digits.count - 1 - lastNonZero
    if zeros == 0 { return digitEnding(digits[lastNonZero]) }
    switch zeros % 4 {
    case 1: return .consonant  // 십
    case 2: return .consonant  // 백
    case 3: return .consonant  // 천
    default:
      switch zeros {
      case 4, 20: return .consonant  // 만, 해
      case 8: return .consonant  // 억
      case 12: return .vowel  // 조
      default: return .consonant  // 경 …
      }
    }
  }

  /// Korean names of the Latin letters: only L (엘), M (엠) and N (엔) end in a consonant.
  static func letterNameEnding(_ letter: Unicode.Scalar) -> Ending {
    switch letter {
    case "L", "l": return .rieul
    case "M", "m", "N", "n": return .consonant
    default: return .vowel
    }
  }

  /// Acronyms read as words rather than letter by letter, with how their reading ends.
  static let wordAcronyms: [String: Ending] = [
    "NATO": .vowel, "UNESCO": .vowel, "UNICEF": .vowel, "NASA": .vowel, "FIFA": .vowel, "ASEAN": .consonant,
    "OPEC": .consonant, "LAN": .consonant, "RAM": .consonant, "ROM": .consonant, "SIM": .consonant,
    "PIN": .consonant, "GIF": .vowel, "JPEG": .consonant, "PNG": .vowel, "SQL": .rieul, "AIDS": .vowel,
    "COVID": .vowel, "LASER": .vowel, "RADAR": .vowel, "SONAR": .vowel, "WIFI": .vowel, "ICU": .vowel,
    "API": .vowel, "UNIX": .vowel, "POSIX": .vowel, "DOS": .vowel, "GNU": .vowel, "YAML": .rieul,
    "JSON": .consonant, "ASCII": .vowel, "NAVER": .vowel, "KOSPI": .vowel, "KOSDAQ": .consonant,
  ]

  static func latinEnding(_ word: String) -> Ending {
    let upper = word.uppercased()
    if let known = wordAcronyms[upper], word == upper { return known }
    // A trailing run of capitals (URL, macOS's OS, iOS) is read letter by letter.
    let scalars = Array(word.unicodeScalars)
    var capitals = 0
    for scalar in scalars.reversed() {
      guard ("A"..."Z").contains(scalar) else { break }
      capitals += 1
    }
    if capitals >= 2 || scalars.count == 1 { return letterNameEnding(scalars[scalars.count - 1]) }
    return loanwordEnding(word.lowercased())
  }

  /// Common words whose Hangul spelling the rules below would guess wrong.
  static let knownWords: [String: Ending] = [
    "github": .vowel, "check": .vowel, "club": .consonant, "microsoft": .vowel, "apple": .rieul, "google": .rieul,
    "kakao": .vowel, "samsung": .consonant, "hyundai": .vowel, "netflix": .vowel, "word": .vowel, "excel": .rieul,
    "windows": .vowel, "swift": .vowel, "rust": .vowel, "go": .vowel, "android": .vowel, "ios": .vowel,
  ]

  /// A spelling-based guess at how an English word ends when written in Hangul.
  static func loanwordEnding(_ word: String) -> Ending {
    if let known = knownWords[word] { return known }
    let s = Array(word.unicodeScalars)
    let n = s.count
    func isVowelLetter(_ c: Unicode.Scalar) -> Bool { "aeiou".unicodeScalars.contains(c) }
    let last = s[n - 1]
    let previous: Unicode.Scalar? = n >= 2 ? s[n - 2] : nil
    let beforePrevious: Unicode.Scalar? = n >= 3 ? s[n - 3] : nil
    // Silent e: name → 네임, line → 라인, apple → 애플, code → 코드.
    if last == "e", let p = previous, !isVowelLetter(p) {
      switch p {
      case "l": return .rieul  // apple 애플, google 구글, mobile 모바일
      case "m", "n": return .consonant  // game 게임, phone 폰
      default: return .vowel  // code 코드, case 케이스, site 사이트
      }
    }
    switch last {
    case "l": return .rieul  // excel 엑셀, email 이메일, tool 툴
    case "m", "n": return .consonant  // team 팀, python 파이썬
    case "g": return previous == "n" ? .consonant : .vowel  // king 킹, blog 블로그
    case "k", "c", "p", "b", "t":
      // A stop after a single short vowel letter is a batchim: book 북, app 앱, web 웹, chat 챗.
      if let p = previous, isVowelLetter(p) || (p == last && beforePrevious.map(isVowelLetter) == true) {
        if last == "t", p == "e" || p == "a", beforePrevious.map(isVowelLetter) == true { return .vowel }  // beat 비트
        return .consonant
      }
      if last == "k", previous == "c" { return .consonant }  // click 클릭, truck 트럭
      return .vowel  // desk 데스크, help 헬프, test 테스트
    default:
      return .vowel  // java 자바, server 서버, linux 리눅스, github 깃허브
    }
  }
}
