import KoEn
import KoEnCore
import TestSupport
import Testing

/// Every case of Markus Kuhn's UTF-8 decoder capability and stress test, from
/// `Corpora/Adversarial/utf8-decoder-cases.tsv` (its bytes, and the maximal ill-formed
/// subparts the Unicode Standard's U+FFFD practice finds in them).
///
/// Documented behaviour: the tokenizer makes one `invalid` token per maximal subpart and
/// resynchronizes right after it; segmentation stays lossless; the normalizer's byte API
/// throws `InvalidUTF8Error` at the first ill-formed byte (streamed or whole) and passes
/// well-formed cases, noncharacters included, through; document analysis keeps one line per
/// line with exact offsets.
@Suite("UTF-8 decoder stress test (Kuhn)")
struct AdversarialUTF8DecoderTests {
  struct Case {
    let id: String
    let bytes: [UInt8]
    /// Maximal ill-formed subparts, relative to `bytes`.
    let subparts: [Range<Int>]
  }

  static func loadCases() throws -> [Case] {
    try TSVFile.load("Adversarial/utf8-decoder-cases.tsv").rows.map { row in
      let bytes = row[2].split(separator: " ").map { UInt8($0, radix: 16)! }
      let subparts: [Range<Int>] =
        row[3] == "-"
        ? []
        : row[3].split(separator: ",").map { part in
          let numbers = part.split(separator: "+").map { Int($0)! }
          return numbers[0]..<(numbers[0] + numbers[1])
        }
      return Case(id: row[0], bytes: bytes, subparts: subparts)
    }
  }

  /// A line as the stress file writes it: label, the case between quotes, a bar.
  static func line(_ c: Case) -> (bytes: [UInt8], offset: Int) {
    let prefix = Array("\(c.id)  \"".utf8)
    return (prefix + c.bytes + Array("\"|\n".utf8), prefix.count)
  }

  @Test func tableHasEveryCase() throws {
    let cases = try Self.loadCases()
    #expect(cases.count == 80)
    #expect(cases.filter { $0.subparts.isEmpty }.count == 16)  // 1, 2.1.1–2.1.4, 2.2.1–2.2.3, 2.3.1–2.3.4, 5.3.x
  }

  @Test("Tokenizer: invalid tokens are exactly the maximal subparts, then it resynchronizes")
  func tokenizerMaximalSubparts() throws {
    for c in try Self.loadCases() {
      let (bytes, offset) = Self.line(c)
      let tokens = Array(Tokenizer(utf8: bytes))
      #expect(tilingProblem(tokens.map(\.range), count: bytes.count) == nil, "\(c.id)")
      let invalid = tokens.filter { $0.kind == .invalid }.map(\.range)
      let expected = c.subparts.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
      #expect(invalid == expected, "case \(c.id)")
      let closing = offset + c.bytes.count
      #expect(tokens.contains { $0.range.lowerBound == closing && $0.kind == .punctuation }, "case \(c.id): no resync at the quote")
      #expect(Array(Segmenter(utf8: bytes)).map(\.range).reduce(0) { $0 + $1.count } == bytes.count, "case \(c.id)")
    }
  }

  @Test("Segmenter: lossless on every case")
  func segmenterLossless() throws {
    for c in try Self.loadCases() {
      let (bytes, _) = Self.line(c)
      #expect(tilingProblem(Array(Segmenter(utf8: bytes)).map(\.range), count: bytes.count) == nil, "case \(c.id)")
    }
  }

  @Test("Normalizer byte API: throws at the first ill-formed byte, whole and streamed; passes the rest")
  func normalizerOffsets() throws {
    for c in try Self.loadCases() {
      let (bytes, offset) = Self.line(c)
      for form in NormalizationForm.allCases {
        let normalizer = try Normalizer(form)
        if let first = c.subparts.first {
          let expected = InvalidUTF8Error(byteOffset: offset + first.lowerBound)
          #expect(throws: expected, "case \(c.id) \(form)") { try normalizer.normalize(utf8: bytes) }
          #expect(throws: expected, "case \(c.id) \(form) streamed") {
            var stream = StreamingNormalizer(normalizer)
            for byte in bytes { _ = try stream.append(utf8: [byte]) }
            _ = try stream.finish()
          }
        } else {
          let text = String(decoding: bytes, as: UTF8.self)
          #expect(try normalizer.normalize(utf8: bytes) == Array(normalizer.normalize(text).utf8), "case \(c.id) \(form)")
        }
      }
      if c.subparts.isEmpty && c.id.hasPrefix("5.3") {
        #expect(try Normalizer(.nfc).normalize(utf8: bytes) == bytes, "noncharacters pass through: \(c.id)")
      }
    }
  }

  @Test("The whole stress document: every case on its own line, all at once")
  func wholeDocument() throws {
    let cases = try Self.loadCases()
    var document: [UInt8] = Array("UTF-8 decoder capability and stress test\n".utf8)
    var expectedInvalid: [Range<Int>] = []
    for c in cases {
      let (line, offset) = Self.line(c)
      let start = document.count + offset
      expectedInvalid += c.subparts.map { ($0.lowerBound + start)..<($0.upperBound + start) }
      document += line
    }
    document += Array("THE END\n".utf8)

    let tokens = Array(Tokenizer(utf8: document))
    #expect(tilingProblem(tokens.map(\.range), count: document.count) == nil)
    #expect(tokens.filter { $0.kind == .invalid }.map(\.range) == expectedInvalid)
    #expect(tilingProblem(Array(Segmenter(utf8: document)).map(\.range), count: document.count) == nil)
    #expect(throws: InvalidUTF8Error(byteOffset: expectedInvalid[0].lowerBound)) {
      try Normalizer(.nfc).normalize(utf8: document)
    }
    for format in DocumentFormat.allCases {
      let analysis = DocumentAnalyzer().analyze(bytes: document, format: format)
      #expect(analysis.lines.count == cases.count + 2, "\(format)")
      #expect(analysis.lines.last?.range == (document.count - 8)..<(document.count - 1), "\(format)")
    }
  }
}
