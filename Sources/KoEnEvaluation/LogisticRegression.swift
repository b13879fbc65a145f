/// Binary logistic regression with an L2 penalty, fitted by Newton's method.
///
/// Small and exact rather than general: the chrome model has about a hundred features and a
/// few thousand lines, so each Newton step solves its d × d system directly (Cholesky) and a
/// handful of steps converge. The bias (feature 0) is not penalized. Deterministic: the same
/// rows give the same weights on every machine.
struct LogisticRegression {
  /// The L2 penalty on every weight but the bias.
  var penalty: Double
  /// Newton steps at most; fitting stops earlier when the largest change is below 1e-8.
  var maximumSteps = 25

  /// Fits weights to `rows` (each a feature vector, feature 0 the constant 1) and `labels`.
  ///
  /// - Parameters:
  ///   - rows: The feature vectors, all of one length d.
  ///   - labels: Whether each row is positive.
  ///   - weights: Per-row weights (1 when nil), e.g. to balance classes.
  /// - Returns: d weights.
  func fit(_ rows: [[Double]], _ labels: [Bool], weights rowWeights: [Double]? = nil) -> [Double] {
    guard let d = rows.first?.count else { return [] }
    var w = [Double](repeating: 0, count: d)
    var gradient = [Double](repeating: 0, count: d)
    var hessian = [Double](repeating: 0, count: d * d)
    for _ in 0..<maximumSteps {
      for k in 0..<d { gradient[k] = k == 0 ? 0 : penalty * w[k] }
      for k in 0..<(d * d) { hessian[k] = 0 }
      for k in 1..<d { hessian[k * d + k] = penalty }
      hessian[0] = 1e-9
      for (index, x) in rows.enumerated() {
        var z = 0.0
        for k in 0..<d where x[k] != 0 { z += w[k] * x[k] }
        let p = 1 / (1 + Self.exp(-z))
        let r = rowWeights?[index] ?? 1
        let e = r * (p - (labels[index] ? 1 : 0))
        let s = r * max(p * (1 - p), 1e-12)
        let active = (0..<d).filter { x[$0] != 0 }
        for i in active {
          gradient[i] += e * x[i]
          let si = s * x[i]
          for j in active where j <= i { hessian[i * d + j] += si * x[j] }
        }
      }
      for i in 0..<d { for j in 0..<i { hessian[j * d + i] = hessian[i * d + j] } }
      guard let step = Self.solve(hessian, gradient, d) else { break }
      var largest = 0.0
      for k in 0..<d {
        w[k] -= step[k]
        largest = max(largest, abs(step[k]))
      }
      if largest < 1e-8 { break }
    }
    return w
  }

  /// Solves the symmetric positive definite system `a x = b` (Cholesky); nil if `a` is not
  /// positive definite.
  static func solve(_ a: [Double], _ b: [Double], _ d: Int) -> [Double]? {
    var l = [Double](repeating: 0, count: d * d)
    for i in 0..<d {
      for j in 0...i {
        var sum = a[i * d + j]
        for k in 0..<j { sum -= l[i * d + k] * l[j * d + k] }
        if i == j {
          guard sum > 0 else { return nil }
          l[i * d + i] = sum.squareRoot()
        } else {
          l[i * d + j] = sum / l[j * d + j]
        }
      }
    }
    var y = [Double](repeating: 0, count: d)
    for i in 0..<d {
      var sum = b[i]
      for k in 0..<i { sum -= l[i * d + k] * y[k] }
      y[i] = sum / l[i * d + i]
    }
    var x = [Double](repeating: 0, count: d)
    for i in stride(from: d - 1, through: 0, by: -1) {
      var sum = y[i]
      for k in (i + 1)..<d { sum -= l[k * d + i] * x[k] }
      x[i] = sum / l[i * d + i]
    }
    return x
  }

  /// e^x without Foundation, accurate to a few ulps over the range the fit uses.
  static func exp(_ x: Double) -> Double {
    let clamped = min(max(x, -700), 700)
    // e^x = 2^k · e^r with |r| ≤ ln2/2; e^r by its Taylor series.
    let k = (clamped / 0.693_147_180_559_945_3).rounded()
    let r = clamped - k * 0.693_147_180_559_945_3
    var term = 1.0
    var sum = 1.0
    for n in 1...18 {
      term *= r / Double(n)
      sum += term
    }
    return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
  }
}
