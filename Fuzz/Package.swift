// swift-tools-version: 6.0
// libFuzzer targets for KoEn. Build and run them with Scripts/fuzz.sh, which passes
// `-sanitize=fuzzer,address -parse-as-library`: each target defines only
// `LLVMFuzzerTestOneInput`, and libFuzzer supplies `main`.
import PackageDescription

let fuzzTargets = [
  "FuzzTokenizer", "FuzzSegmenter", "FuzzNormalization", "FuzzRomanization",
  "FuzzAnalysis", "FuzzMarkdown", "FuzzGettext", "FuzzCABI",
]

let package = Package(
  name: "KoEnFuzz",
  products: fuzzTargets.map { .executable(name: $0, targets: [$0]) },
  dependencies: [.package(name: "KoEn", path: "..")],
  targets: [
    // Invariant checks shared by the targets (a failed check traps, which libFuzzer records).
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "KoEn", package: "KoEn"), .product(name: "KoEnCore", package: "KoEn")]
    )
  ]
    + fuzzTargets.map { name in
      .executableTarget(
        name: name,
        dependencies: [
          "FuzzSupport", .product(name: "KoEn", package: "KoEn"), .product(name: "KoEnCore", package: "KoEn"),
        ] + (name == "FuzzCABI" ? [.product(name: "KoEnC", package: "KoEn")] : [])
      )
    },
  swiftLanguageModes: [.v6]
)
