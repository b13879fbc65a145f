/// A tab-separated table from `Corpora/`, read at test time: lines starting with `#` and empty
/// lines are skipped; each other line is split on tabs.
public struct TSVFile: Sendable {
  /// One data line.
  public struct Row: Sendable {
    /// The 1-based line number in the file.
    public let line: Int
    /// The fields, in order; missing trailing fields read as empty strings.
    public let fields: [String]
    /// The field at `index`, or the empty string.
    public subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }
  }

  /// The data rows.
  public let rows: [Row]

  /// Reads `Corpora/<relativePath>`.
  ///
  /// - Throws: `TSVFileError` when the file cannot be read.
  public static func load(_ relativePath: String) throws -> TSVFile {
    let path = RepositoryPaths.corpora + "/" + relativePath
    guard let bytes = UCDFile.readFile(path) else { throw TSVFileError(path: path) }
    let text = String(decoding: bytes, as: UTF8.self)
    var rows: [Row] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      rows.append(
        Row(line: number + 1, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
    }
    return TSVFile(rows: rows)
  }
}

/// A corpus file that could not be read.
public struct TSVFileError: Error, CustomStringConvertible {
  /// The path that was tried.
  public let path: String
  public var description: String { "cannot read \(path)" }
}
