import Testing

import KoEn
import KoEnCore
import TestSupport
@testable import KoEnCLI

/// The record writers that format straight into byte buffers must give the bytes of
/// `JSONValue`, on every kind of text (the fast paths hand rare bytes to it).
@Suite("Records written into byte buffers")
struct RecordBytesTests {
  /// Texts covering each path: plain ASCII (shorter and longer than eight bytes), the
  /// escapes, other control characters and DEL, U+2028 and U+2029, multi-byte UTF-8 and
  /// ill-formed sequences at every position.
  static let texts: [[UInt8]] = {
    var texts: [[UInt8]] = [
      [], Array("a".utf8), Array("abcdefgh".utf8), Array("The quick brown fox jumps".utf8),
      Array("say \"hi\" \\ back\tslash\r\n".utf8), [0x01, 0x1F, 0x7F, 0x41], Array("x\u{2028}y\u{2029}".utf8),
      Array("한국어 NATO에 “curly” 😀 e\u{301}".utf8), [0xE2, 0x80], [0xE2, 0x80, 0xA7, 0x41],
      [0xFF, 0x41], [0x41, 0xC3], [0xED, 0xA0, 0x80], Array("12345678\"".utf8),
    ]
    var generator = SplitMix64(seed: 7)
    let alphabet: [[UInt8]] = [[0x41], [0x20], [0x22], [0x5C], [0x0A], [0x09], [0x01], [0x7F], [0xEA, 0xB0, 0x80], [0xE2, 0x80, 0xA8], [0xFF], [0xC3]]
    for _ in 0..<500 {
      let length = Int(generator.next() % 24)
      texts.append((0..<length).flatMap { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
    return texts
  }()

  @Test func stringsAreEscapedAsJSONValueEscapesThem() {
    for text in Self.texts {
      var expected: [UInt8] = []
      text.withUnsafeBufferPointer { JSONValue.writeString(utf8: $0, to: &expected) }
      let buffer = ByteBuffer(capacity: 16)
      text.withUnsafeBufferPointer { buffer.appendJSONString($0) }
      #expect(buffer.bytes == expected, "\(text)")
    }
  }

  @Test func wellFormedStringsAreEscapedAsJSONValueEscapesThem() {
    // Every well-formed text at every distance from the end of its buffer (0 to 9 bytes
    // after it, holding bytes that need escapes).
    for text in Self.texts where UTF8Validation.firstInvalidOffset(in: text) == nil {
      var expected: [UInt8] = []
      text.withUnsafeBufferPointer { JSONValue.writeString(utf8: $0, to: &expected) }
      for after in 0..<10 {
        let padded = text + [UInt8](repeating: 0x22, count: after)
        let written = padded.withUnsafeBufferPointer { bytes in
          var out = [UInt8](repeating: 0, count: JSONBytes.maxStringCount(text.count) + JSONBytes.overrun)
          let n = out.withUnsafeMutableBufferPointer { p in
            JSONBytes.writeString(
              validUTF8: bytes.baseAddress ?? UnsafePointer(p.baseAddress!), count: text.count,
              readableEnd: (bytes.baseAddress ?? UnsafePointer(p.baseAddress!)) + bytes.count, at: p.baseAddress!)
          }
          return Array(out[..<n])
        }
        #expect(written == expected, "\(text) with \(after) bytes after it")
      }
    }
  }

  @Test func decimalsAreThoseOfString() {
    var values = [0, 1, 9, 10, 11, 99, 100, 101, -1, -10, -99, -100, Int.max, Int.min, Int.max - 1, Int.min + 1]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, -power]
    }
    for value in values {
      let buffer = ByteBuffer()
      buffer.appendDecimal(value)
      #expect(String(decoding: buffer.bytes, as: UTF8.self) == String(value))
    }
  }

  @Test func spanRecordsAreThoseOfJSONValue() {
    var writer = SpanRecordWriter(file: "dir/\"name\".txt")
    let buffer = ByteBuffer()
    var expected: [UInt8] = []
    var start = 0
    for (i, text) in Self.texts.enumerated() {
      // Every third span does not start where the previous one ended.
      if i % 3 == 0 { start += 5 }
      let script = [Script.hangul, .common, Script(rawValue: 25)][i % 3]
      let language = Language.allCases[i % Language.allCases.count]
      let end = start + text.count
      // Well-formed text also takes the path that reads eight bytes at a time: with bytes
      // after it that would need escapes (which must not leak in), or ending its buffer.
      let valid = UTF8Validation.firstInvalidOffset(in: text) == nil
      let padded = text + (i % 2 == 0 ? [0x22, 0x5C, 0x01, 0xE2, 0x80, 0xA8, 0x7F, 0x0A] : [])
      padded.withUnsafeBufferPointer { bytes in
        let readableEnd = valid && i % 4 < 2 ? bytes.baseAddress.map { $0 + bytes.count } : nil
        writer.write(
          to: buffer, start: start, end: end, slot: language.ordinal, script: script,
          text: UnsafeBufferPointer(rebasing: bytes[..<text.count]), readableEnd: readableEnd
        ) {
          SpanRecordWriter.fields(["lang": language.rawValue, "script": script.code])
        }
      }
      JSONValue.object([
        ("file", .string("dir/\"name\".txt")), ("start", .int(start)), ("end", .int(end)),
        ("lang", .string(language.rawValue)), ("script", .string(script.code)),
        ("text", .string(String(decoding: text, as: UTF8.self))),
      ]).write(to: &expected)
      expected.append(UInt8(ascii: "\n"))
      start = end
    }
    #expect(buffer.bytes == expected)
  }

  @Test func consecutiveOffsetsAcrossPowersOfTen() {
    // Each end becomes the next start and is advanced in place: carries through nines
    // and new leading digits.
    var writer = SpanRecordWriter(file: "f")
    let buffer = ByteBuffer()
    var expected: [UInt8] = []
    var start = 0
    var length = 1
    let text = Array("x".utf8)
    while start < 100_020 {
      let end = start + length
      text.withUnsafeBufferPointer { bytes in
        writer.write(to: buffer, start: start, end: end, slot: 0, script: .common, text: bytes, readableEnd: nil) {
          SpanRecordWriter.fields(["lang": "zxx"])
        }
      }
      JSONValue.object([
        ("file", .string("f")), ("start", .int(start)), ("end", .int(end)), ("lang", .string("zxx")),
        ("text", .string("x")),
      ]).write(to: &expected)
      expected.append(UInt8(ascii: "\n"))
      start = end
      length = length % 11 + 1
    }
    #expect(buffer.bytes == expected)
  }

  @Test func lineFeedsAreCounted() {
    var generator = SplitMix64(seed: 11)
    // Short inputs, and long ones across the 255-word blocks the count is summed in.
    for length in Array(0..<80) + [2039, 2040, 2041, 2048, 4097, 20_000] {
      let bytes = (0..<length).map { _ in [0x0A, 0x0B, 0x8A, 0x41, 0x0A][Int(generator.next() % 5)] as UInt8 }
      let count = bytes.withUnsafeBufferPointer(LineChunker.lineBreaks(in:))
      #expect(count == bytes.filter { $0 == 0x0A }.count)
    }
  }
}

