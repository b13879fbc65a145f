/// Lines that pair a term with its translation: the rows of a glossary table
/// (`| gradient | 기울기 |`) and glossary list items (`- cluster: 클러스터`,
/// `* epoch — 에폭`). The English there is the term being translated, the translator's
/// deliberate choice, not text left untranslated.
///
/// A line is a glossary line when it splits into parts — a table's cells, or the two sides
/// of the first `:`, ` - `, ` – `, ` — `, `→`, `=` — at least one of which has Korean
/// letters, and whose English-only parts are terms: four words at most, no sentence
/// inside. For the two-sided form the Korean side must be a term too (four words at most,
/// not a sentence), so that `Note: 이 설정은 …` (an English label left before a Korean
/// sentence) stays a fragment.
enum GlossaryLine {
  /// The scalar index ranges of the line's English terms, when it is a glossary line.
  static func termRanges(_ line: SourceLine, _ layout: LineLayout) -> [Range<Int>] {
    let s = line.scalars
    guard let first = s.firstIndex(where: { $0.letter != .space }) else { return [] }
    let isTable = s[first].value == "|"
    let parts = isTable ? cells(s, from: first) : sides(s, from: first)
    guard parts.count >= 2 else { return [] }
    var englishTerms: [Range<Int>] = []
    var hasKoreanPart = false
    // `- risky: 사용자 데이터가 포함될 수 있음.`: a key in lower case, then what it means.
    let definesKey = !isTable && isLowercaseKey(s, parts[0])
    for part in parts {
      let shape = Shape(s, layout, part)
      if shape.korean > 0 {
        if !isTable && !definesKey && (shape.words > 4 || shape.endsSentence) { return [] }
        hasKoreanPart = true
      } else if shape.latin > 0 {
        guard shape.words <= 4 && !shape.hasSentenceInside else { continue }
        englishTerms.append(part)
      }
    }
    return hasKoreanPart ? englishTerms : []
  }

  /// Whether a line of an English document is a vocabulary item: an English term (four
  /// words at most, after an optional bullet) and then its Korean gloss, without a
  /// separator (`- defection 변절, 이반, 탈당`, `orchestrate 조정하다`), the word lists of
  /// English-learning news. The Korean there glosses the term; it is not text left
  /// untranslated. A gloss is no sentence: six words at most, no full stop.
  static func isVocabularyItem(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    let s = line.scalars
    guard var start = s.firstIndex(where: { $0.letter != .space }) else { return false }
    if bullets.contains(s[start].value), start + 1 < s.count, s[start + 1].letter == .space {
      start += 1
      while start < s.count, s[start].letter == .space { start += 1 }
    }
    guard start < s.count, s[start].letter == .latin else { return false }
    // The term ends where the gloss starts: at the first Korean letter, or a `(` before one.
    guard var boundary = s[start...].firstIndex(where: { $0.letter == .korean }) else { return false }
    if let paren = s[start..<boundary].firstIndex(where: { $0.value == "(" }) { boundary = paren }
    guard boundary > start, s[boundary - 1].letter == .space else { return false }
    let term = Shape(s, layout, start..<boundary)
    let gloss = Shape(s, layout, boundary..<s.count)
    // A gloss of a verb ends in the dictionary form's 다, so only a full stop ends a sentence here.
    var end = s.count - 1
    while end > boundary, s[end].letter == .space { end -= 1 }
    return term.korean == 0 && term.latin > 0 && term.words <= 4 && !term.hasSentenceInside
      && gloss.korean > 0 && gloss.latin == 0 && gloss.words <= 6 && !gloss.hasSentenceInside
      && !".?!".unicodeScalars.contains(s[end].value)
  }

  /// The key a list item defines in lower case (`- risky: 사용자 데이터가 포함될 수 있음`):
  /// a value the document names as it is wherever it uses it.
  static func definedKey(_ line: SourceLine, _ layout: LineLayout) -> String? {
    let s = line.scalars
    guard let first = s.firstIndex(where: { $0.letter != .space }), s[first].value != "|" else { return nil }
    let parts = sides(s, from: first)
    guard parts.count == 2, isLowercaseKey(s, parts[0]), Shape(s, layout, parts[1]).korean > 0 else { return nil }
    var key = String.UnicodeScalarView()
    for k in parts[0] where s[k].letter == .latin || s[k].value == "-" || s[k].value == "_" { key.append(s[k].value) }
    return key.isEmpty ? nil : String(key)
  }

  /// Whether `range` (the left side of a list item's separator) is one word in lower case:
  /// a key, an option or a value the item defines (`safe`, `dry-run`), where a label left
  /// untranslated before a sentence is capitalized (`Note: 이 설정은 …`).
  private static func isLowercaseKey(_ s: SourceScalars, _ range: Range<Int>) -> Bool {
    var letters = 0
    for k in range {
      let c = s[k]
      if c.letter == .latin {
        guard CharacterClass.isLowercase(c.value) else { return false }
        letters += 1
      } else if c.letter == .space {
        if letters > 0 && (k + 1..<range.upperBound).contains(where: { s[$0].letter != .space }) { return false }
      } else if !(c.value == "-" || c.value == "_" || c.value == "`" || c.value == "*") {
        return false
      }
    }
    return letters > 0
  }

  /// Whether the line's first letter, after any bullet, is a lower-case Latin letter: the
  /// dictionary form a learner's vocabulary list gives its terms in (`- mandate 명령하다`),
  /// where menus and language switchers are capitalized (`English 한국어`).
  static func startsLowercase(_ line: SourceLine) -> Bool {
    guard let first = line.scalars.first(where: { $0.letter == .latin || $0.letter == .korean }) else { return false }
    return first.letter == .latin && CharacterClass.isLowercase(first.value)
  }

  /// The bullets a list item may start with.
  static let bullets: ScalarSet = "-*+•·"

  /// The cells of a table row starting at `first` (a `|`).
  private static func cells(_ s: SourceScalars, from first: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = first + 1
    var inCode = false
    for k in (first + 1)..<s.count {
      let c = s[k].value
      if c == "`" { inCode.toggle() }
      if c == "|" && !inCode && (k == 0 || s[k - 1].value != "\\") {
        if k > start { out.append(start..<k) }
        start = k + 1
      }
    }
    if start < s.count { out.append(start..<s.count) }
    return out
  }

  /// The two sides of a list item's first separator (after a bullet, if any).
  private static func sides(_ s: SourceScalars, from first: Int) -> [Range<Int>] {
    var start = first
    if bullets.contains(s[first].value), first + 1 < s.count, s[first + 1].letter == .space {
      start = first + 1
      while start < s.count, s[start].letter == .space { start += 1 }
    }
    var k = start
    while k < s.count {
      let c = s[k].value
      let spaced = k > start && s[k - 1].letter == .space && k + 1 < s.count && s[k + 1].letter == .space
      let after = k + 1 < s.count ? s[k + 1].letter : .space
      if ((c == ":" || c == "：") && after == .space) || ((c == "-" || c == "–" || c == "—" || c == "=") && spaced) || c == "→" {
        return [start..<k, (k + 1)..<s.count]
      }
      k += 1
    }
    return []
  }

  /// What a part of a line holds.
  private struct Shape {
    var korean = 0
    var latin = 0
    var words = 0
    var endsSentence = false
    var hasSentenceInside = false

    init(_ s: SourceScalars, _ layout: LineLayout, _ range: Range<Int>) {
      var inWord = false
      var lastLetter: Int? = nil
      for k in range where layout.uses[k] == .prose {
        switch s[k].letter {
        case .korean:
          korean += 1
          lastLetter = k
          if !inWord { words += 1 }
          inWord = true
        case .latin, .digit, .otherLetter:
          if s[k].letter == .latin { latin += 1 }
          lastLetter = k
          if !inWord { words += 1 }
          inWord = true
        case .space:
          inWord = false
        case .other:
          let c = s[k].value
          if (c == "." || c == "!" || c == "?"), let last = lastLetter, last == k - 1, k + 1 < range.upperBound,
            s[k + 1].letter == .space
          {
            hasSentenceInside = true
          }
          if c != "'" && c != "’" && c != "-" { inWord = false }
        }
      }
      var end = range.upperBound - 1
      while end >= range.lowerBound, s[end].letter == .space || "*_|`".unicodeScalars.contains(s[end].value) { end -= 1 }
      if end >= range.lowerBound {
        let c = s[end].value
        endsSentence = c == "." || c == "다" || c == "요" || c == "?" || c == "!"
      }
    }
  }
}
