/// Stops the process with `message` when `condition` is false.
///
/// A fuzz target's invariant failure must be as loud as a crash: `fatalError` traps, and
/// libFuzzer records the input that caused it as a `crash-*` file with this message above
/// the stack trace. Unlike `assert`, it is kept in release builds.
///
/// - Parameters:
///   - condition: The invariant.
///   - message: What was expected, with the values that broke it.
@inlinable
public func check(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  if !condition() { fatalError("invariant failed: \(message())", file: file, line: line) }
}

/// Runs `body` over the bytes libFuzzer passes to `LLVMFuzzerTestOneInput`.
///
/// - Parameters:
///   - data: The input's first byte, or nil for an empty input.
///   - size: The input's length in bytes.
///   - body: The target, given a copy of the input.
/// - Returns: 0, as libFuzzer requires.
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int, _ body: ([UInt8]) -> Void) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  body(bytes)
  return 0
}
