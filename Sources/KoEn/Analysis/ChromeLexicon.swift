internal import CTokenBlock

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
  static func normalize(_ scalars: some Collection<Unicode.Scalar>) -> String {
    NormalizedText.make(capacity: scalars.reduce(0) { $0 + UTF8.width($1) }) { text in
      for s in scalars { text.add(s, LetterClass(s)) }
    }
  }

  /// Writes `normalize`'s text straight into a string's storage, scalar by scalar, for
  /// callers that know the letter classes already (`LineText.normalized`).
  struct NormalizedText {
    private let out: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private var pendingSpace = false
    /// The spaces written: the text has one word more, when it is not empty.
    private var spaces = 0

    /// The text `fill` writes; `capacity` is the scalars' UTF-8 length (the letters' bytes
    /// plus at most one space for each run of other scalars, a byte or more each, never
    /// exceed it).
    static func make(capacity: Int, _ fill: (inout NormalizedText) -> Void) -> String {
      makeCountingWords(capacity: capacity, fill).text
    }

    /// `make(capacity:_:)`, with the text's number of words (`LineText.wordCount` of it),
    /// counted as its spaces are written.
    static func makeCountingWords(capacity: Int, _ fill: (inout NormalizedText) -> Void) -> (text: String, words: Int) {
      var words = 0
      let text = String(unsafeUninitializedCapacity: capacity) { out in
        let written = write(to: out, fill)
        words = written.words
        return written.count
      }
      return (text, words)
    }

    /// The text `fill` writes, written at `out` (room for as many bytes as `make`'s
    /// `capacity`): its length and its number of words. (`UTF8Pool` hands out the room for a
    /// line's text kept in a pooled store, `NormalizedUTF8`.)
    static func write(to out: UnsafeMutableBufferPointer<UInt8>, _ fill: (inout NormalizedText) -> Void) -> (
      count: Int, words: Int
    ) {
      var text = NormalizedText(out: out)
      fill(&text)
      return (text.count, text.count > 0 ? text.spaces &+ 1 : 0)
    }

    private init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

    /// Adds one scalar of class `letter`.
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar, _ letter: LetterClass) {
      Self.add(scalar, letter, to: out, at: &count, pendingSpace: &pendingSpace, spaces: &spaces)
    }

    /// Adds the scalars whose use is prose, in order: `add(_:_:)` for each, with the
    /// writing position and the pending space kept in locals (registers) over the run.
    mutating func addProse(_ scalars: UnsafeBufferPointer<SourceScalar>, uses: UnsafeBufferPointer<ScalarUse>) {
      (count, pendingSpace, spaces) = Self.addProse(
        scalars, uses: uses, to: out, at: count, pendingSpace: pendingSpace, spaces: spaces)
    }

    /// `addProse` away from `self`, whose fields the output might alias: the position and
    /// the pending space come back at the end.
    ///
    /// `add(_:_:)`'s rule by pointers, with a space left pending only once a letter was
    /// written (`count > 0`, which only grows), so a letter writes a pending space without
    /// asking: the same text, with fewer tests on each scalar.
    private static func addProse(
      _ scalars: UnsafeBufferPointer<SourceScalar>, uses: UnsafeBufferPointer<ScalarUse>,
      to out: UnsafeMutableBufferPointer<UInt8>, at start: Int, pendingSpace pending: Bool, spaces before: Int
    ) -> (Int, Bool, Int) {
      var count = start
      var pendingSpace = pending && start > 0
      var spaces = before
      let n = min(scalars.count, uses.count)
      guard n > 0, let s = scalars.baseAddress, let u = uses.baseAddress, let o = out.baseAddress else {
        return (count, pendingSpace, spaces)
      }
      for k in 0..<n where u[k] == .prose {
        // Korean, Latin and other letters are the first three classes.
        guard s[k].letter.rawValue <= LetterClass.otherLetter.rawValue else {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          o[count] = 0x20
          count &+= 1
          spaces &+= 1
          pendingSpace = false
        }
        let v = s[k].value.value
        if v < 0x80 {
          // An ASCII letter: `A`–`Z` or `a`–`z`, lower-cased by its 0x20 bit.
          o[count] = UInt8(truncatingIfNeeded: v) | 0x20
          count &+= 1
        } else {
          out.writeUTF8(s[k].value, at: &count)
        }
      }
      return (count, pendingSpace, spaces)
    }

    /// The rule: a letter is written (Latin capitals lower-cased), after one space when
    /// other scalars came between it and the previous letter; other scalars write nothing.
    @inline(__always)
    private static func add(
      _ scalar: Unicode.Scalar, _ letter: LetterClass, to out: UnsafeMutableBufferPointer<UInt8>, at count: inout Int,
      pendingSpace: inout Bool, spaces: inout Int
    ) {
      guard letter == .latin || letter == .korean || letter == .otherLetter else {
        pendingSpace = true
        return
      }
      if pendingSpace && count > 0 {
        out[count] = 0x20
        count &+= 1
        spaces &+= 1
      }
      pendingSpace = false
      let v = scalar.value
      if v < 0x80 {
        // An ASCII letter: `A`–`Z` or `a`–`z`, lower-cased by its 0x20 bit.
        out[count] = UInt8(truncatingIfNeeded: v) | 0x20
        count &+= 1
      } else {
        out.writeUTF8(scalar, at: &count)
      }
    }
  }

  /// The entries with their normalized patterns as UTF-8, computed once.
  static let compiled: [(entry: Entry, pattern: [UInt8])] = entries.map {
    ($0, Array(normalize($0.pattern.unicodeScalars).utf8))
  }

  /// The `phrase` and `word` entries, in an automaton that finds where their patterns occur.
  static let automaton = LexiconAutomaton(compiled, anchored: false) {
    $0.entry.match == .phrase || $0.entry.match == .word
  }
  /// The `line` and `prefix` entries, in an automaton that finds the patterns a line starts with.
  static let startAutomaton = LexiconAutomaton(compiled, anchored: true) {
    $0.entry.match == .line || $0.entry.match == .prefix
  }

  /// The `phrase` and `word` entries a line of ASCII can hold, found from its word starts
  /// (`WordStartPatterns`); nil if some Korean phrase is written in ASCII, which may start
  /// inside a word.
  static let asciiPatterns = WordStartPatterns(compiled) { $0.match == .phrase || $0.match == .word }

  /// The most words of a `line` entry's normalized pattern.
  static let wholeLineWords =
    compiled.filter { $0.entry.match == .line }.map { $0.pattern.count(where: { $0 == 0x20 }) + 1 }.max() ?? 0

  /// The first entry matching a normalized line, or `nil`.
  ///
  /// An entry matches by its kind: a `line` entry when the line is its pattern; a `prefix`
  /// when the line starts with it (followed by a space or the line's end, unless Korean); a
  /// `phrase` wherever it occurs (between word boundaries, unless Korean); a `word` at the
  /// start of a word.
  ///
  /// - Parameters:
  ///   - line: The normalized line.
  ///   - words: Its number of words.
  ///   - maximumWords: Longer lines match only `phrase` entries.
  ///   - noticesOnly: Match only `phrase` entries of the `notice` category (for documents
  ///     in Korean, whose own text may use UI words).
  ///   - vocabulary: Also match `word` entries (UI vocabulary).
  /// - Complexity: O(n + m) for a line of n bytes where m patterns occur.
  static func match(
    _ line: NormalizedUTF8, words: Int, maximumWords: Int, noticesOnly: Bool, vocabulary: Bool = false
  ) -> Entry? {
    matchIndex(line, words: words, maximumWords: maximumWords, noticesOnly: noticesOnly, vocabulary: vocabulary)
      .map { compiled[$0].entry }
  }

  /// `match`'s entry as its position in `compiled`: a number to keep (`NormalizedLine`)
  /// where the entry is two strings to retain whenever it is copied. `isASCII` tells
  /// whether the line is ASCII, when the caller knows (otherwise its bytes are read for it).
  static func matchIndex(
    _ line: NormalizedUTF8, words: Int, maximumWords: Int, noticesOnly: Bool, vocabulary: Bool = false,
    isASCII: Bool? = nil
  ) -> Int? {
    guard !line.isEmpty else { return nil }
    let short = words <= maximumWords && !noticesOnly
    let wholeLine = !noticesOnly && words <= wholeLineWords
    let best: Int? = line.withUTF8 { text in
      let count = text.count
      let space: UInt8 = 0x20
      var best = Int.max
      // A line entry needs no more than the line's start, and neither does a prefix when
      // the line is short.
      if short || wholeLine { find(startAutomaton, best: &best) }
      // In a line of ASCII (most lines of an English page) only the phrases in ASCII occur,
      // and only at word starts: the few words that may begin one are read.
      if let ascii = asciiPatterns, let base = text.baseAddress, isASCII ?? (koen_is_ascii(base, Int64(count)) != 0) {
        find(ascii.automaton, wordStarts: ascii, best: &best)
      } else {
        find(automaton, best: &best)
      }
      return best == Int.max ? nil : best

      /// Lowers `best` to the first entry of `automaton` that matches (run from the word
      /// starts of `wordStarts`, whose automaton it is, when given).
      func find(_ automaton: LexiconAutomaton, wordStarts: WordStartPatterns? = nil, best: inout Int) {
        automaton.patterns.withUnsafeBufferPointer { patterns in
          if let wordStarts {
            wordStarts.forEachOccurrence(in: text) { consider(patterns[$0], end: $1, best: &best) }
          } else {
            automaton.forEachOccurrence(in: text) { consider(patterns[$0], end: $1, best: &best) }
          }
        }
      }

      /// Whether to go on with the patterns ending where `pattern` does, lowering `best` to
      /// its entry if it matches.
      func consider(_ pattern: LexiconAutomaton.Pattern, end: Int, best: inout Int) -> Bool {
        // The outputs of one byte come in entry order: none after this one can win.
        guard pattern.entry < best else { return false }
        let start = end - pattern.length
        let matches: Bool
        switch pattern.match {
        case .line:
          matches = wholeLine && start == 0 && end == count
        case .prefix:
          matches = short && start == 0 && (pattern.isKorean || end == count || text[end] == space)
        case .phrase:
          matches =
            (!noticesOnly || pattern.isNotice) && pattern.length > 0
            && (pattern.isKorean
              || ((start == 0 || text[start - 1] == space) && (end == count || text[end] == space)))
        case .word:
          matches = short && vocabulary && pattern.length > 0 && (start == 0 || text[start - 1] == space)
        case .label:
          matches = false
        }
        if matches { best = pattern.entry }
        return !matches
      }
    }
    return best
  }

  /// The label entries as word sequences, longest first, computed once.
  static let labels: [[Substring]] = entries.filter { $0.match == .label }
    .map { normalize($0.pattern.unicodeScalars).split(separator: " ") }
    .sorted { $0.count > $1.count }

  /// The labels by their first word: a line made of labels starts with one of them, and
  /// only the labels starting with a word can cover it.
  static let labelsByFirstWord: [Substring: [[Substring]]] = Dictionary(grouping: labels, by: { $0[0] })

  /// The first words of the labels, looked up by bytes.
  static let labelFirstWords = ASCIIWordSet(Set(labelsByFirstWord.keys.map(String.init)))

  /// Every word of every label, looked up by bytes: a line with a word outside them is not
  /// made of labels.
  static let labelWords = ASCIIWordSet(Set(labels.joined().map(String.init)))

  /// Whether the normalized line's first word is the first word of a label: `labelCount`
  /// is 0 for a line whose first word is not.
  static func startsWithLabelWord(_ line: String) -> Bool {
    // Read in place: `forEachWord` takes a copy of the string (retained and released) to
    // read its bytes, for a word that is most often the first.
    if let inPlace = line.utf8.withContiguousStorageIfAvailable(startsWithLabelWord(utf8:)) { return inPlace }
    var startsWithLabel = false
    LineText.forEachWord(line) { word in
      startsWithLabel = labelFirstWords.contains(word)
      return false
    }
    return startsWithLabel
  }

  /// `startsWithLabelWord(_:)` of a normalized text kept in a pooled store.
  static func startsWithLabelWord(_ line: NormalizedUTF8) -> Bool { line.withUTF8(startsWithLabelWord(utf8:)) }

  /// `startsWithLabelWord(_:)` of a normalized text's UTF-8 bytes.
  private static func startsWithLabelWord(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    var start = 0
    while start < n && bytes[start] == 0x20 { start &+= 1 }
    var end = start
    while end < n && bytes[end] != 0x20 { end &+= 1 }
    return end > start && labelFirstWords.contains(UnsafeBufferPointer(rebasing: bytes[start..<end]))
  }

  /// `labelCount(_:)` of a normalized text kept in a pooled store: made a `String` only
  /// when its first word starts a label.
  static func labelCount(_ line: NormalizedUTF8) -> Int { startsWithLabelWord(line) ? labelCount(line.string) : 0 }

  /// The number of labels a normalized line is made of, or 0 when some word of it is not
  /// part of a label (a menu such as `Home | Politics | Economy`, a share bar such as
  /// `Facebook Twitter Email Print`, 정치 경제 사회).
  ///
  /// - Complexity: O(w·l) for w words and l labels sharing a first word.
  static func labelCount(_ line: String) -> Int {
    // Most lines start with a word no label starts with: ruled out by the word's bytes.
    guard startsWithLabelWord(line), LineText.forEachWord(line, { labelWords.contains($0) }) else { return 0 }
    let firstWordEnd = line.utf8.firstIndex(of: 0x20) ?? line.endIndex
    guard LineText.wordCount(line) <= 24, labelsByFirstWord[line[..<firstWordEnd]] != nil
    else { return 0 }
    let words = LineText.words(line)
    // best[i]: the fewest labels covering words[0..<i] (nil when they cannot be covered).
    var best: [Int?] = Array(repeating: nil, count: words.count + 1)
    best[0] = 0
    for i in 0..<words.count {
      guard let here = best[i], let starting = labelsByFirstWord[words[i]] else { continue }
      for label in starting where i + label.count <= words.count {
        if words[i..<(i + label.count)].elementsEqual(label) {
          let n = here + 1
          if best[i + label.count].map({ n < $0 }) ?? true { best[i + label.count] = n }
        }
      }
    }
    return best[words.count] ?? 0
  }
}
