@testable import KoEn
import Testing

/// The `line` records `koen analyze` writes directly are the bytes of the records' JSON
/// values, on every line of the labelled corpus (Korean and English documents, catalogues,
/// fragments with escapes), with and without a file name and with offsets remapped.
@Suite("Direct JSON of analysed lines")
struct AnalysisJSONWriterTests {
  @Test func lineRecordsEqualTheirJSONValues() throws {
    var lines = 0
    var fragments = 0
    for doc in try AnalysisCorpus.all() {
      let analysis = AnalysisCorpus.analyze(doc)
      for line in analysis.lines {
        let variants: [(String?, (Int) -> Int)] = [("a \"b\"\\c.txt", { $0 }), (nil, { 3 * $0 + 1 })]
        for (file, offset) in variants {
          let expected = line.jsonRecord(file: file, offset: offset).serialized()
          var direct: [UInt8] = []
          AnalysisJSONWriter.write(line, file: file, offset: offset, to: &direct)
          #expect(String(decoding: direct, as: UTF8.self) == expected, "\(doc.name) line \(line.number)")
        }
        lines += 1
        fragments += line.fragments.count
      }
    }
    #expect(lines > 5000 && fragments > 500)
  }

  @Test func recordsWithTheFileNameEscapedOnceEqualTheirJSONValues() throws {
    let files = ["a \"b\"\\c.txt", "문서/한국어\t.md", "plain.txt"]
    let writers = files.map(LineRecordWriter.init(file:))
    var lines = 0
    for doc in try AnalysisCorpus.all().prefix(40) {
      for line in AnalysisCorpus.analyze(doc).lines {
        for (file, writer) in zip(files, writers) {
          let buffer = ByteBuffer(capacity: 16)
          writer.write(line, to: buffer, offset: { 2 * $0 + 5 })
          let expected = line.jsonRecord(file: file, offset: { 2 * $0 + 5 }).serialized()
          #expect(String(decoding: buffer.bytes, as: UTF8.self) == expected, "\(doc.name) line \(line.number)")
        }
        lines += 1
      }
    }
    #expect(lines > 1000)
  }

  @Test func integersAsStringSpellsThem() {
    for n in [0, 7, 10, 99, 100, 12_345, 12_345_678, 100_000_000, 123_456_789, -1, -987_654, Int.max, Int.min] {
      var out: [UInt8] = []
      AnalysisJSONWriter.writeInteger(n, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(n))
    }
  }
}
