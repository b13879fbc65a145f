import Foundation
import Testing

/// Properties of the machine-readable output that hold whatever the analysis decides.
@Suite("Output structure on every corpus document")
struct StructureTests {
  static func records(_ data: Data) throws -> [[String: Any]] {
    try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  /// The records of one run over every corpus document, grouped by file.
  static func recordsByFile(_ arguments: [String]) throws -> [String: [[String: Any]]] {
    let result = try Koen.run(arguments + Corpus.documents)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    return Dictionary(grouping: try records(result.stdout)) { $0["file"] as! String }
  }

  static func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: Koen.root + "/" + path))
  }

  @Test(arguments: [["segment"], ["segment", "--level", "token"], ["tokens"]])
  func segmentsAndTokensTileTheFile(_ command: [String]) throws {
    let byFile = try Self.recordsByFile(command + ["--format", "jsonl"])
    for path in Corpus.documents {
      let bytes = try Self.bytes(path)
      let records = byFile[path] ?? []
      var position = 0
      var text = ""
      for record in records {
        #expect(record["start"] as? Int == position, "\(command) \(path): gap or overlap at \(position)")
        position = record["end"] as! Int
        text += record["text"] as! String
      }
      #expect(position == bytes.count, "\(command) \(path) covers the file")
      #expect(Data(text.utf8) == bytes, "\(command) \(path): texts joined give back the file")
    }
  }

  @Test func analyzeWritesOneRecordPerLineThenTheDocument() throws {
    let byFile = try Self.recordsByFile(["analyze", "--format", "jsonl"])
    #expect(byFile.count == Corpus.documents.count)
    for path in Corpus.documents {
      try checkAnalysis(try Self.bytes(path), byFile[path] ?? [])
    }
  }

  func checkAnalysis(_ bytes: Data, _ records: [[String: Any]]) throws {
    let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count - (bytes.last == 0x0A ? 1 : 0)
    #expect(records.filter { $0["type"] as? String == "line" }.count == lineCount)
    #expect(records.last?["type"] as? String == "document")
    var previousEnd = -1
    for (i, record) in records.enumerated() where record["type"] as? String == "line" {
      #expect(record["line"] as? Int == i + 1)
      let start = record["start"] as! Int, end = record["end"] as! Int
      #expect(start > previousEnd && end >= start && end <= bytes.count)
      #expect(bytes[start..<end].contains(0x0A) == false, "end excludes the line break")
      previousEnd = end
      for fragment in record["fragments"] as! [[String: Any]] {
        let fs = fragment["start"] as! Int, fe = fragment["end"] as! Int
        #expect(fs >= start && fe <= end)
        #expect(String(decoding: bytes[fs..<fe], as: UTF8.self) == fragment["text"] as? String)
      }
    }
  }

  @Test func utf16AndScalarOffsetsIndexTheDecodedText() throws {
    let path = "Corpora/Documents/seed-001.txt"
    let text = try String(contentsOfFile: Koen.root + "/" + path, encoding: .utf8)
    let utf16 = Array(text.utf16)
    let scalars = Array(text.unicodeScalars)
    for record in try Self.records(try Koen.run(["segment", "--format", "jsonl", "--offsets", "utf16", path]).stdout) {
      let piece = String(decoding: utf16[(record["start"] as! Int)..<(record["end"] as! Int)], as: UTF16.self)
      #expect(piece == record["text"] as? String)
    }
    for record in try Self.records(try Koen.run(["segment", "--format", "jsonl", "--offsets", "scalars", path]).stdout) {
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[(record["start"] as! Int)..<(record["end"] as! Int)])
      #expect(String(piece) == record["text"] as? String)
    }
  }

  @Test func jsonIsOneArrayOfTheJSONLinesRecords() throws {
    let path = "Corpora/Documents/seed-000.txt"
    let lines = try Self.records(try Koen.run(["analyze", "--format", "jsonl", path]).stdout)
    let array = try JSONSerialization.jsonObject(with: try Koen.run(["analyze", "--format", "json", path]).stdout) as! [[String: Any]]
    #expect(array.count == lines.count)
    #expect(try Koen.run(["segment", "--format", "json"], stdin: Data()).output == "[]\n")
  }

  @Test func colourOnlyWhenAskedAndNeverWithNoColorInAuto() throws {
    let path = "Corpora/Documents/seed-001.txt"
    #expect(!(try Koen.run(["analyze", path]).output.contains("\u{1B}[")), "not a terminal: plain")
    #expect(try Koen.run(["analyze", "--color", "always", path]).output.contains("\u{1B}["))
    #expect(!(try Koen.run(["analyze", "--color", "auto", path], environment: ["NO_COLOR": "1"]).output.contains("\u{1B}[")))
    #expect(!(try Koen.run(["analyze", "--color", "always", "--format", "jsonl", path]).output.contains("\u{1B}[")))
  }

  @Test func untranslatedExitsOneOnFindingsAndZeroWithout() throws {
    #expect(try Koen.run(["untranslated", "Corpora/Documents/seed-001.txt"]).status == 1)
    #expect(try Koen.run(["untranslated", "--target", "en"], stdin: Data("Plain English only.\n".utf8)).status == 0)
  }
}
