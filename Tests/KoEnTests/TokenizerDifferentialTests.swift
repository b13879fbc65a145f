import KoEn
import Testing
import TestSupport

/// KoEn's token boundaries against ICU's word break iterator (UAX #29 with ICU's root
/// rules): equal everywhere except the deliberate differences of
/// Documentation/Tokenization.md, each of which is recognized and counted.
@Suite("Tokenizer vs ICU word boundaries")
struct TokenizerDifferentialTests {
  @Test func wordBreakTestFileAgreesWithICUOnEveryLine() throws {
    let differential = try WordBreakDifferential()
    let cases = try WordBreakTestCase.load()
    #expect(cases.count == 1823, "WordBreakTest.txt for Unicode 15.0 has 1823 cases")
    var agreeing = 0
    var total = 0
    var icuDiffersFromFile = 0
    for testCase in cases {
      let result = differential.compare(testCase.bytes)
      agreeing += result.agreeing
      total += result.icuBoundaries.count
      #expect(result.differences.isEmpty, "line \(testCase.line): \(result.differences)")
      if result.icuBoundaries != testCase.expected { icuDiffersFromFile += 1 }
    }
    #expect(agreeing == total)
    // ICU's root rules take ':' out of MidLetter, so 15 cases ("a:b") differ from the file;
    // KoEn follows ICU there.
    #expect(icuDiffersFromFile == 15)
  }

  @Test(arguments: corpusTextFiles())
  func corpusFileDiffersFromICUOnlyDeliberately(_ file: String) throws {
    let bytes = try readBytes(RepositoryPaths.corpora + "/" + file)
    let result = try WordBreakDifferential().compare(bytes)
    #expect(result.unexplained.isEmpty, "\(file): \(result.unexplained.prefix(10))")
    // Outside URLs, e-mail addresses and hyphenated words (where KoEn keeps one token and ICU
    // finds many boundaries: a link-dense Markdown file, or a catalogue keyed by kebab-case
    // names, loses most of ICU's there), most boundaries agree.
    let insideKeptTokens = result.differences.filter {
      !$0.extraInKoEn && ($0.reason == .urlOrEmail || $0.reason == .hyphenatedWord)
    }.count
    #expect((result.agreeing + insideKeptTokens) * 100 >= result.icuBoundaries.count * 75, "\(file)")
  }

  @Test func eachDeliberateDifferenceIsRecognized() throws {
    let differential = try WordBreakDifferential()
    let samples: [(String, DeliberateDifference)] = [
      ("K-pop", .hyphenatedWord),
      ("see https://www.donga.com/news", .urlOrEmail),
      ("mail yea-x@donga.com now", .urlOrEmail),
      ("北한", .cjkRun),
      ("中华人民共和国", .cjkRun),
      ("ภาษาไทย", .complexRun),
    ]
    for (text, reason) in samples {
      let result = differential.compare(Array(text.utf8))
      #expect(!result.differences.isEmpty, "\(text)")
      #expect(result.differences.allSatisfy { $0.reason == reason }, "\(text): \(result.differences)")
    }
    // ICU breaks between Hangul and Latin letters or digits too (UAX #29 alone would not):
    // KoEn's rule agrees with it.
    for text in ["NATO에", "3,000명", "BTS의 RM"] {
      #expect(differential.compare(Array(text.utf8)).differences.isEmpty, "\(text)")
    }
  }
}

@Suite("Lossless partition")
struct LosslessPartitionTests {
  static func check(_ bytes: [UInt8], _ label: String) {
    let tokens = Array(Tokenizer(utf8: bytes))
    #expect(tilingProblem(tokens.map(\.range), count: bytes.count) == nil, "tokens of \(label)")
    let joined = tokens.flatMap { bytes[$0.range] }
    #expect(joined == bytes, "tokens of \(label)")
    let segments = Array(Segmenter(utf8: bytes))
    #expect(tilingProblem(segments.map(\.range), count: bytes.count) == nil, "segments of \(label)")
    #expect(segments.flatMap { bytes[$0.range] } == bytes, "segments of \(label)")
    let lines = Array(LineProfiler(utf8: bytes))
    #expect(tilingProblem(lines.map(\.fullRange), count: bytes.count) == nil || bytes.isEmpty, "lines of \(label)")
  }

  @Test(arguments: corpusTextFiles())
  func corpusFile(_ file: String) throws {
    Self.check(try readBytes(RepositoryPaths.corpora + "/" + file), file)
  }

  @Test func randomValidUTF8() {
    var rng = SplitMix64(seed: 0x4B6F_456E)
    for round in 0..<400 {
      let bytes = RandomText.validUTF8(&rng, pieces: Int.random(in: 0..<60, using: &rng))
      Self.check(bytes, "valid sample \(round)")
    }
  }

  @Test func randomBytes() {
    var rng = SplitMix64(seed: 0xB17E5)
    for round in 0..<400 {
      let bytes = RandomText.anyBytes(&rng, count: Int.random(in: 0..<80, using: &rng))
      Self.check(bytes, "byte sample \(round)")
      // Invalid tokens are exactly the maximal ill-formed subparts.
      for token in Tokenizer(utf8: bytes) where token.kind == .invalid {
        let length = bytes.withUnsafeBufferPointer {
          UTF8Validation.invalidSequenceLength(in: $0, at: token.range.lowerBound)
        }
        #expect(token.range.count == length)
      }
    }
  }

  @Test func randomTextAgreesWithICUExceptDeliberately() throws {
    let differential = try WordBreakDifferential()
    var rng = SplitMix64(seed: 7)
    for round in 0..<2000 {
      let bytes = RandomText.validUTF8(&rng, pieces: Int.random(in: 1..<30, using: &rng))
      let result = differential.compare(bytes)
      #expect(result.unexplained.isEmpty, "sample \(round): \(result.unexplained) in \(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }
}
