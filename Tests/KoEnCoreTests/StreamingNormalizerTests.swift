import KoEnCore
import Testing

@Suite("StreamingNormalizer")
struct StreamingNormalizerTests {
  /// Feeds `bytes` in chunks of `size` and returns everything the stream gave.
  func stream(_ bytes: [UInt8], size: Int, form: NormalizationForm = .nfc) throws -> [UInt8] {
    var stream = try StreamingNormalizer(form)
    var output: [UInt8] = []
    var position = 0
    while position < bytes.count {
      let end = min(bytes.count, position + size)
      output += try stream.append(utf8: bytes[position..<end])
      position = end
    }
    return output + (try stream.finish())
  }

  @Test func macFileNameCutEverywhere() throws {
    let bytes = Array(NormalizerTests.macFileName.utf8)
    let expected = Array("한국어 문서.txt".utf8)
    for size in 1...bytes.count {
      #expect(try stream(bytes, size: size) == expected, "chunks of \(size) bytes")
    }
  }

  @Test func holdsBackOnlyWhatCanStillChange() throws {
    var stream = try StreamingNormalizer(.nfc)
    // ᄒ (L) then ᅡ (V): nothing can be emitted until the syllable is complete.
    #expect(try stream.append(utf8: Array("NATO \u{1112}".utf8)) == Array("NATO ".utf8))
    #expect(stream.pendingByteCount == 3)
    #expect(try stream.append(utf8: Array("\u{1161}".utf8)) == [])
    #expect(try stream.append(utf8: Array("\u{11AB}!".utf8)) == Array("한".utf8))
    #expect(try stream.finish() == Array("!".utf8))
    #expect(stream.pendingByteCount == 0)
  }

  @Test func emptyStreamsAndChunks() throws {
    var stream = try StreamingNormalizer(.nfkc)
    #expect(try stream.append(utf8: []) == [])
    #expect(try stream.finish() == [])
    #expect(try stream.append(utf8: Array("ＡＢ".utf8)) == Array("A".utf8))
    #expect(try stream.append(utf8: []) == [])
    #expect(try stream.finish() == Array("B".utf8))
  }

  @Test func invalidBytesReportTheStreamOffsetAndLeaveTheStreamAsItWas() throws {
    var stream = try StreamingNormalizer(.nfc)
    _ = try stream.append(utf8: Array("가나".utf8))  // 6 bytes
    #expect(throws: InvalidUTF8Error(byteOffset: 7)) {
      try stream.append(utf8: [0x41, 0xFF, 0x42])
    }
    // The rejected chunk changed nothing: the stream continues.
    #expect(try stream.append(utf8: Array("다".utf8)) == Array("나".utf8))
    #expect(try stream.finish() == Array("다".utf8))
  }

  @Test func streamEndingInsideASequenceFailsAtFinish() throws {
    var stream = try StreamingNormalizer(.nfc)
    let han = Array("한".utf8)
    _ = try stream.append(utf8: Array("ab".utf8) + han.prefix(2))
    #expect(throws: InvalidUTF8Error(byteOffset: 2)) { try stream.finish() }
    // finish() resets the stream.
    #expect(try stream.append(utf8: han) == [])
    #expect(try stream.finish() == han)
  }

  @Test func invalidSequenceSpanningChunks() throws {
    var stream = try StreamingNormalizer(.nfc)
    _ = try stream.append(utf8: [0x61, 0xE0])  // E0 needs A0–BF next
    #expect(throws: InvalidUTF8Error(byteOffset: 1)) { try stream.append(utf8: [0x80, 0x80]) }
  }
}
