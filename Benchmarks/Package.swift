// swift-tools-version: 6.1
// KoEn's benchmarks: a package of its own, so that library users never build
// package-benchmark. Run from the repository root:
//   swift package --package-path Benchmarks benchmark
import PackageDescription

import class Foundation.ProcessInfo
import struct Foundation.URL

// The main package is the folder above; SwiftPM names a path dependency after its folder.
let koenIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
  name: "KoEnBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(
      url: "https://github.com/ordo-one/package-benchmark", from: "1.29.0",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    // The system ICU, for the baselines: ICU's own C API, called with no KoEn code between.
    .systemLibrary(name: "ICUBaseline", pkgConfig: "icu-uc icu-i18n"),
    .target(name: "CICUDirect", dependencies: ["ICUBaseline"]),
    // Deterministic inputs built from Corpora/.
    .target(
      name: "BenchmarkInputs",
      dependencies: [.product(name: "KoEn", package: koenIdentity)]),
    // One workload, once: for instruction counts (valgrind, perf) independent of load.
    .executableTarget(
      name: "koen-profile",
      dependencies: [
        "BenchmarkInputs", "CICUDirect", .product(name: "KoEn", package: koenIdentity),
      ]),
    .executableTarget(
      name: "Tokenization",
      dependencies: [
        "BenchmarkInputs", "CICUDirect",
        .product(name: "KoEn", package: koenIdentity),
        .product(name: "Benchmark", package: "package-benchmark"),
      ],
      path: "Benchmarks/Tokenization",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "Analysis",
      dependencies: [
        "BenchmarkInputs",
        .product(name: "KoEn", package: koenIdentity),
        .product(name: "Benchmark", package: "package-benchmark"),
      ],
      path: "Benchmarks/Analysis",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
    .executableTarget(
      name: "Normalization",
      dependencies: [
        "BenchmarkInputs", "CICUDirect",
        .product(name: "KoEn", package: koenIdentity),
        .product(name: "Benchmark", package: "package-benchmark"),
      ],
      path: "Benchmarks/Normalization",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
