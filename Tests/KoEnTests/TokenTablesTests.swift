import CTokenBlock
@testable import KoEn
import Testing

/// The tokenizer's ASCII tables are C constants (`token_tables.h`); each must say what its
/// definition says, byte by byte.
@Suite("Tokenizer tables")
struct TokenTablesTests {
  /// 1 for ASCII letters, 2 for digits, 4 for `_`, 0 for every other byte.
  static func wordClass(_ b: UInt8) -> UInt8 {
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return 1
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return 2
    case UInt8(ascii: "_"): return 4
    default: return 0
    }
  }

  @Test func wordClasses() {
    let table = koen_ascii_word_classes()!
    for b in 0...255 {
      #expect(table[b] == Self.wordClass(UInt8(b)), "byte \(b)")
    }
  }

  @Test func wordEnds() {
    let table = koen_ascii_word_ends()!
    for b in 0...255 {
      let byte = UInt8(b)
      let expected: UInt8
      if byte >= 0x80 || Self.wordClass(byte) != 0 || byte == UInt8(ascii: "@") {
        expected = 0
      } else if byte == UInt8(ascii: ":") {
        expected = 3
      } else if ".',;-+%".utf8.contains(byte) {
        expected = 2
      } else {
        expected = 1
      }
      #expect(table[b] == expected, "byte \(b)")
    }
  }

  @Test func blockStarts() {
    let table = koen_block_starts()!
    for b in 0...255 {
      let expected: UInt8 = b < 0x80 || (0xEA...0xED).contains(b) ? 1 : 0
      #expect(table[b] == expected, "byte \(b)")
    }
  }

  /// The kinds of plain tokens by first byte: from the table of classes for the ASCII bytes
  /// that are not letters, digits, spaces or line breaks.
  @Test func plainTokenKinds() {
    let classes = CharacterClassTable.shared
    for b in 0...255 {
      let byte = UInt8(b)
      let expected: TokenKind
      switch byte {
      case 0x80...: expected = .word
      case _ where Self.wordClass(byte) == 1: expected = .word
      case _ where Self.wordClass(byte) == 2: expected = .number
      case 0x20: expected = .whitespace
      case 0x0A, 0x0B, 0x0C: expected = .lineBreak
      default: expected = TokenScanner.asciiKind(byte, in: classes)
      }
      #expect(koen_plain_token_kinds()[b] < 6, "byte \(b)")
      #expect(TokenBlock.plainKind(byte) == expected, "byte \(b)")
    }
  }
}
