import Foundation
import Testing

/// Each output format on real documents, compared with committed snapshots
/// (`Tests/koenTests/Snapshots/`; `RECORD_SNAPSHOTS=1 swift test` re-records them after a
/// deliberate change, and the diff is reviewed like code).
@Suite("Formats on the corpora (snapshots)")
struct FormatSnapshotTests {
  static let documents = ["seed-000", "seed-001", "kd-01", "l10n-04"]

  static let cases: [(name: String, arguments: [String])] = documents.flatMap { doc -> [(String, [String])] in
    let path = "Corpora/Documents/\(doc).txt"
    return [
      ("analyze-\(doc).txt", ["analyze", "--wide", path]),
      ("analyze-\(doc).jsonl", ["analyze", "--format", "jsonl", path]),
      ("segment-\(doc).jsonl", ["segment", "--format", "jsonl", path]),
      ("segment-lines-\(doc).tsv", ["segment", "--level", "line", "--format", "tsv", path]),
      ("untranslated-\(doc).txt", ["untranslated", path]),
      ("untranslated-\(doc).json", ["untranslated", "--format", "json", path]),
      ("stats-\(doc).jsonl", ["stats", "--format", "jsonl", path]),
      ("clean-\(doc).txt", ["clean", path]),
    ]
  } + [
    ("analyze-seed-001.html", ["analyze", "--format", "html", "Corpora/Documents/seed-001.txt"]),
    ("segment-seed-000.html", ["segment", "--format", "html", "Corpora/Documents/seed-000.txt"]),
    ("untranslated-corpus.sarif", ["untranslated", "--format", "sarif"] + documents.map { "Corpora/Documents/\($0).txt" }),
    ("tokens-seed-001.tsv", ["tokens", "--format", "tsv", "Corpora/Documents/seed-001.txt"]),
    ("segment-utf16-seed-001.jsonl", ["segment", "--format", "jsonl", "--offsets", "utf16", "Corpora/Documents/seed-001.txt"]),
    ("analyze-scalars-seed-001.jsonl", ["analyze", "--format", "jsonl", "--offsets", "scalars", "Corpora/Documents/seed-001.txt"]),
    ("stats-corpus.txt", ["stats"] + documents.map { "Corpora/Documents/\($0).txt" }),
    ("romanize-words.txt", ["romanize", "--word", "신라", "--word", "독립문", "--word", "북한", "--word", "종로 2가"]),
  ]

  @Test(arguments: cases.map(\.name))
  func snapshot(_ name: String) throws {
    let arguments = Self.cases.first { $0.name == name }!.arguments
    let result = try Koen.run(arguments)
    #expect([0, 1].contains(result.status), "\(arguments): \(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    Snapshot.check(result.stdout, named: name)
  }

  @Test func outputIsDeterministic() throws {
    let arguments = ["analyze", "--format", "jsonl", "-j", "4"] + Corpus.documents
    let first = try Koen.run(arguments)
    let second = try Koen.run(arguments)
    #expect(first.stdout == second.stdout)
    #expect(!first.stdout.isEmpty)
  }
}
