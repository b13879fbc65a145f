import CTokenBlock
import Testing
import TestSupport

/// `koen_token_block_scan` classifies ASCII by nibble lookups where the processor has
/// AVX2 and by compares elsewhere (`koen_token_block_scan_portable`); both must give the
/// same masks for any 64 bytes.
@Suite("Token block scan")
struct TokenBlockScanTests {
  /// Bytes that matter to the classification: every ASCII byte, the lead and
  /// continuation bytes of Hangul syllables at their range's edges, and other bytes
  /// outside ASCII.
  static let alphabet: [UInt8] =
    Array(0..<0x80) + [0xEA, 0xEB, 0xEC, 0xED, 0x80, 0x9D, 0x9E, 0x9F, 0xA0, 0xAF, 0xB0, 0xBF, 0xC0, 0xE2, 0xF0, 0xFF]

  static func compare(_ bytes: [UInt8], _ label: String) {
    bytes.withUnsafeBufferPointer { buffer in
      let scan = koen_token_block_scan(buffer.baseAddress!)
      let portable = koen_token_block_scan_portable(buffer.baseAddress!)
      #expect(
        scan.bounds == portable.bounds && scan.stops == portable.stops,
        "\(label): \(bytes.prefix(64).map { String($0, radix: 16) }.joined(separator: " "))")
    }
  }

  @Test func randomBlocks() {
    var rng = SplitMix64(seed: 0xB10C)
    for round in 0..<20_000 {
      let bytes = (0..<66).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }
      Self.compare(bytes, "alphabet \(round)")
      let any = (0..<66).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      Self.compare(any, "bytes \(round)")
    }
  }

  /// Every ASCII byte at every position of an ASCII block and of a block with Hangul.
  @Test func everyByteEverywhere() {
    let hangul = Array("가나다라마바사아자차카타파하한국".utf8)
    for b in UInt8(0)..<0x80 {
      for position in 0..<64 {
        var ascii = [UInt8](repeating: UInt8(ascii: "a"), count: 66)
        ascii[position] = b
        Self.compare(ascii, "ascii \(b) at \(position)")
        var mixed = (0..<66).map { hangul[$0 % hangul.count] }
        mixed[position] = b
        Self.compare(mixed, "hangul \(b) at \(position)")
      }
    }
  }
}
