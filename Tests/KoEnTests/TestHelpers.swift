import KoEn
import TestSupport

/// Random byte strings: well-formed UTF-8 mixing Korean, English, Han, marks, emoji and
/// spaces, or arbitrary bytes.
enum RandomText {
  static let pieces: [String] = [
    "NATO", "에", "한국", "北", "韓國", " ", "  ", "\n", "\r\n", "\t", ",", ".", "3,000", "명",
    "K-pop", "https://x.co/a", "yea@donga.com", "\u{1100}\u{1161}\u{11AB}", "ㅋㅋ", "ＮＡＴＯ",
    "ﾡﾢ", "e\u{301}", "\u{200D}", "👍🏽", "🇰🇷", "[", "]", "“", "”", "'", "\"", "日本語", "です",
    "ภาษา", "Привет", "_", "-", ":", "\u{FEFF}", "\u{2028}", "a", "0", "\u{0}", "‘", "’",
  ]

  static func validUTF8(_ rng: inout SplitMix64, pieces count: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<count {
      if Int.random(in: 0..<8, using: &rng) == 0 {
        let scalar = Unicode.Scalar(UInt32.random(in: 0..<0x3_0000, using: &rng)) ?? "x"
        bytes.append(contentsOf: String(Character(scalar)).utf8)
      } else {
        bytes.append(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &rng)].utf8)
      }
    }
    return bytes
  }

  static func anyBytes(_ rng: inout SplitMix64, count: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<count {
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: bytes.append(UInt8.random(in: 0x80...0xFF, using: &rng))
      case 1: bytes.append(contentsOf: "한".utf8.prefix(Int.random(in: 1...3, using: &rng)))
      default: bytes.append(UInt8.random(in: 0...0xFF, using: &rng))
      }
    }
    return bytes
  }
}

/// Checks that ranges tile `0..<count` in order; returns a description of the first
/// problem, or nil.
func tilingProblem(_ ranges: [Range<Int>], count: Int) -> String? {
  var expected = 0
  for (index, range) in ranges.enumerated() {
    if range.lowerBound != expected { return "range \(index) starts at \(range.lowerBound), expected \(expected)" }
    if range.isEmpty { return "range \(index) is empty at \(expected)" }
    expected = range.upperBound
  }
  return expected == count ? nil : "ranges end at \(expected), input has \(count) bytes"
}

/// The texts of the tokens of `text`, in order.
func tokenTexts(_ text: String) -> [String] {
  let bytes = Array(text.utf8)
  return Tokenizer(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

/// The segments of `text` as (text, language) pairs.
func segmentPairs(_ text: String) -> [Pair] {
  let bytes = Array(text.utf8)
  return Segmenter(text).map {
    Pair(String(decoding: bytes[$0.range], as: UTF8.self), $0.language)
  }
}

/// A segment's text and language, for readable expectations.
struct Pair: Equatable, CustomStringConvertible {
  var text: String
  var language: Language
  init(_ text: String, _ language: Language) {
    self.text = text
    self.language = language
  }
  var description: String { "\(language):\(text.debugDescription)" }
}
