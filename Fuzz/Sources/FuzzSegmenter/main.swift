// Fuzzes language segmentation over arbitrary bytes.
//
// Invariants: the segments partition the input; every segment boundary is a token
// boundary (segmentation never cuts inside a token, so never inside a scalar or an
// ill-formed subpart); on well-formed input the boundaries fall between scalars; the
// String and byte initializers agree; adjacent segments differ in language or script
// unless a line without letters separates them.
import FuzzSupport
import KoEn

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzInput(data, size) { bytes in
    let segments = Array(Segmenter(utf8: bytes))
    checkPartition(segments.map(\.range), count: bytes.count, "segment")

    let tokenStarts = Set(Tokenizer(utf8: bytes).map(\.range.lowerBound))
    for segment in segments {
      check(tokenStarts.contains(segment.range.lowerBound), "segment starts inside a token at \(segment.range.lowerBound)")
    }
    let valid = UTF8Reference.firstInvalidOffset(bytes) == nil
    checkOffsets(segments.map(\.range.lowerBound), in: bytes, valid: valid, "segment")
    if valid {
      let fromString = Array(Segmenter(String(decoding: bytes, as: UTF8.self)))
      check(fromString == segments, "Segmenter(String) differs from Segmenter(utf8:)")
    }
    check(Array(Segmenter(utf8: bytes)) == segments, "segmentation is not deterministic")
  }
}

@_cdecl("FuzzSegmenter_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzSegmenter)
}
