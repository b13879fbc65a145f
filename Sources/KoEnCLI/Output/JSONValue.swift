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
    var out = ""
    write(to: &out)
    return out
  }

  /// Appends the compact JSON text to `out`.
  func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.write(to: &out)
      }
      out += "]"
    case .object(let fields):
      out += "{"
      for (i, (key, value)) in fields.enumerated() {
        if i > 0 { out += "," }
        JSONValue.writeString(key, to: &out)
        out += ":"
        value.write(to: &out)
      }
      out += "}"
    }
  }

  /// Appends `s` as a JSON string literal.
  static func writeString(_ s: String, to out: inout String) {
    out += "\""
    var start = s.unicodeScalars.startIndex
    let scalars = s.unicodeScalars
    var i = start
    while i != scalars.endIndex {
      let c = scalars[i]
      let escape: String?
      switch c {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      case "\u{2028}": escape = "\\u2028"
      case "\u{2029}": escape = "\\u2029"
      default:
        if c.value < 0x20 || c.value == 0x7F {
          let hex = String(c.value, radix: 16)
          escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escape = nil
        }
      }
      if let escape {
        // `out += String(slice)`, not `out.unicodeScalars.append(contentsOf: slice)`: the
        // latter copies all of `out` on every call, quadratic in the output's length.
        out += String(scalars[start..<i])
        out += escape
        start = scalars.index(after: i)
      }
      i = scalars.index(after: i)
    }
    out += String(scalars[start..<scalars.endIndex])
    out += "\""
  }
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
