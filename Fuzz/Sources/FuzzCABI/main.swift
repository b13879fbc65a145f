// Fuzzes the C ABI (koen.h) over arbitrary bytes, through the exported functions themselves.
//
// Invariants: every call returns KOEN_OK, or KOEN_ERROR_DATA with a message exactly when the
// input is not UTF-8 text (invalid UTF-8, NUL, a UTF-16/32 byte order mark) and then leaves
// the output untouched; every result is JSON Lines that parses strictly; segment records
// and koen_segment_ranges agree and tile the input (token and run levels); line ranges
// are LineProfiler's, which with their line breaks tile the input; the analysis ends with a document record whose
// line count equals its line records; untranslated findings point inside the input;
// normalization and romanization return valid UTF-8.
import FuzzSupport
import KoEn
import KoEnC

/// What one call returned: the code, the output bytes (on success) and the message (on failure).
struct CallResult {
  var code: Int32
  var output: [UInt8]
  var message: String?
}

/// Calls a koen.h function that returns bytes, checks the ownership rules, frees what it got.
func call(
  _ what: String,
  _ body: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<UInt>, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32
) -> CallResult {
  var out: UnsafeMutablePointer<UInt8>? = nil
  var length: UInt = 0
  var message: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(bitPattern: 1)  // must be overwritten
  let code = body(&out, &length, &message)
  defer {
    koen_free(out)
    koen_free(message)
  }
  if code == 0 {
    check(message == nil, "\(what): message set on success")
    check(out != nil, "\(what): NULL output on success")
    return CallResult(code: code, output: Array(UnsafeBufferPointer(start: out, count: Int(length))), message: nil)
  }
  check(out == nil && length == 0, "\(what): output set on failure")
  check(message != nil, "\(what): no message with code \(code)")
  return CallResult(code: code, output: [], message: String(cString: message!))
}

/// The data error the command would report for `bytes`, if any.
func expectedProblem(_ bytes: [UInt8], acceptInvalidUTF8: Bool) -> String? {
  bytes.withUnsafeBufferPointer { TextProblem.first(in: $0, acceptInvalidUTF8: acceptInvalidUTF8)?.message }
}

/// Checks a failed or successful call against the input check.
func checkCode(_ result: CallResult, _ problem: String?, _ what: String) {
  if let problem {
    check(result.code == 65, "\(what): code \(result.code) for input with a problem (\(problem))")
    check(result.message == problem, "\(what): message \(result.message ?? "nil") != \(problem)")
  } else {
    check(result.code == 0, "\(what): code \(result.code) (\(result.message ?? "")) for text")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCABI(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzInput(data, size) { bytes in
    let selector = Int32(bytes.first ?? 0)
    let strict = expectedProblem(bytes, acceptInvalidUTF8: false)
    let lenient = expectedProblem(bytes, acceptInvalidUTF8: true)
    bytes.withUnsafeBufferPointer { buffer in
      let text = buffer.baseAddress
      let length = UInt(buffer.count)

      for level in Int32(0)...2 {
        for flags in [UInt32(0), 1] {
          let problem = flags == 1 ? lenient : strict
          let what = "segment level \(level) flags \(flags)"
          let result = call(what) { koen_segment(text, length, "fuzz.txt", level, flags, $0, $1, $2) }
          checkCode(result, problem, what)
          var ranges: UnsafeMutablePointer<Int64>? = nil
          var count: UInt = 0
          let code = koen_segment_ranges(text, length, level, flags, &ranges, &count, nil)
          check(code == result.code, "\(what): ranges code \(code), records code \(result.code)")
          let pairs = (0..<Int(count)).map { Int(ranges![2 * $0])..<Int(ranges![2 * $0 + 1]) }
          koen_free(ranges)
          guard result.code == 0 else { continue }
          let records = parseJSONLines(result.output, what)
          check(records.count == pairs.count, "\(what): \(records.count) records, \(pairs.count) ranges")
          for (record, range) in zip(records, pairs) {
            check(record["file"] == .string("fuzz.txt"), "\(what): file field")
            check(record["start"]?.int == range.lowerBound && record["end"]?.int == range.upperBound, "\(what): record \(record) vs \(range)")
          }
          if level < 2 {
            checkPartition(pairs, count: bytes.count, what)
          } else {
            // Lines leave out their line breaks; with them, they tile the input.
            let profiles = Array(LineProfiler(tokenizer: Tokenizer(utf8: bytes)))
            check(pairs == profiles.map(\.range), "\(what): ranges differ from LineProfiler's")
            checkPartition(profiles.map(\.fullRange), count: bytes.count, "\(what) full line")
          }
        }
      }

      let dominant = selector % 3
      let format = (selector / 3) % 10  // every KOEN_FORMAT_*
      let analysis = call("analyze") { koen_analyze(text, length, "fuzz.txt", dominant, format, nil, 0, $0, $1, $2) }
      checkCode(analysis, strict, "analyze")
      if analysis.code == 0 {
        let records = parseJSONLines(analysis.output, "analyze")
        check(records.last?["type"] == .string("document"), "analyze: no document record at the end")
        let lines = records.filter { $0["type"] == .string("line") }
        check(records.last?["lines"]?.int == lines.count, "analyze: document says \(records.last?["lines"]?.int ?? -1) lines, \(lines.count) records")
        var position = 0
        for line in lines {
          guard let start = line["start"]?.int, let end = line["end"]?.int else { fatalError("invariant failed: analyze: a line without offsets") }
          check(start >= position && start <= end && end <= bytes.count, "analyze: line \(start)..<\(end) after \(position)")
          position = end
        }
      }
      let untranslated = call("untranslated") { koen_untranslated(text, length, nil, dominant, format, nil, 0, $0, $1, $2) }
      checkCode(untranslated, strict, "untranslated")
      for finding in parseJSONLines(untranslated.output, "untranslated") {
        check(finding["file"] == .string("<stdin>"), "untranslated: file field")
        if let start = finding["start"]?.int, let end = finding["end"]?.int {
          check(0 <= start && start < end && end <= bytes.count, "untranslated: finding \(start)..<\(end) outside the input")
        }
      }

      let normalized = call("normalize") { koen_normalize_text(text, length, selector % 5, $0, $1, $2) }
      checkCode(normalized, strict, "normalize")
      check(UTF8Reference.firstInvalidOffset(normalized.output) == nil, "normalize: invalid UTF-8 out")
      let romanized = call("romanize") { koen_romanize(text, length, selector % 4, UInt32(bytes.last ?? 0), $0, $1, $2) }
      checkCode(romanized, strict, "romanize")
      check(UTF8Reference.firstInvalidOffset(romanized.output) == nil, "romanize: invalid UTF-8 out")
      let newlines = { (b: [UInt8]) in b.filter { $0 == 0x0A }.count }
      if romanized.code == 0 { check(newlines(romanized.output) == newlines(bytes), "romanize: line count changed") }
    }
  }
}

@_cdecl("FuzzCABI_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzCABI)
}
