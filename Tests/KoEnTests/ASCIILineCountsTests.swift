@testable import KoEn
import TestSupport
import Testing

/// The counts taken when a line of ASCII is decoded (`ASCIILineCounts`) must be what the
/// passes over its scalars would count: letters by class, capitals by trait, words started
/// by the scalars whose traits start one.
@Suite("ASCII line counts")
struct ASCIILineCountsTests {
  /// The counts read from the decoded scalars, one by one, as the passes define them.
  static func expected(_ line: SourceLine) -> (
    letters: Int, upper: Int, lettersAtStart: Int, upperAtStart: Int, digit: Bool, separator: Bool, blank: Bool,
    comma: Bool, linkMark: Bool
  ) {
    var counts = (
      letters: 0, upper: 0, lettersAtStart: 0, upperAtStart: 0, digit: false, separator: false, blank: true, comma: false,
      linkMark: false
    )
    var atStart = true
    for s in line.scalars {
      let traits = s.traits.rawValue
      if s.letter == .latin {
        let upper = traits & ScalarTraits.upperLatin != 0
        counts.letters += 1
        if upper { counts.upper += 1 }
        if atStart {
          counts.lettersAtStart += 1
          if upper { counts.upperAtStart += 1 }
        }
      }
      if s.letter == .digit { counts.digit = true }
      if s.letter != .space { counts.blank = false }
      if s.value == "," { counts.comma = true }
      if s.value == "<" || s.value == "]" || s.value == "=" { counts.linkMark = true }
      // Of the scalars that may separate a row's items, only ASCII ones can on a counted
      // line: the typographic marks never do (checked in `check`).
      if traits & ScalarTraits.maySeparateRow != 0 && s.value.isASCII { counts.separator = true }
      atStart = traits & ScalarTraits.startsWord != 0
    }
    return counts
  }

  /// The typographic marks that may stand among the ASCII of a counted line.
  static let marks: Set<Unicode.Scalar> = ["\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2026}"]

  /// Checks every line of `text`: counted exactly when it is ASCII but typographic marks,
  /// and then as its scalars say.
  static func check(_ text: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for line in SourceLine.split(text) {
      let counts = line.asciiCounts
      let ascii = line.scalars.allSatisfy { $0.value.isASCII || marks.contains($0.value) }
        && line.scalars.count(where: { $0.letter == .latin }) < 0x4000
      #expect(counts.isKnown == ascii, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      guard counts.isKnown else { continue }
      let e = expected(line)
      #expect(counts.letters == e.letters, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.upper == e.upper, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.lettersAtWordStart == e.lettersAtStart, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.upperAtWordStart == e.upperAtStart, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.hasDigit == e.digit, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.mayHaveRowSeparator == e.separator, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.isBlank == e.blank, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.mayHaveComma == e.comma, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      #expect(counts.mayHaveLinkMark == e.linkMark, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      if !counts.mayHaveMaskClue {
        // No mask matches on a line without a clue.
        var layout = LineLayout(prose: line.scalars.count)
        InlineMasks.apply(line.scalars, to: &layout)
        #expect(layout.isAllProse, "\(name) line \(line.number)", sourceLocation: sourceLocation)
      }
      #expect(line.isBlank == line.scalars.allSatisfy { $0.letter == .space }, sourceLocation: sourceLocation)
      if !line.scalars.allSatisfy({ $0.value.isASCII }) {
        // The marks are other scalars that neither start a word nor separate a row.
        line.scalars.withUnsafeBufferPointer { scalars in
          for k in scalars.indices where marks.contains(scalars[k].value) {
            #expect(scalars[k].letter == .other, sourceLocation: sourceLocation)
            #expect(scalars[k].traits.rawValue & ScalarTraits.startsWord == 0, sourceLocation: sourceLocation)
            #expect(!ChromeClassifier.separatesRow(at: k, in: scalars), sourceLocation: sourceLocation)
          }
        }
      }
    }
  }

  @Test("random ASCII lines of every length up to 200, every byte value, CRLF")
  func randomLines() {
    var rng = SplitMix64(seed: 0x5EED_A5C1)
    // Bytes the rules tell apart weighted up, so that words, capitals and separators meet
    // at every position of the 32-byte blocks.
    let common: [UInt8] = Array("aZ -/|>\t\r09wW.:([@+,]=<".utf8)
    // Typographic marks counted among the ASCII, and scalars that look like them but are not.
    let marks = ["’", "‘", "“", "”", "–", "—", "…", "•", "‐", "é", "가"].map { Array($0.utf8) }
    for length in 0...200 {
      for _ in 0..<20 {
        var text: [UInt8] = []
        let withMarks = rng.next() % 2 == 0
        for _ in 0..<length {
          let pick = rng.next() % 16
          if withMarks && pick == 0 {
            // Mostly the counted marks, now and then one that is not.
            let mark = rng.next() % 8 == 0 ? marks[7 + Int(rng.next() % 4)] : marks[Int(rng.next() % 7)]
            text.append(contentsOf: mark)
          } else {
            text.append(pick < 5 ? UInt8(rng.next() % 128) : common[Int(rng.next() % UInt64(common.count))])
          }
        }
        text.append(contentsOf: rng.next() % 2 == 0 ? [0x0D, 0x0A] : [0x0A])
        Self.check(text, "random length \(length)")
      }
    }
  }

  @Test("a line with one byte outside ASCII at every position is not counted")
  func nonASCII() {
    for length in 1...70 {
      for k in 0..<length {
        var text = [UInt8](repeating: 0x61, count: length)
        text[k] = 0xC3
        let line = SourceLine.split(text)[0]
        #expect(!line.asciiCounts.isKnown, "length \(length), byte \(k)")
      }
    }
  }

  @Test("every line of the corpus documents")
  func corpus() throws {
    for doc in try AnalysisCorpus.all() { Self.check(Array(doc.text.utf8), doc.name) }
  }
}
