import Foundation
import KoEn
import Testing

/// Scores document analysis on every gold document in `Corpora/Documents` and gates the
/// figures on floors. Set `KOEN_EVAL_REPORT=1` to print the table (and `=2` for every
/// mismatching line): `KOEN_EVAL_REPORT=1 swift test --filter AnalysisEvaluationTests`.
@Suite("Analysis evaluation on the gold corpus")
struct AnalysisEvaluationTests {
  static let report = ProcessInfo.processInfo.environment["KOEN_EVAL_REPORT"] ?? ""

  @Test func corpusFigures() throws {
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
    #expect(overall.languageAccuracy >= 0.9)
    #expect(overall.chrome.f1 >= 0.7)
    #expect(overall.untranslated.f1 >= 0.7)
    #expect(overall.fragmentCharacters.f1 >= 0.7)
  }
}
