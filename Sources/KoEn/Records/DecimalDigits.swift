/// Decimal integers written straight at a pointer into an output buffer that has room for
/// them, as `String(n)` spells them: the numbers of every JSON Lines and TSV record, the
/// library's and the command's.
public enum DecimalDigits {
  /// The most bytes `write` writes: a sign and 19 digits.
  public static let maxCount = 20

  /// 10 to the power `exponent` (0 to 19): a switch, which compiles to a table of constants
  /// read without the initialization check of a global.
  @inlinable @inline(__always)
  static func powerOfTen(_ exponent: Int) -> UInt {
    switch exponent {
    case 0: 1
    case 1: 10
    case 2: 100
    case 3: 1_000
    case 4: 10_000
    case 5: 100_000
    case 6: 1_000_000
    case 7: 10_000_000
    case 8: 100_000_000
    case 9: 1_000_000_000
    case 10: 10_000_000_000
    case 11: 100_000_000_000
    case 12: 1_000_000_000_000
    case 13: 10_000_000_000_000
    case 14: 100_000_000_000_000
    case 15: 1_000_000_000_000_000
    case 16: 10_000_000_000_000_000
    case 17: 100_000_000_000_000_000
    case 18: 1_000_000_000_000_000_000
    default: 10_000_000_000_000_000_000
    }
  }

  /// `"00"` to `"99"`, two digits at a time.
  @usableFromInline static var pairs: StaticString {
    """
    0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
    5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
    """
  }

  /// Writes the decimal digits of `value` (after a `-` when negative) at `p`, which has room
  /// for `maxCount` bytes; returns how many bytes it wrote.
  @inlinable @inline(__always)
  public static func write(_ value: Int, at p: UnsafeMutablePointer<UInt8>) -> Int {
    var sign = 0
    if value < 0 {
      p[0] = UInt8(ascii: "-")
      sign = 1
    }
    var magnitude = value.magnitude
    // Counted from the bit length, not by dividing (a chain of divisions cost more than the
    // digits themselves) nor by a loop over powers of ten: `t`, the bit length times
    // log10(2) (1233/4096), is the number of digits or one less, and one comparison tells.
    let t = ((UInt.bitWidth &- magnitude.leadingZeroBitCount) &* 1233) &>> 12
    let length = max(1, t &+ (magnitude >= powerOfTen(t) ? 1 : 0))
    let pairs = Self.pairs.utf8Start
    var end = p + sign + length
    while magnitude >= 100 {
      let pair = Int(magnitude % 100)
      magnitude /= 100
      end -= 2
      end[0] = pairs[2 * pair]
      end[1] = pairs[2 * pair + 1]
    }
    if magnitude >= 10 {
      p[sign] = pairs[2 * Int(magnitude)]
      p[sign + 1] = pairs[2 * Int(magnitude) + 1]
    } else {
      p[sign] = UInt8(ascii: "0") + UInt8(magnitude)
    }
    return sign + length
  }
}
