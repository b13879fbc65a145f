/// One line of a UAX #29 / UAX #14 test file (`WordBreakTest.txt` and the like):
/// code points with `÷` (break) or `×` (no break) at every position between and around them.
public struct UCDBreakCase: Sendable {
  /// The 1-based line number in the file.
  public let line: Int
  /// The code points. Some files include lone surrogates, which no UTF-8 text can hold.
  public let codePoints: [UInt32]
  /// `breaks[i]` says whether there is a boundary before `codePoints[i]`
  /// (`breaks[codePoints.count]` is the end); `codePoints.count + 1` entries.
  public let breaks: [Bool]
  /// The line's comment: the rules that apply, with property values.
  public let comment: Substring

  /// Whether every code point is a Unicode scalar (no surrogates), so the case can be
  /// written in UTF-8.
  public var isScalarText: Bool { codePoints.allSatisfy { Unicode.Scalar($0) != nil } }

  /// The text as a string; nil when it holds a surrogate.
  public var text: String? {
    var text = ""
    for value in codePoints {
      guard let scalar = Unicode.Scalar(value) else { return nil }
      text.unicodeScalars.append(scalar)
    }
    return text
  }

  /// The text in UTF-16 code units (lone surrogates kept as they are).
  public var utf16: [UInt16] {
    var units: [UInt16] = []
    for value in codePoints {
      if let scalar = Unicode.Scalar(value) {
        units.append(contentsOf: UTF16.encode(scalar)!)
      } else {
        units.append(UInt16(value))
      }
    }
    return units
  }

  /// The expected boundaries as offsets in code units of `width` (UTF-8 bytes or UTF-16
  /// units per code point), including 0 and the end.
  ///
  /// With `all`, returns the offset of every position (`codePoints.count + 1` entries)
  /// whether or not it is a boundary.
  public func expectedOffsets(width: (UInt32) -> Int, all: Bool = false) -> [Int] {
    var offsets: [Int] = []
    var offset = 0
    for (index, value) in codePoints.enumerated() {
      if all || breaks[index] { offsets.append(offset) }
      offset += width(value)
    }
    if all || breaks[codePoints.count] { offsets.append(offset) }
    return offsets
  }

  /// The expected boundaries as UTF-8 byte offsets.
  public var expectedUTF8Offsets: [Int] { expectedOffsets(width: utf8Width) }

  /// The expected boundaries as UTF-16 offsets.
  public var expectedUTF16Offsets: [Int] { expectedOffsets(width: { $0 > 0xFFFF ? 2 : 1 }) }

  /// The case with actual boundaries marked, one code point per line, for a failure
  /// message: `÷/×` expected, `÷/×` actual, the code point, and the property values given.
  public func explain(actualUTF8Offsets actual: [Int], property: (UInt32) -> String) -> String {
    let actualSet = Set(actual)
    var lines = ["line \(line): \(comment.trimmingSpaces)"]
    var offset = 0
    for (index, value) in codePoints.enumerated() {
      // Offset 0 is always reported; LineBreakTest.txt marks it × (LB2), a convention only.
      lines.append(mark(breaks[index], index == 0 ? breaks[0] : actualSet.contains(offset), "\(describeCodePoints([value])) \(property(value))"))
      offset += utf8Width(value)
    }
    lines.append(mark(breaks[codePoints.count], actualSet.contains(offset), "(end)"))
    return lines.joined(separator: "\n")
  }

  private func mark(_ expected: Bool, _ actual: Bool, _ text: String) -> String {
    "  expected \(expected ? "÷" : "×") actual \(actual ? "÷" : "×")\(expected == actual ? "  " : " ≠") \(text)"
  }
}

/// The UTF-8 length of a code point (3 for a surrogate, as in CESU/WTF-8; never written).
public func utf8Width(_ value: UInt32) -> Int {
  value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
}

extension Substring {
  var trimmingSpaces: Substring {
    var text = self
    while text.first == " " || text.first == "\t" { text = text.dropFirst() }
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    return text
  }
}

/// A UAX #29 or UAX #14 break test file, parsed.
public struct UCDBreakTest: Sendable {
  /// The file's name (`auxiliary/WordBreakTest.txt`).
  public let name: String
  /// Every case, in file order.
  public let cases: [UCDBreakCase]

  /// Loads and parses `auxiliary/<name>` for `unicodeVersion`.
  ///
  /// - Throws: `UCDFileError` when the file is missing; `UCDParseError` on a malformed line.
  public static func load(_ name: String, unicodeVersion: String) throws -> UCDBreakTest {
    let file = try UCDFile.load("auxiliary/" + name, unicodeVersion: unicodeVersion)
    var cases: [UCDBreakCase] = []
    for (index, raw) in file.lines.enumerated() {
      let hash = raw.firstIndex(of: "#") ?? raw.endIndex
      let data = raw[..<hash]
      if data.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      var codePoints: [UInt32] = []
      var breaks: [Bool] = []
      var expectMark = true
      for token in data.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
        switch token {
        case "÷", "×":
          guard expectMark else { throw UCDParseError(file: file.name, line: index + 1, text: String(raw)) }
          breaks.append(token == "÷")
          expectMark = false
        default:
          guard !expectMark, let value = UInt32(token, radix: 16) else {
            throw UCDParseError(file: file.name, line: index + 1, text: String(raw))
          }
          codePoints.append(value)
          expectMark = true
        }
      }
      guard !expectMark, breaks.count == codePoints.count + 1 else {
        throw UCDParseError(file: file.name, line: index + 1, text: String(raw))
      }
      let comment = hash < raw.endIndex ? raw[raw.index(after: hash)...] : ""
      cases.append(UCDBreakCase(line: index + 1, codePoints: codePoints, breaks: breaks, comment: comment))
    }
    return UCDBreakTest(name: name, cases: cases)
  }
}
