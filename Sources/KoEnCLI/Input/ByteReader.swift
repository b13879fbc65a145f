#if canImport(Glibc)
  import Glibc
#endif

/// A read that failed midway (exit status 74), or an open that failed (66).
struct ReadFailure: Error, Sendable {
  /// The problem to report.
  let diagnostic: Diagnostic
}

/// Reads a file or standard input with `read(2)`, checking every call.
///
/// Owns its descriptor (closed in `deinit`) unless it reads standard input. Not thread-safe.
final class ByteReader {
  private let descriptor: Int32
  private let owned: Bool
  /// The name used in messages.
  let name: String
  /// Whether the end of the input was reached.
  private(set) var atEnd = false

  /// Opens `item` for reading.
  init(_ item: InputItem) throws(ReadFailure) {
    name = item.name
    switch item {
    case .standardInput:
      descriptor = 0
      owned = false
    case .file(let path, _):
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else { throw ReadFailure(diagnostic: InputItem.openProblem(path, errno)) }
      var info = stat()
      if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
        close(fd)
        throw ReadFailure(diagnostic: InputItem.openProblem(path, EISDIR))
      }
      descriptor = fd
      owned = true
    case .problem(let d):
      throw ReadFailure(diagnostic: d)
    }
  }

  /// Takes over an open descriptor (closed in `deinit`).
  init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
    owned = true
  }

  deinit { if owned { close(descriptor) } }

  /// Appends up to `count` bytes to `buffer`; returns how many were read (0 at the end).
  @discardableResult
  func read(upTo count: Int, into buffer: inout [UInt8]) throws(ReadFailure) -> Int {
    guard !atEnd, count > 0 else { return 0 }
    let descriptor = self.descriptor
    var failure: Int32 = 0
    let got: Int = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { scratch in
      let n = Self.readOnce(descriptor, into: scratch.baseAddress!, count: count)
      if n < 0 {
        failure = Int32(-n)
        return -1
      }
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<n]))
      return n
    }
    if got < 0 { throw self.failure(failure) }
    if got == 0 { atEnd = true }
    return got
  }

  /// One `read(2)` of up to `count` bytes into `base`, made again when a signal interrupts
  /// it: the number of bytes read (0 at the end), or minus the `errno` of a failure.
  private static func readOnce(_ descriptor: Int32, into base: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
    while true {
      let n = Glibc.read(descriptor, base, count)
      if n >= 0 { return n }
      if errno != EINTR { return -Int(errno) }
    }
  }

  /// The problem a failed `read(2)` reports, from its `errno`.
  private func failure(_ code: Int32) -> ReadFailure {
    let message = code == EISDIR ? "is a directory" : "read error: " + String(cString: strerror(code))
    return ReadFailure(diagnostic: Diagnostic(file: name, message: message,
      status: code == EISDIR ? .cannotOpen : .ioError))
  }

  /// Reads everything that is left.
  ///
  /// With a size hint, the bytes are read straight into the array's storage (one byte more
  /// than the hint, to see the end without another call); only what is left after that,
  /// when the file grew, goes through `read(upTo:into:)`'s scratch space and is copied.
  func readAll(sizeHint: Int = 0) throws(ReadFailure) -> [UInt8] {
    var buffer: [UInt8] = []
    if sizeHint > 0, !atEnd {
      let descriptor = self.descriptor
      var code: Int32 = 0
      buffer = [UInt8](unsafeUninitializedCapacity: sizeHint + 1) { storage, count in
        count = 0
        while count < storage.count {
          let n = Self.readOnce(descriptor, into: storage.baseAddress! + count, count: storage.count - count)
          if n < 0 {
            code = Int32(-n)
            return
          }
          if n == 0 {
            atEnd = true
            return
          }
          count += n
        }
      }
      if code != 0 { throw failure(code) }
    }
    buffer.reserveCapacity(sizeHint + 1)
    while try read(upTo: max(1 << 16, sizeHint + 1 - buffer.count), into: &buffer) > 0 {}
    return buffer
  }
}
