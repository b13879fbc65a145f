#if canImport(Glibc)
  import Glibc
#endif

/// A write to standard output (or another descriptor) failed: a closed pipe, a full disk.
struct WriteFailure: Error, Sendable, CustomStringConvertible {
  /// `errno` of the failed write.
  let code: Int32
  var description: String { "cannot write output: \(String(cString: strerror(code)))" }
}

/// Buffered output to a file descriptor that reports every failed write.
///
/// `print` on Linux ignores write errors, so a command piped into `head` or onto a full disk
/// would exit 0 with truncated output. Every write here is checked; the caller turns a
/// failure into exit status 74. SIGPIPE is ignored at start-up, so a closed pipe is an
/// `EPIPE` error, not a silent death.
///
/// Not thread-safe: one sink is driven from one thread.
final class OutputSink {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private let capacity = 1 << 18

  /// Creates a sink over `descriptor` (standard output by default).
  init(descriptor: Int32 = 1) {
    self.descriptor = descriptor
    buffer.reserveCapacity(capacity)
  }

  /// Appends text.
  func write(_ text: String) throws(WriteFailure) {
    var text = text
    let failure: WriteFailure? = text.withUTF8 { bytes in
      do throws(WriteFailure) { try write(bytes) } catch { return error }
      return nil
    }
    if let failure { throw failure }
  }

  /// Appends bytes.
  @inline(__always)
  func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(WriteFailure) {
    if bytes.isEmpty { return }
    if buffer.count + bytes.count <= capacity { return buffer.append(contentsOf: bytes) }
    try writeLarge(bytes)
  }

  private func writeLarge(_ bytes: UnsafeBufferPointer<UInt8>) throws(WriteFailure) {
    if buffer.count + bytes.count > capacity { try flush() }
    if bytes.count >= capacity {
      try writeAll(bytes)
    } else {
      buffer.append(contentsOf: bytes)
    }
  }

  /// Appends bytes.
  func write(_ bytes: [UInt8]) throws(WriteFailure) {
    try write(bytes[...])
  }

  /// Appends bytes.
  func write(_ bytes: ArraySlice<UInt8>) throws(WriteFailure) {
    let failure: WriteFailure? = bytes.withUnsafeBufferPointer { b in
      do throws(WriteFailure) { try write(b) } catch { return error }
      return nil
    }
    if let failure { throw failure }
  }

  /// Writes out everything buffered.
  func flush() throws(WriteFailure) {
    guard !buffer.isEmpty else { return }
    let descriptor = self.descriptor
    let failure: WriteFailure? = buffer.withUnsafeBufferPointer { b in
      do throws(WriteFailure) { try OutputSink.writeAll(b, to: descriptor) } catch { return error }
      return nil
    }
    buffer.removeAll(keepingCapacity: true)
    if let failure { throw failure }
  }

  private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws(WriteFailure) {
    try OutputSink.writeAll(bytes, to: descriptor)
  }

  private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws(WriteFailure) {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw WriteFailure(code: errno)
      }
      offset += written
    }
  }
}
