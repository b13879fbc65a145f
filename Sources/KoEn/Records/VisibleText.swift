/// Text made safe to show on one line, as diagnostics and their JSON `message` fields show it.
public enum VisibleText {
  /// `text` with control characters, line breaks, tabs and bidirectional controls turned
  /// into visible escapes (`\n`, `\t`, `\u{1B}`), so a message cannot spoof or break a
  /// terminal line.
  ///
  /// - Complexity: O(n) in the scalars of `text`.
  public static func escaped(_ text: some StringProtocol) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029 || (0x202A...0x202E).contains(scalar.value)
          || (0x2066...0x2069).contains(scalar.value)
        {
          out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
