import Foundation
import TestSupport
import Testing

/// `koen untranslated --format sarif` is valid against the SARIF 2.1.0 schema (the OASIS
/// schema in `Schemas/`, checked with Python's `jsonschema`).
@Suite("SARIF output")
struct SARIFTests {
  static let validator = RepositoryPaths.root + "/Tests/koenTests/Schemas/validate_sarif.py"

  /// Runs the validator on `log`; returns its exit status and output.
  static func validate(_ log: Data) throws -> (Int32, String) {
    let scratch = try Scratch()
    let path = try scratch.file("log.sarif", Array(log))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", validator, path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  @Test func logOverEveryCorpusDocumentIsValid() throws {
    let result = try Koen.run(["untranslated", "--format", "sarif"] + Corpus.documents)
    #expect(result.status == 1, "the corpora have untranslated fragments")
    let (status, output) = try Self.validate(result.stdout)
    #expect(status == 0, "\(output)")
    #expect(output.contains("valid SARIF 2.1.0"), "\(output)")
  }

  @Test func emptyLogIsValid() throws {
    let result = try Koen.run(["untranslated", "--format", "sarif", "--target", "en"], stdin: Data("Nothing to see.\n".utf8))
    #expect(result.status == 0)
    let (status, output) = try Self.validate(result.stdout)
    #expect(status == 0, "\(output)")
    let log = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
    let runs = log["runs"] as! [[String: Any]]
    #expect((runs[0]["results"] as! [Any]).isEmpty)
  }

  @Test func theValidatorRejectsABrokenLog() throws {
    let broken = Data(#"{"version":"2.0.0","runs":[{"tool":{"driver":{}}}]}"#.utf8)
    let (status, _) = try Self.validate(broken)
    #expect(status == 1)
  }

  @Test func resultsPointAtLineColumnAndBytes() throws {
    let result = try Koen.run(["untranslated", "--format", "sarif", "Corpora/Documents/seed-001.txt"])
    let log = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
    let run = (log["runs"] as! [[String: Any]])[0]
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let first = (run["results"] as! [[String: Any]])[0]
    let location = ((first["locations"] as! [[String: Any]])[0]["physicalLocation"]) as! [String: Any]
    #expect((location["artifactLocation"] as! [String: Any])["uri"] as? String == "Corpora/Documents/seed-001.txt")
    let region = location["region"] as! [String: Any]
    #expect(region["startLine"] as? Int == 5)
    #expect(region["startColumn"] as? Int == 2)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/Corpora/Documents/seed-001.txt"))
    let offset = region["byteOffset"] as! Int, length = region["byteLength"] as! Int
    #expect(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self) == (region["snippet"] as! [String: Any])["text"] as? String)
  }

  @Test func nonASCIIFileNamesArePercentEncoded() throws {
    let scratch = try Scratch()
    let seed = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/Corpora/Documents/seed-001.txt"))
    try scratch.file("번역.txt", Array(seed))
    let result = try Koen.run(["untranslated", "--format", "sarif", "--target", "en", "-r", scratch.path])
    let (status, output) = try Self.validate(result.stdout)
    #expect(status == 0, "\(output)")
    #expect(result.status == 1)
    #expect(result.output.contains("%EB%B2%88%EC%97%AD.txt"))
  }
}

@Suite("gettext catalogues")
struct CatalogueTests {
  static let po = """
    msgid ""
    msgstr ""
    "Content-Type: text/plain; charset=UTF-8\\n"

    #: src/main.c:10
    msgid "Open file"
    msgstr "파일 열기"

    #: src/main.c:12
    msgid "Save as"
    msgstr ""

    #: src/main.c:14
    msgid "Settings"
    msgstr "Settings"

    #: src/main.c:16
    msgid "Delete the selected files permanently"
    msgstr "선택한 files permanently 삭제"

    """

  @Test func eachKindOfFindingIsReportedOnceAtItsLine() throws {
    let scratch = try Scratch()
    let path = try scratch.file("ko.po", Self.po)
    let result = try Koen.run(["untranslated", path])
    #expect(result.status == 1)
    #expect(result.output.split(separator: "\n").map(String.init) == [
      "\(path):11:1: warning: empty translation of \"Save as\" (entry at line 10)",
      "\(path):15:9: warning: translation identical to the source \"Settings\" (entry at line 14)",
      "\(path):19:13: warning: English left in the translation: \"files permanently\" (entry at line 18)",
    ])
    let sarif = try Koen.run(["untranslated", "--format", "sarif", path])
    let (status, output) = try SARIFTests.validate(sarif.stdout)
    #expect(status == 0, "\(output)")
    #expect(output.contains("(3 results)"), "\(output)")
    let analyze = try Koen.run(["analyze", "--format", "jsonl", path])
    #expect(analyze.output.split(separator: "\n").filter { $0.contains(#""type":"finding""#) }.count == 3)
  }
}
