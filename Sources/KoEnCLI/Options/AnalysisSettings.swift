import KoEn

/// What a command asks of KoEn's document analysis: the analyzer's options, the format to
/// read inputs as, and, in corpus mode, the analyses already made.
///
/// A value type, `Sendable`: processors on several threads share one.
struct AnalysisSettings: Sendable {
  /// The dominant language (nil: by letter mass) and the glossary of kept terms.
  var options = AnalysisOptions()
  /// The format to read every input as, or nil to infer it from each file's name and text.
  var format: DocumentFormat?
  /// Analyses made in corpus mode, by file name, used instead of analysing a file alone.
  var precomputed: [String: DocumentAnalysis] = [:]

  /// The format `bytes` are read as: `format` when given, otherwise inferred from the
  /// file name and the first 64 KiB of text.
  func format(of bytes: [UInt8], fileName: String) -> DocumentFormat {
    format ?? DocumentFormat.infer(fileName: fileName, text: String(decoding: bytes.prefix(1 << 16), as: UTF8.self))
  }

  /// The analysis of one document: the corpus-mode analysis of `fileName` when there is
  /// one, otherwise `bytes` analysed alone.
  ///
  /// Complexity: O(n) in the bytes.
  func analyze(_ bytes: [UInt8], fileName: String) -> DocumentAnalysis {
    if let document = precomputed[fileName] { return document }
    return DocumentAnalyzer(options: options).analyze(
      bytes: bytes, format: format(of: bytes, fileName: fileName), fileName: fileName.isEmpty ? nil : fileName)
  }

  /// Analyses documents together (corpus mode: lines recurring across many are chrome),
  /// in the order given.
  func analyze(corpus documents: [(name: String, bytes: [UInt8])]) -> [DocumentAnalysis] {
    DocumentAnalyzer(options: options).analyze(
      corpus: documents.map { CorpusDocument(name: $0.name, bytes: $0.bytes, format: format(of: $0.bytes, fileName: $0.name)) })
  }
}
