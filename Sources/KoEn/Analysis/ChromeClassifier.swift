/// Decides which lines are chrome (text of the hosting site, not of the document).
///
/// Signals, from strongest to weakest:
/// - the chrome lexicon (`Corpora/Lexicon/chrome.tsv`): copyright and redistribution notices
///   anywhere; widget, comment, subscription, related-article and navigation strings on
///   short lines;
/// - the register of UI text: a line in Korean inside an English document that ends in a
///   polite imperative or explanatory ending (-세요, -십시오, -ㅂ니다/-습니다, -나요, -까요)
///   or is a UI label ending in -기 (공유하기, 더보기) is the site speaking to its reader,
///   not the article;
/// - shapes: lines made only of menu or share-bar labels, rows of short items between
///   separators, copyright lines in any language, hashtag and tag lists, pagers;
/// - position: a short line without sentence punctuation whose neighbours (or the document
///   edge) are chrome belongs to the same run of chrome at the head or foot;
/// - corpus mode: a line that recurs across many documents analysed together.
///
/// Datelines with Korean labels (입력/수정/승인 + a date) and English datelines and bylines
/// are content. In Korean documents
/// (whose own text may be UI strings, as in localization files) only notices count.
enum ChromeClassifier {
  /// Korean words of a dateline.
  static let datelineWords: Set<String> = [
    "입력", "수정", "승인", "기사입력", "최종수정", "최종", "등록", "발행", "송고", "기사승인", "업데이트",
    "작성", "게재", "편집", "일자", "날짜", "오전", "오후", "년", "월", "일", "시", "분", "입력일", "수정일",
  ]

  /// Endings of polite UI sentences.
  static let politeEndings = ["세요", "십시오", "니다", "나요", "까요", "시오", "해요", "가요", "니까"]

  /// UI labels ending in -기.
  static let labelWords: Set<String> = [
    "하기", "보기", "닫기", "듣기", "가기", "접기", "펼치기", "쓰기", "읽기", "받기", "열기", "더보기",
    "보내기", "키우기", "줄이기", "찾기", "남기기", "올리기",
  ]

  /// `politeEndings` and `labelWords` in UTF-8, and whether they are all precomposed
  /// syllables (so that `hasUIRegister` may compare them by bytes).
  private static let politeEndingBytes = politeEndings.map { Array($0.utf8) }
  private static let labelWordBytes = labelWords.map { Array($0.utf8) }
  private static let registerWordsAreSyllables = (politeEndings + labelWords).allSatisfy(HangulSyllables.areAll)

  /// The Hangul words (maximal runs of Korean letters) of a line's prose.
  static func koreanWords(_ line: SourceLine, _ layout: LineLayout) -> [String] {
    var words: [String] = []
    _ = forEachKoreanWord(line, layout) { word in
      words.append(word)
      return true
    }
    return words
  }

  /// Hands the words of `koreanWords(line, layout)` to `body` in order, until it returns
  /// false; returns false then, true when every word was handed over.
  static func forEachKoreanWord(_ line: SourceLine, _ layout: LineLayout, _ body: (String) -> Bool) -> Bool {
    var current = String.UnicodeScalarView()
    for (i, s) in line.scalars.enumerated() {
      if s.letter == .korean && layout.uses[i] == .prose {
        current.append(s.value)
      } else if !current.isEmpty {
        guard body(String(current)) else { return false }
        current = String.UnicodeScalarView()
      }
    }
    return current.isEmpty || body(String(current))
  }

  /// The last of `koreanWords(line, layout)`, found from the line's end.
  static func lastKoreanWord(_ line: SourceLine, _ layout: LineLayout) -> String? {
    let s = line.scalars
    func isKorean(_ i: Int) -> Bool { s[i].letter == .korean && layout.uses[i] == .prose }
    guard let end = s.indices.last(where: isKorean) else { return nil }
    var start = end
    while start > 0 && isKorean(start - 1) { start -= 1 }
    return line.text(from: start, through: end)
  }

  /// Whether a line is a dateline with Korean labels: all its Korean words are dateline
  /// words, and it has a digit. A byline may open it: one word of two to four syllables
  /// (the reporter's name or title) before two labels at least (`강영훈 | 승인 2022.09.26 |
  /// 수정 2022.09.26`, `편집장l승인2017.05.31l수정…`).
  static func isDateline(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    // Most lines have no Korean prose: ruled out without building their words.
    guard FragmentFinder.hasKoreanProse(line, layout), line.scalars.contains(where: { $0.letter == .digit }) else {
      return false
    }
    // Most Korean lines are ruled out by a syllable of their first two words, before any
    // word is built.
    let (first, second) = foreignSyllables(line, layout)
    if second { return false }
    // A dateline may carry the article's counters (`조회수 : 6326`, `댓글 0개`) after its date.
    // Its words are read one at a time: the first that is neither rules the line out (most
    // Korean lines at their first word), before the others are built.
    var labels = 0
    var index = 0
    let allKnown = forEachKoreanWord(line, layout) { word in
      defer { index += 1 }
      if index == 0 && first { return (2...4).contains(word.unicodeScalars.count) }
      if isDatelineWord(word) {
        labels += 1
        return true
      }
      return datelineCounters.contains(word)
    }
    return allKnown && labels >= (first ? 2 : 1)
  }

  /// The counters a Korean news system prints on its dateline: views, comments, likes.
  static let datelineCounters: Set<String> = ["조회", "조회수", "댓글", "개", "회", "추천", "공감"]

  /// Every syllable of a word that may be a dateline label (`isDatelineWord`) or counter:
  /// those of the listed words, and `기사` and `일` of the compounds.
  private static let datelineSyllables: Set<UInt32> = Set(
    (datelineWords.joined() + datelineCounters.joined() + "기사일").unicodeScalars.map(\.value))

  /// Whether the first and the second of `koreanWords(line, layout)` are written in
  /// precomposed syllables and have one that no dateline label or counter has: then such a
  /// word is neither. (Both lists are of precomposed syllables, and such a word equals a
  /// word under canonical equivalence only if it has the same syllables; a word in other
  /// scalars is left to the words' own test, and so is every word after one.) A line whose
  /// second word is foreign is no dateline, nor is one whose only word is.
  private static func foreignSyllables(_ line: SourceLine, _ layout: LineLayout) -> (first: Bool, second: Bool) {
    let syllables = datelineSyllables
    return line.scalars.withUnsafeBufferPointer { s in
      var foreign = (false, false)
      var k = 0
      for word in 0..<2 {
        while k < s.count && !(s[k].letter == .korean && layout.uses[k] == .prose) { k += 1 }
        // No second word: a foreign first word alone is no dateline.
        if k == s.count { return word == 1 ? (foreign.0, foreign.0) : foreign }
        var wordForeign = false
        while k < s.count && s[k].letter == .korean && layout.uses[k] == .prose {
          let v = s[k].value.value
          guard v &- 0xAC00 <= 0xD7A3 - 0xAC00 else { return foreign }
          if !syllables.contains(v) { wordForeign = true }
          k += 1
        }
        if word == 0 { foreign.0 = wordForeign } else { foreign.1 = wordForeign }
      }
      return foreign
    }
  }

  /// A dateline label: a listed word, or one compounded the way Korean news systems label
  /// their dates, `기사` + label (`기사등록`, `기사수정`) or label + `일` (`승인일`).
  static func isDatelineWord(_ word: String) -> Bool {
    if datelineWords.contains(word) { return true }
    if word.hasPrefix("기사"), datelineWords.contains(String(word.dropFirst(2))) { return true }
    if word.hasSuffix("일"), word.count > 1, datelineWords.contains(String(word.dropLast())) { return true }
    return false
  }

  /// Whether the last Korean word of a line is in the register of UI text.
  static func hasUIRegister(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    if registerWordsAreSyllables, let answer = syllableWordHasUIRegister(line, layout) { return answer }
    guard let last = lastKoreanWord(line, layout) else { return false }
    let syllables = HangulSyllables.areAll(last)
    // A word of syllables against endings and labels of syllables: compared by bytes.
    if syllables && registerWordsAreSyllables {
      let word = Array(last.utf8)
      if politeEndingBytes.contains(where: { HangulSyllables.hasSuffix(word, $0) }) { return true }
      let long = word.count >= 3 * 3
      return labelWordBytes.contains(where: { word == $0 || (long && HangulSyllables.hasSuffix(word, $0)) })
    }
    func ends(_ ending: String) -> Bool { HangulSyllables.hasSuffix(last, ending, wordIsSyllables: syllables) }
    if politeEndings.contains(where: ends) { return true }
    return labelWords.contains(where: { last == $0 || (ends($0) && last.count >= 3) })
  }

  /// `politeEndings` and `labelWords` as their scalars' values.
  private static let politeEndingScalars = politeEndings.map { $0.unicodeScalars.map(\.value) }
  private static let labelWordScalars = labelWords.map { $0.unicodeScalars.map(\.value) }

  /// `hasUIRegister` of a line whose last Korean word is written in precomposed syllables,
  /// read in place from its scalars (the endings and labels are syllables too, and such
  /// words are equal, or one ends the other, exactly when their scalars are and do); nil
  /// for any other line. Building the word's text to compare its bytes cost about two
  /// thousand instructions a line.
  private static func syllableWordHasUIRegister(_ line: SourceLine, _ layout: LineLayout) -> Bool? {
    line.scalars.withUnsafeBufferPointer { s -> Bool? in
      func isKorean(_ i: Int) -> Bool { s[i].letter == .korean && layout.uses[i] == .prose }
      var end = s.count - 1
      while end >= 0 && !isKorean(end) { end -= 1 }
      guard end >= 0 else { return nil }
      var start = end
      while start > 0 && isKorean(start - 1) { start -= 1 }
      for k in start...end where s[k].value.value &- 0xAC00 > 0xD7A3 - 0xAC00 { return nil }
      let length = end - start + 1
      func endsWith(_ ending: [UInt32]) -> Bool {
        guard ending.count <= length else { return false }
        let offset = end + 1 - ending.count
        for k in ending.indices where s[offset + k].value.value != ending[k] { return false }
        return true
      }
      if politeEndingScalars.contains(where: endsWith) { return true }
      let long = length >= 3
      return labelWordScalars.contains(where: { (long || $0.count == length) && endsWith($0) })
    }
  }

  /// Whether a line ends like a sentence (. ? ! … or a closing quote after one).
  static func endsLikeSentence(_ line: SourceLine) -> Bool {
    let closing: ScalarSet = closingQuotes
    var k = line.scalars.count - 1
    while k >= 0, line.scalars[k].letter == .space || closing.contains(line.scalars[k].value) {
      k -= 1
    }
    guard k >= 0 else { return false }
    return sentenceEnds.contains(line.scalars[k].value)
  }

  /// What may close a sentence after its punctuation, and the punctuation that ends one.
  private static let closingQuotes: ScalarSet = "\"'”’)"
  private static let sentenceEnds: ScalarSet = ".?!…。"

  /// What a pass over a line's scalars made for another purpose found of the marks two
  /// shape rules look for before anything else: so that they need not look again.
  struct ShapeMarks {
    /// A `>`, `›` or `»` (`isBreadcrumbMark`).
    var breadcrumb = false
    /// A copyright sign (`isCopyrightSign`).
    var copyrightSign = false
  }

  /// Whether `c` may separate a breadcrumb trail's items.
  @inline(__always)
  static func isBreadcrumbMark(_ c: Unicode.Scalar) -> Bool { c == ">" || c == "›" || c == "»" }

  /// Whether a line has the shape of a breadcrumb trail: `Home > Section`, `A › B › C`, or
  /// one step of a trail a capture lays out as a list, `2. PR Center >` (a list item of four
  /// words at most that ends with the mark). `marks`, when given, tell whether it has a mark
  /// of one.
  static func isBreadcrumb(_ line: SourceLine, marks: ShapeMarks? = nil) -> Bool {
    // A line counted when decoded has no `›` or `»`, and a `>` only if it may separate a row.
    if line.asciiCounts.isKnown && !line.asciiCounts.mayHaveRowSeparator { return false }
    guard marks?.breadcrumb ?? line.scalars.contains(where: { isBreadcrumbMark($0.value) }) else { return false }
    let text = line.text
    let separators = text.split(separator: " ").filter { $0 == ">" || $0 == "›" || $0 == "»" }.count
    let start = text.drop(while: { $0 == " " || $0 == "\t" })
    return separators >= 2 || (separators == 1 && (start.hasPrefix("Home") || start.hasPrefix("홈")))
      || (separators == 1 && isTrailStep(start))
  }

  /// Whether a trimmed line is a list item (`1.`, `•`, `-`, `*`) of one to four words
  /// followed by a breadcrumb mark that ends the line.
  private static func isTrailStep(_ start: Substring) -> Bool {
    var words = start.split(separator: " ")
    guard let last = words.last, last == ">" || last == "›" || last == "»" else { return false }
    words.removeLast()
    guard let marker = words.first else { return false }
    let isMarker = marker == "•" || marker == "-" || marker == "*"
      || (marker.count <= 3 && marker.last == "." && marker.dropLast().allSatisfy { $0.isASCII && $0.isNumber })
    return isMarker && (2...5).contains(words.count)
  }

  /// English words of a dateline (`Posted : 2024-03-01 10:00`, `Updated Mar. 2, 2024`).
  static let englishDatelineWords: Set<String> = [
    "posted", "updated", "published", "modified", "input", "edited", "date", "last", "on", "at",
    "kst", "am", "pm", "a", "p", "m", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "st", "nd", "rd", "th", "and", "of",
  ]

  /// Whether a line is a dateline or a byline, which are the article's own text: a date with
  /// English dateline labels and month names only, or a short line starting with `By` or
  /// naming a reporter, or holding an e-mail address. `hasDigit` is whether the line has a
  /// decimal digit (`LineLetters.hasDigit`, `ChromeFacts.hasDigit`).
  static func isEnglishDatelineOrByline(_ line: SourceLine, normalized: NormalizedUTF8, words wordCount: Int, hasDigit: Bool) -> Bool {
    guard wordCount <= 16 else { return false }
    // Only a dateline (with a digit) has more than ten words.
    guard hasDigit || wordCount <= 10 else { return false }
    // The words are read as bytes, each once, against the lists as `ASCIIWordSet`s. A
    // byline's word counts only on a line of ten words or fewer, and the reading stops once
    // no word can change the answer. (`wordCount` is the number of words of `normalized`,
    // which holds one space between two words and none at its ends.)
    let datelineWords = englishDatelineWordSet
    let labels = datelineLabelSet
    let bylines = bylineWordSet
    let readsBylines = wordCount <= 10
    var count = 0
    var allDatelineWords = hasDigit
    var firstIsLabel = false
    var firstIsBy = false
    var hasBylineWord = false
    LineText.forEachWord(normalized) { word in
      if count == 0 {
        firstIsLabel = hasDigit && labels.contains(word)
        firstIsBy = word.count == 2 && word[0] == UInt8(ascii: "b") && word[1] == UInt8(ascii: "y")
      }
      count += 1
      if allDatelineWords && !datelineWords.contains(word) { allDatelineWords = false }
      if readsBylines && !hasBylineWord && bylines.contains(word) { hasBylineWord = true }
      return allDatelineWords || (readsBylines && !hasBylineWord)
    }
    if hasDigit && wordCount > 0 && allDatelineWords { return true }
    if hasDigit && wordCount <= 12 && firstIsLabel { return true }
    if firstIsBy && wordCount >= 2 && wordCount <= 10 && !endsLikeSentence(line) { return true }
    guard readsBylines else { return false }
    if hasBylineWord { return true }
    // `@` is a clue of the inline masks: a line counted without one has none.
    guard line.asciiCounts.mayHaveMaskClue, line.scalars.contains(where: { $0.value == "@" }) else { return false }
    let text = line.text
    return text.contains("@") && !text.contains(" @")
  }

  /// The English labels a dateline starts with.
  private static let datelineLabels: Set<String> = ["posted", "updated", "published", "modified", "input", "edited"]

  /// The words that make a short line a byline.
  private static let bylineWords: Set<String> = ["reporter", "correspondent", "writer", "기자"]

  /// The lists above, looked up by a word's bytes.
  private static let englishDatelineWordSet = ASCIIWordSet(englishDatelineWords)
  private static let datelineLabelSet = ASCIIWordSet(datelineLabels)
  private static let bylineWordSet = ASCIIWordSet(bylineWords)

  /// Whether a line is a copyright line in any language: it starts with a copyright sign
  /// (©, ⓒ, (c)) or with the word "Copyright" followed by a sign, a year or "by"; or it holds
  /// a sign followed by a year (`… © 2024 …`). A sentence that merely begins with the word
  /// ("Copyright law protects …") is not.
  ///
  /// `marks`, when given, tell whether the line has a copyright sign.
  static func isCopyrightLine(_ line: SourceLine, words: Int, marks: ShapeMarks? = nil) -> Bool {
    guard words <= 40 else { return false }
    // Without a sign, only a line starting with `(c)` or `copyright` can be one. A line of
    // one-byte scalars only (`hasOneByteScalarsOnly`) has no sign, unread.
    let hasSign =
      marks?.copyrightSign ?? (!line.hasOneByteScalarsOnly && line.scalars.contains(where: { isCopyrightSign($0.value) }))
    if !hasSign {
      guard let start = line.scalars.firstIndex(where: { $0.value != " " && $0.value != "\t" && $0.value != "[" }),
        line.scalars[start].value == "(" || line.scalars[start].value.value | 0x20 == 0x63,
        startsIgnoringCase(line, at: start, "(c)") || startsIgnoringCase(line, at: start, "copyright")
      else { return false }
    }
    let text = line.text.drop(while: { $0 == " " || $0 == "\t" || $0 == "[" })
    let signs: [Character] = ["©", "ⓒ", "Ⓒ"]
    func startsWithSign(_ s: Substring) -> Bool {
      if let c = s.first, signs.contains(c) { return true }
      return s.prefix(3).lowercased() == "(c)"
    }
    if let c = text.first, signs.contains(c) { return true }
    // `(c)` also enumerates: only before a year or on a short line that is not a sentence.
    if text.prefix(3).lowercased() == "(c)" {
      let rest = text.dropFirst(3).drop(while: { $0 == " " })
      return rest.first?.isNumber == true || (words <= 8 && !endsLikeSentence(line))
    }
    if text.lowercased().hasPrefix("copyright") {
      let rest = text.dropFirst("copyright".count).drop(while: { $0 == " " || $0 == "\u{00A0}" })
      guard let next = rest.first else { return true }
      return next == ":" || startsWithSign(rest) || next.isNumber || rest.lowercased().hasPrefix("by ")
    }
    // A sign followed by a year anywhere.
    let chars = Array(text)
    for (k, c) in chars.enumerated() where signs.contains(c) {
      var j = k + 1
      while j < chars.count && chars[j] == " " { j += 1 }
      var digits = 0
      while j < chars.count && chars[j].isASCII && chars[j].isNumber {
        digits += 1
        j += 1
      }
      if digits == 4 { return true }
    }
    return false
  }

  /// Whether the scalars of `line` from `start` spell `word` (lower-case ASCII), ignoring
  /// the case of ASCII letters.
  private static func startsIgnoringCase(_ line: SourceLine, at start: Int, _ word: StaticString) -> Bool {
    guard line.scalars.count - start >= word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { bytes in
      bytes.indices.allSatisfy { k in
        let v = line.scalars[start + k].value.value
        return (v >= 0x41 && v <= 0x5A ? v + 0x20 : v) == UInt32(bytes[k])
      }
    }
  }

  /// Whether `c` is a copyright sign.
  @inline(__always)
  static func isCopyrightSign(_ c: Unicode.Scalar) -> Bool {
    c.value >= 0xA9 && (c == "©" || c == "ⓒ" || c == "Ⓒ")  // U+00A9, U+24D2, U+24B8
  }

  /// Whether a line is a row of navigation: three or more short items (three words or
  /// fewer, none a sentence) separated by `|`, `·`, `•`, `/`, `>`, `›` or `»`
  /// (`Home | National | Politics`, `정치 · 경제 · 사회`).
  static func isNavigationRow(_ line: SourceLine) -> Bool {
    // Three items need two separators; most lines have none, and are ruled out here.
    var separators = 0
    line.scalars.withUnsafeBufferPointer { sc in
      for k in 0..<sc.count {
        let v = sc[k].value
        // Most scalars are ASCII other than the three that may separate.
        if v.value < 0x80 && v != "|" && v != "/" && v != ">" { continue }
        if separatesRow(at: k, in: sc) {
          separators += 1
          if separators == 2 { break }
        }
      }
    }
    return isNavigationRow(line, separators: separators)
  }

  /// Whether a line is shaped as code: a pair of braces, or an empty pair of brackets
  /// (`string[]`), which no site's menu, footer or widget text has.
  static func isCodeShaped(_ line: SourceLine) -> Bool {
    // `{` is a clue of the inline masks and `]` a link mark: a line counted without either
    // has neither.
    guard line.asciiCounts.mayHaveMaskClue || line.asciiCounts.mayHaveLinkMark else { return false }
    return line.scalars.withUnsafeBufferPointer { s in
      var open = false
      var previous: UInt32 = 0x20
      for k in 0..<s.count {
        let c = s[k].value.value
        if c == 0x7B { open = true } else if (c == 0x7D && open) || (c == 0x5D && previous == 0x5B) { return true }
        previous = c
      }
      return false
    }
  }

  /// Whether the scalar at `k` separates the items of a row: `|`, `·`, `•`, `›`, `»`, `ㅣ`,
  /// `｜` wherever they stand, `/` and `>` between spaces (not inside a path, a date or a URL).
  @inline(__always)
  static func separatesRow(at k: Int, in sc: UnsafeBufferPointer<SourceScalar>) -> Bool {
    let v = sc[k].value
    return isRowSeparator(v)
      || ((v == "/" || v == ">") && k > 0 && sc[k - 1].value == " " && (k + 1 == sc.count || sc[k + 1].value == " "))
  }

  /// `isNavigationRow(_:)` for a line with `separators` row separators (`separatesRow`;
  /// any count from two on may be given as two).
  static func isNavigationRow(_ line: SourceLine, separators: Int) -> Bool {
    guard separators >= 2 else { return false }
    // A line of ASCII is read by its scalars, each of which is one of its characters.
    guard let items = line.asciiCounts.isKnown ? asciiRowItems(line) : rowItems(line) else { return false }
    guard items.count >= 3 else { return false }
    var withLetters = 0
    for item in items {
      let norm = ChromeLexicon.normalize(item.unicodeScalars)
      let n = norm.isEmpty ? 0 : norm.split(separator: " ").count
      if n > 3 { return false }
      if let last = item.last, ".?!…".contains(last) { return false }
      if n > 0 { withLetters += 1 }
    }
    return withLetters >= 2
  }

  /// The items of a line read as a row (trimmed, none empty), or nil for a line that is no
  /// row whatever its items: a table row, a URL, code, a grammar or help text.
  private static func rowItems(_ line: SourceLine) -> [Substring]? {
    let text = line.text
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
    guard let first = trimmed.first, first != "|" else { return nil }  // a table row
    let chars = Array(text)
    // Not a URL, and not code, a grammar or help text (`string | Object`, `(|fold|)`,
    // `'+' | '-'`). Each is a `Character` of one ASCII scalar, which only itself equals:
    // told by its byte.
    var previous: (UInt8, UInt8) = (0, 0)
    for c in chars {
      let byte = c.utf8.count == 1 ? c.utf8.first! : 0
      if byte != 0 && notInRows[Int(byte)] { return nil }
      if byte == UInt8(ascii: "/") && previous == (UInt8(ascii: ":"), UInt8(ascii: "/")) { return nil }
      previous = (previous.1, byte)
    }
    // `|`, `·`, `•`, `›`, `»` separate wherever they stand; `/` and `>` only between spaces
    // (not inside a path, a date or a URL).
    var items: [Substring] = []
    var current = ""
    for (k, c) in chars.enumerated() {
      let isSeparator = alwaysSeparatesRow(c)
        || (separatesRowBetweenSpaces(c) && k > 0 && chars[k - 1] == " " && (k + 1 == chars.count || chars[k + 1] == " "))
      if isSeparator {
        items.append(Substring(current))
        current = ""
      } else {
        current.append(c)
      }
    }
    items.append(Substring(current))
    return items.map { $0.trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
  }

  /// `rowItems(_:)` of a line of ASCII scalars only, each of which is a character of the
  /// line: the same tests and the same items, read from the scalars' values, without making
  /// the line's characters one by one (tens of thousands of instructions on a menu's line).
  private static func asciiRowItems(_ line: SourceLine) -> [Substring]? {
    let space: UInt32 = 0x20
    let s = line.scalars
    guard let first = s.first(where: { $0.value != " " && $0.value != "\t" }), first.value != "|" else { return nil }
    var previous: (UInt32, UInt32) = (0, 0)
    for scalar in s {
      let v = scalar.value.value
      if v < 0x80 && notInRows[Int(v)] { return nil }
      if v == 0x2F && previous == (0x3A, 0x2F) { return nil }  // `://`
      previous = (previous.1, v)
    }
    var items: [Substring] = []
    var start = 0
    for k in s.indices {
      let v = s[k].value.value
      let isSeparator = v == 0x7C  // `|`; the other separators of any place are not ASCII
        || ((v == 0x2F || v == 0x3E) && k > 0 && s[k - 1].value.value == space
          && (k + 1 == s.count || s[k + 1].value.value == space))
      if isSeparator {
        items.append(Substring(line.text(from: start, through: k - 1)))
        start = k + 1
      }
    }
    items.append(Substring(line.text(from: start, through: s.count - 1)))
    return items.map { $0.trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
  }

  /// The ASCII bytes no row of navigation has: ``{}=;()[]'"*_` and a backtick.
  private static let notInRows: [Bool] = {
    var table = [Bool](repeating: false, count: 128)
    for b in "`{}=;()[]'\"*_".utf8 { table[Int(b)] = true }
    return table
  }()

  /// Whether the character `c` separates a row's items wherever it stands: `|`, `·`, `•`,
  /// `›`, `»`, `ㅣ`, `｜` (`isRowSeparator`), or U+0387, which is canonically equivalent to
  /// `·` and so the same `Character`. Told by its one scalar: no character of several
  /// scalars equals any of them, and hashing each character to look it up in a set cost
  /// tens of thousands of instructions on a line of a few dozen.
  private static func alwaysSeparatesRow(_ c: Character) -> Bool {
    guard let scalar = onlyScalar(of: c) else { return false }
    return isRowSeparator(scalar) || scalar == "\u{0387}"
  }

  /// Whether the character `c` separates a row's items when it stands between spaces: `/`
  /// or `>` (equal to no other character).
  private static func separatesRowBetweenSpaces(_ c: Character) -> Bool {
    guard let scalar = onlyScalar(of: c) else { return false }
    return scalar == "/" || scalar == ">"
  }

  /// The scalar of a character made of one, or nil.
  private static func onlyScalar(of c: Character) -> Unicode.Scalar? {
    let scalars = c.unicodeScalars
    guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
    return first
  }

  /// Whether `c` separates the items of a row wherever it stands.
  private static func isRowSeparator(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "|", "·", "•", "›", "»", "ㅣ", "｜": return true
    default: return false
    }
  }

  /// Whether a line is a list of tags or keywords: `Tags:`, `Keywords:`, `Topics:`, `태그`,
  /// `키워드` and a colon, then short items.
  static func isTagLine(_ line: SourceLine, words: Int) -> Bool {
    // The label's first letter, and a colon after it.
    let indent = tagLineIndent
    guard let start = line.scalars.firstIndex(where: { !indent.contains($0.value) }),
      tagLabelStarts.contains(line.scalars[start].value), mayStartWithTagLabel(line, from: start)
    else { return false }
    let text = line.text.drop(while: { $0 == " " || $0 == "\t" || $0 == "#" })
    guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
    let label = text[..<colon].trimmingASCIIWhitespace().lowercased()
    guard ["tags", "tag", "keywords", "keyword", "topics", "태그", "키워드", "관련 태그", "관련태그"].contains(label) else {
      return false
    }
    return words <= 30 && !endsLikeSentence(line)
  }

  /// Whether the scalars from `start` to the line's first colon may be a tag line's label:
  /// only letters and spaces, no more letters than a label has in any normalization form
  /// (16: `관련 태그` decomposed has ten), then a colon. A line without one is no tag line, and
  /// most lines that start as a label does (`The …`) are ruled out by their first words,
  /// before the line's text is built. (The label `isTagLine` reads ends at a colon no
  /// earlier, and starts no later.)
  private static func mayStartWithTagLabel(_ line: SourceLine, from start: Int) -> Bool {
    var letters = 0
    for s in line.scalars[start...] {
      let v = s.value.value
      if v == 0x3A || v == 0xFF1A { return true }
      // Korean, Latin and other letters are the first three classes.
      if s.letter.rawValue <= LetterClass.otherLetter.rawValue {
        letters += 1
        if letters > 16 { return false }
      } else if s.letter != .space && v > 0x20 {
        return false
      }
    }
    return false
  }

  /// What may stand before a tag line's label, and the first letters of its labels.
  private static let tagLineIndent: ScalarSet = " \t#\r"
  private static let tagLabelStarts: ScalarSet = "tTkK\u{212A}태키관"

  /// Whether a line whose first scalar that is no space (`LetterClass.space`) is `c` may be
  /// a tag line (`isTagLine`): its label's first letter, or a `#` before it.
  static func mayStartTagLine(_ c: Unicode.Scalar) -> Bool { c == "#" || tagLabelStarts.contains(c) }

  /// Whether a line is a list of hashtags only (`#NorthKorea #missile`, `#북한 #미사일`).
  static func isHashtagLine(_ line: SourceLine) -> Bool {
    let separators = hashtagSeparators
    guard line.scalars.first(where: { !separators.contains($0.value) })?.value == "#" else { return false }
    let items = line.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
    guard !items.isEmpty else { return false }
    return items.allSatisfy { $0.count >= 2 && $0.first == "#" && $0.dropFirst().first.map { $0 != "#" && !$0.isWhitespace } == true }
  }

  /// What separates hashtags.
  private static let hashtagSeparators: ScalarSet = " \t,"

  /// The numbers written in a line of ASCII scalars only, in order: its runs of digits
  /// that fit an `Int` (in ASCII a `Character` is a scalar, and only the digits are
  /// numbers, so these are the runs of numbers `Int` parses); nil for a line with other
  /// scalars.
  ///
  /// With `orOwnCharacters`, a line may have precomposed Hangul syllables besides, and the
  /// bullets, middle dot, no-break space and typographic marks of a news page: on such a
  /// line each is a `Character` of its own (no conjoining jamo, no combining mark joins it)
  /// and no number, so the runs are still those of the line's `Character`s that are numbers.
  static func asciiNumbers(_ line: SourceLine, orOwnCharacters: Bool = false) -> [Int]? {
    var numbers: [Int] = []
    var value = 0
    var inRun = false
    var overflow = false
    for s in line.scalars {
      let v = s.value.value
      guard v < 0x80 || (orOwnCharacters && isOwnNonNumberCharacter(v)) else { return nil }
      if v &- 0x30 < 10 {
        if !inRun {
          inRun = true
          value = 0
          overflow = false
        }
        let (times10, o1) = value.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(Int(v &- 0x30))
        value = sum
        overflow = overflow || o1 || o2
      } else if inRun {
        if !overflow { numbers.append(value) }
        inRun = false
      }
    }
    if inRun && !overflow { numbers.append(value) }
    return numbers
  }

  /// Whether `v` is a precomposed Hangul syllable, `•`, `·`, a no-break space, a dash, a
  /// curly quote or an ellipsis: scalars that join no `Character` with ASCII or with each
  /// other, and are no number.
  @inline(__always)
  private static func isOwnNonNumberCharacter(_ v: UInt32) -> Bool {
    if v &- 0xAC00 <= 0xD7A3 - 0xAC00 { return true }
    switch v {
    case 0x00A0, 0x00B7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026: return true
    default: return false
    }
  }

  /// The words a page's counters are labelled with: how often an article was viewed, read,
  /// recommended or commented on.
  static let counterWords: Set<String> = [
    "view", "views", "hit", "hits", "read", "reads", "total", "comment", "comments", "like", "likes",
    "recommend", "조회", "조회수", "댓글", "추천", "공감", "좋아요",
  ]

  /// Whether a line is a counter: one or two words, all of them a counter's label
  /// (`counterWords`; `norm` is the line's normalized prose, `words` its word count), and a
  /// single number (`View : 581`, `- Hit 3386`, `TOTAL 1/74`, `Views159`). A line of several
  /// numbers is a table's row (`Total 1 19,184 322`), one with a date a dateline.
  static func isCounter(_ line: SourceLine, norm: String, words: Int) -> Bool {
    guard words >= 1 && words <= 2 else { return false }
    guard LineText.words(norm).allSatisfy({ counterWords.contains(String($0)) }) else { return false }
    var numbers = 0
    var inNumber = false
    for scalar in line.scalars {
      if scalar.letter == .digit {
        if !inNumber { numbers += 1 }
        inNumber = true
      } else if scalar.letter == .space {
        inNumber = false
      }
    }
    return numbers == 1
  }

  /// The words a site's home is named by, first in a trail of the sections above a page,
  /// each with the space after it.
  static let homeWords = ["home ", "홈 ", "홈으로 "]

  /// Whether a line opens with the site's home and goes on with at most nine more words,
  /// not as a sentence (`HOME Opinion Essay`, `Home About KMU Greeting from the President`):
  /// a breadcrumb trail whose separators were lost.
  static func startsAtHome(norm: NormalizedUTF8, words: Int, endsLikeSentence: Bool) -> Bool {
    guard words >= 2 && words <= 10 && !endsLikeSentence else { return false }
    return homeWords.contains { norm.starts(with: $0.utf8) }
  }

  /// Whether a line is a pager: four or more consecutive numbers (`1 2 3 4 5 다음`), with
  /// at most a few navigation words.
  static func isPager(_ line: SourceLine, words: Int) -> Bool {
    // Four numbers need four ASCII digits; more than four words rule a pager out.
    guard words <= 4 else { return false }
    var digits = 0
    for s in line.scalars where s.value.value &- 0x30 < 10 { digits += 1 }
    guard digits >= 4 else { return false }
    let numbers =
      asciiNumbers(line, orOwnCharacters: true) ?? line.text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    guard numbers.count >= 4 else { return false }
    var run = 1
    var longest = 1
    for k in 1..<numbers.count {
      run = numbers[k] == numbers[k - 1] + 1 ? run + 1 : 1
      longest = max(longest, run)
    }
    return longest >= 4
  }
}
