import Foundation
import KoEn
import TestSupport
import Testing

/// A library user gets byte for byte what `koen analyze --format jsonl` and `koen clean`
/// write, from the documented API: `DocumentFormat.infer`, the two readings
/// (`DocumentSurvey`, `DocumentLineStream`), `AnalysisRecord` and `ContentExtractor`.
@Suite("Library API gives the command's output")
struct LibraryParityTests {
  /// Every gold document, the seeds and the gettext catalogue, as paths from the repository root.
  static let paths: [String] = {
    let root = RepositoryPaths.corpora
    var paths: [String] = []
    for folder in ["Documents", "Seeds", "Catalogs"] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
      for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".po") {
        paths.append("Corpora/\(folder)/\(name)")
      }
    }
    return paths
  }()

  static func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/" + path)))
  }

  /// The document cut into pieces of `size` bytes (the last one shorter).
  static func chunks(_ bytes: [UInt8], size: Int) -> [ArraySlice<UInt8>] {
    stride(from: 0, to: bytes.count, by: size).map { bytes[$0..<min($0 + size, bytes.count)] }
  }

  /// The first reading of `bytes` in chunks, with the format `koen` infers.
  static func survey(_ path: String, _ bytes: [UInt8], chunkSize: Int) -> SurveyedDocument {
    var survey = DocumentSurvey(format: DocumentFormat.infer(fileName: path, bytes: bytes), fileName: path)
    for chunk in chunks(bytes, size: chunkSize) { survey.add(chunk) }
    return survey.finish()
  }

  @Test func analyzeJSONLines() throws {
    #expect(Self.paths.count >= 60)
    let result = try Koen.run(["analyze", "--format", "jsonl"] + Self.paths)
    #expect(result.status == 0, "\(result.stderr)")
    var whole: [UInt8] = []
    var streamed: [UInt8] = []
    for path in Self.paths {
      let bytes = try Self.bytes(path)
      // The whole document at once.
      let format = DocumentFormat.infer(fileName: path, bytes: bytes)
      let analysis = DocumentAnalyzer().analyze(bytes: bytes, format: format, fileName: path)
      for record in AnalysisRecord.records(file: path, analysis: analysis) {
        record.write(to: &whole)
        whole.append(0x0A)
      }
      // Streamed in chunks of 1000 bytes, the lines written as they come.
      var stream = DocumentLineStream(survey: Self.survey(path, bytes, chunkSize: 1000))
      var lines = 0
      for chunk in Self.chunks(bytes, size: 1000) {
        for item in stream.add(chunk) {
          AnalysisRecord.line(file: path, item.line).write(to: &streamed)
          streamed.append(0x0A)
          lines += 1
        }
      }
      let end = stream.finish()
      for item in end.lines {
        AnalysisRecord.line(file: path, item.line).write(to: &streamed)
        streamed.append(0x0A)
        lines += 1
      }
      for finding in end.catalogFindings {
        AnalysisRecord.finding(file: path, finding).write(to: &streamed)
        streamed.append(0x0A)
      }
      let summary = DocumentAnalysis.Summary(
        dominant: end.dominant, lines: lines, counts: end.counts, fragments: end.fragmentCount,
        catalogFindings: end.catalogFindings, format: end.format)
      AnalysisRecord.document(file: path, summary).write(to: &streamed)
      streamed.append(0x0A)
    }
    #expect(String(decoding: whole, as: UTF8.self).contains("\"type\":\"finding\""))
    #expect(whole == [UInt8](result.stdout))
    #expect(streamed == [UInt8](result.stdout))
  }

  @Test func cleanContent() throws {
    let result = try Koen.run(["clean"] + Self.paths)
    #expect(result.status == 0, "\(result.stderr)")
    var whole: [UInt8] = []
    var streamed: [UInt8] = []
    for path in Self.paths {
      let bytes = try Self.bytes(path)
      whole += ContentExtractor().content(of: bytes, format: DocumentFormat.infer(fileName: path, bytes: bytes), fileName: path)
      var stream = DocumentLineStream(survey: Self.survey(path, bytes, chunkSize: 777))
      var extractor = ContentExtractor()
      for chunk in Self.chunks(bytes, size: 777) { streamed += extractor.add(stream.add(chunk)) }
      streamed += extractor.add(stream.finish().lines)
    }
    #expect(!whole.isEmpty)
    #expect(whole == [UInt8](result.stdout))
    #expect(streamed == [UInt8](result.stdout))
  }
}
