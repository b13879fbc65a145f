import Testing

import KoEn
@testable import KoEnCLI

@Suite("JSON writer and reader")
struct JSONTests {
  @Test func serializesKeysInOrderAndEscapesControlCharacters() {
    let value: JSONValue = .object([
      ("z", .int(1)), ("a", .string("탭\t줄\n\"인용\" \\ \u{1} \u{2028}")), ("n", .null), ("b", .bool(true)),
      ("l", .array([.decimal(0.5), .decimal(2), .decimal(1.0 / 3)])),
    ])
    #expect(value.serialized() == #"{"z":1,"a":"탭\t줄\n\"인용\" \\ \u0001 \u2028","n":null,"b":true,"l":[0.5,2,0.3333]}"#)
  }

  @Test func parsesAndWritesBackUnchanged() throws {
    let text = #"{"id":7,"score":1.50,"e":-2.5e+3,"nested":{"k":[true,false,null]},"s":"한\u00e9\ud83d\ude00\/"}"#
    let value = try JSONParser.parse(Array(text.utf8))
    #expect(value.serialized() == #"{"id":7,"score":1.50,"e":-2.5e+3,"nested":{"k":[true,false,null]},"s":"한é😀/"}"#)
    #expect(value["score"] == .number("1.50"))
  }

  @Test func rejectsBadJSONWithAnOffset() {
    for (text, offset) in [("{\"a\":}", 5), ("[1,2", 4), ("{\"a\":1} x", 8), ("\"\u{1}\"", 1), ("01", 1), ("", 0)] {
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
      do {
        _ = try JSONParser.parse(Array(text.utf8))
      } catch {
        #expect(error.offset == offset, "\(text)")
      }
    }
    let deep = String(repeating: "[", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
  }
}

@Suite("Offset conversion")
struct OffsetMapperTests {
  @Test func convertsUTF8OffsetsToUTF16AndScalars() {
    let text = "a한😀b"  // UTF-8: 1 + 3 + 4 + 1
    let bytes = Array(text.utf8)
    var utf16 = OffsetMapper(unit: .utf16)
    utf16.begin(chunk: bytes, at: 0)
    #expect([0, 1, 4, 8, 9].map { utf16.map($0) } == [0, 1, 2, 4, 5])
    var scalars = OffsetMapper(unit: .scalars)
    scalars.begin(chunk: bytes, at: 0)
    #expect([9, 0, 4].map { scalars.map($0) } == [4, 0, 2], "backwards works too")
  }

  @Test func countsAnInvalidSequenceAsOneReplacementCharacter() {
    var mapper = OffsetMapper(unit: .utf16)
    mapper.begin(chunk: [0x41, 0xE2, 0x82, 0x42], at: 0)  // A, truncated 3-byte sequence, B
    #expect(mapper.map(3) == 2)
    #expect(mapper.map(4) == 3)
  }

  @Test func carriesItsPositionAcrossChunks() {
    var mapper = OffsetMapper(unit: .utf16)
    mapper.begin(chunk: Array("한국\n".utf8), at: 0)
    #expect(mapper.map(7) == 3)
    mapper.begin(chunk: Array("😀x".utf8), at: 7)
    #expect(mapper.map(11) == 5)
    #expect(mapper.map(12) == 6)

    // A chunk that starts inside the previous one (a segment carried into the next chunk).
    var carried = OffsetMapper(unit: .utf16)
    carried.begin(chunk: Array("한국\n".utf8), at: 0)
    #expect(carried.map(7) == 3)
    carried.begin(chunk: Array("국\n😀x".utf8), at: 3)
    #expect(carried.map(3) == 1)
    #expect(carried.map(12) == 6)
  }
}

@Suite("Display width")
struct DisplayWidthTests {
  @Test func hangulIsTwoColumnsAndTruncationRespectsIt() {
    #expect(DisplayWidth.of("한국 NATO") == 9)
    #expect(DisplayWidth.truncate("한국어 문서", to: 6) == "한국…")
    #expect(visible("a\tb\u{1B}[31m\n") == "a\\tb\\u{1B}[31m\\n")
  }
}
