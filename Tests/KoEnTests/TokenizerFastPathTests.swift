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
}
