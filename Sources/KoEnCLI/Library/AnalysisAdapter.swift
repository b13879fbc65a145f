import KoEn

/// The adapter over KoEn's document analysis (the only code here that uses it).
enum AnalysisAdapter {
  /// What the command asks of the analysis.
  struct Settings: Sendable {
    /// `en`, `ko`, or nil to let the analysis decide by letter mass.
    var dominant: String?
    /// `text`, `markdown`, `po`, or nil to infer from the file name and text.
    var format: String?
    /// Terms never reported as untranslated (from `--allow FILE`).
    var glossary: Set<String> = []
    /// Analyses made in corpus mode, by file name, used instead of analysing a file alone.
    var precomputed: [String: DocumentView] = [:]
  }

  /// Analyzes one document.
  static func analyze(_ bytes: [UInt8], fileName: String, settings: Settings) throws(LibraryUnavailable) -> DocumentView {
    if let document = settings.precomputed[fileName] { return document }
    let analyzer = DocumentAnalyzer(options: options(settings))
    let format = settings.format.flatMap(DocumentFormat.init(rawValue:))
      ?? DocumentFormat.infer(fileName: fileName, text: String(decoding: bytes.prefix(1 << 16), as: UTF8.self))
    return view(analyzer.analyze(bytes: bytes, format: format))
  }

  /// Analyzes documents together (corpus mode): lines recurring across many are chrome.
  static func analyze(corpus documents: [(name: String, bytes: [UInt8])], settings: Settings) throws(LibraryUnavailable) -> [DocumentView] {
    let analyzer = DocumentAnalyzer(options: options(settings))
    let inputs = documents.map { document in
      CorpusDocument(
        name: document.name, bytes: document.bytes,
        format: settings.format.flatMap(DocumentFormat.init(rawValue:))
          ?? DocumentFormat.infer(fileName: document.name, text: String(decoding: document.bytes.prefix(1 << 16), as: UTF8.self)))
    }
    return analyzer.analyze(corpus: inputs).map(view)
  }

  private static func options(_ settings: Settings) -> AnalysisOptions {
    AnalysisOptions(dominant: settings.dominant.flatMap { Language(rawValue: $0) }, glossary: settings.glossary)
  }

  private static func view(_ analysis: DocumentAnalysis) -> DocumentView {
    func fragment(_ f: Fragment) -> FragmentView {
      FragmentView(range: f.range, line: f.line, column: f.column, text: f.text, language: f.language.rawValue)
    }
    return DocumentView(
      dominant: analysis.dominant.rawValue,
      lines: analysis.lines.map { line in
        AnalyzedLineView(
          number: line.number, range: line.range, language: line.language.rawValue, role: line.role.rawValue,
          fragments: line.fragments.map(fragment))
      },
      catalogFindings: analysis.catalogFindings.map { finding in
        CatalogFindingView(
          kind: finding.kind.rawValue, entryLine: finding.entryLine, translationLine: finding.translationLine,
          source: finding.source, translation: finding.translation, fragments: finding.fragments.map(fragment))
      })
  }

  /// The glossary terms in an allowlist file's text (one term per line; `#` comments).
  static func glossary(from text: String) -> Set<String> {
    AnalysisOptions.glossaryTerms(from: text)
  }
}
