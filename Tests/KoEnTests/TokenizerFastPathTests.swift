@testable import KoEn
import Testing
import TestSupport

/// The fast scan decides the common tokens without the generic rules; wherever it decides,
/// it must decide exactly as the generic scan does.
@Suite("Tokenizer fast paths")
struct TokenizerFastPathTests {
  static func check(_ bytes: [UInt8], _ label: String) {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let scanner = TokenScanner(base: base, count: buffer.count)
      var i = 0
      while i < buffer.count {
        let full = scanner.fullScan(from: i)
        if let fast = scanner.fastScan(from: i) {
          #expect(
            fast.end == full.end && fast.kind == full.kind && fast.script == full.script
              && fast.language == full.language,
            "\(label) at \(i): fast \(fast.end) \(fast.kind) vs full \(full.end) \(full.kind)")
        }
        i = full.end
      }
    }
  }

  @Test(arguments: corpusTextFiles())
  func corpusFile(_ file: String) throws {
    Self.check(try readBytes(RepositoryPaths.corpora + "/" + file), file)
  }

  @Test func randomText() {
    var rng = SplitMix64(seed: 0xFA57)
    for round in 0..<500 {
      Self.check(RandomText.validUTF8(&rng, pieces: Int.random(in: 1..<40, using: &rng)), "valid \(round)")
      Self.check(RandomText.anyBytes(&rng, count: Int.random(in: 1..<40, using: &rng)), "bytes \(round)")
    }
  }

  /// The tokens of the iterator, which hands out plain tokens a block at a time
  /// (`TokenBlock`), against a token-by-token scan of the same bytes.
  static func checkBlocks(_ bytes: [UInt8], _ label: String) {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let scanner = TokenScanner(base: base, count: buffer.count)
      var iterator = Tokenizer(unsafeUTF8: buffer).makeIterator()
      var i = 0
      while i < buffer.count {
        let expected = scanner.scan(from: i)
        guard let (start, raw, _) = iterator.nextRaw() else {
          Issue.record("\(label): no token at \(i)")
          return
        }
        guard
          start == i && raw.end == expected.end && raw.kind == expected.kind
            && raw.script == expected.script && raw.language == expected.language
        else {
          Issue.record("\(label) at \(i): block \(raw.end) \(raw.kind) vs scan \(expected.end) \(expected.kind)")
          return
        }
        i = expected.end
      }
      #expect(iterator.nextRaw() == nil, "\(label): a token after the end")
    }
  }

  @Test(arguments: corpusTextFiles())
  func blocksOnCorpusFile(_ file: String) throws {
    Self.checkBlocks(try readBytes(RepositoryPaths.corpora + "/" + file), file)
  }

  @Test func blocksOnRandomText() {
    var rng = SplitMix64(seed: 0xB10C)
    // ASCII bytes around the marks that end or join words, and around URLs and addresses.
    let alphabet = Array("abcXYZ019 .,;:'-+%@_/\n\r\t()\"!?w".utf8)
    for round in 0..<300 {
      Self.checkBlocks(RandomText.validUTF8(&rng, pieces: Int.random(in: 1..<400, using: &rng)), "valid \(round)")
      Self.checkBlocks(RandomText.anyBytes(&rng, count: Int.random(in: 1..<400, using: &rng)), "bytes \(round)")
      let ascii = (0..<Int.random(in: 1..<600, using: &rng)).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
      }
      Self.checkBlocks(ascii, "ascii \(round)")
    }
  }

  /// Words joined across marks in the block (`don't`, `e.g`, `3,000`), the marks it decides
  /// end a word (`xml:lang`), and tokens of the generic scan that end before such a mark
  /// (`user@example.com's`, where the block would otherwise hand out `'s`).
  @Test func blocksAroundJoinedWords() {
    var rng = SplitMix64(seed: 0x701D)
    let pieces = [
      "don", "t", "s", "a", "Z", "1", "20", "www", "WwW", "x@y.com", "u@b.c1", "http://a.b", "한",
      "_", "a_b", "'", "'", ".", ".", "-", "-", ",", ";", ":", ":", "/", "@", "%", "+", " ", " ", "\n", "’",
    ].map { Array($0.utf8) }
    for round in 0..<2_000 {
      let bytes = (0..<Int.random(in: 1..<120, using: &rng)).flatMap { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &rng)]
      }
      Self.checkBlocks(bytes, "pieces \(round)")
    }
    Self.checkBlocks(Array(("user@example.com's don't e.g. 3,000 1.5 www.a.b xml:lang &lt;b " + String(repeating: "word ", count: 20)).utf8), "examples")
  }
}
