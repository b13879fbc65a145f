/// Analyses documents that mix Korean and English: the dominant language, each line's
/// language and role (content, chrome, untranslated, blank), and every fragment in the
/// non-dominant language with its exact position.
///
/// ```swift
/// let analysis = DocumentAnalyzer().analyze(text, format: .markdown)
/// for line in analysis.lines where line.role == .untranslated { print(line.number) }
/// ```
///
/// Offsets are UTF-8 byte offsets into the input; columns count Unicode scalars, 1-based.
/// Invalid UTF-8 is analysed as U+FFFD without changing any offset.
///
/// Thread-safety: a value type without shared state; `Sendable`, safe to use from many tasks.
public struct DocumentAnalyzer: Sendable {
  /// The options in effect.
  public var options: AnalysisOptions

  /// Creates an analyzer.
  ///
  /// - Parameter options: Analysis options; the defaults suit the three measured kinds.
  public init(options: AnalysisOptions = AnalysisOptions()) {
    self.options = options
  }

  /// Analyses a document given as a string.
  ///
  /// - Parameters:
  ///   - text: The document.
  ///   - format: Its format; `nil` infers it from `fileName` and the text's start
  ///     (`DocumentFormat.infer(fileName:bytes:)`, as `koen` does).
  ///   - fileName: The file's name, used only to infer the format.
  /// - Returns: The analysis.
  /// - Complexity: O(n) in the length of the text (times the lexicon size for short lines).
  public func analyze(_ text: String, format: DocumentFormat? = nil, fileName: String? = nil) -> DocumentAnalysis {
    let format = format ?? DocumentFormat.infer(fileName: fileName, text: text)
    return analyze(bytes: text.utf8, format: format, fileName: fileName)
  }

  /// Analyses a document given as UTF-8 bytes (invalid sequences are read as U+FFFD).
  ///
  /// The document is read twice, by a `DocumentSurvey` and a `StreamingDocumentAnalyzer`;
  /// analysing it in chunks with those two gives the same lines.
  ///
  /// - Parameters:
  ///   - bytes: The document's bytes.
  ///   - format: Its format.
  ///   - fileName: The file's name or path, if known: a locale in it (`values-ko/`,
  ///     `README.ko.md`) tells the document's language.
  /// - Returns: The analysis.
  /// - Complexity: O(n) in the number of bytes.
  public func analyze(bytes: some Collection<UInt8>, format: DocumentFormat, fileName: String? = nil) -> DocumentAnalysis {
    analyze(bytes: bytes, format: format, recurring: [], fileName: fileName)
  }

  /// Analyses documents together (corpus mode): besides each document's own signals, a
  /// line that recurs in many of them (at least `corpusMinimumDocuments` documents and
  /// `corpusMinimumShare` of all) is the site's text, so it is chrome.
  ///
  /// - Parameter documents: The documents, typically many pages of one site.
  /// - Returns: One analysis per document, in order.
  /// - Complexity: O(n) in the total size of the documents.
  public func analyze(corpus documents: [CorpusDocument]) -> [DocumentAnalysis] {
    var counts: [String: Int] = [:]
    for document in documents {
      for key in Self.lineKeys(document) { counts[key, default: 0] += 1 }
    }
    var needed = Int((options.corpusMinimumShare * Double(documents.count)).rounded(.up))
    needed = max(needed, options.corpusMinimumDocuments)
    let recurring = Set(counts.filter { $0.value >= needed }.keys)
    return documents.map { analyze(bytes: $0.bytes, format: $0.format, recurring: recurring, fileName: $0.name) }
  }

  // MARK: - Internals

  func analyze(bytes: some Collection<UInt8>, format: DocumentFormat, recurring: Set<String>, fileName: String? = nil)
    -> DocumentAnalysis
  {
    var survey = DocumentSurvey(format: format, options: options, recurring: recurring, fileName: fileName)
    survey.add(bytes)
    var analyzer = StreamingDocumentAnalyzer(survey: survey.finish())
    var lines = analyzer.add(bytes)
    let end = analyzer.finish()
    lines += end.lines
    return DocumentAnalysis(dominant: end.dominant, lines: lines, catalogFindings: end.catalogFindings, format: format)
  }

  /// The normalized texts of a document's lines of prose, each once (for corpus mode).
  static func lineKeys(_ document: CorpusDocument) -> Set<String> {
    var keys = Set<String>()
    var reader = LayoutReader(format: document.format, localizedComments: false)
    func read(_ event: LayoutEvent) {
      guard case .line(let laid) = event, !laid.line.isBlank, !laid.layout.isStructural, !laid.layout.isCode else { return }
      let key = LineText.normalized(laid.line, laid.layout)
      if !key.isEmpty { keys.insert(key) }
    }
    reader.push(document.bytes) { read($0) }
    reader.finish { read($0) }
    return keys
  }
}
