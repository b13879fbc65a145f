/// Options of document analysis, with defaults that suit the three kinds of documents KoEn
/// is measured on (English articles from Korean portals, Korean Markdown translations,
/// Korean localization files).
///
/// Thread-safety: a value type; `Sendable`.
public struct AnalysisOptions: Hashable, Sendable {
  /// The dominant language, or `nil` to detect it from the letter mass of the content.
  public var dominant: Language?
  /// Terms that are never fragments (glossary or allowlist: product names, kept English
  /// terms). Compared case-insensitively, word by word or as whole phrases.
  public var glossary: Set<String>
  /// Fragments with fewer letters than this are not reported (default 1: every fragment).
  public var minimumFragmentLetters: Int
  /// A line is `untranslated` when its fragments hold more than this share of its letters.
  public var untranslatedLineShare: Double
  /// Whether to look for chrome at all (turn off for text known to have none).
  public var detectsChrome: Bool
  /// Lines longer than this many words are never chrome by lexicon prefix, register or position.
  public var maximumChromeWords: Int
  /// Corpus mode: a line is chrome when it recurs in at least this many documents…
  public var corpusMinimumDocuments: Int
  /// …and in at least this share of the documents analysed together.
  public var corpusMinimumShare: Double
  /// The model that decides the chrome of English pages (`nil`: the hand-ordered rules).
  public var chromeModel: ChromeModel?
  /// Whether `StreamingDocumentAnalyzer` keeps the chrome model's features of every line.
  @_spi(Training) public var recordsChromeFeatures = false

  /// Creates options; every parameter has a default.
  public init(
    dominant: Language? = nil,
    glossary: Set<String> = [],
    minimumFragmentLetters: Int = 1,
    untranslatedLineShare: Double = 0.5,
    detectsChrome: Bool = true,
    maximumChromeWords: Int = 14,
    corpusMinimumDocuments: Int = 3,
    corpusMinimumShare: Double = 0.25,
    chromeModel: ChromeModel? = .standard
  ) {
    self.dominant = dominant
    self.glossary = glossary
    self.minimumFragmentLetters = minimumFragmentLetters
    self.untranslatedLineShare = untranslatedLineShare
    self.detectsChrome = detectsChrome
    self.maximumChromeWords = maximumChromeWords
    self.corpusMinimumDocuments = corpusMinimumDocuments
    self.corpusMinimumShare = corpusMinimumShare
    self.chromeModel = chromeModel
  }

  /// Reads a glossary file's text: one term per line; `#` starts a comment; blank lines skipped.
  ///
  /// - Parameter text: The glossary's text.
  /// - Returns: The terms.
  /// - Complexity: O(n) in the length of the text.
  public static func glossaryTerms(from text: String) -> Set<String> {
    var terms = Set<String>()
    for raw in text.split(separator: "\n") {
      var line = Substring(raw)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let term = line.trimmingASCIIWhitespace()
      if !term.isEmpty { terms.insert(String(term)) }
    }
    return terms
  }
}

extension Substring {
  /// The substring without leading and trailing spaces, tabs and carriage returns.
  func trimmingASCIIWhitespace() -> Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
    return s
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and carriage returns.
  func trimmingASCIIWhitespace() -> Substring { self[...].trimmingASCIIWhitespace() }
}
