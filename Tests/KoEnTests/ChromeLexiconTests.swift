@testable import KoEn
import TestSupport
import Testing

/// `ChromeLexicon.match` finds patterns with automata over bytes; its answer must be the
/// lexicon's definition read entry by entry: the first entry, in lexicon order, that
/// matches the normalized line by its kind.
@Suite("Chrome lexicon matching")
struct ChromeLexiconTests {
  /// The first entry matching `line` by the definition, tried entry by entry.
  static func definition(
    _ line: [UInt8], words: Int, maximumWords: Int, noticesOnly: Bool, vocabulary: Bool
  ) -> ChromeLexicon.Entry? {
    guard !line.isEmpty else { return nil }
    let space: UInt8 = 0x20
    func occurs(_ pattern: [UInt8], wordStart: Bool, wordEnd: Bool) -> Bool {
      guard !pattern.isEmpty, pattern.count <= line.count else { return false }
      for start in 0...(line.count - pattern.count) where line[start..<(start + pattern.count)].elementsEqual(pattern) {
        let end = start + pattern.count
        if (!wordStart || start == 0 || line[start - 1] == space) && (!wordEnd || end == line.count || line[end] == space) {
          return true
        }
      }
      return false
    }
    for (entry, pattern) in ChromeLexicon.compiled {
      let korean = entry.language == .ko
      let matches: Bool
      switch entry.match {
      case .line:
        matches = !noticesOnly && line == pattern
      case .prefix:
        matches = !noticesOnly && words <= maximumWords && line.starts(with: pattern)
          && (korean || line.count == pattern.count || line[pattern.count] == space)
      case .phrase:
        matches = (!noticesOnly || entry.category == "notice") && occurs(pattern, wordStart: !korean, wordEnd: !korean)
      case .word:
        matches = !noticesOnly && vocabulary && words <= maximumWords && occurs(pattern, wordStart: true, wordEnd: false)
      case .label:
        matches = false
      }
      if matches { return entry }
    }
    return nil
  }

  /// Checks `match` against the definition for `normalized` under every set of flags.
  static func expectSame(
    _ normalized: String, maximumWords limits: [Int] = [3, 8, 12], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let words = LineText.wordCount(normalized)
    for maximumWords in limits {
      for noticesOnly in [false, true] {
        for vocabulary in [false, true] {
          let found = ChromeLexicon.match(
            NormalizedUTF8(normalized), words: words, maximumWords: maximumWords, noticesOnly: noticesOnly, vocabulary: vocabulary)
          let expected = definition(
            Array(normalized.utf8), words: words, maximumWords: maximumWords, noticesOnly: noticesOnly,
            vocabulary: vocabulary)
          #expect(
            found?.pattern == expected?.pattern && found?.match == expected?.match
              && found?.category == expected?.category,
            "\(normalized) max \(maximumWords) notices \(noticesOnly) vocabulary \(vocabulary)",
            sourceLocation: sourceLocation)
        }
      }
    }
  }

  /// The normalized patterns of the lexicon, as texts.
  static let patterns: [String] = ChromeLexicon.compiled.map { String(decoding: $0.pattern, as: UTF8.self) }

  @Test func everyPatternAloneAndBetweenWords() {
    for pattern in Self.patterns {
      Self.expectSame(pattern)
      Self.expectSame("the " + pattern)
      Self.expectSame(pattern + " more")
      Self.expectSame("x" + pattern + "s")
      Self.expectSame("본문 " + pattern + "기사")
    }
  }

  /// Pieces of patterns glued together: occurrences overlapping, nested, cut off, at the
  /// start, the end and between words, where the automata's failure transitions matter.
  @Test func randomJoinsOfPatternPieces() {
    var rng = SplitMix64(seed: 7)
    let pieces = Self.patterns.filter { !$0.isEmpty } + ["a", "s", " ", "the", "기사", "본", "more"]
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...5, using: &rng) {
        let piece = Array(pieces[Int.random(in: 0..<pieces.count, using: &rng)].unicodeScalars)
        let from = Int.random(in: 0...(piece.count / 2), using: &rng)
        let to = Int.random(in: max(from, piece.count / 2)...piece.count, using: &rng)
        text.unicodeScalars.append(contentsOf: piece[from..<to])
        if Int.random(in: 0..<3, using: &rng) == 0 { text += " " }
      }
      Self.expectSame(ChromeLexicon.normalize(text.unicodeScalars))
    }
  }

  /// Lines of ASCII are read from their word starts alone (`WordStartPatterns`): phrases
  /// at the start, the end, inside words, and one-letter words around them.
  @Test func asciiLinesReadFromWordStarts() {
    #expect(ChromeLexicon.asciiPatterns != nil)
    let english = Self.patterns.filter { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }
    for pattern in english {
      for line in [
        pattern, "a " + pattern, pattern + " a", "a" + pattern, pattern + "a", "a " + pattern + " b",
        String(pattern.dropFirst()), String(pattern.dropLast()), "x " + String(pattern.prefix(2)),
        String(repeating: "word ", count: 9) + pattern + String(repeating: " word", count: 9),
      ] {
        Self.expectSame(line)
      }
    }
    for line in ["a", "a b", "s", "r e", "all", "al", "all r", "ma y", String(repeating: "s ", count: 40) + "s"] {
      Self.expectSame(line)
    }
  }

  @Test func everyLineOfTheCorpusDocuments() throws {
    for path in corpusTextFiles() where path.hasPrefix("Documents/") {
      let text = try readFile(RepositoryPaths.corpora + "/" + path)
      for line in text.split(separator: "\n") {
        Self.expectSame(ChromeLexicon.normalize(line.unicodeScalars), maximumWords: [3, 12])
      }
    }
  }
}
