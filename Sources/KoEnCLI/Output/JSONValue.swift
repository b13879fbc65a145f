import KoEn

/// A JSON value whose objects keep their keys in order, so output is byte-for-byte stable
/// and records read in record mode are written back with their fields where they were.
///
/// Numbers keep their source text (`number("1.50")`), so a record passes through unchanged.
enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])
  /// JSON text already written (by KoEn's record writers), copied as it is.
  case raw([UInt8])

  /// An integer.
  static func int(_ value: Int) -> JSONValue { .number(String(value)) }

  /// A number with up to `digits` decimals, trailing zeros removed (deterministic on every
  /// platform, unlike `Double.description` in edge cases).
  static func decimal(_ value: Double, digits: Int = 4) -> JSONValue {
    .number(formatDecimal(value, digits: digits))
  }

  static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
  func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// The value of `key` when this is an object.
  subscript(key: String) -> JSONValue? {
    guard case .object(let fields) = self else { return nil }
    return fields.first { $0.0 == key }?.1
  }

  /// Compact JSON text: no spaces, keys in order, non-ASCII as UTF-8, control characters
  /// escaped, `/` not escaped.
  func serialized() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the compact JSON text to `out` as UTF-8.
  func write(to out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .raw(let json): out.append(contentsOf: json)
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

  /// Appends `s` as a JSON string literal (KoEn's writer: `"`, `\`, control characters,
  /// DEL and U+2028/U+2029 escaped, `/` not).
  static func writeString(_ s: String, to out: inout [UInt8]) { JSONText.appendString(s, to: &out) }
}

/// `value` with at most `digits` decimals, without trailing zeros (`0.5`, `12`, `0.3333`).
func formatDecimal(_ value: Double, digits: Int) -> String {
  guard value.isFinite else { return "0" }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let scaled = (abs(value) * scale).rounded()
  let whole = Int(scaled / scale)
  var fraction = Int(scaled - Double(whole) * scale)
  var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
  if fraction > 0 {
    var digitsText = String(fraction)
    digitsText = String(repeating: "0", count: digits - digitsText.count) + digitsText
    while digitsText.hasSuffix("0") { digitsText.removeLast() }
    fraction = 0
    text += "." + digitsText
  }
  return text
}
