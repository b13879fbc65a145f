/// A line's prose as the chrome rules and the lexicon read it: its normalized text
/// (`LineText.normalized`), its number of words and, once looked up, the chrome lexicon's
/// match. Worked out once per line: the survey keeps it for the second reading
/// (`SurveyedLines`). The text is written into a pool of stores (`UTF8Pool`) that the
/// lines normalized one after the other share.
///
/// Thread-safety: a value type; `Sendable`.
struct NormalizedLine: Sendable {
  /// The normalized text of the line's prose.
  let normalized: NormalizedUTF8
  /// Its number of words.
  let words: Int
  /// The lexicon's match with the flags every reading asks first (all entries but the UI
  /// vocabulary), for `maximumWords`, as the entry's position in `ChromeLexicon.compiled`
  /// (-1 for none: a number, not the entry's strings to retain at every copy of the line);
  /// nil until looked up.
  private var lexicon: (maximumWords: Int, entry: Int)? = nil
  /// Whether it is an English dateline or byline; nil until asked.
  private var datelineOrByline: Bool? = nil

  /// The normalized prose of `line` laid out as `layout`, whose `letters` may be known,
  /// written into `pool`. (Borrowed: an initializer takes its arguments as its own, and
  /// callers copied the line's arrays to give them.)
  init(_ line: borrowing SourceLine, _ layout: borrowing LineLayout, letters: LineLetters? = nil, pool: inout UTF8Pool) {
    // Every byte of a line of ASCII and typographic marks is prose: all its scalars are.
    if line.asciiCounts.isKnown && letters?.proseBytes == line.range.count {
      (normalized, words) = LineText.plainNormalizedCountingWords(line.scalars, pool: &pool)
    } else {
      (normalized, words) = LineText.normalizedCountingWords(
        line, layout, proseBytes: letters?.proseBytes, pool: &pool)
    }
  }

  /// The first lexicon entry matching the line (`ChromeLexicon.match`), looked up once for
  /// the common flags. `isASCII` is whether the text is ASCII, when the caller knows
  /// (`ChromeLexicon.matchIndex`).
  mutating func lexiconMatch(
    maximumWords: Int, noticesOnly: Bool, vocabulary: Bool, isASCII: Bool? = nil
  ) -> ChromeLexicon.Entry? {
    guard !noticesOnly && !vocabulary else {
      return ChromeLexicon.match(
        normalized, words: words, maximumWords: maximumWords, noticesOnly: noticesOnly, vocabulary: vocabulary)
    }
    if let lexicon, lexicon.maximumWords == maximumWords {
      return lexicon.entry < 0 ? nil : ChromeLexicon.compiled[lexicon.entry].entry
    }
    let index = ChromeLexicon.matchIndex(
      normalized, words: words, maximumWords: maximumWords, noticesOnly: false, isASCII: isASCII)
    lexicon = (maximumWords, index ?? -1)
    return index.map { ChromeLexicon.compiled[$0].entry }
  }

  /// Whether `line`, whose prose this is, is an English dateline or byline
  /// (`ChromeClassifier.isEnglishDatelineOrByline`), worked out once for both readings;
  /// `hasDigit` is whether the line has a digit.
  mutating func isEnglishDatelineOrByline(_ line: SourceLine, hasDigit: Bool) -> Bool {
    if let datelineOrByline { return datelineOrByline }
    let answer = ChromeClassifier.isEnglishDatelineOrByline(
      line, normalized: normalized, words: words, hasDigit: hasDigit)
    datelineOrByline = answer
    return answer
  }
}
