/// Reads a whole number the Sino-Korean way, in Hangul: 2 → 이, 16 → 십육, 305 → 삼백오.
///
/// Used for numbers before administrative units (종로 2가 → Jongno 2(i)-ga), which the rules
/// read in parentheses. 1 before 십, 백, 천 is not read (10 십, not 일십), as in speech.
enum SinoKoreanNumber {
  static let digits: [Character] = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
  static let smallUnits: [String] = ["", "십", "백", "천"]
  static let largeUnits: [String] = ["", "만", "억", "조", "경"]

  /// The reading, or `nil` for anything but ASCII digits or for more than 20 digits.
  static func hangul(_ number: String) -> String? {
    let values = number.unicodeScalars.map { Int($0.value) - 48 }
    guard !values.isEmpty, values.count <= 20, values.allSatisfy({ (0...9).contains($0) }) else { return nil }
    let trimmed = Array(values.drop { $0 == 0 })
    if trimmed.isEmpty { return "영" }
    var result = ""
    let count = trimmed.count
    for (position, digit) in trimmed.enumerated() where digit != 0 {
      let power = count - 1 - position
      let small = power % 4
      if digit != 1 || small == 0 { result.append(digits[digit]) }
      result += smallUnits[small]
      // A large unit closes its group of four when the group's last non-zero digit is written.
      let groupEnd = position + small
      if power >= 4, small == 0 || trimmed[(position + 1)...groupEnd].allSatisfy({ $0 == 0 }) {
        result += largeUnits[power / 4]
      }
    }
    return result
  }
}
