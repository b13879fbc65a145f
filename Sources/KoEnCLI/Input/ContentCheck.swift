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
    TextProblem.first(in: bytes, offset: offset, firstLine: firstLine, acceptInvalidUTF8: policy.acceptInvalidUTF8)
      .map { Diagnostic(file: file, message: $0.message, status: .dataError) }
  }
}
