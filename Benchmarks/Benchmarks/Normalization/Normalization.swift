import Benchmark
import BenchmarkInputs
import CICUDirect
import KoEn

/// One megabyte of mixed text, as a String (for KoEn) and as UTF-16 (for ICU's C API).
struct NormalizationInput {
  let text: String
  let utf16: [UInt16]
  let utf8Count: Int
  init(_ text: String) {
    self.text = text
    self.utf16 = Array(text.utf16)
    self.utf8Count = text.utf8.count
  }
}

nonisolated(unsafe) var normalizationInputs: [String: NormalizationInput] = [:]

func normalizationInput(_ name: String) -> NormalizationInput {
  if let input = normalizationInputs[name] { return input }
  let nfc = String(decoding: Inputs.text(.mixed, size: Inputs.megabyte), as: UTF8.self)
  let input: NormalizationInput
  switch name {
  case "nfc": input = NormalizationInput(nfc)
  case "nfd": input = NormalizationInput(try! Normalizer(.nfd).normalize(nfc))
  default: fatalError("unknown input \(name)")
  }
  normalizationInputs[name] = input
  return input
}

/// ICU's unorm2_normalize into a buffer of the right size (reused, not counted).
func icuNormalize(_ form: Int32, _ input: NormalizationInput, into dest: inout [UInt16]) -> Int32 {
  input.utf16.withUnsafeBufferPointer { src in
    dest.withUnsafeMutableBufferPointer { out in
      bench_icu_normalize(form, src.baseAddress, Int32(src.count), out.baseAddress, Int32(out.count))
    }
  }
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    timeUnits: .microseconds,
    units: [.mallocCountTotal: .count],
    warmupIterations: 2,
    maxDuration: .seconds(2),
    maxIterations: 200,
    // Only allocations are gated (Thresholds/); wall-clock figures depend on the machine.
    thresholds: [.mallocCountTotal: .strict]
  )

  let cases: [(name: String, input: String, form: NormalizationForm, icuForm: Int32)] = [
    ("NFC-of-NFC", "nfc", .nfc, 0),
    ("NFC-of-NFD", "nfd", .nfc, 0),
    ("NFKC-Casefold", "nfc", .nfkcCasefold, 4),
  ]
  for c in cases {
    Benchmark("Normalize_KoEn_\(c.name)_mixed-1MB") { benchmark in
      let input = normalizationInput(c.input)
      let normalizer = try! Normalizer(c.form)
      benchmark.startMeasurement()
      blackHole(normalizer.normalize(input.text))
    }
    Benchmark("Normalize_ICU-UTF8_\(c.name)_mixed-1MB") { benchmark in
      let input = normalizationInput(c.input)
      let utf8 = Array(input.text.utf8)
      var scratch = [UInt16](repeating: 0, count: input.utf16.count + 16)
      var out16 = [UInt16](repeating: 0, count: input.utf16.count * 3 + 16)
      var dest = [UInt8](repeating: 0, count: utf8.count * 3 + 16)
      benchmark.startMeasurement()
      let length = utf8.withUnsafeBufferPointer { src in
        scratch.withUnsafeMutableBufferPointer { s in
          out16.withUnsafeMutableBufferPointer { o in
            dest.withUnsafeMutableBufferPointer { d in
              bench_icu_normalize_utf8(
                c.icuForm, src.baseAddress, Int32(src.count), s.baseAddress, Int32(s.count),
                o.baseAddress, Int32(o.count), d.baseAddress, Int32(d.count))
            }
          }
        }
      }
      blackHole(length)
    }
    Benchmark("Normalize_ICU_\(c.name)_mixed-1MB") { benchmark in
      let input = normalizationInput(c.input)
      var dest = [UInt16](repeating: 0, count: input.utf16.count * 3 + 16)
      benchmark.startMeasurement()
      blackHole(icuNormalize(c.icuForm, input, into: &dest))
    }
  }
}
