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

  /// Appends `line`'s record in a file whose records start with `head`, the bytes up to
  /// the line number (`{"type":"line","file":"…","line":`), copied as they are.
  static func write<Out: ByteOutput>(
    _ line: AnalyzedLine, head: UnsafeBufferPointer<UInt8>, offset: (Int) -> Int, to out: inout Out
  ) {
    out.append(contentsOf: head)
    writeNumberOn(line, offset: offset, to: &out)
  }

  /// Appends `line`'s record in a file whose records start with `head`, with its offsets
  /// as they are (UTF-8 bytes): the offsets are written without a call through a closure.
  static func write<Out: ByteOutput>(_ line: AnalyzedLine, head: UnsafeBufferPointer<UInt8>, to out: inout Out) {
    out.append(contentsOf: head)
    writeNumberOn(line, offset: { $0 }, to: &out)
  }

  /// `write(_:head:to:)` of the line at `line`, whose fields are read where it lies.
  static func write<Out: ByteOutput>(
    lineAt line: UnsafePointer<AnalyzedLine>, head: UnsafeBufferPointer<UInt8>, to out: inout Out
  ) {
    out.append(contentsOf: head)
    writeNumberOn(
      number: line.pointee.number, range: line.pointee.range, language: line.pointee.language,
      role: line.pointee.role, fragments: line.pointee.fragments, offset: { $0 }, to: &out)
  }

  /// Appends the record's fields after its file: its number, offsets, language, role and
  /// fragments, and the closing brace.
  private static func writeFields<Out: ByteOutput>(_ line: AnalyzedLine, offset: (Int) -> Int, to out: inout Out) {
    out.append(",\"line\":" as StaticString)
    writeNumberOn(line, offset: offset, to: &out)
  }

  /// Appends the record's fields from the line number's value on. (Always inlined, so that
  /// a caller's `offset` that keeps offsets as they are costs nothing.)
  @inline(__always)
  private static func writeNumberOn<Out: ByteOutput>(_ line: AnalyzedLine, offset: (Int) -> Int, to out: inout Out) {
    writeNumberOn(
      number: line.number, range: line.range, language: line.language, role: line.role, fragments: line.fragments,
      offset: offset, to: &out)
  }

  /// `writeNumberOn(_:offset:to:)` of a line given by its fields.
  @inline(__always)
  private static func writeNumberOn<Out: ByteOutput>(
    number: Int, range: Range<Int>, language: LineLanguage, role: LineRole, fragments: [Fragment],
    offset: (Int) -> Int, to out: inout Out
  ) {
    let start = offset(range.lowerBound)
    let end = offset(range.upperBound)
    // The numbers and names between the file and the fragments, with one check of the room
    // (and the record's end, for a line without fragments, as most are).
    out.append(reserving: 3 * DecimalDigits.maxCount + 96) { p in
      var k = DecimalDigits.write(number, at: p)
      k += write(",\"start\":", at: p + k)
      k += DecimalDigits.write(start, at: p + k)
      k += write(",\"end\":", at: p + k)
      k += DecimalDigits.write(end, at: p + k)
      k += writeLanguageAndRole(language, role, at: p + k)
      k += fragments.isEmpty ? write(",\"fragments\":[]}", at: p + k) : write(",\"fragments\":[", at: p + k)
      return k
    }
    guard !fragments.isEmpty else { return }
    for (k, fragment) in fragments.enumerated() {
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

  /// Writes the language and role fields of `line`'s record at `p`; returns their length.
  /// Each field is written whole as the text its case spells, of a length known where it
  /// is written, so that it is stored in place rather than copied by a call.
  @inline(__always)
  private static func writeLanguageAndRole(
    _ language: LineLanguage, _ role: LineRole, at p: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let k: Int
    switch language {
    case .en: k = write(",\"lang\":\"en\",\"role\":", at: p)
    case .ko: k = write(",\"lang\":\"ko\",\"role\":", at: p)
    case .mixed: k = write(",\"lang\":\"mixed\",\"role\":", at: p)
    case .none: k = write(",\"lang\":\"none\",\"role\":", at: p)
    }
    switch role {
    case .content: return k + write("\"content\"", at: p + k)
    case .chrome: return k + write("\"chrome\"", at: p + k)
    case .untranslated: return k + write("\"untranslated\"", at: p + k)
    case .blank: return k + write("\"blank\"", at: p + k)
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
