/// One data line of `NormalizationTest.txt`: five columns of the same text.
///
/// The file's header fixes the columns' relations: c2 is NFC(c1), c3 is NFD(c1), c4 is
/// NFKC(c1) and c5 is NFKD(c1), and each holds for every column as listed there.
public struct UCDNormalizationCase: Sendable {
  /// The 1-based line number in the file.
  public let line: Int
  /// The part (`@Part0` … `@Part3`) the line belongs to.
  public let part: Int
  /// The five columns c1…c5, as code points.
  public let columns: [[UInt32]]
  /// The line's comment (names of the characters).
  public let comment: Substring

  /// Column `n` (1-based, as the file numbers them) as a string.
  public func c(_ n: Int) -> String {
    var text = ""
    for value in columns[n - 1] { text.unicodeScalars.append(Unicode.Scalar(value)!) }
    return text
  }
}

/// `NormalizationTest.txt`, parsed.
public struct UCDNormalizationTest: Sendable {
  /// Every data line, in file order.
  public let cases: [UCDNormalizationCase]

  /// The data lines of one part.
  public func part(_ number: Int) -> [UCDNormalizationCase] { cases.filter { $0.part == number } }

  /// Loads and parses the file for `unicodeVersion`.
  ///
  /// - Throws: `UCDFileError` when the file is missing; `UCDParseError` on a malformed line.
  public static func load(unicodeVersion: String) throws -> UCDNormalizationTest {
    let file = try UCDFile.load("NormalizationTest.txt", unicodeVersion: unicodeVersion)
    var cases: [UCDNormalizationCase] = []
    var part = -1
    for (index, raw) in file.lines.enumerated() {
      let number = index + 1
      let hash = raw.firstIndex(of: "#") ?? raw.endIndex
      let data = raw[..<hash]
      if data.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if data.hasPrefix("@Part") {
        guard let value = Int(data.dropFirst(5).prefix { $0.isNumber }) else {
          throw UCDParseError(file: file.name, line: number, text: String(raw))
        }
        part = value
        continue
      }
      let fields = data.split(separator: ";", omittingEmptySubsequences: false)
      guard fields.count >= 5, part >= 0 else {
        throw UCDParseError(file: file.name, line: number, text: String(raw))
      }
      var columns: [[UInt32]] = []
      for field in fields.prefix(5) {
        guard let values = parseCodePoints(field), !values.isEmpty,
          values.allSatisfy({ Unicode.Scalar($0) != nil })
        else { throw UCDParseError(file: file.name, line: number, text: String(raw)) }
        columns.append(values)
      }
      let comment = hash < raw.endIndex ? raw[raw.index(after: hash)...] : ""
      cases.append(UCDNormalizationCase(line: number, part: part, columns: columns, comment: comment))
    }
    return UCDNormalizationTest(cases: cases)
  }
}

/// A line of a UCD test file that does not have the expected shape.
public struct UCDParseError: Error, CustomStringConvertible {
  /// The file's name.
  public let file: String
  /// The 1-based line number.
  public let line: Int
  /// The line's text.
  public let text: String

  public var description: String { "\(file):\(line): cannot parse \"\(text)\"" }
}
