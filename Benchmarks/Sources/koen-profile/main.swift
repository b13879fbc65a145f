// Runs one workload once over one generated input, for instruction counts that do not
// depend on the machine's load:
//   valgrind --tool=callgrind .build/release/koen-profile tokenize mixed 8
//   perf stat -e instructions .build/release/koen-profile icu-words mixed 8
// Workloads: tokenize, segment, icu-words, whitespace, none (input generation only),
// write (the input to standard output, for end-to-end runs of the koen command).
// Inputs: mixed, ko, en (size in MB), single-line, combining-marks, alternating-scripts.
import BenchmarkInputs
import CICUDirect
import KoEn
#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  print("usage: koen-profile WORKLOAD INPUT [MB]")
  exit(64)
}
let megabytes = arguments.count > 3 ? Int(arguments[3]) ?? 8 : 8
let size = megabytes * Inputs.megabyte
let bytes: [UInt8]
switch arguments[2] {
case "mixed": bytes = Inputs.text(.mixed, size: size)
case "ko": bytes = Inputs.text(.ko, size: size)
case "en": bytes = Inputs.text(.en, size: size)
case "single-line": bytes = Inputs.singleLine(size: size)
case "combining-marks": bytes = Inputs.combiningMarks(size: size)
case "alternating-scripts": bytes = Inputs.alternatingScripts(size: size)
default:
  print("unknown input \(arguments[2])")
  exit(64)
}
if arguments[1] == "write" {
  bytes.withUnsafeBufferPointer { buffer in
    var offset = 0
    while offset < buffer.count {
      let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
      if written <= 0 { exit(1) }
      offset += written
    }
  }
  exit(0)
}
let clock = ContinuousClock()
let start = clock.now
var result = 0
bytes.withUnsafeBufferPointer { buffer in
  switch arguments[1] {
  case "tokenize":
    for token in Tokenizer(unsafeUTF8: buffer) { result &+= token.range.upperBound }
  case "segment":
    for segment in Segmenter(unsafeUTF8: buffer) { result &+= segment.range.upperBound }
  case "icu-words":
    result = Int(bench_icu_word_boundaries(buffer.baseAddress, Int64(buffer.count)))
  case "whitespace":
    var inWord = false
    for byte in buffer {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if !space && !inWord { result += 1 }
      inWord = !space
    }
  default: break
  }
}
let elapsed = clock.now - start
print("\(arguments[1]) \(arguments[2]) \(bytes.count) bytes: \(elapsed) (\(result))")
