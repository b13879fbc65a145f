/// Keeps a document's content: its content lines byte for byte, with their own line breaks,
/// without chrome (and, unless asked, untranslated lines). This is `koen clean`.
///
/// Blank lines left between kept lines collapse to one (the first one's line break is
/// kept); none are written before the first kept line or after the last. Feed it the lines
/// of a `DocumentLineStream` as they come; what it returns is ready to write.
///
/// ```swift
/// var survey = DocumentSurvey(format: DocumentFormat.infer(fileName: name, bytes: bytes), fileName: name)
/// survey.add(bytes)
/// var stream = DocumentLineStream(survey: survey.finish())
/// var extractor = ContentExtractor()
/// var content = extractor.add(stream.add(bytes))
/// content += extractor.add(stream.finish().lines)
/// ```
///
/// Thread-safety: a value type, used from one thread; one extractor per document.
public struct ContentExtractor {
  /// Whether lines left untranslated are kept (they are content in the other language).
  public var keepsUntranslated: Bool
  /// What replaces each fragment of a kept line, given the fragment's text (decoded from its
  /// bytes); nil keeps the line's bytes as they are.
  public var fragmentReplacement: ((String) -> String)?

  /// The line break of the first blank line since the last kept line.
  private var pendingBlank: [UInt8]? = nil
  private var wroteAny = false

  /// An extractor for one document.
  ///
  /// - Parameters:
  ///   - keepsUntranslated: Keep untranslated lines too.
  ///   - fragmentReplacement: Rewrites each fragment of a kept line (for example, Korean
  ///     into its romanization, for English-only pipelines); nil keeps lines unchanged.
  public init(keepsUntranslated: Bool = false, fragmentReplacement: ((String) -> String)? = nil) {
    self.keepsUntranslated = keepsUntranslated
    self.fragmentReplacement = fragmentReplacement
  }

  /// The content of `lines`, the next lines of the document in order.
  ///
  /// - Complexity: O(n) in the bytes of the lines.
  public mutating func add(_ lines: [StreamedLine]) -> [UInt8] {
    var out: [UInt8] = []
    for item in lines { add(item, into: &out) }
    return out
  }

  /// The content of a whole document: both readings over `bytes`, with this extractor's
  /// settings (the extractor itself is left as it is).
  ///
  /// - Parameters:
  ///   - bytes: The document (UTF-8; invalid sequences are kept as they are).
  ///   - format: Its format.
  ///   - options: The analysis options.
  ///   - fileName: The file's name or path, if known (a locale in it tells the language).
  /// - Returns: The content lines with their line breaks.
  /// - Complexity: O(n) in the number of bytes.
  public func content(
    of bytes: some Collection<UInt8>, format: DocumentFormat, options: AnalysisOptions = AnalysisOptions(),
    fileName: String? = nil
  ) -> [UInt8] {
    var extractor = self
    var survey = DocumentSurvey(format: format, options: options, fileName: fileName)
    survey.add(bytes)
    var stream = DocumentLineStream(survey: survey.finish())
    var out = extractor.add(stream.add(bytes))
    out += extractor.add(stream.finish().lines)
    return out
  }

  private mutating func add(_ item: StreamedLine, into out: inout [UInt8]) {
    let line = item.line
    if line.role == .blank {
      if wroteAny && pendingBlank == nil { pendingBlank = item.lineBreak.isEmpty ? [0x0A] : Array(item.lineBreakBytes) }
      return
    }
    guard line.role == .content || (line.role == .untranslated && keepsUntranslated) else { return }
    if let blank = pendingBlank { out += blank }
    pendingBlank = nil
    appendText(of: item, to: &out)
    out += item.lineBreakBytes  // empty only after the document's last line
    wroteAny = true
  }

  /// A kept line's bytes, its fragments replaced when asked.
  private func appendText(of item: StreamedLine, to out: inout [UInt8]) {
    let line = item.line
    let bytes = item.text
    guard let replacement = fragmentReplacement, !line.fragments.isEmpty else { return out += bytes }
    let base = bytes.startIndex - line.range.lowerBound
    var position = line.range.lowerBound
    for fragment in line.fragments.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where fragment.range.lowerBound >= position {
      out += bytes[(position + base)..<(fragment.range.lowerBound + base)]
      let original = String(decoding: bytes[(fragment.range.lowerBound + base)..<(fragment.range.upperBound + base)], as: UTF8.self)
      out += replacement(original).utf8
      position = fragment.range.upperBound
    }
    out += bytes[(position + base)..<(line.range.upperBound + base)]
  }
}
