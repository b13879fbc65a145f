/// Finds the fragments of one line in the document's non-dominant language.
///
/// In a Korean document, runs of non-Korean prose between Korean letters (and markup
/// breakers) are split into Latin tokens; a run is untranslated English when it has an
/// ordinary English word, or, on a line without Korean prose, a Title Case word the
/// document does not otherwise keep. Kept tokens at the edges of a run embedded in Korean
/// are trimmed; a run in parentheses after Korean is a gloss and kept.
///
/// In an English document every Korean run is a fragment; it extends over digits,
/// punctuation and acronyms until a real English word (a token with a lower-case letter
/// and at least two letters) breaks it.
struct FragmentFinder {
  /// The document's dominant language.
  var dominant: Language
  /// What the document keeps in English.
  var kept: KeptTerms
  /// Options (minimum fragment letters).
  var options: AnalysisOptions
  /// Token kinds already decided in this document (words repeat; one finder per analysis,
  /// never shared between tasks).
  let cache = KindCache()

  /// Token kinds by text and by whether the token touches Korean.
  final class KindCache {
    var kinds: [String: LatinTokenKind] = [:]
    var kindsTouching: [String: LatinTokenKind] = [:]
  }

  init(dominant: Language, kept: KeptTerms, options: AnalysisOptions) {
    self.dominant = dominant
    self.kept = kept
    self.options = options
  }

  /// Most token texts kept per cache: a long document's vocabulary keeps growing, so the
  /// cache starts afresh when full (kinds do not depend on what was cached).
  static let cacheLimit = 1 << 16

  /// The kind of a token, from the cache when the same text was seen.
  func kind(of token: LatinToken) -> LatinTokenKind {
    if cache.kinds.count + cache.kindsTouching.count > Self.cacheLimit {
      cache.kinds.removeAll()
      cache.kindsTouching.removeAll()
    }
    if token.touchesKorean {
      if let k = cache.kindsTouching[token.text] { return k }
      let k = kept.classify(token)
      cache.kindsTouching[token.text] = k
      return k
    }
    if let k = cache.kinds[token.text] { return k }
    let k = kept.classify(token)
    cache.kinds[token.text] = k
    return k
  }

  /// A run of prose in one line, with its tokens classified.
  struct Run {
    /// The run's Latin tokens.
    var tokens: [LatinToken]
    /// The line has no Korean prose.
    var wholeLine: Bool
    /// The run is a parenthesized gloss right after Korean: `보스(Boss)`.
    var isGloss: Bool
    /// For each token: 0 outside links, 1 inside an external link's text, 2 inside the
    /// text of an in-document (anchor) link or of a link the document also gives a Korean
    /// text (`KeptTerms.translatedLinkTargets`).
    var linkKinds: [UInt8]
  }

  /// Whether any prose scalar of the line is a Korean letter.
  static func hasKoreanProse(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    // A Korean letter takes more than one byte: a line of one-byte scalars has none.
    if line.hasOneByteScalarsOnly { return false }
    return line.scalars.withUnsafeBufferPointer { scalars in
      for (i, s) in scalars.enumerated() where s.letter == .korean && layout.uses[i] == .prose { return true }
      return false
    }
  }

  /// The runs of non-Korean prose of a line, with classified tokens: those `classifies`
  /// accepts (all by default; a caller interested in a few kinds saves the lookups).
  func englishRuns(
    _ line: SourceLine, _ layout: LineLayout, classifying classifies: (LatinToken) -> Bool = { _ in true }
  ) -> [Run] {
    let s = line.scalars
    let whole = !Self.hasKoreanProse(line, layout)
    var runs: [Run] = []
    // Per scalar: which kind of link text it is in; per target start: the target's end.
    var linkKind: [UInt8] = []
    if !layout.linkTexts.isEmpty {
      linkKind = Array(repeating: 0, count: s.count)
      for link in layout.linkTexts {
        // A link the document also gives a Korean text is read as a link to its own text.
        let translated = !link.isAnchor && !kept.translatedLinkTargets.isEmpty
          && Self.target(of: link, line, layout).map { kept.translatedLinkTargets.contains($0) } == true
        for k in link.range where k < s.count { linkKind[k] = link.isAnchor || translated ? 2 : 1 }
      }
    }
    var targetEnd: [Int: Int] = [:]
    for target in layout.linkTargets { targetEnd[target.lowerBound] = target.upperBound }
    var i = 0
    while i < s.count {
      let use = layout.uses[i]
      guard use == .prose || use == .masked || use == .inlineCode, s[i].letter != .korean else {
        i += 1
        continue
      }
      var j = i
      while j < s.count, [.prose, .masked, .inlineCode].contains(layout.uses[j]), s[j].letter != .korean {
        if let end = targetEnd[j] {
          var k = end
          while k < s.count, s[k].letter == .space { k += 1 }
          let continues = k > end && k < s.count && CharacterClass.isLowercase(s[k].value)
          if !continues { break }
          j = end
          continue
        }
        j += 1
      }
      if j == i {  // a link target that ends the previous run
        j = targetEnd[j] ?? (j + 1)
      }
      var tokens = LatinToken.tokens(in: line, layout: layout, range: i..<j)
      if !tokens.isEmpty {
        for k in tokens.indices where classifies(tokens[k]) { tokens[k].kind = kind(of: tokens[k]) }
        if tokens.count == 1 && tokens[0].letters == 1 && tokens[0].isUppercase { tokens[0].kind = .acronym }  // ^I, R
        // An enumerator, `(a)` or `b)`, numbers a list: no word.
        for k in tokens.indices where tokens[k].letters == 1 && tokens[k].end < s.count && s[tokens[k].end].value == ")" {
          tokens[k].kind = .identifier
        }
        // An array or a field, `messages[]`, `config["name"]`: code (a style tag, `map[]` of
        // `[accent]Loading the map[]`, is masked, not prose).
        for k in tokens.indices where Self.opensIndex(s, at: tokens[k].end) && layout.uses[tokens[k].end] == .prose {
          tokens[k].kind = .identifier
        }
        if !layout.linkTexts.isEmpty { Self.keepTargetNames(&tokens, line, layout) }
        let a = tokens[0].start
        let b = tokens[tokens.count - 1].end
        // A gloss: English in parentheses right after Korean, alone or before a comma
        // (`보스(Boss)`, `문맥(context, 즉 …)`), or after a space when it is a term of three
        // words at most (`## 인증 (Authentication)`, not `서버는 (the server that signs tokens)`).
        var after = b
        while after < s.count, s[after].letter == .space { after += 1 }
        var before = a - 2
        while before >= 0, s[before].letter == .space { before -= 1 }
        let gloss =
          (a >= 2 && s[a - 1].value == "(" && before >= 0 && s[before].letter == .korean && after < s.count
            && (s[after].value == ")" || s[after].value == ",") && (before == a - 2 || tokens.count <= 3))
          || (tokens.count <= 4 && Self.isGlossedInKorean(s, termEnd: b))
        let links: [UInt8] = tokens.map { linkKind.isEmpty ? 0 : linkKind[$0.start] }
        // A gloss that the run goes on after (`고수준(high-level) API입니다`): the gloss is a
        // run of its own, and so is the rest.
        if !gloss, a >= 2, s[a - 1].value == "(", before >= 0, s[before].letter == .korean,
          let m = tokens.indices.dropLast().first(where: { k in
            var e = tokens[k].end
            while e < s.count, s[e].letter == .space { e += 1 }
            return e < s.count && s[e].value == ")"
          }), before == a - 2 || m < 3,
          !(tokens[0].start..<tokens[m].end).contains(where: { s[$0].value == "(" || s[$0].value == ")" })
        {
          runs.append(Run(tokens: Array(tokens[...m]), wholeLine: whole, isGloss: true, linkKinds: Array(links[...m])))
          runs.append(
            Run(tokens: Array(tokens[(m + 1)...]), wholeLine: whole, isGloss: false, linkKinds: Array(links[(m + 1)...])))
          i = j
          continue
        }
        runs.append(Run(tokens: tokens, wholeLine: whole, isGloss: gloss, linkKinds: links))
      }
      i = j
    }
    return runs
  }

  /// Whether an English term ending at `termEnd` is followed at once by its Korean in
  /// parentheses: `consensus(합의)`, `Surrogate Pair(대리 쌍)`. A glossary or a translator
  /// giving the term with its rendering keeps the English by choice. With a space before
  /// the parenthesis the Korean is as often a note on the term (`Source Port (베타)`,
  /// `CSS Prefix (선택)`), so only the term written against it counts.
  static func isGlossedInKorean(_ s: SourceScalars, termEnd b: Int) -> Bool {
    guard b + 2 < s.count, s[b].value == "(", s[b + 1].letter == .korean else { return false }
    var k = b + 2
    while k < s.count, s[k].letter == .korean || s[k].letter == .space { k += 1 }
    return k < s.count && s[k].value == ")"
  }

  /// Whether `[]`, `["` or `['` starts at `k`: a word glued to it is an array or a field.
  static func opensIndex(_ s: SourceScalars, at k: Int) -> Bool {
    guard k + 1 < s.count, s[k].value == "[" else { return false }
    let next = s[k + 1].value
    return next == "]" || next == "\"" || next == "'"
  }

  /// Marks as names the tokens of each link whose text, all in Latin letters, spells a
  /// name in its own target (`LinkTargetName`): `[title-control](…/terminus-title-control)`,
  /// `[Learn Go with Tests](…/learn-go-with-tests)`.
  static func keepTargetNames(_ tokens: inout [LatinToken], _ line: SourceLine, _ layout: LineLayout) {
    let s = line.scalars
    for link in layout.linkTexts {
      guard let target = layout.linkTargets.first(where: { $0.lowerBound == link.range.upperBound }),
        target.count > 3, !link.range.contains(where: { s[$0].letter == .korean })
      else { continue }
      let inside = tokens.indices.filter { link.range.contains(tokens[$0].start) }
      guard !inside.isEmpty else { continue }
      let text = line.text(from: target.lowerBound + 2, through: target.upperBound - 2)
      if LinkTargetName.matches(words: inside.map { tokens[$0].text }, target: text) {
        for k in inside where tokens[k].kind == .word || tokens[k].kind == .name { tokens[k].kind = .proper }
      }
    }
  }

  /// The target (without `](` and `)`) of the line's link `link`, if it has one.
  static func target(of link: LinkText, _ line: SourceLine, _ layout: LineLayout) -> String? {
    guard let target = layout.linkTargets.first(where: { $0.lowerBound == link.range.upperBound }), target.count > 3 else {
      return nil
    }
    return line.text(from: target.lowerBound + 2, through: target.upperBound - 2)
  }

  /// The targets of the line's links whose text has Korean letters: titles the document
  /// translates (`KeptTerms.translatedLinkTargets`).
  static func translatedLinkTargets(_ line: SourceLine, _ layout: LineLayout) -> [String] {
    let s = line.scalars
    return layout.linkTexts.compactMap { link in
      link.range.contains { $0 < s.count && s[$0].letter == .korean } ? target(of: link, line, layout) : nil
    }
  }

  /// Whether a run of English is untranslated.
  ///
  /// It is when it has an ordinary English word; in an English-only line, or in the text of
  /// a link to a heading of the document, a capitalized English word (`Backpack`,
  /// `One Paragraph Explainer`) is enough. Texts of links elsewhere hold names.
  func isUntranslated(_ run: Run, line: SourceLine, layout: LineLayout) -> Bool {
    if run.isGloss { return false }
    // One letter alone names a key, a variable or an item (`a 추가`, `i 초대`), not an
    // English word left untranslated.
    if run.tokens.count == 1 && run.tokens[0].letters == 1 { return false }
    // A word with a slash after it names a folder (`sheet/로 내보내기`, `src/`), as no word
    // of the labelled documents written so is left untranslated.
    if run.tokens.count == 1 && Self.isFolderName(run.tokens[0], in: line) { return false }
    // One word in quotes inside Korean names an option, command or key: 'thesaurus' 옵션.
    if !run.wholeLine && run.tokens.count == 1 {
      let t = run.tokens[0]
      let s = line.scalars
      if !t.hasUppercase && t.start > 0 && t.end < s.count && "'‘`".unicodeScalars.contains(s[t.start - 1].value)
        && "'’`".unicodeScalars.contains(s[t.end].value)
      {
        return false
      }
    }
    if !run.wholeLine && Self.isQuotedMessage(run, in: line) { return false }
    if Self.isAcronymWithDefinition(run, in: line) || Self.isLicenceName(run) { return false }
    if !run.wholeLine && Self.isTitleWithFunctionWords(run.tokens) { return false }
    if Self.isListOfNames(run, in: line) { return false }
    var translatable = false
    let named = kept.slugPhrases.isEmpty ? [] : Self.slugNamedTokens(run.tokens, kept.slugPhrases, firstWords: kept.slugFirstWords)
    for (k, t) in run.tokens.enumerated() where !named.contains(k) {
      if t.kind == .word { translatable = true }
      if t.kind == .name && ((run.wholeLine && run.linkKinds[k] != 1) || run.linkKinds[k] == 2) { translatable = true }
      // `Install` alone on a line where the code runs `pip install`: a one-word heading.
      if t.kind == .learned && run.wholeLine && run.tokens.count == 1 && run.linkKinds[k] != 1 && isCodeWordCapitalized(t) { translatable = true }
    }
    // A line of English in capitals (`QUICK GUIDE`, `DEPENDENCY`): a long dictionary word
    // set in capitals is a word, where inside a Korean sentence it names a mode or a keyword.
    if !translatable && run.wholeLine { translatable = run.tokens.contains(where: Self.isWordInCapitals) }
    if !translatable { return false }
    if !kept.phrases.isEmpty {
      let text = line.text(from: run.tokens[0].start, through: run.tokens[run.tokens.count - 1].end - 1).lowercased()
      if kept.isGlossaryPhrase(text) { return false }
    }
    if Self.looksLikeCode(run, line: line, layout: layout) { return false }
    if ShellCommandLine.contains(run, line: line, layout: layout) { return false }
    return true
  }

  /// Whether a run of three words or more inside a Korean line is quoted whole in double
  /// quotes (`"Dropped: N rows"` 칩, a message over two lines opened on one and closed on the
  /// next): a program's message or a UI string cited as written, not English left
  /// untranslated (none of the labelled documents calls one a fragment).
  static func isQuotedMessage(_ run: Run, in line: SourceLine) -> Bool {
    guard run.tokens.count >= 3 else { return false }
    let s = line.scalars
    let isQuote = { (c: Unicode.Scalar) in c == "\"" || c == "“" || c == "”" }
    let decoration = { (c: Unicode.Scalar) in c == "*" || c == "_" || c == " " }
    var a = run.tokens[0].start - 1
    while a >= 0, !isQuote(s[a].value), s[a].letter != .latin, s[a].letter != .korean, s[a].letter != .digit,
      decoration(s[a].value) || s[a].letter == .space
    {
      a -= 1
    }
    let opens = a >= 0 && isQuote(s[a].value)
    let startsLine = a < 0
    var b = run.tokens[run.tokens.count - 1].end
    while b < s.count, !isQuote(s[b].value), s[b].letter != .latin, s[b].letter != .korean, s[b].letter != .digit {
      b += 1
    }
    let closes = b < s.count && isQuote(s[b].value)
    let endsLine = b >= s.count
    return (opens && (closes || endsLine)) || (closes && startsLine)
  }

  /// Whether a token in capitals is a long dictionary word (`GUIDE`, `DOCUMENTATION`) and no
  /// computing term: a word set in capitals for a heading or a caption, not an acronym.
  static func isWordInCapitals(_ t: LatinToken) -> Bool {
    guard t.isUppercase && t.letters >= 5 else { return false }
    let lower = t.text.lowercased()
    return EnglishWords.contains(lower) && !KeptTermLists.techTerms.contains(lower) && !keyNames.contains(lower)
  }

  /// Keys of a keyboard as their caps name them (`SHIFT`, `ENTER`): a key's label, kept as
  /// printed on it, not a word in capitals.
  static let keyNames: Set<String> = [
    "shift", "enter", "space", "escape", "delete", "return", "insert", "pause", "break", "control", "option",
    "command", "super", "backspace", "capslock", "pageup", "pagedown", "print",
  ]

  /// Whether a token is an English word the document keeps only from its code, written
  /// capitalized (`Install`, `Usage`), and no computing term.
  private func isCodeWordCapitalized(_ t: LatinToken) -> Bool {
    let scalars = t.text.unicodeScalars
    guard let first = scalars.first, CharacterClass.isUppercase(first),
      !scalars.dropFirst().contains(where: { CharacterClass.isUppercase($0) })
    else { return false }
    let base = KeptTerms.base(t.text.lowercased())
    return kept.codeOnlyWords.contains(base) && EnglishWords.contains(base) && !KeptTermLists.techTerms.contains(base)
  }

  /// The indices of tokens that spell, from a capitalized first word, a name the
  /// document's URLs give as a slug (`The Art of Command Line` for
  /// `…/the-art-of-command-line`).
  static func slugNamedTokens(_ tokens: [LatinToken], _ slugs: Set<String>, firstWords: Set<String>) -> Set<Int> {
    guard !slugs.isEmpty else { return [] }
    var named = Set<Int>()
    for a in tokens.indices where tokens[a].text.unicodeScalars.first.map(CharacterClass.isUppercase) == true {
      var phrase = tokens[a].text.lowercased()
      guard firstWords.contains(phrase) else { continue }
      var b = a + 1
      while b < tokens.count && b - a < SlugPhrases.maximumWords {
        phrase += " " + tokens[b].text.lowercased()
        b += 1
        if slugs.contains(phrase) { named.formUnion(a..<b) }
      }
    }
    return named
  }

  /// Whether tokens are a title in Title Case with function words inside (`Time to Leave`,
  /// `Learn Go with Tests`, `Reformer: The Efficient Transformer`; kept names in lower case
  /// may stand among them: `Deep Learning for Coders with fastai and PyTorch`): inside a
  /// Korean sentence, the name of a
  /// product or a work, where an English phrase left untranslated is not capitalized
  /// word by word.
  static func isTitleWithFunctionWords(_ tokens: [LatinToken]) -> Bool {
    guard tokens.count >= 3 else { return false }
    func capitalized(_ t: LatinToken) -> Bool { t.text.unicodeScalars.first.map(CharacterClass.isUppercase) == true }
    guard capitalized(tokens[0]), capitalized(tokens[tokens.count - 1]) else { return false }
    var functionWords = 0
    for t in tokens.dropLast() {
      let isFunctionWord = KeptTermLists.functionWords.contains(t.text.lowercased())
      if isFunctionWord { functionWords += 1 }
      guard capitalized(t) || t.kind.isKept || isFunctionWord else { return false }
    }
    return functionWords > 0
  }

  /// Whether a run is exactly an acronym and its definition in parentheses, either way
  /// round: `MITM (Man In The Middle Attack)`, `JSON Web Token (JWT)`.
  static func isAcronymWithDefinition(_ run: Run, in line: SourceLine) -> Bool {
    let tokens = run.tokens
    guard tokens.count >= 2 else { return false }
    let s = line.scalars
    func isAcronym(_ t: LatinToken) -> Bool { t.isUppercase && t.letters >= 2 }
    /// The next scalar after `k` that is not a space (or a backtick around inline code).
    func next(after k: Int) -> Unicode.Scalar? {
      var i = k
      while i < s.count, s[i].letter == .space || s[i].value == "`" { i += 1 }
      return i < s.count ? s[i].value : nil
    }
    func previous(before k: Int) -> Unicode.Scalar? {
      var i = k - 1
      while i >= 0, s[i].letter == .space || s[i].value == "`" { i -= 1 }
      return i >= 0 ? s[i].value : nil
    }
    let first = tokens[0]
    let last = tokens[tokens.count - 1]
    // ACRONYM (definition)
    if isAcronym(first), next(after: first.end) == "(", next(after: last.end) == ")" {
      return AcronymDefinition.matches(short: first.text, long: tokens.dropFirst().map(\.text))
    }
    // `ACRONYM` (definition), the acronym outside the run (in inline code, say).
    if previous(before: first.start) == "(", next(after: last.end) == ")" {
      var i = first.start - 1
      while i >= 0, s[i].value != "(" { i -= 1 }
      i -= 1
      while i >= 0, s[i].letter == .space || s[i].value == "`" { i -= 1 }
      var short = String.UnicodeScalarView()
      while i >= 0, s[i].letter == .latin || s[i].letter == .digit {
        short.insert(s[i].value, at: short.startIndex)
        i -= 1
      }
      let acronym = String(short)
      if acronym.count >= 2, acronym == acronym.uppercased(), acronym.contains(where: \.isLetter) {
        return AcronymDefinition.matches(short: acronym, long: tokens.map(\.text))
      }
    }
    // definition (ACRONYM)
    if isAcronym(last), previous(before: last.start) == "(", next(after: last.end) == ")",
      next(after: tokens[tokens.count - 2].end) == "("
    {
      return AcronymDefinition.matches(short: last.text, long: tokens.dropLast().map(\.text))
    }
    return false
  }

  /// Whether a run is a list of names: three items or more between commas (the last may
  /// follow `and`), each of one to four capitalized words or acronyms (`Luciano Bello, Jim
  /// Challenger, Andrew Cross`, `PubMed, ACM, IEEE Xplore, DBLP`): people, products or
  /// services named as they are, where English left untranslated runs in lower case.
  static func isListOfNames(_ run: Run, in line: SourceLine) -> Bool {
    let tokens = run.tokens
    guard tokens.count >= 3 else { return false }
    let s = line.scalars
    var items = 1
    var wordsInItem = 0
    for (k, t) in tokens.enumerated() {
      if k > 0 {
        let between = s[tokens[k - 1].end..<t.start]
        if between.contains(where: { $0.value == "," }) {
          items += 1
          wordsInItem = 0
        } else if !between.allSatisfy({ $0.letter == .space }) {
          return false
        }
      }
      if t.text == "and" && k > 0 && k < tokens.count - 1 {
        if wordsInItem > 0 { items += 1 }
        wordsInItem = 0
        continue
      }
      guard let first = t.text.unicodeScalars.first, CharacterClass.isUppercase(first) else { return false }
      wordsInItem += 1
      if wordsInItem > 4 { return false }
    }
    return items >= 3
  }

  /// Whether a run is a licence's name: an acronym or a name, then `License` (`MIT
  /// License`, `Apache License`, `BSD Licence`): kept as it is, like any name.
  static func isLicenceName(_ run: Run) -> Bool {
    let tokens = run.tokens
    guard tokens.count == 2, tokens[0].kind == .acronym || tokens[0].kind == .proper else { return false }
    let last = tokens[1].text.lowercased()
    return last == "license" || last == "licence"
  }

  /// Whether a token is followed at once by a slash that no letter or digit follows: a
  /// folder's name (`sheet/`, `src/로`), not a word of the sentence (`template/workflow`).
  static func isFolderName(_ t: LatinToken, in line: SourceLine) -> Bool {
    let s = line.scalars
    guard t.end < s.count, s[t.end].value == "/" else { return false }
    let next = t.end + 1
    return next >= s.count || (s[next].letter != .latin && s[next].letter != .digit)
  }

  /// Whether a token is directly enclosed in parentheses: `(apm)`.
  static func isParenthesized(_ t: LatinToken, in line: SourceLine) -> Bool {
    t.start > 0 && t.end < line.scalars.count && line.scalars[t.start - 1].value == "("
      && line.scalars[t.end].value == ")"
  }

  /// Runs with code operators (`==`, `&&`, `||`, `=>`, `;`, braces) are code, not prose; so
  /// is a run whose words take an option flag (`translate -l "ko"`, `./configure
  /// --prefix=PATH`): a command the reader types.
  static func looksLikeCode(_ run: Run, line: SourceLine, layout: LineLayout) -> Bool {
    let s = line.scalars
    let a = run.tokens[0].start
    let b = run.tokens[run.tokens.count - 1].end
    if Self.takesOption(from: a, to: b, line: line, layout: layout) { return true }
    var previous: Unicode.Scalar = " "
    for k in a..<b where layout.uses[k] == .prose {
      let c = s[k].value
      if c == ";" || c == "{" || c == "}" { return true }
      // Shell: a pipe between spaces, or an option flag (` -s`, ` -W50`).
      if previous == " " && c == "|" && k + 1 < s.count && s[k + 1].value == " " { return true }
      if previous == " " && c == "-" && k + 1 < s.count && s[k + 1].letter == .latin
        && (k + 2 >= s.count || s[k + 2].letter != .latin || s[k + 2].value == " ")
      {
        return true
      }
      if (previous == "=" && c == "=") || (previous == "&" && c == "&") || (previous == "|" && c == "|")
        || (previous == "=" && c == ">") || (previous == "!" && c == "=")
      {
        return true
      }
      previous = c
    }
    return false
  }

  /// Whether an option flag follows a word of the run at `a..<b`, inside it or right after
  /// it: a hyphen after a space that starts a masked option (`InlineMasks.optionSpan` masks
  /// `-l`, `--prefix=PATH`, so the prose scalars do not show it).
  static func takesOption(from a: Int, to b: Int, line: SourceLine, layout: LineLayout) -> Bool {
    let s = line.scalars
    var k = a + 1
    while k < s.count {
      if k >= b && s[k].value != " " && s[k].value != "-" { return false }
      if s[k].value == "-" && s[k - 1].value == " " && layout.uses[k] == .masked && k + 1 < s.count
        && (s[k + 1].letter == .latin || s[k + 1].value == "-")
      {
        return true
      }
      if k >= b && s[k].value == "-" { return false }
      k += 1
    }
    return false
  }

  /// Words that attribute a cited work to its author or publisher (`[Title](…) by **X**`).
  static let attributionWords: Set<String> = ["by", "from", "via", "on", "at", "and", "in", "with"]

  /// Whether a run is an item of a reference list: a list item that opens with the title of
  /// a link to another site, followed by nothing but its attribution (`- [Scanning with
  /// Nuclei](https://…) by **Bishopfox**`), or a title of four words or more alone. The
  /// titles of cited works stay in their own language; a translator keeps them by choice.
  static func isCitation(_ run: Run, line: SourceLine) -> Bool {
    guard run.wholeLine, run.linkKinds.first == 1 else { return false }
    let s = line.scalars.drop { $0.letter == .space }.map(\.value)
    guard let first = s.first, (first == "-" || first == "*" || first == "+") && s.dropFirst().first == " " else {
      return false
    }
    var titleWords = 0
    var attributed = false
    for (k, t) in run.tokens.enumerated() {
      if run.linkKinds[k] == 1 {
        titleWords += 1
      } else if attributionWords.contains(t.text.lowercased()) {
        attributed = true
      } else if t.kind == .word {
        return false
      }
    }
    // A short link text with no author is a label (`[Latest release](…)`), not a title.
    return attributed || titleWords >= 4
  }

  /// The fragments of a line.
  func fragments(_ line: SourceLine, _ layout: LineLayout) -> [Fragment] {
    if layout.isStructural { return [] }
    return dominant == .ko ? englishFragments(line, layout) : koreanFragments(line, layout)
  }

  /// English fragments of a line of a Korean document.
  func englishFragments(_ line: SourceLine, _ layout: LineLayout) -> [Fragment] {
    var out: [Fragment] = []
    // The English terms of a glossary row or item are the terms being translated.
    let terms = GlossaryLine.termRanges(line, layout)
    for run in englishRuns(line, layout) where isUntranslated(run, line: line, layout: layout) {
      if let firstToken = run.tokens.first, let lastToken = run.tokens.last,
        terms.contains(where: { $0.lowerBound <= firstToken.start && lastToken.end <= $0.upperBound })
      {
        continue
      }
      if Self.isCitation(run, line: line) { continue }
      // A list of links joined by English words ("[A](…), [B](…), and [C](…)"): only the
      // joining words are fragments.
      let outside = run.tokens.indices.filter { run.linkKinds[$0] != 1 }
      if !outside.isEmpty, outside.count < run.tokens.count,
        outside.allSatisfy({ KeptTermLists.functionWords.contains(run.tokens[$0].text.lowercased()) })
      {
        var group: [LatinToken] = []
        for (k, t) in run.tokens.enumerated() {
          if run.linkKinds[k] != 1 {
            group.append(t)
          } else if !group.isEmpty {
            if let f = fragment(line, group[...], links: nil, wholeLine: true) { out.append(f) }
            group = []
          }
        }
        if !group.isEmpty, let f = fragment(line, group[...], links: nil, wholeLine: true) { out.append(f) }
        continue
      }
      if let f = fragment(line, run.tokens[...], links: run.linkKinds, wholeLine: run.wholeLine) { out.append(f) }
    }
    return out
  }

  /// The fragment spanning `tokens`, trimmed of kept tokens at the edges when embedded in Korean.
  private func fragment(
    _ line: SourceLine, _ tokens: ArraySlice<LatinToken>, links: [UInt8]?, wholeLine: Bool
  ) -> Fragment? {
    var tokens = tokens
    // The text of a link to another site at a run's edge names what it links to
    // (`https://dart.dev[Dart 2.10] - web frontend`): the fragment is the English around it.
    // A link text with an ordinary lower-case word (`File an [issue](…)`) is part of the
    // sentence, and nothing is trimmed unless an ordinary word stays outside the links.
    if let links, tokens.indices.contains(where: { links[$0] != 1 && tokens[$0].kind == .word }) {
      let nameLike = { (k: Int) in links[k] == 1 && tokens[k].kind != .word }
      var head = tokens.startIndex
      while head < tokens.endIndex, links[head] == 1 { head += 1 }
      if head > tokens.startIndex, (tokens.startIndex..<head).allSatisfy(nameLike) { tokens = tokens[head...] }
      var tail = tokens.endIndex
      while tail > tokens.startIndex, links[tail - 1] == 1 { tail -= 1 }
      if tail < tokens.endIndex, (tail..<tokens.endIndex).allSatisfy(nameLike) { tokens = tokens[..<tail] }
    }
    if !wholeLine {
      // Kept code, acronyms, paths and units at the edges, and a parenthesized group of
      // kept terms at the end (`management(apm)`), are not part of the fragment.
      // Names at the edges (`general Bash 스크립트`) go too.
      // Capitalized names at the edges (`general Bash 스크립트`, `Caps lock 켜짐`) go too, but
      // not a capitalized English word that starts a sentence (`Contributions are welcome`),
      // nor the text of a link to one of the document's headings.
      let sentence = tokens.contains { KeptTermLists.functionWords.contains($0.text.lowercased()) }
      func edge(_ k: Int) -> Bool {
        let t = tokens[k]
        if links?[k] == 2 { return false }
        if t.kind.isTrimmable { return true }
        guard t.kind != .word, t.text.unicodeScalars.first.map(CharacterClass.isUppercase) == true else { return false }
        return t.kind != .name || !sentence
      }
      while let f = tokens.indices.first, edge(f) { tokens = tokens.dropFirst() }
      while let k = tokens.indices.last, let l = tokens.last, edge(k) || (l.kind.isKept && Self.isParenthesized(l, in: line)) {
        tokens = tokens.dropLast()
      }
    }
    // Message codes at the edges (`E817:`) are never part of a fragment.
    func isCode(_ t: LatinToken) -> Bool { t.kind == .identifier && t.text.unicodeScalars.contains { $0.properties.numericType == .decimal } }
    while let f = tokens.first, isCode(f) { tokens = tokens.dropFirst() }
    while let l = tokens.last, isCode(l) { tokens = tokens.dropLast() }
    guard let first = tokens.first, let last = tokens.last else { return nil }
    let letters = tokens.reduce(0) { $0 + $1.letters }
    guard letters >= options.minimumFragmentLetters else { return nil }
    var a = first.start
    while line.scalars[a].letter != .latin { a += 1 }
    var b = last.end - 1
    while line.scalars[b].letter != .latin { b -= 1 }
    return make(line, a, b, .en)
  }

  /// Each Korean word of a line as its own fragment (the labels of a dateline).
  func koreanWordFragments(_ line: SourceLine, _ layout: LineLayout) -> [Fragment] {
    var out: [Fragment] = []
    var start: Int? = nil
    let s = line.scalars
    for i in 0...s.count {
      let isKorean = i < s.count && s[i].letter == .korean && layout.uses[i] == .prose
      if isKorean && start == nil { start = i }
      if !isKorean, let a = start {
        out.append(make(line, a, i - 1, .ko))
        start = nil
      }
    }
    return out
  }

  /// Whether the line's prose has an English word: a Latin token of two letters or more
  /// with a lower-case letter, the kind that ends a Korean fragment, or a long dictionary
  /// word in capitals (`[THINK ENGLISH]`); an acronym (`FA`, `KBS`) or an abbreviation set
  /// inside Korean (`트위터(sns)바로가기`) is none.
  ///
  /// `words` are the line's `wordTokens`, when they were found already.
  static func hasEnglishWord(_ line: SourceLine, _ layout: LineLayout, words: [LatinToken]? = nil) -> Bool {
    (words ?? wordTokens(line, layout)).contains {
      ($0.hasLowercase && $0.letters >= 2 && !isEnclosedAbbreviation($0, in: line.scalars)) || isWordInCapitals($0)
    }
  }

  /// The Latin tokens of two letters or more of a line's prose: all that `hasEnglishWord`
  /// and `koreanFragments` read (both kinds of English word have two letters or more), so
  /// a line of an English page that needs both finds them once.
  static func wordTokens(_ line: SourceLine, _ layout: LineLayout) -> [LatinToken] {
    LatinToken.tokens(in: line, layout: layout, range: 0..<line.scalars.count, keeping: { letters, _ in letters >= 2 })
  }

  /// Korean fragments of a line of an English document; `words` are its `wordTokens`, when
  /// they were found already.
  func koreanFragments(_ line: SourceLine, _ layout: LineLayout, words: [LatinToken]? = nil) -> [Fragment] {
    // Fragments are made of Korean prose: a line without any has none.
    guard Self.hasKoreanProse(line, layout) else { return [] }
    let s = line.scalars
    let tokens = words ?? Self.wordTokens(line, layout)
    let minimumLetters = options.minimumFragmentLetters
    let number = line.number
    // The tokens `hasEnglishWord` looks for break a run; an abbreviation in lower case set
    // inside Korean on both sides (`트위터(sns)바로가기`), no English word, is part of it.
    // The uses are read by index: in memory, a line's uses all prose longer than the shared
    // run would be made for the call.
    let uses = layout.uses
    return s.withUnsafeBufferPointer { scalars in
      Self.koreanFragments(number, scalars, uses, tokens, minimumLetters: minimumLetters) { t in
        t.hasLowercase && t.letters >= 2 && !Self.isEnclosedAbbreviation(t, in: s)
      }
    }
  }

  /// The Korean fragments of line `number`, whose scalars and uses are `scalars` and `uses`: the
  /// runs of Korean prose between breakers, code and the `tokens` that `breaks` (with at
  /// least `minimumLetters` Korean letters). The tokens come in the order of their starts:
  /// the next breaking one is found as the scan reaches it, instead of marking each of its
  /// scalars in an array of the line's. (A function of its own, its state in local
  /// variables: read by local functions within the buffers' closures, they were checked
  /// for exclusive access at run time at every scalar.)
  private static func koreanFragments(
    _ number: Int, _ scalars: UnsafeBufferPointer<SourceScalar>, _ uses: ScalarUses,
    _ tokens: [LatinToken], minimumLetters: Int, breaks: (LatinToken) -> Bool
  ) -> [Fragment] {
    var out: [Fragment] = []
    func nextBreak(after k: inout Int) -> Range<Int>? {
      while k < tokens.count {
        let t = tokens[k]
        k += 1
        if breaks(t) { return t.start..<t.end }
      }
      return nil
    }
    func close(_ first: inout Int, _ last: Int, _ out: inout [Fragment]) {
      guard first >= 0 else { return }
      var letters = 0
      for k in first...last where scalars[k].letter == .korean { letters += 1 }
      if letters >= minimumLetters {
        out.append(
          Fragment(
            range: scalars[first].offset..<(scalars[last].offset + scalars[last].length), line: number,
            column: first + 1, text: SourceLine.text(of: UnsafeBufferPointer(rebasing: scalars[first...last])),
            language: .ko))
      }
      first = -1
    }
    var nextToken = 0
    var pending = nextBreak(after: &nextToken)
    // The end of the breaking tokens started so far.
    var breakEnd = 0
    var first = -1
    var last = 0
    for i in 0..<scalars.count {
      while let next = pending, i >= next.lowerBound {
        breakEnd = max(breakEnd, next.upperBound)
        pending = nextBreak(after: &nextToken)
      }
      let use = uses[i]
      if use == .breaker || use == .code || i < breakEnd {
        close(&first, last, &out)
        continue
      }
      if scalars[i].letter == .korean && use == .prose {
        if first < 0 { first = i }
        last = i
      }
    }
    close(&first, last, &out)
    return out
  }

  /// Whether a token touches Korean letters on both sides, directly or through one pair of
  /// brackets around it (`트위터(sns)바로가기`), and is no English word: an abbreviation
  /// inside a Korean phrase, not English breaking it.
  static func isEnclosedAbbreviation(_ t: LatinToken, in s: SourceScalars) -> Bool {
    var before = t.start - 1
    var after = t.end
    if before >= 0, after < s.count, s[before].value == "(" || s[before].value == "[",
      s[after].value == ")" || s[after].value == "]"
    {
      before -= 1
      after += 1
    }
    guard before >= 0, after < s.count, s[before].letter == .korean, s[after].letter == .korean else { return false }
    return !EnglishWords.contains(t.text.lowercased())
  }

  private func make(_ line: SourceLine, _ a: Int, _ b: Int, _ language: Language) -> Fragment {
    Fragment(
      range: line.byteRange(from: a, through: b), line: line.number, column: a + 1,
      text: line.text(from: a, through: b), language: language)
  }
}
