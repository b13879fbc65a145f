import Benchmark
import BenchmarkInputs
import CICUDirect
import KoEn

/// The inputs, built once on first use and kept (the measured loops only read them).
nonisolated(unsafe) var inputCache: [String: [UInt8]] = [:]

func input(_ name: String) -> [UInt8] {
  if let bytes = inputCache[name] { return bytes }
  let mb = Inputs.megabyte
  let bytes: [UInt8]
  switch name {
  case "mixed-1MB": bytes = Inputs.text(.mixed, size: mb)
  case "mixed-8MB": bytes = Inputs.text(.mixed, size: 8 * mb)
  case "mixed-64MB": bytes = Inputs.text(.mixed, size: 64 * mb)
  case "ko-8MB": bytes = Inputs.text(.ko, size: 8 * mb)
  case "en-8MB": bytes = Inputs.text(.en, size: 8 * mb)
  case "single-line-8MB": bytes = Inputs.singleLine(size: 8 * mb)
  case "combining-marks-8MB": bytes = Inputs.combiningMarks(size: 8 * mb)
  case "alternating-scripts-8MB": bytes = Inputs.alternatingScripts(size: 8 * mb)
  default: fatalError("unknown input \(name)")
  }
  inputCache[name] = bytes
  return bytes
}

let inputNames = [
  "mixed-1MB", "mixed-8MB", "mixed-64MB", "ko-8MB", "en-8MB",
  "single-line-8MB", "combining-marks-8MB", "alternating-scripts-8MB",
]

/// KoEn's tokenizer over a borrowed buffer: every token is produced and read.
@inline(never)
func tokenizeKoEn(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
  var checksum = 0
  for token in Tokenizer(unsafeUTF8: buffer) { checksum &+= token.range.upperBound &+ Int(token.kind == .word ? 1 : 0) }
  return checksum
}

/// KoEn's segmenter over a borrowed buffer.
@inline(never)
func segmentKoEn(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
  var checksum = 0
  for segment in Segmenter(unsafeUTF8: buffer) { checksum &+= segment.range.upperBound }
  return checksum
}

/// The floor: split at ASCII spaces, tabs and line breaks, nothing else.
@inline(never)
func whitespaceSplit(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
  var pieces = 0
  var inWord = false
  for byte in buffer {
    let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    if !space && !inWord { pieces += 1 }
    inWord = !space
  }
  return pieces
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    timeUnits: .microseconds,
    units: [.mallocCountTotal: .count],
    warmupIterations: 1,
    maxDuration: .seconds(2),
    maxIterations: 25,
    // Only allocations are gated (Thresholds/); wall-clock figures depend on the machine.
    thresholds: [.mallocCountTotal: .strict]
  )

  for name in inputNames {
    Benchmark("Tokenize_KoEn_\(name)") { benchmark in
      let bytes = input(name)
      benchmark.startMeasurement()
      bytes.withUnsafeBufferPointer { blackHole(tokenizeKoEn($0)) }
    }
    Benchmark("Tokenize_ICU_\(name)") { benchmark in
      let bytes = input(name)
      benchmark.startMeasurement()
      bytes.withUnsafeBufferPointer {
        blackHole(bench_icu_word_boundaries($0.baseAddress, Int64($0.count)))
      }
    }
    Benchmark("Segment_KoEn_\(name)") { benchmark in
      let bytes = input(name)
      benchmark.startMeasurement()
      bytes.withUnsafeBufferPointer { blackHole(segmentKoEn($0)) }
    }
    Benchmark("WhitespaceSplit_\(name)") { benchmark in
      let bytes = input(name)
      benchmark.startMeasurement()
      bytes.withUnsafeBufferPointer { blackHole(whitespaceSplit($0)) }
    }
  }

  // The String entry point: one copy of the input, then the same loop.
  Benchmark("Tokenize_KoEn-String_mixed-8MB") { benchmark in
    let text = String(decoding: input("mixed-8MB"), as: UTF8.self)
    benchmark.startMeasurement()
    var checksum = 0
    for token in Tokenizer(text) { checksum &+= token.range.upperBound }
    blackHole(checksum)
  }
}
