/// Finds the fragments of one line in the document's non-dominant language.
///
/// In a Korean document, runs of non-Korean prose between Korean letters (and markup
/// breakers) are split into Latin tokens; a run is untranslated English when it has an
/// ordinary English word, or, on a line without Korean prose, a Title Case word the
/// document does not otherwise keep. Kept tokens at the edges of a run embedded in Korean
/// are trimmed; a run in parentheses right after Korean is a gloss and kept.
///
/// In an English document every Korean run is a fragment; it extends over digits,
/// punctuation and acronyms until a real English word (a token with a lower-case letter
/// and at least two letters) breaks it.
struct FragmentFinder: Sendable {
  /// The document's dominant language.
  var dominant: FragmentLanguage
  /// What the document keeps in English.
  var kept: KeptTerms
  /// Options (minimum fragment letters).
  var options: AnalysisOptions

  /// A run of prose in one line, with its tokens classified.
  struct Run {
    var tokens: [LatinToken]
    var wholeLine: Bool
    var isGloss: Bool
    var isLinkText: Bool
  }

  /// Whether any prose scalar of the line is a Korean letter.
  static func hasKoreanProse(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    for (i, s) in line.scalars.enumerated() where s.letter == .korean && layout.uses[i] == .prose { return true }
    return false
  }

  /// The runs of non-Korean prose of a line, with classified tokens.
  func englishRuns(_ line: SourceLine, _ layout: LineLayout) -> [Run] {
    let s = line.scalars
    let whole = !Self.hasKoreanProse(line, layout)
    var runs: [Run] = []
    var i = 0
    while i < s.count {
      let use = layout.uses[i]
      guard use == .prose || use == .masked, s[i].letter != .korean else {
        i += 1
        continue
      }
      var j = i
      while j < s.count, layout.uses[j] == .prose || layout.uses[j] == .masked, s[j].letter != .korean { j += 1 }
      var tokens = LatinToken.tokens(in: line, layout: layout, range: i..<j)
      if !tokens.isEmpty {
        for k in tokens.indices { tokens[k].kind = kept.classify(tokens[k]) }
        let a = tokens[0].start
        let b = tokens[tokens.count - 1].end
        let gloss =
          a >= 2 && s[a - 1].value == "(" && s[a - 2].letter == .korean && b < s.count && s[b].value == ")"
        let link = layout.linkTexts.contains { $0.lowerBound <= a && b <= $0.upperBound }
        runs.append(Run(tokens: tokens, wholeLine: whole, isGloss: gloss, isLinkText: link))
      }
      i = j
    }
    return runs
  }

  /// Whether a run of English is untranslated.
  func isUntranslated(_ run: Run, line: SourceLine) -> Bool {
    if run.isGloss { return false }
    let hasWord = run.tokens.contains { $0.kind == .word }
    let hasName = run.tokens.contains { $0.kind == .name }
    if !hasWord && !(run.wholeLine && hasName) { return false }
    if run.isLinkText && !hasWord { return false }
    if !kept.phrases.isEmpty {
      let text = line.text(from: run.tokens[0].start, through: run.tokens[run.tokens.count - 1].end - 1).lowercased()
      if kept.isGlossaryPhrase(text) { return false }
    }
    if Self.looksLikeCode(run, line: line) { return false }
    return true
  }

  /// Whether a token is directly enclosed in parentheses: `(apm)`.
  static func isParenthesized(_ t: LatinToken, in line: SourceLine) -> Bool {
    t.start > 0 && t.end < line.scalars.count && line.scalars[t.start - 1].value == "("
      && line.scalars[t.end].value == ")"
  }

  /// Runs with code operators (`==`, `&&`, `||`, `=>`, `;`, braces) are code, not prose.
  static func looksLikeCode(_ run: Run, line: SourceLine) -> Bool {
    let s = line.scalars
    let a = run.tokens[0].start
    let b = run.tokens[run.tokens.count - 1].end
    var previous: Unicode.Scalar = " "
    for k in a..<b {
      let c = s[k].value
      if c == ";" || c == "{" || c == "}" { return true }
      if (previous == "=" && c == "=") || (previous == "&" && c == "&") || (previous == "|" && c == "|")
        || (previous == "=" && c == ">") || (previous == "!" && c == "=")
      {
        return true
      }
      previous = c
    }
    return false
  }

  /// The fragments of a line.
  func fragments(_ line: SourceLine, _ layout: LineLayout) -> [Fragment] {
    if layout.isStructural { return [] }
    return dominant == .korean ? englishFragments(line, layout) : koreanFragments(line, layout)
  }

  /// English fragments of a line of a Korean document.
  func englishFragments(_ line: SourceLine, _ layout: LineLayout) -> [Fragment] {
    var out: [Fragment] = []
    for run in englishRuns(line, layout) where isUntranslated(run, line: line) {
      var tokens = run.tokens[...]
      if !run.wholeLine {
        // Kept code, acronyms, paths and units at the edges, and a parenthesized group of
        // kept terms at the end (`management(apm)`), are not part of the fragment.
        while let f = tokens.first, f.kind.isTrimmable { tokens = tokens.dropFirst() }
        while let l = tokens.last, l.kind.isTrimmable || (l.kind.isKept && Self.isParenthesized(l, in: line)) {
          tokens = tokens.dropLast()
        }
      }
      guard let first = tokens.first, let last = tokens.last else { continue }
      let letters = tokens.reduce(0) { $0 + $1.letters }
      guard letters >= options.minimumFragmentLetters else { continue }
      var a = first.start
      while line.scalars[a].letter != .latin { a += 1 }
      var b = last.end - 1
      while line.scalars[b].letter != .latin { b -= 1 }
      out.append(make(line, a, b, .english))
    }
    return out
  }

  /// Korean fragments of a line of an English document.
  func koreanFragments(_ line: SourceLine, _ layout: LineLayout) -> [Fragment] {
    let s = line.scalars
    let tokens = LatinToken.tokens(in: line, layout: layout, range: 0..<s.count)
    var breaking = Array(repeating: false, count: s.count)
    for t in tokens where t.hasLowercase && t.letters >= 2 {
      for k in t.start..<t.end { breaking[k] = true }
    }
    var out: [Fragment] = []
    var first: Int? = nil
    var last = 0
    func close() {
      if let a = first {
        var letters = 0
        for k in a...last where s[k].letter == .korean { letters += 1 }
        if letters >= options.minimumFragmentLetters { out.append(make(line, a, last, .korean)) }
      }
      first = nil
    }
    for i in 0..<s.count {
      let use = layout.uses[i]
      if use == .breaker || use == .code || breaking[i] {
        close()
        continue
      }
      if s[i].letter == .korean && use == .prose {
        if first == nil { first = i }
        last = i
      }
    }
    close()
    return out
  }

  private func make(_ line: SourceLine, _ a: Int, _ b: Int, _ language: FragmentLanguage) -> Fragment {
    Fragment(
      range: line.byteRange(from: a, through: b), line: line.number, column: a + 1,
      text: line.text(from: a, through: b), language: language)
  }
}
