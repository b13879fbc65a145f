@testable import KoEn
import TestSupport
import Testing

/// The second reading replays the lines the survey kept (`SurveyedLines`) instead of reading
/// them again: the analysis must be the same as when it reads them again, which it does
/// when the survey could not keep them within its memory budget.
@Suite("Surveyed lines replayed")
struct SurveyedLinesTests {
  /// The two readings over `bytes` in one chunk each, the survey keeping its lines within
  /// `lineBudget` bytes; and whether it kept them.
  static func analyze(_ bytes: [UInt8], format: DocumentFormat, lineBudget: Int) -> (DocumentAnalysis, kept: Bool) {
    var survey = DocumentSurvey(format: format, options: AnalysisOptions(), recurring: [], lineBudget: lineBudget)
    survey.add(bytes)
    let surveyed = survey.finish()
    var analyzer = StreamingDocumentAnalyzer(survey: surveyed)
    var lines = analyzer.add(bytes)
    let end = analyzer.finish()
    lines += end.lines
    return (
      DocumentAnalysis(dominant: end.dominant, lines: lines, catalogFindings: end.catalogFindings, format: end.format),
      surveyed.lines != nil
    )
  }

  @Test("every gold document, in every format: replayed lines equal lines read again")
  func goldDocuments() throws {
    var documents = 0
    for doc in try AnalysisCorpus.all() {
      let bytes = Array(doc.text.utf8)
      for format in DocumentFormat.allCases {
        let (replayed, kept) = Self.analyze(bytes, format: format, lineBudget: SurveyedLines.budget)
        let (reread, keptWithoutRoom) = Self.analyze(bytes, format: format, lineBudget: 0)
        #expect(kept && !keptWithoutRoom, "\(doc.name): the lines are kept only within the budget")
        #expect(replayed == reread, "\(doc.name) as \(format)")
        // Dropped halfway: the terms of the lines kept until then are learned when they are
        // dropped, those after as they are read.
        if format == .plainText || format == .markdown {
          let (halfway, keptHalfway) = Self.analyze(bytes, format: format, lineBudget: bytes.count * 8)
          #expect(!keptHalfway)
          #expect(halfway == replayed, "\(doc.name) as \(format), dropped halfway")
        }
      }
      documents += 1
    }
    #expect(documents >= 50)
  }

  @Test("a document over the budget is read again, whole")
  func overBudget() throws {
    let page = try AnalysisCorpus.load("seed-000").text
    let bytes = Array(page.utf8)
    // Room for about half the page: everything recorded so far is dropped.
    let (_, kept) = Self.analyze(bytes, format: .plainText, lineBudget: bytes.count * 8)
    #expect(!kept)
    let (whole, keptWhole) = Self.analyze(bytes, format: .plainText, lineBudget: SurveyedLines.budget)
    #expect(keptWhole)
    #expect(whole == DocumentAnalyzer().analyze(bytes: bytes, format: .plainText))
  }
}
