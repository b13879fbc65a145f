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
  public func write<Out: ByteOutput>(to out: inout Out) {
    switch self {
    case .null: out.append("null" as StaticString)
    case .bool(let b): out.append(b ? "true" : "false" as StaticString)
    case .number(var n): n.withUTF8 { out.append(contentsOf: $0) }
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
  public static func writeString<Out: ByteOutput>(_ s: String, to out: inout Out) {
    // The string's own bytes, read in place when they are contiguous: a copy of the string
    // to read them by `withUTF8` was retained and released for every string written.
    let inPlace: Void? = s.utf8.withContiguousStorageIfAvailable { bytes -> Void in
      let written = writeString(validUTF8: bytes, to: &out)
      assert(written, "a String is valid UTF-8")
    }
    if inPlace != nil { return }
    var s = s
    s.withUTF8 { bytes in
      let written = writeString(validUTF8: bytes, to: &out)
      assert(written, "a String is valid UTF-8")
    }
  }

  /// Appends UTF-8 bytes as a JSON string literal, as `writeString(_:to:)` does for the
  /// `String` they decode to: ill-formed sequences become U+FFFD.
  public static func writeString<Out: ByteOutput>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
    let mark = out.count
    if writeString(validUTF8: bytes, to: &out) { return }
    out.truncate(to: mark)
    writeString(String(decoding: bytes, as: UTF8.self), to: &out)
  }

  /// Appends the literal and returns true, or returns false (with part of it appended)
  /// at the first ill-formed sequence.
  private static func writeString<Out: ByteOutput>(validUTF8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) -> Bool {
    out.append(UInt8(ascii: "\""))
    var start = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C {
        i += 1
        continue
      }
      var escape: StaticString? = nil
      var length = 1
      switch b {
      case 0x22: escape = "\\\""
      case 0x5C: escape = "\\\\"
      case 0x0A: escape = "\\n"
      case 0x0D: escape = "\\r"
      case 0x09: escape = "\\t"
      case 0x00..<0x20, 0x7F: break
      case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
        escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        length = 3
      default:
        let valid = UTF8Validation.validSequenceLength(in: bytes, at: i)
        if valid == 0 { return false }
        i += valid
        continue
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
      if let escape {
        out.append(escape)
      } else {
        let hex: StaticString = "0123456789abcdef"
        out.append("\\u00" as StaticString)
        hex.withUTF8Buffer { digits in
          out.append(digits[Int(b >> 4)])
          out.append(digits[Int(b & 15)])
        }
      }
      i += length
      start = i
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
    out.append(UInt8(ascii: "\""))
    return true
  }
}
