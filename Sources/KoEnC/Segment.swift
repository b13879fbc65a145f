import KoEn

/// The `level` argument: `KOEN_LEVEL_TOKEN` 0, `KOEN_LEVEL_RUN` 1, `KOEN_LEVEL_LINE` 2.
func segmentLevel(_ value: Int32) throws(CFailure) -> DocumentJSONLines.SegmentLevel {
  switch value {
  case 0: .token
  case 1: .run
  case 2: .line
  default: throw CFailure(status: .argument, message: "unknown segment level \(value) (0 token, 1 run, 2 line)")
  }
}

/// The `flags` bit `KOEN_KEEP_INVALID`: accept invalid UTF-8 (`koen segment --keep-invalid`).
let keepInvalidFlag: UInt32 = 1

/// The checked text and level of `koen_segment` and `koen_segment_ranges`.
func segmentInput(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ level: Int32, _ flags: UInt32
) throws(CFailure) -> (bytes: UnsafeBufferPointer<UInt8>, level: DocumentJSONLines.SegmentLevel) {
  let bytes = try input(text, length)
  let level = try segmentLevel(level)
  try check(bytes, acceptInvalidUTF8: flags & keepInvalidFlag != 0)
  return (bytes, level)
}

/// `koen_segment`: the records of `koen segment --format jsonl --level LEVEL`.
@_cdecl("koen_segment")
public func koen_segment(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ name: UnsafePointer<CChar>?, _ level: Int32, _ flags: UInt32,
  _ out: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, _ outLength: UnsafeMutablePointer<UInt>?,
  _ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  respond(message) { () throws(CFailure) in
    let (bytes, level) = try segmentInput(text, length, level, flags)
    try deliver(DocumentJSONLines.segments(bytes, file: fileName(name), level: level), out, outLength)
  }
}

/// `koen_segment_ranges`: the byte ranges of the segments, as `start, end` pairs.
@_cdecl("koen_segment_ranges")
public func koen_segment_ranges(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ level: Int32, _ flags: UInt32,
  _ ranges: UnsafeMutablePointer<UnsafeMutablePointer<Int64>?>?, _ count: UnsafeMutablePointer<UInt>?,
  _ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  respond(message) { () throws(CFailure) in
    let (bytes, level) = try segmentInput(text, length, level, flags)
    var pairs: [Int64] = []
    if level == .line {
      for line in LineProfiler(tokenizer: Tokenizer(unsafeUTF8: bytes)) {
        pairs += [Int64(line.range.lowerBound), Int64(line.range.upperBound)]
      }
    } else {
      let segments = DocumentJSONLines.segments(bytes, level: level)
      pairs.reserveCapacity(segments.count * 2)
      for s in segments { pairs += [Int64(s.range.lowerBound), Int64(s.range.upperBound)] }
    }
    guard let count else { throw CFailure(status: .argument, message: "the output pointers must not be NULL") }
    var pairCount: UInt = 0
    try deliver(pairs, ranges, &pairCount)
    count.pointee = pairCount / 2
  }
}
