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
    /// A navigation or share-bar label: a line made only of two or more labels (a section
    /// menu, a row of share buttons) matches.
    case label
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

  /// The entries with their normalized patterns as UTF-8, computed once.
  static let compiled: [(entry: Entry, pattern: [UInt8])] = entries.map {
    ($0, Array(normalize($0.pattern.unicodeScalars).utf8))
  }

  /// The entries matched by scanning (not `line` or `label`), with their positions in
  /// `compiled`.
  static let scanned: [(index: Int, entry: Entry, pattern: [UInt8])] = compiled.enumerated()
    .filter { $0.element.entry.match != .line && $0.element.entry.match != .label }
    .map { ($0.offset, $0.element.entry, $0.element.pattern) }

  /// The first `line` entry of each normalized pattern, by position in `compiled`.
  static let wholeLines: [[UInt8]: Int] = {
    var table: [[UInt8]: Int] = [:]
    for (k, c) in compiled.enumerated() where c.entry.match == .line && table[c.pattern] == nil {
      table[c.pattern] = k
    }
    return table
  }()

  /// The first entry matching a normalized line, or `nil`.
  ///
  /// - Parameters:
  ///   - line: The normalized line.
  ///   - words: Its number of words.
  ///   - maximumWords: Longer lines match only `phrase` entries.
  ///   - noticesOnly: Match only `phrase` entries of the `notice` category (for documents
  ///     in Korean, whose own text may use UI words).
  ///   - vocabulary: Also match `word` entries (UI vocabulary).
  /// - Complexity: O(e·n) for e entries and a line of n bytes, on bytes.
  static func match(
    _ line: String, words: Int, maximumWords: Int, noticesOnly: Bool, vocabulary: Bool = false
  ) -> Entry? {
    guard !line.isEmpty else { return nil }
    let text = Array(line.utf8)
    let space = UInt8(ascii: " ")
    /// Whether `pattern` occurs at some start where `accept(start, end)` holds.
    func occurs(_ pattern: [UInt8], _ accept: (Int, Int) -> Bool) -> Bool {
      guard pattern.count <= text.count, let first = pattern.first else { return false }
      var i = 0
      let last = text.count - pattern.count
      while i <= last {
        if text[i] == first {
          var k = 1
          while k < pattern.count && text[i + k] == pattern[k] { k += 1 }
          if k == pattern.count && accept(i, i + k) { return true }
        }
        i += 1
      }
      return false
    }
    func atWordStart(_ s: Int) -> Bool { s == 0 || text[s - 1] == space }
    func atWordEnd(_ e: Int) -> Bool { e == text.count || text[e] == space }
    // A whole-line entry is found by lookup; scanning entries listed before it still win.
    let lineEntry = noticesOnly ? nil : wholeLines[text]
    for (index, entry, pattern) in scanned {
      if let l = lineEntry, l < index { return compiled[l].entry }
      if noticesOnly && (entry.match != .phrase || entry.category != "notice") { continue }
      let korean = entry.language == .ko
      switch entry.match {
      case .word:
        if vocabulary && words <= maximumWords && occurs(pattern, { s, _ in atWordStart(s) }) { return entry }
      case .line:
        continue
      case .prefix:
        if words <= maximumWords && text.count >= pattern.count && Array(text[0..<pattern.count]) == pattern
          && (korean || atWordEnd(pattern.count))
        {
          return entry
        }
      case .phrase:
        if occurs(pattern, { s, e in korean || (atWordStart(s) && atWordEnd(e)) }) { return entry }
      case .label:
        continue
      }
    }
    return lineEntry.map { compiled[$0].entry }
  }

  /// The label entries as word sequences, longest first, computed once.
  static let labels: [[Substring]] = entries.filter { $0.match == .label }
    .map { normalize($0.pattern.unicodeScalars).split(separator: " ") }
    .sorted { $0.count > $1.count }

  /// The number of labels a normalized line is made of, or 0 when some word of it is not
  /// part of a label (a menu such as `Home | Politics | Economy`, a share bar such as
  /// `Facebook Twitter Email Print`, 정치 경제 사회).
  ///
  /// - Complexity: O(w·l) for w words and l label entries.
  static func labelCount(_ line: String) -> Int {
    let words = line.split(separator: " ")
    guard !words.isEmpty && words.count <= 24 else { return 0 }
    // best[i]: the fewest labels covering words[0..<i] (nil when they cannot be covered).
    var best: [Int?] = Array(repeating: nil, count: words.count + 1)
    best[0] = 0
    for i in 0..<words.count {
      guard let here = best[i] else { continue }
      for label in labels where i + label.count <= words.count {
        if words[i..<(i + label.count)].elementsEqual(label) {
          let n = here + 1
          if best[i + label.count].map({ n < $0 }) ?? true { best[i + label.count] = n }
        }
      }
    }
    return best[words.count] ?? 0
  }
}
