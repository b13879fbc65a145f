/// The lexicon of site and portal boilerplate, and the line normalization it matches on.
///
/// The data lives in `Corpora/Lexicon/chrome.tsv` with a source for every entry and is
/// compiled into `ChromeLexicon+Data.swift` by `Scripts/generate-chrome-lexicon.py`, so
/// the library reads no file at run time.
enum ChromeLexicon {
  /// How an entry matches a normalized line.
  enum Match: Sendable {
    /// The whole line equals the pattern.
    case line
    /// The line starts with the pattern (short lines only).
    case prefix
    /// The line contains the pattern anywhere.
    case phrase
    /// A word of the line starts with the pattern (Korean UI vocabulary; only for lines in
    /// the document's non-dominant language).
    case word
  }

  /// One lexicon entry.
  struct Entry: Sendable {
    var pattern: String
    var language: Language
    var match: Match
    var category: String
    init(_ pattern: String, _ language: Language, _ match: Match, _ category: String) {
      self.pattern = pattern
      self.language = language
      self.match = match
      self.category = category
    }
  }

  /// Normalizes text for matching: Latin letters lower-cased, Korean letters kept, every
  /// other run of characters (digits, punctuation, symbols, spaces) one space; trimmed.
  static func normalize(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for s in scalars {
      let c = LetterClassifier.classify(s)
      if c == .latin || c == .korean || c == .otherLetter {
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        if s.value >= 0x41 && s.value <= 0x5A {
          out.append(Unicode.Scalar(s.value + 0x20)!)
        } else {
          out.append(s)
        }
      } else {
        pendingSpace = true
      }
    }
    return String(out)
  }

  /// The entries, normalized once.
  static let normalized: [(entry: Entry, pattern: String)] = entries.map { ($0, normalize($0.pattern.unicodeScalars)) }

  /// The first entry matching a normalized line, or `nil`.
  ///
  /// - Parameters:
  ///   - line: The normalized line.
  ///   - words: Its number of words.
  ///   - maximumWords: Longer lines match only `phrase` entries.
  ///   - noticesOnly: Match only `phrase` entries of the `notice` category (for documents
  ///     in Korean, whose own text may use UI words).
  /// - Complexity: O(e·n) for e entries and a line of length n.
  ///   - vocabulary: Also match `word` entries (UI vocabulary).
  static func match(
    _ line: String, words: Int, maximumWords: Int, noticesOnly: Bool, vocabulary: Bool = false
  ) -> Entry? {
    guard !line.isEmpty else { return nil }
    for (entry, pattern) in normalized {
      if noticesOnly && (entry.match != .phrase || entry.category != "notice") { continue }
      if entry.match == .word {
        if vocabulary && words <= maximumWords
          && line.split(separator: " ").contains(where: { $0.hasPrefix(pattern) })
        {
          return entry
        }
        continue
      }
      if entry.language == .ko {
        switch entry.match {
        case .line: if line == pattern { return entry }
        case .prefix: if words <= maximumWords && line.hasPrefix(pattern) { return entry }
        case .phrase: if line.contains(pattern) { return entry }
        case .word: break
        }
        continue
      }
      switch entry.match {
      case .line:
        if line == pattern { return entry }
      case .prefix:
        if words <= maximumWords && (line == pattern || line.hasPrefix(pattern + " ")) { return entry }
      case .word:
        break
      case .phrase:
        if line == pattern || line.hasPrefix(pattern + " ") || line.hasSuffix(" " + pattern)
          || line.contains(" " + pattern + " ")
        {
          return entry
        }
      }
    }
    return nil
  }
}
