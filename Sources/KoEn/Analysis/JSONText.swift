/// Compact JSON text written straight into bytes, without Foundation: the one writer of
/// JSON strings for KoEn's records and the command's output, so both escape alike.
package enum JSONText {
  /// Appends `s` as a JSON string literal: runs of bytes that need no escape are copied
  /// whole; `"`, `\`, control characters, DEL and U+2028/U+2029 are escaped; other
  /// non-ASCII text is written as UTF-8, and `/` is not escaped.
  package static func appendString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { bytes in
      var start = 0
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        var escape: StaticString? = nil
        var control: UInt8? = nil
        var length = 1
        switch b {
        case 0x22: escape = "\\\""
        case 0x5C: escape = "\\\\"
        case 0x0A: escape = "\\n"
        case 0x0D: escape = "\\r"
        case 0x09: escape = "\\t"
        case 0x00..<0x20, 0x7F: control = b
        case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
          escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          length = 3
        default:
          i += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        if let escape {
          escape.withUTF8Buffer { out.append(contentsOf: $0) }
        } else if let control {
          let hex = Array("0123456789abcdef".utf8)
          out.append(contentsOf: "\\u00".utf8)
          out.append(hex[Int(control >> 4)])
          out.append(hex[Int(control & 15)])
        }
        i += length
        start = i
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Appends `"key":`.
  package static func appendKey(_ key: StaticString, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { out.append(contentsOf: $0) }
    out.append(contentsOf: "\":".utf8)
  }

  /// Appends `,"key":value` (or without the comma for the object's first field) for an
  /// integer value.
  package static func appendField(_ key: StaticString, _ value: Int, to out: inout [UInt8], first: Bool = false) {
    if !first { out.append(UInt8(ascii: ",")) }
    appendKey(key, to: &out)
    out.append(contentsOf: String(value).utf8)
  }

  /// Appends `,"key":"value"` (or without the comma for the object's first field).
  package static func appendField(_ key: StaticString, _ value: String, to out: inout [UInt8], first: Bool = false) {
    if !first { out.append(UInt8(ascii: ",")) }
    appendKey(key, to: &out)
    appendString(value, to: &out)
  }
}
