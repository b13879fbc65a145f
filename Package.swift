// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "KoEn",
  products: [
    .library(name: "KoEn", targets: ["KoEn"]),
    .library(name: "KoEnCore", targets: ["KoEnCore"]),
    .executable(name: "koen", targets: ["koen"]),
    // The C ABI (libKoEnC.so; header Sources/KoEnC/include/koen.h), for Python and other languages.
    .library(name: "KoEnC", type: .dynamic, targets: ["KoEnC"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // `swift package generate-documentation --target KoEnCore` (and KoEn) builds the DocC catalogs.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // The system ICU (libicu-dev), found with pkg-config. Flags and link only.
    .systemLibrary(
      name: "ICUSystem",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    // The only code that includes <unicode/*.h>: thin, version-independent entry points.
    .target(name: "CICU", dependencies: ["ICUSystem"]),
    // Swift API over ICU and Hangul. No Foundation.
    .target(name: "KoEnCore", dependencies: ["CICU"]),
    // The tokenizer's byte classification with vector compares: 64-byte blocks, URL bodies
    // (no dependencies).
    .target(name: "CTokenBlock"),
    // Tokenizer, language segmentation, document analysis.
    .target(name: "KoEn", dependencies: ["KoEnCore", "CTokenBlock"]),
    // Scoring against gold documents, and training the chrome model (never at run time of
    // the library; behind `koen eval`).
    .target(name: "KoEnEvaluation", dependencies: ["KoEn"]),
    // C entry points (`@_cdecl`) over KoEn: UTF-8 in, JSON Lines out. No Foundation.
    .target(name: "KoEnC", dependencies: ["KoEn"], exclude: ["include"]),
    // The command-line tool's logic: subcommands, input, output formats, exit statuses.
    .target(
      name: "KoEnCLI",
      dependencies: [
        "KoEn",
        "KoEnEvaluation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The command-line tool: a thin main over KoEnCLI.
    .executableTarget(name: "koen", dependencies: ["KoEnCLI"]),
    // Parsers for Unicode's test files and the corpus, shared by the test targets.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    // Counts heap allocations per thread, for tests that check a path allocates nothing.
    .target(name: "MallocCounter", path: "Tests/MallocCounter"),
    .testTarget(name: "KoEnCoreTests", dependencies: ["KoEnCore", "TestSupport", "MallocCounter"]),
    .testTarget(name: "KoEnTests", dependencies: ["KoEn", "KoEnEvaluation", "TestSupport"]),
    .testTarget(
      name: "koenTests",
      dependencies: ["KoEnCLI", "KoEn", "KoEnEvaluation", "koen", "TestSupport"],
      exclude: ["Snapshots", "Schemas"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
