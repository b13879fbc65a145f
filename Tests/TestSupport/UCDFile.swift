#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Unicode Character Database test file committed under `Corpora/UCD/<version>/`.
///
/// Tests name the Unicode version of the ICU they run on, so a newer ICU fails loudly
/// (naming the file to add) instead of testing against the wrong data.
public struct UCDFile: Sendable {
  /// The file's path relative to the version folder (`auxiliary/WordBreakTest.txt`).
  public let name: String
  /// The Unicode version whose folder holds the file (`15.0.0`).
  public let unicodeVersion: String
  /// The file's text, split into lines (without line terminators), in order.
  public let lines: [Substring]

  /// Reads `name` from `Corpora/UCD/<unicodeVersion>/`.
  ///
  /// - Throws: `UCDFileError` naming the missing file and how to get it.
  public static func load(_ name: String, unicodeVersion: String) throws -> UCDFile {
    let path = "\(RepositoryPaths.corpora)/UCD/\(unicodeVersion)/\(name)"
    guard let bytes = readFile(path) else {
      throw UCDFileError(path: path, name: name, unicodeVersion: unicodeVersion)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return UCDFile(name: name, unicodeVersion: unicodeVersion, lines: lines)
  }

  /// The whole content of the file at `path`, or nil when it cannot be opened.
  public static func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[..<count])
    }
    return ferror(file) == 0 ? bytes : nil
  }
}

/// A conformance file is missing: the message names it and says how to get it.
public struct UCDFileError: Error, CustomStringConvertible {
  /// The path that was tried.
  public let path: String
  /// The file's name inside the version folder.
  public let name: String
  /// The Unicode version of the ICU under test.
  public let unicodeVersion: String

  public var description: String {
    """
    Missing Unicode conformance file \(path) (Unicode \(unicodeVersion), the version of the \
    ICU in use). Get it from https://www.unicode.org/Public/\(unicodeVersion)/ucd/\(name), or \
    install Debian's unicode-data for Unicode \(unicodeVersion) and run \
    `UCD_VERSION=\(unicodeVersion) Scripts/update-ucd.sh`, then add its sha256 to \
    Corpora/UCD/\(unicodeVersion)/SHA256SUMS and Corpora/UCD/README.md.
    """
  }
}

/// Parses a field of space-separated hexadecimal code points ("1100 1161 11AB").
///
/// - Returns: the code points, or nil when a field is not hexadecimal.
public func parseCodePoints(_ field: Substring) -> [UInt32]? {
  var result: [UInt32] = []
  for part in field.split(separator: " ") {
    guard let value = UInt32(part, radix: 16) else { return nil }
    result.append(value)
  }
  return result
}

/// Shows code points the way the UCD writes them: `U+1100 U+1161`.
public func describeCodePoints(_ values: some Sequence<UInt32>) -> String {
  values.map { value in
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }.joined(separator: " ")
}
