import TestSupport

/// Random text of the kinds Korean/English input mixes, weighted towards the cases that
/// make normalization interesting: precomposed syllables, conjoining jamo (modern and old),
/// compatibility and halfwidth jamo, ASCII and accented Latin, combining marks in every
/// order (including U+0345, whose case folding changes its combining class), Hanja, CJK
/// compatibility ideographs U+F900–U+FAD9, fullwidth forms, emoji, and now and then a
/// long run of combining marks that outgrows the normalizer's stack buffer.
enum SeededText {
  static let pieces: [(weight: Int, ranges: [ClosedRange<UInt32>])] = [
    (20, [0xAC00...0xD7A3]),  // syllables
    (12, [0x1100...0x1112, 0x1161...0x1175, 0x11A8...0x11C2]),  // modern conjoining jamo
    (3, [0x1113...0x115F, 0x1176...0x11A7, 0x11C3...0x11FF, 0xA960...0xA97C, 0xD7B0...0xD7C6, 0xD7CB...0xD7FB]),
    (4, [0x3131...0x318E]),  // compatibility jamo
    (3, [0xFFA0...0xFFBE, 0xFFC2...0xFFC7, 0xFFCA...0xFFCF, 0xFFD2...0xFFD7, 0xFFDA...0xFFDC]),
    (15, [0x41...0x5A, 0x61...0x7A]),  // ASCII letters
    (8, [0x20...0x20, 0x2C...0x2E, 0x28...0x29, 0x30...0x39, 0x0A...0x0A]),
    (5, [0xC0...0xFF, 0x100...0x17F, 0x1E00...0x1EFF]),  // accented Latin
    (10, [0x300...0x36F, 0x345...0x345, 0x1DC0...0x1DFF, 0x20D0...0x20F0, 0x302E...0x302F]),  // marks
    (5, [0x4E00...0x9FFF]),  // Hanja
    (4, [0xF900...0xFA6D, 0xFA70...0xFAD9]),  // CJK compatibility ideographs
    (2, [0xFF01...0xFF5E, 0x3200...0x321E, 0x3260...0x327E, 0x2460...0x24FF]),
    (2, [0x1F300...0x1F5FF, 0x1D15E...0x1D164, 0xFDFA...0xFDFA, 0x1F1E6...0x1F1FF]),
    (2, [0x3B1...0x3C9, 0x1F00...0x1FFE]),  // Greek, polytonic
  ]
  static let totalWeight = pieces.reduce(0) { $0 + $1.weight }

  static func scalar(using rng: inout SplitMix64) -> Unicode.Scalar {
    while true {
      var pick = Int.random(in: 0..<totalWeight, using: &rng)
      var chosen = pieces[0].ranges
      for piece in pieces {
        if pick < piece.weight {
          chosen = piece.ranges
          break
        }
        pick -= piece.weight
      }
      let range = chosen.randomElement(using: &rng)!
      if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { return scalar }
    }
  }

  /// A random text of up to `maxLength` scalars (plus, rarely, a long run of marks).
  static func text(using rng: inout SplitMix64, maxLength: Int = 120) -> String {
    var text = ""
    let length = Int.random(in: 0...maxLength, using: &rng)
    for _ in 0..<length {
      text.unicodeScalars.append(scalar(using: &rng))
    }
    if Int.random(in: 0..<40, using: &rng) == 0 {
      // A base with 1100–1600 combining marks of mixed classes.
      text.unicodeScalars.append("a")
      for _ in 0..<Int.random(in: 1100...1600, using: &rng) {
        let marks: [UInt32] = [0x301, 0x316, 0x345, 0x35C, 0x35D, 0x1DCD, 0x302E]
        text.unicodeScalars.append(Unicode.Scalar(marks.randomElement(using: &rng)!)!)
      }
      text += "z"
    }
    return text
  }
}

extension String {
  /// Scalar-by-scalar equality: Swift's `==` on strings compares canonical equivalence,
  /// which would hide every normalization bug.
  func sameScalars(_ other: String) -> Bool {
    unicodeScalars.elementsEqual(other.unicodeScalars)
  }
}
