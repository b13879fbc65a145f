import ArgumentParser
import KoEn

/// The output formats. Each command accepts the ones that make sense for it.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// For people: aligned, coloured on a terminal.
  case text
  /// One JSON array of the records that `jsonl` writes one per line.
  case json
  /// JSON Lines: one object per record.
  case jsonl
  /// Tab-separated values with a header row; tabs, line breaks and backslashes in text
  /// are escaped as `\t`, `\n`, `\r`, `\\`.
  case tsv
  /// A self-contained HTML page (`segment`, `analyze`).
  case html
  /// SARIF 2.1.0 (`untranslated`).
  case sarif

  /// Whether records are JSON objects.
  var isJSON: Bool { self == .json || self == .jsonl || self == .sarif }
}

/// Escapes a TSV field.
func tsvField(_ text: some StringProtocol) -> String {
  var out = ""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\t": out += "\\t"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\\": out += "\\\\"
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out
}

/// Appends a TSV field from UTF-8 bytes, escaped as `tsvField` escapes the `String` they
/// decode to (ill-formed sequences become U+FFFD), without building that string.
func writeTSVField<Out: ByteOutput>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
  guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else {
    var field = tsvField(String(decoding: bytes, as: UTF8.self))
    return field.withUTF8 { out.append(contentsOf: $0) }
  }
  var start = 0
  for i in 0..<bytes.count {
    let escaped: UInt8
    switch bytes[i] {
    case 0x09: escaped = UInt8(ascii: "t")
    case 0x0A: escaped = UInt8(ascii: "n")
    case 0x0D: escaped = UInt8(ascii: "r")
    case 0x5C: escaped = UInt8(ascii: "\\")
    default: continue
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
    out.append(UInt8(ascii: "\\"))
    out.append(escaped)
    start = i + 1
  }
  out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
}

/// Appends a TSV field.
func writeTSVField<Out: ByteOutput>(_ text: String, to out: inout Out) {
  var text = text
  text.withUTF8 { writeTSVField(utf8: $0, to: &out) }
}
