/// Decides which English inside Korean text is normally kept (acronyms, names, code,
/// identifiers, paths, units, technical terms, the document's own kept terms, glossary
/// entries) and which is English a translator would have rendered.
struct KeptTerms: Sendable {
  /// Lower-cased terms the document keeps (learned from its code, from names inside Korean
  /// sentences and from its acronyms) together with the glossary.
  var learned: Set<String>
  /// Lower-cased words the document keeps only because its code has them (commands,
  /// function names: `install`, `usage`), not as names of its prose or the glossary's: the
  /// same word capitalized alone on an English line is a heading's word.
  var codeOnlyWords = Set<String>()
  /// Lower-cased multi-word glossary phrases.
  var phrases: [String]
  /// Names the document's own URLs spell as hyphenated slugs (`the-art-of-command-line`),
  /// lower-cased, their words joined by spaces (`SlugPhrases`), and their first words: a
  /// run whose capitalized word starts none is not read for them.
  var slugPhrases = Set<String>() {
    didSet { slugFirstWords = Set(slugPhrases.map { String($0.prefix { $0 != " " }) }) }
  }
  private(set) var slugFirstWords = Set<String>()
  /// Targets of the links the document gives Korean text (`[설치 안내](docs/install.md)`):
  /// where it also shows an English text for one of them, it translates that title
  /// elsewhere, so the English is its original left in place, not a citation kept by choice.
  var translatedLinkTargets = Set<String>()

  /// Creates the kept terms from a glossary.
  init(glossary: Set<String>) {
    var words = Set<String>()
    var phrases: [String] = []
    for term in glossary {
      let lower = term.lowercased()
      if lower.contains(" ") { phrases.append(lower) } else { words.insert(lower) }
    }
    self.learned = words
    self.phrases = phrases
  }

  /// The kind of a token.
  ///
  /// The order matters: paths and code first, then short lower-case abbreviations glued to
  /// Korean (`it기업`, `apm제품`), then function words (always translated), acronyms,
  /// units, the document's and glossary's terms, technical terms, and finally capitalized
  /// names versus ordinary words.
  func classify(_ token: LatinToken) -> LatinTokenKind {
    let t = token.text
    let lower = t.lowercased()
    let scalars = Array(t.unicodeScalars)
    if t.contains("/") || t.contains("\\") { return .path }
    if t.split(separator: "-").count >= 3 && !token.hasUppercase { return .identifier }  // kebab-case names
    if t.hasPrefix("--") || t.contains("_") || t.contains("#") || t.contains("+") { return .identifier }
    if KeptTermLists.proseAbbreviations.contains(lower) { return .word }
    if let dot = scalars.firstIndex(of: "."), dot == 0 || dot < scalars.count - 1 {
      if !KeptTermLists.keptAbbreviations.contains(lower) { return .identifier }
      return .unit
    }
    if t.contains(":") { return .identifier }
    let hasDigit = scalars.contains { $0.properties.numericType == .decimal }
    if hasDigit {
      // 8-bit, 32-bit: a number joined to an English word by a hyphen is the word.
      if let dash = lower.firstIndex(of: "-"), lower[..<dash].allSatisfy(\.isNumber) {
        let word = String(lower[lower.index(after: dash)...])
        if !word.isEmpty && word.allSatisfy(\.isLetter) { return EnglishWords.contains(word) ? .word : .identifier }
      }
      return .identifier
    }
    if let first = scalars.first, CharacterClass.isLowercase(first),
      scalars.contains(where: { CharacterClass.isUppercase($0) })
    {
      return .identifier  // camelCase, iPhone
    }
    if token.touchesKorean && !token.isUppercase && token.letters <= 3 && !lower.contains("-")
      && !KeptTermLists.functionWords.contains(lower) || (token.touchesKorean && lower == "it")
    {
      return .acronym
    }
    // A function word in capitals (`AND`, `OR`, `NOT`) is an operator or a keyword; a
    // heading in capitals is still found by its longer words.
    if KeptTermLists.functionWords.contains(lower) && !(token.isUppercase && token.letters >= 2) { return .word }
    let base = Self.base(lower)
    if token.isUppercase || (t.count >= 3 && t.hasSuffix("s") && t.dropLast().allSatisfy { $0.isUppercase }) {
      return .acronym
    }
    if KeptTermLists.units.contains(t) || KeptTermLists.keptAbbreviations.contains(lower) { return .unit }
    if isLearned(base: base) { return .learned }
    if KeptTermLists.techTerms.contains(base) || KeptTermLists.techTerms.contains(Self.singular(base))
      || (t == lower && (KeptTermLists.typeNames.contains(lower) || KeptTermLists.keywords.contains(base)))
    {
      return .techTerm
    }
    let isWord = EnglishWords.contains(base)
    if let first = scalars.first, CharacterClass.isUppercase(first) {
      // BoW, ElvUI; a capital after a hyphen starts a word of a Title Case compound (`Self-Promotion`).
      if scalars.indices.dropFirst().contains(where: { CharacterClass.isUppercase(scalars[$0]) && scalars[$0 - 1] != "-" }) {
        return .proper
      }
      return isWord ? .name : .proper
    }
    return isWord ? .word : .proper
  }

  /// A lower-cased token without a possessive `'s`.
  static func base(_ lower: String) -> String {
    lower.hasSuffix("'s") || lower.hasSuffix("’s") ? String(lower.dropLast(2)) : lower
  }

  /// Whether the document keeps the word `base` (see `base(_:)`), or its singular.
  func isLearned(base: String) -> Bool { learned.contains(base) || learned.contains(Self.singular(base)) }

  /// A crude singular: `promises` → `promise`, `libraries` → `library`.
  static func singular(_ w: String) -> String {
    if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
    if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") {
      return String(w.dropLast(2))
    }
    if w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 3 { return String(w.dropLast()) }
    return w
  }

  /// Whether a lower-cased run of text is a glossary phrase.
  func isGlossaryPhrase(_ lowerText: String) -> Bool { phrases.contains(lowerText) }
}
