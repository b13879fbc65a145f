import Foundation
import KoEn
import Testing

/// Scores document analysis on every gold document in `Corpora/Documents` and gates the
/// figures on floors per kind (floors, not exact figures: the corpus grows, and the figures
/// that matter are those on documents the code was not tuned on).
///
/// `KOEN_EVAL_REPORT=1 swift test --filter AnalysisEvaluationTests` prints the table
/// (`=2` also every line where analysis and gold disagree); `KOEN_EVAL_DIR=DIR` scores
/// another folder of gold documents.
@Suite("Analysis evaluation on the gold corpus")
struct AnalysisEvaluationTests {
  static let report = ProcessInfo.processInfo.environment["KOEN_EVAL_REPORT"] ?? ""

  struct Floor: Sendable {
    var language: Double
    var chrome: Double?
    var untranslated: Double?
    var fragments: Double
  }

  static let floors: [String: Floor] = [
    "news-portal": Floor(language: 0.95, chrome: 0.9, untranslated: nil, fragments: 0.9),
    "ko-doc": Floor(language: 0.95, chrome: nil, untranslated: 0.85, fragments: 0.85),
    "l10n": Floor(language: 0.95, chrome: nil, untranslated: 0.85, fragments: 0.85),
  ]

  @Test func figuresPerKindAboveFloors() throws {
    let docs = try AnalysisCorpus.all()
    #expect(docs.count >= 12)
    let (perKind, overall) = AnalysisEvaluation.evaluate(docs) { AnalysisCorpus.analyze($0) }
    if !Self.report.isEmpty {
      print(AnalysisEvaluation.table(perKind: perKind, overall: overall))
      if Self.report == "2" {
        for doc in docs {
          for m in AnalysisEvaluation.mismatches(AnalysisCorpus.analyze(doc), against: doc) { print(m) }
        }
      }
    }
    #expect(overall.dominantCorrect == overall.documents)
    if !Self.report.isEmpty {
      let corpus = AnalysisEvaluation.evaluate(docs) { group in
        DocumentAnalyzer().analyze(corpus: group.map { CorpusDocument(name: $0.name + ".txt", text: $0.text) })
      }
      print("Corpus mode (each kind's documents analysed together):")
      print(AnalysisEvaluation.table(perKind: corpus.perKind, overall: corpus.overall))
    }
    for (kind, counts) in perKind {
      guard let floor = Self.floors[kind] else { continue }
      #expect(counts.languageAccuracy >= floor.language, "\(kind) line language")
      if let f = floor.chrome { #expect(counts.chrome.f1 >= f, "\(kind) chrome F1") }
      if let f = floor.untranslated { #expect(counts.untranslated.f1 >= f, "\(kind) untranslated F1") }
      #expect(counts.fragmentCharacters.f1 >= floor.fragments, "\(kind) fragment F1")
    }
  }

  @Test func everyDocumentIsPartitionedAndFragmentsPointIntoIt() throws {
    for doc in try AnalysisCorpus.all() {
      let analysis = AnalysisCorpus.analyze(doc)
      let bytes = Array(doc.text.utf8)
      #expect(analysis.lines.count == doc.lines.count, "\(doc.name)")
      var expectedStart = 0
      for line in analysis.lines {
        #expect(line.range.lowerBound == expectedStart, "\(doc.name):\(line.number)")
        expectedStart = line.range.upperBound + 1
        #expect(line.role == .blank ? line.language == .none : true)
        let lineText = String(decoding: bytes[line.range], as: UTF8.self)
        for f in line.fragments {
          #expect(line.range.contains(f.range.lowerBound) && f.range.upperBound <= line.range.upperBound)
          #expect(String(decoding: bytes[f.range], as: UTF8.self) == f.text, "\(doc.name):\(line.number)")
          let before = String(decoding: bytes[line.range.lowerBound..<f.range.lowerBound], as: UTF8.self)
          #expect(f.column == before.unicodeScalars.count + 1)
          #expect(f.line == line.number)
          #expect(f.language == analysis.dominant.otherForTests)
          #expect(lineText.contains(f.text))
        }
      }
    }
  }
}

extension Language {
  fileprivate var otherForTests: Language { self == .ko ? .en : .ko }
}
