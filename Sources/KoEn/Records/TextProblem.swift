internal import CTokenBlock

/// Why bytes are not text KoEn reads, with a message that names the byte offset and says what
/// to do: the check behind the command's exit status 65 and the C library's `KOEN_ERROR_DATA`.
///
/// KoEn never guesses an encoding and never rewrites input: UTF-16 and UTF-32 (recognized by
/// their byte order marks) and binary data (a NUL byte) are refused, and invalid UTF-8 is
/// refused unless the caller accepts it explicitly. A UTF-8 byte order mark is text and is kept.
///
/// Thread-safety: a value type; `Sendable`.
public struct TextProblem: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Kind: String, Hashable, Sendable {
    /// A UTF-32 byte order mark at the start.
    case utf32
    /// A UTF-16 byte order mark at the start.
    case utf16
    /// A NUL byte.
    case nul
    /// An ill-formed UTF-8 sequence.
    case invalidUTF8
  }

  /// What is wrong.
  public var kind: Kind
  /// The byte offset of the problem in the input.
  public var offset: Int
  /// The message, without the input's name: `invalid UTF-8 at byte 12 (line 2, column 3: 0xC3 0x28)`.
  public var message: String

  /// The first problem in `bytes`, if any.
  ///
  /// - Parameters:
  ///   - bytes: The text, or a chunk of it.
  ///   - offset: The chunk's offset in the input (byte order marks are looked for only at 0).
  ///   - firstLine: The 1-based line the chunk starts on.
  ///   - acceptInvalidUTF8: Whether ill-formed UTF-8 is let through.
  /// - Complexity: O(n) in the bytes.
  public static func first(
    in bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0, firstLine: Int = 1, acceptInvalidUTF8: Bool = false
  ) -> TextProblem? {
    if offset == 0 {
      if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
        return TextProblem(kind: .utf32, offset: 0, message: "UTF-32 text (byte order mark at byte 0); KoEn reads UTF-8: convert it first, e.g. iconv -f UTF-32 -t UTF-8")
      }
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        let endian = bytes[0] == 0xFF ? "little-endian" : "big-endian"
        return TextProblem(kind: .utf16, offset: 0, message: "UTF-16 \(endian) text (byte order mark at byte 0); KoEn reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8")
      }
    }
    if let nul = firstNUL(in: bytes) {
      let (line, column) = position(of: nul, in: bytes, firstLine: firstLine)
      return TextProblem(kind: .nul, offset: offset + nul, message: "binary file: NUL byte at byte \(offset + nul) (line \(line), column \(column))")
    }
    if !acceptInvalidUTF8, let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      let (line, column) = position(of: bad, in: bytes, firstLine: firstLine)
      let shown = bytes[bad..<min(bad + 4, bytes.count)].map { hex($0) }.joined(separator: " ")
      return TextProblem(kind: .invalidUTF8, offset: offset + bad, message: "invalid UTF-8 at byte \(offset + bad) (line \(line), column \(column): \(shown))")
    }
    return nil
  }

  /// The offset of the first NUL byte: the C library's `memchr` (eight bytes at a time in
  /// Swift cost 1.5 instructions per byte of every input; `firstIndex(of:)` five).
  static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let found = koen_find_byte(base, Int64(bytes.count), 0)
    return found < 0 ? nil : Int(found)
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
