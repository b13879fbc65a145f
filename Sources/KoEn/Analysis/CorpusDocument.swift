/// One document of a corpus analysed together (`DocumentAnalyzer.analyze(corpus:)`).
///
/// Thread-safety: a value type; `Sendable`.
public struct CorpusDocument: Sendable, Hashable {
  /// A name for the document (its path, for example).
  public var name: String
  /// The document's bytes (UTF-8; invalid sequences are read as U+FFFD).
  public var bytes: [UInt8]
  /// The document's format.
  public var format: DocumentFormat

  /// Creates a corpus document from bytes.
  public init(name: String, bytes: [UInt8], format: DocumentFormat) {
    self.name = name
    self.bytes = bytes
    self.format = format
  }

  /// Creates a corpus document from text; the format is inferred when not given.
  public init(name: String, text: String, format: DocumentFormat? = nil) {
    self.name = name
    self.bytes = Array(text.utf8)
    self.format = format ?? DocumentFormat.infer(fileName: name, text: text)
  }
}
