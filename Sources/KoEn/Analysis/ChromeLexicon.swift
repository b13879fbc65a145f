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

    /// The text `fill` writes; `capacity` is the scalars' UTF-8 length (the letters' bytes
    /// plus at most one space for each run of other scalars, a byte or more each, never
    /// exceed it).
    static func make(capacity: Int, _ fill: (inout NormalizedText) -> Void) -> String {
      String(unsafeUninitializedCapacity: capacity) { out in
        var text = NormalizedText(out: out)
        fill(&text)
        return text.count
      }
    }

    private init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

    /// Adds one scalar of class `letter`.
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar, _ letter: LetterClass) {
      guard letter == .latin || letter == .korean || letter == .otherLetter else {
        pendingSpace = true
        return
      }
      if pendingSpace && count > 0 {
        out[count] = 0x20
        count += 1
      }
      pendingSpace = false
      let v = scalar.value
      if v >= 0x41 && v <= 0x5A {
        out[count] = UInt8(truncatingIfNeeded: v + 0x20)
        count += 1
      } else {
        out.writeUTF8(scalar, at: &count)
      }
    }
  }

  /// The entries with their normalized patterns as UTF-8, computed once.
  static let compiled: [(entry: Entry, pattern: [UInt8])] = entries.map {
    ($0, Array(normalize($0.pattern.unicodeScalars).utf8))
  }

  /// An entry matched by scanning (not `line` or `label`), ready for matching bytes.
  struct ScannedEntry: Sendable {
    /// Its position in `compiled` (the first matching entry wins).
    var index: Int
    var pattern: [UInt8]
    var match: Match
    var isKorean: Bool
    var isNoticePhrase: Bool
    /// The bucket of the pattern's first two bytes in a line's `Bigrams`, or nil for a
    /// one-byte pattern.
    var firstBigram: Int?
    /// The buckets of a few more of the pattern's bigrams (its last, and two between): a
    /// line that lacks one of them cannot hold the pattern.
    var otherBigrams: [Int]
  }

  /// The scanned entries, in lexicon order.
  static let scanned: [ScannedEntry] = compiled.enumerated()
    .filter { $0.element.entry.match != .line && $0.element.entry.match != .label }
    .map { k, c in
      ScannedEntry(
        index: k, pattern: c.pattern, match: c.entry.match, isKorean: c.entry.language == .ko,
        isNoticePhrase: c.entry.match == .phrase && c.entry.category == "notice",
        firstBigram: c.pattern.count >= 2 ? Bigrams.bucket(c.pattern[0], c.pattern[1]) : nil,
        otherBigrams: Bigrams.samples(of: c.pattern))
    }

  /// The scanned entries of each kind whose pattern has two bytes or more, by position in
  /// `scanned`: `prefix` entries by the bucket of their first two bytes (the line's own first
  /// two bytes pick them), `word` and `phrase` entries in lexicon order (a line's bigrams
  /// rule most of them out).
  static let prefixesByBigram: [[Int32]] = {
    var table = [[Int32]](repeating: [], count: Bigrams.buckets)
    for (k, entry) in scanned.enumerated() where entry.match == .prefix {
      if let b = entry.firstBigram { table[b].append(Int32(k)) }
    }
    return table
  }()
  static let wordEntries: [Int32] = scannedLonger(.word)
  static let phraseEntries: [Int32] = scannedLonger(.phrase)

  private static func scannedLonger(_ match: Match) -> [Int32] {
    scanned.indices.filter { scanned[$0].match == match && scanned[$0].firstBigram != nil }.map { Int32($0) }
  }

  /// The bigram samples of `wordEntries` and `phraseEntries`, read in one flat pass.
  static let wordSamples = BigramSamples(wordEntries)
  static let phraseSamples = BigramSamples(phraseEntries)

  /// The bigram buckets of a list of scanned entries (`Bigrams.mayHold`) in one flat array,
  /// so that a line tries each entry by a few bit tests, without reading the entry itself.
  struct BigramSamples: Sendable {
    /// Positions in `scanned`.
    let entries: [Int32]
    /// Four buckets per entry, its first bigram's and up to three others (-1 for none).
    let buckets: [Int32]
    /// Whether each entry is a `phrase` of the `notice` category.
    let isNotice: [Bool]

    init(_ entries: [Int32]) {
      self.entries = entries
      var buckets: [Int32] = []
      for k in entries {
        let entry = ChromeLexicon.scanned[Int(k)]
        let samples = [entry.firstBigram!] + entry.otherBigrams
        precondition(samples.count <= 4)
        buckets += samples.map { Int32($0) } + Array(repeating: -1, count: 4 - samples.count)
      }
      self.buckets = buckets
      isNotice = entries.map { ChromeLexicon.scanned[Int($0)].isNoticePhrase }
    }

    /// Calls `add` with each entry (but notices only when `noticesOnly`) whose sampled
    /// bigrams the line has, in order.
    func addHeld(by bigrams: Bigrams, noticesOnly: Bool, _ add: (Int32) -> Void) {
      buckets.withUnsafeBufferPointer { b in
        for i in entries.indices where !noticesOnly || isNotice[i] {
          let s = 4 * i
          guard bigrams.contains(Int(b[s])) else { continue }
          if b[s + 1] >= 0 && !bigrams.contains(Int(b[s + 1])) { continue }
          if b[s + 2] >= 0 && !bigrams.contains(Int(b[s + 2])) { continue }
          if b[s + 3] >= 0 && !bigrams.contains(Int(b[s + 3])) { continue }
          add(entries[i])
        }
      }
    }
  }

  /// The scanned entries with a one-byte pattern, which every line may match.
  static let scannedShort: [Int32] = scanned.indices.filter { scanned[$0].firstBigram == nil }.map { Int32($0) }

  /// Which pairs of adjacent bytes a line has, hashed into 1024 buckets: a pattern whose
  /// first two bytes are not there cannot occur, which rules out most of the lexicon for a
  /// line without looking at it. The bits live in the caller's temporary storage.
  struct Bigrams {
    static let buckets = 1024
    static let words = buckets / 64
    let bits: UnsafeMutableBufferPointer<UInt64>

    /// Records the bigrams of `text` in `bits` (`words` words, cleared here).
    init(_ text: UnsafeBufferPointer<UInt8>, into bits: UnsafeMutableBufferPointer<UInt64>) {
      self.bits = bits
      bits.update(repeating: 0)
      guard text.count >= 2 else { return }
      for i in 0..<(text.count - 1) {
        let b = Self.bucket(text[i], text[i + 1])
        bits[b >> 6] |= 1 << UInt64(b & 63)
      }
    }

    func contains(_ bucket: Int) -> Bool { bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 }

    /// Whether the line may hold `entry`'s pattern: it has all the bigrams sampled from it.
    func mayHold(_ entry: ScannedEntry) -> Bool {
      guard let first = entry.firstBigram, contains(first) else { return entry.firstBigram == nil }
      for b in entry.otherBigrams where !contains(b) { return false }
      return true
    }

    /// The buckets of three bigrams of `pattern` besides its first: at a third, at two
    /// thirds and at the end.
    static func samples(of pattern: [UInt8]) -> [Int] {
      guard pattern.count >= 3 else { return [] }
      let last = pattern.count - 2
      return Set([last / 3, 2 * last / 3, last].filter { $0 > 0 }).sorted().map { bucket(pattern[$0], pattern[$0 + 1]) }
    }

    static func bucket(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 67 &+ Int(b)) & (buckets - 1) }
  }

  /// The first `line` entry of each normalized pattern, by position in `compiled`.
  static let wholeLines: [[UInt8]: Int] = {
    var table: [[UInt8]: Int] = [:]
    for (k, c) in compiled.enumerated() where c.entry.match == .line && table[c.pattern] == nil {
      table[c.pattern] = k
    }
    return table
  }()

  /// The most words of a `line` entry's normalized pattern.
  static let wholeLineWords = wholeLines.keys.map { $0.count(where: { $0 == 0x20 }) + 1 }.max() ?? 0

  /// The first entry matching a normalized line, or `nil`.
  ///
  /// - Parameters:
  ///   - line: The normalized line.
  ///   - words: Its number of words.
  ///   - maximumWords: Longer lines match only `phrase` entries.
  ///   - noticesOnly: Match only `phrase` entries of the `notice` category (for documents
  ///     in Korean, whose own text may use UI words).
  ///   - vocabulary: Also match `word` entries (UI vocabulary).
  /// - Complexity: O(n) for a line of n bytes, plus O(n) per entry whose first two bytes
  ///   the line has.
  static func match(
    _ line: String, words: Int, maximumWords: Int, noticesOnly: Bool, vocabulary: Bool = false
  ) -> Entry? {
    guard !line.isEmpty else { return nil }
    var line = line
    return line.withUTF8 { text in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Bigrams.words + candidateWords) { storage in
        let bigrams = Bigrams(text, into: UnsafeMutableBufferPointer(rebasing: storage[..<Bigrams.words]))
        // Only entries that can match are tried, in lexicon order, as if every entry were:
        // a set of positions in `scanned`, read in order.
        let candidates = UnsafeMutableBufferPointer(rebasing: storage[Bigrams.words...])
        candidates.update(repeating: 0)
        func add(_ k: Int32) { candidates[Int(k) >> 6] |= 1 << UInt64(k & 63) }
        let short = words <= maximumWords && !noticesOnly
        for k in scannedShort { add(k) }
        if short && text.count >= 2 { for k in prefixesByBigram[Bigrams.bucket(text[0], text[1])] { add(k) } }
        if short && vocabulary { wordSamples.addHeld(by: bigrams, noticesOnly: false, add) }
        phraseSamples.addHeld(by: bigrams, noticesOnly: noticesOnly, add)
        // A whole-line entry is found by lookup; scanning entries listed before it still win.
        let lineEntry = noticesOnly || words > wholeLineWords ? nil : wholeLines[Array(text)]
        return firstMatch(
          UnsafeBufferPointer(candidates), lineEntry: lineEntry, text, words: words, maximumWords: maximumWords,
          noticesOnly: noticesOnly, vocabulary: vocabulary)
      }
    }
  }

  /// Words of the bit set of candidate entries.
  private static let candidateWords = (scanned.count + 63) / 64

  /// The first of `candidates` (positions in `scanned`, in order) or of `lineEntry` (a
  /// position in `compiled`) that matches `text`.
  private static func firstMatch(
    _ candidates: UnsafeBufferPointer<UInt64>, lineEntry: Int?, _ text: UnsafeBufferPointer<UInt8>, words: Int,
    maximumWords: Int, noticesOnly: Bool, vocabulary: Bool
  ) -> Entry? {
    for (w, word) in candidates.enumerated() {
      var bits = word
      while bits != 0 {
        let entry = scanned[w << 6 | bits.trailingZeroBitCount]
        bits &= bits &- 1
        if let l = lineEntry, l < entry.index { return compiled[l].entry }
        if noticesOnly && !entry.isNoticePhrase { continue }
        if matches(entry, text, words: words, maximumWords: maximumWords, vocabulary: vocabulary) {
          return compiled[entry.index].entry
        }
      }
    }
    return lineEntry.map { compiled[$0].entry }
  }

  /// Whether the scanned `entry` matches the normalized line `text` of `words` words.
  private static func matches(
    _ entry: ScannedEntry, _ text: UnsafeBufferPointer<UInt8>, words: Int, maximumWords: Int, vocabulary: Bool
  ) -> Bool {
    switch entry.match {
    case .word:
      return vocabulary && words <= maximumWords && occurs(entry.pattern, in: text, wordStart: true, wordEnd: false)
    case .prefix:
      return words <= maximumWords && text.count >= entry.pattern.count && text.starts(with: entry.pattern)
        && (entry.isKorean || text.count == entry.pattern.count || text[entry.pattern.count] == 0x20)
    case .phrase:
      return occurs(entry.pattern, in: text, wordStart: !entry.isKorean, wordEnd: !entry.isKorean)
    case .line, .label:
      return false
    }
  }


  /// Whether `pattern` occurs in `text`, starting a word when `wordStart` and ending one
  /// when `wordEnd` (words are separated by single spaces).
  private static func occurs(
    _ pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>, wordStart: Bool, wordEnd: Bool
  ) -> Bool {
    guard pattern.count <= text.count, let first = pattern.first else { return false }
    let space: UInt8 = 0x20
    let last = text.count - pattern.count
    var i = 0
    while i <= last {
      if text[i] == first && (!wordStart || i == 0 || text[i - 1] == space) {
        var k = 1
        while k < pattern.count && text[i + k] == pattern[k] { k += 1 }
        if k == pattern.count && (!wordEnd || i + k == text.count || text[i + k] == space) { return true }
      }
      i += 1
    }
    return false
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

  /// The number of labels a normalized line is made of, or 0 when some word of it is not
  /// part of a label (a menu such as `Home | Politics | Economy`, a share bar such as
  /// `Facebook Twitter Email Print`, 정치 경제 사회).
  ///
  /// - Complexity: O(w·l) for w words and l labels sharing a first word.
  static func labelCount(_ line: String) -> Int {
    // Most lines start with a word no label starts with: ruled out by the word's bytes.
    var startsWithLabel = false
    LineText.forEachWord(line) { word in
      startsWithLabel = labelFirstWords.contains(word)
      return false
    }
    guard startsWithLabel else { return 0 }
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
