/// A short Korean line of an English page that carries a date or a time (`조인어스코리아 2015.
/// 1. 6. 15:34`, `공원명 본사 등록일 2021.12.06 15:29:11`, `• 11.06.15 / 박채형`): the article's
/// dateline or byline, whatever its board's labels or its poster's name say, and never text
/// left untranslated. Its Korean runs are fragments as any are; whether it is the site's
/// (`최종편집 2024-10-04`) is for the chrome rules to say.
///
/// In the labelled English pages, no Korean line of five words or fewer with a date is
/// untranslated (content mostly, chrome a few).
enum DatedKoreanLine {
  /// The most Korean words such a line holds; a longer one is a sentence that has a date.
  static let maximumKoreanWords = 5

  /// Whether the line has a date or a time and at most `maximumKoreanWords` Korean words of
  /// prose.
  static func matches(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    let s = line.scalars
    var words = 0
    var inWord = false
    for k in 0..<s.count {
      let korean = s[k].letter == .korean && layout.uses[k] == .prose
      if korean && !inWord {
        words += 1
        if words > maximumKoreanWords { return false }
      }
      inWord = korean
    }
    return words > 0 && hasDate(s)
  }

  /// Whether the scalars hold a date, year (two or four digits), month and day apart by `.`,
  /// `-` or `/` (spaces allowed after each: `2015. 1. 6.`), or a time (`15:34`).
  static func hasDate(_ s: SourceScalars) -> Bool {
    func digits(from k: Int) -> Int {
      var j = k
      while j < s.count, s[j].letter == .digit { j += 1 }
      return j - k
    }
    func separator(_ k: Int) -> Int? {
      guard k < s.count, s[k].value == "." || s[k].value == "-" || s[k].value == "/" else { return nil }
      var j = k + 1
      while j < s.count, s[j].value == " " { j += 1 }
      return j
    }
    var k = 0
    while k < s.count {
      guard s[k].letter == .digit, k == 0 || s[k - 1].letter != .digit else {
        k += 1
        continue
      }
      let first = digits(from: k)
      let end = k + first
      // A time: one or two digits, `:`, two digits.
      if first <= 2, end + 2 < s.count, s[end].value == ":", digits(from: end + 1) == 2 { return true }
      if first == 2 || first == 4, let m = separator(end) {
        let month = digits(from: m)
        if (1...2).contains(month), let d = separator(m + month), (1...2).contains(digits(from: d)) { return true }
      }
      k = end
    }
    return false
  }
}
