// swift-tools-version: 6.0
import PackageDescription

// A program outside KoEn that depends on it by path, as another package would by URL, and
// uses only its public API. `.ci/run` builds and runs it.
let package = Package(
  name: "KoEnConsumer",
  dependencies: [
    .package(name: "KoEn", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "KoEnConsumer",
      dependencies: [.product(name: "KoEn", package: "KoEn")]
    )
  ],
  swiftLanguageModes: [.v6]
)
