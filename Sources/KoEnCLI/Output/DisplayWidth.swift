import KoEn

/// Terminal column widths, for aligning and truncating human-readable output.
///
/// Hangul syllables and jamo, CJK ideographs, kana and fullwidth forms take two columns
/// (East Asian Width W/F); combining marks, conjoining medial and final jamo and zero-width
/// characters take none; everything else one.
enum DisplayWidth {
  /// The columns `scalar` takes.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    switch v {
    case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x1160...0x11FF, 0xD7B0...0xD7FF: return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return v < 0x20 ? 0 : 1
    }
  }

  /// The columns `text` takes.
  static func of(_ text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// `text` cut to at most `columns` columns, with `…` where it was cut.
  static func truncate(_ text: String, to columns: Int) -> String {
    guard of(text) > columns else { return text }
    var out = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let w = of(scalar)
      if used + w > columns - 1 { break }
      out.append(scalar)
      used += w
    }
    return String(out) + "…"
  }

  /// `text` padded with spaces to `columns` columns.
  static func pad(_ text: String, to columns: Int) -> String {
    let w = of(text)
    return w >= columns ? text : text + String(repeating: " ", count: columns - w)
  }

  /// `text` right-aligned in `columns` columns.
  static func padLeft(_ text: String, to columns: Int) -> String {
    let w = of(text)
    return w >= columns ? text : String(repeating: " ", count: columns - w) + text
  }
}

/// Text made safe to show on one line: control characters, line breaks and tabs become
/// visible escapes (`\n`, `\t`, `\u{1B}`), so terminal output cannot be spoofed or broken.
func visible(_ text: some StringProtocol) -> String { VisibleText.escaped(text) }
