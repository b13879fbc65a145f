/// What the chrome rules that look beyond a line need to know of it, worked out once when
/// the line is analysed.
///
/// The yes-or-no facts are bits of one word (`Flags`), read and written through properties
/// of their own: stored as two dozen `Bool`s, the facts were copied field by field, byte by
/// byte, each time a line moved through the chrome model's stage.
struct ChromeFacts: Sendable {
  /// Words of the line's normalized prose (0 for code and datelines).
  var words = 0
  /// Navigation or share-bar labels the line is made of (English documents).
  var labels = 0
  /// The lexicon category of the entry the line matches (`ChromeLexicon.categories`), or nil.
  var lexiconCategory: Int? = nil
  /// The facts below, one bit each.
  private var flags = Flags()

  /// One bit per yes-or-no fact.
  private struct Flags: OptionSet, Sendable {
    let rawValue: UInt32
    static let isProtected = Flags(rawValue: 1 << 0)
    static let isListHeader = Flags(rawValue: 1 << 1)
    static let isCode = Flags(rawValue: 1 << 2)
    static let endsLikeSentence = Flags(rawValue: 1 << 3)
    static let isBulleted = Flags(rawValue: 1 << 4)
    static let hasDigit = Flags(rawValue: 1 << 5)
    static let isBreadcrumb = Flags(rawValue: 1 << 6)
    static let isRepeated = Flags(rawValue: 1 << 7)
    static let isGivenTwice = Flags(rawValue: 1 << 8)
    static let sharesRunningText = Flags(rawValue: 1 << 9)
    static let sharesNoRunningText = Flags(rawValue: 1 << 10)
    static let lexiconInSentence = Flags(rawValue: 1 << 11)
    static let isCopyright = Flags(rawValue: 1 << 12)
    static let isNavigationRow = Flags(rawValue: 1 << 13)
    static let isHashtagLine = Flags(rawValue: 1 << 14)
    static let isTagLine = Flags(rawValue: 1 << 15)
    static let isPager = Flags(rawValue: 1 << 16)
    static let isRecurring = Flags(rawValue: 1 << 17)
    static let hasUIRegister = Flags(rawValue: 1 << 18)
    static let isKoreanLine = Flags(rawValue: 1 << 19)
    static let isMixedLine = Flags(rawValue: 1 << 20)
    static let isForeign = Flags(rawValue: 1 << 21)
    static let startsWithBracket = Flags(rawValue: 1 << 22)
    static let isTitleCase = Flags(rawValue: 1 << 23)
    static let isPersonName = Flags(rawValue: 1 << 24)
    static let isAllCaps = Flags(rawValue: 1 << 25)
    static let isCounter = Flags(rawValue: 1 << 26)
    static let startsAtHome = Flags(rawValue: 1 << 27)
  }

  /// Whether the fact `flag` holds.
  @inline(__always)
  private func has(_ flag: Flags) -> Bool { flags.contains(flag) }

  /// Sets whether the fact `flag` holds.
  @inline(__always)
  private mutating func set(_ flag: Flags, _ on: Bool) {
    if on { flags.insert(flag) } else { flags.remove(flag) }
  }

  /// The article's own text whatever its shape: a dateline, byline or Markdown heading.
  var isProtected: Bool { get { has(.isProtected) } set { set(.isProtected, newValue) } }
  /// A header of a related/popular-articles list.
  var isListHeader: Bool { get { has(.isListHeader) } set { set(.isListHeader, newValue) } }
  /// A line of code.
  var isCode: Bool { get { has(.isCode) } set { set(.isCode, newValue) } }
  /// It ends with sentence punctuation.
  var endsLikeSentence: Bool { get { has(.endsLikeSentence) } set { set(.endsLikeSentence, newValue) } }
  /// It starts with a bullet.
  var isBulleted: Bool { get { has(.isBulleted) } set { set(.isBulleted, newValue) } }
  /// It has a digit.
  var hasDigit: Bool { get { has(.hasDigit) } set { set(.hasDigit, newValue) } }
  /// It has the shape of a breadcrumb trail (`Home > Section`).
  var isBreadcrumb: Bool { get { has(.isBreadcrumb) } set { set(.isBreadcrumb, newValue) } }
  /// The document has this short line three times or more.
  var isRepeated: Bool { get { has(.isRepeated) } set { set(.isRepeated, newValue) } }
  /// A headline-length line (4–20 words, not a sentence) the document has exactly twice:
  /// on Korean news sites' pages, the article's title and its heading.
  var isGivenTwice: Bool { get { has(.isGivenTwice) } set { set(.isGivenTwice, newValue) } }
  /// A short line (twelve words at most, no sentence) most of whose words the document's
  /// running text uses (a headline, a name above a greeting), or none of them (a menu, a
  /// button); both false when it has no word that counts or the page has no running text.
  var sharesRunningText: Bool { get { has(.sharesRunningText) } set { set(.sharesRunningText, newValue) } }
  var sharesNoRunningText: Bool { get { has(.sharesNoRunningText) } set { set(.sharesNoRunningText, newValue) } }

  // Signals the chrome model reads besides the ones above.
  /// The lexicon entry matched only as the start of a line that reads like a sentence.
  var lexiconInSentence: Bool { get { has(.lexiconInSentence) } set { set(.lexiconInSentence, newValue) } }
  /// A copyright line, a row of navigation items, hashtags, a tag list or a pager.
  var isCopyright: Bool { get { has(.isCopyright) } set { set(.isCopyright, newValue) } }
  var isNavigationRow: Bool { get { has(.isNavigationRow) } set { set(.isNavigationRow, newValue) } }
  var isHashtagLine: Bool { get { has(.isHashtagLine) } set { set(.isHashtagLine, newValue) } }
  var isTagLine: Bool { get { has(.isTagLine) } set { set(.isTagLine, newValue) } }
  var isPager: Bool { get { has(.isPager) } set { set(.isPager, newValue) } }
  /// A page's counter of views, hits, reads or comments (`View : 581`, `- Hit 3386`, `댓글 0`).
  var isCounter: Bool { get { has(.isCounter) } set { set(.isCounter, newValue) } }
  /// A short line that opens with the site's home (`HOME Opinion Essay`, `홈으로 About
  /// Seocho Greeting`): a breadcrumb trail whose separators the capture lost.
  var startsAtHome: Bool { get { has(.startsAtHome) } set { set(.startsAtHome, newValue) } }
  /// The line recurs across the pages analysed together (corpus mode).
  var isRecurring: Bool { get { has(.isRecurring) } set { set(.isRecurring, newValue) } }
  /// A Korean line in the register of interface text (-세요, 공유하기, 동영상 …).
  var hasUIRegister: Bool { get { has(.hasUIRegister) } set { set(.hasUIRegister, newValue) } }
  /// Korean letters only (no English words), or both languages.
  var isKoreanLine: Bool { get { has(.isKoreanLine) } set { set(.isKoreanLine, newValue) } }
  var isMixedLine: Bool { get { has(.isMixedLine) } set { set(.isMixedLine, newValue) } }
  /// Left in the document's other language by the line's own reading (before chrome).
  var isForeign: Bool { get { has(.isForeign) } set { set(.isForeign, newValue) } }
  /// It starts with an opening bracket (`[Phone] …`, `[name / title : …]`, `【…】`).
  var startsWithBracket: Bool { get { has(.startsWithBracket) } set { set(.startsWithBracket, newValue) } }
  /// Most of its English words start with a capital (a title, a label, a menu).
  var isTitleCase: Bool { get { has(.isTitleCase) } set { set(.isTitleCase, newValue) } }
  /// The line is a person's name in romanized Korean (`RomanizedKoreanName`).
  var isPersonName: Bool { get { has(.isPersonName) } set { set(.isPersonName, newValue) } }
  /// An English line (two words or more) in capitals only.
  var isAllCaps: Bool { get { has(.isAllCaps) } set { set(.isAllCaps, newValue) } }

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
