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
    writeFields(line, offset: offset, to: &out)
  }

  /// Appends `line`'s record in the file whose JSON string literal is `fileLiteral` (as
  /// `JSONValue.writeString` writes it), copied as it is.
  static func write<Out: ByteOutput>(
    _ line: AnalyzedLine, fileLiteral: UnsafeBufferPointer<UInt8>, offset: (Int) -> Int, to out: inout Out
  ) {
    out.append("{\"type\":\"line\",\"file\":" as StaticString)
    out.append(contentsOf: fileLiteral)
    writeFields(line, offset: offset, to: &out)
  }

  /// Appends the record's fields after its file: its number, offsets, language, role and
  /// fragments, and the closing brace.
  private static func writeFields<Out: ByteOutput>(_ line: AnalyzedLine, offset: (Int) -> Int, to out: inout Out) {
    out.append(",\"line\":" as StaticString)
    let start = offset(line.range.lowerBound)
    let end = offset(line.range.upperBound)
    // The numbers and names between the file and the fragments, with one check of the room.
    out.append(reserving: 3 * DecimalDigits.maxCount + 96) { p in
      var k = DecimalDigits.write(line.number, at: p)
      k += write(",\"start\":", at: p + k)
      k += DecimalDigits.write(start, at: p + k)
      k += write(",\"end\":", at: p + k)
      k += DecimalDigits.write(end, at: p + k)
      k += write(",\"lang\":", at: p + k)
      k += write(literal(line.language), at: p + k)
      k += write(",\"role\":", at: p + k)
      k += write(literal(line.role), at: p + k)
      k += write(",\"fragments\":[", at: p + k)
      return k
    }
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

  /// The JSON string of a line's language: its raw value in quotes.
  static func literal(_ language: LineLanguage) -> StaticString {
    switch language {
    case .en: "\"en\""
    case .ko: "\"ko\""
    case .mixed: "\"mixed\""
    case .none: "\"none\""
    }
  }

  /// The JSON string of a line's role: its raw value in quotes.
  static func literal(_ role: LineRole) -> StaticString {
    switch role {
    case .content: "\"content\""
    case .chrome: "\"chrome\""
    case .untranslated: "\"untranslated\""
    case .blank: "\"blank\""
    }
  }

  /// Appends the decimal digits of `n`, as `String(n)` spells them.
  static func writeInteger<Out: ByteOutput>(_ n: Int, to out: inout Out) {
    out.append(reserving: DecimalDigits.maxCount) { DecimalDigits.write(n, at: $0) }
  }

  /// Writes the ASCII `text` at `p`; returns its length.
  @inline(__always)
  static func write(_ text: StaticString, at p: UnsafeMutablePointer<UInt8>) -> Int {
    p.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    return text.utf8CodeUnitCount
  }
}
