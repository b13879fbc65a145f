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
/// - position: a short line without sentence punctuation whose neighbours (or the document
///   edge) are chrome belongs to the same run of chrome at the head or foot;
/// - corpus mode: a line that recurs across many documents analysed together.
///
/// Datelines with Korean labels (입력/수정/승인 + a date) are content. In Korean documents
/// (whose own text may be UI strings, as in localization files) only notices count.
enum ChromeClassifier {
  /// Korean words of a dateline.
  static let datelineWords: Set<String> = [
    "입력", "수정", "승인", "기사입력", "최종수정", "최종", "등록", "발행", "송고", "기사승인", "업데이트",
    "작성", "게재", "편집", "일자", "날짜", "오전", "오후", "년", "월", "일", "시", "분", "입력일", "수정일",
  ]

  /// Endings of polite UI sentences.
  static let politeEndings = ["세요", "십시오", "니다", "나요", "까요", "시오", "해요", "가요"]

  /// UI labels ending in -기.
  static let labelWords: Set<String> = [
    "하기", "보기", "닫기", "듣기", "가기", "접기", "펼치기", "쓰기", "읽기", "받기", "열기", "더보기",
  ]

  /// The Hangul words (maximal runs of Korean letters) of a line's prose.
  static func koreanWords(_ line: SourceLine, _ layout: LineLayout) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for (i, s) in line.scalars.enumerated() {
      if s.letter == .korean && layout.uses[i] == .prose {
        current.append(s.value)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// Whether a line is a dateline with Korean labels: all its Korean words are dateline
  /// words, and it has a digit.
  static func isDateline(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    let words = koreanWords(line, layout)
    guard !words.isEmpty, line.scalars.contains(where: { $0.letter == .digit }) else { return false }
    return words.allSatisfy { datelineWords.contains($0) }
  }

  /// Whether the last Korean word of a line is in the register of UI text.
  static func hasUIRegister(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    guard let last = koreanWords(line, layout).last else { return false }
    if politeEndings.contains(where: { last.hasSuffix($0) }) { return true }
    return labelWords.contains(where: { last == $0 || (last.hasSuffix($0) && last.count >= 3) })
  }

  /// Whether a line ends like a sentence (. ? ! … or a closing quote after one).
  static func endsLikeSentence(_ line: SourceLine) -> Bool {
    var k = line.scalars.count - 1
    while k >= 0, line.scalars[k].letter == .space || "\"'”’)".unicodeScalars.contains(line.scalars[k].value) {
      k -= 1
    }
    guard k >= 0 else { return false }
    return ".?!…。".unicodeScalars.contains(line.scalars[k].value)
  }
}
