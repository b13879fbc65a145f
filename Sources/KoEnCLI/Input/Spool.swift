#if canImport(Glibc)
  import Glibc
#endif

/// A copy of standard input in an unlinked temporary file, for commands that read their
/// input twice. The file lives in `$TMPDIR` (or `/tmp`) and disappears when closed.
final class Spool {
  private let descriptor: Int32
  private let name: String

  /// Creates the temporary file; `name` is the input's name for messages.
  init(name: String) throws(ReadFailure) {
    self.name = name
    let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((directory + "/koen-spool-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw Spool.failure(name, "cannot create a temporary file in \(directory)", errno) }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    descriptor = fd
  }

  deinit { close(descriptor) }

  /// Appends `bytes`.
  func write(_ bytes: [UInt8]) throws(ReadFailure) {
    var failure: Int32 = 0
    bytes.withUnsafeBufferPointer { buffer in
      var done = 0
      while done < buffer.count {
        let n = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        done += n
      }
    }
    if failure != 0 { throw Spool.failure(name, "cannot write the temporary copy", failure) }
  }

  /// A reader of everything written, from the start.
  func reader() throws(ReadFailure) -> ByteReader {
    let copy = dup(descriptor)
    guard copy >= 0, lseek(copy, 0, SEEK_SET) == 0 else { throw Spool.failure(name, "cannot read the temporary copy", errno) }
    return ByteReader(descriptor: copy, name: name)
  }

  private static func failure(_ name: String, _ what: String, _ code: Int32) -> ReadFailure {
    ReadFailure(diagnostic: Diagnostic(file: name, message: "\(what): " + String(cString: strerror(code)), status: .ioError))
  }
}
