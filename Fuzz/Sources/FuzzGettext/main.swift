// Fuzzes document analysis of arbitrary bytes read as format `.gettext`.
//
// Invariants (see `checkAnalysis`): lines numbered in order and covering the input with
// their line breaks; fragments inside their line, their text equal to their bytes and their
// columns right on well-formed input; catalogue findings on existing lines; the String and
// byte APIs agree; analysis is deterministic.
import FuzzSupport
import KoEn

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGettext(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzInput(data, size) { bytes in fuzzAnalysis(bytes, format: .gettext) }
}

@_cdecl("FuzzGettext_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzGettext)
}
