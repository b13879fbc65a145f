import KoEn

extension JSONValue {
  /// A number with up to `digits` decimals, trailing zeros removed (deterministic on every
  /// platform, unlike `Double.description` in edge cases).
  static func decimal(_ value: Double, digits: Int = 4) -> JSONValue {
    .number(formatDecimal(value, digits: digits))
  }
}

/// `value` with at most `digits` decimals, without trailing zeros (`0.5`, `12`, `0.3333`).
func formatDecimal(_ value: Double, digits: Int) -> String {
  guard value.isFinite else { return "0" }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let scaled = (abs(value) * scale).rounded()
  let whole = Int(scaled / scale)
  var fraction = Int(scaled - Double(whole) * scale)
  var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
  if fraction > 0 {
    var digitsText = String(fraction)
    digitsText = String(repeating: "0", count: digits - digitsText.count) + digitsText
    while digitsText.hasSuffix("0") { digitsText.removeLast() }
    fraction = 0
    text += "." + digitsText
  }
  return text
}
