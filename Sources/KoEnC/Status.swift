#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import KoEn

/// A C entry point's result code: the numbers of `koen.h`, chosen to equal the command's exit
/// status for the same failure where there is one.
enum Status: Int32 {
  /// Success.
  case ok = 0
  /// A NULL pointer where one is required, or an option value out of range (`KOEN_ERROR_ARGUMENT`).
  case argument = 2
  /// The input is not UTF-8 text: invalid UTF-8, a NUL byte, a UTF-16/UTF-32 byte order mark
  /// (`KOEN_ERROR_DATA`, the command's exit status 65).
  case data = 65
  /// ICU failed, or memory ran out (`KOEN_ERROR_INTERNAL`).
  case `internal` = 70
}

/// A failure of a C entry point: its code and message.
struct CFailure: Error {
  let status: Status
  let message: String
}

/// Runs `body`, reports its failure through `message` (a malloc'd string, when `message` is
/// not NULL) and returns the code. Every entry point goes through here, so each sets
/// `*message` to NULL on success and to a message on failure.
func respond(_ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ body: () throws(CFailure) -> Void) -> Int32 {
  message?.pointee = nil
  do {
    try body()
    return Status.ok.rawValue
  } catch {
    message?.pointee = copyCString(error.message)
    return error.status.rawValue
  }
}

/// `text` as a malloc'd NUL-terminated string (NULL if memory ran out).
func copyCString(_ text: String) -> UnsafeMutablePointer<CChar>? {
  var text = text
  return text.withUTF8 { utf8 in
    guard let p = malloc(utf8.count + 1)?.assumingMemoryBound(to: UInt8.self) else { return nil }
    if let base = utf8.baseAddress { p.update(from: base, count: utf8.count) }
    p[utf8.count] = 0
    return UnsafeMutableRawPointer(p).assumingMemoryBound(to: CChar.self)
  }
}

/// Copies `bytes` into a malloc'd buffer and hands it to the caller through `out` and `length`.
func deliver<T>(_ items: [T], _ out: UnsafeMutablePointer<UnsafeMutablePointer<T>?>?, _ count: UnsafeMutablePointer<UInt>?) throws(CFailure) {
  guard let out, let count else { throw CFailure(status: .argument, message: "the output pointers must not be NULL") }
  let size = max(1, items.count * MemoryLayout<T>.stride)
  guard let p = malloc(size)?.assumingMemoryBound(to: T.self) else {
    throw CFailure(status: .internal, message: "out of memory (\(size) bytes)")
  }
  items.withUnsafeBufferPointer { source in
    if let base = source.baseAddress { p.initialize(from: base, count: source.count) }
  }
  out.pointee = p
  count.pointee = UInt(items.count)
}

/// The caller's text as a buffer (empty when `length` is 0, even if `text` is NULL).
func input(_ text: UnsafePointer<UInt8>?, _ length: UInt) throws(CFailure) -> UnsafeBufferPointer<UInt8> {
  if length == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
  guard let text else { throw CFailure(status: .argument, message: "text is NULL but its length is \(length)") }
  guard let count = Int(exactly: length) else { throw CFailure(status: .argument, message: "length \(length) is out of range") }
  return UnsafeBufferPointer(start: text, count: count)
}

/// Refuses text the command refuses (`KOEN_ERROR_DATA`), with the command's message.
func check(_ bytes: UnsafeBufferPointer<UInt8>, acceptInvalidUTF8: Bool = false) throws(CFailure) {
  if let problem = TextProblem.first(in: bytes, acceptInvalidUTF8: acceptInvalidUTF8) {
    throw CFailure(status: .data, message: problem.message)
  }
}

/// The input's name for records and format inference: `<stdin>` when `name` is NULL, as
/// for text piped into the command.
func fileName(_ name: UnsafePointer<CChar>?) -> String {
  guard let name else { return "<stdin>" }
  return String(cString: name)
}
