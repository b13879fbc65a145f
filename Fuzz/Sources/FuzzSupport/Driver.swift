/// libFuzzer's entry point for programs that have their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Hands control to libFuzzer with `target` as the function under test.
///
/// SwiftPM links an executable target's entry point as `<Module>_main` and points `main`
/// at it, so libFuzzer's own `main` is not used: each target's `<Module>_main` calls this.
///
/// - Parameters:
///   - argc: The program's argument count.
///   - argv: The program's arguments (libFuzzer flags, corpus folders, input files).
///   - target: The `LLVMFuzzerTestOneInput` function.
/// - Returns: libFuzzer's exit status.
public func runFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv, target)
}
