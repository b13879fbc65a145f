import Benchmark
import BenchmarkInputs
import KoEn

/// Inputs built once on first use.
nonisolated(unsafe) var analysisInputs: [String: String] = [:]

func analysisInput(_ name: String) -> String {
  if let text = analysisInputs[name] { return text }
  let text: String
  switch name {
  case "mixed-64KB": text = String(decoding: Inputs.text(.mixed, size: Inputs.megabyte / 16), as: UTF8.self)
  case "ko-256KB": text = String(decoding: Inputs.text(.ko, size: Inputs.megabyte / 4), as: UTF8.self)
  default: fatalError("unknown input \(name)")
  }
  analysisInputs[name] = text
  return text
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    timeUnits: .microseconds,
    units: [.mallocCountTotal: .count],
    warmupIterations: 1,
    maxDuration: .seconds(2),
    maxIterations: 50,
    // Only allocations are gated (Thresholds/); wall-clock figures depend on the machine.
    // Romanization's count varies by a few allocations between runs: default tolerance.
    thresholds: [.mallocCountTotal: .default]
  )

  // Document analysis: lines, roles, fragments, over the same generated text as the
  // tokenizer's figures (64 KB: it runs at a fraction of a megabyte per second).
  Benchmark("Analyze_KoEn_mixed-64KB") { benchmark in
    let text = analysisInput("mixed-64KB")
    let analyzer = DocumentAnalyzer()
    benchmark.startMeasurement()
    blackHole(analyzer.analyze(text, format: .plainText))
  }

  // Romanization: KoEn's Revised Romanization (with sound changes) against ICU's
  // Hangul-Latin transliterator on the same Korean text.
  Benchmark("Romanize_KoEn-RR_ko-256KB") { benchmark in
    let text = analysisInput("ko-256KB")
    let romanizer = Romanizer(scheme: .revised)
    benchmark.startMeasurement()
    blackHole(romanizer.romanize(text))
  }
  Benchmark("Romanize_ICU-Hangul-Latin_ko-256KB") { benchmark in
    let text = analysisInput("ko-256KB")
    let transliterator = try! Transliterator(id: "Hangul-Latin")
    benchmark.startMeasurement()
    blackHole(transliterator.transliterate(text))
  }
}
