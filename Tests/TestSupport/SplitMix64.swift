/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014),
/// so random test inputs are the same on every run and a failure can name its seed.
///
/// Why here: the test targets share one implementation, so a seed means the same sequence
/// in every suite. The benchmark package compiles this same file into its `BenchmarkInputs`
/// target through a symbolic link (`Benchmarks/Sources/BenchmarkInputs/SplitMix64.swift`):
/// a package can use only another package's products, and a test helper is no product of
/// KoEn's. Tests and benchmark inputs depend on the exact sequence: don't change `next()`.
/// Not cryptographic. A value type: each copy continues independently; not for sharing
/// between tasks without copying.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  @usableFromInline var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  @inlinable public init(seed: UInt64) { state = seed }

  /// The next 64 random bits. Complexity: O(1).
  @inlinable public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
