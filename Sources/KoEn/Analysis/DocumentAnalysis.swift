/// The result of analysing one document: its dominant language, every line with its
/// language, role and fragments, and, for catalogues, the per-entry findings.
///
/// Thread-safety: a value type; `Sendable`.
public struct DocumentAnalysis: Hashable, Sendable {
  /// The document's dominant language (detected by letter mass of its content, or given).
  public var dominant: Language
  /// Every line of the document, in order; `lines[i].number == i + 1`.
  public var lines: [AnalyzedLine]
  /// Findings per catalogue entry (`.po` files and locale tables); empty for other formats.
  public var catalogFindings: [CatalogFinding]
  /// The format the document was read as, given or inferred from its name and shape (nil
  /// for an analysis put together by hand).
  public var format: DocumentFormat?

  /// Creates an analysis.
  public init(
    dominant: Language, lines: [AnalyzedLine], catalogFindings: [CatalogFinding] = [], format: DocumentFormat? = nil
  ) {
    self.dominant = dominant
    self.lines = lines
    self.catalogFindings = catalogFindings
    self.format = format
  }

  /// How many lines have each role.
  ///
  /// - Complexity: O(n) in the number of lines.
  public var counts: RoleCounts {
    var counts = RoleCounts()
    for line in lines { counts[line.role] += 1 }
    return counts
  }

  /// Every fragment of the document, in order.
  public var fragments: [Fragment] { lines.flatMap(\.fragments) }
}
