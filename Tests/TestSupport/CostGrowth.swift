#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Measures how the cost of an operation grows from an input of size 1× to one of size 8×,
/// so adversarial-input tests can assert linear growth without asserting fixed times.
///
/// Costs are the CPU time of the measuring thread (`CLOCK_THREAD_CPUTIME_ID`), not wall-clock
/// time, so other processes on a busy machine do not count; each size is measured `repeats`
/// times and the fastest run is kept. Linear work gives a ratio near 8; quadratic work gives
/// about 64. Tests allow a generous bound (see ``linearBound``) so that a loaded machine
/// does not fail them, while a quadratic step still does.
public struct CostGrowth: Sendable, CustomStringConvertible {
  /// What was measured.
  public let name: String
  /// The fastest run at size 1×.
  public let one: Duration
  /// The fastest run at size 8×.
  public let eight: Duration

  /// The largest ratio of 8× to 1× cost a linear operation may show in these tests: eight
  /// times, with a factor of three for noise, caches and allocation (quadratic is 64).
  public static let linearBound = 24.0

  /// `eight / one`, with the 1× cost floored at 50 µs so that timer noise on a tiny
  /// input cannot produce a huge ratio.
  public var ratio: Double {
    let floor = Duration.microseconds(50)
    return Self.seconds(eight) / Self.seconds(max(one, floor))
  }

  /// Whether the growth is within ``linearBound``.
  public var isLinear: Bool { ratio <= Self.linearBound }

  /// `name: 1× … ms, 8× … ms, ratio …`.
  public var description: String {
    "cost \(name): 1x \(Self.milliseconds(one)) ms, 8x \(Self.milliseconds(eight)) ms, ratio \(Self.rounded(ratio))"
  }

  /// Measures `body` on `make(1)` and `make(8)` (inputs are built outside the timing).
  ///
  /// - Parameters:
  ///   - name: What is measured, for the report.
  ///   - repeats: Runs per size; the fastest counts.
  ///   - make: Builds the input for a size factor (1 or 8).
  ///   - body: The operation; its result is kept alive so it cannot be optimised away.
  /// - Returns: The measurement, also printed to standard output for the README's table.
  public static func measure<Input, Output>(
    _ name: String, repeats: Int = 3, make: (Int) -> Input, _ body: (Input) -> Output
  ) -> CostGrowth {
    func fastest(_ input: Input) -> Duration {
      var best = Duration.seconds(1_000_000)
      for _ in 0..<repeats {
        let start = threadCPUTime()
        let sink = body(input)
        let elapsed = threadCPUTime() - start
        withExtendedLifetime(sink) {}
        best = min(best, elapsed)
      }
      return best
    }
    let small = make(1)
    let large = make(8)
    let growth = CostGrowth(name: name, one: fastest(small), eight: fastest(large))
    print(growth)
    return growth
  }

  /// The CPU time the calling thread has used.
  static func threadCPUTime() -> Duration {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
  }

  static func seconds(_ d: Duration) -> Double {
    let (s, atto) = d.components
    return Double(s) + Double(atto) / 1e18
  }

  static func milliseconds(_ d: Duration) -> String { rounded(seconds(d) * 1000) }

  static func rounded(_ x: Double) -> String {
    let hundredths = (x * 100).rounded()
    let whole = Int(hundredths / 100)
    let fraction = Int(abs(hundredths).truncatingRemainder(dividingBy: 100))
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
