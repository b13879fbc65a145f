extension Hangul {
  /// The Hangul-only composition of ``compose(_:)`` over UTF-8 bytes, for input that may not be
  /// valid UTF-8: every byte that is not part of a composed Hangul sequence is copied as it is,
  /// including ill-formed sequences, so nothing outside the composed jamo changes.
  ///
  /// ```swift
  /// Hangul.compose(utf8: Array("\u{1112}\u{1161}\u{11AB}".utf8) + [0xFF])  // 한 (ED 95 9C) then FF
  /// ```
  /// - Complexity: O(n) in the number of bytes.
  public static func compose(utf8 bytes: some Collection<UInt8>) -> [UInt8] {
    let input = Array(bytes)
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    // The last scalar written, when it is a modern L or an LV syllable that may still grow.
    var pending: UInt32 = 0
    var i = 0
    let n = input.count
    while i < n {
      let b0 = input[i]
      if b0 == 0xE1 || (0xEA...0xED).contains(b0), i + 2 < n, (0x80...0xBF).contains(input[i + 1]),
        (0x80...0xBF).contains(input[i + 2])
      {
        let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(input[i + 1] & 0x3F) << 6) | UInt32(input[i + 2] & 0x3F)
        if (0x1161...0x1175).contains(v), (0x1100...0x1112).contains(pending) {
          let syllable = HangulSyllable(initial: Int(pending - 0x1100), medial: Int(v - 0x1161)).unsafelyUnwrapped
          output.removeLast(3)
          append(syllable.scalar.value, to: &output)
          pending = syllable.scalar.value
          i += 3
          continue
        }
        if (0x11A8...0x11C2).contains(v), let s = Unicode.Scalar(pending).flatMap(HangulSyllable.init), !s.hasFinal {
          let syllable = s.replacingFinal(Int(v - 0x11A7)).unsafelyUnwrapped
          output.removeLast(3)
          append(syllable.scalar.value, to: &output)
          pending = 0
          i += 3
          continue
        }
        if (0x1100...0x1112).contains(v) || (HangulSyllable.firstScalar...HangulSyllable.lastScalar).contains(v) {
          output.append(contentsOf: input[i..<(i + 3)])
          let isLV = Unicode.Scalar(v).flatMap(HangulSyllable.init).map { !$0.hasFinal } ?? true
          pending = isLV ? v : 0
          i += 3
          continue
        }
        if v >= 0x800, !(0xD800...0xDFFF).contains(v) {  // another well-formed three-byte scalar
          output.append(contentsOf: input[i..<(i + 3)])
          pending = 0
          i += 3
          continue
        }
      }
      output.append(b0)
      pending = 0
      i += 1
    }
    return output
  }

  private static func append(_ value: UInt32, to output: inout [UInt8]) {
    output.append(0xE0 | UInt8(value >> 12))
    output.append(0x80 | UInt8((value >> 6) & 0x3F))
    output.append(0x80 | UInt8(value & 0x3F))
  }
}
