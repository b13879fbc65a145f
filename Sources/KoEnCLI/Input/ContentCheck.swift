import KoEn

/// The checks that stop KoEn from reading bytes that are not UTF-8 text, each with a message
/// that names the byte offset and says what to do.
///
/// KoEn never guesses an encoding and never rewrites input: UTF-16 and UTF-32 (recognized by
/// their byte order marks) and binary files (a NUL byte) are refused, and invalid UTF-8 is
/// refused unless the command accepts it explicitly (`--keep-invalid`). A UTF-8 byte order
/// mark is text and is kept.
enum ContentCheck {
  /// What the check looks for.
  struct Policy: Sendable {
    /// Whether ill-formed UTF-8 is let through (the command shows it as U+FFFD).
    var acceptInvalidUTF8 = false
  }

  /// The problem in `chunk`, if any. `atStart` says whether it begins the input (byte order
  /// marks are looked for only there).
  static func problem(in chunk: Chunk, policy: Policy) -> Diagnostic? {
    chunk.bytes.withUnsafeBufferPointer { bytes in
      problem(in: bytes, file: chunk.file, offset: chunk.offset, firstLine: chunk.firstLine, policy: policy)
    }
  }

  /// The problem in `bytes`, which start at `offset` (on line `firstLine`) of `file`.
  static func problem(
    in bytes: UnsafeBufferPointer<UInt8>, file: String, offset: Int, firstLine: Int, policy: Policy
  ) -> Diagnostic? {
    if offset == 0 {
      if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
        return Diagnostic(file: file, message: "UTF-32 text (byte order mark at byte 0); KoEn reads UTF-8: convert it first, e.g. iconv -f UTF-32 -t UTF-8", status: .dataError)
      }
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        let endian = bytes[0] == 0xFF ? "little-endian" : "big-endian"
        return Diagnostic(file: file, message: "UTF-16 \(endian) text (byte order mark at byte 0); KoEn reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8", status: .dataError)
      }
    }
    if let nul = bytes.firstIndex(of: 0) {
      let (line, column) = position(of: nul, in: bytes, firstLine: firstLine)
      return Diagnostic(file: file, message: "binary file: NUL byte at byte \(offset + nul) (line \(line), column \(column))", status: .dataError)
    }
    if !policy.acceptInvalidUTF8, let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      let (line, column) = position(of: bad, in: bytes, firstLine: firstLine)
      let shown = bytes[bad..<min(bad + 4, bytes.count)].map { hex($0) }.joined(separator: " ")
      return Diagnostic(file: file, message: "invalid UTF-8 at byte \(offset + bad) (line \(line), column \(column): \(shown))", status: .dataError)
    }
    return nil
  }

  /// The 1-based line and column (in scalars) of byte `index`.
  static func position(of index: Int, in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> (Int, Int) {
    var line = firstLine
    var lineStart = 0
    for i in 0..<index where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    var column = 1
    for i in lineStart..<index where bytes[i] & 0xC0 != 0x80 { column += 1 }
    return (line, column)
  }

  private static func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 15)])
  }
}
