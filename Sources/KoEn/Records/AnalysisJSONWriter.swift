/// Writes the `line` records of document analysis straight into a byte output, with the
/// bytes `AnalyzedLine.jsonRecord(file:offset:)` serializes to but without building a
/// `JSONValue` tree per line: the record the command writes for every line of its input.
enum AnalysisJSONWriter {
  /// Appends `line`'s record (without a line break), as `jsonRecord(file:offset:)` would.
  static func write<Out: ByteOutput>(_ line: AnalyzedLine, file: String?, offset: (Int) -> Int, to out: inout Out) {
    out.append("{\"type\":\"line\"" as StaticString)
    if let file {
      out.append(",\"file\":" as StaticString)
      JSONValue.writeString(file, to: &out)
    }
    out.append(",\"line\":" as StaticString)
    writeInteger(line.number, to: &out)
    out.append(",\"start\":" as StaticString)
    writeInteger(offset(line.range.lowerBound), to: &out)
    out.append(",\"end\":" as StaticString)
    writeInteger(offset(line.range.upperBound), to: &out)
    out.append(",\"lang\":" as StaticString)
    JSONValue.writeString(line.language.rawValue, to: &out)
    out.append(",\"role\":" as StaticString)
    JSONValue.writeString(line.role.rawValue, to: &out)
    out.append(",\"fragments\":[" as StaticString)
    for (k, fragment) in line.fragments.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      write(fragment, offset: offset, to: &out)
    }
    out.append("]}" as StaticString)
  }

  /// Appends `fragment`'s object, as `Fragment.jsonRecord(offset:)` would.
  static func write<Out: ByteOutput>(_ fragment: Fragment, offset: (Int) -> Int, to out: inout Out) {
    out.append("{\"start\":" as StaticString)
    writeInteger(offset(fragment.range.lowerBound), to: &out)
    out.append(",\"end\":" as StaticString)
    writeInteger(offset(fragment.range.upperBound), to: &out)
    out.append(",\"line\":" as StaticString)
    writeInteger(fragment.line, to: &out)
    out.append(",\"column\":" as StaticString)
    writeInteger(fragment.column, to: &out)
    out.append(",\"text\":" as StaticString)
    JSONValue.writeString(fragment.text, to: &out)
    out.append(",\"lang\":" as StaticString)
    JSONValue.writeString(fragment.language.rawValue, to: &out)
    out.append(UInt8(ascii: "}"))
  }

  /// Appends the decimal digits of `n`, as `String(n)` spells them.
  static func writeInteger<Out: ByteOutput>(_ n: Int, to out: inout Out) {
    if n < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = n.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        count += 1
        buffer[24 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(24 - count)...]))
    }
  }
}
