/// What the chrome rules that look beyond a line need to know of it, worked out once when
/// the line is analysed.
struct ChromeFacts: Sendable {
  /// Words of the line's normalized prose (0 for code and datelines).
  var words = 0
  /// Navigation or share-bar labels the line is made of (English documents).
  var labels = 0
  /// The article's own text whatever its shape: a dateline, byline or Markdown heading.
  var isProtected = false
  /// A header of a related/popular-articles list.
  var isListHeader = false
  /// A line of code.
  var isCode = false
  /// It ends with sentence punctuation.
  var endsLikeSentence = false
  /// It starts with a bullet.
  var isBulleted = false
  /// It has a digit.
  var hasDigit = false
  /// It has the shape of a breadcrumb trail (`Home > Section`).
  var isBreadcrumb = false
  /// The document has this short line three times or more.
  var isRepeated = false
  /// A headline-length line (4–20 words, not a sentence) the document has exactly twice:
  /// on Korean news sites' pages, the article's title and its heading.
  var isGivenTwice = false
  /// A short line (twelve words at most, no sentence) most of whose words the document's
  /// running text uses (a headline, a name above a greeting), or none of them (a menu, a
  /// button); both false when it has no word that counts or the page has no running text.
  var sharesRunningText = false
  var sharesNoRunningText = false

  // Signals the chrome model reads besides the ones above.
  /// The lexicon category of the entry the line matches (`ChromeLexicon.categories`), or nil.
  var lexiconCategory: Int? = nil
  /// The lexicon entry matched only as the start of a line that reads like a sentence.
  var lexiconInSentence = false
  /// A copyright line, a row of navigation items, hashtags, a tag list or a pager.
  var isCopyright = false
  var isNavigationRow = false
  var isHashtagLine = false
  var isTagLine = false
  var isPager = false
  /// The line recurs across the pages analysed together (corpus mode).
  var isRecurring = false
  /// A Korean line in the register of interface text (-세요, 공유하기, 동영상 …).
  var hasUIRegister = false
  /// Korean letters only (no English words), or both languages.
  var isKoreanLine = false
  var isMixedLine = false
  /// Left in the document's other language by the line's own reading (before chrome).
  var isForeign = false
  /// It starts with an opening bracket (`[Phone] …`, `[name / title : …]`, `【…】`).
  var startsWithBracket = false
  /// Most of its English words start with a capital (a title, a label, a menu).
  var isTitleCase = false
  /// The line is a person's name in romanized Korean (`RomanizedKoreanName`).
  var isPersonName = false
  /// An English line (two words or more) in capitals only.
  var isAllCaps = false

  /// A short label: a few words, not a sentence, not protected, not code.
  var isShortLabel: Bool { words <= 6 && !endsLikeSentence && !isProtected && !isCode }
}

/// A line on its way through the chrome rules.
struct ChromeItem {
  /// The line's analysis; the rules change its role.
  var line: AnalyzedLine
  /// What the rules know of it.
  var facts: ChromeFacts

  var role: LineRole {
    get { line.role }
    set { line.role = newValue }
  }
  var isBlank: Bool { line.role == .blank }
}
