/// A small set of scalars written as a string literal (`".?!…"`), tested by a bit for an
/// ASCII scalar and by a short scan otherwise: `contains` answers what
/// `literal.unicodeScalars.contains` does, without decoding the literal on every call.
///
/// Thread-safety: a value type; `Sendable`.
struct ScalarSet: Sendable, ExpressibleByStringLiteral {
  /// ASCII members as bits: scalars 0–63, then 64–127.
  private let low: UInt64
  private let high: UInt64
  /// The other members, and the least and greatest of them (a scalar outside that range is
  /// ruled out without reading them).
  private let others: [UInt32]
  private let othersLow: UInt32
  private let othersHigh: UInt32

  init(stringLiteral text: String) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var others: [UInt32] = []
    for s in text.unicodeScalars {
      switch s.value {
      case 0..<64: low |= 1 << UInt64(s.value)
      case 64..<128: high |= 1 << UInt64(s.value - 64)
      default: others.append(s.value)
      }
    }
    self.low = low
    self.high = high
    self.others = others
    othersLow = others.min() ?? UInt32.max
    othersHigh = others.max() ?? 0
  }

  /// Whether `scalar` is one of the set's.
  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 64 { return low & (1 << UInt64(v)) != 0 }
    if v < 128 { return high & (1 << UInt64(v &- 64)) != 0 }
    return v >= othersLow && v <= othersHigh && others.contains(v)
  }
}
