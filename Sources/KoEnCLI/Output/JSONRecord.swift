import KoEn

/// One compact JSON object written field by field straight into a byte buffer.
///
/// Gives the same bytes as building a `JSONValue.object` and serializing it, without the
/// value, its strings or its arrays: the commands that write a record per token or segment
/// spend their time here, so nothing is allocated per field. Keys are ASCII names that need
/// no escaping (`"start"`, `"lang"`).
struct JSONRecord {
  /// The buffer written into.
  private var out: ByteBuffer
  private var fields = 0

  /// Appends an object written by `body` to `out`.
  static func write(to out: ByteBuffer, _ body: (inout JSONRecord) -> Void) {
    var record = JSONRecord(out: out)
    out.append(UInt8(ascii: "{"))
    body(&record)
    out.append(UInt8(ascii: "}"))
  }

  private init(out: ByteBuffer) { self.out = out }

  /// `"key":` after a comma when a field came before.
  @inline(__always)
  private mutating func key(_ key: StaticString) {
    let comma = fields > 0
    fields += 1
    out.append(reserving: key.utf8CodeUnitCount + 4) { p in
      var j = 0
      if comma {
        p[0] = UInt8(ascii: ",")
        j = 1
      }
      p[j] = UInt8(ascii: "\"")
      j += 1
      j += JSONBytes.write(key, at: p + j)
      p[j] = UInt8(ascii: "\"")
      p[j + 1] = UInt8(ascii: ":")
      return j + 2
    }
  }

  /// An integer field.
  mutating func int(_ key: StaticString, _ value: Int) {
    self.key(key)
    out.appendDecimal(value)
  }

  /// An integer field whose key is only known at run time (escaped like any string).
  mutating func int(named key: String, _ value: Int) {
    if fields > 0 { out.append(UInt8(ascii: ",")) }
    fields += 1
    JSONValue.writeString(key, to: &out)
    out.append(UInt8(ascii: ":"))
    JSONRecord.writeDecimal(value, to: &out)
  }

  /// A string field.
  mutating func string(_ key: StaticString, _ value: String) {
    self.key(key)
    out.appendJSONString(value)
  }

  /// A string field from UTF-8 bytes; ill-formed sequences become U+FFFD, as decoding
  /// them into a `String` would.
  mutating func string(_ key: StaticString, utf8 value: UnsafeBufferPointer<UInt8>) {
    self.key(key)
    out.appendJSONString(value)
  }

  /// An object field, written by `body`.
  mutating func object(_ key: StaticString, _ body: (inout JSONRecord) -> Void) {
    self.key(key)
    JSONRecord.write(to: out, body)
  }

  /// Appends the decimal digits of `value` (with a `-` when negative).
  static func writeDecimal<Out: ByteOutput>(_ value: Int, to out: inout Out) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    if magnitude < 10 { return out.append(UInt8(ascii: "0") + UInt8(magnitude)) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var i = 20
      while magnitude > 0 {
        i -= 1
        digits[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
    }
  }
}
