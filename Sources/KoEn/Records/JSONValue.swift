/// A JSON value whose objects keep their keys in order, so output is byte-for-byte stable
/// and records read in record mode are written back with their fields where they were.
///
/// Numbers keep their source text (`number("1.50")`), so a record passes through unchanged.
///
/// This is the encoding of every JSON record KoEn writes (`koen analyze --format jsonl`, the
/// C library's results), so the command and the library cannot drift apart.
///
/// Thread-safety: a value type; `Sendable`.
public enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as its JSON text.
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object, its fields in order.
  case object([(String, JSONValue)])

  /// An integer.
  public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// The value of `key` when this is an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let fields) = self else { return nil }
    return fields.first { $0.0 == key }?.1
  }

  /// Compact JSON text: no spaces, keys in order, non-ASCII as UTF-8, control characters
  /// escaped, `/` not escaped.
  public func serialized() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the compact JSON text to `out` as UTF-8.
  public func write(to out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        item.write(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let fields):
      out.append(UInt8(ascii: "{"))
      for (i, (key, value)) in fields.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        value.write(to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Appends `s` as a JSON string literal: runs of bytes that need no escape are copied
  /// whole; `"`, `\`, control characters, DEL and U+2028/U+2029 are escaped.
  public static func writeString(_ s: String, to out: inout [UInt8]) {
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
}
