/// One TSV row written field by field straight into a byte buffer: the bytes of joining
/// the `tsvField`-escaped fields with tabs and ending with a line break, without a string
/// per field.
struct TSVRow {
  /// The buffer written into.
  private(set) var bytes: [UInt8]
  private var fields = 0

  private init(taking buffer: inout [UInt8]) {
    bytes = []
    swap(&bytes, &buffer)
  }

  /// Appends a row written by `body` to `buffer`.
  static func write(to buffer: inout [UInt8], _ body: (inout TSVRow) -> Void) {
    var row = TSVRow(taking: &buffer)
    body(&row)
    row.bytes.append(UInt8(ascii: "\n"))
    swap(&row.bytes, &buffer)
  }

  private mutating func separate() {
    if fields > 0 { bytes.append(UInt8(ascii: "\t")) }
    fields += 1
  }

  /// A text field, escaped.
  mutating func field(_ text: String) {
    separate()
    writeTSVField(text, to: &bytes)
  }

  /// A text field from UTF-8 bytes, escaped; ill-formed sequences become U+FFFD.
  mutating func field(utf8 text: UnsafeBufferPointer<UInt8>) {
    separate()
    writeTSVField(utf8: text, to: &bytes)
  }

  /// A number field.
  mutating func field(_ value: Int) {
    separate()
    JSONRecord.writeDecimal(value, to: &bytes)
  }
}
