// Fuzzes document analysis of arbitrary bytes as plain text and as a locale table, and
// corpus mode over the documents the input holds when cut at NUL bytes.
//
// Invariants (see `checkAnalysis`): lines numbered in order and covering the input with
// their line breaks; fragments inside their line, their text equal to their bytes and their
// columns right on well-formed input; catalogue findings on existing lines; the String and
// byte APIs agree; analysis is deterministic; corpus mode returns one analysis per
// document, each satisfying the same invariants.
import FuzzSupport
import KoEn

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalysis(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzInput(data, size) { bytes in
    fuzzAnalysis(bytes, format: .plainText)
    fuzzAnalysis(bytes, format: .localeTable)
    let documents = bytes.split(separator: 0, omittingEmptySubsequences: false).enumerated().map { k, part in
      CorpusDocument(name: "doc\(k)", bytes: Array(part), format: .plainText)
    }
    let analyses = DocumentAnalyzer().analyze(corpus: documents)
    check(analyses.count == documents.count, "corpus mode returned \(analyses.count) of \(documents.count) analyses")
    for (document, analysis) in zip(documents, analyses) { checkAnalysis(analysis, of: document.bytes) }
  }
}

@_cdecl("FuzzAnalysis_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzAnalysis)
}
