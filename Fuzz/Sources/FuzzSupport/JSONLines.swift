/// A JSON value read back from a record, for checking what the C library returns.
public indirect enum ParsedJSON: Equatable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([ParsedJSON])
  case object([(String, ParsedJSON)])

  public static func == (a: ParsedJSON, b: ParsedJSON) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x), .number(let y)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// The value of `key` when this is an object.
  public subscript(key: String) -> ParsedJSON? {
    guard case .object(let fields) = self else { return nil }
    return fields.first { $0.0 == key }?.1
  }

  /// The integer value, when this is an integer.
  public var int: Int? {
    guard case .number(let text) = self else { return nil }
    return Int(text)
  }
}

/// Parses JSON Lines strictly (RFC 8259: no trailing commas, no comments, escapes checked,
/// every line one value, each line ending in `\n`), checking every line as it goes.
///
/// - Returns: The values, one per line.
public func parseJSONLines(_ bytes: [UInt8], _ what: String) -> [ParsedJSON] {
  var values: [ParsedJSON] = []
  var start = 0
  check(bytes.isEmpty || bytes.last == 0x0A, "\(what): output does not end with a line feed")
  while start < bytes.count {
    guard let end = bytes[start...].firstIndex(of: 0x0A) else { break }
    var reader = JSONReader(bytes: Array(bytes[start..<end]), what: what)
    let value = reader.value()
    reader.skipSpace()
    check(reader.position == reader.bytes.count, "\(what): text after the value at byte \(start + reader.position)")
    values.append(value)
    start = end + 1
  }
  return values
}

/// A strict recursive-descent JSON reader over one line; a syntax error is an invariant failure.
struct JSONReader {
  let bytes: [UInt8]
  let what: String
  var position = 0

  init(bytes: [UInt8], what: String) {
    self.bytes = bytes
    self.what = what
  }

  mutating func skipSpace() {
    while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
  }

  private func fail(_ message: String) -> Never {
    fatalError("invariant failed: \(what): \(message) at byte \(position) of \(String(decoding: bytes.prefix(200), as: UTF8.self).debugDescription)")
  }

  private mutating func expect(_ literal: String) {
    for b in literal.utf8 {
      guard position < bytes.count, bytes[position] == b else { fail("expected \(literal)") }
      position += 1
    }
  }

  mutating func value() -> ParsedJSON {
    skipSpace()
    guard position < bytes.count else { fail("unexpected end") }
    switch bytes[position] {
    case UInt8(ascii: "{"):
      position += 1
      var fields: [(String, ParsedJSON)] = []
      skipSpace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(fields)
      }
      while true {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { fail("expected a key") }
        let key = string()
        skipSpace()
        expect(":")
        fields.append((key, value()))
        skipSpace()
        guard position < bytes.count else { fail("unterminated object") }
        if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
        expect("}")
        return .object(fields)
      }
    case UInt8(ascii: "["):
      position += 1
      var items: [ParsedJSON] = []
      skipSpace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      }
      while true {
        items.append(value())
        skipSpace()
        guard position < bytes.count else { fail("unterminated array") }
        if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
        expect("]")
        return .array(items)
      }
    case UInt8(ascii: "\""): return .string(string())
    case UInt8(ascii: "t"): expect("true"); return .bool(true)
    case UInt8(ascii: "f"): expect("false"); return .bool(false)
    case UInt8(ascii: "n"): expect("null"); return .null
    default: return number()
    }
  }

  private mutating func number() -> ParsedJSON {
    let start = position
    if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    let digits = position
    while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
    guard position > digits else { fail("expected a value") }
    if bytes[digits] == 0x30, position - digits > 1 { fail("leading zero") }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      let fraction = position
      while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
      guard position > fraction else { fail("empty fraction") }
    }
    return .number(String(decoding: bytes[start..<position], as: UTF8.self))
  }

  private mutating func string() -> String {
    position += 1
    var out: [UInt8] = []
    while true {
      guard position < bytes.count else { fail("unterminated string") }
      let b = bytes[position]
      position += 1
      switch b {
      case UInt8(ascii: "\""):
        check(UTF8Reference.firstInvalidOffset(out) == nil, "\(what): a string is not valid UTF-8")
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { fail("unterminated escape") }
        let e = bytes[position]
        position += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          guard position + 4 <= bytes.count, let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
          else { fail("bad \\u escape") }
          position += 4
          check(!(0xD800...0xDFFF).contains(unit), "\(what): a surrogate escape")
          out += Array(String(Unicode.Scalar(unit)!).utf8)
        default: fail("unknown escape")
        }
      case 0x00..<0x20: fail("raw control character in a string")
      default: out.append(b)
      }
    }
  }
}
