import KoEnCore
import TestSupport
import Testing

/// Properties that must hold for every text, checked on seeded random text that mixes
/// Hangul, jamo, Latin, combining marks, Hanja and compatibility ideographs.
@Suite("Normalization properties")
struct NormalizationPropertyTests {
  static let seeds: [UInt64] = [1, 2, 3, 0x4B6F_456E, 20_241_025]
  static let textsPerSeed = 60

  @Test(arguments: NormalizationForm.allCases)
  func idempotentAndQuickCheckAgrees(form: NormalizationForm) throws {
    let normalizer = try Normalizer(form)
    for seed in Self.seeds {
      var rng = SplitMix64(seed: seed)
      for index in 0..<Self.textsPerSeed {
        let text = SeededText.text(using: &rng)
        let once = normalizer.normalize(text)
        let twice = normalizer.normalize(once)
        #expect(twice.sameScalars(once), "\(form) not idempotent: seed \(seed) text \(index)")
        #expect(normalizer.isNormalized(once), "\(form) output not normalized: seed \(seed) text \(index)")
        #expect(normalizer.isNormalized(text) == once.sameScalars(text), "quick check: seed \(seed) text \(index)")
        #expect(try normalizer.normalize(utf8: Array(text.utf8)) == Array(once.utf8))
        #expect(normalizer.normalize(utf16: Array(text.utf16)) == Array(once.utf16), "UTF-16: seed \(seed) text \(index)")
        #expect(normalizer.isNormalized(utf16: Array(text.utf16)) == once.sameScalars(text))
      }
    }
  }

  @Test func compositionAfterDecompositionIsComposition() throws {
    let nfc = try Normalizer(.nfc)
    let nfd = try Normalizer(.nfd)
    let nfkc = try Normalizer(.nfkc)
    let nfkd = try Normalizer(.nfkd)
    for seed in Self.seeds {
      var rng = SplitMix64(seed: seed)
      for index in 0..<Self.textsPerSeed {
        let x = SeededText.text(using: &rng)
        #expect(nfc.normalize(nfd.normalize(x)).sameScalars(nfc.normalize(x)), "NFC(NFD(x)): seed \(seed) text \(index)")
        #expect(nfd.normalize(nfc.normalize(x)).sameScalars(nfd.normalize(x)), "NFD(NFC(x)): seed \(seed) text \(index)")
        #expect(nfkc.normalize(nfkd.normalize(x)).sameScalars(nfkc.normalize(x)), "NFKC(NFKD(x)): seed \(seed) text \(index)")
        #expect(nfkc.normalize(nfc.normalize(x)).sameScalars(nfkc.normalize(x)), "NFKC(NFC(x)): seed \(seed) text \(index)")
      }
    }
  }

  /// Random text cut at random byte offsets (inside UTF-8 sequences, between a base and its
  /// marks, between jamo) and fed to `StreamingNormalizer` gives exactly the bytes of
  /// normalizing the whole text.
  @Test(arguments: NormalizationForm.allCases)
  func chunkedEqualsWhole(form: NormalizationForm) throws {
    let whole = try Normalizer(form)
    for seed in Self.seeds {
      var rng = SplitMix64(seed: seed &+ 77)
      for index in 0..<Self.textsPerSeed {
        let bytes = Array(SeededText.text(using: &rng, maxLength: 200).utf8)
        let expected = try whole.normalize(utf8: bytes)
        var stream = StreamingNormalizer(whole)
        var output: [UInt8] = []
        var position = 0
        while position < bytes.count {
          let size = Int.random(in: 0...min(12, bytes.count - position + 1), using: &rng)
          let end = min(bytes.count, position + size)
          output += try stream.append(utf8: bytes[position..<end])
          position = end
        }
        output += try stream.finish()
        #expect(output == expected, "\(form) chunked ≠ whole: seed \(seed) text \(index)")
      }
    }
  }
}
