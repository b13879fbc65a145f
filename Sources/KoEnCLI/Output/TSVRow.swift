import KoEn

/// One TSV row written field by field straight into a byte buffer: the bytes of joining
/// the `tsvField`-escaped fields with tabs and ending with a line break, without a string
/// per field.
struct TSVRow {
  /// The buffer written into.
  private var out: ByteBuffer
  private var fields = 0

  private init(out: ByteBuffer) { self.out = out }

  /// Appends a row written by `body` to `out`.
  static func write(to out: ByteBuffer, _ body: (inout TSVRow) -> Void) {
    var row = TSVRow(out: out)
    body(&row)
    out.append(UInt8(ascii: "\n"))
  }

  private mutating func separate() {
    if fields > 0 { out.append(UInt8(ascii: "\t")) }
    fields += 1
  }

  /// A text field, escaped.
  mutating func field(_ text: String) {
    separate()
    writeTSVField(text, to: &out)
  }

  /// A text field from UTF-8 bytes, escaped; ill-formed sequences become U+FFFD.
  mutating func field(utf8 text: UnsafeBufferPointer<UInt8>) {
    separate()
    writeTSVField(utf8: text, to: &out)
  }

  /// A number field.
  mutating func field(_ value: Int) {
    separate()
    JSONRecord.writeDecimal(value, to: &out)
  }
}
